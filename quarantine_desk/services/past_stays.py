"""Stays that are already over, entered many at a time: a site's past taken over from its
ledgers, or the demo's year of history (DESIGN.md §10: a site of 100,000 stays must be
something anyone can build and try).

Each past stay arrives whole: the guest, one room from arrival to release, the readings, the
negative tests, the destination check and the room's disinfection after it. One permission
check and one insert per table for a whole batch keep this at a few seconds per ten thousand
stays; the checks a desk makes one stay at a time are made here for the batch at once:

* every time is in order (arrival, readings and samples, release, disinfection) and in the
  past; the room exists and never holds more guests at once than its capacity, counting the
  assignments already stored; an ID number is not already in the database or the batch;
* each stay's planned release comes from the policy in force on its arrival day, and its
  release serial number from the same counter releases use, so later releases go on from it.

The audit trail records the past as it happened, at the moments the records name: the guest's
``guest.add`` and ``stay.check_in`` at arrival, ``stay.release`` at release, the room's
``room.disinfected`` (which the past-day report reads, see :mod:`room_history`), and one
``stay.past_batch`` event at ``now`` that says who entered the batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, insert, or_, update
from sqlmodel import Session, select

from quarantine_desk.domain.enums import (
    Category,
    IdType,
    RoomState,
    StayStatus,
    TestKind,
    TestResult,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Policy, basis_date, planned_release
from quarantine_desk.domain.text import translate
from quarantine_desk.services import bulk_rows, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.release import SERIAL_PREFIX
from quarantine_desk.services.serialize import serialize
from quarantine_desk.store.models import (
    DestinationCheck,
    Guest,
    HealthRecord,
    LabTest,
    Reading,
    Room,
    RoomAssignment,
    SerialCounter,
    Stay,
)


def _tr(text: str) -> str:
    return translate("past_stays", text)


@dataclass(frozen=True)
class PastGuest:
    full_name: str
    id_number: str
    sex: str | None
    birth_date: date | None
    phone: str
    home_address: str
    id_type: str = IdType.RESIDENT_ID.value


@dataclass(frozen=True)
class PastTest:
    """A negative PCR: its sample and when the lab reported it."""

    sample_no: str
    sampled_at: datetime
    reported_at: datetime
    lab: str


@dataclass(frozen=True)
class PastDestination:
    """Where the guest went, verified suitable by the community, and when they were told."""

    address: str
    street: str
    community: str
    grid_worker: str
    grid_phone: str
    verified_at: datetime
    notified_at: datetime


@dataclass(frozen=True)
class PastStay:
    guest: PastGuest
    category: Category
    room: str
    arrival_at: datetime
    released_at: datetime
    disinfected_at: datetime
    readings: tuple[tuple[datetime, float], ...]
    tests: tuple[PastTest, ...]
    destination: PastDestination
    exposure_date: date | None = None
    batch: str = ""
    household: str = ""
    origin: str = ""


def record_past_stays(session: Session, actor: Actor, stays: Sequence[PastStay], *,
                      now: datetime) -> int:
    """Store ``stays`` as released stays with all they left behind; how many were stored.

    Refuses the whole batch, naming the first stay at fault, when any check above fails.
    """
    for permission in (Permission.CHECK_IN, Permission.READINGS, Permission.TESTS,
                       Permission.RELEASE):
        require(actor, permission)
    if not stays:
        return 0
    serialize(session)
    rooms = _rooms(session, {s.room for s in stays})
    _check_times(stays, now)
    _check_new_people(session, stays)
    _check_capacity(session, stays, rooms)
    policy_ids = _policies_by_day(session, {s.arrival_at.date() for s in stays})
    guest_ids = _insert_guests(session, stays)
    stay_ids, stay_rows = _insert_stays(session, actor, stays, guest_ids, policy_ids)
    _insert_rest(session, actor, stays, rooms, stay_ids)
    _audit_stays(session, actor, stays, rooms, guest_ids, stay_ids, stay_rows)
    bulk_rows.insert_events(session, [bulk_rows.event(
        actor, "stay.past_batch", "stay", None, at=now,
        after={"count": len(stays), "first": stay_ids[0], "last": stay_ids[-1]})])
    events.changed(session, events.Topic.STAYS, events.Topic.READINGS, events.Topic.TESTS,
                   events.Topic.ROOMS)
    return len(stays)


# --- checks ----------------------------------------------------------------------------------

def _refuse(stay: PastStay, reason: str) -> ValidationFailed:
    return ValidationFailed(_tr("past stay of {name} ({id_number}): {reason}").format(
        name=stay.guest.full_name, id_number=stay.guest.id_number, reason=reason))


def _check_times(stays: Iterable[PastStay], now: datetime) -> None:
    for stay in stays:
        if not stay.arrival_at < stay.released_at <= stay.disinfected_at <= now:
            raise _refuse(stay, _tr("arrival, release and disinfection must follow each other "
                                    "and be in the past"))
        moments = [m for m, _ in stay.readings] + [t.sampled_at for t in stay.tests]
        if any(not stay.arrival_at <= m <= stay.released_at for m in moments):
            raise _refuse(stay, _tr("a reading or sample lies outside the stay"))
        if any(t.reported_at < t.sampled_at or t.reported_at > now for t in stay.tests):
            raise _refuse(stay, _tr("a result is reported before its sample or in the future"))


def _rooms(session: Session, numbers: set[str]) -> dict[str, Room]:
    found: dict[str, Room] = {}
    for chunk in bulk_rows.chunks(sorted(numbers)):
        found.update((r.number, r) for r in session.exec(
            select(Room).where(Room.number.in_(chunk))))  # type: ignore[attr-defined]
    missing = numbers - found.keys()
    if missing:
        raise ValidationFailed(_tr("room {number} does not exist").format(number=min(missing)))
    return found


def _check_new_people(session: Session, stays: Sequence[PastStay]) -> None:
    seen: dict[tuple[str, str], PastStay] = {}
    for stay in stays:
        key = (stay.guest.id_type, stay.guest.id_number)
        if key in seen:
            raise _refuse(stay, _tr("the batch names this person twice"))
        seen[key] = stay
    numbers = sorted({s.guest.id_number for s in stays})
    for chunk in bulk_rows.chunks(numbers):
        for id_type, number in session.exec(select(Guest.id_type, Guest.id_number).where(
                Guest.id_number.in_(chunk))):  # type: ignore[attr-defined]
            if (id_type, number) in seen:
                raise _refuse(seen[(id_type, number)], _tr("this person is already recorded"))


def _check_capacity(session: Session, stays: Sequence[PastStay], rooms: dict[str, Room]) -> None:
    """Sweep each room's stays, with the assignments already stored in the batch's span."""
    first = min(s.arrival_at for s in stays)
    last = max(s.released_at for s in stays)
    spans: dict[int, list[tuple[datetime, datetime | None, PastStay | None]]] = defaultdict(list)
    for stay in stays:
        spans[rooms[stay.room].id or 0].append((stay.arrival_at, stay.released_at, stay))
    stored = select(RoomAssignment.room_id, RoomAssignment.start_at, RoomAssignment.end_at).where(
        RoomAssignment.start_at < last,
        or_(RoomAssignment.end_at.is_(None), RoomAssignment.end_at > first))  # type: ignore[union-attr]
    for room_id, start, end in session.exec(stored):
        if room_id in spans:
            spans[room_id].append((start, end, None))
    capacity = {room.id: room.capacity for room in rooms.values()}
    for room_id, items in spans.items():
        # Leaving at a moment frees the bed for whoever arrives at that same moment.
        marks = sorted([(start, 1, stay) for start, _end, stay in items]
                       + [(end, -1, stay) for _start, end, stay in items if end is not None],
                       key=lambda m: (m[0], m[1]))
        present = 0
        batch_here: list[PastStay] = []  # the batch's stays in the room, latest arrival last
        for _moment, step, stay in marks:
            present += step
            if stay is not None and step > 0:
                batch_here.append(stay)
            elif stay is not None:
                batch_here.remove(stay)
            # Only the batch can be at fault: a room already over capacity is check's to report.
            if present > capacity[room_id] and batch_here:
                culprit = batch_here[-1]
                raise _refuse(culprit, _tr("room {number} would hold more guests than its "
                                           "{beds} beds").format(number=culprit.room,
                                                                 beds=capacity[room_id]))


def _policies_by_day(session: Session, days: set[date]) -> dict[date, tuple[int, Policy]]:
    """The policy version in force on each arrival day, read once per version."""
    found: dict[date, tuple[int, Policy]] = {}
    loaded: dict[int, Policy] = {}
    for day in sorted(days):
        row = policies.policy_row_on(session, day)
        policy_id = row.id or 0
        if policy_id not in loaded:
            loaded[policy_id] = policies.load(row)
        found[day] = (policy_id, loaded[policy_id])
    return found


# --- inserts ---------------------------------------------------------------------------------

def _guest_row(guest: PastGuest) -> dict[str, Any]:
    return dict(full_name=guest.full_name, id_type=guest.id_type, id_number=guest.id_number,
                sex=guest.sex, birth_date=guest.birth_date, phone=guest.phone,
                home_address=guest.home_address, work_unit="", notes="", incomplete=False,
                version=1)


def _insert_guests(session: Session, stays: Sequence[PastStay]) -> list[int]:
    rows = [_guest_row(s.guest) for s in stays]
    ids = bulk_rows.insert_returning_ids(session, Guest, rows)
    session.execute(insert(HealthRecord.__table__), [dict(
        guest_id=guest_id, conditions="", medication="", allergies="", pregnant=False,
        psychological="", needs="", notes="", version=1) for guest_id in ids])
    return ids


def _serials(session: Session, stays: Sequence[PastStay]) -> list[str]:
    """Release serial numbers from the releases' own counters, one series per year."""
    by_year: dict[int, int] = defaultdict(int)
    for stay in stays:
        by_year[stay.released_at.year] += 1
    next_of: dict[int, int] = {}
    for year, count in by_year.items():
        series = f"{SERIAL_PREFIX}-{year}"
        counter = session.get(SerialCounter, series, with_for_update=True)
        if counter is None:
            counter = SerialCounter(series=series, last=0)
        next_of[year] = counter.last + 1
        counter.last += count
        session.add(counter)
    session.flush()
    serials: list[str] = []
    for stay in stays:
        year = stay.released_at.year
        serials.append(f"{SERIAL_PREFIX}-{year}-{next_of[year]:06d}")
        next_of[year] += 1
    return serials


