"""The Tests panel: the due list against the policy rules, sampling by typing or scanning,
results by key and in bulk, a positive's neighbours and extra tests, the lab file's preview
and import, the collection sheet, and what a liaison officer is offered."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from change_wiring import hear_changes, settle
from medical_support import add_rooms, admit, admit_household
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomKind, TestKind, TestResult
from quarantine_desk.domain.policy import required_test_dates
from quarantine_desk.services import labtests, policies
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import LabTest, Stay
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.tests import common as sampling_common
from quarantine_desk.ui.tests import positive as sampling_positive
from quarantine_desk.ui.tests import sheet as sampling_sheet
from quarantine_desk.ui.tests.panel import TestsPanel

TODAY = date.today()
ARRIVAL = datetime.combine(TODAY - timedelta(days=6), datetime.min.time()).replace(hour=10)
Messages = list[tuple[str, MessageLevel]]


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


def open_panel(qtbot, engine: Engine, actor: Actor) -> tuple[TestsPanel, Messages]:  # type: ignore[no-untyped-def]
    messages: Messages = []
    panel = TestsPanel(PanelContext(Desk(engine, actor),
                                       lambda text, level: messages.append((text, level))))
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1100, 700)
    with qtbot.waitActive(panel):  # focus needs the active window
        panel.show()
        panel.activateWindow()
    panel.activate()
    return panel, messages


def pdf_printer(path: Path) -> QPrinter:
    """A printer that prints into a PDF file, as a real one would be chosen in the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


def due_rows(panel: TestsPanel) -> list[tuple[int, str, str]]:
    """(stay, room, test label) of the due list as the panel shows it."""
    return [(row.due.stay_id, row.due.room, row.due.label) for row in panel.due.model.rows()]


def sample(engine: Engine, actor: Actor, stay_id: int, number: str) -> int:
    with write_session(engine) as s:
        return labtests.record_sample(s, actor, stay_id, sample_no=number).id or 0


# -- the due list ---------------------------------------------------------------------------


