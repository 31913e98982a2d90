"""A read-only table model for the short lists of a guest's record (readings, tests, rooms,
history): columns are declared as functions of a row, with colour and strike-out per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: rows of a table have it as parent


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its (translated) header and the text of a row in it."""

    header: str
    text: Callable[[T], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: Callable[[T], QColor | None] | None = None  # overrides the row's colour
    bold: Callable[[T], bool] | None = None


class ListModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through ``columns``; ``row_color`` and ``struck`` style a row."""

    def __init__(self, columns: Sequence[Column[T]], *,
                 row_color: Callable[[T], QColor | None] | None = None,
                 struck: Callable[[T], bool] | None = None,
                 tooltip: Callable[[T], str] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._row_color = row_color
        self._struck = struck
        self._tooltip = tooltip

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = column.color(row) if column.color else None
            return color or (self._row_color(row) if self._row_color else None)
        if role == Qt.ItemDataRole.FontRole:
            struck = bool(self._struck and self._struck(row))
            bold = bool(column.bold and column.bold(row))
            if struck or bold:
                font = QFont()
                font.setStrikeOut(struck)
                font.setBold(bold)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip:
            return self._tooltip(row) or None
        return None


def list_view(model: ListModel[Any], parent: QWidget, *, stretch: int = -1) -> QTableView:
    """A read-only table for a :class:`ListModel`; column ``stretch`` takes the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view
