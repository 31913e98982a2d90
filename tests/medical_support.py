"""Building a small site for the medical-service tests: rooms and guests checked in."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import func, select

from quarantine_desk.domain.enums import Category, RoomKind
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import read_session, write_session

ARRIVAL = datetime(2022, 7, 8, 20, 0)


def resident_id(serial: int, birth: date = date(1988, 1, 30)) -> str:
    first17 = f"320602{birth:%Y%m%d}{serial:03d}"
    return first17 + resident_id_check_char(first17)


def add_rooms(engine: Engine, manager: Actor, *specs: str,
              kind: RoomKind = RoomKind.SINGLE) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, list(specs), kind=kind, now=ARRIVAL)


def admit(engine: Engine, liaison: Actor, serial: int, room: str, *,
          category: Category = Category.CLOSE_CONTACT, exposure: date | None = None,
          arrival: datetime = ARRIVAL, batch: str = "", household: str = "",
          birth: date = date(1988, 1, 30), conditions: tuple[str, ...] = (),
          name: str = "") -> int:
    """Check one guest into ``room``; returns the stay id."""
    with write_session(engine) as s:
        stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name=name or f"客人{serial}", id_number=resident_id(serial, birth),
            category=category, exposure_date=exposure, arrival_at=arrival, room=room,
            batch=batch, household=household, conditions=list(conditions)), now=arrival)
        return stay.id or 0


def admit_household(engine: Engine, liaison: Actor, serials: list[int], room: str, *,
                    category: Category = Category.CLOSE_CONTACT,
                    arrival: datetime = ARRIVAL) -> list[int]:
    """Check a household into one family room; returns the stay ids in ``serials`` order."""
    with write_session(engine) as s:
        outcomes = checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name=f"家人{serial}", id_number=resident_id(serial),
                                 category=category, arrival_at=arrival, room=room,
                                 household="H1", ref=serial)
            for serial in serials], now=arrival)
    assert all(o.ok for o in outcomes), [o.reason for o in outcomes]
    return [o.stay_id or 0 for o in outcomes]


def count(engine: Engine, model: type) -> int:
    with read_session(engine) as s:
        return s.exec(select(func.count()).select_from(model)).one()
