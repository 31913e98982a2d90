"""What every panel gets from the window, and what the window expects of a panel."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import failures
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common.messages import MessageLevel

T = TypeVar("T")


@dataclass(frozen=True)
class PanelContext:
    """The desk (the database and the signed-in person) and the window's message bar."""

    desk: Desk
    report: Callable[[str, MessageLevel], None]

    @property
    def actor(self) -> Actor:
        return self.desk.actor

    def can(self, permission: Permission) -> bool:
        """Whether the person's role allows ``permission`` (shape buttons with it)."""
        return self.actor.can(permission)

    def read(self) -> AbstractContextManager[Session]:
        return self.desk.read()

    def write(self) -> AbstractContextManager[Session]:
        return self.desk.write()


class Panel(QWidget):
    """Base of the panels in the main window's stack.

    A panel is built once, when first shown, and kept: switching away and back, or the idle
    lock, never loses what was typed. Subclasses load their data in :meth:`refresh` through the
    services and name in :attr:`topics` the change topics (``services.events``) that make it
    stale; the window then calls :meth:`refresh` at once if the panel is on screen, or when it
    is next shown.
    """

    #: Change topics after which this panel reloads (e.g. ``{Topic.ROOMS, Topic.STAYS}``), its
    #: own writes included: it does not reload by hand after one, so it loads once per change.
    topics: frozenset[Topic] = frozenset()

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True

    def refresh(self) -> None:
        """Reload what the panel shows from the services. The base panel shows nothing."""

    def is_loading(self) -> bool:
        """True while data is still arriving (a panel that loads in the background says so;
        screenshots wait for it)."""
        return False

    def may_leave(self) -> bool:
        """Asked before the panel is switched away from, the person at the desk changes or the
        window closes. A panel holding unsaved input asks (save / discard / stay) and answers
        whether to go on; the base panel holds none."""
        return True

    def activate(self) -> None:
        """Called by the window each time the panel comes on screen."""
        if self._stale:
            self._stale = False
            self.refresh()

    def navigate(self, key: str) -> Panel | None:
        """Open another panel of the window this panel sits in (None when the person's role
        may not, or the panel is shown on its own)."""
        show = getattr(self.window(), "show_panel", None)
        return show(key) if callable(show) else None

    def notify_changed(self, topics: frozenset[Topic]) -> None:
        """Called by the window after a commit that changed ``topics``."""
        if not topics & self.topics:
            return
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def perform(self, action: Callable[[Session], T], done: str = "") -> T | None:
        """Run ``action(session)`` in one transaction; show a refusal in the message bar.

        Returns the action's result, or ``None`` when a service refused (nothing was written).
        ``done`` is an already translated confirmation shown on success.
        """
        try:
            with self.context.write() as session:
                result = action(session)
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return None
        except failures.OPENING_ERRORS + (OSError,) as error:
            # The server gone, a locked or read-only database, a full disk: one line, and the
            # input on screen stays for when it can be saved.
            line = failures.explain(error, str(self.context.desk.engine.url))
            if line is None:
                raise
            self.context.report(line, MessageLevel.ERROR)
            return None
        if done:
            self.context.report(done, MessageLevel.INFO)
        return result
