"""Change notifications: services mark what they changed; listeners hear it after commit.

The window subscribes so every panel refreshes at once after a change made anywhere in the
application; nothing is announced for a transaction that rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import event
from sqlmodel import Session


class Topic(StrEnum):
    """What a transaction changed; each panel names the topics that make it stale."""

    SITE = "site"
    ROOMS = "rooms"
    STAYS = "stays"
    READINGS = "readings"
    TESTS = "tests"
    ALERTS = "alerts"
    STAFF = "staff"
    POLICY = "policy"


Listener = Callable[[frozenset[Topic]], None]
_listeners: list[Listener] = []
_PENDING = "quarantine_desk_changed"


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(topics)`` after each commit that changed something; returns unsubscribe."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def changed(session: Session, *topics: Topic) -> None:
    """Mark ``topics`` as changed by the current transaction (announced after its commit)."""
    session.info.setdefault(_PENDING, set()).update(topics)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    topics = session.info.pop(_PENDING, None)
    if topics:
        for listener in list(_listeners):
            listener(frozenset(topics))


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
