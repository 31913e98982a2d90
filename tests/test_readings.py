"""Temperature readings: validation, fever alerts, voiding, permissions and the rounds sheet."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from medical_support import ARRIVAL, add_rooms, admit, count
from sqlmodel import select

from quarantine_desk.domain.enums import AlertKind, AlertStatus
from quarantine_desk.domain.policy import NINTH_EDITION
from quarantine_desk.services import alerts, policies, readings
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, AlertAction, AuditEvent, Reading

MORNING = datetime(2022, 7, 9, 8, 0)


@pytest.fixture
def stay_id(engine, manager, liaison) -> int:
    add_rooms(engine, manager, "201-205")
    return admit(engine, liaison, 1, "203")


def record(engine, actor, stay_id, celsius, when=MORNING, **kwargs) -> Reading:
    with write_session(engine) as s:
        return readings.record_reading(s, actor, stay_id, celsius, taken_at=when, now=when,
                                       **kwargs)


def test_a_normal_reading_is_saved_with_who_and_when(engine, medical, stay_id) -> None:
    reading = record(engine, medical, stay_id, "36.54", symptoms=[" 咳嗽 ", "", "乏力"])
    assert reading.celsius == 36.5
    assert reading.symptoms == "咳嗽;乏力"
    assert reading.entered_by == "nurse"
    with read_session(engine) as s:
        assert [r.celsius for r in readings.readings_for_stay(s, stay_id)] == [36.5]
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "reading.add")).one()
        assert event.entity_id == reading.id


def test_a_fever_opens_one_alert_and_a_second_fever_adds_to_it(engine, medical,
                                                               stay_id) -> None:
    record(engine, medical, stay_id, 38.2)
    record(engine, medical, stay_id, 37.0, when=MORNING + timedelta(hours=4))
    record(engine, medical, stay_id, 38.6, when=MORNING + timedelta(hours=8))
    with read_session(engine) as s:
        fever = s.exec(select(Alert).where(Alert.kind == AlertKind.FEVER.value)).all()
        assert len(fever) == 1
        assert fever[0].status == AlertStatus.OPEN.value
        assert "38.2" in fever[0].summary
        actions = s.exec(select(AlertAction).where(AlertAction.alert_id == fever[0].id)
                         .order_by(AlertAction.id)).all()
        assert [a.action for a in actions] == ["opened", "finding"]
        assert "38.6" in actions[1].note
        assert count(engine, Alert) == 1


def test_a_fever_after_the_alert_was_resolved_opens_a_new_one(engine, medical,
                                                              stay_id) -> None:
    record(engine, medical, stay_id, 38.2)
    with write_session(engine) as s:
        alert = s.exec(select(Alert)).one()
        alerts.resolve(s, medical, alert.id, "repeat reading normal", now=MORNING)
    record(engine, medical, stay_id, 38.0, when=MORNING + timedelta(days=1))
    with read_session(engine) as s:
        statuses = sorted(a.status for a in s.exec(select(Alert)))
    assert statuses == ["open", "resolved"]


def test_the_threshold_itself_is_a_fever(engine, medical, stay_id) -> None:
    record(engine, medical, stay_id, 37.2)
    assert count(engine, Alert) == 0
    record(engine, medical, stay_id, 37.3, when=MORNING + timedelta(hours=5))
    assert count(engine, Alert) == 1


def test_the_stays_own_policy_threshold_applies(engine, manager, liaison, medical) -> None:
    add_rooms(engine, manager, "301")
    strict = dataclasses.replace(NINTH_EDITION, name="strict", fever_threshold=37.0,
                                 effective_from=date(2022, 7, 1))
    with write_session(engine) as s:
        policies.adopt(s, manager, strict, now=ARRIVAL)
    stay_id = admit(engine, liaison, 9, "301")
    record(engine, medical, stay_id, 37.1)
    with read_session(engine) as s:
        assert s.exec(select(Alert.kind)).all() == ["fever"]


def test_symptoms_without_fever_open_a_symptom_alert(engine, medical, stay_id) -> None:
    record(engine, medical, stay_id, 36.8, symptoms=["咽痛"])
    with read_session(engine) as s:
        alert = s.exec(select(Alert)).one()
    assert alert.kind == AlertKind.SYMPTOM.value
    assert "咽痛" in alert.summary


@pytest.mark.parametrize("typo", [3.7, 73, "73", "abc", 43.1, 33.9])
def test_implausible_temperatures_are_refused_and_nothing_is_written(engine, medical, stay_id,
                                                                     typo) -> None:
    events_before = count(engine, AuditEvent)
    with pytest.raises(ValidationFailed):
        record(engine, medical, stay_id, typo)
    assert count(engine, Reading) == 0
    assert count(engine, Alert) == 0
    assert count(engine, AuditEvent) == events_before


def test_the_plausible_limits_are_accepted(engine, medical, stay_id) -> None:
    record(engine, medical, stay_id, 34.0)
    record(engine, medical, stay_id, 43.0, when=MORNING + timedelta(hours=1))
    assert count(engine, Reading) == 2


def test_liaison_may_not_enter_readings(engine, liaison, stay_id) -> None:
    with pytest.raises(PermissionDenied, match="may not enter temperature readings"):
        record(engine, liaison, stay_id, 36.6)
    assert count(engine, Reading) == 0


def test_the_manager_may_enter_readings(engine, manager, stay_id) -> None:
    record(engine, manager, stay_id, 36.6)
    assert count(engine, Reading) == 1


def test_a_second_reading_at_the_same_minute_is_refused(engine, medical, stay_id) -> None:
    record(engine, medical, stay_id, 36.6)
    with pytest.raises(ValidationFailed, match="already recorded"):
        record(engine, medical, stay_id, 36.7)
    assert count(engine, Reading) == 1


def test_readings_in_the_future_or_before_arrival_are_refused(engine, medical,
                                                             stay_id) -> None:
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="future"):
        readings.record_reading(s, medical, stay_id, 36.6, taken_at=MORNING + timedelta(hours=2),
                                now=MORNING)
    with pytest.raises(ValidationFailed, match="before"):
        record(engine, medical, stay_id, 36.6, when=ARRIVAL - timedelta(days=1))
    with pytest.raises(ValidationFailed, match="method"):
        record(engine, medical, stay_id, 36.6, method="rectal-ish")
    assert count(engine, Reading) == 0


def test_a_stay_that_ended_takes_no_readings(engine, medical, stay_id) -> None:
    record(engine, medical, stay_id, 39.0)
    with write_session(engine) as s:
        alert = s.exec(select(Alert)).one()
        alerts.transfer_to_hospital(s, medical, alert.id, "120 to the city hospital",
                                    now=MORNING + timedelta(hours=1))
    with pytest.raises(ValidationFailed, match="not in quarantine"):
        record(engine, medical, stay_id, 36.6, when=MORNING + timedelta(hours=2))


def test_voiding_needs_a_reason_and_keeps_the_reading(engine, medical, liaison,
                                                      stay_id) -> None:
    reading = record(engine, medical, stay_id, 38.5)
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="reason"):
        readings.void_reading(s, medical, reading.id, "   ", now=MORNING)
    with write_session(engine) as s:
        voided = readings.void_reading(s, medical, reading.id, "typed 38.5 for 36.5",
                                       now=MORNING + timedelta(minutes=5))
    assert voided.voided_by == "nurse"
    with read_session(engine) as s:
        assert readings.readings_for_stay(s, stay_id) == []
        kept = readings.readings_for_stay(s, stay_id, include_voided=True)
        assert [r.void_reason for r in kept] == ["typed 38.5 for 36.5"]
        notes = s.exec(select(AlertAction.note).order_by(AlertAction.id)).all()
        assert "voided" in notes[-1]
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="already voided"):
        readings.void_reading(s, medical, reading.id, "again", now=MORNING)
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        readings.void_reading(s, liaison, reading.id, "x", now=MORNING)


def test_a_corrected_reading_can_be_entered_after_voiding(engine, medical, stay_id) -> None:
    wrong = record(engine, medical, stay_id, 39.5)
    with write_session(engine) as s:
        readings.void_reading(s, medical, wrong.id, "typing error", now=MORNING)
    record(engine, medical, stay_id, 36.5)
    with read_session(engine) as s:
        assert [r.celsius for r in readings.readings_for_stay(s, stay_id)] == [36.5]


def test_correcting_a_reading_voids_it_and_records_the_new_value_in_one_go(
        engine, medical, stay_id) -> None:
    wrong = record(engine, medical, stay_id, 36.5, symptoms=["咳嗽"], method="ear")
    later = MORNING + timedelta(minutes=20)
    with write_session(engine) as s:
        right = readings.correct_reading(s, medical, wrong.id, "36.9", "misread the display",
                                         now=later)
    assert (right.celsius, right.taken_at, right.symptoms, right.method) \
        == (36.9, MORNING, "咳嗽", "ear")
    with read_session(engine) as s:
        every = readings.readings_for_stay(s, stay_id, include_voided=True)
        assert [(r.celsius, r.void_reason, r.voided_by) for r in every] \
            == [(36.5, "misread the display", "nurse"), (36.9, "", "")]
        actions = s.exec(select(AuditEvent.action).where(
            AuditEvent.entity == "reading").order_by(AuditEvent.id)).all()
        assert actions == ["reading.add", "reading.void", "reading.add"]


def test_a_refused_correction_leaves_the_reading_as_it_was(engine, medical, liaison,
                                                           stay_id) -> None:
    wrong = record(engine, medical, stay_id, 36.5)
    for actor, value, reason, refusal in (
            (medical, "3.69", "typo", ValidationFailed),  # implausible: nothing voided
            (medical, "36.9", "  ", ValidationFailed),  # no reason
            (medical, "36.5", "same", ValidationFailed),  # no change
            (liaison, "36.9", "typo", PermissionDenied)):
        with pytest.raises(refusal), write_session(engine) as s:
            readings.correct_reading(s, actor, wrong.id, value, reason, now=MORNING)
    with read_session(engine) as s:
        every = readings.readings_for_stay(s, stay_id, include_voided=True)
    assert [(r.celsius, r.voided_at) for r in every] == [(36.5, None)]


def test_rounds_sheet_lists_rooms_in_order_with_slot_and_last_readings(
        engine, manager, liaison, medical) -> None:
    add_rooms(engine, manager, "201-203", "1001", "301")
    third = admit(engine, liaison, 3, "301")
    tenth = admit(engine, liaison, 10, "1001")
    second = admit(engine, liaison, 2, "202")
    late = admit(engine, liaison, 4, "203", arrival=datetime(2022, 7, 9, 15, 0))
    record(engine, medical, second, 36.4, when=datetime(2022, 7, 8, 21, 0))
    record(engine, medical, second, 36.6, when=datetime(2022, 7, 9, 7, 30))
    record(engine, medical, third, 37.8, when=datetime(2022, 7, 9, 11, 59))
    record(engine, medical, tenth, 36.9, when=datetime(2022, 7, 9, 12, 0))
    with read_session(engine) as s:
        morning = readings.rounds_sheet(s, date(2022, 7, 9), "morning")
        afternoon = readings.rounds_sheet(s, date(2022, 7, 9), "afternoon")
        missing = readings.missing_count(s, date(2022, 7, 9), "morning")
    assert [r.room for r in morning] == ["202", "301", "1001"]  # 203 arrived after noon
    by_room = {r.room: r for r in morning}
    assert by_room["202"].reading.celsius == 36.6
    assert by_room["202"].last_reading.celsius == 36.4
    assert by_room["301"].fever and not by_room["202"].fever
    assert by_room["1001"].missing and by_room["1001"].last_reading is None
    assert missing == 1
    assert [r.room for r in afternoon] == ["202", "203", "301", "1001"]
    after = {r.room: r for r in afternoon}
    assert after["1001"].reading.celsius == 36.9
    assert after["202"].missing and after["202"].last_reading.celsius == 36.6
    assert after["203"].stay_id == late and after["203"].guest_name == "客人4"


def test_rounds_sheet_refuses_an_unknown_slot(engine) -> None:
    with read_session(engine) as s, pytest.raises(ValidationFailed, match="slot"):
        readings.rounds_sheet(s, date(2022, 7, 9), "evening")
