"""The alerts list with the chosen alert's history and the actions on it.

Open and escalated alerts come first (newest first); "show resolved" adds the closed ones
below. Actions are offered only to the roles that may take them (medical staff, manager).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from quarantine_desk.domain.enums import AlertStatus
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import alerts, staff
from quarantine_desk.services.alerts import AlertView
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.alerts.dialogs import NoteDialog
from quarantine_desk.ui.alerts.table import (
    TextRow,
    list_over_detail,
    text_model,
    text_table_view,
)
from quarantine_desk.ui.alerts.wording import (
    KIND_COLOURS,
    action_label,
    is_active,
    kind_label,
    status_label,
)
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext


class AlertsTab(QWidget):
    """The list above, the chosen alert with its actions and history below."""

    def __init__(self, context: PanelContext, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.can_act = context.can(Permission.ALERTS)
        self.dialog: NoteDialog | None = None
        self._views: dict[int, AlertView] = {}
        self._names: dict[str, str] = {}

        self.counts = QLabel(self)
        theme.mark(self.counts, "subtitle")
        self.show_resolved = QCheckBox(self.tr("Show &resolved"), self)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.show_resolved)

        self.model = text_model([self.tr("Status"), self.tr("Kind"), self.tr("Room"),
                                 self.tr("Guest"), self.tr("Opened"), self.tr("Latest note")],
                                self)
        self.list = text_table_view(self, self.model)
        for column, width in enumerate((200, 130, 70, 110, 110)):
            self.list.horizontalHeader().resizeSection(column, width)

        self.title = QLabel(self)
        theme.mark(self.title, "subtitle")
        self.title.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.escalate_button = QPushButton(self.tr("&Escalate…"), self)
        self.note_button = QPushButton(self.tr("Add &note…"), self)
        self.resolve_button = QPushButton(self.tr("Resol&ve…"), self)
        self.hospital_button = QPushButton(self.tr("Transferred to &hospital…"), self)
        theme.mark(self.resolve_button, "primary")
        self.escalate_button.setToolTip(self.tr("Report to the command centre or request a "
                                                "hospital transfer (Ctrl+E)"))
        self.note_button.setToolTip(self.tr("Record what was done (Ctrl+N)"))
        self.resolve_button.setToolTip(self.tr("Close the alert with a note (Ctrl+R)"))
        self.hospital_button.setToolTip(self.tr("The guest has left for hospital: ends the "
                                                "stay, frees the room for disinfection "
                                                "(Ctrl+H)"))
        self.buttons = QHBoxLayout()
        for button in (self.resolve_button, self.note_button, self.escalate_button,
                       self.hospital_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.read_only = QLabel(self.tr("Read only: alerts are handled by medical staff and "
                                        "the point manager."), self)
        theme.mark(self.read_only, "muted")
        history_label = QLabel(self.tr("History, newest first"), self)
        theme.mark(history_label, "section")
        self.history_model = text_model([self.tr("When"), self.tr("Who"), self.tr("What"),
                                         self.tr("Note")], self)
        self.history = text_table_view(self, self.history_model)
        for column, width in enumerate((110, 110, 230)):
            self.history.horizontalHeader().resizeSection(column, width)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        detail = QFrame(self)
        detail.setObjectName("alertDetail")
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, theme.SPACING, 0, 0)
        side.setSpacing(theme.SPACING)
        for widget in (self.title, self.state, self.summary):
            side.addWidget(widget)
        side.addLayout(self.buttons)
        side.addWidget(self.read_only)
        side.addWidget(history_label)
        side.addWidget(self.history, 1)

        list_over_detail(self, top, self.list, detail, stretch=(2, 3), heights=(240, 360))

        for letter, button, handler in (("E", self.escalate_button, self.escalate),
                                        ("N", self.note_button, self.add_note),
                                        ("R", self.resolve_button, self.resolve),
                                        ("H", self.hospital_button, self.transfer)):
            button.clicked.connect(handler)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{letter}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.show_resolved.toggled.connect(lambda _: self.load())
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._show_current()

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        chosen = self.current_alert()
        with self.context.read() as session:
            views = alerts.open_alerts(session,
                                       include_resolved=self.show_resolved.isChecked())
            self._names = {s.username: s.display_name or s.username
                           for s in staff.list_staff(session)}
        self._views = {v.alert.id or 0: v for v in views}
        self.model.set_rows([self._row(v) for v in views])
        active = [v for v in views if is_active(v)]
        escalated = sum(1 for v in active if v.alert.status == AlertStatus.ESCALATED)
        if not active:
            self.counts.setText(self.tr("No open alerts"))
        else:
            self.counts.setText(self.tr("{open} open alerts, {escalated} of them escalated")
                                .format(open=len(active), escalated=escalated))
        row = self.model.row_of(chosen.alert.id or 0) if chosen else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectRow(row)
        self._show_current()

    def _row(self, view: AlertView) -> TextRow:
        alert = view.alert
        active = is_active(view)
        latest = view.note(view.actions[-1]) if view.actions else view.summary
        return TextRow(
            key=alert.id or 0,
            cells=(status_label(view), kind_label(alert.kind), view.room, view.guest_name,
                   alert.opened_at.strftime("%m-%d %H:%M"), latest or view.summary),
            colour=KIND_COLOURS.get(alert.kind, theme.TEXT) if active else theme.MUTED_TEXT,
            bold=active, tooltip=view.summary)

    def current_alert(self) -> AlertView | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self._views.get(self.model.row_at(index.row()).key)

    def select_alert(self, alert_id: int) -> None:
        row = self.model.row_of(alert_id)
        if row >= 0:
            self.list.selectRow(row)

    def _show_current(self) -> None:
        view = self.current_alert()
        active = view is not None and is_active(view)
        for button in (self.escalate_button, self.note_button, self.resolve_button,
                       self.hospital_button):
            button.setVisible(self.can_act and active)
        self.read_only.setVisible(not self.can_act and view is not None)
        if view is None:
            self.title.setText(self.tr("No alert chosen") if self.model.rowCount()
                               else self.tr("Nothing needs action: no open alerts."))
            self.state.clear()
            self.summary.clear()
            self.history_model.set_rows([])
            return
        alert = view.alert
        self.title.setText(self.tr("{kind} — room {room}, {name}").format(
            kind=kind_label(alert.kind), room=view.room or "—", name=view.guest_name))
        theme.mark(self.title, "subtitle")
        self.title.setStyleSheet(f"color: {KIND_COLOURS.get(alert.kind, theme.TEXT)};"
                                 if active else "")
        state = self.tr("{status} · opened {opened}").format(
            status=status_label(view), opened=alert.opened_at.strftime("%Y-%m-%d %H:%M"))
        if alert.resolved_at is not None:
            state += self.tr(" · resolved {at}: {how}").format(
                at=alert.resolved_at.strftime("%Y-%m-%d %H:%M"), how=alert.resolution)
        self.state.setText(state)
        self.summary.setText(view.summary)
        self.history_model.set_rows([
            TextRow(key=action.id or 0,
                    cells=(action.at.strftime("%m-%d %H:%M"),
                           self._names.get(action.by, action.by), action_label(action.action),
                           view.note(action)))
            for action in reversed(view.actions)
        ])

    # -- actions ----------------------------------------------------------------------------

    def _ask(self, dialog: NoteDialog, act: Callable[[Session, AlertView, NoteDialog], object],
             done: str) -> None:
        view = self.current_alert()
        if view is None or not self.can_act or not is_active(view):
            return
        dialog.accepted.connect(lambda: self._perform(view, dialog, act, done))
        dialog.finished.connect(lambda _: self._closed())
        self.dialog = dialog
        dialog.open()

    def _perform(self, view: AlertView, dialog: NoteDialog,
                 act: Callable[[Session, AlertView, NoteDialog], object], done: str) -> None:
        try:
            with self.context.write() as session:
                act(session, view, dialog)
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return
        self.context.report(done, MessageLevel.INFO)

    def _closed(self) -> None:
        self.dialog = None
        self.list.activateWindow()
        self.list.setFocus()

    def _who(self) -> str:
        view = self.current_alert()
        return self.tr("room {room}, {name}").format(room=view.room, name=view.guest_name) \
            if view else ""

    def escalate(self) -> None:
        self._ask(NoteDialog(
            self, title=self.tr("Escalate alert"),
            message=self.tr("Escalate the alert of {who}. It stays open until resolved.").format(
                who=self._who()),
            choices=(("command_centre", self.tr("Report to the &command centre")),
                     ("hospital", self.tr("Request a &hospital transfer"))),
            label=self.tr("&Note"), confirm=self.tr("Escalate"), required=False,
            placeholder=self.tr("e.g. reported by phone to the duty officer")),
            lambda s, v, d: alerts.escalate(s, self.context.actor, v.alert.id or 0,
                                            d.choice(), d.text(), now=self.clock()),
            self.tr("Alert escalated"))

    def add_note(self) -> None:
        self._ask(NoteDialog(
            self, title=self.tr("Add a note"),
            message=self.tr("What was done for {who}?").format(who=self._who()),
            label=self.tr("&Note (required)"), confirm=self.tr("Add note"),
            placeholder=self.tr("e.g. measured again: 37.0 °C; doctor informed")),
            lambda s, v, d: alerts.add_note(s, self.context.actor, v.alert.id or 0, d.text(),
                                            now=self.clock()),
            self.tr("Note added"))

    def resolve(self) -> None:
        self._ask(NoteDialog(
            self, title=self.tr("Resolve alert"),
            message=self.tr("Close the alert of {who}. Say how it ended.").format(
                who=self._who()),
            label=self.tr("&How it was resolved (required)"), confirm=self.tr("Resolve"),
            placeholder=self.tr("e.g. repeat reading 36.8 °C, no symptoms")),
            lambda s, v, d: alerts.resolve(s, self.context.actor, v.alert.id or 0, d.text(),
                                           now=self.clock()),
            self.tr("Alert resolved"))

    def transfer(self) -> None:
        view = self.current_alert()
        if view is None:
            return
        self._ask(NoteDialog(
            self, title=self.tr("Transferred to hospital"),
            message=self.tr("{name} (room {room}) has been transferred to hospital? Their stay "
                            "ends with the reason \"transferred to hospital\", their open "
                            "alerts are resolved, and room {room} goes to terminal "
                            "disinfection once empty. This cannot be undone here.").format(
                name=view.guest_name, room=view.room or "—"),
            label=self.tr("&Transfer details (required)"),
            confirm=self.tr("Confirm transfer of {name}").format(name=view.guest_name),
            placeholder=self.tr("hospital, vehicle, time"), danger=True),
            lambda s, v, d: alerts.transfer_to_hospital(s, self.context.actor,
                                                        v.alert.id or 0, d.text(),
                                                        now=self.clock()),
            self.tr("{name} transferred to hospital; room {room} awaits disinfection").format(
                name=view.guest_name, room=view.room or "—"))

    def shown_views(self) -> list[AlertView]:
        """The alerts listed, in order (for the panel and its tests)."""
        return [self._views[key] for key in self.model.keys()]
