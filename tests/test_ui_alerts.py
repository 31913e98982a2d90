"""The Alerts panel: open alerts with their history, escalate, resolve (note required),
transfer to hospital, the count in the navigation, the liaison's view and key persons."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from medical_support import add_rooms, admit
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.domain.enums import AlertStatus, RoomState, StayStatus
from quarantine_desk.services import alerts, key_persons, readings
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, Room, Stay
from quarantine_desk.ui.alerts.dialogs import NoteDialog
from quarantine_desk.ui.alerts.panel import AlertsPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS

MORNING = datetime(2022, 7, 9, 8, 0)
NOW = datetime(2022, 7, 9, 10, 0)


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture
def fevers(engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> list[int]:
    """Two guests with a fever this morning (rooms 201 and 202) and one well (203): the
    stay ids in room order."""
    add_rooms(engine, manager, "201-203")
    stays = [admit(engine, liaison, serial, room, name=f"Guest {room}")
             for serial, room in enumerate(("201", "202", "203"), start=1)]
    with write_session(engine) as session:
        for minutes, (stay, celsius) in enumerate(zip(stays, ("38.5", "37.9", "36.5"),
                                                      strict=True)):
            readings.record_reading(session, medical, stay, celsius,
                                    taken_at=MORNING + timedelta(minutes=minutes), now=NOW)
    return stays


def _window(qtbot, engine: Engine, actor: Actor, db_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    specs = [spec for spec in PANELS if spec.key in ("temperatures", "alerts")]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _panel(window: MainWindow) -> AlertsPanel:
    panel = window.show_panel("alerts")
    assert isinstance(panel, AlertsPanel)
    panel.alerts.clock = lambda: NOW
    panel.key_persons.clock = lambda: NOW
    return panel


def _nav_text(window: MainWindow) -> str:
    return window.navigation.item(window.navigation.keys().index("alerts")).text()


def _type(text: str) -> None:
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _enter() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _dialog(qtbot, panel: AlertsPanel) -> NoteDialog:  # type: ignore[no-untyped-def]
    dialog = panel.alerts.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    return dialog


def _alert(engine: Engine, stay_id: int) -> Alert:
    with read_session(engine) as session:
        return alerts.alerts_for_stay(session, stay_id)[0].alert


def test_open_alerts_newest_first_with_history_and_nav_count(qtbot, qtmodeltester, engine,
                                                             medical, fevers, db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    assert _nav_text(window) == "Alerts (2)"
    tab = _panel(window).alerts
    assert [v.stay_id for v in tab.shown_views()] == [fevers[1], fevers[0]]  # newest first
    assert tab.counts.text() == "2 open alerts, 0 of them escalated"
    assert tab.title.text() == "Fever — room 202, Guest 202"
    assert tab.history_model.rowCount() == 1
    assert tab.history_model.index(0, 2).data() == "Alert opened"
    assert "37.9 °C" in tab.history_model.index(0, 3).data()
    assert all(button.isVisibleTo(tab) for button in (
        tab.escalate_button, tab.note_button, tab.resolve_button, tab.hospital_button))
    qtmodeltester.check(tab.model)


def test_escalate_then_resolve_with_a_required_note(qtbot, engine, medical, fevers,
                                                    db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    panel = _panel(window)
    tab = panel.alerts
    tab.list.setFocus()
    QTest.keyClick(tab.list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, panel)
    QTest.keyClick(dialog.note, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # hospital
    qtbot.waitUntil(lambda: dialog.choice() == "hospital")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.note
    _type("ambulance booked for 11:00")
    _enter()
    qtbot.waitUntil(lambda: tab.counts.text() == "2 open alerts, 1 of them escalated")
    alert = _alert(engine, fevers[1])
    assert (alert.status, alert.escalated_to) == (AlertStatus.ESCALATED, "hospital")
    assert tab.model.index(0, 0).data() == "Escalated: hospital transfer"
    assert [tab.history_model.index(n, 2).data() for n in range(2)] == [
        "Hospital transfer requested", "Alert opened"]  # newest first
    assert tab.history_model.index(0, 1).data() == "nurse"

    QTest.keyClick(tab.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, panel)
    _enter()  # no note: refused on the spot, nothing written
    assert dialog.isVisible() and not dialog.confirm.isEnabled()
    assert _alert(engine, fevers[1]).status == AlertStatus.ESCALATED
    _type("seen by the doctor: 36.9, no symptoms")
    _enter()
    qtbot.waitUntil(lambda: _nav_text(window) == "Alerts (1)")
    resolved = _alert(engine, fevers[1])
    assert resolved.status == AlertStatus.RESOLVED
    assert resolved.resolution == "seen by the doctor: 36.9, no symptoms"
    assert [v.stay_id for v in tab.shown_views()] == [fevers[0]]
    tab.show_resolved.setChecked(True)
    assert [v.stay_id for v in tab.shown_views()] == [fevers[0], fevers[1]]
    tab.select_alert(resolved.id or 0)
    assert not tab.resolve_button.isVisibleTo(tab)  # nothing more to do on a closed alert
    assert tab.model.index(1, 0).data() == "Resolved"


def test_transfer_to_hospital_ends_the_stay_and_frees_the_room(qtbot, engine, medical, fevers,
                                                               db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    panel = _panel(window)
    tab = panel.alerts
    tab.select_alert(_alert(engine, fevers[0]).id or 0)
    tab.hospital_button.click()
    dialog = _dialog(qtbot, panel)
    assert "Guest 201 (room 201)" in dialog.message.text()
    assert dialog.confirm.text() == "Confirm transfer of Guest 201"
    _enter()
    assert dialog.isVisible()  # the transfer details are required
    _type("City hospital, ambulance A123, 10:00")
    _enter()
    qtbot.waitUntil(lambda: _nav_text(window) == "Alerts (1)")
    with read_session(engine) as session:
        stay = session.get(Stay, fevers[0])
        room = session.exec(select(Room).where(Room.number == "201")).one()
    assert stay is not None and stay.status == StayStatus.TRANSFERRED_OUT
    assert stay.exit_reason == alerts.HOSPITAL_EXIT_REASON
    assert room.state == RoomState.AWAITING_DISINFECTION
    assert _alert(engine, fevers[0]).status == AlertStatus.RESOLVED
    assert "transferred to hospital" in window.messages.text


def test_the_liaison_reads_alerts_but_is_offered_no_action(qtbot, engine, liaison, fevers,
                                                           db_path) -> None:
    window = _window(qtbot, engine, liaison, db_path)
    tab = _panel(window).alerts
    assert len(tab.shown_views()) == 2
    assert not any(button.isVisibleTo(tab) for button in (
        tab.escalate_button, tab.note_button, tab.resolve_button, tab.hospital_button))
    assert tab.read_only.isVisibleTo(tab)
    QTest.keyClick(tab.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialog is None


def test_nav_count_follows_a_fever_typed_on_the_rounds_sheet(qtbot, engine, medical, fevers,
                                                             db_path) -> None:
    window = _window(qtbot, engine, medical, db_path)
    assert _nav_text(window) == "Alerts (2)"
    with write_session(engine) as session:
        readings.record_reading(session, medical, fevers[2], "38.8",
                                taken_at=MORNING + timedelta(hours=1), now=NOW)
    qtbot.waitUntil(lambda: _nav_text(window) == "Alerts (3)")


def test_key_persons_and_their_follow_up_calls(qtbot, engine, manager, liaison, db_path) -> None:
    add_rooms(engine, manager, "301-303")
    elder = admit(engine, liaison, 1, "301", birth=date(1950, 3, 2), name="Elder")
    admit(engine, liaison, 2, "302", name="Adult")
    sick = admit(engine, liaison, 3, "303", conditions=("hypertension",), name="Sick")
    window = _window(qtbot, engine, liaison, db_path)
    panel = _panel(window)
    panel.tabs.setCurrentWidget(panel.key_persons)
    tab = panel.key_persons
    tab.load()
    assert tab.model.keys() == [elder, sick]
    assert tab.model.index(0, 3).data() == "aged 72"
    assert tab.model.index(1, 3).data() == "hypertension"
    assert tab.model.index(0, 7).data() == "never called"
    assert tab.counts.text() == "2 key persons, 2 not called today"
    tab.list.selectRow(0)
    tab.summary.setFocus()
    _enter()  # nothing written yet: refused with the reason
    assert "before saving the call" in window.messages.text
    _type("feels fine, slept badly")
    tab.needs.setFocus()
    _type("blood pressure cuff")
    _enter()
    with read_session(engine) as session:
        calls = key_persons.calls_for_stay(session, elder)
    assert [(c.by, c.summary, c.needs, c.at) for c in calls] == [
        (liaison.username, "feels fine, slept badly", "blood pressure cuff", NOW)]
    qtbot.waitUntil(lambda: tab.model.index(0, 7).data() == "today 10:00")  # the reload
    assert tab.counts.text() == "2 key persons, 1 not called today"
    assert tab.history_model.index(0, 2).data() == "feels fine, slept badly"
    assert tab.summary.text() == "" and tab.needs.text() == ""
