"""The demo site: every stage of a stay present, data consistent with the services, same seed
same data, and the ``demo`` command's output."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from db_support import raw_connection
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.cli.main import main
from quarantine_desk.demo import build_demo
from quarantine_desk.domain.enums import AlertKind, IdType, RoomState, StayStatus, TestResult
from quarantine_desk.domain.identity import birth_from_resident_id, validate_resident_id
from quarantine_desk.services import maintenance, policies, release
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import open_database, read_session, write_session
from quarantine_desk.store.models import (
    Alert,
    AuditEvent,
    DestinationCheck,
    FollowUpCall,
    Guest,
    HealthRecord,
    LabTest,
    Reading,
    Room,
    RoomAssignment,
    Site,
    Stay,
)

AS_OF = datetime(2022, 4, 10, 15, 30)
TODAY = AS_OF.date()


@pytest.fixture(scope="module")
def demo(module_db_target: str) -> tuple[Engine, list[dict[str, str]], str]:
    path = module_db_target
    engine = open_database(path)
    accounts = build_demo(engine, seed=1, as_of=AS_OF)
    yield engine, accounts, path
    engine.dispose()


def _stays(engine: Engine) -> list[Stay]:
    with read_session(engine) as s:
        return list(s.exec(select(Stay)))


def test_stays_at_every_stage_and_every_day(demo) -> None:
    engine, _, _ = demo
    stays = _stays(engine)
    assert len(stays) == 80
    assert {s.status for s in stays} == {status.value for status in StayStatus}
    days = {(TODAY - s.basis_date).days for s in stays
            if s.status == StayStatus.IN_QUARANTINE.value}
    assert set(range(1, 8)) <= days
    expected = [s for s in stays if s.status == StayStatus.EXPECTED.value]
    assert expected and all(s.expected_at and s.expected_at > AS_OF for s in expected)
    assert any(s.household for s in stays if s.status == StayStatus.IN_QUARANTINE.value)


def test_rooms_on_six_floors_in_every_state(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        rooms = list(s.exec(select(Room)))
        site = s.exec(select(Site)).one()
    assert len(rooms) == 120
    assert sorted({r.floor for r in rooms}) == [2, 3, 4, 5, 6, 7]
    assert {r.state for r in rooms} == {state.value for state in RoomState}
    assert {r.number for r in rooms if r.capacity == 3} >= {"219", "220", "719", "720"}
    assert site.name == "崇川区城东集中隔离医学观察点"


def test_readings_twice_a_day_for_every_day_of_every_stay(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        taken: dict[int, set[date]] = defaultdict(set)
        for stay_id, moment in s.exec(select(Reading.stay_id, Reading.taken_at)):
            assert moment <= AS_OF
            taken[stay_id].add(moment.date())
        stays = list(s.exec(select(Stay).where(Stay.arrival_at.is_not(None))))
    for stay in stays:
        last = (stay.exit_at or AS_OF).date()
        day = stay.arrival_at.date()
        while day <= last:
            assert day in taken[stay.id], f"stay {stay.id} has no reading on {day}"
            day += timedelta(days=1)


def test_every_fever_has_its_alert_and_one_positive_went_to_hospital(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        fevers = list(s.exec(select(Reading).where(Reading.celsius >= 37.3)))
        alerts = list(s.exec(select(Alert)))
        positives = list(s.exec(select(LabTest).where(
            LabTest.result == TestResult.POSITIVE.value)))
        positive_stay = s.get(Stay, positives[0].stay_id)
        housemates = list(s.exec(select(Stay).where(
            Stay.household == positive_stay.household, Stay.id != positive_stay.id)))
    fever_alerts = {a.reading_id: a for a in alerts if a.kind == AlertKind.FEVER.value}
    assert len(fevers) >= 3
    assert all(r.id in fever_alerts for r in fevers)
    assert {a.status for a in fever_alerts.values()} == {"open", "escalated", "resolved"}
    assert len(positives) == 1
    assert positive_stay.status == StayStatus.TRANSFERRED_OUT.value
    alert = next(a for a in alerts if a.kind == AlertKind.POSITIVE.value)
    assert alert.test_id == positives[0].id and alert.status == "resolved"
    sample_day = positives[0].sampled_at.date()
    assert [h.basis_date for h in housemates] == [sample_day]


def test_tests_on_the_policy_days_and_todays_results(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        tests = list(s.exec(select(LabTest).where(LabTest.kind == "pcr")))
    assert all(t.sampled_at <= AS_OF for t in tests)
    assert len({t.sample_no for t in tests}) == len(tests)
    results = {t.result for t in tests}
    assert {"negative", "pending", "positive"} <= results


def test_released_stays_are_closed_and_todays_list_mixes_verdicts(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        released = list(s.exec(select(Stay).where(Stay.status == StayStatus.RELEASED.value)))
        open_rooms = s.exec(select(RoomAssignment).where(
            RoomAssignment.stay_id.in_([r.id for r in released]),
            RoomAssignment.end_at.is_(None))).all()
        candidates = release.release_candidates(s, TODAY, AS_OF)
        checks = list(s.exec(select(DestinationCheck)))
        calls = list(s.exec(select(FollowUpCall)))
    assert released and all(r.exit_at and r.released_by and r.release_serial for r in released)
    assert len({r.release_serial for r in released}) == len(released)
    assert not open_rooms
    assert any(c.eligible for c in candidates)
    reasons = [r for c in candidates for r in c.reasons]
    assert "no destination recorded" in reasons
    assert any("has no result" in r for r in reasons)
    assert {True, False, None} <= {c.suitable for c in checks}
    assert calls
    assert maintenance.check(engine).ok


def test_people_have_valid_ids_and_key_persons_are_there(demo) -> None:
    engine, _, _ = demo
    with read_session(engine) as s:
        guests = list(s.exec(select(Guest)))
        records = list(s.exec(select(HealthRecord)))
    residents = [g for g in guests if g.id_type == IdType.RESIDENT_ID.value]
    assert residents
    for guest in residents:
        assert validate_resident_id(guest.id_number) == guest.id_number
        assert birth_from_resident_id(guest.id_number) == guest.birth_date
    ages = [(TODAY - g.birth_date).days // 365 for g in guests]
    assert max(ages) >= 60 and min(ages) < 14
    conditions = ";".join(r.conditions for r in records)
    assert "高血压" in conditions or "糖尿病" in conditions or "心脏病" in conditions
    assert any(r.pregnant for r in records)


def test_accounts_sign_in_and_the_build_is_audited(demo) -> None:
    engine, accounts, _ = demo
    assert sorted(a["role"] for a in accounts) == ["liaison", "manager", "medical"]
    with write_session(engine) as s:
        for account in accounts:
            actor = staff_service.authenticate(s, account["username"], account["password"],
                                               now=AS_OF)
            assert actor.role.value == account["role"]
    with read_session(engine) as s:
        built = s.exec(select(AuditEvent).where(AuditEvent.action == "demo.build")).all()
    assert len(built) == 1 and built[0].actor == "system"


def test_refuses_a_database_that_is_not_empty(demo) -> None:
    engine, _, _ = demo
    with pytest.raises(ValidationFailed, match="not empty; use --db with a new file"):
        build_demo(engine, as_of=AS_OF)
    assert len(_stays(engine)) == 80


def test_keeps_the_rules_of_a_site_that_chose_them_before_the_demo(db_target: str) -> None:
    engine = open_database(db_target)
    try:
        with write_session(engine) as s:
            policies.ensure_default(s)  # what first-run setup or any policy read leaves
        build_demo(engine, rooms=40, guests=40, seed=3, as_of=AS_OF)
        with read_session(engine) as s:
            assert len(policies.list_versions(s)) == 1
    finally:
        engine.dispose()


def _dump(target: str) -> dict[str, list[tuple]]:
    """Every row of every table, password hashes (random salts) left out."""
    with raw_connection(target) as connection:
        dump = {}
        for table in inspect(connection).get_table_names():
            columns = [f'"{c["name"]}"' for c in inspect(connection).get_columns(table)
                       if c["name"] != "password_hash"]
            dump[table] = sorted(tuple(row) for row in connection.execute(
                text(f'SELECT {", ".join(columns)} FROM "{table}"')))
        return dump


def _build(target: str, seed: int) -> list[dict[str, str]]:
    engine = open_database(target)
    try:
        return build_demo(engine, rooms=40, guests=40, seed=seed, as_of=AS_OF)
    finally:
        engine.dispose()


def test_same_seed_same_data(make_db_target, demo) -> None:
    first, second, other = (make_db_target(name) for name in ("a", "b", "c"))
    assert _build(first, 7) == _build(second, 7)
    _build(other, 8)
    assert _dump(first) == _dump(second)
    assert _dump(first)["guest"] != _dump(other)["guest"]
    _, _, default_path = demo
    assert len(_dump(default_path)["reading"]) > len(_dump(first)["reading"])


def test_demo_command_json(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_target
    code = main(["--db", db, "demo", "--rooms", "40", "--guests", "40", "--seed", "3",
                 "--as-of", "2022-04-10 15:30", "--json"])
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["accounts"]
    assert sorted(a["role"] for a in document["accounts"]) == ["liaison", "manager", "medical"]
    assert all(set(a) == {"username", "password", "role"} for a in document["accounts"])
    again = main(["--db", db, "demo", "--json"])
    assert again == 1
    assert "not empty" in capsys.readouterr().err


def test_demo_command_table(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", db_target, "demo", "--rooms", "40", "--guests", "40",
                 "--as-of", "2022-04-10 15:30"])
    out = capsys.readouterr().out
    assert code == 0
    assert "manager" in out and "password" in out and "40 rooms" in out


def test_refuses_sizes_it_cannot_make(db_target: str) -> None:
    engine = open_database(db_target)
    try:
        with pytest.raises(ValidationFailed, match="between 40 and"):
            build_demo(engine, guests=5, as_of=AS_OF)
        with pytest.raises(ValidationFailed, match="needs at least 40 rooms"):
            build_demo(engine, rooms=20, guests=200, as_of=AS_OF)
        with pytest.raises(ValidationFailed, match="give about 1[0-9]{3} rooms for a past of a"):
            build_demo(engine, rooms=200, guests=100_000, as_of=AS_OF)
        with pytest.raises(ValidationFailed, match="between 40 and 200000 guests"):
            build_demo(engine, rooms=2000, guests=200_001, as_of=AS_OF)
        assert not _stays(engine)
    finally:
        engine.dispose()
