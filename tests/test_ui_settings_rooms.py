"""Rooms from the window (issue 12): Settings › Rooms adds ranges of rooms, edits and retires
them through ``services.rooms`` with the rules and audit of ``rooms add``; the board shows them
at once; an empty board and a new site lead the manager there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from change_wiring import hear_changes, settle
from medical_support import add_rooms, admit_household
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.domain.enums import RoomKind, RoomState
from quarantine_desk.services import first_run, rooms, site
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.services.records import RoomRecord
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.rooms.panel import RoomsPanel
from quarantine_desk.ui.settings.panel import SettingsPanel
from quarantine_desk.ui.settings.rooms import RetireDialog, RoomDialog
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS
from quarantine_desk.ui.shell.setup import FirstRunDialog, show_first_step


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


class Bar:
    def __init__(self) -> None:
        self.messages: list[tuple[str, MessageLevel]] = []

    def __call__(self, text: str, level: MessageLevel) -> None:
        self.messages.append((text, level))


def open_tab(qtbot, engine: Engine, actor: Actor) -> tuple[SettingsPanel, Bar]:  # type: ignore[no-untyped-def]
    bar = Bar()
    panel = SettingsPanel(PanelContext(Desk(engine, actor), bar))
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1366, 768)
    panel.show()
    panel.activate()
    panel.show_rooms()
    return panel, bar


def listed(panel: SettingsPanel) -> dict[str, RoomRecord]:
    return {row.payload.number: row.payload for row in panel.rooms.model.rows()}


def room(engine: Engine, number: str) -> RoomRecord:
    with read_session(engine) as s:
        return next(r for r in rooms.room_records(s) if r.number == number)


def select_room(panel: SettingsPanel, number: str) -> None:
    row = [r.payload.number for r in panel.rooms.model.rows()].index(number)
    panel.rooms.table.selectRow(row)


# -- the service --------------------------------------------------------------------------------


def test_specs_typed_on_one_line(engine: Engine, manager: Actor) -> None:
    assert rooms.split_specs("301-320, 401") == ["301-320", "401"]
    assert rooms.split_specs("301 - 303；401、402，403") == ["301-303", "401", "402", "403"]
    with write_session(engine) as s:
        added = rooms.add_rooms(s, manager, ["301-303, 401"], kind=RoomKind.DOUBLE)
    assert [(r.number, r.floor, r.capacity) for r in added] == [
        ("301", 3, 2), ("302", 3, 2), ("303", 3, 2), ("401", 4, 2)]
    with read_session(engine) as s:
        plan = rooms.plan_rooms(s, ["303-305"], floor=7)
        assert plan.numbers == ("303", "304", "305") and plan.floors == (7,)
        assert plan.clashes == ("303",)
        with pytest.raises(ValidationFailed, match="should look like"):
            rooms.plan_rooms(s, ["3o1-"])


def test_editing_a_room_is_audited_and_keeps_room_for_its_guests(
        engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> None:
    add_rooms(engine, manager, "201")
    with write_session(engine) as s:
        rooms.edit_room(s, manager, "201", kind=RoomKind.FAMILY, capacity=3, note="crib")
    admit_household(engine, liaison, [1, 2], "201")
    shown = room(engine, "201")
    assert (shown.kind, shown.capacity, shown.note) == ("family", 3, "crib")
    with write_session(engine) as s, pytest.raises(ValidationFailed,
                                                   match="2 guest.*at least 2 beds"):
        rooms.edit_room(s, liaison, "201", kind=RoomKind.SINGLE, capacity=1, note="")
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="changed meanwhile"):
        rooms.edit_room(s, manager, "201", kind=RoomKind.DOUBLE, capacity=2, note="",
                        version=shown.version - 1)
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        rooms.edit_room(s, medical, "201", kind=RoomKind.DOUBLE, capacity=2, note="")
    with write_session(engine) as s, pytest.raises(ValidationFailed,
                                                   match="move them .* or release them"):
        rooms.set_state(s, manager, "201", RoomState.OUT_OF_SERVICE, note="leak")
    with read_session(engine) as s:
        edits = s.exec(select(AuditEvent).where(AuditEvent.action == "room.edit")).all()
    assert len(edits) == 1 and edits[0].actor == manager.username
    assert '"capacity": 1' in (edits[0].before or "") and '"capacity": 3' in (edits[0].after or "")


# -- the tab ------------------------------------------------------------------------------------


def test_adding_a_range_previews_it_then_lists_and_selects_the_new_rooms(
        qtbot, engine: Engine, manager: Actor) -> None:
    add_rooms(engine, manager, "401")
    panel, bar = open_tab(qtbot, engine, manager)
    tab = panel.rooms
    assert panel.tabs.currentWidget() is tab
    assert not tab.add_button.isEnabled()

    qtbot.keyClicks(tab.numbers, "301-320")
    assert tab.preview.text() == "Adds 20 rooms on floor 3: 301 … 320."
    assert tab.add_button.isEnabled()
    qtbot.keyClicks(tab.numbers, ", 401")
    assert "Already on the site" in tab.preview.text() and "401" in tab.preview.text()
    assert not tab.add_button.isEnabled()
    tab.numbers.setText("301-320, 3x-")
    assert "should look like 301" in tab.preview.text() and not tab.add_button.isEnabled()

    tab.numbers.setText("301-320, 501")
    assert tab.preview.text() == "Adds 21 rooms on floors 3, 5: 301 … 501."
    tab.kind.setCurrentIndex(tab.kind.findData(RoomKind.DOUBLE.value))
    assert tab.capacity.value() == 2  # the kind's usual beds
    qtbot.keyClick(tab.numbers, Qt.Key.Key_Return)
    settle()

    assert bar.messages[-1] == ("21 rooms are added: 301 … 501.", MessageLevel.INFO)
    shown = listed(panel)
    assert len(shown) == 22 and shown["320"].kind == "double" and shown["320"].capacity == 2
    assert shown["501"].floor == 5
    assert [r.number for r in tab.selected_rooms()][:2] == ["301", "302"]
    assert len(tab.selected_rooms()) == 21
    assert tab.numbers.text() == "" and "22 rooms on 3 floor(s)" in tab.summary.text()


def test_a_chosen_floor_applies_to_every_room(qtbot, engine: Engine, manager: Actor) -> None:
    panel, _bar = open_tab(qtbot, engine, manager)
    tab = panel.rooms
    tab.numbers.setText("A1-A3")
    assert "should look like" in tab.preview.text()
    tab.numbers.setText("1-3")
    tab.floor.setValue(12)
    assert tab.preview.text() == "Adds 3 rooms on floor 12: 1 … 3."
    tab.add()
    settle()
    assert {r.floor for r in listed(panel).values()} == {12}


def test_editing_and_retiring_a_room_from_the_list(qtbot, engine: Engine, manager: Actor,
                                                   liaison: Actor) -> None:
    add_rooms(engine, manager, "302")
    add_rooms(engine, manager, "301", kind=RoomKind.FAMILY)
    admit_household(engine, liaison, [1, 2], "301")
    panel, bar = open_tab(qtbot, engine, manager)
    tab = panel.rooms

    select_room(panel, "301")  # occupied: cannot be retired; fewer beds than guests refused
    assert not tab.service_button.isEnabled()
    assert "has guests in it" in tab.selection_note.text()
    tab.edit()
    dialog = tab.dialog
    assert isinstance(dialog, RoomDialog)
    dialog.capacity.setValue(1)
    dialog.attempt()
    assert dialog.isVisible() and "at least 2 beds" in dialog.error.text()
    dialog.capacity.setValue(3)
    dialog.note.setText("extra bed")
    dialog.attempt()
    settle()
    assert tab.dialog is None
    assert (listed(panel)["301"].capacity, listed(panel)["301"].note) == (3, "extra bed")
    assert bar.messages[-1] == ("Room 301 is saved.", MessageLevel.INFO)

    select_room(panel, "302")
    assert tab.service_button.isEnabled()
    tab.toggle_service()
    retire = tab.dialog
    assert isinstance(retire, RetireDialog)
    retire.attempt()
    assert "Say why" in retire.error.text() and retire.isVisible()
    retire.reason.setText("heating broken")
    retire.attempt()
    settle()
    shown = listed(panel)["302"]
    assert (shown.state, shown.note) == (RoomState.OUT_OF_SERVICE.value, "heating broken")
    assert [r.number for r in tab.selected_rooms()] == ["302"]  # kept across the reload
    assert tab.service_button.text() == "&Back in service"
    tab.toggle_service()
    settle()
    assert listed(panel)["302"].state == RoomState.AVAILABLE.value


def test_leaving_typed_room_numbers_asks(qtbot, engine: Engine, manager: Actor,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    panel, _bar = open_tab(qtbot, engine, manager)
    assert panel.may_leave()
    panel.rooms.numbers.setText("301-302")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(panel, "ask_unsaved", lambda _question, _keep: next(answers))
    assert not panel.may_leave()
    assert panel.may_leave()  # Save adds them
    settle()
    assert set(listed(panel)) == {"301", "302"}


def test_leaving_the_sites_changed_details_asks(qtbot, engine: Engine, manager: Actor,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    panel, _bar = open_tab(qtbot, engine, manager)
    panel.site.name.setText("崇川区城东集中隔离点")
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(panel, "ask_unsaved",
                        lambda question, _keep: asked.append(question) or next(answers))
    assert not panel.may_leave()
    assert panel.tabs.currentWidget() is panel.site  # stays where the change is
    assert panel.may_leave()  # Save keeps it
    settle()
    assert asked == ["The site's details are changed but not saved."] * 2
    with read_session(engine) as s:
        assert site.site_record(s).name == "崇川区城东集中隔离点"
    panel.site.phone.setText("0513-1")
    monkeypatch.setattr(panel, "ask_unsaved",
                        lambda _question, _keep: QMessageBox.StandardButton.Discard)
    assert panel.may_leave()
    assert panel.site.phone.text() != "0513-1"  # the saved details are back


def test_leaving_a_typed_new_account_asks(qtbot, engine: Engine, manager: Actor,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    panel, _bar = open_tab(qtbot, engine, manager)
    panel.staff.username.setText("zhang.wei")
    monkeypatch.setattr(panel, "ask_unsaved",
                        lambda _question, _keep: QMessageBox.StandardButton.Cancel)
    assert not panel.may_leave()
    assert panel.tabs.currentWidget() is panel.staff
    # Add it, without a password: refused, so the form stays and so does the person
    monkeypatch.setattr(panel, "ask_unsaved",
                        lambda _question, _keep: QMessageBox.StandardButton.Save)
    assert not panel.may_leave()
    assert panel.staff.username.text() == "zhang.wei"
    monkeypatch.setattr(panel, "ask_unsaved",
                        lambda _question, _keep: QMessageBox.StandardButton.Discard)
    assert panel.may_leave()
    assert not panel.staff.has_unsaved_input()


# -- the window ---------------------------------------------------------------------------------


def window_for(qtbot, engine: Engine, actor: Actor, db_path: Path,  # type: ignore[no-untyped-def]
               keys: tuple[str, ...] = ("rooms", "settings")) -> MainWindow:
    specs = [spec if spec.key in keys else replace(spec, factory=Panel)
             for spec in PANELS if spec.key != "overview"]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_rooms_added_in_settings_appear_on_the_board(qtbot, engine: Engine, manager: Actor,
                                                     db_path: Path) -> None:
    window = window_for(qtbot, engine, manager, db_path)
    board = window.show_panel("rooms")
    assert isinstance(board, RoomsPanel)
    assert board.empty_state.isVisible() and board.add_rooms_button.isVisible()

    qtbot.mouseClick(board.add_rooms_button, Qt.MouseButton.LeftButton)
    settings = window.current_panel()
    assert isinstance(settings, SettingsPanel)
    assert settings.tabs.currentWidget() is settings.rooms
    qtbot.keyClicks(settings.rooms.numbers, "301-305")
    qtbot.mouseClick(settings.rooms.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(settings.rooms.model.rows()) == 5, timeout=3000)

    window.show_panel("rooms")
    assert [t.number for t in board.board.tiles()] == ["301", "302", "303", "304", "305"]
    assert not board.empty_state.isVisible()


def test_the_empty_board_tells_other_roles_whom_to_ask(qtbot, engine: Engine, liaison: Actor,
                                                       db_path: Path) -> None:
    window = window_for(qtbot, engine, liaison, db_path)
    board = window.show_panel("rooms")
    assert isinstance(board, RoomsPanel)
    assert board.empty_state.isVisible() and not board.add_rooms_button.isVisible()
    assert "Ask the point manager" in board.empty_text.text()


def test_a_new_site_opens_on_settings_rooms(qtbot, engine: Engine, manager: Actor,
                                            liaison: Actor, db_path: Path) -> None:
    window = window_for(qtbot, engine, manager, db_path)
    assert show_first_step(window)
    settings = window.current_panel()
    assert isinstance(settings, SettingsPanel) and settings.tabs.currentWidget() is settings.rooms
    assert not show_first_step(window_for(qtbot, engine, liaison, db_path))
    add_rooms(engine, manager, "301")
    assert not show_first_step(window_for(qtbot, engine, manager, db_path))


def test_setup_names_a_missing_username_and_clears_stale_errors(
        qtbot, engine: Engine, db_path: Path) -> None:
    dialog = FirstRunDialog(Desk(engine), str(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.site_name.setText("城东隔离点")
    qtbot.keyClicks(dialog.password, "long-secret")
    qtbot.keyClicks(dialog.password_again, "long-secret")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "enter a username for the point manager, e.g. zhang.wei"
    assert "''" not in dialog.error.text()
    qtbot.keyClicks(dialog.username, "c")
    assert not dialog.error.isVisible()
    with read_session(engine) as s:
        assert first_run.needs_rooms(s)
