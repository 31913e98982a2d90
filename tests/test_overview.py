"""The Overview panel's figures and lists on a small site, and the free-rooms forecast."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from conftest import TEST_PASSWORD
from sqlmodel import select

from quarantine_desk.domain.enums import Category, Role, RoomKind, RoomState
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, overview, rooms
from quarantine_desk.services import staff as staff_service
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import (
    Alert,
    LabTest,
    Reading,
    Room,
    RoomAssignment,
    Staff,
    Stay,
)

NOW = datetime(2022, 4, 8, 10, 0)
TODAY = NOW.date()


def rid(birth: str, seq: str) -> str:
    first17 = f"320602{birth}{seq}"
    return first17 + resident_id_check_char(first17)


def arrival(name: str, seq: str, room: str, exposure: date | None,
            arrived: datetime) -> checkin.ArrivalInput:
    return checkin.ArrivalInput(full_name=name, id_number=rid("19900101", seq),
                                category=Category.CLOSE_CONTACT, room=room,
                                exposure_date=exposure, arrival_at=arrived)


@pytest.fixture
def site(engine, manager, liaison):
    """Rooms 201-206, 301 out of service, 302 reserved; guests at every stage (see names)."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-206", "301-302"], now=NOW)
        rooms.set_state(s, manager, "301", RoomState.OUT_OF_SERVICE, now=NOW)
        rooms.set_state(s, manager, "302", RoomState.RESERVED, now=NOW)
        stays = {}
        for name, seq, room, exposure, arrived in [
            ("今到", "001", "201", None, NOW - timedelta(hours=2)),  # release 04-15
            ("今走", "002", "202", date(2022, 4, 1), datetime(2022, 4, 2, 9)),  # 04-08
            ("明走", "003", "203", date(2022, 4, 2), datetime(2022, 4, 3, 9)),  # 04-09
            ("超期", "004", "204", date(2022, 3, 30), datetime(2022, 3, 31, 9)),  # 04-06
            ("已解", "005", "205", date(2022, 4, 1), datetime(2022, 4, 1, 9)),
        ]:
            stays[name] = checkin.check_in(s, liaison, arrival(name, seq, room, exposure,
                                                               arrived), now=arrived).id
        checkin.register_expected(s, liaison, arrival("待到", "006", "", None,
                                                      NOW + timedelta(hours=8)), now=NOW)
        released = s.get(Stay, stays["已解"])
        released.status, released.exit_at = "released", NOW - timedelta(hours=1)
        left = s.exec(select(RoomAssignment).where(RoomAssignment.stay_id == released.id)).one()
        left.end_at = released.exit_at
        room = s.exec(select(Room).where(Room.number == "205")).one()
        room.state = RoomState.AWAITING_DISINFECTION.value
        s.add_all([released, left, room])
        s.add_all([
            Reading(stay_id=stays["今到"], taken_at=NOW - timedelta(hours=1), celsius=37.8),
            Reading(stay_id=stays["今走"], taken_at=NOW - timedelta(hours=1), celsius=37.0),
            Reading(stay_id=stays["明走"], taken_at=NOW - timedelta(days=1), celsius=38.0),
            LabTest(stay_id=stays["超期"], sampled_at=NOW - timedelta(hours=20),
                    reported_at=NOW - timedelta(hours=2), result="positive"),
            LabTest(stay_id=stays["明走"], sampled_at=NOW - timedelta(days=2),
                    reported_at=NOW - timedelta(days=1), result="positive"),
            Alert(stay_id=stays["今到"], kind="fever", status="open", opened_at=NOW),
            Alert(stay_id=stays["今走"], kind="fever", status="resolved",
                  opened_at=NOW - timedelta(days=3)),
        ])
        for username, role, on_duty in (("dr-li", Role.MEDICAL, True),
                                        ("desk-2", Role.LIAISON, True)):
            account = staff_service.add_staff(s, manager, username, role, TEST_PASSWORD,
                                              display_name=username.upper(), phone="13800001111")
            account.on_duty = on_duty
            s.add(account)
    return engine


