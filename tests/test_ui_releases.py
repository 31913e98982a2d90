"""The Releases panel: criteria marks and reasons, destination checks from the row, the
manager's approval, handover forms and the release list."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from change_wiring import hear_changes, settle
from conftest import TEST_PASSWORD
from openpyxl import load_workbook
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from release_scenario import (
    EXPOSURE,
    T,
    confirm_destination,
    give_readings,
    give_tests,
    resident_id,
)
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Category, Role, RoomState
from quarantine_desk.services import audit, checkin, destinations, rooms
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.release import release
from quarantine_desk.services.released import released_on
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.common.pdf_preview import PAGE_CHROME, Fit, PdfPreviewDialog, fitted_size
from quarantine_desk.ui.releases.confirm import ReleaseConfirmDialog
from quarantine_desk.ui.releases.destination import DestinationDialog, NotificationDialog
from quarantine_desk.ui.releases.model import CandidateColumn
from quarantine_desk.ui.releases.panel import ReleasesPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow

D = T.date()
NAMES = {"ready": "张伟", "also_ready": "王芳", "no_day5": "李娜"}
ROOMS = {"ready": "201", "also_ready": "202", "no_day5": "203"}
DAY5_REASON = "day-5 PCR (2022-07-13) has no result"


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@dataclass
class Site:
    engine: Engine
    stays: dict[str, int]


def _build(engine: Engine, manager: Actor, liaison: Actor, medical: Actor, *,
           destination_for: tuple[str, ...] = tuple(NAMES)) -> Site:
    """Three close contacts due on D: two meet every criterion, the day-5 PCR of the third has
    no result. Destinations are confirmed for ``destination_for``."""
    arrival = datetime.combine(EXPOSURE, datetime.min.time()) + timedelta(hours=20)
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-203"], now=arrival)
    stays: dict[str, int] = {}
    with write_session(engine) as s:
        for index, key in enumerate(NAMES):
            stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=NAMES[key], id_number=resident_id(index + 1),
                category=Category.CLOSE_CONTACT, exposure_date=EXPOSURE, arrival_at=arrival,
                room=ROOMS[key], batch="B1", community="新华社区"), now=arrival)
            stays[key] = stay.id
    with write_session(engine) as s:
        for key, stay_id in stays.items():
            give_tests(s, medical, stay_id, EXPOSURE,
                       pending_day=5 if key == "no_day5" else None)
    with write_session(engine) as s:
        for key, stay_id in stays.items():
            give_readings(s, medical, stay_id)
            if key in destination_for:
                confirm_destination(s, liaison, stay_id)
    return Site(engine, stays)


class Messages:
    """The message bar, as the panel reports to it."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, MessageLevel]] = []

    def __call__(self, text: str, level: MessageLevel) -> None:
        self.shown.append((text, level))

    @property
    def last(self) -> tuple[str, MessageLevel]:
        return self.shown[-1]


def _panel(qtbot, engine: Engine, actor: Actor, messages: Messages) -> ReleasesPanel:  # type: ignore[no-untyped-def]
    panel = ReleasesPanel(PanelContext(Desk(engine, actor), messages), clock=lambda: T)
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1200, 800)
    panel.show()
    panel.activate()
    return panel


def _row_names(panel: ReleasesPanel) -> list[str]:
    return [c.name for c in panel.model.rows()]


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _room_state(engine: Engine, number: str) -> str:
    with read_session(engine) as s:
        return rooms.get_room(s, number).state


# -- what the list shows ------------------------------------------------------------------------


def test_rows_show_marks_and_the_reason_that_fails(qtbot, qtmodeltester, engine: Engine,
                                                   manager: Actor, liaison: Actor,
                                                   medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.forecast_model)
    assert _row_names(panel) == [NAMES["ready"], NAMES["also_ready"], NAMES["no_day5"]]
    model = panel.model
    late = model.row_of(site.stays["no_day5"])
    tests_cell = model.index(late, CandidateColumn.TESTS)
    assert tests_cell.data(Qt.ItemDataRole.UserRole + 1) is False  # the painted ✗
    assert DAY5_REASON in tests_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(late, CandidateColumn.WHY).data() == DAY5_REASON
    ready = model.row_of(site.stays["ready"])
    assert all(model.index(ready, c).data(Qt.ItemDataRole.UserRole + 1) is True
               for c in range(CandidateColumn.PERIOD, CandidateColumn.WHY))
    assert model.index(ready, CandidateColumn.WHY).data() == "Ready for release"
    assert "3 due by today" in panel.summary.text() and "2 ready" in panel.summary.text()

    panel.select_stays([site.stays["no_day5"]])
    assert DAY5_REASON in panel.detail._texts["tests_complete_negative"].text()
    assert "新华路" in panel.detail.destination.text()


