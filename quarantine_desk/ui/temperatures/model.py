"""The rounds sheet as a Qt table model: one guest per row, the temperature column editable.

Rows come from ``services.readings.rounds_sheet``. Symptoms ticked before the temperature is
typed are held here per stay until the reading is saved with them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from quarantine_desk.services.readings import ReadingInfo, RoundRow, is_fever
from quarantine_desk.ui.common import theme

Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
_ROOT = QModelIndex()


class Column(IntEnum):
    ROOM = 0
    GUEST = 1
    LAST = 2
    TEMPERATURE = 3
    SYMPTOMS = 4
    STATUS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundsModel", text)


def _headers() -> dict[Column, str]:
    return {
        Column.ROOM: _tr("Room"),
        Column.GUEST: _tr("Guest"),
        Column.LAST: _tr("Last reading"),
        Column.TEMPERATURE: _tr("Temperature °C"),
        Column.SYMPTOMS: _tr("Symptoms"),
        Column.STATUS: _tr("Status"),
    }


def symptom_text(symptoms: str | Sequence[str]) -> str:
    """Stored symptoms ("a;b") or a list of them, as the table shows them."""
    items = symptoms.split(";") if isinstance(symptoms, str) else list(symptoms)
    return ", ".join(item for item in items if item)


class RoundsModel(QAbstractTableModel):
    """The guests of one date and slot, in room order."""

    def __init__(self, editable: bool, parent: QAbstractTableModel | None = None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._rows: list[RoundRow] = []
        self._pending: dict[int, tuple[str, ...]] = {}

    # -- contents ---------------------------------------------------------------------------

    def set_rows(self, rows: list[RoundRow]) -> None:
        """Show ``rows``. The same guests in the same order are updated in place, so the
        cursor and an open editor survive a reload after each save."""
        if [r.stay_id for r in rows] == [r.stay_id for r in self._rows]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        housed = {r.stay_id for r in rows if r.missing}
        self._pending = {k: v for k, v in self._pending.items() if k in housed}

    def row_at(self, row: int) -> RoundRow:
        return self._rows[row]

    def row_of_stay(self, stay_id: int) -> int:
        """The row of ``stay_id``, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.stay_id == stay_id), -1)

    def set_reading(self, row: int, reading: ReadingInfo | None) -> None:
        """Show a reading just saved (or none, after voiding) before the sheet reloads."""
        self._rows[row] = dataclasses.replace(self._rows[row], reading=reading)
        if reading is not None:
            self._pending.pop(self._rows[row].stay_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def pending_symptoms(self, row: int) -> tuple[str, ...]:
        """Symptoms ticked for a guest whose temperature is not typed yet."""
        return self._pending.get(self._rows[row].stay_id, ())

    def set_pending_symptoms(self, row: int, symptoms: Sequence[str]) -> None:
        self._pending[self._rows[row].stay_id] = tuple(symptoms)
        index = self.index(row, Column.SYMPTOMS)
        self.dataChanged.emit(index, index)

    def is_entry_open(self, row: int) -> bool:
        """Whether a temperature can be typed on ``row``: on an editable sheet, into an empty
        cell or over the slot's reading (offered as its correction)."""
        return self._editable and 0 <= row < len(self._rows)

    def missing(self) -> tuple[int, int]:
        """(rooms, guests) still without a reading for the slot."""
        waiting = [r for r in self._rows if r.missing]
        return len({r.room for r in waiting}), len(waiting)

    def next_missing_row(self, after: int) -> int:
        """The first row still to measure below ``after``, wrapping to the top; -1 if none."""
        count = len(self._rows)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._rows[row].missing:
                return row
        return -1

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _ROLE.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return _headers()[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.TEMPERATURE and self.is_entry_open(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == _ROLE.DisplayRole:
            return self._display(row, column)
        if role == _ROLE.BackgroundRole:
            return self._background(row, column)
        if role == _ROLE.ForegroundRole:
            return self._foreground(row, column)
        if role == _ROLE.FontRole:
            return self._font(row, column)
        if role == _ROLE.TextAlignmentRole and column in (Column.ROOM, Column.TEMPERATURE):
            return Qt.AlignmentFlag.AlignCenter
        if role == _ROLE.ToolTipRole:
            return self._tooltip(row, column, index.row())
        return None

    def _display(self, row: RoundRow, column: Column) -> str:
        reading = row.reading
        if column == Column.ROOM:
            return row.room
        if column == Column.GUEST:
            return row.guest_name
        if column == Column.LAST:
            last = row.last_reading
            if last is None:
                return "—"
            return _tr("{celsius} °C · {time}").format(
                celsius=f"{last.celsius:.1f}", time=last.taken_at.strftime("%m-%d %H:%M"))
        if column == Column.TEMPERATURE:
            return f"{reading.celsius:.1f}" if reading else ""
        if column == Column.SYMPTOMS:
            if reading is not None:
                return symptom_text(reading.symptoms)
            return symptom_text(self._pending.get(row.stay_id, ()))
        if reading is None:
            return _tr("to measure")
        if row.fever:
            return _tr("FEVER (≥ {threshold} °C) · {time}").format(
                threshold=f"{row.fever_threshold:.1f}", time=reading.taken_at.strftime("%H:%M"))
        return _tr("taken {time}").format(time=reading.taken_at.strftime("%H:%M"))

    @staticmethod
    def _background(row: RoundRow, column: Column) -> object:
        if row.fever:
            return theme.qcolor(theme.FEVER if column == Column.TEMPERATURE
                                else theme.ERROR_SOFT)
        if row.missing:
            return theme.qcolor(theme.MISSING)
        return None

    @staticmethod
    def _foreground(row: RoundRow, column: Column) -> object:
        if row.fever:
            return theme.qcolor(theme.SURFACE if column == Column.TEMPERATURE else theme.FEVER)
        last = row.last_reading
        if column == Column.LAST and last and is_fever(last.celsius, row.fever_threshold):
            return theme.qcolor(theme.FEVER)
        if column == Column.STATUS and row.missing:
            return theme.qcolor(theme.WARNING)
        if column == Column.SYMPTOMS and row.missing:
            return theme.qcolor(theme.MUTED_TEXT)  # ticked, not saved yet
        return None

    def _font(self, row: RoundRow, column: Column) -> object:
        if row.fever or column in (Column.TEMPERATURE, Column.ROOM):
            font = QFont()
            font.setBold(True)
            return font
        if column == Column.SYMPTOMS and row.missing and self._pending.get(row.stay_id):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, row: RoundRow, column: Column, number: int) -> object:
        if column == Column.TEMPERATURE and self.is_entry_open(number):
            if not row.missing:
                return _tr("Type the right value and press Enter to correct this reading "
                           "(it is voided with your reason)")
            return _tr("Type the temperature and press Enter (fever from {threshold} °C)").format(
                threshold=f"{row.fever_threshold:.1f}")
        if column == Column.SYMPTOMS and row.missing and self._pending.get(row.stay_id):
            return _tr("Ticked: saved with the temperature")
        return None
