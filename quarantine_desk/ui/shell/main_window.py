"""The main window: navigation on the left, one panel at a time, the status bar below.

The window belongs to whoever is signed in; at a change of shift the next person signs in
(switch user) and the window is rebuilt for them, so role-shaped actions and the audit follow.

What another desk or the command line commits reaches the panels as their own writes do (the
change bridge watches the database). When the database server does not answer, the status bar
says so in one line and the panels stay as they are, typed input and all, until it is back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from quarantine_desk.domain.enums import Role
from quarantine_desk.services.change_watch import is_unreachable
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.services.failures import explain
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.changes import ChangeBridge
from quarantine_desk.ui.common.messages import MessageBar, MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.settings.auto_backup import backup_on_close, run_daily_backup
from quarantine_desk.ui.shell.about import show_about
from quarantine_desk.ui.shell.alerts_badge import AlertsBadge
from quarantine_desk.ui.shell.duty_toggle import DutyToggle
from quarantine_desk.ui.shell.help import show_help
from quarantine_desk.ui.shell.idle import IdleWatcher, idle_minutes_from_env
from quarantine_desk.ui.shell.lock import LockOverlay
from quarantine_desk.ui.shell.navigation import NavigationList
from quarantine_desk.ui.shell.registry import PANELS, PanelSpec, create_panel, find_spec
from quarantine_desk.ui.shell.setup import show_first_step
from quarantine_desk.ui.shell.signin import SignInDialog
from quarantine_desk.ui.shell.status import DeskStatusBar
from quarantine_desk.ui.shell.window_memory import (
    WindowMemory,
    available_geometry,
    fit_to_screen,
)

SIDEBAR_WIDTH = 232


class MainWindow(QMainWindow):
    """The signed-in person's window. Panels are built on first visit and kept."""

    def __init__(self, desk: Desk, database: str, *,
                 idle_minutes: float | None = None,
                 panels: Sequence[PanelSpec] = PANELS,
                 memory: WindowMemory | None = None,
                 parent: QWidget | None = None) -> None:
        """``desk``: the database with the signed-in person acting.
        ``idle_minutes``: lock after this long untouched (default from the environment,
        see :func:`~quarantine_desk.ui.shell.idle.idle_minutes_from_env`; 0 = never).
        ``memory``: where the window's place and splitters are remembered (None: nowhere,
        as for tests and pictures)."""
        super().__init__(parent)
        self.database = database
        self._all_specs = tuple(panels)
        self._memory = memory
        self._panels: dict[str, Panel] = {}
        self._focus_before_lock: QWidget | None = None
        self._shortcuts: list[QAction] = []
        self._specs: list[PanelSpec] = []
        self.desk = desk
        self.actor = desk.actor
        self.context = PanelContext(desk, self._report)

        self.navigation = NavigationList([], self)
        self.navigation.panel_requested.connect(self.show_panel)
        self.site_label = QLabel(self)
        self.site_label.setWordWrap(True)
        theme.mark(self.site_label, "subtitle")
        self.product_label = QLabel(self.tr("Quarantine Desk"), self)
        theme.mark(self.product_label, "muted")
        self.lock_action = self._desk_action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.switch_action = self._desk_action(self.tr("&Switch user…"), "Ctrl+Shift+L",
                                               self.switch_user)
        self.quit_action = self._desk_action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.help_action = self._desk_action(self.tr("&Help for this panel"), "F1",
                                             lambda: show_help(self, self.current_key()))
        self.about_action = QAction(self.tr("&About Quarantine Desk"), self)
        self.about_action.triggered.connect(lambda _=False: show_about(self, self.database))
        self.desk_menu = QMenu(self.tr("Desk"), self)
        self.desk_menu.addAction(self.lock_action)
        self.desk_menu.addAction(self.switch_action)
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.help_action)
        self.desk_menu.addAction(self.about_action)
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.quit_action)
        #: At the foot of the sidebar: the person at the desk, with the shift menu.
        self.account_button = QPushButton(self)
        self.account_button.setMenu(self.desk_menu)
        self.account_button.setFlat(True)
        self.account_button.setObjectName("accountButton")
        self.account_button.setStyleSheet(
            "QPushButton#accountButton { text-align: left; padding: 7px 12px; border: none; "
            f"border-radius: 6px; background: transparent; color: {theme.TEXT}; }}"
            "QPushButton#accountButton:hover { background: #dde4ea; }"
            "QPushButton#accountButton::menu-indicator { image: none; width: 0; }")
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 18, 0, 8)
        side.setSpacing(2)
        for label in (self.site_label, self.product_label):
            label.setContentsMargins(18, 0, 14, 0)
            side.addWidget(label)
        side.addSpacing(16)
        side.addWidget(self.navigation, 1)
        account_row = QHBoxLayout()
        account_row.setContentsMargins(20, 0, 12, 0)
        account_row.addWidget(self.account_button, 1)
        side.addLayout(account_row)

        self.page_title = QLabel(self)
        theme.mark(self.page_title, "title")
        self.today_label = QLabel(self)
        theme.mark(self.today_label, "muted")
        # In the header, in a place kept for it: a message never moves the page below.
        self.messages = MessageBar(self)
        header = QFrame(self)
        header.setObjectName("pageHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(theme.MARGIN + 4, 6, theme.MARGIN + 4, 6)
        header_row.setSpacing(theme.MARGIN)
        header_row.addWidget(self.page_title)
        header_row.addWidget(self.messages, 1)
        header_row.addWidget(self.today_label)

        self.stack = QStackedWidget(self)
        page = QVBoxLayout()
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(header)
        page.addSpacing(theme.SPACING)
        page.addWidget(self.stack, 1)

        central = QWidget(self)
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(sidebar)
        body.addLayout(page, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar(self.actor, database, self)
        self.status.lock_button.clicked.connect(self.lock)
        self.status.switch_button.clicked.connect(self.switch_user)
        self.setStatusBar(self.status)
        #: A doctor's or nurse's own on-duty mark (None for other roles).
        self.duty: DutyToggle | None = None
        self.setMinimumSize(1000, 620)
        self.resize(1280, 800)

        self.lock_overlay = LockOverlay(desk, self)
        self.lock_overlay.unlocked.connect(self._on_unlocked)
        self.lock_overlay.switch_requested.connect(self.switch_user)
        minutes = idle_minutes_from_env() if idle_minutes is None else idle_minutes
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.changes = ChangeBridge(self)
        self.changes.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        self.changes.reachable.connect(self._on_reachable, Qt.ConnectionType.QueuedConnection)
        self.changes.watch(desk)
        self.alerts_badge: AlertsBadge | None = None

        self._take_over(desk)
        self._show_site()
        self.navigation.setFocus()
        if self._specs:
            self.show_panel(self._specs[0].key)
            show_first_step(self)  # a site without rooms starts where rooms are added
        self.idle.start()
        if memory is not None:  # the desk's own window, not a test's or a screenshot's
            run_daily_backup(self.context, self)

    def _desk_action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def show_on_screen(self) -> None:
        """Show the window where it was last closed, or fitted to this screen the first time
        (maximised on a small screen)."""
        if self._memory is None or not self._memory.restore(self):
            fit_to_screen(self, available_geometry(self))
        self.show()

    # -- the person at the desk -------------------------------------------------------------

    def _take_over(self, desk: Desk) -> None:
        """Shape the window for the person acting on ``desk``: their panels and shortcuts,
        their name in the status bar, their password on the lock."""
        self.desk = desk
        self.actor = actor = desk.actor
        self.context = PanelContext(desk, self._report)
        self._specs = [spec for spec in self._all_specs if spec.visible_to(actor)]
        for action in self._shortcuts:
            self.removeAction(action)
            action.deleteLater()
        self._shortcuts = []
        entries: list[tuple[PanelSpec, str]] = []
        for position, spec in enumerate(self._all_specs, start=1):
            if not spec.visible_to(actor):
                continue
            sequence = QKeySequence(f"Ctrl+{position}") if position <= 9 else QKeySequence()
            entries.append((spec, sequence.toString(QKeySequence.SequenceFormat.NativeText)))
            if not sequence.isEmpty():
                action = QAction(spec.translated_title(), self)
                action.setShortcut(sequence)
                action.triggered.connect(lambda _=False, key=spec.key: self.show_panel(key))
                self.addAction(action)
                self._shortcuts.append(action)
        self.navigation.set_entries(entries)
        if self.alerts_badge is not None:
            self.alerts_badge.deleteLater()
        self.alerts_badge = AlertsBadge(desk, self.navigation, self.changes, self)

        self.status.set_actor(actor)
        self.account_button.setText(f"{actor.display_name or actor.username}  ▾")
        self.account_button.setToolTip(self.tr("Lock the desk, switch user or quit"))
        if self.duty is not None:
            self.status.removeWidget(self.duty)
            self.duty.deleteLater()
            self.duty = None
        if actor.role is Role.MEDICAL:
            self.duty = DutyToggle(self.context, self.status)
            self.status.add_before_database(self.duty)
        self.lock_overlay.set_desk(desk)

    def switch_user(self) -> bool:
        """Hand the desk to the next person: ask about unsaved input, then their sign-in.
        True when someone signed in (the window now acts as them)."""
        panel = self.current_panel()
        if panel is not None and not panel.may_leave():
            return False
        locked = self.is_locked()
        self.idle.stop()
        actor = self.ask_who_signs_in()
        if actor is None:
            if not locked:
                self.idle.start()
            return False
        self.act_as(actor)
        if locked:
            self.lock_overlay.lift()
            self._unlock(restore_focus=False)
        else:
            self.idle.start()
        return True

    def ask_who_signs_in(self) -> Actor | None:
        """The sign-in for the next person (any account); None when cancelled."""
        dialog = SignInDialog(self.desk, self.database, switching=True, parent=self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.actor if accepted else None
        finally:
            dialog.deleteLater()

    def act_as(self, actor: Actor) -> None:
        """From now on the window acts as ``actor``: the panels are built anew for their role
        (what the previous person left was settled by :meth:`Panel.may_leave`)."""
        if actor == self.actor:
            return
        key = self.current_key()
        self._remember_splitters()
        for panel in self._panels.values():
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self._panels.clear()
        self.messages.clear()
        self._take_over(self.desk.acting_as(actor))
        keys = self.panel_keys()
        if keys:
            self.show_panel(key if key in keys else keys[0])

    # -- panels -----------------------------------------------------------------------------

    def panel_keys(self) -> list[str]:
        """The panels this person may open, in navigation order."""
        return [spec.key for spec in self._specs]

    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, panel in self._panels.items() if panel is current), None)

    def current_panel(self) -> Panel | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, Panel) else None

    def show_panel(self, key: str) -> Panel | None:
        """Bring panel ``key`` on screen (building it on first visit); None if not allowed,
        or the panel on screen holds unsaved input the person chose to stay with."""
        spec = find_spec(key, self._specs)
        if spec is None:
            return None
        current = self.current_panel()
        if current is not None and current is not self._panels.get(key) \
                and not current.may_leave():
            shown = self.current_key()
            if shown is not None:
                self.navigation.select(shown)
            return None
        panel = self._panels.get(key)
        if panel is None:
            panel = create_panel(spec, self.context)
            if self._memory is not None:
                self._memory.restore_splitters(key, panel)
            self._panels[key] = panel
            self.stack.addWidget(panel)
        if self.stack.currentWidget() is not panel:
            self.messages.clear()
        self.stack.setCurrentWidget(panel)
        self.navigation.select(key)
        self.page_title.setText(spec.translated_title())
        self.today_label.setText(QLocale().toString(QDate.currentDate(),
                                                    QLocale.FormatType.LongFormat))
        self._reading(panel.activate)
        return panel

    # -- idle lock --------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.lock_overlay.isVisible()

    def lock(self) -> None:
        """Cover the window until the same person's password is typed again (or someone
        else signs in)."""
        if self.is_locked():
            return
        self.idle.stop()
        self._focus_before_lock = QApplication.focusWidget()
        self.centralWidget().setEnabled(False)
        for action in (*self._shortcuts, self.lock_action):
            action.setEnabled(False)
        self.lock_overlay.cover()

    def _on_unlocked(self) -> None:
        self._unlock(restore_focus=True)

    def _unlock(self, *, restore_focus: bool) -> None:
        self.centralWidget().setEnabled(True)
        for action in (*self._shortcuts, self.lock_action):
            action.setEnabled(True)
        focus = self._focus_before_lock
        self._focus_before_lock = None
        if restore_focus and focus is not None and shiboken6.isValid(focus) \
                and focus.isVisible():
            focus.setFocus()
        else:
            self.navigation.setFocus()
        self.idle.start()

    # -- changes ----------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.SITE in topics:
            self._reading(self._show_site)
        if Topic.STAFF in topics and self.duty is not None:
            self._reading(self.duty.reload)
        for panel in self._panels.values():
            if not self._reading(lambda panel=panel: panel.notify_changed(topics)):
                return  # the rest reload when the database answers again (all topics)

    def _reading(self, read: Callable[[], object]) -> bool:
        """Run ``read`` (a panel loading what it shows); when the database does not answer,
        say so in one line instead of a traceback and leave the screen as it is. False then."""
        try:
            read()
        except DBAPIError as error:
            if is_unreachable(error):
                self.status.show_unreachable()
                self.changes.recheck()
                return False
            line = explain(error, self.database)
            if line is None:
                raise
            self.messages.show_message(line, MessageLevel.ERROR)
            return False
        return True

    def _on_reachable(self, reachable: bool, reason: str) -> None:
        """The watch lost or found the database server again."""
        if reachable:
            if self.status.clear_unreachable():
                self.messages.show_message(
                    self.tr("The database server answers again; the panels are up to date."),
                    MessageLevel.INFO)
        else:
            self.status.show_unreachable(reason)

    def _show_site(self) -> None:
        name = self.desk.site_name()
        self.site_label.setText(name or self.tr("Quarantine Desk"))
        self.product_label.setVisible(bool(name))
        self.setWindowTitle(
            self.tr("{site} — Quarantine Desk").format(site=name) if name
            else self.tr("Quarantine Desk")
        )

    def _report(self, text: str, level: MessageLevel) -> None:
        self.messages.show_message(text, level)

    # -- closing ----------------------------------------------------------------------------

    def _remember_splitters(self) -> None:
        if self._memory is not None:
            for key, panel in self._panels.items():
                self._memory.save_splitters(key, panel)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        panel = self.current_panel()
        if panel is not None and not panel.may_leave():
            event.ignore()
            return
        if self._memory is not None:
            self._memory.save(self)
            self._remember_splitters()
            backup_on_close(self.desk)
        self.idle.stop()
        self.changes.close()
        super().closeEvent(event)