def test_date_steps_with_ctrl_arrows_and_forecast_lists_the_next_days(
        qtbot, engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert panel.release_date() == D - timedelta(days=1)
    assert _row_names(panel) == []  # nobody due yet the day before
    assert panel.due_stack.currentWidget() is panel.due_empty
    assert panel.forecast_model.rowCount() == 3  # all three come due within two days
    assert "Next 2 days" in panel.tabs.tabText(1) and panel.tabs.tabText(1).endswith(": 3")
    qtbot.keyClick(panel.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert panel.release_date() == D
    assert panel.model.rowCount() == 3
    panel.date_edit.setFocus()  # the date field itself would take Ctrl+arrows as word moves
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert panel.release_date() == D - timedelta(days=1)
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert panel.release_date() == D


# -- the manager's approval ---------------------------------------------------------------------


def test_manager_releases_the_eligible_and_the_refused_keep_their_reason(
        qtbot, monkeypatch, tmp_path: Path, engine: Engine, manager: Actor, liaison: Actor,
        medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    messages = Messages()
    panel = _panel(qtbot, engine, manager, messages)
    assert panel.release_button is not None and panel.release_button.isEnabled()
    assert panel.release_button.property("kind") == "primary"
    # The list starts on someone ready, and approving needs no rows chosen: everyone due.
    assert panel.current_candidate() is not None and panel.current_candidate().eligible
    panel.table.clearSelection()
    assert panel.release_action is not None and panel.release_action.isEnabled()

    shown: list[str] = []

    def accept(dialog: ReleaseConfirmDialog) -> int:
        assert not dialog.only_selected.isVisible()  # nothing selected: nothing to narrow to
        assert dialog.release_button.text() == "&Release 2 people"
        shown.append(dialog.names.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReleaseConfirmDialog, "exec", accept)
    outcome = panel.approve_release()
    settle()

    assert outcome is not None
    assert "张伟</b> (201)" in shown[0] and "王芳</b> (202)" in shown[0]
    assert "李娜</b> (203)" in shown[0] and DAY5_REASON in shown[0]  # named as refused
    assert {r.stay_id for r in outcome.released} == {site.stays["ready"],
                                                     site.stays["also_ready"]}
    assert [r.stay_id for r in outcome.refused] == [site.stays["no_day5"]]
    text, level = messages.last
    assert level is MessageLevel.INFO  # a release is good news, never drawn as an error
    assert "Released 2" in text and f"李娜: {DAY5_REASON}" in text
    assert _room_state(engine, "201") == RoomState.AWAITING_DISINFECTION.value
    assert _room_state(engine, "202") == RoomState.AWAITING_DISINFECTION.value
    assert _room_state(engine, "203") == RoomState.OCCUPIED.value
    with read_session(engine) as s:
        events = audit.history(s, entity="stay", entity_id=site.stays["ready"])
    assert [(e.action, e.actor) for e in events if e.action == "stay.release"] == [
        ("stay.release", "boss")]

    # The list now holds only the refused stay; the released wait on their own tab, selected.
    assert _row_names(panel) == [NAMES["no_day5"]]
    assert panel.release_action is not None and not panel.release_action.isEnabled()
    assert panel.release_button is not None and not panel.release_button.isEnabled()
    assert panel.release_button.property("kind") == ""  # not drawn as the ready primary
    assert panel.tabs.currentWidget() is panel.released_stack
    assert panel.released_model.rowCount() == 2
    assert {panel.released_model.row_at(r).released_by for r in range(2)} == {
        manager.display_name or manager.username}
    assert panel.tabs.tabText(2).endswith(": 2")

    # Their handover forms now carry serial numbers: one file each, and one combined file.
    folder = tmp_path / "forms"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    written = panel.save_handover_folder()
    assert len(written) == 2 and all(_pages(p) == 1 for p in written)
    assert all(p.name.startswith("QD-2022-") for p in written)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "together"), ""))
    combined = panel.save_handover_combined()
    assert combined == tmp_path / "together.pdf" and _pages(combined) == 2
    assert "Not released yet" not in messages.last[0]


