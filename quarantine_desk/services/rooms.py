"""Rooms: adding and editing them, and the states a room goes through outside of check-in and
release."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import RoomKind, RoomState, StayStatus
from quarantine_desk.domain.parsing import ParseError, clean_text, parse_room_spec
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.records import RoomRecord, copy_row
from quarantine_desk.services.serialize import serialize
from quarantine_desk.store.models import Room, RoomAssignment, Stay

_DEFAULT_CAPACITY = {RoomKind.SINGLE: 1, RoomKind.DOUBLE: 2, RoomKind.FAMILY: 3}
MAX_CAPACITY = 12
#: What separates specs typed on one line: commas (also Chinese ones), semicolons, spaces.
_SEPARATORS = re.compile(r"[\s,;、，；]+")


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


def room_records(session: Session) -> list[RoomRecord]:
    """Every room, by number, as plain records for the faces."""
    return [copy_row(RoomRecord, room) for room in all_rooms(session)]


def occupant_count(session: Session, room_id: int) -> int:
    return session.exec(
        select(func.count())
        .select_from(RoomAssignment)
        .where(RoomAssignment.room_id == room_id, RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    ).one()


def default_capacity(kind: RoomKind) -> int:
    """Beds a room of ``kind`` has unless told otherwise (1 single, 2 double, 3 family)."""
    return _DEFAULT_CAPACITY[kind]


def split_specs(text: str) -> list[str]:
    """The specs in one typed line: ``301-320, 401`` or ``301 - 320；401`` to
    ``["301-320", "401"]`` (spaces around a range's dash are allowed)."""
    joined = re.sub(r"\s*[-~]\s*", "-", clean_text(text))
    return [part for part in _SEPARATORS.split(joined) if part]


def floor_of(number: str, floor: int | None = None) -> int:
    """The floor of room ``number``: ``floor`` when given, else the number // 100."""
    if floor is not None:
        return floor
    digits = "".join(ch for ch in number if ch.isdigit())
    return int(digits) // 100 if digits else 0


@dataclass(frozen=True)
class RoomPlan:
    """The rooms specs name, before they are added: what the window previews."""

    numbers: tuple[str, ...]
    floors: tuple[int, ...]  # each floor once, lowest first
    clashes: tuple[str, ...]  # numbers named twice or already on the site (at most 10)


def plan_rooms(session: Session, specs: Sequence[str], *,
               floor: int | None = None) -> RoomPlan:
    """The rooms ``specs`` name (each spec may hold several, as :func:`split_specs` reads) and
    which of them clash; a spec that is not a room or a range is refused."""
    try:
        numbers = [n for spec in specs for part in split_specs(spec)
                   for n in parse_room_spec(part)]
    except ParseError as error:
        raise ValidationFailed(str(error)) from error
    duplicates = {n for n in numbers if numbers.count(n) > 1}
    existing = set(session.exec(select(Room.number).where(Room.number.in_(numbers))))  # type: ignore[attr-defined]
    clashes = sorted(duplicates | existing, key=room_sort_key)[:10]
    floors = sorted({floor_of(n, floor) for n in numbers})
    return RoomPlan(tuple(numbers), tuple(floors), tuple(clashes))


def _check_capacity(capacity: int) -> None:
    if not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationFailed(_tr("capacity must be between 1 and 12"))


def add_rooms(
    session: Session,
    actor: Actor,
    specs: list[str],
    *,
    kind: RoomKind = RoomKind.SINGLE,
    capacity: int | None = None,
    floor: int | None = None,
    now: datetime | None = None,
) -> list[RoomRecord]:
    """Add rooms from specs like ``301``, ``301-320`` or ``301-320, 401``; floor is
    number // 100 by default."""
    require(actor, Permission.ROOMS)
    serialize(session)
    capacity = capacity if capacity is not None else _DEFAULT_CAPACITY[kind]
    _check_capacity(capacity)
    plan = plan_rooms(session, specs, floor=floor)
    if not plan.numbers:
        raise ValidationFailed(_tr("name at least one room, like 301 or 301-320"))
    if plan.clashes:
        raise ValidationFailed(_tr("room(s) already exist: {rooms}").format(
            rooms=", ".join(plan.clashes)))
    rooms = []
    for number in plan.numbers:
        room = Room(number=number, floor=floor_of(number, floor), kind=kind.value,
                    capacity=capacity)
        session.add(room)
        rooms.append(room)
    session.flush()
    for room in rooms:
        audit.record(session, actor, "room.add", "room", room.id, after=audit.snapshot(room),
                     at=now)
    events.changed(session, events.Topic.ROOMS)
    return [copy_row(RoomRecord, room) for room in rooms]


def edit_room(
    session: Session,
    actor: Actor,
    number: str,
    *,
    kind: RoomKind,
    capacity: int,
    note: str,
    version: int | None = None,
    now: datetime | None = None,
) -> RoomRecord:
    """Change a room's kind, beds and note. ``version`` is the one the person was shown: a
    room changed since is refused rather than overwritten. Fewer beds than the guests in the
    room are refused."""
    require(actor, Permission.ROOMS)
    serialize(session)
    _check_capacity(capacity)
    room = get_room(session, number)
    if version is not None and room.version != version:
        raise ValidationFailed(_tr("room {number} was changed meanwhile: look at it again")
                               .format(number=room.number))
    guests = occupant_count(session, room.id or 0)
    if capacity < guests:
        raise ValidationFailed(
            _tr("room {number} has {n} guest(s) in it: it needs at least {n} beds").format(
                number=room.number, n=guests))
    note = note.strip()
    if (room.kind, room.capacity, room.note) == (kind.value, capacity, note):
        return copy_row(RoomRecord, room)
    before = audit.snapshot(room)
    room.kind, room.capacity, room.note = kind.value, capacity, note
    audit.saved(session, actor, "room.edit", "room", room, before=before, at=now)
    events.changed(session, events.Topic.ROOMS)
    return copy_row(RoomRecord, room)


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
) -> RoomRecord:
    """Reserve, take out of service, return to service or mark disinfected (→ available)."""
    require(actor, Permission.ROOMS)
    serialize(session)
    room = get_room(session, number)
    current = RoomState(room.state)
    if state is RoomState.OUT_OF_SERVICE and occupant_count(session, room.id or 0):
        raise ValidationFailed(
            _tr("room {number} has guests in it: move them to another room or release them "
                "before taking it out of service").format(number=room.number))
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
    return copy_row(RoomRecord, room)


def mark_disinfected(session: Session, actor: Actor, number: str,
                     now: datetime | None = None) -> RoomRecord:
    serialize(session)
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
