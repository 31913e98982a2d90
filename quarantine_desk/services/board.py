"""The room board of the Rooms panel (DESIGN.md §8): every room with who is in it and why to look.

The board must refresh in well under 100 ms on a site of 2,000 rooms and 100,000 stays
(DESIGN.md §10), so it is built from two queries, never one per room: the rooms shown, and
their current occupants, each row carrying every badge input (hottest reading of the last
48 hours, positive test, open alerts) read by index for that stay alone. Both start from
what is there now (rooms, open assignments), so the cost follows the rooms shown, not the
years of readings and tests kept.
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


def _sort_key(number: str) -> tuple[int, str]:
    """``room_sort_key`` with a shortcut for the usual all-digit number (the same key)."""
    return (int(number), number) if number.isdecimal() else room_sort_key(number)


def _alert_open(kind: str):  # type: ignore[no-untyped-def]
    """Whether the stay of the row has an alert of ``kind`` that still needs action."""
    return select(Alert.id).where(Alert.stay_id == Stay.id, Alert.kind == kind,
                                  Alert.status.in_(ACTIVE_ALERTS)).exists()  # type: ignore[attr-defined]


def _occupants_query(since: datetime, until: datetime, rooms):  # type: ignore[no-untyped-def]
    """One row per guest in quarantine in one of ``rooms`` (a sub-select of room ids, or None
    for every room) with every input of the tile: the guest, the health record, and per stay
    (correlated, read by index) the hottest valid reading in [since, until], a positive test,
    an open fever alert and an open positive alert. It starts from the open assignments, so it
    reads as many rows as there are guests now, however long the history."""
    hottest = (
        select(func.max(Reading.celsius))
        .where(Reading.stay_id == Stay.id, Reading.taken_at >= since,
               Reading.taken_at <= until, Reading.voided_at.is_(None))  # type: ignore[union-attr]
        .scalar_subquery()
    )
    # The id, not *, so that ``ix_labtest_stay_result`` alone answers (a covering index).
    positive_test = select(LabTest.id).where(
        LabTest.stay_id == Stay.id, LabTest.result == TestResult.POSITIVE.value).exists()
    query = (
        select(RoomAssignment.room_id, Stay.id, Stay.guest_id, Stay.policy_id, Stay.category,
               Stay.batch, Stay.basis_date, Stay.planned_release, Guest.full_name,
               Guest.birth_date, Guest.incomplete, HealthRecord.conditions,
               HealthRecord.pregnant, hottest, positive_test, _alert_open(_FEVER),
               _alert_open(_POSITIVE))
        .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(HealthRecord, HealthRecord.guest_id == Guest.id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None), Stay.status.in_(ACTIVE))  # type: ignore[union-attr,attr-defined]
        .order_by(Stay.id)
    )
    if rooms is not None:
        query = query.where(RoomAssignment.room_id.in_(rooms))  # type: ignore[attr-defined]
    return query


def _occupants(session: Session, on: date, now: datetime,
               rooms) -> dict[int, list[Occupant]]:  # type: ignore[no-untyped-def]
    """The occupants of each room, by stay id, their badges worked out from the row alone."""
    by_policy = all_policies(session)
    days_of: dict[tuple[int, str], int] = {}
    in_room: dict[int, list[Occupant]] = defaultdict(list)
    query = _occupants_query(now - FEVER_WINDOW, now, rooms)
    session.flush()  # read on the connection below, which would not flush pending changes
    for (room_id, stay_id, guest_id, policy_id, category, batch, basis, release, name, birth,
         incomplete, conditions, pregnant, hottest, positive_test, fever_alert,
         positive_alert) in session.connection().execute(query):
        policy = by_policy[policy_id]
        of = days_of.get((policy_id, category))
        if of is None:
            of = days_of[policy_id, category] = policy.rules[category].centralized_days
        key_reasons = key_person_flags(
            birth, on, pregnant=bool(pregnant),
            conditions=[c for c in conditions.split(";") if c] if conditions else ())
        if hottest is not None:
            hottest = float(hottest)
        badges = []  # in BADGES order
        if fever_alert or (hottest is not None and hottest >= policy.fever_threshold):
            badges.append(Badge.FEVER)
        if positive_test or positive_alert:
            badges.append(Badge.POSITIVE)
        if key_reasons:
            badges.append(Badge.KEY_PERSON)
        if release <= on:
            badges.append(Badge.DUE)
        if incomplete:
            badges.append(Badge.INCOMPLETE)
        in_room[room_id].append(Occupant(
            stay_id, guest_id, name, category, batch, day_number(basis, on), of, release,
            tuple(badges), tuple(key_reasons), hottest))
    return in_room


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
    window. ``floor`` and ``state`` narrow the board as the panel's filters do; only the
    guests of the rooms shown are read.
    """
    conditions = []
    if floor is not None:
        conditions.append(Room.floor == floor)
    if state is not None:
        conditions.append(Room.state == state)
    session.flush()  # as session.execute would before reading on its connection
    columns = (Room.id, Room.number, Room.floor, Room.kind, Room.capacity, Room.state, Room.note)
    rooms = sorted(session.connection().execute(select(*columns).where(*conditions)).all(),
                   key=lambda r: (r[2], _sort_key(r[1])))
    shown = select(Room.id).where(*conditions) if conditions else None
    in_room = _occupants(session, on, now, shown)
    empty: tuple[Occupant, ...] = ()
    return [
        RoomTile(room_id, number, room_floor, kind, capacity, room_state, note,
                 tuple(in_room[room_id]) if room_id in in_room else empty)
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

