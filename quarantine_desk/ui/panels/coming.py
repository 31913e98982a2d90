"""The panel shown for a section that a later version of Quarantine Desk brings."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quarantine_desk.ui import theme
from quarantine_desk.ui.panels.base import Panel, PanelContext


class ComingPanel(Panel):
    """Says plainly that the section is not built yet, and what it will hold."""

    def __init__(self, context: PanelContext, title: str, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        card = QFrame(self)
        theme.mark(card, "card")
        card.setFixedWidth(600)
        heading = QLabel(self.tr("{panel} arrives in a later version").format(panel=title), card)
        theme.mark(heading, "subtitle")
        heading.setWordWrap(True)
        what = QLabel(summary, card)
        what.setWordWrap(True)
        meanwhile = QLabel(
            self.tr("Nothing is lost meanwhile: the data stays in the database, and the other "
                    "panels and the quarantine-desk command keep working."),
            card,
        )
        meanwhile.setWordWrap(True)
        theme.mark(meanwhile, "muted")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        for label in (heading, what, meanwhile):
            inner.addWidget(label)
        self.heading = heading
        # Centred by stretches, not by alignment: an aligned widget gets its size hint and
        # word-wrapped labels would be cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.MARGIN * 3, theme.MARGIN, theme.MARGIN)
        outer.addLayout(row)
        outer.addStretch(1)