def _stay_row(stay: PastStay, guest_id: int, policy: tuple[int, Policy], serial: str,
              released_by: str) -> dict[str, Any]:
    basis = basis_date(stay.exposure_date, stay.arrival_at.date())
    return dict(guest_id=guest_id, policy_id=policy[0], category=stay.category.value,
                status=StayStatus.RELEASED.value, arrival_at=stay.arrival_at, expected_at=None,
                origin=stay.origin, batch=stay.batch, household=stay.household,
                community=stay.destination.community, exposure_date=stay.exposure_date,
                basis_date=basis,
                planned_release=planned_release(basis, policy[1].rule(stay.category)),
                exit_at=stay.released_at, exit_reason="released", released_by=released_by,
                release_serial=serial, notes="", version=1)


def _insert_stays(session: Session, actor: Actor, stays: Sequence[PastStay],
                  guest_ids: list[int], policy_ids: dict[date, tuple[int, Policy]],
                  ) -> tuple[list[int], list[dict[str, Any]]]:
    """The stays' ids, and their rows (what the audit trail's snapshots show)."""
    serials = _serials(session, stays)
    rows = [_stay_row(s, g, policy_ids[s.arrival_at.date()], serial, actor.username)
            for s, g, serial in zip(stays, guest_ids, serials, strict=True)]
    ids = bulk_rows.insert_returning_ids(session, Stay, rows)
    return ids, rows


