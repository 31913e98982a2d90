"""Change notifications: services mark what they changed; listeners hear it after commit.

The window subscribes so every panel refreshes at once after a change made anywhere in the
application; nothing is announced for a transaction that rolls back.

Other processes (another desk, the command line) hear it too: just before the commit, the
transaction bumps its topics' counters (SQLite) or sends them with ``NOTIFY`` (PostgreSQL), see
``store.change_counters``; ``services.change_watch`` turns those back into topics in an open
window, leaving out what this process committed itself (:data:`ORIGIN`, :func:`take_own`).
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from quarantine_desk.store import change_counters


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
_SERIALS = "quarantine_desk_serials"
#: This process in the ``NOTIFY`` payloads, so that its own window skips what it already heard.
ORIGIN = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
#: Per watched database, per topic: counter serials committed by this process, not yet seen by
#: its watcher. Kept only while a watcher tracks the database (:func:`track_own`).
_own: dict[str, dict[str, set[int]]] = {}
_tracking: dict[str, int] = {}
_own_lock = threading.Lock()


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener(topics)`` after each commit that changed something; returns unsubscribe."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def changed(session: Session, *topics: Topic) -> None:
    """Mark ``topics`` as changed by the current transaction (announced after its commit)."""
    session.info.setdefault(_PENDING, set()).update(topics)


def database_key(engine: Engine) -> str:
    """The name under which this process's own commits to ``engine``'s database are kept."""
    return engine.url.render_as_string(hide_password=True)


def notify_payload(topics: frozenset[str] | set[str]) -> str:
    """``ORIGIN topic,topic…``: what a PostgreSQL transaction tells the listening windows."""
    return f"{ORIGIN} {','.join(sorted(topics))}"


def read_payload(payload: str) -> tuple[str, frozenset[str]]:
    """The origin and topics of a :func:`notify_payload`."""
    origin, _, topics = payload.partition(" ")
    return origin, frozenset(topic for topic in topics.split(",") if topic)


def track_own(database: str) -> Callable[[], None]:
    """Keep this process's counter serials for ``database`` until the returned call."""
    with _own_lock:
        _tracking[database] = _tracking.get(database, 0) + 1

    def untrack() -> None:
        with _own_lock:
            left = _tracking.get(database, 0) - 1
            if left > 0:
                _tracking[database] = left
            else:
                _tracking.pop(database, None)
                _own.pop(database, None)
    return untrack


def take_own(database: str, topic: str, upto: int) -> set[int]:
    """Forget and return this process's serials of ``topic`` up to ``upto``."""
    with _own_lock:
        serials = _own.get(database, {}).get(topic, set())
        taken = {serial for serial in serials if serial <= upto}
        serials -= taken
        return taken


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    topics = session.info.get(_PENDING)
    if not topics:
        return
    connection = session.connection()
    if connection.get_execution_options().get("read_only_database"):
        return  # nothing was written (a write would have failed)
    if connection.dialect.name == "sqlite":
        session.info[_SERIALS] = (database_key(connection.engine),
                                  change_counters.bump(connection, topics))
    elif connection.dialect.name == "postgresql":
        change_counters.notify(connection, notify_payload(topics))


def _remember_own(database: str, serials: dict[str, int]) -> None:
    with _own_lock:
        if database not in _tracking:
            return
        own = _own.setdefault(database, {})
        for topic, serial in serials.items():
            own.setdefault(topic, set()).add(serial)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    serials = session.info.pop(_SERIALS, None)
    if serials is not None:
        _remember_own(*serials)
    topics = session.info.pop(_PENDING, None)
    if topics:
        for listener in list(_listeners):
            listener(frozenset(topics))


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_SERIALS, None)
