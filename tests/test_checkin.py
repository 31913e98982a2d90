"""Check-in, expected arrivals and room moves through the services."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomKind, RoomState, StayStatus
from quarantine_desk.services import checkin, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.services.stays import current_room
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, Guest, Room, Stay

NOW = datetime(2022, 4, 8, 10, 0)


def person(name: str, id_number: str, **kw) -> checkin.ArrivalInput:
    kw.setdefault("category", Category.CLOSE_CONTACT)
    return checkin.ArrivalInput(full_name=name, id_number=id_number, **kw)


@pytest.fixture
def site(engine, manager):
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-205", "301-305"], now=NOW)
        rooms.add_rooms(s, manager, ["401-402"], kind=RoomKind.FAMILY, now=NOW)
    return engine


def test_check_in_fills_identity_from_resident_id_and_dates(site, liaison) -> None:
    with write_session(site) as s:
        stay = checkin.check_in(s, liaison, person(
            "张伟", "32060219880130081x", exposure_date=date(2022, 4, 5),
            arrival_at=datetime(2022, 4, 7, 22, 10)), now=NOW)
        room = current_room(s, stay.id)
    assert stay.basis_date == date(2022, 4, 5)
    assert stay.planned_release == date(2022, 4, 12)
    assert room is not None and room.state == RoomState.OCCUPIED.value
    with read_session(site) as s:
        guest = s.get(Guest, stay.guest_id)
        assert guest.id_number == "32060219880130081X"
        assert guest.sex == "M" and guest.birth_date == date(1988, 1, 30)


def test_bad_check_digit_is_refused_and_nothing_written(site, liaison) -> None:
    with pytest.raises(ValidationFailed, match="check digit"):
        with write_session(site) as s:
            checkin.check_in(s, liaison, person("张伟", "320602198801300811"), now=NOW)
    with read_session(site) as s:
        assert s.exec(select(Stay)).first() is None


def test_medical_staff_cannot_check_in(site, medical) -> None:
    with pytest.raises(PermissionDenied, match="may not check guests in"):
        with write_session(site) as s:
            checkin.check_in(s, medical, person("张伟", "32060219880130081X"), now=NOW)
    with read_session(site) as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "stay.check_in")).first() \
            is None


def test_same_person_twice_is_refused(site, liaison) -> None:
    with write_session(site) as s:
        checkin.check_in(s, liaison, person("张伟", "32060219880130081X"), now=NOW)
    with pytest.raises(ValidationFailed, match="already registered"):
        with write_session(site) as s:
            checkin.check_in(s, liaison, person("张伟", "32060219880130081X"), now=NOW)


def test_list_reports_each_refused_row_and_registers_the_rest(site, liaison) -> None:
    rows = [
        person("王建国", "320602195604120517", ref=2),
        person("重复", "320602195604120517", ref=3),
        person("", "320602196009210627", ref=4),
        person("刘芳", "320602199208150923", room="999", ref=5),
    ]
    with write_session(site) as s:
        outcomes = checkin.check_in_arrivals(s, liaison, rows, now=NOW)
    assert [o.ok for o in outcomes] == [True, False, False, False]
    assert "appears twice" in outcomes[1].reason and "row 2" in outcomes[1].reason
    assert "name is missing" in outcomes[2].reason
    assert "room 999 does not exist" in outcomes[3].reason


def test_expected_arrival_is_admitted_later(site, liaison) -> None:
    with write_session(site) as s:
        stay = checkin.register_expected(s, liaison, person(
            "黄丽", "150602199905281329", category=Category.OTHER,
            arrival_at=datetime(2022, 4, 8, 18)), now=NOW)
        assert stay.status == StayStatus.EXPECTED.value
    with write_session(site) as s:
        admitted = checkin.admit_expected(s, liaison, stay.id, "303",
                                          now=datetime(2022, 4, 9, 1, 30))
    assert admitted.status == StayStatus.IN_QUARANTINE.value
    assert admitted.basis_date == date(2022, 4, 9)
    assert admitted.planned_release == date(2022, 4, 16)


def test_move_sends_the_old_room_to_disinfection(site, liaison) -> None:
    with write_session(site) as s:
        stay = checkin.check_in(s, liaison, person("张伟", "32060219880130081X", room="201"),
                                now=NOW)
    with write_session(site) as s:
        checkin.move(s, liaison, stay.id, "305", reason="noise", now=NOW)
    with read_session(site) as s:
        old = s.exec(select(Room).where(Room.number == "201")).one()
        new = s.exec(select(Room).where(Room.number == "305")).one()
        assert old.state == RoomState.AWAITING_DISINFECTION.value
        assert new.state == RoomState.OCCUPIED.value
        assert current_room(s, stay.id).number == "305"
    with write_session(site) as s:
        rooms.mark_disinfected(s, liaison, "201", now=NOW)
    with read_session(site) as s:
        assert s.exec(select(Room).where(Room.number == "201")).one().state == "available"


def test_move_into_an_occupied_room_is_refused(site, liaison) -> None:
    with write_session(site) as s:
        a = checkin.check_in(s, liaison, person("张伟", "32060219880130081X", room="201"),
                             now=NOW)
        checkin.check_in(s, liaison, person("王建国", "320602195604120517", room="202"),
                         now=NOW)
    with pytest.raises(ValidationFailed, match="occupied"):
        with write_session(site) as s:
            checkin.move(s, liaison, a.id, "202", now=NOW)


def test_console_operator_acts_as_manager(site) -> None:
    actor = Actor.console("ops")
    with write_session(site) as s:
        checkin.check_in(s, actor, person("张伟", "32060219880130081X"), now=NOW)
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "stay.check_in")).one()
    assert event.actor == "console:ops"
