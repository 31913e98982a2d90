"""How the Tests panel's read-only lists look: whole rows selected, left-aligned headings,
columns fitted to what a reload brought (the rows live in ``ui.common.table``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def make_table(model: QAbstractItemModel, parent: QWidget, *, many: bool = False) -> QTableView:
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
