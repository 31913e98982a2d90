"""The Charts tab: pick a guest of the sheet to see their curve, beside the site's fevers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services import readings
from quarantine_desk.services.readings import RoundRow, is_fever
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.temperatures.charts import FeversPerDay, GuestCurve

#: The site chart covers this many days, ending on the sheet's date.
FEVER_DAYS = 14


def _preferred(rows: list[RoundRow]) -> RoundRow | None:
    """The guest to show first: a fever in this slot, else a fever last time, else the first."""
    for row in rows:
        if row.fever:
            return row
    for row in rows:
        if row.last_reading and is_fever(row.last_reading.celsius, row.fever_threshold):
            return row
    return rows[0] if rows else None


class ChartsTab(QWidget):
    """A guest picker (type a room or a name), the guest's curve and the fevers per day."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[RoundRow] = []
        self._on: date | None = None

        self.picker = QComboBox(self)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumWidth(260)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setCompleter(completer)
        self.picker.lineEdit().setPlaceholderText(self.tr("room or name"))
        picker_label = QLabel(self.tr("&Guest"), self)
        picker_label.setBuddy(self.picker)
        top = QHBoxLayout()
        top.setSpacing(theme.SPACING)
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        top.addStretch(1)

        self.curve_title = QLabel(self)
        theme.mark(self.curve_title, "subtitle")
        self.curve = GuestCurve(self)
        self.fevers_title = QLabel(self)
        theme.mark(self.fevers_title, "subtitle")
        self.fevers = FeversPerDay(self)
        charts = QGridLayout()
        charts.setHorizontalSpacing(theme.MARGIN)
        charts.addWidget(self.curve_title, 0, 0)
        charts.addWidget(self.fevers_title, 0, 1)
        charts.addWidget(self.curve, 1, 0)
        charts.addWidget(self.fevers, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        charts.setRowStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.SPACING)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(top)
        layout.addLayout(charts, 1)
        self.picker.activated.connect(lambda _: self._show_guest())

    def set_sheet(self, on: date, rows: list[RoundRow]) -> None:
        """The guests of the sheet on ``on``; keeps the chosen guest when still there."""
        chosen = self.picker.currentData()
        self._on, self._rows = on, list(rows)
        self.picker.blockSignals(True)
        self.picker.clear()
        for row in rows:
            self.picker.addItem(f"{row.room} · {row.guest_name}", row.stay_id)
        self.picker.setEnabled(bool(rows))
        index = self.picker.findData(chosen) if chosen is not None else -1
        if index < 0:
            first = _preferred(self._rows)
            index = self.picker.findData(first.stay_id) if first else -1
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        if self.isVisible():
            self.load()

    def load(self) -> None:
        """Draw both charts from the services."""
        self._show_guest()
        if self._on is None:
            return
        start = self._on - timedelta(days=FEVER_DAYS - 1)
        with self.context.read() as session:
            counts = readings.fevers_per_day(session, start, self._on)
        self.fevers_title.setText(self.tr("Fevers per day, {start} to {end}").format(
            start=start.strftime("%m-%d"), end=self._on.strftime("%m-%d")))
        self.fevers.show_counts(counts)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]
        self.load()

    def _show_guest(self) -> None:
        stay_id = self.picker.currentData()
        row = next((r for r in self._rows if r.stay_id == stay_id), None)
        if row is None:
            self.curve_title.setText(self.tr("Nobody is housed on this sheet"))
            self.curve.show_readings([], None)
            return
        with self.context.read() as session:
            points = [(r.taken_at, r.celsius)
                      for r in readings.readings_for_stay(session, row.stay_id)]
        self.curve_title.setText(self.tr("Room {room}, {name}: {count} readings").format(
            room=row.room, name=row.guest_name, count=len(points)))
        self.curve.show_readings(points, row.fever_threshold)
