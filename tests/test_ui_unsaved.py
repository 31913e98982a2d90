"""Nothing typed is lost: the guest record, the rounds sheet and the destination dialog ask
before unsaved input is dropped (switching panel, opening another guest, closing the window or
the dialog), keep it when asked to, and the idle lock leaves it as it was."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from medical_support import ARRIVAL, add_rooms, admit
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from sqlalchemy.engine import Engine

from quarantine_desk.services import guest_record, readings
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.guests.panel import GuestsPanel
from quarantine_desk.ui.guests.record import GuestRecordView
from quarantine_desk.ui.releases.destination import (
    DestinationDefaults,
    DestinationDialog,
    DestinationValues,
    NotificationDialog,
)
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS
from quarantine_desk.ui.temperatures.model import Column
from quarantine_desk.ui.temperatures.panel import TemperaturesPanel
from quarantine_desk.ui.temperatures.rounds import RoundsSheet

DAY = date(2022, 7, 9)
NOW = datetime(2022, 7, 9, 9, 30)  # during the morning round
Answer = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """No question box ever waits for a click: unless a test answers, what was typed is
    dropped (as when the window closes at the end of a test)."""
    monkeypatch.setattr(GuestRecordView, "ask_unsaved",
                        lambda self, name, detail: Answer.Discard)
    monkeypatch.setattr(RoundsSheet, "ask_discard", lambda self, text, detail: True)
    for dialog in (DestinationDialog, NotificationDialog):
        monkeypatch.setattr(dialog, "ask_discard", lambda self: True)


@pytest.fixture
def stays(engine: Engine, manager: Actor, liaison: Actor) -> list[int]:
    """客人1 … 客人4 in rooms 201–204."""
    add_rooms(engine, manager, "201-204")
    return [admit(engine, liaison, n, f"20{n}") for n in range(1, 5)]


def _window(qtbot, engine: Engine, actor: Actor, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    specs = [spec for spec in PANELS if spec.key in ("guests", "temperatures", "alerts")]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _answers(target: object, name: str, *replies: object) -> list[tuple[object, ...]]:
    """Replace the question ``name`` of ``target`` with the given replies, in turn (then the
    default answer of :func:`never_block`); returns the questions asked (their arguments)."""
    asked: list[tuple[object, ...]] = []
    queue = list(replies)

    def reply(*args: object) -> object:
        asked.append(args)
        return queue.pop(0) if queue else getattr(type(target), name)(target, *args)

    setattr(target, name, reply)
    return asked


def _type(text: str) -> None:
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _enter() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _work_unit(engine: Engine, stay_id: int) -> str:
    with read_session(engine) as session:
        return guest_record.guest_record(session, stay_id).guest.work_unit


def _values(engine: Engine, stay_id: int, include_voided: bool = False) -> list[float]:
    with read_session(engine) as session:
        return [r.celsius for r in readings.readings_for_stay(session, stay_id,
                                                              include_voided=include_voided)]


# -- the guest record -----------------------------------------------------------------------------


def _guests(qtbot, window: MainWindow, stay_id: int) -> GuestsPanel:  # type: ignore[no-untyped-def]
    panel = window.show_panel("guests")
    assert isinstance(panel, GuestsPanel)
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)
    assert panel.open_stay(stay_id)
    return panel


def test_closing_with_an_unsaved_work_unit_asks_and_cancel_keeps_it_on_screen(
        qtbot, engine, liaison, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, liaison, db_path)
    panel = _guests(qtbot, window, stays[0])
    panel.record.identity.work_unit.setText("港务局")
    asked = _answers(panel.record, "ask_unsaved", Answer.Cancel, Answer.Cancel)
    assert not window.close()
    assert window.isVisible() and asked[0][0] == "客人1"
    assert "Identity" in str(asked[0][1])  # which tabs hold the changes
    assert window.show_panel("temperatures") is None  # nor is the panel switched away from
    assert window.current_key() == "guests"
    assert panel.record.identity.work_unit.text() == "港务局"
    assert _work_unit(engine, stays[0]) == ""


def test_save_keeps_the_typed_work_unit_in_the_database(
        qtbot, engine, liaison, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, liaison, db_path)
    panel = _guests(qtbot, window, stays[0])
    panel.record.identity.work_unit.setText("港务局")
    asked = _answers(panel.record, "ask_unsaved", Answer.Save)
    assert window.close()
    assert len(asked) == 1
    assert _work_unit(engine, stays[0]) == "港务局"


def test_discard_drops_the_edits_and_opens_the_other_guest(
        qtbot, engine, liaison, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, liaison, db_path)
    panel = _guests(qtbot, window, stays[0])
    panel.record.identity.work_unit.setText("港务局")
    asked = _answers(panel.record, "ask_unsaved", Answer.Cancel, Answer.Discard)
    assert not panel.open_stay(stays[1])
    assert panel.record.stay_id == stays[0]
    assert panel.open_stay(stays[1])
    assert panel.record.stay_id == stays[1]
    assert _work_unit(engine, stays[0]) == ""
    assert panel.open_stay(stays[0])
    assert len(asked) == 2  # nothing unsaved: no question
    assert panel.record.identity.work_unit.text() == ""


def test_save_with_a_wrong_field_says_so_and_stays(
        qtbot, engine, liaison, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, liaison, db_path)
    panel = _guests(qtbot, window, stays[0])
    panel.record.identity.work_unit.setText("港务局")
    panel.record.identity.birth_date.setText("1880-01-01")
    panel.record.tabs.setCurrentWidget(panel.record.stay)
    _answers(panel.record, "ask_unsaved", Answer.Save)
    assert not window.close()
    assert window.messages.text == "Not saved: correct the marked fields in Identity first."
    assert panel.record.tabs.currentWidget() is panel.record.identity
    assert panel.record.identity.work_unit.text() == "港务局"


def test_the_lock_keeps_the_guest_form_and_the_rounds_editor(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    guests = _guests(qtbot, window, stays[0])
    guests.record.health.allergies.setText("青霉素")
    window.lock()
    window.lock_overlay.password.setText(TEST_PASSWORD)
    window.lock_overlay.attempt()
    assert not window.is_locked()
    assert guests.record.health.allergies.text() == "青霉素" and guests.record.is_dirty()
    guests.record.revert()

    sheet = _sheet(window)
    _type("36.")
    editor = sheet.delegate.editor()
    assert editor is not None and editor.hasFocus()
    window.lock()
    assert sheet.delegate.editor() is editor and editor.text() == "36."
    window.lock_overlay.password.setText(TEST_PASSWORD)
    window.lock_overlay.attempt()
    assert sheet.delegate.editor() is editor and editor.hasFocus()
    assert _values(engine, stays[0]) == []  # nothing saved behind the person's back
    _type("7")
    _enter()
    assert _values(engine, stays[0]) == [36.7]


# -- the rounds sheet -----------------------------------------------------------------------------


def _sheet(window: MainWindow) -> RoundsSheet:
    panel = window.show_panel("temperatures")
    assert isinstance(panel, TemperaturesPanel)
    sheet = panel.rounds
    sheet.clock = lambda: NOW
    sheet.set_sheet(DAY, "morning")
    sheet.view.setCurrentIndex(sheet.view.temperature_index(0))
    sheet.view.setFocus()
    return sheet


def test_a_typed_temperature_is_saved_when_the_cell_is_left(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    _type("36.9")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # no Enter: an arrow key
    assert _values(engine, stays[0]) == [36.9]
    assert sheet.delegate.editor() is None
    assert sheet.view.currentIndex().row() == 1
    assert window.messages.text == "Saved: room 201, 36.9 °C"

    _type("36.4")  # room 202, then a click on room 204's guest
    where = sheet.view.visualRect(sheet.model.index(3, Column.GUEST)).center()
    QTest.mouseClick(sheet.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert _values(engine, stays[1]) == [36.4]
    assert sheet.view.currentIndex().row() == 3


def test_an_invalid_value_stays_in_its_editor_with_the_reason(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    _type("3.7")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    editor = sheet.delegate.editor()
    assert editor is not None and editor.text() == "3.7"
    assert "outside 34.0–43.0" in sheet.notice.text() and "outside" in editor.toolTip()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)  # back in the cell
    assert sheet.view.currentIndex().row() == 0
    assert _values(engine, stays[0]) == []

    asked = _answers(sheet, "ask_discard", False, True)
    assert window.show_panel("guests") is None  # kept: still on the sheet, still typed
    assert "3.7 typed for room 201, 客人1 is not saved." == asked[0][0]
    assert sheet.delegate.editor() is editor and editor.text() == "3.7"
    assert window.show_panel("guests") is not None  # dropped
    assert sheet.delegate.editor() is None
    assert _values(engine, stays[0]) == []


def test_may_leave_saves_a_pending_valid_value(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    _type("36.8")
    asked = _answers(sheet, "ask_discard")  # none expected
    assert window.close()
    assert asked == []
    assert _values(engine, stays[0]) == [36.8]


def test_a_value_being_typed_survives_a_new_guest_on_the_sheet(
        qtbot, engine, manager, liaison, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    sheet.view.setCurrentIndex(sheet.view.temperature_index(1))
    sheet.view.setFocus()
    _type("36.")
    add_rooms(engine, manager, "200")  # another desk admits someone before room 202
    admit(engine, liaison, 9, "200", arrival=ARRIVAL)
    sheet.load()
    assert [sheet.model.row_at(n).room for n in range(5)] == ["200", "201", "202", "203", "204"]
    editor = sheet.delegate.editor()
    assert editor is not None and editor.text() == "36." and sheet.delegate.editor_row() == 2
    _type("6")
    _enter()
    assert _values(engine, stays[1]) == [36.6]


def test_another_slot_first_asks_about_a_value_that_cannot_be_saved(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    _type("99")
    _enter()  # refused: the editor stays
    _answers(sheet, "ask_discard", False)
    sheet.slot.setCurrentIndex(1)  # the afternoon
    assert sheet.slot_code() == "morning"  # stayed with the morning sheet and the value
    editor = sheet.delegate.editor()
    assert editor is not None and editor.text() == "99"


def test_typing_over_a_measured_temperature_offers_its_correction(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        readings.record_reading(session, medical, stays[0], 36.5,
                                taken_at=datetime(2022, 7, 9, 8, 10), now=NOW)
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    assert sheet.model.row_at(0).reading is not None
    _type("36.9")
    _enter()
    dialog = sheet.dialog
    assert dialog is not None and dialog.message.text() == (
        "Correct the reading of 36.5 °C at 08:10? It is voided with your reason and 36.9 is "
        "recorded.")
    assert not dialog.confirm.isEnabled()  # a reason is required
    dialog.note.setText("misread the display")
    dialog.confirm.click()
    assert sheet.delegate.editor() is None
    with read_session(engine) as session:
        both = readings.readings_for_stay(session, stays[0], include_voided=True)
    assert [(r.celsius, r.void_reason, r.taken_at.strftime("%H:%M")) for r in both] == [
        (36.5, "misread the display", "08:10"), (36.9, "", "08:10")]
    assert sheet.model.row_at(0).reading.celsius == 36.9  # type: ignore[union-attr]


def test_a_correction_left_unconfirmed_stays_typed(
        qtbot, engine, medical, stays, db_path) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        readings.record_reading(session, medical, stays[0], 36.5, taken_at=NOW, now=NOW)
    window = _window(qtbot, engine, medical, db_path)
    sheet = _sheet(window)
    _type("36.9")
    _enter()
    assert sheet.dialog is not None
    sheet.dialog.reject()
    editor = sheet.delegate.editor()
    assert editor is not None and editor.text() == "36.9"
    QTest.keyClick(editor, Qt.Key.Key_Down)  # leaving does not correct it without a reason
    assert sheet.delegate.editor() is editor
    assert "press Enter to correct it to 36.9" in sheet.notice.text()
    assert _values(engine, stays[0], include_voided=True) == [36.5]


# -- the destination dialog -----------------------------------------------------------------------


def _destination(qtbot, saved: list[DestinationValues]) -> DestinationDialog:  # type: ignore[no-untyped-def]
    def save(values: DestinationValues) -> str | None:
        saved.append(values)
        return None

    dialog = DestinationDialog(
        "客人1", None, DestinationDefaults(address="南通市崇川区", community="观音山社区",
                                          street="观音山街道", verified_by="desk"),
        NOW, save)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_escape_in_the_destination_dialog_asks_before_dropping_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[DestinationValues] = []
    dialog = _destination(qtbot, saved)
    dialog.grid_worker.setText("陈网格")
    asked = _answers(dialog, "ask_discard", False, True)
    QTest.keyClick(dialog.grid_worker, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.grid_worker.text() == "陈网格"  # kept, as asked
    dialog.close()  # the window's close button asks too
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and saved == []


def test_the_destination_dialog_closes_at_once_with_nothing_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _destination(qtbot, [])
    asked = _answers(dialog, "ask_discard")
    QTest.keyClick(dialog.address, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_the_notification_dialog_asks_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NotificationDialog("客人1", "2022-07-20", "", NOW, lambda who, when: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.told.setText("王主任")
    asked = _answers(dialog, "ask_discard", False)
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    assert isinstance(dialog.told, QLineEdit) and dialog.told.text() == "王主任"
