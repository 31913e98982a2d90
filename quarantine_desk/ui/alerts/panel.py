"""The Alerts panel (DESIGN.md §8): alerts with their history, and the key persons' calls."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from quarantine_desk.services.events import Topic
from quarantine_desk.ui.alerts.key_persons import KeyPersonsTab
from quarantine_desk.ui.alerts.open_alerts import AlertsTab
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.temperatures import clock as temps_clock


class AlertsPanel(Panel):
    """Tab 1: alerts needing action (escalate, note, resolve, hospital transfer);
    tab 2: key persons and their follow-up calls."""

    topics = frozenset({Topic.ALERTS, Topic.STAYS, Topic.ROOMS, Topic.READINGS, Topic.TESTS})

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context)
        self.alerts = AlertsTab(context, temps_clock.now, self)
        self.key_persons = KeyPersonsTab(context, temps_clock.now, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.alerts, self.tr("&Alerts"))
        self.tabs.addTab(self.key_persons, self.tr("&Key persons"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.alerts.load()
        self.key_persons.load()

    def show_key_persons(self, stay_id: int | None = None) -> None:
        """The key persons' tab, on ``stay_id``'s row when given (from the overview or a
        guest's record)."""
        self.tabs.setCurrentWidget(self.key_persons)
        if stay_id is not None:
            self.key_persons.select_stay(stay_id)
        self.key_persons.list.setFocus()

    def activate(self) -> None:
        super().activate()
        self.tabs.currentWidget().list.setFocus()
