"""Writing many rows in a few statements, with the audit events :mod:`audit` would write.

An imported file of 10,000 rows must not cost 10,000 round trips of the ORM (issue 16): the
importers look up what they need for all rows at once, insert with ``executemany`` and write
the audit events here, with the same content as :func:`audit.record` / :func:`audit.saved`.
Plain dictionaries stand for the rows, so no ORM object is made per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from quarantine_desk.services.audit import plain_value
from quarantine_desk.services.context import Actor
from quarantine_desk.store.models import AuditEvent

#: Values per ``IN (…)`` list: far under every SQLite and PostgreSQL limit.
CHUNK = 500
T = TypeVar("T")


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``values`` in lists of at most ``size``, for ``IN`` lists of any length."""
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def snapshot(model: type[SQLModel], values: dict[str, Any]) -> dict[str, Any]:
    """What :func:`audit.snapshot` gives for a row of ``model`` holding ``values``."""
    return {column.name: plain_value(values.get(column.name))
            for column in model.__table__.columns}  # type: ignore[attr-defined]


def event(actor: Actor, action: str, entity: str, entity_id: int | None, *,
          before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
          guest_id: int | None = None, at: datetime) -> dict[str, Any]:
    """The audit event :func:`audit.record` would add, as a row for :func:`insert_events`."""
    return {"at": at, "actor": actor.username, "action": action, "entity": entity,
            "entity_id": entity_id, "guest_id": guest_id,
            "before": _json(before), "after": _json(after)}


def _json(value: dict[str, Any] | None) -> str | None:
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else None


def insert_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Add the audit events to the current transaction, in order (their ids follow it)."""
    if rows:
        session.execute(insert(AuditEvent.__table__), list(rows))  # type: ignore[attr-defined]


def insert_returning_ids(session: Session, model: type[SQLModel],
                         rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in a few statements; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    result = session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows))
    return [row[0] for row in result]