def test_todays_figures(site) -> None:
    with read_session(site) as s:
        figures = overview.site_overview(s, TODAY, NOW).figures
    assert figures.rooms["rooms_total"] == 8
    assert (figures.rooms["occupied"], figures.rooms["available"],
            figures.rooms["awaiting_disinfection"], figures.rooms["out_of_service"],
            figures.rooms["reserved"]) == (4, 1, 1, 1, 1)
    assert figures.guests_in_quarantine == 4
    assert figures.arrivals_today == 1
    assert figures.expected == 1
    assert figures.releases_today == 1
    assert figures.fevers_today == 1  # 37.8 today; yesterday's 38.0 is not today's
    assert figures.positives_today == 1  # reported today; yesterday's is not counted
    assert figures.open_alerts == 1


def test_lists_for_the_day(site) -> None:
    with read_session(site) as s:
        view = overview.site_overview(s, TODAY, NOW)
    assert [(a.name, a.expected_at) for a in view.expected] == [
        ("待到", NOW + timedelta(hours=8))]
    assert view.expected[0].id_number_masked.startswith("320602") and "*" in \
        view.expected[0].id_number_masked
    assert [(d.name, d.room) for d in view.due_today] == [("今走", "202")]
    assert [(d.name, d.room) for d in view.due_tomorrow] == [("明走", "203")]
    (late,) = view.overdue
    assert (late.name, late.room, late.days_overdue) == ("超期", "204", 2)
    assert "no destination recorded" in late.reasons
    assert [(a.guest_name, a.alert.kind) for a in view.alerts] == [("今到", "fever")]
    assert [(d.name, d.role, d.phone) for d in view.on_duty] == [
        ("DR-LI", "medical", "13800001111")]


def test_the_doctor_going_off_duty_leaves_the_list(site) -> None:
    with write_session(site) as s:
        doctor = s.exec(select(Staff).where(Staff.username == "dr-li")).one()
        staff_service.set_on_duty(s, staff_service.actor_for(doctor), "dr-li", False)
    with read_session(site) as s:
        assert overview.medical_on_duty(s) == []


def test_free_rooms_forecast_from_planned_releases(site) -> None:
    with read_session(site) as s:
        forecast = overview.free_rooms_forecast(s, TODAY)
    assert len(forecast) == 14
    assert forecast[0][0] == TODAY and forecast[-1][0] == date(2022, 4, 21)
    counts = dict(forecast)
    # 206 available, 205 being disinfected, 202 leaves today, 204 overdue: 4 today
    assert counts[TODAY] == 4
    assert counts[date(2022, 4, 9)] == 5  # 203 leaves
    assert counts[date(2022, 4, 14)] == 5
    assert counts[date(2022, 4, 15)] == 6  # 201 leaves; 301 (out of service), 302 (reserved)
    assert counts[date(2022, 4, 21)] == 6  # never count


def test_a_shared_room_is_free_when_the_last_of_its_guests_leaves(engine, manager,
                                                                  liaison) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["401"], kind=RoomKind.FAMILY, now=NOW)
        checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name="甲", id_number=rid("19800101", "011"),
                                 category=Category.CLOSE_CONTACT, household="H",
                                 exposure_date=date(2022, 4, 3), arrival_at=NOW),
            checkin.ArrivalInput(full_name="乙", id_number=rid("19800101", "021"),
                                 category=Category.CLOSE_CONTACT, household="H",
                                 exposure_date=date(2022, 4, 6), arrival_at=NOW),
        ], now=NOW)
    with read_session(engine) as s:
        forecast = dict(overview.free_rooms_forecast(s, TODAY, days=7))
    assert forecast[date(2022, 4, 10)] == 0  # the first leaves, the second stays
    assert forecast[date(2022, 4, 12)] == 0
    assert forecast[date(2022, 4, 13)] == 1
