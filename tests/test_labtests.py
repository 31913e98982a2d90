"""Samples and results: who is due, positives, the room-sharing rule, neighbours, extra tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from medical_support import ARRIVAL, add_rooms, admit, admit_household, count
from sqlmodel import select

from quarantine_desk.domain.enums import AlertKind, Category, RoomKind, TestKind, TestResult
from quarantine_desk.domain.policy import NINTH_EDITION, required_test_dates
from quarantine_desk.services import labtests
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, AuditEvent, LabTest, Stay

SAMPLED = datetime(2022, 7, 10, 7, 0)
LATER = datetime(2022, 7, 10, 18, 0)


def sample(engine, actor, stay_id, sample_no, when=SAMPLED, kind=TestKind.PCR) -> LabTest:
    with write_session(engine) as s:
        return labtests.record_sample(s, actor, stay_id, kind=kind, sample_no=sample_no,
                                      sampled_at=when, lab="市疾控", now=when)


def result(engine, actor, test_id, outcome, now=LATER, **kwargs) -> labtests.ResultOutcome:
    with write_session(engine) as s:
        return labtests.record_result(s, actor, test_id, outcome, now=now, **kwargs)


@pytest.fixture
def stay_id(engine, manager, liaison) -> int:
    add_rooms(engine, manager, "201-203")
    return admit(engine, liaison, 1, "202")


# --- who is due ---------------------------------------------------------------------------------


@pytest.mark.parametrize("category", list(Category))
def test_tests_due_follow_the_policy_for_each_category(engine, manager, liaison,
                                                       category) -> None:
    add_rooms(engine, manager, "201-202")
    exposure = date(2022, 7, 4)  # four days before arrival: earlier test days are not required
    arrival = ARRIVAL
    stay_id = admit(engine, liaison, 1, "201", category=category, exposure=exposure)
    on_time = admit(engine, liaison, 2, "202", category=category)
    rule = NINTH_EDITION.rule(category)
    expected = {
        stay_id: required_test_dates(exposure, arrival.date(), rule),
        on_time: required_test_dates(arrival.date(), arrival.date(), rule),
    }
    assert expected[stay_id] and expected[on_time]
    with read_session(engine) as s:
        for offset in range(-2, 12):
            on = arrival.date() + timedelta(days=offset)
            due = {d.stay_id: d.label for d in labtests.tests_due(s, on)}
            want = {sid: dates[on] for sid, dates in expected.items() if on in dates}
            assert due == want, on


def test_an_arrival_between_test_days_gets_an_admission_test(engine, manager, liaison) -> None:
    add_rooms(engine, manager, "201")
    stay_id = admit(engine, liaison, 1, "201", exposure=date(2022, 7, 4))  # arrives on day 4
    with read_session(engine) as s:
        due = labtests.tests_due(s, ARRIVAL.date())
        assert [(d.stay_id, d.label) for d in due] == [(stay_id, "admission")]
        assert [d.label for d in labtests.tests_due(s, date(2022, 7, 9))] == ["day-5"]
        assert labtests.tests_due(s, date(2022, 7, 7)) == []


def test_tests_due_come_in_walking_order_and_show_who_was_sampled(engine, manager, liaison,
                                                                  medical) -> None:
    add_rooms(engine, manager, "301", "1002", "201", "210")
    for serial, room in ((1, "1002"), (2, "301"), (3, "210"), (4, "201")):
        admit(engine, liaison, serial, room)
    with read_session(engine) as s:
        first = labtests.tests_due(s, date(2022, 7, 9))
    assert [d.room for d in first] == ["201", "210", "301", "1002"]
    assert [d.label for d in first] == ["day-1"] * 4
    assert not any(d.sampled for d in first)
    sample(engine, medical, first[1].stay_id, "T-0001", when=datetime(2022, 7, 9, 7, 0))
    with read_session(engine) as s:
        sampled = {d.room: d.sampled for d in labtests.tests_due(s, date(2022, 7, 9))}
    assert sampled == {"201": False, "210": True, "301": False, "1002": False}


# --- samples ------------------------------------------------------------------------------------


def test_a_sample_is_recorded_and_numbers_are_unique(engine, manager, liaison, medical,
                                                     stay_id) -> None:
    other = admit(engine, liaison, 2, "203")
    test = sample(engine, medical, stay_id, " T 0001 ")
    assert (test.sample_no, test.result, test.lab) == ("T0001", "pending", "市疾控")
    with pytest.raises(ValidationFailed, match="T0001 is already recorded .客人1, 2022-07-10."):
        sample(engine, medical, other, "T0001")
    assert count(engine, LabTest) == 1


def test_liaison_may_not_record_samples_or_results(engine, liaison, medical, stay_id) -> None:
    with pytest.raises(PermissionDenied):
        sample(engine, liaison, stay_id, "T0001")
    assert count(engine, LabTest) == 0
    test = sample(engine, medical, stay_id, "T0001")
    with pytest.raises(PermissionDenied):
        result(engine, liaison, test.id, "positive")
    with read_session(engine) as s:
        assert s.get(LabTest, test.id).result == "pending"
    assert count(engine, Alert) == 0


def test_a_result_needs_a_sample_and_a_final_value(engine, medical, stay_id) -> None:
    with write_session(engine) as s:
        scheduled = labtests.schedule_extra_tests(s, medical, [stay_id], date(2022, 7, 10),
                                                  "neighbour positive", now=ARRIVAL)[0]
    with pytest.raises(ValidationFailed, match="not been sampled"):
        result(engine, medical, scheduled.id, "negative")
    test = sample(engine, medical, stay_id, "T0001")
    assert test.id == scheduled.id  # the sample fills the scheduled extra test
    with pytest.raises(ValidationFailed, match="negative, positive or invalid"):
        result(engine, medical, test.id, "pending")
    with pytest.raises(ValidationFailed, match="unknown result"):
        result(engine, medical, test.id, "maybe")
    with pytest.raises(ValidationFailed, match="before the sampling date"):
        result(engine, medical, test.id, "negative", reported_at=SAMPLED - timedelta(days=1))
    with pytest.raises(ValidationFailed, match="Ct ORF1ab"):
        result(engine, medical, test.id, "positive", ct_orf1ab=80)
    done = result(engine, medical, test.id, "阴性", ct_orf1ab=None)
    assert done.test.result == "negative" and done.alert is None and done.restarted == []
    assert done.test.reported_at == LATER


@pytest.mark.parametrize("kind", [TestKind.PCR, TestKind.ANTIGEN])
def test_a_positive_opens_one_alert(engine, medical, stay_id, kind) -> None:
    test = sample(engine, medical, stay_id, "T0001", kind=kind)
    outcome = result(engine, medical, test.id, TestResult.POSITIVE, ct_orf1ab=28.4, ct_n=30.1)
    assert outcome.alert is not None and outcome.alert.kind == AlertKind.POSITIVE.value
    assert "28.4" in outcome.alert.summary and "2022-07-10" in outcome.alert.summary
    again = result(engine, medical, test.id, TestResult.POSITIVE)  # re-entered: no new alert
    assert again.alert is None
    assert count(engine, Alert) == 1


def test_bulk_results_are_all_or_nothing(engine, liaison, medical, stay_id) -> None:
    other = admit(engine, liaison, 2, "203")
    first = sample(engine, medical, stay_id, "T0001")
    second = sample(engine, medical, other, "T0002")
    with write_session(engine) as s:
        unsampled = labtests.schedule_extra_tests(s, medical, [other], date(2022, 7, 11),
                                                  "repeat", now=LATER)[0]
    with pytest.raises(ValidationFailed):
        with write_session(engine) as s:
            labtests.record_results_bulk(s, medical, [first.id, second.id, unsampled.id],
                                         "negative", now=LATER)
    with read_session(engine) as s:
        assert s.get(LabTest, first.id).result == "pending"
    with write_session(engine) as s:
        done = labtests.record_results_bulk(s, medical, [first.id, second.id], "negative",
                                            now=LATER)
    assert [o.test.result for o in done] == ["negative", "negative"]
    with read_session(engine) as s:
        waiting = labtests.awaiting_results(s)
    assert waiting == []


# --- the room-sharing rule ----------------------------------------------------------------------


def test_a_positive_in_a_family_room_restarts_the_housemates_period(engine, manager, liaison,
                                                                    medical) -> None:
    add_rooms(engine, manager, "501", kind=RoomKind.FAMILY)
    add_rooms(engine, manager, "502")
    mother, father, child = admit_household(engine, liaison, [1, 2, 3], "501")
    stranger = admit(engine, liaison, 4, "502")
    with read_session(engine) as s:
        assert s.get(Stay, father).planned_release == date(2022, 7, 15)
    test = sample(engine, medical, mother, "T0001", when=datetime(2022, 7, 11, 7, 0))
    outcome = result(engine, medical, test.id, "positive", now=datetime(2022, 7, 11, 18, 0))
    assert sorted(r.stay_id for r in outcome.restarted) == sorted([father, child])
    restart = next(r for r in outcome.restarted if r.stay_id == father)
    assert (restart.exposure_date, restart.basis_date, restart.planned_release,
            restart.previous_release) == (date(2022, 7, 11), date(2022, 7, 11),
                                          date(2022, 7, 18), date(2022, 7, 15))
    with read_session(engine) as s:
        for stay_id in (father, child):
            stay = s.get(Stay, stay_id)
            assert (stay.exposure_date, stay.basis_date, stay.planned_release) == (
                date(2022, 7, 11), date(2022, 7, 11), date(2022, 7, 18))
        assert s.get(Stay, mother).planned_release == date(2022, 7, 15)
        assert s.get(Stay, stranger).planned_release == date(2022, 7, 15)
        restarts = s.exec(select(AuditEvent.entity_id)
                          .where(AuditEvent.action == "stay.exposure_restart")).all()
        assert sorted(restarts) == sorted([father, child])
        # the new basis moves the housemates' required tests
        due = {d.stay_id: d.label for d in labtests.tests_due(s, date(2022, 7, 16))}
    assert due == {father: "day-5", child: "day-5"}


def test_a_positive_alone_in_a_room_restarts_nobody(engine, medical, stay_id) -> None:
    test = sample(engine, medical, stay_id, "T0001")
    assert result(engine, medical, test.id, "positive").restarted == []


# --- neighbours and extra tests -----------------------------------------------------------------


@pytest.fixture
def corridor(engine, manager, liaison) -> dict[str, int]:
    """Rooms 201-210 each with a guest; 301 holds a guest of the batch of 205."""
    add_rooms(engine, manager, "201-210", "301-302")
    stays = {}
    for serial, room in enumerate([f"2{n:02d}" for n in range(1, 11)], start=1):
        stays[room] = admit(engine, liaison, serial, room, batch="B7" if room == "205" else "")
    stays["301"] = admit(engine, liaison, 20, "301", batch="B7")
    stays["302"] = admit(engine, liaison, 21, "302", batch="B8")
    return stays


def test_a_corner_room_has_neighbours_on_one_side(engine, corridor) -> None:
    with read_session(engine) as s:
        found = labtests.neighbours(s, corridor["201"])
    assert [n.room for n in found] == ["202", "203"]
    assert all(n.reasons == ("near room 201 on floor 2",) for n in found)


def test_a_mid_corridor_room_has_two_either_side_and_its_batch(engine, corridor) -> None:
    with read_session(engine) as s:
        found = labtests.neighbours(s, corridor["205"])
    assert [n.room for n in found] == ["203", "204", "206", "207", "301"]
    assert found[-1].reasons == ("same transfer batch B7",)
    assert found[-1].stay_id == corridor["301"]


def test_neighbours_skip_empty_rooms_and_count_them_as_places(engine, manager,
                                                             liaison) -> None:
    add_rooms(engine, manager, "201-206")
    left = admit(engine, liaison, 1, "204")
    admit(engine, liaison, 2, "202")
    admit(engine, liaison, 3, "206")
    with read_session(engine) as s:
        assert [n.room for n in labtests.neighbours(s, left)] == ["202", "206"]


def test_extra_tests_are_scheduled_listed_and_not_doubled(engine, medical, corridor) -> None:
    on = date(2022, 7, 12)
    with read_session(engine) as s:
        ids = [n.stay_id for n in labtests.neighbours(s, corridor["205"])]
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="reason"):
        labtests.schedule_extra_tests(s, medical, ids, on, "  ", now=ARRIVAL)
    with write_session(engine) as s:
        tests = labtests.schedule_extra_tests(s, medical, ids, on, "205 positive", now=ARRIVAL)
    assert {(t.scheduled_for, t.reason, t.result, t.sampled_at) for t in tests} == {
        (on, "205 positive", "pending", None)}
    with write_session(engine) as s:
        labtests.schedule_extra_tests(s, medical, ids[:2], on, "again", now=ARRIVAL)
    assert count(engine, LabTest) == len(ids)
    with read_session(engine) as s:
        due = labtests.tests_due(s, on)  # 07-12 is day 4: no policy test for close contacts
    assert [(d.room, d.label, d.reason) for d in due] == [
        (room, "extra", "205 positive") for room in ("203", "204", "206", "207", "301")]
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="has passed"):
        labtests.schedule_extra_tests(s, medical, ids, date(2022, 7, 1), "late", now=ARRIVAL)


def test_an_extra_test_on_a_policy_day_keeps_the_policy_label(engine, medical,
                                                              stay_id) -> None:
    on = date(2022, 7, 13)  # day 5
    with write_session(engine) as s:
        labtests.schedule_extra_tests(s, medical, [stay_id], on, "neighbour", now=ARRIVAL)
    with read_session(engine) as s:
        (due,) = labtests.tests_due(s, on)
    assert (due.label, due.reason) == ("day-5", "neighbour")
    sample(engine, medical, stay_id, "T0009", when=datetime.combine(on, time(7, 0)))
    with read_session(engine) as s:
        (due,) = labtests.tests_due(s, on)
        assert due.sampled
        assert [t.scheduled_for for t in labtests.tests_for_stay(s, stay_id)] == [on]
