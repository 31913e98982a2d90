"""Check-in: registering guests, opening their stay and giving each a room; room moves."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlmodel import Session, select

from quarantine_desk.domain import plausibility
from quarantine_desk.domain.enums import IdType, RoomState, Sex, StayStatus
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    birth_from_resident_id,
    infer_id_type,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.domain.key_persons import key_person_flags, mentions_pregnancy
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_line,
    clean_name,
    clean_note,
    normalise_phone,
    parse_category,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import CategoryRule, basis_date, planned_release
from quarantine_desk.domain.room_choice import FreeRoom, Party, choose_rooms
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.stays import (
    ACTIVE,
    current_assignment,
    get_stay,
    guest_of,
    leave_room,
)
from quarantine_desk.services.tabular import column_label
from quarantine_desk.store.models import (
    Guest,
    HealthRecord,
    PolicyVersion,
    Room,
    RoomAssignment,
    Stay,
)

T = TypeVar("T")


def _tr(text: str) -> str:
    return translate("checkin", text)


@dataclass
class ArrivalInput:
    """One person to register, as read from a list or typed at the desk."""

    full_name: str
    id_number: str
    category: str  # a code or name of the policy's categories; its code once screened
    id_type: IdType | None = None
    sex: Sex | None = None
    birth_date: date | None = None
    phone: str = ""
    exposure_date: date | None = None
    arrival_at: datetime | None = None
    room: str = ""
    household: str = ""
    batch: str = ""
    origin: str = ""
    home_address: str = ""
    community: str = ""
    conditions: list[str] = field(default_factory=list)
    notes: str = ""
    incomplete: bool = False
    ref: int = 0  # the caller's reference (a spreadsheet row number), echoed in outcomes


@dataclass
class ArrivalOutcome:
    ref: int
    stay_id: int | None = None
    room: str = ""
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.stay_id is not None


def clean_arrival(arrival: ArrivalInput) -> None:
    """Remove invisible and control characters from the text that reaches papers; a name
    holding an emoji or another symbol is refused rather than stripped."""
    try:
        arrival.full_name = clean_name(arrival.full_name)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc
    for name in ("room", "household", "batch", "origin", "home_address", "community"):
        setattr(arrival, name, clean_line(getattr(arrival, name)))
    arrival.conditions = [c for c in map(clean_line, arrival.conditions) if c]
    arrival.notes = clean_note(arrival.notes)


def check_dates(arrival: ArrivalInput, now: datetime, *, expected: bool = False) -> None:
    """Refuse an arrival, last exposure or birth date that cannot be true (a year typed
    wrong): DESIGN.md's periods count from them."""
    try:
        if arrival.arrival_at is not None:
            plausibility.check_arrival(arrival.arrival_at, now, expected=expected)
        if arrival.exposure_date is not None:
            plausibility.check_exposure(arrival.exposure_date, now.date())
        if arrival.birth_date is not None:
            plausibility.check_birth(arrival.birth_date, now.date())
    except plausibility.Implausible as exc:
        raise ValidationFailed(str(exc)) from exc


def normalise_identity(arrival: ArrivalInput) -> None:
    """Validate the document number and fill sex and birth date from a resident ID."""
    if not arrival.full_name.strip():
        raise ValidationFailed(_tr("name is missing"))
    try:
        id_type = arrival.id_type or infer_id_type(arrival.id_number)
        arrival.id_number = validate_id_number(id_type, arrival.id_number)
    except InvalidIdNumber as exc:
        raise ValidationFailed(str(exc)) from exc
    arrival.id_type = id_type
    arrival.full_name = arrival.full_name.strip()
    if id_type is IdType.RESIDENT_ID:
        arrival.sex = arrival.sex or sex_from_resident_id(arrival.id_number)
        arrival.birth_date = arrival.birth_date or birth_from_resident_id(arrival.id_number)


def _free_rooms(session: Session) -> list[Room]:
    occupied = select(RoomAssignment.room_id).where(RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    return list(
        session.exec(
            select(Room).where(
                Room.state == RoomState.AVAILABLE.value,
                Room.id.not_in(occupied),  # type: ignore[union-attr]
            )
        )
    )


def _floor_batches(session: Session) -> dict[int, set[str]]:
    rows = session.exec(
        select(Room.floor, Stay.batch)
        .join(RoomAssignment, RoomAssignment.room_id == Room.id)  # type: ignore[arg-type]
        .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None), Stay.status.in_(ACTIVE))  # type: ignore[union-attr,attr-defined]
        .distinct()
    ).all()
    result: dict[int, set[str]] = defaultdict(set)
    for floor, batch in rows:
        if batch:
            result[floor].add(batch)
    return result


