"""The one read-only table model of the panels' lists, with its columns described once.

A list hands the model whole rows (records the services return, or rows a panel has already
formatted) and declares each column: its heading, the text of a row in it and, where the list
needs them, alignment, colours, bold or struck-through text, tooltips and further item-data
roles. Editable sheets (the rounds sheet) keep models of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
#: A colour: a theme colour's name (``theme.ERROR``) or a ready ``QColor``.
Colour = QColor | str
_ROLE = Qt.ItemDataRole
_ROOT = QModelIndex()  # the invisible root: rows of a table have it as parent

#: The item-data role giving the row's key (an alert, stay or call id) under every column.
KEY_ROLE = _ROLE.UserRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (translated) heading and the text of a row in it; optionally the cell's
    alignment, colours, bold or struck-through text and tooltip, the heading's tooltip and
    alignment, and more item-data roles (e.g. a release criterion's mark)."""

    header: str
    value: Callable[[R], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    color: Callable[[R], Colour | None] | None = None
    background: Callable[[R], Colour | None] | None = None
    bold: Callable[[R], bool] | None = None
    struck: Callable[[R], bool] | None = None
    tooltip: Callable[[R], str | None] | None = None
    header_tooltip: str = ""
    header_align: Qt.AlignmentFlag | None = None
    roles: Mapping[int, Callable[[R], object]] = field(default_factory=dict)


def row_styled(columns: Sequence[Column[R]], *, color: Callable[[R], Colour | None],
               struck: Callable[[R], bool], tooltip: Callable[[R], str | None],
               ) -> list[Column[R]]:
    """``columns`` with one look for whole rows (e.g. voided readings grey and struck through,
    the reason as tooltip); a column's own colour still wins where it gives one."""
    return [replace(column, color=_either(column.color, color), struck=struck, tooltip=tooltip)
            for column in columns]


def _either(own: Callable[[R], Colour | None] | None,
            row: Callable[[R], Colour | None]) -> Callable[[R], Colour | None]:
    return row if own is None else (lambda record: own(record) or row(record))


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` shown through ``columns``, replaced whole by :meth:`set_rows` when the
    list reloads. ``key`` names a row: given under :data:`KEY_ROLE`, found by :meth:`row_of`."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None, *,
                 key: Callable[[R], int] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_key = key
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def keys(self) -> list[int]:
        """The rows' keys, in order (none without a ``key``)."""
        key = self._row_key
        return [key(record) for record in self._rows] if key is not None else []

    def row_of(self, key: int) -> int:
        """The row whose key is ``key``, or -1."""
        return next((n for n, k in enumerate(self.keys()) if k == key), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = _ROLE.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _ROLE.DisplayRole:
            return column.header
        if role == _ROLE.ToolTipRole and column.header_tooltip:
            return column.header_tooltip
        if role == _ROLE.TextAlignmentRole and column.header_align is not None:
            return int(column.header_align)
        return None

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == _ROLE.DisplayRole:
            return column.value(record)
        if role == KEY_ROLE and self._row_key is not None:
            return self._row_key(record)
        if role in column.roles:
            return column.roles[role](record)
        if role == _ROLE.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == _ROLE.ForegroundRole:
            return _colour(column.color, record)
        if role == _ROLE.BackgroundRole:
            return _colour(column.background, record)
        if role == _ROLE.FontRole:
            return _font(column, record)
        if role == _ROLE.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        return None


def _colour(colour: Callable[[R], Colour | None] | None, record: R) -> QColor | None:
    value = colour(record) if colour is not None else None
    return QColor(value) if value else None


def _font(column: Column[R], record: R) -> QFont | None:
    bold = column.bold is not None and column.bold(record)
    struck = column.struck is not None and column.struck(record)
    if not (bold or struck):
        return None
    font = QFont()
    font.setBold(bold)
    font.setStrikeOut(struck)
    return font
