"""The window's frame in real hands: fitted to the screen and remembered, shifts (lock and
switch user, with the audit naming the new person), leaving a panel with unsaved input, a
message bar that never moves the page, Qt's own buttons in Chinese, an overview without
sideways scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from quarantine_desk import i18n
from quarantine_desk.services import audit, rooms
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.overview.panel import OverviewPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.help import HelpDialog
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS, PanelSpec
from quarantine_desk.ui.shell.signin import SignInDialog
from quarantine_desk.ui.shell.window_memory import (
    SETTINGS_ENV,
    WindowMemory,
    fit_to_screen,
    settings_file,
)


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


class DraftPanel(Panel):
    """A panel holding a draft; ``may_leave`` answers what the test sets (no question box),
    and a splitter whose sizes the window remembers."""

    answer = True

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context)
        self.draft = QLineEdit(self)
        self.asked = 0
        self.splitter = QSplitter(self)
        self.splitter.addWidget(QLabel("left"))
        self.splitter.addWidget(QLabel("right"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft)
        layout.addWidget(self.splitter, 1)

    def may_leave(self) -> bool:
        self.asked += 1
        return self.answer


@pytest.fixture(autouse=True)
def site_with_a_room(engine: Engine) -> None:
    """A site that has its rooms: one without opens on Settings › Rooms instead."""
    with write_session(engine) as session:
        rooms.add_rooms(session, Actor.console("setup"), ["101"])


def _specs() -> list[PanelSpec]:
    draft = PanelSpec("draft", "Draft", "A test panel.", factory=f"{__name__}:DraftPanel")
    return [draft, *PANELS[1:]]


def _window(qtbot, engine: Engine, actor: Actor, db_path: Path,  # type: ignore[no-untyped-def]
            **kwargs) -> MainWindow:
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=_specs(),
                        **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _draft(window: MainWindow) -> DraftPanel:
    panel = window.current_panel()
    assert isinstance(panel, DraftPanel)
    return panel


# -- fitted to the screen, remembered ---------------------------------------------------------


def test_the_first_window_fits_the_screen(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                          db_path: Path) -> None:
    window = MainWindow(Desk(engine, manager), str(db_path), idle_minutes=0, panels=_specs())
    qtbot.addWidget(window)
    fit_to_screen(window, QRect(0, 0, 1366, 728))  # a 1366x768 screen less its task bar
    assert window.isMaximized()
    assert QRect(0, 0, 1366, 728).contains(window.geometry())  # the size when un-maximised
    fit_to_screen(window, QRect(0, 0, 1920, 1040))
    assert not window.isMaximized()
    assert QRect(0, 0, 1920, 1040).contains(window.geometry())
    assert window.width() >= 1440


def test_size_place_and_splitters_are_remembered(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                 db_path: Path, tmp_path: Path) -> None:
    memory = WindowMemory(tmp_path / "window.ini")
    window = _window(qtbot, engine, manager, db_path, memory=memory)
    window.setMinimumSize(500, 400)  # the offscreen test screen is 800x800
    window.setGeometry(QRect(40, 30, 720, 610))
    _draft(window).splitter.setSizes([100, 500])
    expected = _draft(window).splitter.sizes()
    window.close()
    assert (tmp_path / "window.ini").exists()

    again = MainWindow(Desk(engine, manager), str(db_path), idle_minutes=0, panels=_specs(),
                       memory=WindowMemory(tmp_path / "window.ini"))
    qtbot.addWidget(again)
    again.setMinimumSize(500, 400)
    again.show_on_screen()
    assert again.size().toTuple() == (720, 610)
    assert _draft(again).splitter.sizes() == expected


def test_a_place_off_every_screen_is_not_restored(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                  db_path: Path, tmp_path: Path) -> None:
    memory = WindowMemory(tmp_path / "window.ini")
    window = _window(qtbot, engine, manager, db_path, memory=memory)
    window.move(20000, 20000)  # a second monitor since unplugged
    memory.save(window)
    again = MainWindow(Desk(engine, manager), str(db_path), idle_minutes=0, panels=_specs(),
                       memory=WindowMemory(tmp_path / "window.ini"))
    qtbot.addWidget(again)
    again.show_on_screen()
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(again.frameGeometry().center())


def test_the_settings_file_can_be_chosen(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    monkeypatch.setenv(SETTINGS_ENV, str(tmp_path / "elsewhere.ini"))
    assert settings_file() == tmp_path / "elsewhere.ini"
    assert WindowMemory().path == tmp_path / "elsewhere.ini"


# -- leaving a panel that holds unsaved input -------------------------------------------------


def test_navigation_and_closing_ask_the_panel(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                              db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    panel = _draft(window)
    panel.answer = False  # "stay"
    assert window.show_panel("guests") is None
    assert window.current_panel() is panel and window.current_key() == "draft"
    window.navigation.setCurrentRow(2)  # a click in the navigation
    assert window.current_key() == "draft"
    assert window.navigation.currentRow() == 0
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert panel.asked == 3

    panel.answer = True
    assert window.show_panel("guests") is not None
    assert window.current_key() == "guests"


# -- shifts ----------------------------------------------------------------------------------


def _sign_in_when_asked(qtbot, username: str, password: str = TEST_PASSWORD) -> None:  # type: ignore[no-untyped-def]
    """Fill in the switch-user sign-in once it is open (it is modal)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.sign_in_button.click()

    QTimer.singleShot(0, answer)


