"""The window's shell: first-run setup, sign-in and lock-out, navigation, status bar, idle
lock, change notifications and ``gui --screenshot``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QVBoxLayout
from sqlalchemy.engine import Engine

from quarantine_desk.cli import main as cli_main
from quarantine_desk.cli.commands import gui as gui_command
from quarantine_desk.domain.enums import Role
from quarantine_desk.services import audit, rooms
from quarantine_desk.services import site as site_service
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.idle import IDLE_ENV, idle_minutes_from_env
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS, PanelSpec
from quarantine_desk.ui.shell.setup import FirstRunDialog
from quarantine_desk.ui.shell.signin import SignInDialog
from quarantine_desk.ui.shell.status import describe_database

SITE_NAME = "崇川区城东集中隔离点"


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    """The application as the command prepares it (translator, font, theme)."""
    return create_application()


class NotesPanel(Panel):
    """A panel with a text field (typed text must survive the lock) that counts reloads."""

    topics = frozenset({Topic.STAFF})

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context)
        self.note = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.note)
        self.refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1


def _specs() -> list[PanelSpec]:
    """The real registry with the first entry replaced by the notes panel (by import path)."""
    notes = PanelSpec("notes", "Notes", "A test panel.", factory=f"{__name__}:NotesPanel")
    return [notes, *PANELS[1:]]


def _window(qtbot, engine: Engine, actor: Actor, db_path: Path, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on a site that has its rooms (a site without opens on Settings › Rooms)."""
    with write_session(engine) as session:
        if rooms.vacancy(session)["rooms_total"] == 0:
            rooms.add_rooms(session, Actor.console("setup"), ["101"])
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=kwargs.pop("idle", 0),
                        panels=kwargs.pop("panels", _specs()), **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # window shortcuts need the active window
        window.show()
        window.activateWindow()
    return window


# -- first run and sign-in ----------------------------------------------------------------------


def test_first_run_creates_site_and_manager_then_signs_in(qtbot, engine: Engine,
                                                          db_path: Path) -> None:
    dialog = FirstRunDialog(Desk(engine), str(db_path))
    qtbot.addWidget(dialog)
    dialog.site_name.setText(SITE_NAME)  # QTest types ASCII only
    qtbot.keyClicks(dialog.site_phone, "0513-12345678")
    qtbot.keyClicks(dialog.username, "chief")
    dialog.display_name.setText("王建国")
    qtbot.keyClicks(dialog.password, "long-secret")
    qtbot.keyClicks(dialog.password_again, "long-secret")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role is Role.MANAGER
    assert dialog.actor.display_name == "王建国"
    with read_session(engine) as session:
        site = site_service.get_site(session)
        assert site is not None and site.name == SITE_NAME and site.phone == "0513-12345678"
        assert staff_service.find(session, "chief") is not None
        actions = {e.action for e in audit.history(session)}
    assert {"staff.add", "site.setup", "staff.sign_in"} <= actions


def test_first_run_refuses_bad_input_and_writes_nothing(qtbot, engine: Engine,
                                                        db_path: Path) -> None:
    dialog = FirstRunDialog(Desk(engine), str(db_path))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "chief")
    qtbot.keyClicks(dialog.password, "long-secret")
    qtbot.keyClicks(dialog.password_again, "other-secret")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text()

    qtbot.keyClicks(dialog.password, "long-secret")
    qtbot.keyClicks(dialog.password_again, "long-secret")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)  # no site name
    assert "site needs a name" in dialog.error.text()
    assert dialog.actor is None
    with read_session(engine) as session:
        assert not staff_service.has_any_staff(session)  # the manager was rolled back too


def _sign_in(qtbot, dialog: SignInDialog, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_is_refused_with_the_service_message(qtbot, engine: Engine,
                                                            manager: Actor,
                                                            db_path: Path) -> None:
    dialog = SignInDialog(Desk(engine), str(db_path), username="boss")
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "not-the-password")
    assert dialog.actor is None
    assert dialog.error.text() == "wrong username or password"
    assert dialog.password.text() == ""
    with read_session(engine) as session:
        staff = staff_service.find(session, "boss")
        assert staff is not None and staff.failed_attempts == 1  # committed despite refusal

    _sign_in(qtbot, dialog, TEST_PASSWORD)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.actor == manager


