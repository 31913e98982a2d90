"""What the database itself refuses, whichever program writes (issue 14), on the engine of the
run (SQLite, or PostgreSQL when ``QUARANTINE_DESK_TEST_PG`` is set): audit events are never
changed or deleted, a stay has one open room, a room holds no more than its capacity, a reading
is stored once per stay and moment and a sample number once. An older database holding such
duplicates is upgraded without failing, the duplicates resolved and audited; ``check`` names
any that remain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest
from alembic import command
from medical_support import add_rooms, admit, admit_household
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from quarantine_desk.domain.enums import Role, RoomKind
from quarantine_desk.services import maintenance, readings, staff
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import create_db_engine, write_session
from quarantine_desk.store.migrate import alembic_config, upgrade_to_head

MORNING = datetime(2022, 7, 9, 8, 0)


def _run(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _rows(engine: Engine, query: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query))]


def test_audit_events_cannot_be_updated_or_deleted(engine, manager) -> None:
    before = _rows(engine, "SELECT id, actor, action FROM auditevent ORDER BY id")
    assert before
    for statement in ("UPDATE auditevent SET actor = 'nobody'",
                      "DELETE FROM auditevent",
                      f"DELETE FROM auditevent WHERE id = {before[0][0]}"):
        with pytest.raises(DBAPIError, match="audit events cannot be changed or deleted"):
            _run(engine, statement)
    if engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="audit events cannot be changed or deleted"):
            _run(engine, "TRUNCATE auditevent")
    assert _rows(engine, "SELECT id, actor, action FROM auditevent ORDER BY id") == before
    with write_session(engine) as session:  # adding to the trail goes on as before
        staff.add_staff(session, manager, "late", Role.MEDICAL, "late-pass-123")
    assert len(_rows(engine, "SELECT id FROM auditevent")) > len(before)


@pytest.fixture
def housed(engine, manager, liaison) -> dict[str, int]:
    """Rooms 201-203 (single) and 301 (a family room for three); one guest in 201 and a
    household of two in 301."""
    add_rooms(engine, manager, "201-203")
    add_rooms(engine, manager, "301", kind=RoomKind.FAMILY)
    single = admit(engine, liaison, 1, "201")
    first, second = admit_household(engine, liaison, [2, 3], "301")
    return {"single": single, "first": first, "second": second}


def _room_id(engine: Engine, number: str) -> int:
    return _rows(engine, f"SELECT id FROM room WHERE number = '{number}'")[0][0]


def test_a_stay_is_in_one_room_at_a_time(engine, housed) -> None:
    with pytest.raises(IntegrityError):
        _run(engine, "INSERT INTO roomassignment (stay_id, room_id, start_at, reason) VALUES "
                     f"({housed['single']}, {_room_id(engine, '202')}, '2022-07-09 09:00:00', "
                     "'x')")
    _run(engine, "INSERT INTO roomassignment (stay_id, room_id, start_at, end_at, reason) "
                 f"VALUES ({housed['single']}, {_room_id(engine, '202')}, "
                 "'2022-07-08 09:00:00', '2022-07-08 10:00:00', 'an ended one is history')")


def test_a_room_holds_no_more_guests_than_its_capacity(engine, housed) -> None:
    family = _room_id(engine, "301")
    _run(engine, f"UPDATE roomassignment SET end_at = NULL WHERE stay_id = {housed['first']}")
    with pytest.raises(DBAPIError, match="room over capacity"):  # the single guest joins 201
        _run(engine, f"UPDATE roomassignment SET room_id = {_room_id(engine, '201')} "
                     f"WHERE stay_id = {housed['second']} AND end_at IS NULL")
    with pytest.raises(DBAPIError, match="room over capacity"):
        _run(engine, f"UPDATE room SET capacity = 1 WHERE id = {family}")
    _run(engine, f"UPDATE room SET capacity = 2 WHERE id = {family}")  # two are in it


def test_a_reading_is_stored_once_per_stay_and_moment(engine, medical, housed) -> None:
    stay = housed["single"]
    with write_session(engine) as session:
        first = readings.record_reading(session, medical, stay, 36.5, taken_at=MORNING,
                                        now=MORNING)
    insert = ("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, entered_by, "
              f"voided_by, void_reason) VALUES ({stay}, '{MORNING:%Y-%m-%d %H:%M:%S}"
              "', 36.6, 'forehead', '', 'x', '', '')")
    if engine.dialect.name == "sqlite":  # SQLAlchemy stores SQLite datetimes with microseconds
        insert = insert.replace(f"{MORNING:%H:%M:%S}'", f"{MORNING:%H:%M:%S}.000000'")
    with pytest.raises(IntegrityError):
        _run(engine, insert)
    with write_session(engine) as session:  # a voided reading may be replaced
        readings.correct_reading(session, medical, first.id, 36.8, "typing error", now=MORNING)
    assert len(_rows(engine, f"SELECT id FROM reading WHERE stay_id = {stay}")) == 2


def test_a_sample_number_is_used_once(engine, housed) -> None:
    stay, other = housed["first"], housed["second"]
    insert = ("INSERT INTO labtest (stay_id, kind, sample_no, lab, result, entered_by, reason) "
              "VALUES ({stay}, 'pcr', '{no}', '', 'pending', '', '')")
    _run(engine, insert.format(stay=stay, no="S-1"), insert.format(stay=stay, no=""),
         insert.format(stay=other, no=""))  # blank numbers repeat (antigen self-tests)
    with pytest.raises(IntegrityError):
        _run(engine, insert.format(stay=other, no="S-1"))


def test_check_names_readings_and_sample_numbers_stored_twice(engine, housed) -> None:
    stay = housed["single"]
    _run(engine, "DROP INDEX ux_reading_stay_moment", "DROP INDEX ux_labtest_sample_no")
    reading = ("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, entered_by, "
               f"voided_by, void_reason) VALUES ({stay}, '2022-07-09 08:00:00', 36.5, "
               "'forehead', '', '', '', '')")
    test = ("INSERT INTO labtest (stay_id, kind, sample_no, lab, result, entered_by, reason) "
            f"VALUES ({stay}, 'pcr', 'S-9', '', 'pending', '', '')")
    _run(engine, reading, reading, test, test)
    problems = maintenance.check(engine).problems
    assert any("has 2 readings at 2022-07-09 08:00" in p for p in problems), problems
    assert any("sample number S-9 is on 2 tests" in p for p in problems), problems


# --- upgrading a database that holds duplicates ------------------------------------------------


@pytest.fixture
def old_engine(db_target: str) -> Iterator[Engine]:
    """A database at the schema before the guards (revision 0005)."""
    engine = create_db_engine(db_target)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    yield engine
    engine.dispose()


def test_upgrade_resolves_duplicates_and_audits_them(old_engine: Engine) -> None:
    engine, system = old_engine, Actor.system()
    add_rooms(engine, system, "201-203")
    stay = admit(engine, system, 1, "201")
    room_202 = _room_id(engine, "202")
    _run(engine,
         "INSERT INTO roomassignment (stay_id, room_id, start_at, reason) VALUES "
         f"({stay}, {room_202}, '2022-07-09 10:00:00', 'a move half done')",
         f"UPDATE room SET state = 'occupied' WHERE id = {room_202}")
    reading = ("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, entered_by, "
               f"voided_by, void_reason) VALUES ({stay}, '2022-07-09 08:00:00', {{c}}, "
               "'forehead', '', 'desk', '', '')")
    test = ("INSERT INTO labtest (stay_id, kind, sample_no, lab, result, entered_by, reason) "
            f"VALUES ({stay}, 'pcr', 'S-1', '', 'pending', '', '')")
    _run(engine, reading.format(c=36.5), reading.format(c=36.5), reading.format(c=36.6),
         test, test)

    upgrade_to_head(engine)  # as opening the database does

    kept, *voided = _rows(engine, "SELECT id, voided_by, void_reason FROM reading ORDER BY id")
    assert kept[1:] == ("", "")
    assert [v[1:] for v in voided] == [("system", "duplicate found by upgrade")] * 2
    assert [n for (n,) in _rows(engine, "SELECT sample_no FROM labtest ORDER BY id")][0] == "S-1"
    assert len({n for (n,) in _rows(engine, "SELECT sample_no FROM labtest")}) == 2
    open_rooms = _rows(engine, "SELECT r.number FROM roomassignment a JOIN room r ON "
                               f"r.id = a.room_id WHERE a.stay_id = {stay} AND a.end_at IS NULL")
    assert open_rooms == [("202",)]  # the room it entered last
    assert _rows(engine, "SELECT state FROM room WHERE number = '201'") == [
        ("awaiting_disinfection",)]
    events = _rows(engine, "SELECT actor, action, after FROM auditevent WHERE actor = 'system' "
                           "AND action IN ('reading.void', 'test.sample_renumber', "
                           "'stay.duplicate_room_closed') ORDER BY id")
    assert [e[1] for e in events] == ["stay.duplicate_room_closed", "reading.void",
                                      "reading.void", "test.sample_renumber"]
    assert json.loads(events[1][2])["kept_reading_id"] == kept[0]
    assert maintenance.check(engine).ok, maintenance.check(engine).problems
