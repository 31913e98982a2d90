"""Read-only table models of the Tests panel: rows of plain records, columns described once.

Each page lists records the services return (due tests, samples awaiting results, neighbours,
the changes of a lab file); one model class shows them all, given for each column its heading
and how to draw a record's cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
_ROLE = Qt.ItemDataRole
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its heading, the text of a record's cell and, optionally, the cell's
    colour (a theme colour name or None), whether it is bold and centred."""

    heading: str
    text: Callable[[R], str]
    color: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    centred: bool = False
    tip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table of ``records``; replaced whole by :meth:`set_rows` when the page reloads."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        record = self._rows[index.row()]
        if role == _ROLE.DisplayRole:
            return column.text(record)
        if role == _ROLE.ForegroundRole and column.color is not None:
            color = column.color(record)
            return QColor(color) if color else None
        if role == _ROLE.FontRole and column.bold is not None and column.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == _ROLE.TextAlignmentRole:
            return int(_CENTRE if column.centred else _LEFT)
        if role == _ROLE.ToolTipRole and column.tip is not None:
            return column.tip(record) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _ROLE.DisplayRole) -> object:
        if role != _ROLE.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].heading if 0 <= section < len(self._columns) else None
        return str(section + 1)


def make_table(model: RowsModel, parent: QWidget, *, many: bool = False) -> QTableView:
    """A read-only table of whole rows, one (or with ``many``, several) selected at a time."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def fit_columns(table: QTableView, minimum: int = 70) -> None:
    """Size the columns to their content (after a reload), never narrower than ``minimum``."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for section in range(header.count() - 1):
        header.resizeSection(section, max(header.sectionSize(section) + 16, minimum))
