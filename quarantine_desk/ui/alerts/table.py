"""Ready-made text rows for the lists of the Alerts panel, shown by the common table model.

The panel turns service results into :class:`TextRow` values (cells already translated and
formatted, a colour from the theme where the row needs attention); the columns only show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

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
