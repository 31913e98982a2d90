"""Pieces the Settings tabs share: the clock, dates for people, cards, a plain table model
and the yes/no question before a change that touches many records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.ui.common import theme

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

HOME_KINDS: dict[HomeKind, str] = {
    HomeKind.NONE: QT_TRANSLATE_NOOP("Settings", "nothing"),
    HomeKind.HEALTH_MONITORING: QT_TRANSLATE_NOOP("Settings", "home health monitoring"),
    HomeKind.ISOLATION: QT_TRANSLATE_NOOP("Settings", "home isolation"),
}


def now() -> datetime:
    """The desk's clock: the one place the Settings panel reads the time."""
    return datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def home_kind_label(kind: HomeKind) -> str:
    return QCoreApplication.translate("Settings", HOME_KINDS[kind])


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date) -> str:
    """A date as people on the desk read it: ISO with the weekday, e.g. 2022-04-02 Sat."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day.isoformat()} {weekday}"


def card(parent: QWidget, title: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white card with an optional heading; returns the frame and its layout."""
    frame = QFrame(parent)
    theme.mark(frame, "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(theme.SPACING)
    if title:
        heading = QLabel(title, frame)
        theme.mark(heading, "subtitle")
        layout.addWidget(heading)
    return frame, layout


def label(text: str, parent: QWidget, kind: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    if kind:
        theme.mark(widget, kind)
    return widget


def ask(parent: QWidget, title: str, question: str, yes: str) -> bool:
    """A yes/no question whose "yes" button says what will happen; "no" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is confirm


@dataclass
class Row:
    """One line of a :class:`RowsModel`: its cells, what it stands for, and how it looks."""

    cells: Sequence[str]
    payload: Any = None
    bold: bool = False
    muted: bool = False
    colour: str = ""  # a theme colour for the text, "" for the usual
    tips: dict[int, str] = field(default_factory=dict)  # column -> tooltip


class RowsModel(QAbstractTableModel):
    """A read-only table of a few dozen text rows (versions, staff, backups, affected stays)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips.get(column)
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (row.colour or row.muted):
            return theme.qcolor(row.colour or theme.MUTED_TEXT)
        return None


def table_view(model: QAbstractTableModel, parent: QWidget, *,
               stretch: int | None = None) -> QTableView:
    """A table for a :class:`RowsModel`: whole rows selected; the ``stretch`` column takes the
    spare width and the others fit their contents (default: the last column stretches)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    if stretch is None:
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view