def test_five_wrong_passwords_lock_the_account(qtbot, engine: Engine, manager: Actor,
                                               db_path: Path) -> None:
    dialog = SignInDialog(Desk(engine), str(db_path), username="boss")
    qtbot.addWidget(dialog)
    for _ in range(4):
        _sign_in(qtbot, dialog, "wrong-guess")
        assert dialog.error.text() == "wrong username or password"
    _sign_in(qtbot, dialog, "wrong-guess")
    assert "locked after 5 wrong passwords" in dialog.error.text()
    _sign_in(qtbot, dialog, TEST_PASSWORD)
    assert dialog.actor is None
    assert "locked" in dialog.error.text()


# -- main window --------------------------------------------------------------------------------


def test_status_bar_shows_person_role_and_database(qtbot, engine: Engine, db_path: Path) -> None:
    with write_session(engine) as session:
        staff = staff_service.add_staff(session, None, "chief", Role.MANAGER, TEST_PASSWORD,
                                        display_name="王建国")
        actor = staff_service.actor_for(staff)
    window = _window(qtbot, engine, actor, db_path)
    status = window.statusBar()
    assert "王建国" in status.person.text()
    assert "point manager" in status.person.text()
    assert str(db_path) in status.database.text()
    assert status.database.toolTip() == str(db_path.resolve())


def test_a_nurse_marks_her_own_shift_in_the_status_bar(qtbot, engine: Engine, db_path: Path,
                                                      manager: Actor, medical: Actor) -> None:
    assert _window(qtbot, engine, manager, db_path).duty is None  # the manager uses Settings
    window = _window(qtbot, engine, medical, db_path)
    assert window.duty is not None and not window.duty.isChecked()
    qtbot.mouseClick(window.duty, Qt.MouseButton.LeftButton)
    with read_session(engine) as session:
        assert staff_service.find(session, medical.username).on_duty
    assert "on duty" in window.messages.text
    with write_session(engine) as session:  # the manager ends the shift from elsewhere
        staff_service.set_on_duty(session, manager, medical.username, False)
    window.duty.reload()
    assert not window.duty.isChecked()


def test_the_database_is_named_short_and_without_a_password() -> None:
    home = Path.home()
    assert describe_database(str(home / "data" / "desk.db")) == str(Path("~/data/desk.db"))
    assert describe_database("/qd-elsewhere/desk.db") == "/qd-elsewhere/desk.db"
    assert "secret" not in describe_database("postgresql://desk:secret@db.local/desk")


