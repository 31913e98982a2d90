"""Key persons and the follow-up calls liaison officers and medical staff make to them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from medical_support import add_rooms, admit
from sqlmodel import select

from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import key_persons
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, FollowUpCall, HealthRecord, Stay

ON = date(2022, 7, 10)
CALL = datetime(2022, 7, 10, 10, 0)


@pytest.fixture
def site(engine, manager, liaison) -> dict[str, int]:
    add_rooms(engine, manager, "201-206")
    return {
        "elder": admit(engine, liaison, 1, "205", birth=date(1960, 7, 10)),  # 62
        "adult": admit(engine, liaison, 2, "201", birth=date(1990, 5, 1)),
        "child": admit(engine, liaison, 3, "203", birth=date(2015, 3, 2)),
        "heart": admit(engine, liaison, 4, "202", conditions=("高血压", "心脏病")),
        "pregnant": admit(engine, liaison, 5, "204", conditions=("孕32周",)),
        "almost": admit(engine, liaison, 6, "206", birth=date(1962, 7, 11)),  # 59 on ON
    }


def test_key_persons_are_listed_in_room_order_with_why(engine, site) -> None:
    with read_session(engine) as s:
        rows = key_persons.key_persons(s, ON)
    assert [(r.room, r.stay_id) for r in rows] == [
        ("202", site["heart"]), ("203", site["child"]), ("204", site["pregnant"]),
        ("205", site["elder"])]
    flags = {r.room: r.flags for r in rows}
    assert flags["202"] == ["高血压, 心脏病"]
    assert flags["203"] == ["child, aged 7"]
    assert flags["204"] == ["pregnant"]
    assert flags["205"] == ["aged 62"]
    assert {r.room: r.age for r in rows}["205"] == 62


def test_the_health_records_pregnancy_flag_counts(engine, site) -> None:
    with write_session(engine) as s:
        guest_id = s.get(Stay, site["adult"]).guest_id
        record = s.exec(select(HealthRecord).where(HealthRecord.guest_id == guest_id)).one()
        record.pregnant = True
        s.add(record)
    with read_session(engine) as s:
        rooms = [r.room for r in key_persons.key_persons(s, ON)]
    assert "201" in rooms


@pytest.mark.parametrize("who", ["liaison", "medical", "manager"])
def test_every_role_may_log_a_call(engine, site, request, who) -> None:
    actor = request.getfixturevalue(who)
    with write_session(engine) as s:
        call = key_persons.log_call(s, actor, site["elder"], " 血压平稳 ", needs="降压药",
                                    now=CALL)
    assert (call.summary, call.needs, call.by) == ("血压平稳", "降压药", actor.username)
    with read_session(engine) as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "followup.call")).one()


def test_calls_are_listed_newest_first_and_mark_the_day(engine, liaison, site) -> None:
    with read_session(engine) as s:
        row = next(r for r in key_persons.key_persons(s, ON) if r.stay_id == site["elder"])
    assert row.last_call_at is None and not row.called_on(ON)
    with write_session(engine) as s:
        key_persons.log_call(s, liaison, site["elder"], "ok", now=CALL - timedelta(days=1))
        key_persons.log_call(s, liaison, site["elder"], "sleeps badly", now=CALL)
    with read_session(engine) as s:
        calls = key_persons.calls_for_stay(s, site["elder"])
        row = next(r for r in key_persons.key_persons(s, ON) if r.stay_id == site["elder"])
        earlier = next(r for r in key_persons.key_persons(s, ON - timedelta(days=1))
                       if r.stay_id == site["elder"])
    assert [c.summary for c in calls] == ["sleeps badly", "ok"]
    assert row.last_call_at == CALL and row.called_on(ON)
    assert earlier.last_call_at == CALL - timedelta(days=1)


def test_a_call_needs_a_summary(engine, liaison, site) -> None:
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="how the guest is"):
        key_persons.log_call(s, liaison, site["elder"], "  ", now=CALL)
    with read_session(engine) as s:
        assert s.exec(select(FollowUpCall)).all() == []


class _Visitor(Actor):
    """Someone whose role grants nothing: every role has the follow-up permission, so this
    shows the service asks for it."""

    def can(self, permission: Permission) -> bool:
        return False


def test_the_follow_up_permission_is_required(engine, site) -> None:
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        key_persons.log_call(s, _Visitor("visitor", Role.LIAISON), site["elder"], "hi", now=CALL)
