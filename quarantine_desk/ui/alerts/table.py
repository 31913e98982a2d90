"""A read-only table model of ready-made text rows, for the lists of the Alerts panel.

The panel turns service results into :class:`TextRow` values (cells already translated and
formatted, a colour from the theme where the row needs attention); the model only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from quarantine_desk.ui.common import theme

Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
_ROOT = QModelIndex()

#: The row's key (an alert or stay id) under every column.
KEY_ROLE = _ROLE.UserRole


@dataclass(frozen=True)
class TextRow:
    key: int
    cells: tuple[str, ...]
    colour: str = ""  # theme colour of the text, "" for the usual
    bold: bool = False
    tooltip: str = ""
    #: Cells drawn in their own colour instead of the row's colour (e.g. "not called today").
    cell_colours: tuple[tuple[int, str], ...] = ()


class TextTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[TextRow] = []

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TextRow:
        return self._rows[row]

    def row_of_key(self, key: int) -> int:
        """The row showing ``key``, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    def keys(self) -> list[int]:
        return [r.key for r in self._rows]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _ROLE.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _ROLE.DisplayRole:
            return row.cells[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == _ROLE.ForegroundRole:
            colour = dict(row.cell_colours).get(index.column(), row.colour)
            return theme.qcolor(colour) if colour else None
        if role == _ROLE.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == _ROLE.ToolTipRole:
            return row.tooltip or row.cells[index.column()] or None
        return None


def text_table_view(parent: QWidget, model: TextTableModel) -> QTableView:
    """A read-only table of whole rows for ``model``, in the panel's style."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view
