"""Stays: who is where, which stay an ID number or room refers to, day N of M; and leaving a
room, written once for moves, releases and transfers to hospital."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from quarantine_desk.domain.enums import RoomState, StayStatus
from quarantine_desk.domain.identity import normalise_id_number
from quarantine_desk.domain.policy import day_number
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.records import GuestDetails, StayDetails, copy_row
from quarantine_desk.store.models import Guest, Room, RoomAssignment, Stay

ACTIVE = (StayStatus.IN_QUARANTINE.value,)


def _tr(text: str) -> str:
    return translate("stays", text)


@dataclass(frozen=True)
class StayDay:
    day: int  # day N (day 0 is the basis date)
    of: int  # of M centralized days


def stay_day(session: Session, stay: Stay, on: date) -> StayDay:
    rule = policies.policy_by_id(session, stay.policy_id).rule(stay.category)  # type: ignore[arg-type]
    return StayDay(day=day_number(stay.basis_date, on), of=rule.centralized_days)


def get_stay(session: Session, stay_id: int) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound(_tr("there is no stay {id}").format(id=stay_id))
    return stay


def current_assignment(session: Session, stay_id: int) -> RoomAssignment | None:
    return session.exec(
        select(RoomAssignment).where(
            RoomAssignment.stay_id == stay_id, RoomAssignment.end_at.is_(None)  # type: ignore[union-attr]
        )
    ).first()


def current_room(session: Session, stay_id: int) -> Room | None:
    assignment = current_assignment(session, stay_id)
    return session.get(Room, assignment.room_id) if assignment else None


def occupants(session: Session, room_id: int) -> list[Stay]:
    """Stays currently assigned to a room."""
    return list(
        session.exec(
            select(Stay)
            .join(RoomAssignment, RoomAssignment.stay_id == Stay.id)  # type: ignore[arg-type]
            .where(RoomAssignment.room_id == room_id, RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        )
    )


def leave_room(session: Session, stay_id: int, at: datetime) -> list[Room]:
    """End the stay's current room assignment at ``at``; a room nobody is left in awaits
    terminal disinfection. The rooms left, none when the stay had no room."""
    assignments = session.exec(
        select(RoomAssignment).where(RoomAssignment.stay_id == stay_id,
                                     RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    ).all()
    if not assignments:
        return []
    for assignment in assignments:
        assignment.end_at = at
        session.add(assignment)
    session.flush()
    rooms = []
    for assignment in assignments:
        room = session.get(Room, assignment.room_id)
        assert room is not None
        still = session.exec(
            select(RoomAssignment.id).where(RoomAssignment.room_id == room.id,
                                            RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        ).first()
        if still is None:
            room.state = RoomState.AWAITING_DISINFECTION.value
            session.add(room)
        rooms.append(room)
    return rooms


def room_history(session: Session, stay_id: int) -> list[tuple[RoomAssignment, Room]]:
    rows = session.exec(
        select(RoomAssignment, Room)
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(RoomAssignment.stay_id == stay_id)
        .order_by(RoomAssignment.start_at)
    ).all()
    return [(a, r) for a, r in rows]


def active_stay_for_id_number(session: Session, id_number: str) -> Stay:
    """The stay in quarantine of the guest with this document number."""
    number = normalise_id_number(id_number)
    stays = list(
        session.exec(
            select(Stay)
            .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
            .where(Guest.id_number == number, Stay.status.in_(ACTIVE))  # type: ignore[attr-defined]
        )
    )
    if not stays:
        raise NotFound(
            _tr("nobody with ID number {number} is in quarantine here").format(number=number)
        )
    return stays[0]


def active_stay_in_room(session: Session, room_number: str) -> Stay:
    """The one guest in quarantine in a room (refused when a household shares it)."""
    room = session.exec(select(Room).where(Room.number == room_number.strip())).first()
    if room is None:
        raise NotFound(_tr("there is no room {number}").format(number=room_number))
    here = [s for s in occupants(session, room.id or 0) if s.status in ACTIVE]
    if not here:
        raise NotFound(_tr("nobody is in room {number}").format(number=room.number))
    if len(here) > 1:
        raise ValidationFailed(
            _tr("room {number} holds {n} guests: give the ID number instead").format(
                number=room.number, n=len(here)
            )
        )
    return here[0]


def guest_of(session: Session, stay: Stay) -> Guest:
    guest = session.get(Guest, stay.guest_id)
    assert guest is not None
    return guest


def guest_details(session: Session, stay_id: int) -> GuestDetails:
    """Who a stay's guest is, as a plain record for the faces."""
    return copy_row(GuestDetails, guest_of(session, get_stay(session, stay_id)))


def active_stay_details(session: Session, id_number: str) -> StayDetails:
    """:func:`active_stay_for_id_number` as a plain record for the faces."""
    return copy_row(StayDetails, active_stay_for_id_number(session, id_number))
