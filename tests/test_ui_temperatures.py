"""The Temperatures panel: a whole round typed with the keyboard alone, fevers, refusals,
voiding, symptoms, the liaison's read-only sheet, the charts and fevers per day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from medical_support import ARRIVAL, add_rooms, admit, resident_id
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import AlertKind, Category
from quarantine_desk.services import alerts, checkin, readings
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS
from quarantine_desk.ui.temperatures.charts import DayAxis
from quarantine_desk.ui.temperatures.model import Column
from quarantine_desk.ui.temperatures.panel import TemperaturesPanel
from quarantine_desk.ui.temperatures.symptoms import SymptomsDialog

DAY = date(2022, 7, 9)
NOW = datetime(2022, 7, 9, 9, 30)  # during the morning round
ROOMS = [str(number) for number in range(201, 221)]
FEVER_ROW, TYPO_ROW = 4, 7


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture
def stays(engine: Engine, manager: Actor, liaison: Actor) -> list[int]:
    """Twenty occupied single rooms, 201–220, one guest each (arrived the evening before)."""
    add_rooms(engine, manager, "201-220")
    with write_session(engine) as session:
        outcomes = checkin.check_in_arrivals(session, liaison, [
            checkin.ArrivalInput(full_name=f"Guest {room}", id_number=resident_id(serial),
                                 category=Category.CLOSE_CONTACT, arrival_at=ARRIVAL, room=room)
            for serial, room in enumerate(ROOMS, start=1)], now=ARRIVAL)
    return [outcome.stay_id or 0 for outcome in outcomes]


def _window(qtbot, engine: Engine, actor: Actor, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    specs = [spec for spec in PANELS if spec.key in ("temperatures", "alerts")]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _sheet(window: MainWindow) -> TemperaturesPanel:
    panel = window.show_panel("temperatures")
    assert isinstance(panel, TemperaturesPanel)
    panel.rounds.clock = lambda: NOW
    panel.rounds.set_sheet(DAY, "morning")
    panel.rounds.view.setFocus()
    return panel


def _type(text: str) -> None:
    """Press keys as a keyboard does: each goes to whatever has the focus at that moment."""
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _enter() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _wait_for_focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A dialog takes the keyboard once its window is active, as on a real screen."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _values(engine: Engine, stay_ids: list[int]) -> dict[int, list[float]]:
    with read_session(engine) as session:
        return {stay: [r.celsius for r in readings.readings_for_stay(session, stay)]
                for stay in stay_ids}


def _nav_text(window: MainWindow, key: str) -> str:
    return window.navigation.item(window.navigation.keys().index(key)).text()


def test_a_whole_round_typed_with_the_keyboard(qtbot, qtmodeltester, engine, medical, stays,
                                              db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    panel = _sheet(window)
    sheet, model, view = panel.rounds, panel.rounds.model, panel.rounds.view
    assert [model.row_at(n).room for n in range(model.rowCount())] == ROOMS
    assert model.missing() == (20, 20)
    assert sheet.count.text() == "20 rooms still to measure"
    assert model.index(0, Column.TEMPERATURE).data(Qt.ItemDataRole.BackgroundRole) \
        == theme.qcolor(theme.MISSING)
    assert view.currentIndex().row() == 0
    assert view.currentIndex().column() == Column.TEMPERATURE
    assert _nav_text(window, "alerts") == "Alerts"

    expected: dict[int, float] = {}
    for row in range(20):
        value = "38.2" if row == FEVER_ROW else f"36.{row % 10}"
        if row == TYPO_ROW:
            _type("3.7")
            _enter()
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit)  # refused: the editor stays open …
            assert view.currentIndex().row() == TYPO_ROW  # … on the same room
            assert "outside 34.0–43.0" in sheet.notice.text()
            assert "room 208" in window.messages.text
            assert _values(engine, [stays[TYPO_ROW]])[stays[TYPO_ROW]] == []
            assert model.missing() == (20 - TYPO_ROW, 20 - TYPO_ROW)
        _type(value)  # the refused text is selected, so typing replaces it
        _enter()
        expected[stays[row]] = float(value)
        assert view.currentIndex().row() == min(row + 1, 19)
        if row == TYPO_ROW:  # the refusal in the message bar gives way to the save
            assert window.messages.text == "Saved: room 208, 36.7 °C"
        if row == FEVER_ROW:  # red at once, before any reload
            fever = model.index(FEVER_ROW, Column.GUEST)
            assert fever.data(Qt.ItemDataRole.BackgroundRole) == theme.qcolor(theme.ERROR_SOFT)
            assert fever.data(Qt.ItemDataRole.ForegroundRole) == theme.qcolor(theme.FEVER)
            assert model.index(FEVER_ROW, Column.TEMPERATURE).data(
                Qt.ItemDataRole.BackgroundRole) == theme.qcolor(theme.FEVER)
            assert "Fever: room 205" in window.messages.text

    assert _values(engine, stays) == {stay: [value] for stay, value in expected.items()}
    assert model.missing() == (0, 0)
    assert sheet.count.text() == "All 20 guests measured"
    assert [model.row_at(n).fever for n in range(20)] == [n == FEVER_ROW for n in range(20)]
    assert model.index(FEVER_ROW, Column.STATUS).data().startswith("FEVER")
    assert model.index(3, Column.GUEST).data(Qt.ItemDataRole.BackgroundRole) is None
    with read_session(engine) as session:
        assert readings.missing_count(session, DAY, "morning") == 0
        opened = alerts.open_alerts(session)
        stored = readings.readings_for_stay(session, stays[0])[0]
    assert [(v.stay_id, v.alert.kind) for v in opened] == [(stays[FEVER_ROW], AlertKind.FEVER)]
    assert stored.taken_at == NOW and stored.entered_by == medical.username
    qtbot.waitUntil(lambda: _nav_text(window, "alerts") == "Alerts (1)")
    qtmodeltester.check(model)


def test_void_with_a_reason_then_type_the_right_value(qtbot, engine, medical, stays,
                                                      db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window).rounds
    _type("39.1")
    _enter()
    assert sheet.model.row_at(0).fever
    QTest.keyClick(sheet.view, Qt.Key.Key_Up)
    QTest.keyClick(sheet.view, Qt.Key.Key_Delete)
    dialog = sheet.dialog
    assert dialog is not None and "39.1 °C" in dialog.message.text()
    _wait_for_focus(qtbot, dialog.note)
    _enter()  # no reason yet: nothing happens
    assert dialog.isVisible() and not dialog.confirm.isEnabled()
    _type("typing error")
    _enter()
    assert not dialog.isVisible()
    _wait_for_focus(qtbot, sheet.view)
    assert sheet.model.row_at(0).missing
    assert sheet.view.currentIndex().row() == 0
    assert sheet.count.text() == "20 rooms still to measure"
    _type("36.9")
    _enter()
    with read_session(engine) as session:
        both = readings.readings_for_stay(session, stays[0], include_voided=True)
    assert [(r.celsius, r.void_reason) for r in both] == [(39.1, "typing error"), (36.9, "")]
    assert both[0].voided_by == medical.username
    assert not sheet.model.row_at(0).fever


def test_symptoms_are_ticked_with_number_keys_and_saved_with_the_temperature(
        qtbot, engine, medical, stays, db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window).rounds
    QTest.keyClick(sheet.view, Qt.Key.Key_S)
    dialog = sheet.dialog
    assert isinstance(dialog, SymptomsDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    _type("13")
    _type("3")  # changed her mind about fatigue
    _type("2")
    _enter()
    assert sheet.model.index(0, Column.SYMPTOMS).data() == "cough, sore throat"
    _wait_for_focus(qtbot, sheet.view)
    _type("36.8")
    _enter()
    with read_session(engine) as session:
        saved = readings.readings_for_stay(session, stays[0])
        opened = alerts.open_alerts(session)
    assert [(r.celsius, r.symptoms) for r in saved] == [(36.8, "cough;sore throat")]
    assert [v.alert.kind for v in opened] == [AlertKind.SYMPTOM]
    QTest.keyClick(sheet.view, Qt.Key.Key_Up)
    QTest.keyClick(sheet.view, Qt.Key.Key_S)  # saved: symptoms only change by voiding
    assert sheet.dialog is None and "void it" in sheet.notice.text()


def test_enter_on_an_empty_cell_skips_the_room(qtbot, engine, medical, stays, db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window).rounds
    _enter()
    _type("36.5")
    _enter()
    assert sheet.model.row_at(0).missing and not sheet.model.row_at(1).missing
    assert sheet.view.currentIndex().row() == 2


def test_the_liaison_sees_the_sheet_read_only(qtbot, engine, medical, liaison, stays,
                                              db_path) -> None:
    with write_session(engine) as session:
        readings.record_reading(session, medical, stays[0], "36.6",
                                taken_at=NOW - timedelta(minutes=20), now=NOW)
    window = _window(qtbot, engine, liaison, db_path)
    sheet = _sheet(window).rounds
    assert sheet.model.row_at(0).reading is not None
    assert not sheet.model.flags(sheet.model.index(1, Column.TEMPERATURE)) \
        & Qt.ItemFlag.ItemIsEditable
    QTest.keyClick(sheet.view, Qt.Key.Key_Down)
    _type("37")
    assert QApplication.focusWidget() is sheet.view  # no editor opened
    QTest.keyClick(sheet.view, Qt.Key.Key_S)
    QTest.keyClick(sheet.view, Qt.Key.Key_Up)
    QTest.keyClick(sheet.view, Qt.Key.Key_Delete)
    assert sheet.dialog is None
    assert not sheet.void_action.isEnabled() and not sheet.symptoms_action.isEnabled()
    assert sheet.notice.text().startswith("Read only")
    assert _values(engine, stays[:2]) == {stays[0]: [36.6], stays[1]: []}


def test_charts_show_the_guest_curve_and_fevers_per_day(qtbot, engine, medical, stays,
                                                        db_path) -> None:
    with write_session(engine) as session:
        for hours, celsius in ((-14, "36.6"), (0, "37.8")):
            readings.record_reading(session, medical, stays[2], celsius,
                                    taken_at=datetime(2022, 7, 9, 8) + timedelta(hours=hours),
                                    now=NOW)
    window = _window(qtbot, engine, medical, db_path)
    panel = _sheet(window)
    panel.tabs.setCurrentWidget(panel.charts)
    charts = panel.charts
    assert charts.picker.count() == 20
    assert charts.picker.currentData() == stays[2]  # the fever is shown first
    assert charts.curve.points == [(datetime(2022, 7, 8, 18), 36.6),
                                   (datetime(2022, 7, 9, 8), 37.8)]
    assert charts.curve.threshold == 37.3
    assert isinstance(charts.curve.plot.getPlotItem().getAxis("bottom"), DayAxis)
    assert charts.fevers.counts[-2:] == [(date(2022, 7, 8), 0), (DAY, 1)]
    assert len(charts.fevers.counts) == 14 and charts.fevers.counts[0][0] == date(2022, 6, 26)
    charts.picker.setCurrentIndex(0)
    charts.picker.activated.emit(0)
    assert charts.curve.points == [] and "0 readings" in charts.curve_title.text()


def test_fevers_per_day_counts_guests_not_readings(engine, manager, liaison, medical) -> None:
    add_rooms(engine, manager, "301-303")
    first, second = admit(engine, liaison, 1, "301"), admit(engine, liaison, 2, "302")
    entries = [(first, datetime(2022, 7, 9, 8), "37.3"),
               (first, datetime(2022, 7, 9, 16), "38.0"),
               (second, datetime(2022, 7, 9, 8), "37.2"),
               (second, datetime(2022, 7, 10, 8), "38.5")]
    with write_session(engine) as session:
        saved = [readings.record_reading(session, medical, stay, value, taken_at=when,
                                         now=datetime(2022, 7, 11))
                 for stay, when, value in entries]
        readings.void_reading(session, medical, saved[3].id or 0, "wrong guest",
                              now=datetime(2022, 7, 11))
    with read_session(engine) as session:
        counts = readings.fevers_per_day(session, date(2022, 7, 8), date(2022, 7, 10))
    assert counts == [(date(2022, 7, 8), 0), (date(2022, 7, 9), 1), (date(2022, 7, 10), 0)]
