"""When someone else saved the same record first: both versions side by side, and the way on.

Nothing was saved, and the dialog offers no way to overwrite their version: the person
reloads it and, where their own edits still apply, makes them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.list_view import list_view


@dataclass(frozen=True)
class ConflictRow:
    """One field as this person has it on screen and as it is now saved."""

    name: str
    yours: str
    theirs: str
    you_changed: bool
    they_changed: bool


def conflict_rows(loaded: dict[str, Any], mine: dict[str, Any],
                  theirs: dict[str, Any]) -> list[ConflictRow]:
    """The fields either side changed since ``loaded`` (what this screen showed)."""
    names = [name for name in dict.fromkeys([*mine, *theirs]) if name != "version"
             and (name in mine or (name in loaded and theirs.get(name) != loaded.get(name)))]
    return [ConflictRow(
        name=name,
        yours=labels.value_text(name, mine.get(name, loaded.get(name))),
        theirs=labels.value_text(name, theirs.get(name)) if name in theirs else labels.dash(),
        you_changed=name in mine,
        they_changed=name in theirs and theirs.get(name) != loaded.get(name),
    ) for name in names]


class ConflictDialog(QDialog):
    """Field, yours, theirs; "Reload their version" or keep the edits on screen unsaved."""

    def __init__(self, section: str, message: str, rows: list[ConflictRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.heading = QLabel(self.tr("{section}: someone else saved this record while you "
                                      "were editing it").format(section=section), self)
        self.heading.setWordWrap(True)
        theme.mark(self.heading, "subtitle")
        detail = QLabel(message, self)
        detail.setWordWrap(True)
        advice = QLabel(self.tr("Nothing of yours was saved, and nothing of theirs was "
                                "overwritten. Reload their version, then make your changes "
                                "again where they still apply."), self)
        advice.setWordWrap(True)
        theme.mark(advice, "muted")
        self.model: TableModel[ConflictRow] = TableModel([
            Column(self.tr("Field"), lambda r: labels.field(r.name)),
            Column(self.tr("Yours"), lambda r: r.yours if r.you_changed else
                   self.tr("{value} (unchanged)").format(value=r.yours),
                   bold=lambda r: r.you_changed),
            Column(self.tr("Theirs (saved)"), lambda r: r.theirs,
                   color=lambda r: theme.qcolor(theme.WARNING) if r.they_changed else None,
                   bold=lambda r: r.they_changed),
        ], parent=self)
        self.model.set_rows(rows)
        self.table = list_view(self.model, self)
        self.table.setMinimumHeight(160)
        self.table.setWordWrap(True)  # addresses and notes are long: show them whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.reload_button = QPushButton(self.tr("Reload their version"), self)
        theme.mark(self.reload_button, "primary")
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(self.accept)
        self.keep_button = QPushButton(self.tr("Keep my edits on screen (not saved)"), self)
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        for widget in (self.heading, detail, advice):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 400)
        self.reload_button.setFocus()
