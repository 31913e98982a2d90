"""The Rooms panel: tiles true to the data, actions shaped by role, writes through services and
the board redrawn by the change notification that follows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Category, RoomKind, RoomState, TestResult
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, labtests, rooms
from quarantine_desk.services.board import Badge, RoomTile
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.rooms.dialogs import PickDialog, QuickCheckInDialog
from quarantine_desk.ui.rooms.panel import RoomsPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS

NOW = datetime(2022, 4, 8, 10, 0)


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


def rid(seq: str, birth: str = "19900101") -> str:
    first17 = f"320602{birth}{seq}"
    return first17 + resident_id_check_char(first17)


@pytest.fixture
def site(engine: Engine, manager: Actor) -> None:
    """Rooms 301-304 on floor 3, family room 401 on floor 4."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["301-304"], now=NOW)
        rooms.add_rooms(s, manager, ["401"], kind=RoomKind.FAMILY, now=NOW)


def check_in(engine: Engine, actor: Actor, name: str, seq: str, room: str) -> int:
    with write_session(engine) as s:
        stay = checkin.check_in(s, actor, checkin.ArrivalInput(
            full_name=name, id_number=rid(seq), category=Category.CLOSE_CONTACT, room=room,
            arrival_at=NOW), now=NOW)
        return stay.id or 0


def open_rooms(qtbot, engine: Engine, actor: Actor,  # type: ignore[no-untyped-def]
               db_path: Path) -> tuple[MainWindow, RoomsPanel]:
    # Only the Rooms panel is real: these tests are about it, not its neighbours.
    specs = [spec if spec.key == "rooms" else replace(spec, factory=Panel)
             for spec in PANELS if spec.key != "overview"]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    panel = window.show_panel("rooms")
    assert isinstance(panel, RoomsPanel)
    panel.clock = lambda: NOW
    panel.refresh()
    return window, panel


def tile(panel: RoomsPanel, number: str) -> RoomTile:
    return next(t for t in panel.board.tiles() if t.number == number)


def action(panel: RoomsPanel, number: str, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in panel.actions_for(tile(panel, number)) if a.objectName() == name]
    assert found, f"{name} not offered on {number}"
    return found[0]


def test_quick_check_in_from_a_vacant_tile(qtbot, engine: Engine, site: None, liaison: Actor,
                                           db_path: Path) -> None:
    window, panel = open_rooms(qtbot, engine, liaison, db_path)
    assert tile(panel, "302").occupants == ()
    action(panel, "302", "checkInWalkIn").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, QuickCheckInDialog)

    dialog.name.setText("韩梅梅")
    number = rid("123")
    dialog.id_number.setText(number[:17] + ("0" if number[17] != "0" else "1"))
    assert "check digit" in dialog.id_hint.text()  # flagged while typing
    dialog.id_number.setText(number)
    assert dialog.id_hint.text().startswith("Valid resident ID")
    qtbot.keyClicks(dialog.phone, "13812345678")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.INBOUND_TRAVELLER))
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter saves

    qtbot.waitUntil(lambda: bool(tile(panel, "302").occupants), timeout=3000)
    shown = tile(panel, "302")
    assert shown.state == RoomState.OCCUPIED.value
    assert [o.name for o in shown.occupants] == ["韩梅梅"]
    assert shown.occupants[0].category == Category.INBOUND_TRAVELLER.value
    assert Badge.INCOMPLETE in shown.badges  # the rest of the record is completed later
    assert panel.dialog is None
    assert "韩梅梅 checked in to room 302" in window.messages.text
    assert "Guests 1" in panel.summary.text()


def test_a_refused_check_in_keeps_the_dialog_and_writes_nothing(
        qtbot, engine: Engine, site: None, liaison: Actor, db_path: Path) -> None:
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    action(panel, "301", "checkInWalkIn").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, QuickCheckInDialog)
    dialog.name.setText("李雷")
    dialog.id_number.setText("AB1")
    assert "5 to 20" in dialog.id_hint.text()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "document number" in dialog.error.text()
    with read_session(engine) as s:
        assert rooms.occupant_count(s, rooms.get_room(s, "301").id or 0) == 0


