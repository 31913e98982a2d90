"""How another desk's window learns which topics a commit changed.

SQLite: each writing transaction bumps one counter per topic it changed, just before its commit
(:func:`bump`). A window polls the cheap ``PRAGMA data_version`` and reads the counters only when
another connection committed, so it reloads the panels those topics concern and no others.

PostgreSQL needs no table: the transaction sends its topics with ``pg_notify`` (:func:`notify`),
which the server delivers to listening windows at commit, and never for a rollback.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlmodel import Field, SQLModel

#: The PostgreSQL ``LISTEN``/``NOTIFY`` channel of every desk on a database.
CHANNEL = "quarantine_desk"

_BUMP = text(
    "INSERT INTO change_counter (topic, serial) VALUES (:topic, 1) "
    "ON CONFLICT (topic) DO UPDATE SET serial = change_counter.serial + 1 "
    "RETURNING serial")
_READ = text("SELECT topic, serial FROM change_counter")
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


class ChangeCounter(SQLModel, table=True):
    """How many committed transactions changed ``topic`` (SQLite; a row appears at the first)."""

    __tablename__ = "change_counter"

    topic: str = Field(primary_key=True)
    serial: int = 0


def bump(connection: Connection, topics: Iterable[str]) -> dict[str, int]:
    """Count one more change of each of ``topics`` in the current transaction; the serials it
    will commit (in a fixed order, so that two writers never wait on each other in a circle)."""
    return {topic: connection.execute(_BUMP, {"topic": topic}).scalar_one()
            for topic in sorted({str(topic) for topic in topics})}


def read(connection: Connection) -> dict[str, int]:
    """Every topic's serial as committed now."""
    return {topic: serial for topic, serial in connection.execute(_READ)}


def notify(connection: Connection, payload: str) -> None:
    """Send ``payload`` to the windows listening on :data:`CHANNEL` when this transaction
    commits (PostgreSQL)."""
    connection.execute(_NOTIFY, {"channel": CHANNEL, "payload": payload})
