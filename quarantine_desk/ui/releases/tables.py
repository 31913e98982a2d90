"""The tables of the Releases panel: rows selected whole, marks painted, reasons wrapped, and a
friendly sentence in place of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.services.released import ReleasedEntry
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.releases.marks import MarkDelegate
from quarantine_desk.ui.releases.model import CRITERION_OF_COLUMN, CandidateColumn, ReleasedColumn

#: No column but the last grows wider than this, in pixels, however long its text.
MAX_COLUMN_WIDTH = 200
#: The five mark columns are at least this wide, so they read as one even row of marks.
MIN_MARK_COLUMN_WIDTH = 68


def _table(model: TableModel[ReleaseCandidate] | TableModel[ReleasedEntry],
           parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                | Qt.AlignmentFlag.AlignVCenter)
    view.setWordWrap(True)
    return view


def candidate_table(model: TableModel[ReleaseCandidate], parent: QWidget) -> QTableView:
    """Stays with their five marks; each row as tall as its reasons."""
    view = _table(model, parent)
    delegate = MarkDelegate(view)
    for column in CRITERION_OF_COLUMN:
        view.setItemDelegateForColumn(column, delegate)
    view.horizontalHeader().setSectionResizeMode(CandidateColumn.WHY,
                                                 QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def released_table(model: TableModel[ReleasedEntry], parent: QWidget) -> QTableView:
    view = _table(model, parent)
    view.horizontalHeader().setSectionResizeMode(ReleasedColumn.APPROVED_BY,
                                                 QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView) -> None:
    """Every column as wide as its heading and contents; the last takes what is left."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        width = min(view.columnWidth(column), MAX_COLUMN_WIDTH)
        marks = isinstance(view.itemDelegateForColumn(column), MarkDelegate)
        view.setColumnWidth(column, max(width, MIN_MARK_COLUMN_WIDTH) if marks else width)


def with_empty_state(view: QTableView, parent: QWidget) -> tuple[QStackedWidget, QLabel]:
    """``view`` in a stack with a label that stands in for it when it has no rows."""
    stack = QStackedWidget(parent)
    empty = QLabel(parent)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    theme.mark(empty, "muted")
    empty.setStyleSheet(f"background: {theme.SURFACE}; border: 1px solid {theme.BORDER};")
    stack.addWidget(view)
    stack.addWidget(empty)
    return stack, empty
