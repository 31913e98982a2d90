"""Key persons (重点人员) and their follow-up calls: who they are, why, when last phoned.

The liaison officer works down the list each day: pick the person, phone them, write what was
said and what they need (medication, food, a worry), press Enter. Who called and when are
taken from the signed-in person and the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import key_persons, staff
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.key_persons import KeyPersonRow
from quarantine_desk.ui.alerts.table import (
    TextRow,
    list_over_detail,
    text_model,
    text_table_view,
)
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext

_LAST_CALL = 7  # the column of the last call


class KeyPersonsTab(QWidget):
    """The list of key persons above, the chosen person's call log and history below."""

    def __init__(self, context: PanelContext, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.can_call = context.can(Permission.FOLLOW_UP)
        self._rows: dict[int, KeyPersonRow] = {}

        self.counts = QLabel(self)
        theme.mark(self.counts, "subtitle")
        self.model = text_model([self.tr("Room"), self.tr("Guest"), self.tr("Age"),
                                 self.tr("Why"), self.tr("Phone"), self.tr("Medication"),
                                 self.tr("Needs"), self.tr("Last call")], self)
        self.list = text_table_view(self, self.model)
        for column, width in enumerate((64, 96, 50, 220, 120, 140, 160)):
            self.list.horizontalHeader().resizeSection(column, width)

        self.person = QLabel(self)
        theme.mark(self.person, "section")
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("how the guest is, what was said"))
        self.needs = QLineEdit(self)
        self.needs.setPlaceholderText(self.tr("e.g. blood pressure tablets, a kettle"))
        self.log_button = QPushButton(self.tr("&Log call"), self)
        theme.mark(self.log_button, "primary")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&What was said"), self.summary)
        needs_row = QHBoxLayout()
        needs_row.addWidget(self.needs, 1)
        needs_row.addWidget(self.log_button)
        needs_label = QLabel(self.tr("N&eeds"), self)
        needs_label.setBuddy(self.needs)
        form.addRow(needs_label, needs_row)
        self.history_model = text_model([self.tr("When"), self.tr("Who"),
                                         self.tr("What was said"), self.tr("Needs")], self)
        self.history = text_table_view(self, self.history_model)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for column, width in enumerate((110, 100, 360)):
            self.history.horizontalHeader().resizeSection(column, width)

        lower = QWidget(self)
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(theme.SPACING)
        below.addWidget(self.person)
        if self.can_call:
            below.addLayout(form)
        else:
            for widget in (self.summary, self.needs, self.log_button):
                widget.hide()
        below.addWidget(self.history, 1)
        list_over_detail(self, self.counts, self.list, lower, stretch=(3, 2), heights=(360, 240))

        self.log_button.clicked.connect(self.log_call)
        self.summary.returnPressed.connect(self.log_call)
        self.needs.returnPressed.connect(self.log_call)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._show_current()

    def today(self) -> date:
        return self.clock().date()

    def load(self) -> None:
        chosen = self.current_stay()
        on = self.today()
        with self.context.read() as session:
            rows = key_persons.key_persons(session, on)
        self._rows = {row.stay_id: row for row in rows}
        self.model.set_rows([self._row(row, on) for row in rows])
        waiting = sum(1 for row in rows if not row.called_on(on))
        if not rows:
            self.counts.setText(self.tr("No key persons in quarantine"))
        else:
            self.counts.setText(self.tr("{count} key persons, {waiting} not called today")
                                .format(count=len(rows), waiting=waiting))
        row = self.model.row_of(chosen) if chosen is not None else -1
        self.list.selectRow(row if row >= 0 else 0)
        self._show_current()

    def _row(self, row: KeyPersonRow, on: date) -> TextRow:
        called = row.called_on(on)
        if row.last_call_at is None:
            last = self.tr("never called")
        elif called:
            last = self.tr("today {time}").format(time=row.last_call_at.strftime("%H:%M"))
        else:
            last = self.tr("not today (last {when})").format(
                when=row.last_call_at.strftime("%m-%d %H:%M"))
        return TextRow(
            key=row.stay_id,
            cells=(row.room, row.guest_name, "" if row.age is None else str(row.age),
                   "; ".join(row.flags), row.phone, row.medication, row.needs, last),
            cell_colours=() if called else ((_LAST_CALL, theme.KEY_PERSON),),
            bold=not called)

    def select_stay(self, stay_id: int) -> bool:
        """Choose ``stay_id``'s row; False when that stay is not a key person in quarantine."""
        row = self.model.row_of(stay_id)
        if row < 0:
            return False
        self.list.selectRow(row)
        self._show_current()
        return True

    def current_stay(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.row_at(index.row()).key if index.isValid() else None

    def _show_current(self) -> None:
        stay_id = self.current_stay()
        row = self._rows.get(stay_id) if stay_id is not None else None
        for widget in (self.summary, self.needs, self.log_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.person.setText(self.tr("Choose a key person to log a call"))
            self.history_model.set_rows([])
            return
        self.person.setText(self.tr("Follow-up call with {name}, room {room} ({phone})").format(
            name=row.guest_name, room=row.room, phone=row.phone or self.tr("no phone")))
        with self.context.read() as session:
            calls = key_persons.calls_for_stay(session, row.stay_id)
            names = {s.username: s.display_name or s.username
                     for s in staff.list_staff(session)}
        self.history_model.set_rows([
            TextRow(key=call.id or 0,
                    cells=(call.at.strftime("%m-%d %H:%M"), names.get(call.by, call.by),
                           call.summary, call.needs))
            for call in calls
        ])

    def log_call(self) -> None:
        """Save the call with the chosen person; the fields empty for the next one."""
        stay_id = self.current_stay()
        if stay_id is None or not self.can_call:
            return
        try:
            with self.context.write() as session:
                key_persons.log_call(session, self.context.actor, stay_id, self.summary.text(),
                                     self.needs.text(), now=self.clock())
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            self.summary.setFocus()
            return
        self.summary.clear()
        self.needs.clear()
        self.context.report(self.tr("Call with {name} logged").format(
            name=self._rows[stay_id].guest_name), MessageLevel.INFO)
        self.list.setFocus()
