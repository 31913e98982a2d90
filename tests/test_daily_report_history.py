"""The daily report of a past day counts the rooms as they were at that day's end, rebuilt
from the stays' room assignments and the audit trail (services.room_history)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from release_scenario import D, T, build, resident_id
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomState
from quarantine_desk.services import (
    checkin,
    daily_report,
    guest_editing,
    room_history,
    rooms,
    site,
)
from quarantine_desk.services import release as rel
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, Room, Stay

ROOM_FIGURES = ("rooms_total", "occupied", "available", "reserved", "awaiting_disinfection",
                "out_of_service", "rooms_state_unknown")
TODAY = datetime(2022, 7, 18, 12, 0)


def end_of(day: date) -> datetime:
    """The moment the command line reports a past day at (cli ``report --date``)."""
    return datetime.combine(day, time(23, 59))


def figures(engine, on: date, at: datetime) -> dict:
    with read_session(engine) as s:
        data = daily_report.daily_report(s, on, at).to_json()
    return {key: data[key] for key in ROOM_FIGURES}


def room_figures(**counts: int) -> dict:
    """The room figures: every state 0 unless named."""
    return {key: counts.get(key, 0) for key in ROOM_FIGURES}


@pytest.fixture
def history(engine, manager, liaison, medical):
    """Six guests in 201-206 since 07-08/07-10 (release_scenario), then:

    * 07-15 10:00 ``ready`` released from 201 (awaiting disinfection), 吴敏 announced;
      11:00 302 reserved;
    * 07-16 09:00 201 disinfected; 12:00 ``in_period`` moved from 206 to 301; 15:00 吴敏
      admitted into the reserved 302;
    * 07-17 09:00 ``in_period``'s exposure date corrected (its release moves from 07-17 to
      07-18); 14:00 303 out of service;
    * 07-18 08:00 room 304 added.
    """
    scenario = build(engine, manager, liaison, medical)
    with write_session(engine) as s:
        site.setup_site(s, manager, "金陵饭店集中隔离医学观察点", now=T)
        rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
        expected = checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="吴敏", id_number=resident_id(50), category=Category.OTHER,
            arrival_at=datetime(2022, 7, 15, 20, 0)), now=T)
        rooms.set_state(s, liaison, "302", RoomState.RESERVED, now=datetime(2022, 7, 15, 11, 0))
    with write_session(engine) as s:
        rooms.mark_disinfected(s, liaison, "201", now=datetime(2022, 7, 16, 9, 0))
        checkin.move(s, liaison, scenario.stays["in_period"], "301",
                     now=datetime(2022, 7, 16, 12, 0))
        checkin.admit_expected(s, liaison, expected.id, "302", now=datetime(2022, 7, 16, 15, 0))
    with write_session(engine) as s:
        stay = s.get(Stay, scenario.stays["in_period"])
        guest_editing.update_stay(s, liaison, stay.id, stay.version,
                                  {"exposure_date": date(2022, 7, 11)},
                                  now=datetime(2022, 7, 17, 9, 0))
        rooms.set_state(s, liaison, "303", RoomState.OUT_OF_SERVICE,
                        now=datetime(2022, 7, 17, 14, 0))
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["304"], now=datetime(2022, 7, 18, 8, 0))
    return engine


@pytest.mark.parametrize(("day", "expected"), [
    (date(2022, 7, 14), room_figures(rooms_total=9, occupied=6, available=3)),
    (date(2022, 7, 15), room_figures(rooms_total=9, occupied=5, available=2, reserved=1,
                                     awaiting_disinfection=1)),
    (date(2022, 7, 16), room_figures(rooms_total=9, occupied=6, available=2,
                                     awaiting_disinfection=1)),
    (date(2022, 7, 17), room_figures(rooms_total=9, occupied=6, available=1,
                                     awaiting_disinfection=1, out_of_service=1)),
])
def test_each_past_day_counts_its_rooms_as_they_were_at_its_end(history, day, expected) -> None:
    assert figures(history, day, end_of(day)) == expected


def test_today_counts_the_rooms_as_they_are(history) -> None:
    assert figures(history, TODAY.date(), TODAY) == room_figures(
        rooms_total=10, occupied=6, available=2, awaiting_disinfection=1, out_of_service=1)
    with read_session(history) as s:
        now = rooms.vacancy(s)
        report = daily_report.daily_report(s, TODAY.date(), TODAY)
    assert {key: getattr(report, key) for key in ("occupied", "available", "reserved",
                                                  "awaiting_disinfection", "out_of_service")} \
        == {key: now[key] for key in ("occupied", "available", "reserved",
                                      "awaiting_disinfection", "out_of_service")}
    assert report.rooms_total == now["rooms_total"]


def test_a_past_days_text_gives_its_own_rooms(history) -> None:
    with read_session(history) as s:
        text = daily_report.daily_report(s, date(2022, 7, 15), end_of(date(2022, 7, 15))).text
    assert text.splitlines()[3] == (
        "一、房间：共9间，已使用5间，空余2间，待终末消毒1间，停用0间，预留1间。")


def test_people_expected_and_planned_are_counted_as_they_stood(history) -> None:
    with read_session(history) as s:
        before_announced = daily_report.daily_report(s, date(2022, 7, 14),
                                                     end_of(date(2022, 7, 14)))
        announced = daily_report.daily_report(s, date(2022, 7, 15), end_of(date(2022, 7, 15)))
        admitted = daily_report.daily_report(s, date(2022, 7, 16), end_of(date(2022, 7, 16)))
    assert before_announced.expected == 0  # 吴敏 was announced on 07-15
    assert announced.expected == 1  # and arrived on 07-16
    assert admitted.expected == 0
    # on 07-16 in_period's release was planned for 07-17; the date moved on 07-17
    assert admitted.planned_tomorrow == 1
    with read_session(history) as s:
        assert daily_report.daily_report(s, date(2022, 7, 17), TODAY).planned_tomorrow == 1


def test_as_of_the_very_moment_of_a_change(history) -> None:
    """A change counts from the second it is recorded at: like a guest's arrival or exit."""
    disinfected, moved, out = (datetime(2022, 7, 16, 9, 0), datetime(2022, 7, 16, 12, 0),
                               datetime(2022, 7, 17, 14, 0))
    second = timedelta(seconds=1)
    assert figures(history, D, T - second)["awaiting_disinfection"] == 0
    assert figures(history, D, T)["awaiting_disinfection"] == 1  # released at T
    assert figures(history, D, T)["occupied"] == 5
    assert figures(history, disinfected.date(), disinfected - second)[
        "awaiting_disinfection"] == 1
    assert figures(history, disinfected.date(), disinfected)["awaiting_disinfection"] == 0
    before, at = (figures(history, moved.date(), moved - second),
                  figures(history, moved.date(), moved))
    assert (before["occupied"], before["awaiting_disinfection"]) == (5, 0)
    assert (at["occupied"], at["awaiting_disinfection"]) == (5, 1)  # 206 left, 301 taken
    assert figures(history, out.date(), out - second)["out_of_service"] == 0
    assert figures(history, out.date(), out)["out_of_service"] == 1
    added = datetime(2022, 7, 18, 8, 0)
    assert figures(history, added.date(), added - second)["rooms_total"] == 9
    assert figures(history, added.date(), added)["rooms_total"] == 10


