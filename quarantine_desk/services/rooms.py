"""Rooms: adding them, and the states a room goes through outside of check-in and release."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import RoomKind, RoomState, StayStatus
from quarantine_desk.domain.parsing import parse_room_spec
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.store.models import Room, RoomAssignment, Stay

_DEFAULT_CAPACITY = {RoomKind.SINGLE: 1, RoomKind.DOUBLE: 2, RoomKind.FAMILY: 3}


def _tr(text: str) -> str:
    return translate("rooms", text)


def get_room(session: Session, number: str) -> Room:
    room = session.exec(select(Room).where(Room.number == number.strip())).first()
    if room is None:
        raise NotFound(_tr("there is no room {number}").format(number=number))
    return room


def all_rooms(session: Session) -> list[Room]:
    rooms = list(session.exec(select(Room)))
    return sorted(rooms, key=lambda r: (r.floor, room_sort_key(r.number)))


def occupant_count(session: Session, room_id: int) -> int:
    return session.exec(
        select(func.count())
        .select_from(RoomAssignment)
        .where(RoomAssignment.room_id == room_id, RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    ).one()


def add_rooms(
    session: Session,
    actor: Actor,
    specs: list[str],
    *,
    kind: RoomKind = RoomKind.SINGLE,
    capacity: int | None = None,
    floor: int | None = None,
    now: datetime | None = None,
) -> list[Room]:
    """Add rooms from specs like ``301`` or ``301-320``; floor is number // 100 by default."""
    require(actor, Permission.ROOMS)
    capacity = capacity if capacity is not None else _DEFAULT_CAPACITY[kind]
    if not 1 <= capacity <= 12:
        raise ValidationFailed(_tr("capacity must be between 1 and 12"))
    numbers = [n for spec in specs for n in parse_room_spec(spec)]
    if not numbers:
        raise ValidationFailed(_tr("name at least one room, like 301 or 301-320"))
    duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
    existing = set(session.exec(select(Room.number).where(Room.number.in_(numbers))))  # type: ignore[attr-defined]
    if duplicates or existing:
        clash = ", ".join(sorted(set(duplicates) | existing, key=room_sort_key)[:10])
        raise ValidationFailed(_tr("room(s) already exist: {rooms}").format(rooms=clash))
    rooms = []
    for number in numbers:
        digits = "".join(ch for ch in number if ch.isdigit())
        room_floor = floor if floor is not None else (int(digits) // 100 if digits else 0)
        room = Room(number=number, floor=room_floor, kind=kind.value, capacity=capacity)
        session.add(room)
        rooms.append(room)
    session.flush()
    for room in rooms:
        audit.record(session, actor, "room.add", "room", room.id, after=audit.snapshot(room),
                     at=now)
    events.changed(session, events.Topic.ROOMS)
    return rooms


_ALLOWED: dict[RoomState, set[RoomState]] = {
    # target state -> states a room may come from by this action
    RoomState.AVAILABLE: {RoomState.AWAITING_DISINFECTION, RoomState.OUT_OF_SERVICE,
                          RoomState.RESERVED},
    RoomState.RESERVED: {RoomState.AVAILABLE},
    RoomState.OUT_OF_SERVICE: {RoomState.AVAILABLE, RoomState.AWAITING_DISINFECTION,
                               RoomState.RESERVED},
}

_ACTION = {RoomState.AVAILABLE: "room.available", RoomState.RESERVED: "room.reserve",
           RoomState.OUT_OF_SERVICE: "room.out_of_service"}


def set_state(
    session: Session,
    actor: Actor,
    number: str,
    state: RoomState,
    *,
    note: str = "",
    now: datetime | None = None,
) -> Room:
    """Reserve, take out of service, return to service or mark disinfected (→ available)."""
    require(actor, Permission.ROOMS)
    room = get_room(session, number)
    current = RoomState(room.state)
    if state not in _ALLOWED:
        raise ValidationFailed(
            _tr("a room becomes {state} only through check-in or release").format(
                state=state.value
            )
        )
    if current not in _ALLOWED[state]:
        raise ValidationFailed(
            _tr("room {number} is {current}: it cannot become {state}").format(
                number=room.number, current=current.value, state=state.value
            )
        )
    if state is RoomState.OUT_OF_SERVICE and occupant_count(session, room.id or 0):
        raise ValidationFailed(_tr("room {number} has a guest in it").format(number=room.number))
    before = audit.snapshot(room)
    room.state = state.value
    if note:
        room.note = note
    session.add(room)
    session.flush()
    action = _ACTION[state]
    if state is RoomState.AVAILABLE and current is RoomState.AWAITING_DISINFECTION:
        action = "room.disinfected"
    audit.record(session, actor, action, "room", room.id, before=before,
                 after=audit.snapshot(room), at=now)
    events.changed(session, events.Topic.ROOMS)
    return room


def mark_disinfected(session: Session, actor: Actor, number: str,
                     now: datetime | None = None) -> Room:
    room = get_room(session, number)
    if room.state != RoomState.AWAITING_DISINFECTION.value:
        raise ValidationFailed(
            _tr("room {number} is not awaiting disinfection").format(number=room.number)
        )
    return set_state(session, actor, number, RoomState.AVAILABLE, now=now)


def vacancy(session: Session) -> dict[str, int]:
    """Room counts by state and guests in quarantine (the ``vacancy --json`` object)."""
    counts = dict(session.exec(select(Room.state, func.count()).group_by(Room.state)).all())
    guests = session.exec(
        select(func.count()).select_from(Stay).where(Stay.status == StayStatus.IN_QUARANTINE.value)
    ).one()
    result = {"rooms_total": sum(counts.values())}
    for state in RoomState:
        result[state.value] = int(counts.get(state.value, 0))
    result["guests_in_quarantine"] = int(guests)
    return result
