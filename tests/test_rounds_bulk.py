"""The rounds entered in bulk: one audit event per batch, the role checked, and what needs a
person's attention (a fever, a positive, a tube number used twice) refused."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from medical_support import ARRIVAL, add_rooms, admit, count
from sqlmodel import select

from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.services import rounds_bulk
from quarantine_desk.services.errors import NotFound, PermissionDenied, ValidationFailed
from quarantine_desk.services.rounds_bulk import AdmissionNote, RoundReading, RoundTest
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, HealthRecord, LabTest, Reading

MORNING = datetime(2022, 7, 9, 8, 0)


@pytest.fixture
def stays(engine, manager, liaison) -> list[int]:
    add_rooms(engine, manager, "201-205")
    return [admit(engine, liaison, 1, "201"), admit(engine, liaison, 2, "202")]


def _readings(stays: list[int], celsius: float = 36.5) -> list[RoundReading]:
    return [RoundReading(stay_id=stay_id, taken_at=MORNING + timedelta(hours=k * 7),
                         celsius=celsius, entered_at=MORNING + timedelta(hours=k * 7, minutes=4))
            for stay_id in stays for k in range(2)]


def _events(engine, action: str) -> list[AuditEvent]:
    with read_session(engine) as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_batch_of_readings_is_one_insert_and_one_audit_event(engine, medical, stays) -> None:
    with write_session(engine) as s:
        assert rounds_bulk.record_readings(s, medical, _readings(stays), now=MORNING) == 4
    with read_session(engine) as s:
        rows = list(s.exec(select(Reading)))
    assert {(r.stay_id, r.celsius, r.entered_by) for r in rows} == {
        (stays[0], 36.5, "nurse"), (stays[1], 36.5, "nurse")}
    (event,) = _events(engine, "reading.add_batch")
    assert event.actor == "nurse" and event.at == MORNING
    assert '"count": 4' in (event.after or "")


def test_a_fever_or_a_reading_already_there_refuses_the_whole_batch(engine, medical,
                                                                   stays) -> None:
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="is a fever"):
        rounds_bulk.record_readings(s, medical, _readings(stays, celsius=37.6))
    with write_session(engine) as s:
        rounds_bulk.record_readings(s, medical, _readings(stays[:1]))
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="already recorded"):
        rounds_bulk.record_readings(s, medical, _readings(stays))
    assert count(engine, Reading) == 2


def test_tests_keep_their_numbers_and_refuse_a_positive_or_a_number_used_twice(
        engine, medical, stays) -> None:
    day = date(2022, 7, 9)
    negative = RoundTest(stay_id=stays[0], sampled_at=MORNING, sample_no="32062207090001",
                         scheduled_for=day, lab="lab", result=TestResult.NEGATIVE,
                         reported_at=MORNING + timedelta(hours=4))
    antigen = RoundTest(stay_id=stays[1], sampled_at=MORNING, kind=TestKind.ANTIGEN,
                        reason="发热，抗原检测")
    with write_session(engine) as s:
        assert rounds_bulk.record_tests(s, medical, [negative, antigen], now=MORNING) == 2
    with read_session(engine) as s:
        tests = {t.stay_id: t for t in s.exec(select(LabTest))}
    assert tests[stays[0]].result == "negative" and tests[stays[0]].scheduled_for == day
    assert tests[stays[1]].kind == "antigen" and tests[stays[1]].result == "pending"
    assert len(_events(engine, "test.add_batch")) == 1
    again = RoundTest(stay_id=stays[1], sampled_at=MORNING, sample_no="32062207090001")
    positive = RoundTest(stay_id=stays[1], sampled_at=MORNING, result=TestResult.POSITIVE)
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="recorded twice"):
        rounds_bulk.record_tests(s, medical, [again])
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="on its own"):
        rounds_bulk.record_tests(s, medical, [positive])
    assert count(engine, LabTest) == 2


def test_admission_notes_fill_the_health_records(engine, medical, stays) -> None:
    notes = [AdmissionNote(stay_id=stays[0], medication="叶酸片", vaccination_doses=3),
             AdmissionNote(stay_id=stays[1], vaccination_doses=2, psychological="睡眠较差",
                           needs="耳塞")]
    with write_session(engine) as s:
        assert rounds_bulk.record_admission_notes(s, medical, notes, now=ARRIVAL) == 2
    with read_session(engine) as s:
        records = list(s.exec(select(HealthRecord).order_by(HealthRecord.guest_id)))
    assert [(r.medication, r.vaccination_doses, r.psychological, r.needs) for r in records] == [
        ("叶酸片", 3, "", ""), ("", 2, "睡眠较差", "耳塞")]
    assert len(_events(engine, "health.update_batch")) == 1
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="between 0 and"):
        rounds_bulk.record_admission_notes(
            s, medical, [AdmissionNote(stay_id=stays[0], vaccination_doses=11)])


def test_the_role_is_checked_and_an_unknown_stay_named(engine, liaison, medical,
                                                      stays) -> None:
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        rounds_bulk.record_readings(s, liaison, _readings(stays))
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        rounds_bulk.record_tests(s, liaison, [RoundTest(stay_id=stays[0], sampled_at=MORNING)])
    with write_session(engine) as s, pytest.raises(NotFound, match="no stay 999"):
        rounds_bulk.record_readings(s, medical, _readings([999]))
    assert count(engine, Reading) == 0
