"""A panel built on its own in a test hears the changes commits announce, as in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from quarantine_desk.ui.common.changes import ChangeBridge
from quarantine_desk.ui.common.panel import Panel


def hear_changes(panel: Panel) -> None:
    """Reload ``panel`` after each commit that changes one of its topics, wired as the main
    window wires its panels (queued: the reload runs once the writing code has returned)."""
    bridge = ChangeBridge(panel)
    bridge.changed.connect(panel.notify_changed, Qt.ConnectionType.QueuedConnection)


def settle() -> None:
    """Deliver the change notifications queued by the last write (the panel reloads now)."""
    QCoreApplication.processEvents()