def test_a_room_whose_records_disagree_is_said_unknown(history) -> None:
    """A state changed outside the services: the report says it cannot tell that room."""
    with write_session(history) as s:
        room = s.exec(select(Room).where(Room.number == "303")).one()
        room.state = RoomState.AVAILABLE.value  # out of service, yet no event says it came back
        s.add(room)
    with read_session(history) as s:
        report = daily_report.daily_report(s, TODAY.date(), TODAY)
        earlier = daily_report.daily_report(s, date(2022, 7, 16), end_of(date(2022, 7, 16)))
    assert (report.rooms_total, report.out_of_service, report.available,
            report.rooms_state_unknown) == (10, 0, 2, 1)
    assert report.to_json()["rooms_state_unknown"] == 1
    assert report.text.splitlines()[3].endswith(
        "停用0间。其中1间当时的状态无法从操作记录还原，未计入以上各项。")
    # before the recorded change to out of service the records still agree with each other
    assert (earlier.rooms_state_unknown, earlier.available) == (0, 2)
    assert "无法从操作记录还原" not in earlier.text


def test_now_the_rooms_are_as_the_table_has_them(history) -> None:
    """After the last recorded change the table is the truth, even where the trail is short
    of a change: today's report gives what the room board gives."""
    with write_session(history) as s:
        room = s.exec(select(Room).where(Room.number == "303")).one()
        room.state = RoomState.AVAILABLE.value
        s.add(room)
    now = datetime.now().replace(microsecond=0)
    with read_session(history) as s:
        report = daily_report.daily_report(s, now.date(), now)
        table = rooms.vacancy(s)
    assert report.rooms_state_unknown == 0
    assert {key: getattr(report, key) for key in ROOM_FIGURES if key != "rooms_state_unknown"} \
        == {key: table[key] for key in ROOM_FIGURES if key != "rooms_state_unknown"}


