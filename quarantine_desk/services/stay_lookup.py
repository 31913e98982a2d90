"""The stays many rows of a file name, found in a few queries (issue 16).

:func:`stays.active_stay_for_id_number` and :func:`stays.active_stay_in_room` answer for one
row; an import of thousands asks here once for all of them and gets, per ID number or room,
the stay or the refusal those functions would raise, with the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from quarantine_desk.domain.text import translate
from quarantine_desk.services.bulk_rows import chunks
from quarantine_desk.services.errors import NotFound, ServiceError, ValidationFailed
from quarantine_desk.services.stays import ACTIVE
from quarantine_desk.store.models import Guest, Room, RoomAssignment, Stay


def _tr(text: str) -> str:
    return translate("stays", text)


@dataclass(frozen=True)
class StayFacts:
    """What the importers check of a stay, without holding a table row."""

    id: int
    guest_id: int
    status: str
    arrival_at: datetime | None
    exit_at: datetime | None
    policy_id: int
    guest_name: str
    id_number: str


def _facts():  # type: ignore[no-untyped-def]
    return (select(Stay.id, Stay.guest_id, Stay.status, Stay.arrival_at, Stay.exit_at,
                   Stay.policy_id, Guest.full_name, Guest.id_number)
            .join(Guest, Guest.id == Stay.guest_id))  # type: ignore[arg-type]


def stays_by_id(session: Session, stay_ids: Iterable[int]) -> dict[int, StayFacts]:
    """The stays of ``stay_ids`` that exist."""
    found: dict[int, StayFacts] = {}
    for batch in chunks(sorted(set(stay_ids))):
        for row in session.exec(_facts().where(Stay.id.in_(batch))):  # type: ignore[union-attr]
            found[row[0]] = StayFacts(*row)
    return found


def active_by_id_number(session: Session,
                        numbers: Iterable[str]) -> dict[str, StayFacts | ServiceError]:
    """For each normalised ID number, the stay in quarantine of its guest (the first, as
    :func:`stays.active_stay_for_id_number` takes) or why there is none."""
    wanted = sorted(set(numbers))
    found: dict[str, StayFacts | ServiceError] = {}
    for batch in chunks(wanted):
        rows = session.exec(
            _facts().where(Guest.id_number.in_(batch),  # type: ignore[attr-defined]
                           Stay.status.in_(ACTIVE))  # type: ignore[attr-defined]
            .order_by(Guest.id, Stay.id))
        for row in rows:
            found.setdefault(row[7], StayFacts(*row))
    for number in wanted:
        if number not in found:
            found[number] = NotFound(
                _tr("nobody with ID number {number} is in quarantine here").format(
                    number=number))
    return found


def active_in_rooms(session: Session,
                    numbers: Iterable[str]) -> dict[str, StayFacts | ServiceError]:
    """For each room number as written, its one guest in quarantine or why there is none
    (no such room, nobody in it, a household sharing it)."""
    written = set(numbers)
    by_number = {number.strip(): number for number in written}
    rooms: dict[str, tuple[int, str]] = {}
    for batch in chunks(sorted(by_number)):
        for room_id, number in session.exec(
                select(Room.id, Room.number).where(Room.number.in_(batch))):  # type: ignore[attr-defined]
            rooms[number] = (room_id or 0, number)
    here: dict[int, list[StayFacts]] = {}
    for batch in chunks(sorted(room_id for room_id, _ in rooms.values())):
        for room_id, *row in session.exec(
                select(RoomAssignment.room_id, *_facts().selected_columns)
                .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
                .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
                .where(RoomAssignment.room_id.in_(batch),  # type: ignore[attr-defined]
                       RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
                       Stay.status.in_(ACTIVE))):  # type: ignore[attr-defined]
            here.setdefault(room_id, []).append(StayFacts(*row))
    found: dict[str, StayFacts | ServiceError] = {}
    for number in written:
        room = rooms.get(number.strip())
        if room is None:
            found[number] = NotFound(_tr("there is no room {number}").format(number=number))
            continue
        guests = here.get(room[0], [])
        if not guests:
            found[number] = NotFound(_tr("nobody is in room {number}").format(number=room[1]))
        elif len(guests) > 1:
            found[number] = ValidationFailed(
                _tr("room {number} holds {n} guests: give the ID number instead").format(
                    number=room[1], n=len(guests)))
        else:
            found[number] = guests[0]
    return found