def test_only_the_selected_are_released_when_the_manager_narrows_it(
        qtbot, monkeypatch, engine: Engine, manager: Actor, liaison: Actor,
        medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    messages = Messages()
    panel = _panel(qtbot, engine, manager, messages)
    panel.select_stays([site.stays["also_ready"], site.stays["no_day5"]])
    seen: list[tuple[str, str, bool]] = []

    def narrow(dialog: ReleaseConfirmDialog) -> int:
        assert not dialog.only_selected.isChecked()  # everyone due unless narrowed
        assert [c.name for c in dialog.eligible()] == [NAMES["ready"], NAMES["also_ready"]]
        dialog.only_selected.setChecked(True)
        seen.append((dialog.heading.text(), dialog.names.text(),
                     dialog.release_button.isEnabled()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReleaseConfirmDialog, "exec", narrow)
    outcome = panel.approve_release()
    settle()
    assert outcome is not None
    heading, names, enabled = seen[0]
    assert heading == f"Release 1 person on {D.isoformat()}?" and enabled
    assert "王芳" in names and "张伟" not in names and DAY5_REASON in names
    assert [r.stay_id for r in outcome.released] == [site.stays["also_ready"]]
    assert [r.stay_id for r in outcome.refused] == [site.stays["no_day5"]]
    assert messages.last[1] is MessageLevel.INFO
    assert _room_state(engine, "201") == RoomState.OCCUPIED.value  # not selected: stays
    assert _room_state(engine, "202") == RoomState.AWAITING_DISINFECTION.value
    assert sorted(_row_names(panel)) == sorted([NAMES["ready"], NAMES["no_day5"]])


def test_the_context_menu_approves_only_the_selected(qtbot, monkeypatch, engine: Engine,
                                                     manager: Actor, liaison: Actor,
                                                     medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    action = panel.release_selected_action
    assert action is not None
    panel.select_stays([site.stays["no_day5"]])
    assert not action.isEnabled()  # nobody ready among the selected
    panel.select_stays([site.stays["ready"]])
    assert action.isEnabled()
    monkeypatch.setattr(ReleaseConfirmDialog, "exec", lambda dialog: (
        QDialog.DialogCode.Accepted if dialog.only_selected.isChecked()
        else pytest.fail("the selected-only approval starts narrowed")))
    action.trigger()
    settle()
    assert _room_state(engine, "201") == RoomState.AWAITING_DISINFECTION.value
    assert _room_state(engine, "202") == RoomState.OCCUPIED.value


def test_the_selection_never_starts_on_someone_not_ready(qtbot, engine: Engine,
                                                         manager: Actor, liaison: Actor,
                                                         medical: Actor) -> None:
    """The list's first row is a refusal waiting (no destination yet): the selection starts
    on the first who can go, and with nobody ready on nobody."""
    site = _build(engine, manager, liaison, medical, destination_for=("also_ready",))
    panel = _panel(qtbot, engine, manager, Messages())
    assert not panel.model.row_at(0).eligible
    assert panel._selected_ids(panel.table) == [site.stays["also_ready"]]

    with write_session(engine) as s:  # the one ready person leaves: nobody left to start on
        release(s, manager, [site.stays["also_ready"]], D, now=T)
    bare = _panel(qtbot, engine, manager, Messages())
    assert bare.model.rowCount() == 2 and bare._selected_ids(bare.table) == []
    assert bare.current_candidate() is None


def test_nobody_ready_is_refused_without_asking(
        qtbot, monkeypatch, engine: Engine, manager: Actor, liaison: Actor,
        medical: Actor) -> None:
    _build(engine, manager, liaison, medical, destination_for=("no_day5",))
    messages = Messages()
    panel = _panel(qtbot, engine, manager, messages)
    assert panel.release_action is not None and not panel.release_action.isEnabled()
    monkeypatch.setattr(ReleaseConfirmDialog, "exec",
                        lambda self: pytest.fail("no confirmation for nobody"))
    assert panel.approve_release() is None
    assert DAY5_REASON in messages.last[0] and messages.last[1] is MessageLevel.ERROR
    assert _room_state(engine, "203") == RoomState.OCCUPIED.value


def test_selected_but_none_ready_cannot_be_confirmed(qtbot, engine: Engine, manager: Actor,
                                                     liaison: Actor, medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    dialog = ReleaseConfirmDialog(D, panel.model.rows(), [site.stays["no_day5"]], panel,
                                  only_selected=True)
    qtbot.addWidget(dialog)
    assert not dialog.release_button.isEnabled()
    assert dialog.heading.text().startswith("Nobody selected")
    assert DAY5_REASON in dialog.names.text()
    dialog.only_selected.setChecked(False)
    assert dialog.release_button.isEnabled() and dialog.release_button.text() == (
        "&Release 2 people")


def test_cancelling_the_confirmation_releases_nobody(qtbot, monkeypatch, engine: Engine,
                                                     manager: Actor, liaison: Actor,
                                                     medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    monkeypatch.setattr(ReleaseConfirmDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert panel.approve_release() is None
    assert panel.model.rowCount() == 3
    assert _room_state(engine, "201") == RoomState.OCCUPIED.value


def test_no_release_for_a_day_that_has_not_come(qtbot, engine: Engine, manager: Actor,
                                                liaison: Actor, medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    panel.set_release_date(D + timedelta(days=1))
    panel.table.selectAll()
    assert panel.release_action is not None and not panel.release_action.isEnabled()


# -- roles --------------------------------------------------------------------------------------


def test_liaison_is_not_offered_release_but_records_a_destination_from_the_row(
        qtbot, engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical, destination_for=("ready", "no_day5"))
    messages = Messages()
    panel = _panel(qtbot, engine, liaison, messages)
    assert panel.release_action is None and panel.release_button is None
    assert panel.approve_release() is None
    assert "Approve" not in " ".join(b.text() for b in panel.findChildren(type(panel.today_button)))

    row = panel.model.row_of(site.stays["also_ready"])
    assert "no destination recorded" in panel.model.index(row, CandidateColumn.WHY).data()
    cell = panel.table.visualRect(panel.model.index(row, CandidateColumn.NAME)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = panel.dialog
    assert isinstance(dialog, DestinationDialog) and dialog.isVisible()
    assert "王芳" in dialog.windowTitle()
    assert dialog.community.text() == "新华社区"  # from the arrival list
    assert dialog.verified_by.text() == (liaison.display_name or liaison.username)
    assert dialog.unanswered.isChecked()  # nobody's home counts as confirmed by default

    dialog.community.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "receiving community" in dialog.error.text()
    with read_session(engine) as s:
        assert destinations.get_destination(s, site.stays["also_ready"]) is None

    dialog.address.setText("南通市崇川区和平路8号")
    dialog.community.setText("和平社区")
    dialog.street.setText("和平街道")
    dialog.verified_by.setText("社区李主任")
    dialog.grid_worker.setText("周网格")
    dialog.grid_phone.setText("13800000001")
    dialog.plate.setText("苏F·12345")
    dialog.suitable.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    settle()

    with read_session(engine) as s:
        check = destinations.get_destination(s, site.stays["also_ready"])
        events = audit.history(s, entity="destinationcheck")
    assert check is not None and check.suitable is True
    assert (check.address, check.community, check.verified_by, check.transfer_plate) == (
        "南通市崇川区和平路8号", "和平社区", "社区李主任", "苏F·12345")
    assert check.verified_at == T
    assert events[0].action == "destination.record" and events[0].actor == "desk"
    row = panel.model.row_of(site.stays["also_ready"])
    assert panel.model.row_at(row).eligible
    assert "saved" in messages.last[0]

    # The community is then told the release date and time.
    panel.select_stays([site.stays["also_ready"]])
    assert panel.notify_action is not None and panel.notify_action.isEnabled()
    told = panel.open_notification_dialog()
    assert isinstance(told, NotificationDialog)
    assert told.told.text() == "周网格"  # the grid worker, as the likely person told
    told.told.setText("和平社区周网格")
    qtbot.mouseClick(told.save_button, Qt.MouseButton.LeftButton)
    settle()
    with read_session(engine) as s:
        check = destinations.get_destination(s, site.stays["also_ready"])
    assert check is not None and check.notified_by == "和平社区周网格" and check.notified_at == T
    assert "和平社区周网格" in panel.detail.destination.text()


def test_medical_staff_see_the_list_without_actions(qtbot, engine: Engine, manager: Actor,
                                                    liaison: Actor, medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, medical, Messages())
    assert panel.model.rowCount() == 3
    assert None is panel.destination_action is panel.release_action is panel.preview_action
    assert panel.forms_button is None and panel.list_button is None
    assert panel.open_destination_dialog() is None


def test_registry_opens_the_releases_panel(qtbot, engine: Engine, manager: Actor,
                                           db_path: Path) -> None:
    window = MainWindow(Desk(engine, manager), str(db_path), idle_minutes=0)
    qtbot.addWidget(window)
    assert isinstance(window.show_panel("releases"), ReleasesPanel)


# -- documents ----------------------------------------------------------------------------------


def test_release_list_and_draft_forms_are_saved_previewed_and_printed(
        qtbot, monkeypatch, tmp_path: Path, engine: Engine, manager: Actor, liaison: Actor,
        medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    messages = Messages()
    panel = _panel(qtbot, engine, liaison, messages)

    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.save_release_list_xlsx() == target
    sheet = load_workbook(target).active
    rows = [[str(v) if v is not None else "" for v in r] for r in sheet.iter_rows(values_only=True)]
    names = {r[2] for r in rows[1:-1]}
    assert names == set(NAMES.values())
    # the window speaks English, the list the site's language (Chinese)
    assert any("第5天核酸（2022-07-13）尚无结果" in " ".join(r) for r in rows)
    assert not any(DAY5_REASON in " ".join(r) for r in rows)

    pdf = tmp_path / "list"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    assert panel.save_release_list_pdf() == tmp_path / "list.pdf"
    assert _pages(tmp_path / "list.pdf") >= 1

    panel.table.selectAll()
    preview = panel.preview_handover_forms()
    assert isinstance(preview, PdfPreviewDialog) and len(preview.pages) == 3
    assert "张伟" in preview.position.text() and "草稿" in preview.position.text()
    preview.show_page(2)
    assert preview.position.text().startswith("Page 3 of 3")
    assert not preview.image.pixmap().isNull()
    preview.reject()

    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # small and quick
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(panel.documents, "choose_printer", pdf_printer)
    panel.print_handover_forms()
    assert _pages(printed) == 3
    assert "Sent 3 page(s)" in messages.last[0]

    folder = tmp_path / "drafts"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    written = panel.save_handover_folder()
    assert len(written) == 3 and "Not released yet" in messages.last[0]
    assert all(p.name.startswith("草稿") for p in written)  # drafts take no serial number
    assert panel.model.rowCount() == 3


def test_the_preview_opens_fitted_to_the_screen(qtbot, engine: Engine, manager: Actor,
                                                liaison: Actor, medical: Actor) -> None:
    """Neither tiny nor taller than the screen: the page across the window, or whole in it."""
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    preview = panel.preview_handover_forms()
    assert preview is not None
    qtbot.waitExposed(preview)
    screen = preview.screen().availableGeometry()
    assert screen.contains(preview.frameGeometry())
    assert preview.height() >= screen.height() * 0.8  # as tall as the screen allows
    room = preview.scroll.viewport().size()
    page = preview.image.pixmap().deviceIndependentSize()
    assert preview.fit is Fit.WIDTH and room.width() * 0.9 <= page.width() <= room.width()
    assert page.height() > room.height()  # A4 across the width: scrolled down, not shrunk
    preview.fit_page()
    page = preview.image.pixmap().deviceIndependentSize()
    assert page.width() <= room.width() + 20 and page.height() <= room.height()
    assert page.height() >= room.height() * 0.9
    preview.zoom_by(2)
    assert preview.fit is None
    preview.reject()


def test_a_preview_window_is_never_larger_than_the_screen() -> None:
    small = QRect(0, 0, 1024, 700)
    assert fitted_size(QSize(794, 1123), small) == QSize(794 + PAGE_CHROME.width(), 636)
    assert fitted_size(QSize(1123, 794), small).width() == 1000  # landscape, clamped
    assert fitted_size(QSize(400, 300), QRect(0, 0, 1366, 768)) == QSize(480, 410)


def test_release_list_preview_shows_the_day(qtbot, engine: Engine, manager: Actor,
                                            liaison: Actor, medical: Actor) -> None:
    _build(engine, manager, liaison, medical)
    panel = _panel(qtbot, engine, manager, Messages())
    panel.set_release_date(date(2022, 7, 15))
    preview = panel.preview_release_list()
    assert preview is not None and len(preview.pages) >= 1
    assert "2022-07-15" in preview.windowTitle()
    preview.reject()


def test_the_days_releases_name_the_approver_and_the_room_left(
        engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> None:
    site = _build(engine, manager, liaison, medical)
    with write_session(engine) as s:
        chief = staff_service.actor_for(staff_service.add_staff(
            s, manager, "chief", Role.MANAGER, TEST_PASSWORD, display_name="王建国"))
    with write_session(engine) as s:
        release(s, chief, [site.stays["ready"]], D, now=T)
    with read_session(engine) as s:
        assert released_on(s, D - timedelta(days=1)) == []
        [entry] = released_on(s, D)
    assert (entry.stay_id, entry.name, entry.room, entry.released_by, entry.released_at) == (
        site.stays["ready"], NAMES["ready"], ROOMS["ready"], "王建国", T)
    assert entry.serial.startswith("QD-2022-") and entry.id_number_masked.endswith(
        resident_id(1)[-4:])