def test_two_desks_clocks_out_of_step_give_unknown_not_a_guess(history, liaison) -> None:
    """303 went out of service at 14:00; a desk whose clock is two hours slow then put it back
    in service, recorded at 13:00. Read by time the trail contradicts itself (back in service
    at 13:00 from out of service, out of service at 14:00 from in service, in service now):
    between the events around the contradiction the report says it cannot tell 303, rather
    than guess."""
    with write_session(history) as s:
        rooms.set_state(s, liaison, "303", RoomState.AVAILABLE,
                        now=datetime(2022, 7, 17, 13, 0))
    with read_session(history) as s:
        room_id = s.exec(select(Room).where(Room.number == "303")).one().id
        states = {hour: room_history.states_at(s, datetime(2022, 7, 17, hour, 30))[room_id]
                  for hour in (12, 13, 15)}
        evening = daily_report.daily_report(s, date(2022, 7, 17), end_of(date(2022, 7, 17)))
    # 13:30 lies between two events that agree: back in service at 13:00, out from in at 14:00
    assert states == {12: room_history.UNKNOWN, 13: "available", 15: room_history.UNKNOWN}
    assert (evening.rooms_total, evening.out_of_service, evening.rooms_state_unknown) == (9, 0, 1)


def test_a_room_without_a_record_of_its_addition_predates_the_records(history) -> None:
    with write_session(history) as s:
        room = s.exec(select(Room).where(Room.number == "304")).one()
        connection = s.connection()  # the database keeps audit events: planted past its guard
        connection.exec_driver_sql(
            "DROP TRIGGER tr_auditevent_no_delete" if connection.dialect.name == "sqlite"
            else "ALTER TABLE auditevent DISABLE TRIGGER tr_auditevent_no_change")
        for event in s.exec(select(AuditEvent).where(AuditEvent.entity == "room",
                                                AuditEvent.entity_id == room.id)).all():
            s.delete(event)
    with read_session(history) as s:
        assert room_history.states_at(s, end_of(date(2022, 7, 14)))[room.id] == "available"
        assert figures(history, TODAY.date(), TODAY)["rooms_state_unknown"] == 0


def test_a_late_entered_check_in_counts_the_room_from_the_arrival(engine, manager,
                                                                  liaison) -> None:
    """The guest arrived at 09:00, the desk entered it at 11:00; at 10:00 the room was used."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["101", "102"], now=datetime(2022, 7, 1, 8, 0))
        rooms.set_state(s, liaison, "101", RoomState.RESERVED, now=datetime(2022, 7, 1, 9, 30))
        checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="周杰", id_number=resident_id(60), category=Category.INBOUND_TRAVELLER,
            arrival_at=datetime(2022, 7, 1, 9, 0), room="101"), now=datetime(2022, 7, 1, 11, 0))
    with read_session(engine) as s:
        at = {hour: room_history.counts_at(s, datetime(2022, 7, 1, hour, 0))
              for hour in (8, 9, 10, 12)}
    assert at[8].by_state["available"] == 2 and at[8].unknown == 0
    assert all(at[h].by_state["occupied"] == 1 and at[h].unknown == 0 for h in (9, 10, 12))
