"""Bridge from the services' after-commit notifications to a Qt signal.

``services.events`` calls its listeners inside ``session.commit()``, possibly on a worker thread.
The bridge re-emits the topics as a signal; receivers connect with a queued connection so the
panels reload once the writing code has returned, on the GUI thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from quarantine_desk.services import events
from quarantine_desk.services.events import Topic


class ChangeBridge(QObject):
    """Emits ``changed(frozenset[Topic])`` after every commit that changed something."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = events.subscribe(self._relay)
        self._unsubscribe = unsubscribe
        # Stop listening when Qt deletes the bridge, even if close() was never called.
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        """Stop relaying notifications."""
        self._unsubscribe()

    def _relay(self, topics: frozenset[Topic]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(topics)
