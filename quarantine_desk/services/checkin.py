"""Check-in: registering guests, opening their stay and giving each a room; room moves."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from quarantine_desk.domain.enums import Category, IdType, RoomState, Sex, StayStatus
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    birth_from_resident_id,
    infer_id_type,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.domain.key_persons import key_person_flags, mentions_pregnancy
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import basis_date, planned_release
from quarantine_desk.domain.room_choice import FreeRoom, Party, choose_rooms
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.stays import ACTIVE, current_assignment, get_stay, guest_of
from quarantine_desk.store.models import Guest, HealthRecord, Room, RoomAssignment, Stay


def _tr(text: str) -> str:
    return translate("checkin", text)


@dataclass
class ArrivalInput:
    """One person to register, as read from a list or typed at the desk."""

    full_name: str
    id_number: str
    category: Category
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


def _find_or_create_guest(session: Session, arrival: ArrivalInput) -> tuple[Guest, bool]:
    guest = session.exec(
        select(Guest).where(
            Guest.id_type == arrival.id_type.value,  # type: ignore[union-attr]
            Guest.id_number == arrival.id_number,
        )
    ).first()
    if guest is not None:
        return guest, False
    guest = Guest(
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
    session.add(guest)
    session.flush()
    return guest, True


def _update_health(session: Session, guest: Guest, conditions: list[str]) -> None:
    record = session.exec(select(HealthRecord).where(HealthRecord.guest_id == guest.id)).first()
    if record is None:
        record = HealthRecord(guest_id=guest.id or 0)
    known = [c for c in record.conditions.split(";") if c]
    for condition in conditions:
        if condition not in known:
            known.append(condition)
    record.conditions = ";".join(known)
    record.pregnant = record.pregnant or mentions_pregnancy(conditions)
    session.add(record)


def is_key_arrival(arrival: ArrivalInput, on: date) -> bool:
    return bool(key_person_flags(arrival.birth_date, on, conditions=arrival.conditions))


def _open_stay(
    session: Session, actor: Actor, arrival: ArrivalInput, status: StayStatus, now: datetime
) -> Stay:
    arrived = arrival.arrival_at or now
    policy_row = policies.policy_row_on(session, arrived.date())
    rule = policies.load(policy_row).rule(arrival.category)
    if not rule.managed:
        raise ValidationFailed(
            _tr("the policy in force ({policy}) does not manage {category} at a site").format(
                policy=policy_row.name, category=arrival.category.value
            )
        )
    guest, created = _find_or_create_guest(session, arrival)
    if session.exec(
        select(Stay.id).where(
            Stay.guest_id == guest.id,
            Stay.status.in_((*ACTIVE, StayStatus.EXPECTED.value)),  # type: ignore[attr-defined]
        )
    ).first():
        raise ValidationFailed(
            _tr("{name} ({number}) is already registered here").format(
                name=guest.full_name, number=arrival.id_number
            )
        )
    if not created:
        before = audit.snapshot(guest)
        guest.full_name = arrival.full_name
        guest.phone = arrival.phone or guest.phone
        guest.home_address = arrival.home_address or guest.home_address
        session.add(guest)
        session.flush()
        audit.record(session, actor, "guest.update", "guest", guest.id, before=before,
                     after=audit.snapshot(guest), guest_id=guest.id, at=now)
    else:
        audit.record(session, actor, "guest.add", "guest", guest.id,
                     after=audit.snapshot(guest), guest_id=guest.id, at=now)
    _update_health(session, guest, arrival.conditions)
    basis = basis_date(arrival.exposure_date, arrived.date())
    stay = Stay(
        guest_id=guest.id or 0,
        policy_id=policy_row.id or 0,
        category=arrival.category.value,
        status=status.value,
        arrival_at=arrived if status is StayStatus.IN_QUARANTINE else None,
        expected_at=arrived if status is StayStatus.EXPECTED else None,
        origin=arrival.origin,
        batch=arrival.batch,
        household=arrival.household,
        community=arrival.community,
        exposure_date=arrival.exposure_date,
        basis_date=basis,
        planned_release=planned_release(basis, rule),
        notes=arrival.notes,
    )
    session.add(stay)
    session.flush()
    return stay


def _assign(session: Session, actor: Actor, stay: Stay, room: Room, now: datetime,
            reason: str = "check-in") -> None:
    session.add(RoomAssignment(stay_id=stay.id or 0, room_id=room.id or 0, start_at=now,
                               reason=reason))
    if room.state != RoomState.OCCUPIED.value:
        room.state = RoomState.OCCUPIED.value
        session.add(room)
    session.flush()
    audit.record(session, actor, "stay.check_in", "stay", stay.id, after=audit.snapshot(stay)
                 | {"room": room.number}, guest_id=stay.guest_id, at=now)


def _room_usable(session: Session, number: str, seats: int) -> Room:
    room = session.exec(select(Room).where(Room.number == number)).first()
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
    occupied = select(RoomAssignment.id).where(RoomAssignment.room_id == room.id,
                                               RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    if session.exec(occupied).first():
        raise ValidationFailed(_tr("room {number} is occupied").format(number=number))
    return room


def check_in_arrivals(
    session: Session, actor: Actor, arrivals: list[ArrivalInput], now: datetime | None = None
) -> list[ArrivalOutcome]:
    """Register and check in a list; rows that cannot be registered are reported, not fatal.

    Households (same ``household`` value) share a room; rows without a room are placed by the
    automatic room choice of DESIGN.md §6. Everything happens in the caller's transaction.
    """
    require(actor, Permission.CHECK_IN)
    now = now or datetime.now().replace(microsecond=0)
    outcomes: dict[int, ArrivalOutcome] = {}
    valid: list[ArrivalInput] = []
    seen_ids: dict[str, int] = {}
    for index, arrival in enumerate(arrivals):
        outcome = outcomes[index] = ArrivalOutcome(ref=arrival.ref)
        try:
            normalise_identity(arrival)
        except ValidationFailed as exc:
            outcome.reason = str(exc)
            continue
        if arrival.id_number in seen_ids:
            outcome.reason = _tr("ID number {number} appears twice in the list (row {row})").format(
                number=arrival.id_number, row=seen_ids[arrival.id_number]
            )
            continue
        seen_ids[arrival.id_number] = arrival.ref
        valid.append(arrival)

    groups: dict[str, list[tuple[int, ArrivalInput]]] = defaultdict(list)
    index_of = {id(a): i for i, a in enumerate(arrivals)}
    for arrival in valid:
        key = f"h:{arrival.household}" if arrival.household else f"p:{index_of[id(arrival)]}"
        groups[key].append((index_of[id(arrival)], arrival))

    chosen_rooms: dict[str, list[str]] = {}
    needs_choice: list[Party] = []
    for key, members in groups.items():
        given = next((a.room for _, a in members if a.room), "")
        if given:
            try:
                _room_usable(session, given, len(members))
                chosen_rooms[key] = [given]
            except ValidationFailed as exc:
                for i, _ in members:
                    outcomes[i].reason = str(exc)
            continue
        first = members[0][1]
        arrived = (first.arrival_at or now).date()
        needs_choice.append(Party(
            key=key, size=len(members), batch=first.batch,
            key_person=any(is_key_arrival(a, arrived) for _, a in members)))
    if needs_choice:
        free = [FreeRoom(r.number, r.floor, r.capacity) for r in _free_rooms(session)]
        taken = {n for rooms in chosen_rooms.values() for n in rooms}
        free = [r for r in free if r.number not in taken]
        placement = choose_rooms(needs_choice, free, _floor_batches(session))
        chosen_rooms.update(placement.rooms)
        for key in placement.unplaced:
            for i, _ in groups[key]:
                outcomes[i].reason = _tr("no free room left")

    for key, members in groups.items():
        if key not in chosen_rooms:
            continue
        rooms = chosen_rooms[key]
        for position, (i, arrival) in enumerate(members):
            number = rooms[min(position, len(rooms) - 1)] if len(rooms) > 1 else rooms[0]
            room = session.exec(select(Room).where(Room.number == number)).one()
            try:
                with session.begin_nested():
                    stay = _open_stay(session, actor, arrival, StayStatus.IN_QUARANTINE, now)
                    _assign(session, actor, stay, room, arrival.arrival_at or now)
            except ValidationFailed as exc:
                outcomes[i].reason = str(exc)
                continue
            outcomes[i].stay_id = stay.id
            outcomes[i].room = room.number
    events.changed(session, "rooms", "stays")
    return [outcomes[i] for i in range(len(arrivals))]


def check_in(session: Session, actor: Actor, arrival: ArrivalInput,
             now: datetime | None = None) -> Stay:
    """Check one person in (a walk-in or a single row); raises with the reason on refusal."""
    outcome = check_in_arrivals(session, actor, [arrival], now=now)[0]
    if not outcome.ok:
        raise ValidationFailed(outcome.reason)
    return get_stay(session, outcome.stay_id or 0)


def register_expected(session: Session, actor: Actor, arrival: ArrivalInput,
                      now: datetime | None = None) -> Stay:
    """Record someone announced by the command centre who has not arrived yet."""
    require(actor, Permission.CHECK_IN)
    now = now or datetime.now().replace(microsecond=0)
    normalise_identity(arrival)
    stay = _open_stay(session, actor, arrival, StayStatus.EXPECTED, now)
    audit.record(session, actor, "stay.expect", "stay", stay.id, after=audit.snapshot(stay),
                 guest_id=stay.guest_id, at=now)
    events.changed(session, "stays")
    return stay


def admit_expected(session: Session, actor: Actor, stay_id: int, room_number: str = "",
                   now: datetime | None = None) -> Stay:
    """Check in an expected arrival: the period counts from now unless exposure is known."""
    require(actor, Permission.CHECK_IN)
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
    rule = policies.policy_by_id(session, stay.policy_id).rule(Category(stay.category))
    stay.status = StayStatus.IN_QUARANTINE.value
    stay.arrival_at = now
    stay.basis_date = basis_date(stay.exposure_date, now.date())
    stay.planned_release = planned_release(stay.basis_date, rule)
    session.add(stay)
    session.flush()
    audit.record(session, actor, "stay.admit", "stay", stay.id, before=before,
                 after=audit.snapshot(stay), guest_id=stay.guest_id, at=now)
    _assign(session, actor, stay, room, now)
    events.changed(session, "rooms", "stays")
    return stay


def cancel_expected(session: Session, actor: Actor, stay_id: int, reason: str,
                    now: datetime | None = None) -> Stay:
    require(actor, Permission.CHECK_IN)
    stay = get_stay(session, stay_id)
    if stay.status != StayStatus.EXPECTED.value:
        raise ValidationFailed(_tr("only an expected arrival can be cancelled"))
    if not reason.strip():
        raise ValidationFailed(_tr("give a reason for cancelling"))
    before = audit.snapshot(stay)
    stay.status = StayStatus.CANCELLED.value
    stay.exit_reason = reason.strip()
    stay.exit_at = now or datetime.now().replace(microsecond=0)
    session.add(stay)
    session.flush()
    audit.record(session, actor, "stay.cancel", "stay", stay.id, before=before,
                 after=audit.snapshot(stay), guest_id=stay.guest_id, at=now)
    events.changed(session, "stays")
    return stay


def move(session: Session, actor: Actor, stay_id: int, to_room: str, *, reason: str = "",
         now: datetime | None = None) -> RoomAssignment:
    """Move a guest; the old room goes to terminal disinfection once empty."""
    require(actor, Permission.MOVE)
    now = now or datetime.now().replace(microsecond=0)
    stay = get_stay(session, stay_id)
    if stay.status not in ACTIVE:
        raise ValidationFailed(_tr("only a guest in quarantine can be moved"))
    current = current_assignment(session, stay_id)
    target = _room_usable(session, to_room.strip(), 1)
    if current is not None and current.room_id == target.id:
        raise ValidationFailed(_tr("the guest is already in room {number}").format(number=to_room))
    if current is not None:
        current.end_at = now
        session.add(current)
        session.flush()
        old = session.get(Room, current.room_id)
        assert old is not None
        still = select(RoomAssignment.id).where(RoomAssignment.room_id == old.id,
                                                RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        if session.exec(still).first() is None:
            old.state = RoomState.AWAITING_DISINFECTION.value
            session.add(old)
    assignment = RoomAssignment(stay_id=stay_id, room_id=target.id or 0, start_at=now,
                                reason=reason.strip() or "move")
    target.state = RoomState.OCCUPIED.value
    session.add_all([assignment, target])
    session.flush()
    audit.record(session, actor, "stay.move", "stay", stay_id,
                 before={"room": session.get(Room, current.room_id).number if current else None},
                 after={"room": target.number, "reason": reason}, guest_id=stay.guest_id, at=now)
    events.changed(session, "rooms", "stays")
    return assignment

