"""The audit trail: every write records who, what, which record, before and after."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import case, func, or_
from sqlmodel import Session, SQLModel, select

from quarantine_desk.services.context import Actor
from quarantine_desk.store.models import AuditEvent, Guest

_SECRET_FIELDS = {"password_hash"}


def plain_value(value: Any) -> Any:
    """A value as the audit trail's JSON holds it: dates as ISO text, enums as their value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def snapshot(row: SQLModel | None) -> dict[str, Any] | None:
    """The column values of ``row``, JSON-safe, secrets left out."""
    if row is None:
        return None
    return {
        column.name: plain_value(getattr(row, column.name))
        for column in row.__table__.columns  # type: ignore[attr-defined]
        if column.name not in _SECRET_FIELDS
    }


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    guest_id: int | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add an audit event to the current transaction (it commits or rolls back with it)."""
    event = AuditEvent(
        at=at or datetime.now().replace(microsecond=0),
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        guest_id=guest_id,
        before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None,
    )
    session.add(event)
    return event


def saved(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    row: SQLModel,
    *,
    before: dict[str, Any] | None = None,
    guest_id: int | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add and flush ``row``, then record it as it now stands: flushed first, because a new
    row has its id only then."""
    session.add(row)
    session.flush()
    return record(session, actor, action, entity, row.id,  # type: ignore[attr-defined]
                  before=before, after=snapshot(row), guest_id=guest_id, at=at)


def history(
    session: Session,
    *,
    guest_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 500,
) -> list[AuditEvent]:
    """Audit events, newest first, filtered by guest or by record."""
    query = select(AuditEvent)
    if guest_id is not None:
        query = query.where(AuditEvent.guest_id == guest_id)
    if entity is not None:
        query = query.where(AuditEvent.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)  # type: ignore[union-attr]
    return list(session.exec(query))


@dataclass(frozen=True)
class HistoryEntry:
    """An audit event as the guest's History tab shows it: plain data, so the screen never
    holds a table row."""

    at: datetime
    actor: str
    action: str
    before: str | None  # JSON
    after: str | None  # JSON


def history_entries(session: Session, *, guest_id: int | None = None,
                    entity: str | None = None, limit: int = 500) -> list[HistoryEntry]:
    """:func:`history` as plain records, for the faces."""
    return [HistoryEntry(at=e.at, actor=e.actor, action=e.action, before=e.before, after=e.after)
            for e in history(session, guest_id=guest_id, entity=entity, limit=limit)]


def guest_history(session: Session, guest_id: int) -> list[HistoryEntry]:
    """The guest's audit trail, newest first (see :func:`history`)."""
    return history_entries(session, guest_id=guest_id)


# --- the trail to read (Settings › Audit trail, the ``audit`` command) -----------------------


@dataclass(frozen=True)
class AuditRecord:
    """One audit event as the audit browser and ``audit`` show it: who did what to which
    record, when, and the guest it concerns (by name), as plain data."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    guest_id: int | None
    guest_name: str
    before: str | None  # JSON
    after: str | None  # JSON

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "actor": self.actor,
                "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
                "guest_id": self.guest_id, "guest_name": self.guest_name,
                "before": json.loads(self.before) if self.before else None,
                "after": json.loads(self.after) if self.after else None}


def _guest_of_event():  # type: ignore[no-untyped-def]
    """The guest an event concerns: its guest, or the guest record it changed."""
    return func.coalesce(AuditEvent.guest_id,
                         case((AuditEvent.entity == "guest", AuditEvent.entity_id)))


def trail(session: Session, *, since: date | None = None, until: date | None = None,
          actor: str | None = None, guest: str | None = None,
          limit: int | None = None) -> list[AuditRecord]:
    """Audit events newest first, from the day ``since`` to the end of the day ``until``, by
    the account ``actor`` (any case), about a guest whose name contains ``guest`` or whose ID
    number is or starts with it; at most ``limit`` of them (None: all)."""
    guest_id = _guest_of_event().label("guest_ref")
    query = (select(AuditEvent, guest_id, Guest.full_name)
             .outerjoin(Guest, Guest.id == guest_id))  # type: ignore[arg-type]
    if since is not None:
        query = query.where(AuditEvent.at >= datetime.combine(since, time.min))
    if until is not None:
        query = query.where(AuditEvent.at < datetime.combine(until + timedelta(days=1),
                                                             time.min))
    if actor:
        query = query.where(func.lower(AuditEvent.actor) == actor.strip().lower())
    if guest and guest.strip():
        text_ = guest.strip()
        query = query.where(or_(Guest.full_name.icontains(text_, autoescape=True),  # type: ignore[attr-defined]
                                Guest.id_number.startswith(text_.upper(), autoescape=True)))  # type: ignore[attr-defined]
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())  # type: ignore[union-attr]
    if limit is not None:
        query = query.limit(limit)
    return [AuditRecord(id=e.id, at=e.at, actor=e.actor, action=e.action,  # type: ignore[arg-type]
                        entity=e.entity, entity_id=e.entity_id, guest_id=ref,
                        guest_name=name or "", before=e.before, after=e.after)
            for e, ref, name in session.exec(query)]


def actors(session: Session) -> list[str]:
    """Every account name the trail holds, for a filter by person."""
    return sorted(session.exec(select(AuditEvent.actor).distinct()), key=str.lower)
