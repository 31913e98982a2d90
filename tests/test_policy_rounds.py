"""The rounds of the policy in force (DESIGN.md §12): a site's slots, symptoms, plausible range
and fever threshold come from its policy file. A made-up drill policy reads three times a day
(08:00, 14:00, 20:00), asks about one symptom, accepts 35.0–42.0 °C and calls 38.0 a fever;
the COVID-19 presets keep their morning and afternoon, 34.0–43.0 °C and 37.3 °C."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from medical_support import add_rooms, admit
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from quarantine_desk.domain.policy import NINTH_EDITION, Named
from quarantine_desk.services import medical_import, policies, readings, rounds_bulk
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.readings import day_slots, find_slot
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS
from quarantine_desk.ui.temperatures.clock import slot_at, taken_at_for
from quarantine_desk.ui.temperatures.model import Column
from quarantine_desk.ui.temperatures.panel import TemperaturesPanel
from quarantine_desk.ui.temperatures.symptoms import SymptomsDialog

DRILL = replace(NINTH_EDITION, name="出血热演练 (bleeding drill)", name_zh="", name_en="",
                effective_from=date(2022, 7, 1),
                reading_slots=(time(8), time(14), time(20)),
                symptoms=(Named("bleeding", "出血", "unexplained bleeding"),),
                plausible_celsius=(35.0, 42.0), fever_threshold=38.0)
DAY = date(2022, 7, 9)  # the drill is in force
BEFORE = date(2022, 6, 30)  # the 9th edition still is
DRILL_ARRIVAL = datetime(2022, 7, 8, 20, 0)
COVID_ARRIVAL = datetime(2022, 6, 29, 20, 0)


@pytest.fixture
def site(engine, manager, liaison) -> dict[str, int]:
    """The drill in force from 2022-07-01: room 201's guest arrived under it, room 202's the
    day before it, under the 9th edition."""
    with write_session(engine) as s:
        policies.ensure_default(s)  # the 9th edition a new site starts with
        policies.adopt(s, manager, DRILL, now=datetime(2022, 6, 28, 9, 0))
    add_rooms(engine, manager, "201-203")
    return {"drill": admit(engine, liaison, 1, "201", arrival=DRILL_ARRIVAL),
            "covid": admit(engine, liaison, 2, "202", arrival=COVID_ARRIVAL)}


def _record(engine, actor, stay_id: int, celsius: object, when: datetime) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as s:
        readings.record_reading(s, actor, stay_id, celsius, taken_at=when, now=when)


# --- slots --------------------------------------------------------------------------------------


def test_a_covid_day_keeps_its_morning_and_afternoon() -> None:
    morning, afternoon = day_slots(NINTH_EDITION.reading_slots)
    assert (morning.code, afternoon.code) == ("morning", "afternoon")
    assert morning.bounds(DAY) == (datetime(2022, 7, 9), datetime(2022, 7, 9, 12))
    assert afternoon.bounds(DAY) == (datetime(2022, 7, 9, 12), datetime(2022, 7, 10))
    assert find_slot((morning, afternoon), "08:00") is morning  # a round time reads too
    assert find_slot((morning, afternoon), "16:00") is afternoon
    with pytest.raises(ValidationFailed, match="slot must be morning or afternoon, not 'x'"):
        find_slot((morning, afternoon), "x")


def test_three_rounds_split_the_day_halfway_between_them() -> None:
    slots = day_slots(DRILL.reading_slots)
    assert [s.code for s in slots] == ["08:00", "14:00", "20:00"]
    assert [s.span() for s in slots] == [("00:00", "11:00"), ("11:00", "17:00"),
                                         ("17:00", "24:00")]
    assert slots[1].bounds(DAY) == (datetime(2022, 7, 9, 11), datetime(2022, 7, 9, 17))
    assert slots[2].bounds(DAY)[1] == datetime(2022, 7, 10)
    assert [slot_at(datetime.combine(DAY, t), slots) for t in (
        time(0), time(10, 59, 59), time(11), time(16, 59), time(17), time(23, 59))] \
        == ["08:00", "08:00", "14:00", "14:00", "20:00", "20:00"]
    assert find_slot(slots, "8:00") is slots[0]
    with pytest.raises(ValidationFailed, match=r"round time of the day \(08:00, 14:00, 20:00\)"):
        find_slot(slots, "morning")


def test_one_round_holds_the_day_and_close_rounds_each_hold_their_own() -> None:
    (only,) = day_slots((time(9, 30),))
    assert (only.code, only.span()) == ("09:30", ("00:00", "24:00"))
    close = day_slots((time(8, 0), time(8, 1), time(8, 2)))
    assert [slot.holds(slot.round_time) for slot in close] == [True, True, True]


def test_a_late_round_is_filed_at_its_round_time() -> None:
    slots = day_slots(DRILL.reading_slots)
    late = datetime(2022, 7, 9, 21, 5)
    assert taken_at_for(DAY, slots[1], late) == datetime(2022, 7, 9, 14, 0)
    assert taken_at_for(DAY, slots[2], late) == late  # during its own slot: as it is
    morning, _ = day_slots(NINTH_EDITION.reading_slots)
    assert taken_at_for(DAY, morning, late) == datetime(2022, 7, 9, 8, 0)


# --- the sheet and the service ------------------------------------------------------------------


def test_the_sheet_has_the_rounds_of_the_version_in_force_on_its_date(engine, medical,
                                                                      site) -> None:
    _record(engine, medical, site["drill"], "36.0", datetime(2022, 7, 9, 13, 10))
    _record(engine, medical, site["covid"], "37.8", datetime(2022, 7, 9, 16, 40))
    with read_session(engine) as s:
        assert [slot.code for slot in readings.slots_on(s, BEFORE)] == ["morning", "afternoon"]
        assert [slot.code for slot in readings.slots_on(s, DAY)] == ["08:00", "14:00", "20:00"]
        assert [n.code for n in readings.rounds_day(s, DAY).symptoms] == ["bleeding"]
        first = readings.rounds_sheet(s, DAY, "08:00")
        second = {row.stay_id: row for row in readings.rounds_sheet(s, DAY, "14:00")}
        third = {row.stay_id: row for row in readings.rounds_sheet(s, DAY, "20:00")}
        with pytest.raises(ValidationFailed, match="round time"):
            readings.rounds_sheet(s, DAY, "afternoon")
    assert all(row.missing for row in first)
    assert second[site["drill"]].reading.celsius == 36.0
    assert third[site["drill"]].missing and third[site["drill"]].last_reading.celsius == 36.0
    # the 9th-edition guest goes on the same rounds, with her own threshold and range
    covid = second[site["covid"]]
    assert covid.reading.celsius == 37.8 and covid.fever
    assert (covid.fever_threshold, covid.plausible) == (37.3, (34.0, 43.0))
    assert (second[site["drill"]].fever_threshold, second[site["drill"]].plausible) \
        == (38.0, (35.0, 42.0))


def test_the_fever_threshold_is_the_stays_policys(engine, medical, site) -> None:
    _record(engine, medical, site["drill"], "37.9", datetime(2022, 7, 9, 8, 0))
    _record(engine, medical, site["drill"], "38.0", datetime(2022, 7, 9, 14, 0))
    with read_session(engine) as s:
        morning = readings.rounds_sheet(s, DAY, "08:00")[0]
        afternoon = readings.rounds_sheet(s, DAY, "14:00")[0]
    assert not morning.fever and afternoon.fever


def test_readings_outside_the_policys_range_are_refused(engine, medical, site) -> None:
    taken = datetime(2022, 7, 9, 13, 0)
    with pytest.raises(ValidationFailed, match=r"^34\.5 °C is outside 35\.0–42\.0 °C"):
        _record(engine, medical, site["drill"], "34.5", taken)
    with pytest.raises(ValidationFailed, match="outside 35.0–42.0"):
        _record(engine, medical, site["drill"], 42.1, taken)
    _record(engine, medical, site["covid"], "34.5", taken)  # within the 9th edition's
    _record(engine, medical, site["drill"], "35.0", taken)
    with write_session(engine) as s:
        wrong = readings.readings_for_stay(s, site["drill"])[0]
        with pytest.raises(ValidationFailed, match="outside 35.0–42.0"):
            readings.correct_reading(s, medical, wrong.id, "34.9", "typo", now=taken)
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="outside 35.0–42.0"):
        rounds_bulk.record_readings(s, medical, [rounds_bulk.RoundReading(
            stay_id=site["drill"], taken_at=datetime(2022, 7, 9, 14, 0), celsius=34.5,
            entered_at=taken)], now=taken)
    with write_session(engine) as s:
        entered = readings.record_readings(s, medical, [
            readings.ReadingEntry(stay_id=stay, celsius=34.6, taken_at=datetime(2022, 7, 9, 15))
            for stay in (site["drill"], site["covid"])], now=taken.replace(hour=16))
    assert entered[0] is not None and "outside 35.0–42.0" in entered[0]
    assert entered[1] is None


def test_an_imported_reading_is_checked_against_its_guests_policy(engine, medical, site,
                                                                 tmp_path) -> None:
    path = tmp_path / "readings.csv"
    path.write_text("room,taken_at,celsius\n201,2022-07-09 13:00,34.5\n"
                    "202,2022-07-09 13:00,34.5\n203,2022-07-09 13:00,abc\n", encoding="utf-8")
    with write_session(engine) as s:
        report = medical_import.import_readings(s, medical, path,
                                                now=datetime(2022, 7, 9, 14, 0))
    assert report.imported == 1
    assert report.skipped[0] == (2, "34.5 °C is outside 35.0–42.0 °C: probably a typing error")
    assert report.skipped[1][0] == 4 and "not a temperature" in report.skipped[1][1]


# --- the window ---------------------------------------------------------------------------------


@pytest.fixture
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


def _sheet(qtbot, engine, actor, db_path, moment: datetime):  # type: ignore[no-untyped-def]
    specs = [spec for spec in PANELS if spec.key in ("temperatures", "alerts")]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    panel = window.show_panel("temperatures")
    assert isinstance(panel, TemperaturesPanel)
    panel.rounds.clock = lambda: moment
    return panel.rounds


def _type(text: str) -> None:
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _enter() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _offered(sheet) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(sheet.slot.itemText(n), sheet.slot.itemData(n)) for n in range(sheet.slot.count())]


def test_the_slot_field_offers_the_rounds_of_the_sheets_date(qtbot, application, engine,
                                                             medical, site, db_path) -> None:
    sheet = _sheet(qtbot, engine, medical, db_path, datetime(2022, 7, 9, 15, 0))
    sheet.go_to_now()
    assert _offered(sheet) == [("Round 08:00 (00:00–11:00)", "08:00"),
                               ("Round 14:00 (11:00–17:00)", "14:00"),
                               ("Round 20:00 (17:00–24:00)", "20:00")]
    assert sheet.slot_code() == "14:00"
    sheet.set_sheet(BEFORE, "afternoon")
    assert _offered(sheet) == [("Morning (before 12:00)", "morning"),
                               ("Afternoon (from 12:00)", "afternoon")]
    sheet.date_edit.setDate(DAY)  # the 16:00 round's part of the day: the 14:00 round
    assert sheet.slot_code() == "14:00" and len(_offered(sheet)) == 3
    assert [sheet.model.row_at(n).room for n in range(sheet.model.rowCount())] == ["201", "202"]


def test_a_round_typed_late_is_filed_at_its_time_and_refused_outside_the_range(
        qtbot, application, engine, medical, site, db_path) -> None:
    sheet = _sheet(qtbot, engine, medical, db_path, datetime(2022, 7, 9, 21, 30))
    sheet.set_sheet(DAY, "14:00")
    sheet.view.setCurrentIndex(sheet.view.temperature_index(0))
    sheet.view.setFocus()
    _type("34.5")
    _enter()
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # refused: stays in its cell
    assert "outside 35.0–42.0" in sheet.notice.text()
    _type("36.0")
    _enter()
    with read_session(engine) as s:
        saved = readings.readings_for_stay(s, site["drill"])
    assert [(r.celsius, r.taken_at) for r in saved] == [(36.0, datetime(2022, 7, 9, 14, 0))]
    assert not sheet.model.row_at(0).missing


def test_the_symptoms_offered_are_the_policys(qtbot, application, engine, medical, site,
                                              db_path) -> None:
    sheet = _sheet(qtbot, engine, medical, db_path, datetime(2022, 7, 9, 13, 0))
    sheet.set_sheet(DAY, "14:00")
    sheet.view.setCurrentIndex(sheet.view.temperature_index(0))
    sheet.view.setFocus()
    QTest.keyClick(sheet.view, Qt.Key.Key_S)
    dialog = sheet.dialog
    assert isinstance(dialog, SymptomsDialog)
    assert [box.text() for box in dialog._boxes] == ["&1  unexplained bleeding", "&2  other:"]
    qtbot.waitUntil(dialog.isActiveWindow)
    _type("1")
    _enter()
    assert sheet.model.index(0, Column.SYMPTOMS).data() == "unexplained bleeding"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sheet.view)
    _type("36.4")
    _enter()
    with read_session(engine) as s:
        saved = readings.readings_for_stay(s, site["drill"])
    assert [(r.celsius, r.symptoms) for r in saved] == [(36.4, "unexplained bleeding")]


def test_a_covid_sheet_offers_the_five_symptoms(qtbot, application, engine, medical,
                                                db_path) -> None:
    sheet = _sheet(qtbot, engine, medical, db_path, datetime(2022, 7, 9, 9, 0))
    sheet.set_sheet(DAY, "morning")
    dialog = SymptomsDialog("room 201", [n.label() for n in NINTH_EDITION.symptoms],
                            ["咳嗽", "sore throat", "nausea"], sheet)
    qtbot.addWidget(dialog)
    assert [box.text() for box in dialog._boxes] == [
        "&1  cough", "&2  sore throat", "&3  fatigue", "&4  loss of smell or taste",
        "&5  diarrhoea", "&6  other:"]
    assert dialog.symptoms() == ["sore throat", "咳嗽", "nausea"]  # unknown: "other"
