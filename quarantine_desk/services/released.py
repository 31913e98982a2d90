"""Who was released on a day: the people whose handover forms now carry a serial number.

The release list shows stays still in quarantine; once the manager approves, they leave it. The
desk then prints their forms, so it needs them back by day, with the room they left, the serial
and who approved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_
from sqlmodel import Session, select

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.identity import mask_id_number
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.store.models import Guest, Room, RoomAssignment, Staff, Stay


@dataclass(frozen=True)
class ReleasedEntry:
    """One stay released on the day asked for."""

    stay_id: int
    name: str
    id_number_masked: str
    room: str
    serial: str
    released_at: datetime
    released_by: str  # the approver's display name, else the name recorded (console:NAME)


def released_on(session: Session, on: date) -> list[ReleasedEntry]:
    """Stays released on ``on``, by room then name; the room is the one their release ended."""
    start = datetime.combine(on, time.min)
    rows = session.exec(
        select(Stay.id, Guest.full_name, Guest.id_number, Room.number, Stay.release_serial,
               Stay.exit_at, Stay.released_by, Staff.display_name)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(Staff, Staff.username == Stay.released_by)  # type: ignore[arg-type]
        .outerjoin(RoomAssignment, and_(RoomAssignment.stay_id == Stay.id,
                                        RoomAssignment.end_at == Stay.exit_at))
        .outerjoin(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(Stay.status == StayStatus.RELEASED.value,
               Stay.exit_at >= start,  # type: ignore[operator]
               Stay.exit_at < start + timedelta(days=1))  # type: ignore[operator]
    ).all()
    entries: dict[int, ReleasedEntry] = {}
    for stay_id, name, id_number, room, serial, exit_at, released_by, approver in rows:
        if stay_id in entries:  # a household's second room: list the stay once
            continue
        entries[stay_id] = ReleasedEntry(
            stay_id=stay_id, name=name, id_number_masked=mask_id_number(id_number),
            room=room or "", serial=serial or "", released_at=exit_at,
            released_by=approver or released_by,
        )
    return sorted(entries.values(), key=lambda e: (room_sort_key(e.room), e.name))
