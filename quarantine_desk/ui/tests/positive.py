"""What the Tests panel shows when a result is positive.

Before: a confirmation that names the guest and takes the Ct values if the lab gave them (a
wrong key must not raise an alarm). After: the alert, the housemates whose period restarted with
their new dates, and the neighbours to test (same floor within two rooms either side, and the
same transfer batch), with one action that puts them all on the sampling list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import labtests
from quarantine_desk.services.labtests import CT_RANGE, Neighbour
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.tests import common as sampling_common
from quarantine_desk.ui.tests.table_view import fit_columns, make_table

CtValues = tuple[float | None, float | None]


class RestartLike(Protocol):
    """A housemate's restarted period, from a typed result or a previewed lab file."""

    @property
    def guest_name(self) -> str: ...

    @property
    def exposure_date(self) -> date: ...

    @property
    def planned_release(self) -> date: ...

    @property
    def previous_release(self) -> date: ...


def _ct_number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class PositiveDialog(QDialog):
    """Confirm a positive result for one named sample, with optional Ct values."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Positive result"))
        question = QLabel(self.tr(
            "Enter POSITIVE for {who}? This opens a positive alert, and the period of anyone "
            "sharing the room starts again.").format(who=who), self)
        question.setWordWrap(True)
        low, high = CT_RANGE
        self.ct_orf1ab = QLineEdit(self)
        self.ct_n = QLineEdit(self)
        for field in (self.ct_orf1ab, self.ct_n):
            field.setValidator(QDoubleValidator(low, high, 2, field))
            field.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        form.addRow(self.tr("Ct ORF1ab"), self.ct_orf1ab)
        form.addRow(self.tr("Ct N"), self.ct_n)
        buttons, self.enter_button, _ = dialog_buttons(
            self, self.tr("Enter positive"), self.accept, default=False)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)
        theme.fit_to_width(self, 440)

    def values(self) -> CtValues:
        return _ct_number(self.ct_orf1ab.text()), _ct_number(self.ct_n.text())


def ask_positive(parent: QWidget, who: str) -> CtValues | None:
    """The Ct values to enter with a confirmed positive, or None when it was cancelled."""
    dialog = PositiveDialog(who, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class PositiveBox(QFrame):
    """The consequences of one positive and the extra tests for its neighbours."""

    dismissed = Signal()

    def __init__(self, panel: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.mark(self, "card")
        self.panel = panel
        self.stay_id = 0
        self.room = ""
        self.title = QLabel(self)
        theme.mark(self.title, "subtitle")
        self.title.setStyleSheet(f"color: {theme.POSITIVE};")
        self.alert = QLabel(self)
        self.restarts = QLabel(self)
        self.neighbours_label = QLabel(self)
        for label in (self.alert, self.restarts, self.neighbours_label):
            label.setWordWrap(True)
        self.restarts.setStyleSheet(f"color: {theme.WARNING};")
        self.model: TableModel[Neighbour] = TableModel([
            Column(self.tr("Room"), lambda n: n.room),
            Column(self.tr("Guest"), lambda n: n.guest_name),
            Column(self.tr("Why"), lambda n: "; ".join(n.reasons)),
        ], self)
        self.table = make_table(self.model, self)
        self.table.setMinimumHeight(100)
        self.day = QComboBox(self)
        self.schedule_button = QPushButton(self.tr("Schedule extra test for all of them"), self)
        theme.mark(self.schedule_button, "primary")
        self.schedule_button.clicked.connect(self.schedule_all)
        close = QPushButton(self.tr("Done"), self)
        close.setToolTip(self.tr("Close this summary (the alert stays open in Alerts)"))
        close.clicked.connect(self._dismiss)
        actions = QHBoxLayout()
        self.day_label = QLabel(self.tr("Test on"), self)
        actions.addWidget(self.day_label)
        actions.addWidget(self.day)
        actions.addWidget(self.schedule_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 12, theme.MARGIN, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.alert)
        layout.addWidget(self.restarts)
        layout.addWidget(self.neighbours_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        if not panel.context.can(Permission.TESTS):
            for widget in (self.day_label, self.day, self.schedule_button):
                widget.hide()
        self.hide()

    def show_positive(self, stay_id: int, guest_name: str, room: str, alert: str,
                      restarts: Sequence[RestartLike] = ()) -> None:
        """Show the positive of ``stay_id``: ``alert`` is the alert's summary ("" when the
        guest's positive alert was already open)."""
        self.stay_id, self.room = stay_id, room
        self.title.setText(self.tr("Positive: {name}, room {room}").format(
            name=guest_name, room=room or "—"))
        self.alert.setText(
            self.tr("Positive alert: {summary}. Act on it in the Alerts panel (isolate, transfer "
                    "to hospital).").format(summary=alert) if alert
            else self.tr("{name} already had a positive alert open: this result was added to "
                         "it.").format(name=guest_name))
        lines = [self.tr("{name}: exposure {exposure}, release now {release} (was {before})")
                 .format(name=r.guest_name, exposure=r.exposure_date.isoformat(),
                         release=r.planned_release.isoformat(),
                         before=r.previous_release.isoformat()) for r in restarts]
        self.restarts.setText(
            "\n".join([self.tr("Period restarted for the others in the room:"), *lines])
            if lines else "")
        self.restarts.setVisible(bool(lines))
        with self.panel.context.read() as session:
            found = labtests.neighbours(session, stay_id)
        self.model.set_rows(found)
        fit_columns(self.table)
        if found:
            self.neighbours_label.setText(self.tr(
                "Neighbours to test — same floor within two rooms either side, or the same "
                "transfer batch: {n}").format(n=len(found)))
        else:
            self.neighbours_label.setText(self.tr(
                "Nobody else to test: no one in quarantine nearby or in the same batch."))
        self.table.setVisible(bool(found))
        today = sampling_common.today()
        self.day.clear()
        tomorrow = today + timedelta(days=1)
        self.day.addItem(self.tr("Tomorrow, {day}").format(day=tomorrow.isoformat()), tomorrow)
        self.day.addItem(self.tr("Today, {day}").format(day=today.isoformat()), today)
        self.schedule_button.setEnabled(bool(found))
        self.schedule_button.setText(self.tr("Schedule extra test for all of them"))
        self.show()

    def neighbours(self) -> list[Neighbour]:
        return self.model.rows()

    def schedule_all(self) -> int:
        """Put every neighbour on the sampling list of the chosen day; returns how many."""
        found = self.neighbours()
        day: date = self.day.currentData()
        if not found or day is None:
            return 0
        actor = self.panel.context.actor
        reason = self.tr("neighbour of positive {room}").format(room=self.room or self.stay_id)
        done = self.panel.perform(
            lambda s: labtests.schedule_extra_tests(s, actor, [n.stay_id for n in found], day,
                                                    reason),
            done=self.tr("Extra test scheduled for {n} guests on {day}.").format(
                n=len(found), day=day.isoformat()))
        if done is None:
            return 0
        self.schedule_button.setEnabled(False)
        self.schedule_button.setText(self.tr("Scheduled for {day}").format(day=day.isoformat()))
        return len(done)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