def _insert_rest(session: Session, actor: Actor, stays: Sequence[PastStay],
                 rooms: dict[str, Room], stay_ids: list[int]) -> None:
    """Room assignments, readings, tests and destination checks of the stays."""
    pairs = list(zip(stays, stay_ids, strict=True))
    session.execute(insert(RoomAssignment.__table__), [dict(
        stay_id=stay_id, room_id=rooms[s.room].id, start_at=s.arrival_at, end_at=s.released_at,
        reason="check-in") for s, stay_id in pairs])
    session.execute(insert(Reading.__table__), [dict(
        stay_id=stay_id, taken_at=taken, celsius=celsius, method="forehead", symptoms="",
        entered_by=actor.username, entered_at=taken, voided_at=None, voided_by="",
        void_reason="") for s, stay_id in pairs for taken, celsius in s.readings])
    session.execute(insert(LabTest.__table__), [dict(
        stay_id=stay_id, kind=TestKind.PCR.value, sample_no=t.sample_no,
        scheduled_for=t.sampled_at.date(), sampled_at=t.sampled_at, lab=t.lab,
        result=TestResult.NEGATIVE.value, ct_orf1ab=None, ct_n=None, reported_at=t.reported_at,
        entered_by=actor.username, reason="") for s, stay_id in pairs for t in s.tests])
    session.execute(insert(DestinationCheck.__table__), [dict(
        stay_id=stay_id, address=s.destination.address, street=s.destination.street,
        community=s.destination.community, grid_worker=s.destination.grid_worker,
        grid_phone=s.destination.grid_phone, verified_by=s.destination.grid_worker,
        verified_at=s.destination.verified_at, suitable=True, handed_to_authority=False,
        transfer_plate="", escort="", escort_phone="", notified_by=actor.username,
        notified_at=s.destination.notified_at, note="") for s, stay_id in pairs])


