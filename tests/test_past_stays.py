"""A site's past entered in bulk (services/past_stays.py) and the demo's year before the
fortnight it plays (demo/history.py): the records hold together as the desk's own would, and a
batch that breaks a rule is refused whole."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from quarantine_desk.demo import build_demo
from quarantine_desk.domain.enums import Category, Role, StayStatus
from quarantine_desk.services import maintenance, past_stays, policies, room_history, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import open_database, read_session, write_session
from quarantine_desk.store.models import (
    AuditEvent,
    Guest,
    LabTest,
    Reading,
    RoomAssignment,
    SerialCounter,
    Stay,
)

AS_OF = datetime(2022, 9, 20, 15, 30)
MANAGER = Actor(username="gu", role=Role.MANAGER, display_name="顾")


@pytest.fixture(scope="module")
def site_with_a_past(module_db_target: str) -> Engine:
    engine = open_database(module_db_target)
    build_demo(engine, rooms=40, guests=400, seed=5, as_of=AS_OF)
    yield engine
    engine.dispose()


def test_the_demo_puts_what_the_fortnight_cannot_hold_into_months_before(
        site_with_a_past: Engine) -> None:
    with read_session(site_with_a_past) as s:
        assert s.exec(select(func.count()).select_from(Stay)).one() == 400
        first = s.exec(select(func.min(Stay.arrival_at))).one()
        assert first < AS_OF - timedelta(days=60)
        past = list(s.exec(select(Stay).where(Stay.arrival_at < AS_OF - timedelta(days=20))))
        assert len(past) > 300
        assert {stay.status for stay in past} == {StayStatus.RELEASED.value}
        assert all(stay.release_serial and stay.exit_at for stay in past)
        readings = s.exec(select(func.count()).select_from(Reading)).one()
        tests = s.exec(select(func.count()).select_from(LabTest)).one()
    assert readings > 400 * 10 and tests > 400 * 3


def test_a_site_with_a_past_passes_check(site_with_a_past: Engine) -> None:
    assert maintenance.check(site_with_a_past).problems == []


def test_serial_numbers_go_on_from_the_past(site_with_a_past: Engine) -> None:
    with read_session(site_with_a_past) as s:
        serials = [serial for serial in s.exec(select(Stay.release_serial)) if serial]
        counters = {c.series: c.last for c in s.exec(select(SerialCounter))}
    assert len(serials) == len(set(serials))
    by_series = Counter(serial.rsplit("-", 1)[0] for serial in serials)
    assert by_series == counters  # every number handed out, none skipped


def test_past_days_rebuild_rooms_from_the_past(site_with_a_past: Engine) -> None:
    """The past-day report reads the past's assignments and disinfections: at any moment of
    it, a room is occupied exactly while a stay is in it, and no room is of unknown state."""
    with read_session(site_with_a_past) as s:
        first = s.exec(select(func.min(Stay.arrival_at))).one()
        for days in (3, 30, 61):
            moment = first + timedelta(days=days, hours=5)
            states = room_history.states_at(s, moment)
            present = set(s.exec(select(RoomAssignment.room_id).where(
                RoomAssignment.start_at <= moment, RoomAssignment.end_at > moment)))
            assert room_history.UNKNOWN not in states.values()
            assert {room for room, state in states.items() if state == "occupied"} == present


def test_the_audit_trail_tells_each_past_stay(site_with_a_past: Engine) -> None:
    with read_session(site_with_a_past) as s:
        stay = s.exec(select(Stay).order_by(Stay.id)).first()
        actions = [e.action for e in s.exec(select(AuditEvent).where(
            AuditEvent.guest_id == stay.guest_id).order_by(AuditEvent.at, AuditEvent.id))]
        batches = s.exec(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "stay.past_batch")).one()
    assert actions == ["guest.add", "stay.check_in", "stay.release"]
    assert batches >= 1


# --- the service's refusals ------------------------------------------------------------------

def _past(number: str, id_number: str, arrival: datetime, days: int = 7) -> past_stays.PastStay:
    released = arrival + timedelta(days=days)
    return past_stays.PastStay(
        guest=past_stays.PastGuest(full_name="王建国", id_number=id_number, sex="male",
                                   birth_date=date(1980, 5, 1), phone="13800000000",
                                   home_address="崇川区碧林湾花园3幢"),
        category=Category.CLOSE_CONTACT, room=number, arrival_at=arrival,
        released_at=released, disinfected_at=released + timedelta(hours=20),
        readings=((arrival + timedelta(minutes=15), 36.5),),
        tests=(past_stays.PastTest("S1" + id_number[-6:], arrival + timedelta(minutes=30),
                                   arrival + timedelta(hours=5), "检验科"),),
        destination=past_stays.PastDestination("崇川区碧林湾花园3幢", "城东街道", "碧林湾社区",
                                               "李芳", "13900000000",
                                               released - timedelta(hours=20),
                                               released - timedelta(hours=4)))


@pytest.fixture
def empty_site(db_target: str) -> Engine:
    engine = open_database(db_target)
    with write_session(engine) as s:
        policies.ensure_default(s)
        rooms.add_rooms(s, MANAGER, ["301", "302"], now=datetime(2022, 1, 1))
    yield engine
    engine.dispose()


def _stays(engine: Engine) -> int:
    with read_session(engine) as s:
        return s.exec(select(func.count()).select_from(Guest)).one()


ARRIVAL = datetime(2022, 7, 1, 14, 0)


@pytest.mark.parametrize("batch, message", [
    ([_past("301", "320602198005011234", ARRIVAL),
      _past("301", "320602198005011250", ARRIVAL + timedelta(days=3))],
     "room 301 would hold more guests than its 1 beds"),
    ([_past("301", "320602198005011234", ARRIVAL),
      _past("302", "320602198005011234", ARRIVAL)], "names this person twice"),
    ([_past("303", "320602198005011234", ARRIVAL)], "room 303 does not exist"),
    ([_past("301", "320602198005011234", ARRIVAL, days=-1)], "must follow each other"),
    ([_past("301", "320602198005011234", datetime(2022, 9, 25))], "be in the past"),
])
def test_a_batch_breaking_a_rule_is_refused_whole(empty_site: Engine, batch, message) -> None:
    with pytest.raises(ValidationFailed, match=message), write_session(empty_site) as s:
        past_stays.record_past_stays(s, MANAGER, batch, now=AS_OF)
    assert _stays(empty_site) == 0


def test_a_past_stay_meets_the_stays_already_stored(empty_site: Engine) -> None:
    with write_session(empty_site) as s:
        past_stays.record_past_stays(s, MANAGER, [_past("301", "320602198005011234", ARRIVAL)],
                                     now=AS_OF)
    with pytest.raises(ValidationFailed, match="already recorded"), \
            write_session(empty_site) as s:
        past_stays.record_past_stays(
            s, MANAGER, [_past("302", "320602198005011234", ARRIVAL + timedelta(days=20))],
            now=AS_OF)
    with pytest.raises(ValidationFailed, match="more guests than its 1 beds"), \
            write_session(empty_site) as s:
        past_stays.record_past_stays(
            s, MANAGER, [_past("301", "320602198005011250", ARRIVAL + timedelta(days=2))],
            now=AS_OF)
    # leaving at 14:00 frees the bed for whoever arrives at 14:00
    with write_session(empty_site) as s:
        past_stays.record_past_stays(
            s, MANAGER, [_past("301", "320602198005011250", ARRIVAL + timedelta(days=7))],
            now=AS_OF)
    assert _stays(empty_site) == 2
    assert maintenance.check(empty_site).problems == []


def test_only_someone_who_may_check_in_and_release_enters_the_past(empty_site: Engine) -> None:
    nurse = Actor(username="shi", role=Role.MEDICAL, display_name="施")
    with pytest.raises(PermissionDenied), write_session(empty_site) as s:
        past_stays.record_past_stays(s, nurse, [_past("301", "320602198005011234", ARRIVAL)],
                                     now=AS_OF)
    assert _stays(empty_site) == 0
