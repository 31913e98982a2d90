"""The Temperatures panel (DESIGN.md §8): the rounds sheet and the charts tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.temperatures import clock as temps_clock
from quarantine_desk.ui.temperatures.charts_tab import ChartsTab
from quarantine_desk.ui.temperatures.rounds import RoundsSheet


class TemperaturesPanel(Panel):
    """Tab 1 is the sheet the nurse types into; tab 2 the curves and fevers per day."""

    topics = frozenset({Topic.READINGS, Topic.STAYS, Topic.ROOMS, Topic.POLICY})

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context)
        self.rounds = RoundsSheet(context, temps_clock.now, self)
        self.charts = ChartsTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rounds, self.tr("Rounds &sheet"))
        self.tabs.addTab(self.charts, self.tr("&Charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(self.tabs)
        self.rounds.rows_loaded.connect(
            lambda rows: self.charts.set_sheet(self.rounds.on_date(), rows))

    def refresh(self) -> None:
        self.rounds.load()

    def may_leave(self) -> bool:
        """A temperature still in its editor is saved, or the person chooses to drop it or
        to stay with it on the sheet."""
        if self.rounds.may_leave():
            return True
        self.tabs.setCurrentWidget(self.rounds)
        editor = self.rounds.delegate.editor()
        if editor is not None:
            editor.setFocus()
        return False

    def activate(self) -> None:
        super().activate()
        if self.tabs.currentWidget() is self.rounds:
            self.rounds.view.setFocus()
