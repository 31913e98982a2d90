"""Usernames are one whatever their case (DESIGN.md §5): in the service, in the database, and
in a database made before that rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from conftest import TEST_PASSWORD
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import (
    create_db_engine,
    open_database,
    read_session,
    write_session,
)
from quarantine_desk.store.migrate import alembic_config


def test_another_spelling_of_a_taken_name_is_refused(engine, manager: Actor) -> None:
    with write_session(engine) as session, pytest.raises(ValidationFailed,
                                                         match="'BOSS' is already taken"):
        staff_service.add_staff(session, manager, "BOSS", Role.MEDICAL, TEST_PASSWORD)
    with read_session(engine) as session:
        assert staff_service.staff_record(session, "Boss").username == "boss"
        assert [s.username for s in staff_service.list_staff(session)] == [
            "desk", "boss", "nurse"]


def test_the_database_refuses_a_second_spelling_too(engine, manager: Actor) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("INSERT INTO staff (username, display_name, role, phone, "
                                "password_hash, active, failed_attempts, on_duty) VALUES "
                                "('Desk', '', 'liaison', '', 'x', TRUE, 0, FALSE)"))


def test_signing_in_takes_the_name_in_any_case(engine, manager: Actor) -> None:
    actor = Desk(engine).sign_in("BoSS", TEST_PASSWORD)
    assert actor == manager and actor.username == "boss"


def test_own_account_in_another_case_is_still_ones_own(engine, medical: Actor,
                                                       liaison: Actor) -> None:
    with write_session(engine) as session:
        staff_service.set_password(session, medical, "NURSE", "fresh-pass-1")
        staff_service.set_on_duty(session, medical, "Nurse", True)
    assert Desk(engine).sign_in("nurse", "fresh-pass-1") == medical


def test_an_old_database_with_two_spellings_keeps_both_people(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_db_engine(str(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        for name in ("Boss", "boss", "BOSS-2"):
            connection.execute(
                text("INSERT INTO staff (username, display_name, role, phone, password_hash, "
                     "active, failed_attempts, on_duty) VALUES (:name, '', 'manager', '', 'x', "
                     "1, 0, 0)"), {"name": name})
    engine.dispose()
    engine = open_database(str(path))  # upgraded to head
    try:
        with engine.connect() as connection:
            names = list(connection.execute(text("SELECT id, username FROM staff ORDER BY id")))
            renames = list(connection.execute(text(
                "SELECT actor, entity_id, before, after FROM auditevent "
                "WHERE action = 'staff.rename'")))
    finally:
        engine.dispose()
    # The second spelling becomes NAME-ID, made unique again against a name already there.
    assert names == [(1, "Boss"), (2, "boss-2-"), (3, "BOSS-2")]
    assert renames == [("system", 2, '{"username": "boss"}', '{"username": "boss-2-"}')]
