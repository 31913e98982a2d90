"""Pieces the Settings tabs share: the clock, dates for people, cards, plain text rows for the
common table model, and the yes/no question before a change that touches many records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column

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


def primary_row(text: str, parent: QWidget,
                slot: Callable[[], object]) -> tuple[QPushButton, QHBoxLayout]:
    """A card's one action, a primary button on the right of its own row that runs ``slot``;
    returns the button and the row to add under the card's form."""
    button = QPushButton(text, parent)
    theme.mark(button, "primary")
    button.clicked.connect(slot)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return button, row


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
    """One line of a settings list: its cells, what it stands for, and how it looks."""

    cells: Sequence[str]
    payload: Any = None
    bold: bool = False
    muted: bool = False
    colour: str = ""  # a theme colour for the text, "" for the usual
    tips: dict[int, str] = field(default_factory=dict)  # column -> tooltip


def row_columns(headers: Sequence[str]) -> list[Column[Row]]:
    """The columns of a list of :class:`Row` (versions, staff, backups, affected stays)."""
    return [_column(header, n) for n, header in enumerate(headers)]


def _column(header: str, n: int) -> Column[Row]:
    return Column(header, lambda row: row.cells[n] if n < len(row.cells) else "",
                  color=lambda row: row.colour or (theme.MUTED_TEXT if row.muted else None),
                  bold=lambda row: row.bold, tooltip=lambda row: row.tips.get(n))


def table_view(model: QAbstractItemModel, parent: QWidget, *,
               stretch: int | None = None) -> QTableView:
    """A table for a list of :class:`Row`: whole rows selected; the ``stretch`` column takes
    the spare width and the others fit their contents (default: the last column stretches)."""
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