def test_move_a_guest_from_the_tile(qtbot, engine: Engine, site: None, liaison: Actor,
                                    db_path: Path) -> None:
    stay_id = check_in(engine, liaison, "张三", "001", "301")
    window, panel = open_rooms(qtbot, engine, liaison, db_path)
    action(panel, "301", f"move:{stay_id}").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, PickDialog)
    assert dialog.list.model().rowCount() == 4  # 302-304 and the family room are free
    qtbot.keyClicks(dialog.filter, "304")
    assert dialog.list.model().rowCount() == 1
    dialog.note.setText("window broken")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(tile(panel, "304").occupants), timeout=3000)
    assert [o.name for o in tile(panel, "304").occupants] == ["张三"]
    assert tile(panel, "301").state == RoomState.AWAITING_DISINFECTION.value
    assert "moved from room 301 to room 304" in window.messages.text


def test_mark_disinfected_and_room_states(qtbot, engine: Engine, site: None, liaison: Actor,
                                         db_path: Path) -> None:
    stay_id = check_in(engine, liaison, "张三", "001", "301")
    with write_session(engine) as s:
        checkin.move(s, liaison, stay_id, "302", now=NOW)
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    assert tile(panel, "301").state == RoomState.AWAITING_DISINFECTION.value
    action(panel, "301", "disinfected").trigger()
    qtbot.waitUntil(lambda: tile(panel, "301").state == RoomState.AVAILABLE.value, timeout=3000)

    action(panel, "303", "reserve").trigger()
    qtbot.waitUntil(lambda: tile(panel, "303").state == RoomState.RESERVED.value, timeout=3000)
    names = {a.objectName() for a in panel.actions_for(tile(panel, "303"))}
    assert {"unreserve", "outOfService", "checkInWalkIn"} <= names
    assert "reserve" not in names
    action(panel, "303", "unreserve").trigger()
    qtbot.waitUntil(lambda: tile(panel, "303").state == RoomState.AVAILABLE.value, timeout=3000)

    action(panel, "304", "outOfService").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("heater broken")
    dialog.accept()
    qtbot.waitUntil(lambda: tile(panel, "304").state == RoomState.OUT_OF_SERVICE.value,
                    timeout=3000)
    assert tile(panel, "304").note == "heater broken"
    assert {a.objectName() for a in panel.actions_for(tile(panel, "304"))} == {"backInService"}
    action(panel, "304", "backInService").trigger()
    qtbot.waitUntil(lambda: tile(panel, "304").state == RoomState.AVAILABLE.value, timeout=3000)


def test_medical_staff_are_not_offered_room_actions(qtbot, engine: Engine, site: None,
                                                    liaison: Actor, medical: Actor,
                                                    db_path: Path) -> None:
    stay_id = check_in(engine, liaison, "张三", "001", "301")
    _, panel = open_rooms(qtbot, engine, medical, db_path)
    vacant = {a.objectName() for a in panel.actions_for(tile(panel, "302"))}
    assert vacant == set()  # no check-in, no reserve, no out of service
    occupied = {a.objectName() for a in panel.actions_for(tile(panel, "301"))}
    assert occupied == {f"record:{stay_id}"}  # the record, but no move


def test_board_shows_households_days_badges_and_filters(qtbot, engine: Engine, site: None,
                                                        liaison: Actor, db_path: Path) -> None:
    with write_session(engine) as s:  # a household of two elderly people shares room 401
        outcomes = checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name=name, id_number=rid(seq, birth),
                                 category=Category.CLOSE_CONTACT, room="401", household="h1",
                                 arrival_at=NOW)
            for name, seq, birth in (("王大爷", "011", "19450101"),
                                     ("王奶奶", "022", "19470101"))], now=NOW)
        assert all(o.ok for o in outcomes)
    check_in(engine, liaison, "张三", "001", "301")
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    family = tile(panel, "401")
    assert [o.name for o in family.occupants] == ["王大爷", "王奶奶"]
    assert family.badges == (Badge.KEY_PERSON,)
    assert "day 0 of 7" in panel.board._describe(family)
    assert "Rooms shown 5 of 5" in panel.summary.text()
    assert "Guests 3" in panel.summary.text()
    assert "key person 2" in panel.summary.text()

    panel.floor_filter.setCurrentIndex(panel.floor_filter.findData(4))
    assert [t.number for t in panel.board.tiles()] == ["401"]
    assert "Rooms shown 1 of 5" in panel.summary.text()
    panel.floor_filter.setCurrentIndex(0)
    panel.show_state(RoomState.OCCUPIED)
    assert [t.number for t in panel.board.tiles()] == ["301", "401"]


