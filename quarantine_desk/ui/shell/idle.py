"""Noticing that nobody has touched the desk for a while (the idle lock's trigger)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

IDLE_ENV = "QUARANTINE_DESK_IDLE_MINUTES"
DEFAULT_IDLE_MINUTES = 10.0

#: What counts as someone at the desk.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


def idle_minutes_from_env() -> float:
    """Minutes before the window locks: ``QUARANTINE_DESK_IDLE_MINUTES``, else 10; 0 = never.

    Raises ``ValueError`` with a one-line message when the variable is not a number.
    """
    raw = os.environ.get(IDLE_ENV, "").strip()
    if not raw:
        return DEFAULT_IDLE_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = -1.0
    if not minutes >= 0:
        raise ValueError(
            QCoreApplication.translate(
                "idle", "{var} must be a number of minutes (0 turns the idle lock off), "
                "not '{value}'"
            ).format(var=IDLE_ENV, value=raw)
        )
    return minutes


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without a key press, click, move or scroll anywhere
    in the application. ``minutes == 0`` never emits."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, round(minutes * 60_000)))
        self._timer.timeout.connect(self.idle)
        self._enabled = minutes > 0
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Watch the whole application and (re)start counting."""
        if not self._enabled:
            return
        app = QCoreApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked, or when the window closes)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
