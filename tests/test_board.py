"""The room board: tiles, day N of M and badges, read from a real database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomKind, RoomState
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import board, checkin, rooms
from quarantine_desk.services.board import Badge
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, LabTest, Reading, Room

NOW = datetime(2022, 4, 8, 10, 0)
TODAY = NOW.date()


def rid(birth: str, seq: str = "123") -> str:
    """A valid resident ID number for a birth date like ``19880130``."""
    first17 = f"320602{birth}{seq}"
    return first17 + resident_id_check_char(first17)


def person(name: str, birth: str, room: str, **kw) -> checkin.ArrivalInput:
    kw.setdefault("category", Category.CLOSE_CONTACT)
    kw.setdefault("arrival_at", datetime(2022, 4, 7, 22, 0))
    return checkin.ArrivalInput(full_name=name, id_number=rid(birth), room=room, **kw)


@pytest.fixture
def site(engine, manager):
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["301-303", "201-203"], now=NOW)
        rooms.add_rooms(s, manager, ["401"], kind=RoomKind.FAMILY, now=NOW)
    return engine


def stay_in(engine, liaison, arrival: checkin.ArrivalInput) -> int:
    with write_session(engine) as s:
        return checkin.check_in(s, liaison, arrival, now=NOW).id


def tiles_by_number(engine, on: date = TODAY, now: datetime = NOW) -> dict[str, board.RoomTile]:
    with read_session(engine) as s:
        return {t.number: t for t in board.room_board(s, on, now)}


def test_every_room_in_floor_and_room_order_with_its_guest_and_day(site, liaison) -> None:
    stay_in(site, liaison, person("张伟", "19880130", "202", exposure_date=date(2022, 4, 5)))
    with read_session(site) as s:
        tiles = board.room_board(s, TODAY, NOW)
    assert [t.number for t in tiles] == ["201", "202", "203", "301", "302", "303", "401"]
    tile = tiles[1]
    assert (tile.floor, tile.kind, tile.capacity, tile.state) == (2, "single", 1, "occupied")
    (guest,) = tile.occupants
    assert guest.name == "张伟"
    assert (guest.day, guest.of) == (3, 7)  # exposure 04-05 is day 0; 04-08 is day 3 of 7
    assert guest.planned_release == date(2022, 4, 12)
    assert guest.badges == ()
    assert tiles[0].occupants == () and tiles[0].state == "available"


def test_a_household_shares_one_family_tile(site, liaison) -> None:
    with write_session(site) as s:
        checkin.check_in_arrivals(s, liaison, [
            person("李强", "19800101", "401", household="H1"),
            checkin.ArrivalInput(full_name="李小", id_number=rid("19820202", "456"),
                                 category=Category.CLOSE_CONTACT, room="401", household="H1"),
        ], now=NOW)
    tile = tiles_by_number(site)["401"]
    assert {o.name for o in tile.occupants} == {"李强", "李小"}


def test_fever_badge_from_a_reading_in_the_last_48_hours(site, liaison) -> None:
    recent = stay_in(site, liaison, person("发热", "19900101", "201"))
    old = stay_in(site, liaison, person("旧热", "19900102", "202"))
    voided = stay_in(site, liaison, person("作废", "19900103", "203"))
    normal = stay_in(site, liaison, person("正常", "19900104", "301"))
    with write_session(site) as s:
        s.add_all([
            Reading(stay_id=recent, taken_at=NOW - timedelta(hours=47), celsius=37.3),
            Reading(stay_id=old, taken_at=NOW - timedelta(hours=49), celsius=38.5),
            Reading(stay_id=voided, taken_at=NOW - timedelta(hours=2), celsius=39.0,
                    voided_at=NOW - timedelta(hours=1), void_reason="typing error"),
            Reading(stay_id=normal, taken_at=NOW - timedelta(hours=1), celsius=37.2),
        ])
    tiles = tiles_by_number(site)
    assert Badge.FEVER in tiles["201"].occupants[0].badges
    assert tiles["201"].occupants[0].max_celsius_48h == 37.3
    for number in ("202", "203", "301"):
        assert Badge.FEVER not in tiles[number].occupants[0].badges, number


def test_fever_badge_from_an_open_alert_until_it_is_resolved(site, liaison) -> None:
    stay_id = stay_in(site, liaison, person("告警", "19900101", "201"))
    with write_session(site) as s:
        s.add(Alert(stay_id=stay_id, kind="fever", status="escalated", opened_at=NOW))
    assert tiles_by_number(site)["201"].badges == (Badge.FEVER,)
    with write_session(site) as s:
        alert = s.exec(select(Alert)).one()
        alert.status = "resolved"
        s.add(alert)
    assert tiles_by_number(site)["201"].badges == ()


def test_positive_badge_from_a_test_or_an_open_positive_alert(site, liaison) -> None:
    tested = stay_in(site, liaison, person("阳性", "19900101", "201"))
    alerted = stay_in(site, liaison, person("预警", "19900102", "202"))
    negative = stay_in(site, liaison, person("阴性", "19900103", "203"))
    with write_session(site) as s:
        s.add_all([
            LabTest(stay_id=tested, kind="antigen", sampled_at=NOW, result="positive"),
            LabTest(stay_id=negative, kind="pcr", sampled_at=NOW, result="negative"),
            Alert(stay_id=alerted, kind="positive", status="open", opened_at=NOW),
        ])
    tiles = tiles_by_number(site)
    assert tiles["201"].occupants[0].badges == (Badge.POSITIVE,)
    assert tiles["202"].occupants[0].badges == (Badge.POSITIVE,)
    assert tiles["203"].occupants[0].badges == ()


def test_key_person_badge_by_age_condition_or_pregnancy(site, liaison) -> None:
    stay_in(site, liaison, person("老人", "19560412", "201"))  # aged 65
    stay_in(site, liaison, person("病人", "19800101", "202", conditions=["高血压"]))
    stay_in(site, liaison, person("孕妇", "19920815", "203", conditions=["孕28周"]))
    stay_in(site, liaison, person("常人", "19900101", "301"))
    tiles = tiles_by_number(site)
    assert tiles["201"].occupants[0].key_reasons == ("aged 65",)
    assert tiles["202"].occupants[0].key_reasons == ("高血压",)
    assert "pregnant" in tiles["203"].occupants[0].key_reasons
    for number in ("201", "202", "203"):
        assert tiles[number].occupants[0].badges == (Badge.KEY_PERSON,), number
    assert tiles["301"].occupants[0].badges == ()


def test_due_badge_from_the_planned_release_date(site, liaison) -> None:
    stay_in(site, liaison, person("到期", "19900101", "201", exposure_date=date(2022, 4, 1)))
    stay_in(site, liaison, person("未到", "19900102", "202", exposure_date=date(2022, 4, 2)))
    tiles = tiles_by_number(site)  # release dates 04-08 and 04-09
    assert tiles["201"].occupants[0].badges == (Badge.DUE,)
    assert tiles["202"].occupants[0].badges == ()
    later = tiles_by_number(site, on=TODAY + timedelta(days=1))
    assert later["202"].occupants[0].badges == (Badge.DUE,)
    assert later["202"].occupants[0].day == 7


def test_incomplete_badge_after_a_quick_walk_in(site, liaison) -> None:
    with write_session(site) as s:
        checkin.quick_check_in(s, liaison, "302", "快速", rid("19900101"), "138 0013 8000",
                               "密接", now=NOW)
    assert tiles_by_number(site)["302"].badges == (Badge.INCOMPLETE,)


def test_summary_counts_rooms_guests_and_badges(site, liaison, manager) -> None:
    stay_in(site, liaison, person("老人", "19560412", "201"))
    stay_in(site, liaison, person("到期", "19900101", "202", exposure_date=date(2022, 4, 1)))
    with write_session(site) as s:
        rooms.set_state(s, manager, "303", RoomState.OUT_OF_SERVICE, note="leak", now=NOW)
    with read_session(site) as s:
        summary = board.board_summary(board.room_board(s, TODAY, NOW))
    assert summary["rooms_total"] == 7
    assert summary["occupied"] == 2 and summary["available"] == 4
    assert summary["out_of_service"] == 1 and summary["reserved"] == 0
    assert summary["guests"] == 2
    assert summary["key_person"] == 1 and summary["due"] == 1 and summary["fever"] == 0


def test_floors_and_filters(site, liaison) -> None:
    stay_in(site, liaison, person("张伟", "19880130", "302"))
    with read_session(site) as s:
        assert board.floors(s) == [2, 3, 4]
        third = board.room_board(s, TODAY, NOW, floor=3)
        occupied = board.room_board(s, TODAY, NOW, state="occupied")
    assert [t.number for t in third] == ["301", "302", "303"]
    assert [t.number for t in occupied] == ["302"]
    assert occupied[0].occupants[0].name == "张伟"


def test_a_released_guest_leaves_the_tile(site, liaison) -> None:
    stay_id = stay_in(site, liaison, person("张伟", "19880130", "201"))
    with write_session(site) as s:
        checkin.move(s, liaison, stay_id, "301", now=NOW)
    tiles = tiles_by_number(site)
    assert tiles["201"].occupants == () and tiles["201"].state == "awaiting_disinfection"
    assert tiles["301"].occupants[0].stay_id == stay_id
    with read_session(site) as s:
        assert s.exec(select(Room).where(Room.number == "301")).one().state == "occupied"
