"""The room board of the Rooms panel (DESIGN.md §8): every room with who is in it and why to look.

The board must refresh in well under 100 ms on a site of 2,000 rooms and 100,000 stays
(DESIGN.md §10), so it is built from a handful of set-based queries (rooms, current occupants,
recent fevers, positives, open alerts), never one query per room, and merged in Python.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import (
    AlertKind,
    AlertStatus,
    Category,
    RoomState,
    TestResult,
)
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.domain.policy import Policy, day_number
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.services import policies
from quarantine_desk.services.stays import ACTIVE
from quarantine_desk.store.models import (
    Alert,
    Guest,
    HealthRecord,
    LabTest,
    PolicyVersion,
    Reading,
    Room,
    RoomAssignment,
    Stay,
)

FEVER_WINDOW = timedelta(hours=48)
ACTIVE_ALERTS = tuple(s.value for s in AlertStatus if s.is_active)


class Badge(StrEnum):
    """Why a tile asks for attention; the order is the order they are shown in."""

    FEVER = "fever"
    POSITIVE = "positive"
    KEY_PERSON = "key_person"
    DUE = "due"
    INCOMPLETE = "incomplete"


BADGES = tuple(Badge)
_FEVER = AlertKind.FEVER.value
_POSITIVE = AlertKind.POSITIVE.value


@dataclass(frozen=True)
class Occupant:
    """One guest in quarantine in a room, as the tile shows them."""

    stay_id: int
    guest_id: int
    name: str
    category: str
    batch: str
    day: int  # day N (day 0 is the basis date)
    of: int  # of M centralized days
    planned_release: date
    badges: tuple[Badge, ...]
    key_reasons: tuple[str, ...]  # why a key person (aged 67, hypertension, ...)
    max_celsius_48h: float | None  # highest valid reading in the last 48 hours


@dataclass(frozen=True)
class RoomTile:
    room_id: int
    number: str
    floor: int
    kind: str
    capacity: int
    state: str
    note: str
    occupants: tuple[Occupant, ...]

    @property
    def badges(self) -> tuple[Badge, ...]:
        """The badges of everyone in the room, each once, in display order."""
        present = {b for o in self.occupants for b in o.badges}
        return tuple(b for b in BADGES if b in present)


def all_policies(session: Session) -> dict[int, Policy]:
    """Every policy version by id, parsed once (stays keep the version of their check-in)."""
    policies.ensure_default(session)
    return {row.id or 0: policies.load(row) for row in session.exec(select(PolicyVersion))}


@dataclass(frozen=True)
class _Here:
    """The columns of one current occupant the tile needs (plain rows: no ORM objects, which
    would cost more than every query of the board together)."""

    room_id: int
    stay_id: int
    guest_id: int
    policy_id: int
    category: str
    batch: str
    basis_date: date
    planned_release: date
    name: str
    birth_date: date | None
    incomplete: bool
    conditions: str | None
    pregnant: bool | None


def _current_occupants(session: Session) -> list[_Here]:
    rows = session.exec(
        select(RoomAssignment.room_id, Stay.id, Stay.guest_id, Stay.policy_id, Stay.category,
               Stay.batch, Stay.basis_date, Stay.planned_release, Guest.full_name,
               Guest.birth_date, Guest.incomplete, HealthRecord.conditions,
               HealthRecord.pregnant)
        .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(HealthRecord, HealthRecord.guest_id == Guest.id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None), Stay.status.in_(ACTIVE))  # type: ignore[union-attr,attr-defined]
    ).all()
    return [_Here(*row) for row in rows]


def _open_assignment_stays():  # type: ignore[no-untyped-def]
    """The ids of the stays that currently hold a room, as a sub-select."""
    return select(RoomAssignment.stay_id).where(RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]


def max_readings(session: Session, since: datetime, until: datetime) -> dict[int, float]:
    """The highest valid reading per stay currently in a room, taken in [since, until]."""
    rows = session.exec(
        select(Reading.stay_id, func.max(Reading.celsius))
        .where(
            Reading.stay_id.in_(_open_assignment_stays()),  # type: ignore[attr-defined]
            Reading.taken_at >= since,
            Reading.taken_at <= until,
            Reading.voided_at.is_(None),  # type: ignore[union-attr]
        )
        .group_by(Reading.stay_id)
    ).all()
    return {stay_id: float(celsius) for stay_id, celsius in rows}


def _positive_stays(session: Session) -> set[int]:
    rows = session.exec(
        select(LabTest.stay_id)
        .where(
            LabTest.stay_id.in_(_open_assignment_stays()),  # type: ignore[attr-defined]
            LabTest.result == TestResult.POSITIVE.value,
        )
        .distinct()
    ).all()
    return set(rows)


def _open_alert_kinds(session: Session) -> dict[int, set[str]]:
    rows = session.exec(
        select(Alert.stay_id, Alert.kind)
        .where(
            Alert.stay_id.in_(_open_assignment_stays()),  # type: ignore[attr-defined]
            Alert.status.in_(ACTIVE_ALERTS),  # type: ignore[attr-defined]
        )
        .distinct()
    ).all()
    kinds: dict[int, set[str]] = defaultdict(set)
    for stay_id, kind in rows:
        kinds[stay_id].add(kind)
    return kinds


def _occupant(
    here: _Here,
    policy: Policy,
    on: date,
    hottest: float | None,
    positive: bool,
    alert_kinds: set[str],
) -> Occupant:
    conditions = [c for c in (here.conditions or "").split(";") if c]
    key_reasons = key_person_flags(here.birth_date, on, pregnant=bool(here.pregnant),
                                   conditions=conditions)
    present = (
        (Badge.FEVER, _FEVER in alert_kinds
         or (hottest is not None and hottest >= policy.fever_threshold)),
        (Badge.POSITIVE, positive or _POSITIVE in alert_kinds),
        (Badge.KEY_PERSON, bool(key_reasons)),
        (Badge.DUE, here.planned_release <= on),
        (Badge.INCOMPLETE, here.incomplete),
    )
    return Occupant(
        stay_id=here.stay_id,
        guest_id=here.guest_id,
        name=here.name,
        category=here.category,
        batch=here.batch,
        day=day_number(here.basis_date, on),
        of=policy.rules[Category(here.category)].centralized_days,
        planned_release=here.planned_release,
        badges=tuple(badge for badge, shown in present if shown),
        key_reasons=tuple(key_reasons),
        max_celsius_48h=hottest,
    )


def room_board(
    session: Session,
    on: date,
    now: datetime,
    *,
    floor: int | None = None,
    state: str | None = None,
) -> list[RoomTile]:
    """Every room (by floor, then room order) with its current occupants and their badges.

    ``on`` is the day the day numbers and "due" refer to; ``now`` ends the 48-hour fever
    window. ``floor`` and ``state`` narrow the board as the panel's filters do.
    """
    room_query = select(Room.id, Room.number, Room.floor, Room.kind, Room.capacity,
                        Room.state, Room.note)
    if floor is not None:
        room_query = room_query.where(Room.floor == floor)
    if state is not None:
        room_query = room_query.where(Room.state == state)
    rooms = sorted(session.exec(room_query).all(),
                   key=lambda r: (r.floor, room_sort_key(r.number)))
    by_policy = all_policies(session)
    hottest = max_readings(session, now - FEVER_WINDOW, now)
    positives = _positive_stays(session)
    alerts = _open_alert_kinds(session)
    in_room: dict[int, list[Occupant]] = defaultdict(list)
    for here in _current_occupants(session):
        in_room[here.room_id].append(_occupant(
            here, by_policy[here.policy_id], on, hottest.get(here.stay_id),
            here.stay_id in positives, alerts.get(here.stay_id, set()),
        ))
    return [
        RoomTile(room_id=room_id, number=number, floor=room_floor, kind=kind, capacity=capacity,
                 state=room_state, note=note,
                 occupants=tuple(sorted(in_room.get(room_id, ()), key=lambda o: o.stay_id)))
        for room_id, number, room_floor, kind, capacity, room_state, note in rooms
    ]


def board_summary(tiles: list[RoomTile]) -> dict[str, int]:
    """Counts for the board's header: rooms by state, guests, and guests per badge."""
    states = Counter(t.state for t in tiles)
    badges = Counter(b for t in tiles for o in t.occupants for b in o.badges)
    summary = {"rooms_total": len(tiles)}
    summary.update({s.value: states.get(s.value, 0) for s in RoomState})
    summary["guests"] = sum(len(t.occupants) for t in tiles)
    summary.update({b.value: badges.get(b, 0) for b in BADGES})
    return summary


def floors(session: Session) -> list[int]:
    """The floors that have rooms, lowest first (the board's floor filter)."""
    return sorted(session.exec(select(Room.floor).distinct()).all())