def test_due_list_follows_each_categorys_rules_in_walking_order(qtbot, engine, manager, liaison,
                                                                medical) -> None:
    add_rooms(engine, manager, "201-206", "301-306")
    rooms = iter(["305", "203", "301", "206", "202", "304", "201", "306", "204", "302"])
    stays: dict[int, tuple[Category, date | None]] = {}
    serial = 0
    for category in Category:
        for exposure in (None, ARRIVAL.date() - timedelta(days=3)):
            serial += 1
            stay_id = admit(engine, liaison, serial, next(rooms), category=category,
                            exposure=exposure, arrival=ARRIVAL)
            stays[stay_id] = (category, exposure)
    extra = next(iter(stays))
    with write_session(engine) as s:
        labtests.schedule_extra_tests(s, medical, [extra], TODAY, "neighbour of positive 307")
    with read_session(engine) as s:
        expected_by_stay = {}
        for stay_id in stays:
            stay = s.get(Stay, stay_id)
            assert stay is not None
            rule = policies.policy_by_id(s, stay.policy_id).rule(Category(stay.category))
            expected_by_stay[stay_id] = required_test_dates(stay.basis_date, ARRIVAL.date(), rule)
        close_contact = next(sid for sid, (c, e) in stays.items()
                             if c is Category.CLOSE_CONTACT and e is None)
        assert sorted(expected_by_stay[close_contact]) == [
            ARRIVAL.date() + timedelta(days=k) for k in (0, 1, 2, 3, 5, 7)]

    panel, _ = open_panel(qtbot, engine, medical)
    seen_labels = set()
    for offset in range(-8, 3):
        day = TODAY + timedelta(days=offset)
        panel.due.day.setDate(_qdate(day))
        shown = due_rows(panel)
        expected = {sid: dates[day] for sid, dates in expected_by_stay.items() if day in dates}
        if day == TODAY and extra not in expected:
            expected[extra] = "extra"
        assert {sid: label for sid, _, label in shown} == expected, day
        rooms_shown = [room for _, room, _ in shown]
        assert rooms_shown == sorted(rooms_shown, key=lambda r: (int(r) // 100, int(r)))
        assert panel.due.count.text().startswith(f"{len(shown)} due") or not shown
        seen_labels.update(label for _, _, label in shown)
    assert {"admission", "day-1", "day-4", "day-5", "extra"} <= seen_labels
    panel.due.day.setDate(_qdate(TODAY))
    (extra_row,) = [r for r in panel.due.model.rows() if r.due.stay_id == extra]
    index = panel.due.model.index(panel.due.model.rows().index(extra_row), 7)
    assert panel.due.model.data(index) == "neighbour of positive 307"


# -- recording samples ----------------------------------------------------------------------


@pytest.fixture
def three_due(engine, manager, liaison) -> list[int]:
    """Three guests arrived today (admission tests due), in rooms 203, 201, 202."""
    add_rooms(engine, manager, "201-203")
    arrival = datetime.combine(TODAY, datetime.min.time())
    return [admit(engine, liaison, n, room, arrival=arrival)
            for n, room in ((1, "203"), (2, "201"), (3, "202"))]


def test_typing_a_number_and_enter_records_it_and_moves_on(qtbot, engine, medical,
                                                           three_due) -> None:
    in_203, in_201, in_202 = three_due
    panel, messages = open_panel(qtbot, engine, medical)
    due = panel.due
    assert [r for _, r, _ in due_rows(panel)] == ["201", "202", "203"]
    assert due.sample_field.hasFocus()
    assert due.current_row().due.stay_id == in_201  # the first guest to sample
    qtbot.keyClicks(due.sample_field, "A-0001")
    qtbot.keyClick(due.sample_field, Qt.Key.Key_Return)
    settle()
    with read_session(engine) as s:
        (test,) = s.exec(select(LabTest)).all()
    assert (test.stay_id, test.sample_no, test.kind) == (in_201, "A-0001", TestKind.PCR.value)
    assert due.sample_field.text() == ""
    assert due.current_row().due.stay_id == in_202
    first = due.model.rows()[0]
    assert first.due.sampled and first.sample_no == "A-0001"
    assert "1 sampled" in due.count.text()
    assert panel.tabs.tabText(0) == "&Sampling (2 to go)"

    # a scanner sends the same tube twice: refused with the reason, nothing written
    qtbot.keyClicks(due.sample_field, "A-0001")
    qtbot.keyClick(due.sample_field, Qt.Key.Key_Return)
    text, level = messages[-1]
    assert level is MessageLevel.ERROR and "A-0001 is already recorded" in text
    assert due.sample_field.text() == "A-0001"  # kept to correct
    assert due.current_row().due.stay_id == in_202
    with read_session(engine) as s:
        assert len(s.exec(select(LabTest)).all()) == 1

    # Down in the field moves the selection; digits typed on the table go to the field
    due.sample_field.clear()
    qtbot.keyClick(due.sample_field, Qt.Key.Key_Down)
    assert due.current_row().due.stay_id == in_203
    qtbot.keyClick(due.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert due.sample_field.text() == ""  # shortcuts stay shortcuts
    qtbot.keyClicks(due.table, "77")
    assert due.sample_field.text() == "77" and due.sample_field.hasFocus()
    qtbot.keyClick(due.sample_field, Qt.Key.Key_Enter)
    with read_session(engine) as s:
        assert s.exec(select(LabTest.stay_id).where(LabTest.sample_no == "77")).one() == in_203
    assert due.current_row().due.stay_id == in_202  # wraps to the one still to sample


def test_a_second_sample_of_the_day_is_asked_about(qtbot, engine, medical, three_due,
                                                   monkeypatch) -> None:
    in_203, in_201, _ = three_due
    sample(engine, medical, in_201, "B-1")
    panel, _ = open_panel(qtbot, engine, medical)
    panel.due.select_key((in_201, TestKind.PCR))
    asked: list[str] = []
    monkeypatch.setattr(sampling_common, "confirm",
                        lambda parent, title, text, yes: asked.append(text) or False)
    panel.due.sample_field.setText("B-2")
    panel.due.record_selected()
    assert "already gave a sample today (B-1)" in asked[0]
    with read_session(engine) as s:
        assert len(s.exec(select(LabTest).where(LabTest.stay_id == in_201)).all()) == 1


def test_other_days_are_shown_but_not_recorded(qtbot, engine, medical, three_due) -> None:
    panel, _ = open_panel(qtbot, engine, medical)
    panel.due.day.setDate(_qdate(TODAY + timedelta(days=1)))
    assert not panel.due.sample_field.isEnabled()
    assert due_rows(panel)  # day 1 of the guests arrived today
    panel.due.day.setDate(_qdate(TODAY + timedelta(days=30)))
    assert panel.due.empty.isVisible() and not panel.due.table.isVisible()
    assert "Nobody is due" in panel.due.empty.text()


# -- results --------------------------------------------------------------------------------


def test_keys_enter_results_one_by_one_and_bulk_negative_asks_with_the_count(
        qtbot, engine, medical, three_due, monkeypatch) -> None:
    tests = [sample(engine, medical, stay, f"R-{n}") for n, stay in enumerate(three_due)]
    panel, messages = open_panel(qtbot, engine, medical)
    results = panel.results
    assert results is not None and results.model.rowCount() == 3
    panel.tabs.setCurrentWidget(results)
    results.select_row(0)
    results.table.setFocus()
    qtbot.keyClick(results.table, Qt.Key.Key_I)
    settle()
    with read_session(engine) as s:
        assert s.get(LabTest, tests[0]).result == TestResult.INVALID.value  # type: ignore[union-attr]
    assert results.model.rowCount() == 2
    assert results.current().test_id == tests[1]  # the next sample took its place

    asked: list[str] = []
    monkeypatch.setattr(sampling_common, "confirm",
                        lambda parent, title, text, yes: asked.append(text) is None)
    results.table.selectAll()
    results.bulk_button.click()
    settle()
    assert asked == ["Enter NEGATIVE for the 2 selected samples?"]
    with read_session(engine) as s:
        assert {s.get(LabTest, t).result for t in tests[1:]} == {"negative"}  # type: ignore[union-attr]
    assert results.model.rowCount() == 0 and results.empty.isVisible()
    assert messages[-1] == ("2 negative results entered.", MessageLevel.INFO)


def test_bulk_negative_cancelled_writes_nothing(qtbot, engine, medical, three_due,
                                               monkeypatch) -> None:
    for n, stay in enumerate(three_due):
        sample(engine, medical, stay, f"C-{n}")
    panel, _ = open_panel(qtbot, engine, medical)
    monkeypatch.setattr(sampling_common, "confirm", lambda *args: False)
    panel.results.table.selectAll()  # type: ignore[union-attr]
    panel.results.enter_selected_negative()  # type: ignore[union-attr]
    with read_session(engine) as s:
        assert set(s.exec(select(LabTest.result)).all()) == {"pending"}


@pytest.fixture
def corridor(engine, manager, liaison) -> dict[str, int]:
    """Floor 3: rooms 301-307 each occupied; 305 shares transfer batch B7 with 502; 302 is a
    family room with two people."""
    add_rooms(engine, manager, "301", "303-307", "501-502")
    add_rooms(engine, manager, "302", kind=RoomKind.FAMILY)
    stays = {room: admit(engine, liaison, serial, room, arrival=ARRIVAL,
                         batch="B7" if room in ("305", "502") else f"solo-{room}")
             for serial, room in enumerate(("301", "303", "304", "305", "306", "307", "501",
                                            "502"), start=1)}
    stays["302a"], stays["302b"] = admit_household(engine, liaison, [21, 22], "302",
                                                   arrival=ARRIVAL)
    return stays


def _positive(qtbot, engine, medical, stay_id: int, monkeypatch) -> TestsPanel:  # type: ignore[no-untyped-def]
    sample(engine, medical, stay_id, f"P-{stay_id}")
    panel, _ = open_panel(qtbot, engine, medical)
    results = panel.results
    assert results is not None
    monkeypatch.setattr(sampling_positive, "ask_positive", lambda parent, who: (24.5, None))
    panel.tabs.setCurrentWidget(results)
    results.select_row(0)
    results.table.setFocus()
    qtbot.keyClick(results.table, Qt.Key.Key_P)
    assert results.positive.isVisible()
    return panel


def test_positive_in_a_corner_room_lists_the_two_rooms_on_its_one_side(qtbot, engine, medical,
                                                                       corridor,
                                                                       monkeypatch) -> None:
    panel = _positive(qtbot, engine, medical, corridor["301"], monkeypatch)
    box = panel.results.positive  # type: ignore[union-attr]
    assert sorted((n.room, n.guest_name) for n in box.neighbours()) == [
        ("302", "家人21"), ("302", "家人22"), ("303", "客人2")]
    assert "Ct ORF1ab 24.5" in box.alert.text()
    assert not box.restarts.isVisible()


def test_positive_mid_corridor_lists_both_sides_and_its_batch_then_schedules_them(
        qtbot, engine, medical, corridor, monkeypatch) -> None:
    panel = _positive(qtbot, engine, medical, corridor["305"], monkeypatch)
    box = panel.results.positive  # type: ignore[union-attr]
    found = {n.room: n.reasons for n in box.neighbours()}
    assert sorted(found) == ["303", "304", "306", "307", "502"]
    assert found["502"] == ("same transfer batch B7",)
    assert found["303"] == ("near room 305 on floor 3",)
    assert box.day.currentData() == TODAY + timedelta(days=1)  # tomorrow unless changed
    box.day.setCurrentIndex(1)
    assert box.schedule_all() == 5
    settle()
    assert not box.schedule_button.isEnabled()
    with read_session(engine) as s:
        extra = s.exec(select(LabTest).where(LabTest.scheduled_for == TODAY,
                                             LabTest.reason != "")).all()
    assert sorted(t.stay_id for t in extra) == sorted(
        corridor[room] for room in ("303", "304", "306", "307", "502"))
    assert {t.reason for t in extra} == {"neighbour of positive 305"}
    assert {"303", "304", "306", "307", "502"} <= {
        r.due.room for r in panel.due.model.rows() if r.due.label == "extra"}


def test_positive_in_a_shared_room_shows_the_restarted_periods(qtbot, engine, medical,
                                                               corridor, monkeypatch) -> None:
    panel = _positive(qtbot, engine, medical, corridor["302a"], monkeypatch)
    box = panel.results.positive  # type: ignore[union-attr]
    assert box.restarts.isVisible()
    with read_session(engine) as s:
        other = s.get(Stay, corridor["302b"])
        assert other is not None and other.exposure_date == TODAY
    text = box.restarts.text()
    assert "家人22" in text and f"release now {other.planned_release.isoformat()}" in text
    assert f"exposure {TODAY.isoformat()}" in text


# -- lab file -------------------------------------------------------------------------------


def test_lab_file_import_does_what_its_preview_said(qtbot, engine, medical, three_due,
                                                    tmp_path) -> None:
    in_203, in_201, in_202 = three_due
    for stay, number in ((in_201, "L-1"), (in_202, "L-2"), (in_203, "L-3")):
        sample(engine, medical, stay, number)
    sampled = TODAY.isoformat()
    path = tmp_path / "lab.csv"
    path.write_text("样本编号,检测类型,采样时间,检测结果\n"
                    f"L-1,核酸,{sampled} 07:00,阳性\n"
                    f"L-2,核酸,{sampled} 07:00,阴性\n"
                    f"L-3,核酸,{sampled} 07:00,无效\n"
                    f"L-9,核酸,{sampled} 07:00,阴性\n", encoding="utf-8")
    panel, _ = open_panel(qtbot, engine, medical)
    page = panel.lab_file
    assert page is not None
    panel.tabs.setCurrentWidget(page)
    preview = page.preview_file(path)
    assert preview is not None
    with read_session(engine) as s:  # nothing written by the preview
        assert set(s.exec(select(LabTest.result)).all()) == {"pending"}
    shown = {(c.sample_no, c.before, c.after) for c in page.changes.rows()}
    assert shown == {("L-1", TestResult.PENDING, TestResult.POSITIVE),
                     ("L-2", TestResult.PENDING, TestResult.NEGATIVE),
                     ("L-3", TestResult.PENDING, TestResult.INVALID)}
    assert [row for row, _ in page.skipped.rows()] == [5]
    assert "L-9" in page.skipped.rows()[0][1]
    assert "1 POSITIVE" in page.summary.text()
    assert "Opens a positive alert for 客人2 (room 201)" in page.consequences.text()
    assert page.apply_button.isVisible() and page.apply_button.isEnabled()

    report = page.apply()
    settle()
    assert report is not None and preview.agrees_with(report)
    with read_session(engine) as s:
        after = {t.sample_no: TestResult(t.result) for t in s.exec(select(LabTest))}
    assert after == {no: new for no, _, new in shown}
    assert "As previewed" in page.outcome.text()
    (box,) = page.positive_boxes
    assert box.stay_id == in_201 and {n.room for n in box.neighbours()} == {"202", "203"}
    assert not page.apply_button.isVisible()  # applied once; choose the next file
    assert panel.results.model.rowCount() == 0  # type: ignore[union-attr]


def test_lab_file_refused_whole_says_why(qtbot, engine, medical, tmp_path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("姓名,备注\n张三,无\n", encoding="utf-8")
    panel, messages = open_panel(qtbot, engine, medical)
    panel.tabs.setCurrentWidget(panel.lab_file)
    assert panel.lab_file.preview_file(path) is None  # type: ignore[union-attr]
    text, level = messages[-1]
    assert level is MessageLevel.ERROR and "wrong.csv" in text
    assert not panel.lab_file.apply_button.isVisible()  # type: ignore[union-attr]


# -- roles and the collection sheet ---------------------------------------------------------


def test_liaison_sees_the_due_list_and_prints_but_is_not_offered_recording(
        qtbot, engine, liaison, three_due, tmp_path, monkeypatch) -> None:
    panel, messages = open_panel(qtbot, engine, liaison)
    assert panel.results is None and panel.lab_file is None
    assert panel.tabs.count() == 1
    assert len(due_rows(panel)) == 3
    assert not panel.due.sample_field.isVisible()
    assert not panel.due.record_button.isVisible()
    assert panel.due.save_button.isVisible() and panel.due.print_button.isVisible()

    monkeypatch.setattr(sampling_sheet, "choose_printer",
                        lambda parent: pdf_printer(tmp_path / "printed.pdf"))
    assert panel.due.print_sheet() == 1
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    assert messages[-1] == ("Collection sheet sent to the printer (1 pages).",
                            MessageLevel.INFO)
    saved = panel.due.save_sheet(tmp_path / "sheet")  # ".pdf" is added
    assert saved == tmp_path / "sheet.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(saved), "-"], capture_output=True,
                          text=True, check=True).stdout
    for name in ("客人1", "客人2", "客人3"):
        assert name in text
    assert text.index("客人2") < text.index("客人3") < text.index("客人1")  # 201, 202, 203
    assert messages[-1][1] is MessageLevel.INFO and "sheet.pdf" in messages[-1][0]


def test_a_printer_that_refuses_the_job_is_reported(qtbot, engine, medical, three_due,
                                                    tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sampling_sheet, "choose_printer",
                        lambda parent: pdf_printer(tmp_path / "missing" / "out.pdf"))
    panel, messages = open_panel(qtbot, engine, medical)
    assert panel.due.print_sheet() == 0
    text, level = messages[-1]
    assert level is MessageLevel.ERROR and "did not accept" in text
    monkeypatch.setattr(sampling_sheet, "choose_printer", lambda parent: None)  # cancelled
    assert panel.due.print_sheet() == 0 and len(messages) == 1


def test_positive_dialog_reads_ct_values(qtbot) -> None:
    dialog = sampling_positive.PositiveDialog("客人1 (room 201), sample X")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ct_orf1ab, "23.5")
    assert dialog.values() == (23.5, None)

