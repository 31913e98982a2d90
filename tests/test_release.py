"""Release day through the services: candidates and their criteria, destinations, release."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from release_scenario import (
    EXPECTED_REASONS,
    EXPOSURE,
    D,
    T,
    build,
    confirm_destination,
    give_readings,
    give_tests,
)
from sqlmodel import select

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.enums import Category, RoomKind, RoomState, StayStatus
from quarantine_desk.services import checkin, destinations, paperwork, rooms, site
from quarantine_desk.services import release as rel
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import (
    AuditEvent,
    DestinationCheck,
    Room,
    RoomAssignment,
    SerialCounter,
    Stay,
)

ALL_TRUE = dict.fromkeys(CRITERIA_KEYS, True)

#: The criteria that fail for each stay due on D as of T (DESIGN.md acceptance).
FAILING = {
    "ready": {},
    "no_day5": {"tests_complete_negative": False},
    "positive": {"tests_complete_negative": False, "no_open_alerts": False},
    "fever": {"no_fever": False, "no_open_alerts": False},
    "no_destination": {"destination_verified": False},
}


@pytest.fixture
def scenario(engine, manager, liaison, medical):
    return build(engine, manager, liaison, medical)


def by_stay(candidates):
    return {c.stay_id: c for c in candidates}


def test_release_list_gives_each_criterion_and_reason(scenario) -> None:
    with read_session(scenario.engine) as s:
        found = by_stay(rel.release_candidates(s, D, T))
    assert set(found) == {scenario.stays[k] for k in FAILING}  # in_period is not due yet
    for key, failing in FAILING.items():
        candidate = found[scenario.stays[key]]
        assert candidate.eligible is (not failing), key
        assert candidate.criteria == ALL_TRUE | failing, key
        assert candidate.reasons == EXPECTED_REASONS[key], key
        for criterion, holds in candidate.criteria.items():
            assert bool(candidate.reasons_by_key[criterion]) is not holds


def test_candidate_json_is_the_contract_object(scenario) -> None:
    with read_session(scenario.engine) as s:
        ready = by_stay(rel.release_candidates(s, D, T))[scenario.stays["ready"]]
    document = rel.candidate_json(ready)
    assert {"stay_id", "name", "id_number_masked", "room", "category", "basis_date",
            "planned_release", "eligible", "criteria", "reasons"} <= set(document)
    assert document["id_number_masked"] == "320602********0019"
    assert scenario.id_numbers["ready"] not in str(document)
    assert document["category"] == "close_contact"
    assert document["basis_date"] == "2022-07-08"
    assert document["planned_release"] == "2022-07-15"
    assert document["room"] == "201"
    assert document["criteria"] == ALL_TRUE and document["reasons"] == []


def test_overdue_stays_come_first_then_rooms(scenario) -> None:
    later = date(2022, 7, 17)
    with read_session(scenario.engine) as s:
        listed = rel.release_candidates(s, later, T)
    assert [c.room for c in listed] == ["201", "203", "204", "205", "206", "202"]
    assert [c.days_overdue for c in listed] == [2, 2, 2, 2, 2, 0]


def test_results_reported_after_the_moment_are_not_known_yet(scenario) -> None:
    before_report = datetime(2022, 7, 15, 8, 0)  # the day-7 result comes at 08:30
    with read_session(scenario.engine) as s:
        ready = by_stay(rel.release_candidates(s, D, before_report))[scenario.stays["ready"]]
    assert ready.criteria["tests_complete_negative"] is False
    assert ready.reasons == ["day-7 PCR (2022-07-15) has no result",
                             "the latest PCR is not negative"]


def test_no_reading_in_the_last_day_fails_no_fever(scenario) -> None:
    with read_session(scenario.engine) as s:
        ready = by_stay(rel.release_candidates(s, D, T + timedelta(hours=23)))[
            scenario.stays["ready"]]
    assert ready.criteria["no_fever"] is False
    assert ready.reasons_by_key["no_fever"] == [
        "no temperature reading in the 24 hours before 2022-07-16 09:00"]


def test_forecast_lists_the_next_days(scenario) -> None:
    with read_session(scenario.engine) as s:
        coming = rel.forecast(s, D, days=2, now=T)
    assert list(coming) == [date(2022, 7, 16), date(2022, 7, 17)]
    assert coming[date(2022, 7, 16)] == []
    [due] = coming[date(2022, 7, 17)]
    assert due.stay_id == scenario.stays["in_period"]
    assert due.criteria["period_complete"] is True  # evaluated for its own date


def test_release_releases_the_eligible_and_refuses_the_rest(scenario, manager) -> None:
    with write_session(scenario.engine) as s:
        outcome = rel.release(s, manager, list(scenario.stays.values()), D, now=T)
    assert [r.stay_id for r in outcome.released] == [scenario.stays["ready"]]
    refused = {r.stay_id: r.reasons for r in outcome.refused}
    for key, reasons in EXPECTED_REASONS.items():
        if key != "ready":
            assert refused[scenario.stays[key]] == reasons
    assert refused[scenario.stays["in_period"]][0] == (
        "quarantine period not over: release date 2022-07-17 (2 more day(s))")
    with read_session(scenario.engine) as s:
        ready = s.get(Stay, scenario.stays["ready"])
        assert ready.status == StayStatus.RELEASED.value
        assert ready.exit_at == T and ready.exit_reason == "released"
        assert ready.released_by == "boss"
        assert ready.release_serial == "QD-2022-000001"
        room = s.exec(select(Room).where(Room.number == "201")).one()
        assert room.state == RoomState.AWAITING_DISINFECTION.value
        open_assignment = s.exec(select(RoomAssignment).where(
            RoomAssignment.stay_id == ready.id, RoomAssignment.end_at.is_(None))).first()
        assert open_assignment is None
        for key in FAILING:
            if key != "ready":
                other = s.get(Stay, scenario.stays[key])
                assert other.status == StayStatus.IN_QUARANTINE.value
                assert other.release_serial is None
        releases = s.exec(select(AuditEvent).where(AuditEvent.action == "stay.release")).all()
        assert [(e.entity_id, e.actor) for e in releases] == [(ready.id, "boss")]


def test_audit_trail_names_who_did_each_step(scenario, manager) -> None:
    with write_session(scenario.engine) as s:
        rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
    with read_session(scenario.engine) as s:
        ready = s.get(Stay, scenario.stays["ready"])
        events = s.exec(select(AuditEvent).where(AuditEvent.guest_id == ready.guest_id)).all()
    who = {}
    for event in events:
        who.setdefault(event.action, set()).add(event.actor)
    assert who["stay.check_in"] == {"desk"}
    assert who["destination.record"] == {"desk"}
    assert who["reading.add"] == {"nurse"}
    assert who["test.sample"] == {"nurse"} and who["test.result"] == {"nurse"}
    assert who["stay.release"] == {"boss"}


@pytest.mark.parametrize("role", ["medical", "liaison"])
def test_only_the_manager_may_release(scenario, request, role) -> None:
    actor = request.getfixturevalue(role)
    with pytest.raises(PermissionDenied, match="may not release guests"):
        with write_session(scenario.engine) as s:
            rel.release(s, actor, [scenario.stays["ready"]], D, now=T)
    with read_session(scenario.engine) as s:
        assert s.get(Stay, scenario.stays["ready"]).status == StayStatus.IN_QUARANTINE.value
        assert s.exec(select(SerialCounter)).first() is None
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "stay.release")).first() \
            is None


def test_serial_numbers_are_never_reused(scenario, manager, liaison) -> None:
    with write_session(scenario.engine) as s:
        first = rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
    with write_session(scenario.engine) as s:  # refused again: takes no number
        again = rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
    assert again.released == [] and "already released on 2022-07-15" in \
        again.refused[0].reasons[0]
    with write_session(scenario.engine) as s:
        confirm_destination(s, liaison, scenario.stays["no_destination"])
    with write_session(scenario.engine) as s:
        second = rel.release(s, manager, [scenario.stays["no_destination"]], D,
                             now=T + timedelta(minutes=5))
    serials = [first.released[0].serial, second.released[0].serial]
    assert serials == ["QD-2022-000001", "QD-2022-000002"]
    with read_session(scenario.engine) as s:
        stored = [st.release_serial for st in s.exec(select(Stay)) if st.release_serial]
    assert sorted(stored) == serials


def test_release_for_a_day_not_yet_come_is_refused(scenario, manager) -> None:
    with pytest.raises(ValidationFailed, match="has not come yet"):
        with write_session(scenario.engine) as s:
            rel.release(s, manager, [scenario.stays["ready"]], D + timedelta(days=1), now=T)


def test_shared_room_waits_for_its_last_guest(engine, manager, liaison, medical) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["401"], kind=RoomKind.FAMILY, now=T - timedelta(days=8))
        outcomes = checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name=name, id_number=number,
                                 category=Category.CLOSE_CONTACT, exposure_date=EXPOSURE,
                                 arrival_at=datetime(2022, 7, 8, 20), room="401",
                                 household="H1")
            for name, number in (("赵一", "11010519491231002X"), ("赵二", "110105194912310038"))
        ], now=datetime(2022, 7, 8, 20))
        ids = [o.stay_id for o in outcomes]
        assert all(ids) and {o.room for o in outcomes} == {"401"}
    with write_session(engine) as s:
        for stay_id in ids:
            give_tests(s, medical, stay_id, EXPOSURE)
            give_readings(s, medical, stay_id)
            confirm_destination(s, liaison, stay_id)
    with write_session(engine) as s:
        rel.release(s, manager, ids[:1], D, now=T)
        assert rooms.get_room(s, "401").state == RoomState.OCCUPIED.value
    with write_session(engine) as s:
        rel.release(s, manager, ids[1:], D, now=T)
        assert rooms.get_room(s, "401").state == RoomState.AWAITING_DISINFECTION.value


def test_destination_is_one_row_updated_in_place_and_audited(scenario, liaison) -> None:
    stay_id = scenario.stays["no_destination"]
    with write_session(scenario.engine) as s:
        destinations.record_destination(s, liaison, stay_id, address="新华路6号",
                                        community="新华社区", verified_by="王主任",
                                        suitable=None, now=T - timedelta(hours=3))
    with read_session(scenario.engine) as s:
        pending = by_stay(rel.release_candidates(s, D, T))[stay_id]
    assert pending.reasons == ["community has not confirmed the home"]
    with write_session(scenario.engine) as s:
        destinations.record_destination(s, liaison, stay_id, address="新华路6号",
                                        community="新华社区", verified_by="王主任",
                                        suitable=False, note="合租，无独立卫生间",
                                        now=T - timedelta(hours=2))
    with read_session(scenario.engine) as s:
        rows = s.exec(select(DestinationCheck).where(DestinationCheck.stay_id == stay_id)).all()
        events = s.exec(select(AuditEvent).where(
            AuditEvent.action == "destination.record", AuditEvent.entity_id == rows[0].id)
        ).all()
        unsuitable = by_stay(rel.release_candidates(s, D, T))[stay_id]
    assert len(rows) == 1 and rows[0].suitable is False
    assert [e.before is None for e in events] == [True, False]
    assert '"suitable": null' in events[1].before and '"suitable": false' in events[1].after
    assert unsuitable.reasons == ["community found the home unsuitable"]


def test_handed_to_another_authority_counts_as_verified(scenario, liaison) -> None:
    stay_id = scenario.stays["no_destination"]
    with write_session(scenario.engine) as s:
        destinations.record_destination(s, liaison, stay_id, address="",
                                        community="区疾控中心", verified_by="王主任",
                                        suitable=None, handed_to_authority=True, now=T)
    with read_session(scenario.engine) as s:
        assert by_stay(rel.release_candidates(s, D, T))[stay_id].eligible


def test_bad_destination_input_changes_nothing(scenario, liaison, medical) -> None:
    stay_id = scenario.stays["no_destination"]
    with pytest.raises(ValidationFailed, match="address is missing"):
        with write_session(scenario.engine) as s:
            destinations.record_destination(s, liaison, stay_id, address=" ",
                                            community="新华社区", verified_by="王主任", now=T)
    with pytest.raises(PermissionDenied, match="may not record destination checks"):
        with write_session(scenario.engine) as s:
            destinations.record_destination(s, medical, stay_id, address="新华路6号",
                                            community="新华社区", verified_by="王主任", now=T)
    with read_session(scenario.engine) as s:
        assert destinations.get_destination(s, stay_id) is None


def test_notification_needs_a_destination_and_records_who_and_when(scenario, liaison) -> None:
    with pytest.raises(ValidationFailed, match="record the destination"):
        with write_session(scenario.engine) as s:
            destinations.record_notification(s, liaison, scenario.stays["no_destination"],
                                              "李书记", now=T)
    told = T - timedelta(hours=1)
    with write_session(scenario.engine) as s:
        destinations.record_notification(s, liaison, scenario.stays["ready"], " 李书记 ", told,
                                          now=T)
    with read_session(scenario.engine) as s:
        row = destinations.get_destination(s, scenario.stays["ready"])
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "destination.notify")).one()
    assert (row.notified_by, row.notified_at) == ("李书记", told)
    assert event.actor == "desk"


def test_handover_data_of_a_released_stay(scenario, manager) -> None:
    with write_session(scenario.engine) as s:
        site.setup_site(s, manager, "金陵饭店隔离点", phone="025-12345678", now=T)
        rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
    with read_session(scenario.engine) as s:
        form = paperwork.handover_data(s, scenario.stays["ready"], now=T)
    assert form.serial == "QD-2022-000001"
    assert form.person.id_number == scenario.id_numbers["ready"]
    assert (form.stay.release_date, form.stay.room) == (D, "201")
    assert (form.stay.observation_from, form.stay.observation_to) == (EXPOSURE, D)
    assert [t.result_label for t in form.tests] == ["阴性"] * 6
    assert form.temperatures.count == 3 and form.temperatures.maximum.celsius == 36.5
    steps = form.next_steps
    assert steps.home_kind_label == "居家健康监测" and steps.site_phone == "025-12345678"
    assert (steps.home_from, steps.home_to) == (date(2022, 7, 16), date(2022, 7, 18))
    assert [(t.on, t.label) for t in steps.home_tests] == [(date(2022, 7, 18), "居家第3天")]
    assert any("早、晚各测量一次体温" in duty for duty in steps.duties)
    assert form.destination.verified_by == "社区王主任" and form.destination.suitable is True


def test_handover_before_release_is_a_draft_that_takes_no_number(scenario) -> None:
    with read_session(scenario.engine) as s:
        form = paperwork.handover_data(s, scenario.stays["fever"], now=T)
        assert s.exec(select(SerialCounter)).first() is None
    assert form.serial.startswith("草稿")
    assert form.stay.release_date == D  # the planned date


def test_release_list_data_masks_and_names_the_province(scenario, liaison) -> None:
    with write_session(scenario.engine) as s:
        stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="周杰", id_number="E12345678", category=Category.INBOUND_TRAVELLER,
            exposure_date=EXPOSURE, arrival_at=datetime(2022, 7, 8, 21), room="301"),
            now=datetime(2022, 7, 8, 21))
        destinations.record_destination(s, liaison, stay.id, address="江苏省南京市中山路1号",
                                        community="中山社区", verified_by="李主任", now=T)
    with read_session(scenario.engine) as s:
        data = paperwork.release_list_data(s, D, T)
    rows = {row.name: row for row in data.rows}
    assert len(rows) == 6
    assert rows["周杰"].inbound_province == "江苏省"
    assert rows["周杰"].id_number_masked == "E1*****78"
    assert rows["张伟"].inbound_province == "" and rows["张伟"].eligible


@pytest.mark.parametrize(("address", "province"), [
    ("江苏南京市中山路1号", "江苏省"), ("内蒙古呼和浩特市", "内蒙古自治区"),
    ("黑龙江省哈尔滨市", "黑龙江省"), ("新华路6号", ""), ("", ""),
])
def test_province_of_an_address(address, province) -> None:
    assert paperwork.province_of(address) == province


def test_release_list_still_names_people_released_that_day(scenario, manager) -> None:
    """The communities sign the day's list after approval: released people stay on it."""
    with write_session(scenario.engine) as s:
        outcome = rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
    with read_session(scenario.engine) as s:
        data = paperwork.release_list_data(s, D, T)
    released = [row for row in data.rows if row.released_serial]
    assert [row.name for row in released] == ["张伟"]
    assert released[0].released_serial == outcome.released[0].serial
    assert len(data.rows) == 5  # the four still due and the one released