def test_tiles_are_reached_by_keyboard(qtbot, engine: Engine, site: None, liaison: Actor,
                                       db_path: Path) -> None:
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    board = panel.board
    board.setFocus()
    assert board.current_tile().number == "301"
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert board.current_tile().number == "302"
    qtbot.keyClick(board, Qt.Key.Key_Down)  # floor 4 starts a new line
    assert board.current_tile().number == "401"
    qtbot.keyClick(board, Qt.Key.Key_Up)
    assert board.current_tile().number == "301"
    qtbot.keyClick(board, Qt.Key.Key_End)
    assert board.current_tile().number == "401"
    with qtbot.waitSignal(board.actions_requested) as asked:
        qtbot.keyClick(board, Qt.Key.Key_Return)
    assert asked.args[0].number == "401"

    rect = board.tile_rect(tile(panel, "303").room_id)
    assert rect is not None
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.current_tile().number == "303"


def test_check_in_an_expected_arrival_and_changes_from_elsewhere(
        qtbot, engine: Engine, site: None, liaison: Actor, db_path: Path) -> None:
    with write_session(engine) as s:
        checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="李四", id_number=rid("002"), category=Category.CLOSE_CONTACT,
            batch="B7"), now=NOW)
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    action(panel, "303", "checkInExpected").trigger()
    dialog = panel.dialog
    assert isinstance(dialog, PickDialog)
    assert "李四" in dialog.list.currentIndex().data()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(tile(panel, "303").occupants), timeout=3000)
    assert tile(panel, "303").occupants[0].batch == "B7"

    with write_session(engine) as s:  # another part of the program changes a room
        rooms.set_state(s, liaison, "304", RoomState.OUT_OF_SERVICE, note="leak", now=NOW)
    qtbot.waitUntil(lambda: tile(panel, "304").state == RoomState.OUT_OF_SERVICE.value,
                    timeout=3000)
    assert tile(panel, "304").note == "leak"


def test_a_guest_due_for_release_leads_the_manager_to_releases(
        qtbot, engine: Engine, site: None, liaison: Actor, manager: Actor,
        db_path: Path) -> None:
    with write_session(engine) as s:
        stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="赵六", id_number=rid("005"), category=Category.CLOSE_CONTACT, room="302",
            exposure_date=datetime(2022, 3, 31).date(), arrival_at=datetime(2022, 4, 1, 9)),
            now=datetime(2022, 4, 1, 9))
    _, panel = open_rooms(qtbot, engine, liaison, db_path)
    assert Badge.DUE in tile(panel, "302").badges
    assert not any(a.objectName().startswith("release:")
                   for a in panel.actions_for(tile(panel, "302")))  # liaison may not release

    window, panel = open_rooms(qtbot, engine, manager, db_path)
    action(panel, "302", f"release:{stay.id}").trigger()
    assert window.current_key() == "releases"
    window.show_panel("rooms")
    action(panel, "302", f"record:{stay.id}").trigger()
    assert window.current_key() == "guests"


def test_a_positive_guest_s_neighbours_are_outlined(qtbot, engine: Engine, site: None,
                                                    liaison: Actor, medical: Actor,
                                                    db_path: Path) -> None:
    positive = check_in(engine, liaison, "张三", "001", "302")
    check_in(engine, liaison, "李四", "002", "303")  # next door
    check_in(engine, liaison, "王五", "003", "401")  # another floor, another batch
    with write_session(engine) as s:
        test = labtests.record_sample(s, medical, positive, sample_no="S1", sampled_at=NOW,
                                      now=NOW)
        labtests.record_result(s, medical, test.id or 0, TestResult.POSITIVE, now=NOW)
    window, panel = open_rooms(qtbot, engine, medical, db_path)
    assert Badge.POSITIVE in tile(panel, "302").badges
    action(panel, "302", f"neighbours:{positive}").trigger()
    assert panel.board.marked_rooms() == frozenset({"303"})
    assert "Neighbours of 张三 in rooms 303 (guests: 1)" in window.messages.text
    assert "neighbours outlined 1" in panel.summary.text()
    panel.board.setFocus()
    qtbot.keyClick(panel.board, Qt.Key.Key_Escape)
    assert panel.board.marked_rooms() == frozenset()
