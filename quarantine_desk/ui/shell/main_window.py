"""The main window: navigation on the left, one panel at a time, the status bar below."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import Role
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.changes import ChangeBridge
from quarantine_desk.ui.common.messages import MessageBar, MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.shell.alerts_badge import AlertsBadge
from quarantine_desk.ui.shell.duty_toggle import DutyToggle
from quarantine_desk.ui.shell.idle import IdleWatcher, idle_minutes_from_env
from quarantine_desk.ui.shell.lock import LockOverlay
from quarantine_desk.ui.shell.navigation import NavigationList
from quarantine_desk.ui.shell.registry import PANELS, PanelSpec, create_panel, find_spec
from quarantine_desk.ui.shell.status import DeskStatusBar

SIDEBAR_WIDTH = 232


class MainWindow(QMainWindow):
    """The signed-in person's window. Panels are built on first visit and kept."""

    def __init__(self, desk: Desk, database: str, *,
                 idle_minutes: float | None = None,
                 panels: Sequence[PanelSpec] = PANELS,
                 parent: QWidget | None = None) -> None:
        """``desk``: the database with the signed-in person acting.
        ``idle_minutes``: lock after this long untouched (default from the environment,
        see :func:`~quarantine_desk.ui.shell.idle.idle_minutes_from_env`; 0 = never)."""
        super().__init__(parent)
        actor = desk.actor
        self.desk = desk
        self.actor = actor
        self.context = PanelContext(desk, self._report)
        self._specs = [spec for spec in panels if spec.visible_to(actor)]
        self._panels: dict[str, Panel] = {}
        self._focus_before_lock: QWidget | None = None

        self._shortcuts: list[QAction] = []
        entries: list[tuple[PanelSpec, str]] = []
        for position, spec in enumerate(panels, start=1):
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

        self.navigation = NavigationList(entries, self)
        self.navigation.panel_requested.connect(self.show_panel)
        self.site_label = QLabel(self)
        self.site_label.setWordWrap(True)
        theme.mark(self.site_label, "subtitle")
        self.product_label = QLabel(self.tr("Quarantine Desk"), self)
        theme.mark(self.product_label, "muted")
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 18, 0, 12)
        side.setSpacing(2)
        for label in (self.site_label, self.product_label):
            label.setContentsMargins(18, 0, 14, 0)
            side.addWidget(label)
        side.addSpacing(16)
        side.addWidget(self.navigation, 1)

        self.page_title = QLabel(self)
        theme.mark(self.page_title, "title")
        self.today_label = QLabel(self)
        theme.mark(self.today_label, "muted")
        header = QFrame(self)
        header.setObjectName("pageHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(theme.MARGIN + 4, 12, theme.MARGIN + 4, 12)
        header_row.addWidget(self.page_title, 1)
        header_row.addWidget(self.today_label)

        self.messages = MessageBar(self)
        self.stack = QStackedWidget(self)
        page = QVBoxLayout()
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(header)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, 0)
        message_row.addWidget(self.messages)
        page.addLayout(message_row)
        page.addWidget(self.stack, 1)

        central = QWidget(self)
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(sidebar)
        body.addLayout(page, 1)
        self.setCentralWidget(central)
        status = DeskStatusBar(actor, database, self)
        self.setStatusBar(status)
        #: A doctor's or nurse's own on-duty mark (None for other roles).
        self.duty: DutyToggle | None = None
        if actor.role is Role.MEDICAL:
            self.duty = DutyToggle(self.context, status)
            status.add_before_database(self.duty)
        self.setMinimumSize(1000, 620)
        self.resize(1280, 800)

        self.lock_overlay = LockOverlay(desk, self)
        self.lock_overlay.unlocked.connect(self._on_unlocked)
        minutes = idle_minutes_from_env() if idle_minutes is None else idle_minutes
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.changes = ChangeBridge(self)
        self.changes.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        self.alerts_badge = AlertsBadge(desk, self.navigation, self.changes, self)

        self._show_site()
        self.navigation.setFocus()
        if self._specs:
            self.show_panel(self._specs[0].key)
        self.idle.start()

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
        """Bring panel ``key`` on screen (building it on first visit); None if not allowed."""
        spec = find_spec(key, self._specs)
        if spec is None:
            return None
        panel = self._panels.get(key)
        if panel is None:
            panel = create_panel(spec, self.context)
            self._panels[key] = panel
            self.stack.addWidget(panel)
        if self.stack.currentWidget() is not panel:
            self.messages.clear()
        self.stack.setCurrentWidget(panel)
        self.navigation.select(key)
        self.page_title.setText(spec.translated_title())
        self.today_label.setText(QLocale().toString(QDate.currentDate(),
                                                    QLocale.FormatType.LongFormat))
        panel.activate()
        return panel

    # -- idle lock --------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.lock_overlay.isVisible()

    def lock(self) -> None:
        """Cover the window until the same person's password is typed again."""
        if self.is_locked():
            return
        self.idle.stop()
        self._focus_before_lock = QApplication.focusWidget()
        self.centralWidget().setEnabled(False)
        for action in self._shortcuts:
            action.setEnabled(False)
        self.lock_overlay.cover()

    def _on_unlocked(self) -> None:
        self.centralWidget().setEnabled(True)
        for action in self._shortcuts:
            action.setEnabled(True)
        focus = self._focus_before_lock
        self._focus_before_lock = None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self.idle.start()

    # -- changes ----------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.SITE in topics:
            self._show_site()
        if Topic.STAFF in topics and self.duty is not None:
            self.duty.reload()
        for panel in self._panels.values():
            panel.notify_changed(topics)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.idle.stop()
        self.changes.close()
        super().closeEvent(event)