# --- the audit trail -------------------------------------------------------------------------

def _plain(model: type[Any], row: dict[str, Any], row_id: int) -> dict[str, Any]:
    """A row as :func:`audit.snapshot` writes it, with its new id."""
    return bulk_rows.snapshot(model, row | {"id": row_id})


def _audit_stays(session: Session, actor: Actor, stays: Sequence[PastStay],
                 rooms: dict[str, Room], guest_ids: list[int], stay_ids: list[int],
                 stay_rows: list[dict[str, Any]]) -> None:
    """Each stay's arrival and release, and each room's disinfection, at their moments."""
    audit_rows: list[dict[str, Any]] = []
    for stay, guest_id, stay_id, row in zip(stays, guest_ids, stay_ids, stay_rows, strict=True):
        guest = _plain(Guest, _guest_row(stay.guest), guest_id)
        arrived = _plain(Stay, row, stay_id) | {"status": StayStatus.IN_QUARANTINE.value,
                                          "exit_at": None, "exit_reason": "",
                                          "released_by": "", "release_serial": None}
        left = _plain(Stay, row, stay_id)
        audit_rows += [
            bulk_rows.event(actor, "guest.add", "guest", guest_id, after=guest,
                            guest_id=guest_id, at=stay.arrival_at),
            bulk_rows.event(actor, "stay.check_in", "stay", stay_id,
                            after=arrived | {"room": stay.room}, guest_id=guest_id,
                            at=stay.arrival_at),
            bulk_rows.event(actor, "stay.release", "stay", stay_id, before=arrived,
                            after=left | {"room": stay.room,
                                          "release_date": stay.released_at.date().isoformat()},
                            guest_id=guest_id, at=stay.released_at),
        ]
    audit_rows += _disinfections(session, actor, stays, rooms)
    bulk_rows.insert_events(session, audit_rows)


def _disinfections(session: Session, actor: Actor, stays: Sequence[PastStay],
                   rooms: dict[str, Room]) -> list[dict[str, Any]]:
    """One ``room.disinfected`` per room and moment (a household leaves one room behind);
    the room's version moves on with each, as a desk's disinfection would move it."""
    moments = sorted({(s.disinfected_at, s.room) for s in stays})
    versions = {number: room.version for number, room in rooms.items()}
    events_out: list[dict[str, Any]] = []
    for at, number in moments:
        room = rooms[number]
        shown = {"id": room.id, "number": room.number, "floor": room.floor, "kind": room.kind,
                 "capacity": room.capacity, "note": room.note}
        before = shown | {"state": RoomState.AWAITING_DISINFECTION.value,
                          "version": versions[number]}
        versions[number] += 1
        after = shown | {"state": RoomState.AVAILABLE.value, "version": versions[number]}
        events_out.append(bulk_rows.event(actor, "room.disinfected", "room", room.id,
                                          before=before, after=after, at=at))
    table = Room.__table__  # type: ignore[attr-defined]
    session.execute(update(table).where(table.c.id == bindparam("room_id")).values(
        version=bindparam("new_version")),
        [{"room_id": rooms[n].id, "new_version": v} for n, v in versions.items()])
    for room in rooms.values():  # the rows moved on under the session's copies
        session.expire(room)
    return events_out