def test_switch_user_hands_the_window_and_the_audit_to_the_next_person(
        qtbot, engine: Engine, manager: Actor, medical: Actor, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, engine, manager, db_path)
    assert "settings" in window.panel_keys() and window.duty is None
    _sign_in_when_asked(qtbot, medical.username)
    qtbot.mouseClick(window.status.switch_button, Qt.MouseButton.LeftButton)

    assert window.actor == medical and window.desk.actor == medical
    assert medical.username in window.status.person.text()
    assert "medical staff" in window.status.person.text()
    assert "settings" not in window.panel_keys()  # role-shaped: the manager's panel is gone
    assert window.lock_overlay.password.placeholderText().endswith(medical.username)
    assert window.duty is not None  # a nurse marks her own shift
    qtbot.mouseClick(window.duty, Qt.MouseButton.LeftButton)  # a write from the window
    with read_session(engine) as session:
        written = [e for e in audit.history(session) if e.action == "staff.on_duty"]
        assert staff_service.find(session, medical.username).on_duty
    assert [e.actor for e in written] == [medical.username]


def test_switch_user_asks_about_unsaved_input_first(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                    db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, engine, manager, db_path)
    panel = _draft(window)
    panel.answer = False
    monkeypatch.setattr(window, "ask_who_signs_in",
                        lambda: pytest.fail("the sign-in must not open"))
    assert not window.switch_user()
    assert window.actor == manager and panel.asked == 1


def test_cancelling_the_switch_keeps_the_person(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                db_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, engine, manager, db_path)
    _draft(window).draft.setText("kettle for 301")
    monkeypatch.setattr(window, "ask_who_signs_in", lambda: None)
    assert not window.switch_user()
    assert window.actor == manager
    assert _draft(window).draft.text() == "kettle for 301"


def test_the_lock_screen_lets_the_next_person_sign_in(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                      liaison: Actor, db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    _sign_in_when_asked(qtbot, liaison.username)
    qtbot.mouseClick(window.lock_overlay.switch_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
    assert window.centralWidget().isEnabled()
    assert window.actor == liaison
    with read_session(engine) as session:
        latest = audit.history(session, limit=1)[0]
    assert (latest.actor, latest.action) == (liaison.username, "staff.sign_in")


def test_the_same_person_unlocking_keeps_what_was_typed(qtbot, engine: Engine,  # type: ignore[no-untyped-def]
                                                        manager: Actor, db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    panel = _draft(window)
    panel.draft.setText("room 301 asks for a kettle")
    window.lock_action.trigger()
    qtbot.keyClicks(window.lock_overlay.password, TEST_PASSWORD)
    qtbot.keyClick(window.lock_overlay.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.current_panel() is panel and panel.asked == 0
    assert panel.draft.text() == "room 301 asks for a kettle"


def test_the_desk_menu_holds_the_shift_actions(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                               db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    shortcuts = {a.text(): a.shortcut().toString() for a in window.desk_menu.actions()
                 if not a.isSeparator()}
    assert shortcuts == {"&Lock": "Ctrl+L", "&Switch user…": "Ctrl+Shift+L",
                         "&Help for this panel": "F1", "&About Quarantine Desk": "",
                         "&Quit": "Ctrl+Q"}
    assert window.account_button.menu() is window.desk_menu


def test_f1_opens_the_guide_of_the_panel_in_view(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                 db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    for key in [spec.key for spec in PANELS]:  # every panel of the navigation
        window.show_panel(key)
        qtbot.keyClick(window.current_panel(), Qt.Key.Key_F1)
        dialog = window.findChild(HelpDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.panel_key == key


# -- messages --------------------------------------------------------------------------------


def _tint(widget: QWidget) -> tuple[int, int, int]:
    colour = widget.grab().toImage().pixelColor(widget.width() // 2, widget.height() - 4)
    return colour.red(), colour.green(), colour.blue()


def test_messages_never_move_the_page_and_success_is_not_red(qtbot, engine: Engine,  # type: ignore[no-untyped-def]
                                                             manager: Actor,
                                                             db_path: Path) -> None:
    window = _window(qtbot, engine, manager, db_path)
    before = window.stack.mapTo(window, window.stack.rect().topLeft()), window.stack.height()
    tints = {}
    for level in MessageLevel:
        window.context.report(f"a {level.value} message " * 12, level)
        qtbot.wait(10)
        assert window.messages.isVisible() and window.messages.level is level
        assert (window.stack.mapTo(window, window.stack.rect().topLeft()),
                window.stack.height()) == before
        tints[level] = _tint(window.messages)
    window.messages.clear()
    qtbot.wait(10)
    assert (window.stack.mapTo(window, window.stack.rect().topLeft()),
            window.stack.height()) == before
    red, green, _ = tints[MessageLevel.ERROR]
    assert red > green  # refusals red
    red, green, _ = tints[MessageLevel.INFO]
    assert green > red  # confirmations green
    assert theme.SUCCESS_SOFT != theme.ERROR_SOFT


# -- Qt's own text ---------------------------------------------------------------------------


def test_qt_own_buttons_speak_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv(i18n.ENV, "zh")
    try:
        i18n.install_in_application(app, i18n.window_language())
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
        assert app.translate("QFileDialog", "Look in:") != "Look in:"
        box.deleteLater()
    finally:
        i18n.install_in_application(app, i18n.ENGLISH)


# -- no sideways scrolling -------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1024, 700)])
def test_the_overview_never_scrolls_sideways(qtbot, engine: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                             db_path: Path, size: tuple[int, int]) -> None:
    window = MainWindow(Desk(engine, manager), str(db_path), idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    panel = window.show_panel("overview")
    assert isinstance(panel, OverviewPanel)
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)
    qtbot.wait(50)
    scroll = panel.findChild(QScrollArea)
    assert scroll is not None
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
