"""Bridge from the services' change notifications to Qt signals.

``services.events`` calls its listeners inside ``session.commit()``, possibly on a worker thread;
once :meth:`ChangeBridge.watch` is called, a ``services.change_watch`` thread also reports what
other processes (another desk, the command line) committed, and whether the database server
answers. The bridge re-emits all of it as signals; receivers connect with a queued connection
so the panels reload once the writing code has returned, on the GUI thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from quarantine_desk.services import events
from quarantine_desk.services.change_watch import ChangeWatch
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic


class ChangeBridge(QObject):
    """Emits ``changed(frozenset[Topic])`` after every commit that changed something, and
    ``reachable(bool, str)`` when a watched database server goes away or comes back."""

    changed = Signal(object)
    reachable = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = events.subscribe(self._relay)
        self._unsubscribe = unsubscribe
        self._watch: ChangeWatch | None = None
        # Stop listening when Qt deletes the bridge, even if close() was never called.
        self.destroyed.connect(lambda *_: unsubscribe())

    def watch(self, desk: Desk) -> None:
        """Also relay the commits other processes make to ``desk``'s database."""
        if self._watch is not None:
            return
        self._watch = ChangeWatch(desk, self._relay_other, self._relay_reach)
        self._watch.start()
        watch = self._watch
        self.destroyed.connect(lambda *_: watch.stop())

    def recheck(self) -> None:
        """A read failed: emit ``reachable(True, "")`` as soon as the database answers again."""
        if self._watch is not None:
            self._watch.recheck()

    def close(self) -> None:
        """Stop relaying notifications."""
        self._unsubscribe()
        if self._watch is not None:
            self._watch.stop()
            self._watch = None

    def _relay(self, topics: frozenset[Topic]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(topics)

    def _relay_other(self, names: frozenset[str] | None) -> None:
        known = {topic.value for topic in Topic}
        topics = frozenset(Topic) if names is None else frozenset(
            Topic(name) for name in names if name in known)
        if topics:
            self._relay(topics)

    def _relay_reach(self, reachable: bool, reason: str) -> None:
        if shiboken6.isValid(self):
            self.reachable.emit(reachable, reason)