def test_navigation_shortcuts_switch_panels(qtbot, engine: Engine, manager: Actor,
                                            db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    assert window.current_key() == "notes"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "guests"
    assert window.navigation.currentItem().text() == "Guests"
    assert window.page_title.text() == "Guests"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    window.navigation.setCurrentRow(1)  # picking an entry with the mouse or arrows
    assert window.current_key() == "rooms"


def test_settings_is_for_the_manager_only(qtbot, engine: Engine, liaison: Actor,
                                          db_path: Path) -> None:
    window = _window(qtbot, engine, liaison, db_path)
    assert "settings" not in window.panel_keys()
    assert "temperatures" in window.panel_keys()  # others still listed for every role
    assert window.show_panel("settings") is None
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "notes"


def test_idle_lock_keeps_the_panel_and_typed_text(qtbot, engine: Engine, manager: Actor,
                                                  db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path, idle=0.002)  # 120 ms
    panel = window.show_panel("notes")
    assert isinstance(panel, NotesPanel)
    # setText, not typed keys: on a loaded machine the 120 ms lock may come before typing.
    panel.note.setText("room 301 asks for a kettle")
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert not window.centralWidget().isEnabled()

    overlay = window.lock_overlay
    qtbot.keyClicks(overlay.password, "wrong-guess")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert window.is_locked()
    assert overlay.error.text() == "wrong username or password"

    qtbot.keyClicks(overlay.password, TEST_PASSWORD)
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
    assert window.centralWidget().isEnabled()
    assert window.current_panel() is panel
    assert panel.note.text() == "room 301 asks for a kettle"


def test_activity_postpones_the_idle_lock(qtbot, engine: Engine, manager: Actor,
                                          db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path, idle=0.01)  # 600 ms
    panel = window.show_panel("notes")
    assert isinstance(panel, NotesPanel)
    for _ in range(5):
        qtbot.wait(200)
        qtbot.keyClick(panel.note, Qt.Key.Key_A)
    assert not window.is_locked()
    assert panel.note.text() == "aaaaa"


def test_a_commit_anywhere_refreshes_panels_and_site(qtbot, engine: Engine, manager: Actor,
                                                     db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    panel = window.current_panel()
    assert isinstance(panel, NotesPanel) and panel.refreshes == 1
    with write_session(engine) as session:
        staff_service.add_staff(session, manager, "night", Role.MEDICAL, TEST_PASSWORD)
        site_service.setup_site(session, manager, SITE_NAME)
    qtbot.waitUntil(lambda: panel.refreshes == 2, timeout=3000)
    assert window.site_label.text() == SITE_NAME
    assert SITE_NAME in window.windowTitle()


def test_a_refused_action_shows_in_the_message_bar(qtbot, engine: Engine, liaison: Actor,
                                                   db_path: Path) -> None:
    window = _window(qtbot, engine, liaison, db_path)
    panel = window.current_panel()
    assert panel is not None
    result = panel.perform(lambda session: staff_service.add_staff(
        session, liaison, "extra", Role.MEDICAL, TEST_PASSWORD))
    assert result is None
    assert "may not manage staff accounts" in window.messages.text
    with read_session(engine) as session:
        assert staff_service.find(session, "extra") is None


def test_idle_minutes_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(IDLE_ENV, raising=False)
    assert idle_minutes_from_env() == 10
    monkeypatch.setenv(IDLE_ENV, "2.5")
    assert idle_minutes_from_env() == 2.5
    monkeypatch.setenv(IDLE_ENV, "soon")
    with pytest.raises(ValueError, match=IDLE_ENV):
        idle_minutes_from_env()


# -- gui --screenshot ---------------------------------------------------------------------------


def test_screenshot_writes_a_png_of_the_panel(engine: Engine, manager: Actor, db_path: Path,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", TEST_PASSWORD)
    out = tmp_path / "shots" / "rooms.png"
    code = cli_main.main(["--db", str(db_path), "--user", "boss", "gui", "--screenshot",
                          str(out), "--panel", "rooms", "--size", "1024x700"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_screenshot_refuses_bad_credentials_and_unknown_panels(
        engine: Engine, manager: Actor, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shot.png"
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", "wrong-guess")
    base = ["--db", str(db_path), "--user", "boss", "gui", "--screenshot", str(out)]
    assert cli_main.main(base) == 1
    assert capsys.readouterr().err == "quarantine-desk: wrong username or password\n"
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", TEST_PASSWORD)
    assert cli_main.main([*base, "--panel", "kitchen"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quarantine-desk: unknown panel 'kitchen'") and err.count("\n") == 1
    assert not out.exists()


def test_demo_mode_signs_in_with_the_stored_demo_account(
        engine: Engine, manager: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A demo database made earlier is reused; its accounts are shown and used."""
    folder = tmp_path / "data"
    folder.mkdir()
    with write_session(engine) as session:
        site_service.setup_site(session, manager, SITE_NAME)
    engine.dispose()
    (tmp_path / "site.db").rename(folder / gui_command.DEMO_DATABASE)
    accounts = [{"username": "boss", "password": TEST_PASSWORD, "role": "manager"}]
    (folder / gui_command.DEMO_ACCOUNTS).write_text(json.dumps(accounts), encoding="utf-8")
    monkeypatch.setattr(gui_command, "demo_folder", lambda: folder)
    monkeypatch.delenv("QUARANTINE_DESK_PASSWORD", raising=False)

    out = tmp_path / "demo.png"
    assert cli_main.main(["gui", "--demo", "--screenshot", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(folder / gui_command.DEMO_DATABASE) in printed
    assert f"boss             {TEST_PASSWORD}" in printed
    assert not QImage(str(out)).isNull()
