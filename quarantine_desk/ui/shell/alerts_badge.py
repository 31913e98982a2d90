"""The count of open alerts beside "Alerts" in the navigation, kept true after every change.

It listens to the window's change notifications, so it counts alerts raised from any panel (a
fever typed on the rounds sheet, a positive result) whether or not the Alerts panel was ever
opened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from quarantine_desk.services import alerts
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common.changes import ChangeBridge
from quarantine_desk.ui.shell.navigation import NavigationList

KEY = "alerts"


class AlertsBadge(QObject):
    """Writes "Alerts (3)" on the navigation entry; just "Alerts" when none are open."""

    def __init__(self, desk: Desk, navigation: NavigationList, changes: ChangeBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._navigation = navigation
        keys = navigation.keys()
        self._row = keys.index(KEY) if KEY in keys else -1
        self._title = navigation.item(self._row).text() if self._row >= 0 else ""
        self.count = 0
        changes.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        self.update()

    def update(self) -> None:
        """Count the open and escalated alerts and show the number."""
        if self._row < 0:
            return
        self.count = self._desk.query(alerts.open_count)
        item = self._navigation.item(self._row)
        item.setText(self.tr("{title} ({count})").format(title=self._title, count=self.count)
                     if self.count else self._title)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.ALERTS in topics:
            self.update()
