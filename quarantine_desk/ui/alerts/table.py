"""Ready-made text rows for the lists of the Alerts panel, shown by the common table model.

The panel turns service results into :class:`TextRow` values (cells already translated and
formatted, a colour from the theme where the row needs attention); the columns only show them.
Both tabs lay out the same way: a heading, then the list above the chosen row's detail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel


@dataclass(frozen=True)
class TextRow:
    key: int
    cells: tuple[str, ...]
    colour: str = ""  # theme colour of the text, "" for the usual
    bold: bool = False
    tooltip: str = ""
    #: Cells drawn in their own colour instead of the row's colour (e.g. "not called today").
    cell_colours: tuple[tuple[int, str], ...] = ()


def _column(header: str, n: int) -> Column[TextRow]:
    return Column(header, lambda row: row.cells[n],
                  color=lambda row: dict(row.cell_colours).get(n, row.colour),
                  bold=lambda row: row.bold,
                  tooltip=lambda row: row.tooltip or row.cells[n])


def text_model(headers: Sequence[str], parent: QObject | None = None) -> TableModel[TextRow]:
    """A list of :class:`TextRow` under ``headers``, each row known by its key (an alert, stay
    or call id)."""
    return TableModel([_column(header, n) for n, header in enumerate(headers)], parent,
                      key=lambda row: row.key)


def text_table_view(parent: QWidget, model: TableModel[TextRow]) -> QTableView:
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


def list_over_detail(tab: QWidget, heading: QWidget | QLayout, table: QWidget, detail: QWidget,
                     *, stretch: tuple[int, int], heights: tuple[int, int]) -> None:
    """Lay ``tab`` out as ``heading`` over a splitter of ``table`` above ``detail`` (grown in
    the ratio ``stretch``, starting at ``heights``); neither part can be collapsed away."""
    splitter = QSplitter(Qt.Orientation.Vertical, tab)
    splitter.addWidget(table)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setSizes(list(heights))
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
    layout.setSpacing(theme.SPACING)
    if isinstance(heading, QLayout):
        layout.addLayout(heading)
    else:
        layout.addWidget(heading)
    layout.addWidget(splitter, 1)