_CHUNK = 500  # values per ``IN (...)`` query, well under SQLite's limit on parameters


def _chunks(values: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


@dataclass
class _Admission:
    """An arrival that passed every check, with what registering it needs."""

    index: int  # position in the caller's list
    arrival: ArrivalInput
    policy_id: int
    rule: CategoryRule
    guest: Guest | None  # the record of this document from an earlier stay, if any
    stay: Stay | None = None


def _known_guests(session: Session, arrivals: list[ArrivalInput]) -> dict[tuple[str, str], Guest]:
    """Guests already on record for these documents, by (type, number), in a few queries."""
    numbers = sorted({a.id_number for a in arrivals})
    found: dict[tuple[str, str], Guest] = {}
    for chunk in _chunks(numbers):
        for guest in session.exec(select(Guest).where(Guest.id_number.in_(chunk))):  # type: ignore[attr-defined]
            found[(guest.id_type, guest.id_number)] = guest
    return found


def _registered(session: Session, guest_ids: list[int]) -> set[int]:
    """Those of ``guest_ids`` with a stay here already (in quarantine or expected)."""
    result: set[int] = set()
    for chunk in _chunks(guest_ids):
        result.update(session.exec(
            select(Stay.guest_id).where(
                Stay.guest_id.in_(chunk),  # type: ignore[attr-defined]
                Stay.status.in_((*ACTIVE, StayStatus.EXPECTED.value)),  # type: ignore[attr-defined]
            )
        ))
    return result


def _screen(session: Session, arrivals: list[ArrivalInput], now: datetime,
            expected: bool = False) -> tuple[list[_Admission], dict[int, str]]:
    """Split a list into admissions and refusals (position -> reason) before writing anything.

    Cleans the text, checks identity and that the dates can be true, the same ID twice in the
    list, that the policy in force manages the category, and that the person has no stay
    here already.
    """
    refused: dict[int, str] = {}
    seen_ids: dict[str, int] = {}
    candidates: list[tuple[int, ArrivalInput]] = []
    for index, arrival in enumerate(arrivals):
        try:
            clean_arrival(arrival)
            normalise_identity(arrival)
            check_dates(arrival, now, expected=expected)
        except ValidationFailed as exc:
            refused[index] = str(exc)
            continue
        if arrival.id_number in seen_ids:
            refused[index] = _tr("ID number {number} appears twice in the list (row {row})").format(
                number=arrival.id_number, row=seen_ids[arrival.id_number]
            )
            continue
        seen_ids[arrival.id_number] = arrival.ref
        candidates.append((index, arrival))
    known = _known_guests(session, [a for _, a in candidates])
    registered = _registered(session, [g.id for g in known.values() if g.id is not None])
    policy_on: dict[date, PolicyVersion] = {}
    admitted: list[_Admission] = []
    for index, arrival in candidates:
        day = (arrival.arrival_at or now).date()
        if day not in policy_on:
            policy_on[day] = policies.policy_row_on(session, day)
        policy_row = policy_on[day]
        policy = policies.load(policy_row)
        try:
            arrival.category = parse_category(arrival.category, policy)
        except ParseError as exc:
            refused[index] = _tr("{column}: {problem}").format(
                column=column_label("category"), problem=exc)
            continue
        rule = policy.rule(arrival.category)
        if not rule.managed:
            refused[index] = _tr(
                "the policy in force ({policy}) does not manage {category} at a site"
            ).format(policy=policy_row.name, category=arrival.category)
            continue
        guest = known.get((arrival.id_type.value, arrival.id_number))  # type: ignore[union-attr]
        if guest is not None and guest.id in registered:
            refused[index] = _tr("{name} ({number}) is already registered here").format(
                name=guest.full_name, number=arrival.id_number
            )
            continue
        admitted.append(_Admission(index, arrival, policy_row.id or 0, rule, guest))
    return admitted, refused


def _merge_conditions(record: HealthRecord, conditions: list[str]) -> None:
    known = [c for c in record.conditions.split(";") if c]
    for condition in conditions:
        if condition not in known:
            known.append(condition)
    record.conditions = ";".join(known)
    record.pregnant = record.pregnant or mentions_pregnancy(conditions)


def _register(session: Session, actor: Actor, admissions: list[_Admission],
              status: StayStatus, now: datetime) -> None:
    """Create or update the guests, their health records and stays (sets ``.stay``).

    Done in phases with one flush each, so a list of a thousand people costs a handful of
    round trips per table rather than several per person.
    """
    before: dict[int, dict[str, Any] | None] = {}
    for adm in admissions:
        arrival = adm.arrival
        if adm.guest is None:
            adm.guest = Guest(
                full_name=arrival.full_name,
                id_type=arrival.id_type.value,  # type: ignore[union-attr]
                id_number=arrival.id_number,
                sex=arrival.sex.value if arrival.sex else None,
                birth_date=arrival.birth_date,
                phone=arrival.phone,
                home_address=arrival.home_address,
                notes=arrival.notes,
                incomplete=arrival.incomplete,
            )
        else:
            before[adm.index] = audit.snapshot(adm.guest)
            adm.guest.full_name = arrival.full_name
            adm.guest.phone = arrival.phone or adm.guest.phone
            adm.guest.home_address = arrival.home_address or adm.guest.home_address
        session.add(adm.guest)
    session.flush()
    guests = [adm.guest for adm in admissions if adm.guest is not None]
    for adm, guest in zip(admissions, guests, strict=True):
        if adm.index in before:
            audit.record(session, actor, "guest.update", "guest", guest.id,
                         before=before[adm.index], after=audit.snapshot(guest),
                         guest_id=guest.id, at=now)
        else:
            audit.record(session, actor, "guest.add", "guest", guest.id,
                         after=audit.snapshot(guest), guest_id=guest.id, at=now)
    records: dict[int, HealthRecord] = {}
    for chunk in _chunks([g.id for g in guests if g.id is not None]):
        query = select(HealthRecord).where(HealthRecord.guest_id.in_(chunk))  # type: ignore[attr-defined]
        records.update((r.guest_id, r) for r in session.exec(query))
    for adm, guest in zip(admissions, guests, strict=True):
        record = records.get(guest.id or 0) or HealthRecord(guest_id=guest.id or 0)
        _merge_conditions(record, adm.arrival.conditions)
        session.add(record)
        arrival = adm.arrival
        arrived = arrival.arrival_at or now
        basis = basis_date(arrival.exposure_date, arrived.date(), adm.rule)
        adm.stay = Stay(
            guest_id=guest.id or 0,
            policy_id=adm.policy_id,
            category=arrival.category,
            status=status.value,
            arrival_at=arrived if status is StayStatus.IN_QUARANTINE else None,
            expected_at=arrived if status is StayStatus.EXPECTED else None,
            origin=arrival.origin,
            batch=arrival.batch,
            household=arrival.household,
            community=arrival.community,
            exposure_date=arrival.exposure_date,
            basis_date=basis,
            planned_release=planned_release(basis, adm.rule),
            notes=arrival.notes,
        )
        session.add(adm.stay)
    session.flush()


def is_key_arrival(arrival: ArrivalInput, on: date) -> bool:
    return bool(key_person_flags(arrival.birth_date, on, conditions=arrival.conditions))


def _assign(session: Session, actor: Actor, stay: Stay, room: Room, start_at: datetime,
            now: datetime) -> None:
    """Put a stay in a room from ``start_at`` (the caller flushes)."""
    session.add(RoomAssignment(stay_id=stay.id or 0, room_id=room.id or 0, start_at=start_at,
                               reason="check-in"))
    if room.state != RoomState.OCCUPIED.value:
        room.state = RoomState.OCCUPIED.value
        session.add(room)
    audit.record(session, actor, "stay.check_in", "stay", stay.id, after=audit.snapshot(stay)
                 | {"room": room.number}, guest_id=stay.guest_id, at=now)


def _check_room(room: Room | None, number: str, seats: int, occupied: bool) -> Room:
    """Refuse a named room that does not exist, is not in service, too small or taken."""
    if room is None:
        raise ValidationFailed(_tr("room {number} does not exist").format(number=number))
    if room.state not in (RoomState.AVAILABLE.value, RoomState.RESERVED.value):
        raise ValidationFailed(
            _tr("room {number} is {state}").format(number=number, state=room.state)
        )
    if seats > room.capacity:
        raise ValidationFailed(
            _tr("room {number} holds {cap}, not {n}").format(number=number, cap=room.capacity,
                                                             n=seats)
        )
    if occupied:
        raise ValidationFailed(_tr("room {number} is occupied").format(number=number))
    return room


def _occupied_ids(session: Session, room_ids: list[int]) -> set[int]:
    result: set[int] = set()
    for chunk in _chunks(room_ids):
        result.update(session.exec(
            select(RoomAssignment.room_id).where(
                RoomAssignment.room_id.in_(chunk),  # type: ignore[attr-defined]
                RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
            )
        ))
    return result


def _room_usable(session: Session, number: str, seats: int) -> Room:
    room = session.exec(select(Room).where(Room.number == number)).first()
    occupied = room is not None and bool(_occupied_ids(session, [room.id or 0]))
    return _check_room(room, number, seats, occupied)


def _rooms_named(session: Session, numbers: list[str]) -> dict[str, Room]:
    found: dict[str, Room] = {}
    for chunk in _chunks(sorted(set(numbers))):
        found.update((r.number, r) for r in session.exec(select(Room).where(
            Room.number.in_(chunk))))  # type: ignore[attr-defined]
    return found


def check_in_arrivals(
    session: Session, actor: Actor, arrivals: list[ArrivalInput], now: datetime | None = None
) -> list[ArrivalOutcome]:
    """Register and check in a list; rows that cannot be registered are reported, not fatal.

    Households (same transfer ``batch`` and ``household`` value: the numbers restart in each
    batch) share a room; rows without a room are placed by the automatic room choice of
    DESIGN.md §6. Every refusal is decided before anything is written;
    everything happens in the caller's transaction.
    """
    require(actor, Permission.CHECK_IN)
    serialize(session)
    now = now or datetime.now().replace(microsecond=0)
    admitted, refused = _screen(session, arrivals, now)

    groups: dict[str, list[_Admission]] = defaultdict(list)
    for adm in admitted:
        household, batch = adm.arrival.household, adm.arrival.batch
        groups[f"h:{batch}\x1f{household}" if household else f"p:{adm.index}"].append(adm)
    named = {key: next((m.arrival.room for m in members if m.arrival.room), "")
             for key, members in groups.items()}
    given = _rooms_named(session, [n for n in named.values() if n])
    busy = _occupied_ids(session, [r.id for r in given.values() if r.id is not None])

    chosen: dict[str, list[Room]] = {}
    needs_choice: list[Party] = []
    for key, members in groups.items():
        number = named[key]
        if not number:
            arrived = (members[0].arrival.arrival_at or now).date()
            needs_choice.append(Party(
                key=key, size=len(members), batch=members[0].arrival.batch,
                key_person=any(is_key_arrival(m.arrival, arrived) for m in members)))
            continue
        room = given.get(number)
        try:
            _check_room(room, number, len(members), room is not None and room.id in busy)
        except ValidationFailed as exc:
            refused.update((m.index, str(exc)) for m in members)
            continue
        assert room is not None and room.id is not None
        busy.add(room.id)  # a room given to one party of the list is occupied for the next
        chosen[key] = [room]
    if needs_choice:
        free = [r for r in _free_rooms(session) if r.id not in busy]
        by_number = {r.number: r for r in free}
        placement = choose_rooms(needs_choice,
                                 [FreeRoom(r.number, r.floor, r.capacity) for r in free],
                                 _floor_batches(session))
        chosen.update((key, [by_number[n] for n in numbers])
                      for key, numbers in placement.rooms.items())
        for key in placement.unplaced:
            refused.update((m.index, _tr("no free room left")) for m in groups[key])

    placed = [(adm, chosen[key][min(position, len(chosen[key]) - 1)])
              for key, members in groups.items() if key in chosen
              for position, adm in enumerate(members)]
    _register(session, actor, [adm for adm, _ in placed], StayStatus.IN_QUARANTINE, now)
    outcomes = [ArrivalOutcome(ref=a.ref, reason=refused.get(i, "")) for i, a in
                enumerate(arrivals)]
    for adm, room in placed:
        assert adm.stay is not None
        _assign(session, actor, adm.stay, room, adm.arrival.arrival_at or now, now)
        outcomes[adm.index].stay_id = adm.stay.id
        outcomes[adm.index].room = room.number
    session.flush()
    events.changed(session, events.Topic.ROOMS, events.Topic.STAYS)
    return outcomes


def check_in(session: Session, actor: Actor, arrival: ArrivalInput,
             now: datetime | None = None) -> Stay:
    """Check one person in (a walk-in or a single row); raises with the reason on refusal."""
    outcome = check_in_arrivals(session, actor, [arrival], now=now)[0]
    if not outcome.ok:
        raise ValidationFailed(outcome.reason)
    return get_stay(session, outcome.stay_id or 0)


def quick_check_in(session: Session, actor: Actor, room_number: str, name: str, id_number: str,
                   phone: str, category: str, now: datetime | None = None) -> Stay:
    """A walk-in at the desk: name, ID, phone and category now, the rest completed later.

    The guest is flagged incomplete until someone fills in the record; an empty room number
    lets the automatic room choice pick one.
    """
    try:
        digits = normalise_phone(phone)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc
    arrival = ArrivalInput(full_name=name, id_number=id_number, category=category, phone=digits,
                           room=(room_number or "").strip(), incomplete=True)
    return check_in(session, actor, arrival, now=now)


def register_expected(session: Session, actor: Actor, arrival: ArrivalInput,
                      now: datetime | None = None) -> Stay:
    """Record someone announced by the command centre who has not arrived yet."""
    require(actor, Permission.CHECK_IN)
    serialize(session)
    now = now or datetime.now().replace(microsecond=0)
    admitted, refused = _screen(session, [arrival], now, expected=True)
    if refused:
        raise ValidationFailed(refused[0])
    _register(session, actor, admitted, StayStatus.EXPECTED, now)
    stay = admitted[0].stay
    assert stay is not None
    audit.record(session, actor, "stay.expect", "stay", stay.id, after=audit.snapshot(stay),
                 guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.STAYS)
    return stay


def admit_expected(session: Session, actor: Actor, stay_id: int, room_number: str = "",
                   now: datetime | None = None) -> Stay:
    """Check in an expected arrival: the period counts from now unless exposure is known."""
    require(actor, Permission.CHECK_IN)
    serialize(session)
    now = now or datetime.now().replace(microsecond=0)
    stay = get_stay(session, stay_id)
    if stay.status != StayStatus.EXPECTED.value:
        raise ValidationFailed(_tr("this person is not an expected arrival"))
    if room_number:
        room = _room_usable(session, room_number, 1)
    else:
        free = [FreeRoom(r.number, r.floor, r.capacity) for r in _free_rooms(session)]
        guest = guest_of(session, stay)
        party = Party(key="x", size=1, batch=stay.batch,
                      key_person=bool(key_person_flags(guest.birth_date, now.date())))
        placement = choose_rooms([party], free, _floor_batches(session))
        if not placement.rooms:
            raise ValidationFailed(_tr("no free room left"))
        room = session.exec(select(Room).where(Room.number == placement.rooms["x"][0])).one()
    before = audit.snapshot(stay)
    rule = policies.policy_by_id(session, stay.policy_id).rule(stay.category)
    stay.status = StayStatus.IN_QUARANTINE.value
    stay.arrival_at = now
    stay.basis_date = basis_date(stay.exposure_date, now.date(), rule)
    stay.planned_release = planned_release(stay.basis_date, rule)
    audit.saved(session, actor, "stay.admit", "stay", stay,
                before=before, guest_id=stay.guest_id, at=now)
    _assign(session, actor, stay, room, now, now)
    session.flush()
    events.changed(session, events.Topic.ROOMS, events.Topic.STAYS)
    return stay


def cancel_expected(session: Session, actor: Actor, stay_id: int, reason: str,
                    now: datetime | None = None) -> Stay:
    require(actor, Permission.CHECK_IN)
    serialize(session)
    stay = get_stay(session, stay_id)
    if stay.status != StayStatus.EXPECTED.value:
        raise ValidationFailed(_tr("only an expected arrival can be cancelled"))
    if not reason.strip():
        raise ValidationFailed(_tr("give a reason for cancelling"))
    before = audit.snapshot(stay)
    stay.status = StayStatus.CANCELLED.value
    stay.exit_reason = reason.strip()
    stay.exit_at = now or datetime.now().replace(microsecond=0)
    audit.saved(session, actor, "stay.cancel", "stay", stay,
                before=before, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.STAYS)
    return stay


def move(session: Session, actor: Actor, stay_id: int, to_room: str, *, reason: str = "",
         now: datetime | None = None) -> RoomAssignment:
    """Move a guest; the old room goes to terminal disinfection once empty."""
    require(actor, Permission.MOVE)
    serialize(session)
    now = now or datetime.now().replace(microsecond=0)
    stay = get_stay(session, stay_id)
    if stay.status not in ACTIVE:
        raise ValidationFailed(_tr("only a guest in quarantine can be moved"))
    current = current_assignment(session, stay_id)
    target = _room_usable(session, to_room.strip(), 1)
    if current is not None and current.room_id == target.id:
        raise ValidationFailed(_tr("the guest is already in room {number}").format(number=to_room))
    leave_room(session, stay_id, now)
    assignment = RoomAssignment(stay_id=stay_id, room_id=target.id or 0, start_at=now,
                                reason=reason.strip() or "move")
    target.state = RoomState.OCCUPIED.value
    session.add_all([assignment, target])
    session.flush()
    audit.record(session, actor, "stay.move", "stay", stay_id,
                 before={"room": session.get(Room, current.room_id).number if current else None},
                 after={"room": target.number, "reason": reason}, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.ROOMS, events.Topic.STAYS)
    return assignment

