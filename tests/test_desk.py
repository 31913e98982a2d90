"""The desk both faces hold: reads, one-transaction use cases, sign-in with its lock-out count,
first-run setup, and the records (not rows) that leave the core."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import first_run, rooms, site, staff
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk, NobodyActing
from quarantine_desk.services.errors import (
    AuthenticationFailed,
    PermissionDenied,
    ValidationFailed,
)
from quarantine_desk.services.staff import StaffRecord


def test_perform_runs_a_use_case_as_the_acting_person(engine: Engine, manager: Actor) -> None:
    desk = Desk(engine).acting_as(manager)
    added = desk.perform(rooms.add_rooms, ["301-303"])
    assert [room.number for room in added] == ["301", "302", "303"]
    assert [room.number for room in desk.query(rooms.all_rooms)] == ["301", "302", "303"]


def test_a_refused_use_case_writes_nothing(engine: Engine, medical: Actor) -> None:
    desk = Desk(engine, medical)
    with pytest.raises(PermissionDenied):
        desk.perform(rooms.add_rooms, ["301"])
    assert desk.query(rooms.all_rooms) == []


def test_nobody_acts_before_sign_in(engine: Engine) -> None:
    desk = Desk(engine)
    with pytest.raises(NobodyActing):
        desk.perform(rooms.add_rooms, ["301"])


def test_opening_a_desk_creates_the_database(tmp_path: Path) -> None:
    desk = Desk.open(str(tmp_path / "new.db"))
    try:
        assert not desk.query(staff.has_any_staff)
        assert desk.site_name() == ""
    finally:
        desk.dispose()


def test_wrong_passwords_count_although_sign_in_is_refused(engine: Engine,
                                                           manager: Actor) -> None:
    desk = Desk(engine)
    for _ in range(staff.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed, match="wrong username or password"):
            desk.sign_in(manager.username, "wrong-guess")
    with desk.read() as session:
        assert staff.find(session, manager.username).failed_attempts == 4
    with pytest.raises(AuthenticationFailed, match="locked"):
        desk.sign_in(manager.username, "wrong-guess")
    with pytest.raises(AuthenticationFailed, match="locked"):
        desk.sign_in(manager.username, TEST_PASSWORD)


def test_first_run_sets_up_the_site_and_its_manager(engine: Engine) -> None:
    desk = Desk(engine)
    with desk.write() as session:
        chief = first_run.set_up_site(session, site_name=" 城东 隔离点 ", address="", phone="",
                                      username="chief", display_name="王建国",
                                      password="long-secret")
    assert chief.role is Role.MANAGER and chief.display_name == "王建国"
    assert desk.site_name() == "城东 隔离点"
    assert desk.sign_in("chief", "long-secret") == chief


def test_first_run_without_a_site_name_leaves_nothing(engine: Engine) -> None:
    desk = Desk(engine)
    with pytest.raises(ValidationFailed, match="site needs a name"):
        with desk.write() as session:
            first_run.set_up_site(session, site_name=" ", address="", phone="",
                                  username="chief", display_name="", password="long-secret")
    assert not desk.query(staff.has_any_staff)
    assert desk.query(site.get_site) is None


def test_staff_leave_the_core_without_their_password_hash(engine: Engine,
                                                          accounts: dict[Role, Actor]) -> None:
    listed = Desk(engine).query(staff.list_staff)
    assert all(isinstance(account, StaffRecord) for account in listed)
    assert {account.username: account.role for account in listed} == {
        "boss": Role.MANAGER, "desk": Role.LIAISON, "nurse": Role.MEDICAL}
    assert not hasattr(listed[0], "password_hash")
