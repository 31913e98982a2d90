"""Alerts: the open list, escalation, resolution and transfer to hospital."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from medical_support import add_rooms, admit, admit_household
from sqlmodel import select

from quarantine_desk.domain import text
from quarantine_desk.domain.enums import AlertStatus, RoomKind, RoomState, StayStatus
from quarantine_desk.services import alerts, guest_record, readings
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, AuditEvent, Room, RoomAssignment, Stay

DAY = datetime(2022, 7, 9, 8, 0)


def fever(engine, medical, stay_id, when=DAY, celsius=38.4, symptoms=()) -> int:
    with write_session(engine) as s:
        readings.record_reading(s, medical, stay_id, celsius, taken_at=when, now=when,
                                symptoms=symptoms)
        return s.exec(select(Alert.id).where(Alert.stay_id == stay_id)
                      .order_by(Alert.id.desc())).first()


@pytest.fixture
def three(engine, manager, liaison) -> list[int]:
    add_rooms(engine, manager, "201-203")
    return [admit(engine, liaison, n, f"20{n}") for n in (1, 2, 3)]


def test_open_alerts_are_newest_first_with_their_history(engine, medical, three) -> None:
    first = fever(engine, medical, three[0], when=DAY)
    second = fever(engine, medical, three[1], when=DAY + timedelta(hours=1))
    third = fever(engine, medical, three[2], when=DAY + timedelta(hours=2))
    with write_session(engine) as s:
        later = DAY + timedelta(hours=3)
        alerts.escalate(s, medical, first, "hospital", "doctor called", now=later)
        alerts.add_note(s, medical, second, "repeat in 30 min", now=later)
        alerts.resolve(s, medical, third, "repeat 36.9", now=later)
    with read_session(engine) as s:
        live = alerts.open_alerts(s)
        everything = alerts.open_alerts(s, include_resolved=True)
    assert [v.alert.id for v in live] == [second, first]
    assert [v.alert.id for v in everything] == [second, first, third]
    view = live[1]
    assert (view.guest_name, view.room, view.stay_id) == ("客人1", "201", three[0])
    assert [a.action for a in view.actions] == ["opened", "escalated_to_hospital"]
    assert view.actions[1].note == "doctor called" and view.actions[1].by == "nurse"
    assert view.alert.status == AlertStatus.ESCALATED.value
    assert view.alert.escalated_to == "hospital"
    assert [a.action for a in live[0].actions] == ["opened", "note"]


def test_escalation_goes_to_known_places_only(engine, medical, three) -> None:
    alert_id = fever(engine, medical, three[0])
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="command_centre"):
        alerts.escalate(s, medical, alert_id, "police", "", now=DAY)
    with write_session(engine) as s:
        alerts.escalate(s, medical, alert_id, "command_centre", "", now=DAY)
    with read_session(engine) as s:
        assert s.get(Alert, alert_id).escalated_to == "command_centre"


def test_resolving_needs_a_note_and_happens_once(engine, medical, three) -> None:
    alert_id = fever(engine, medical, three[0])
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="how the alert"):
        alerts.resolve(s, medical, alert_id, " ", now=DAY)
    with write_session(engine) as s:
        alerts.resolve(s, medical, alert_id, "repeat reading 36.8, no symptoms",
                       now=DAY + timedelta(hours=1))
    with read_session(engine) as s:
        alert = s.get(Alert, alert_id)
        assert (alert.status, alert.resolution, alert.resolved_at) == (
            "resolved", "repeat reading 36.8, no symptoms", DAY + timedelta(hours=1))
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "alert.resolve")).one()
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="already resolved"):
        alerts.resolve(s, medical, alert_id, "again", now=DAY)


def test_liaison_may_not_handle_alerts(engine, medical, liaison, three) -> None:
    alert_id = fever(engine, medical, three[0])
    for action in (lambda s: alerts.resolve(s, liaison, alert_id, "ok", now=DAY),
                   lambda s: alerts.escalate(s, liaison, alert_id, "hospital", "", now=DAY),
                   lambda s: alerts.transfer_to_hospital(s, liaison, alert_id, "x", now=DAY)):
        with write_session(engine) as s, pytest.raises(PermissionDenied):
            action(s)
    with read_session(engine) as s:
        assert s.get(Alert, alert_id).status == AlertStatus.OPEN.value
        assert s.get(Stay, three[0]).status == StayStatus.IN_QUARANTINE.value


def test_transfer_to_hospital_ends_the_stay_and_frees_the_room_for_disinfection(
        engine, medical, three) -> None:
    stay_id = three[1]
    fever(engine, medical, stay_id, when=DAY - timedelta(hours=1), celsius=36.9,
          symptoms=["咳嗽"])  # a symptom alert, also open
    fever_alert = fever(engine, medical, stay_id)
    with write_session(engine) as s:
        alerts.transfer_to_hospital(s, medical, fever_alert, "120 ambulance to 市一院",
                                    now=DAY + timedelta(hours=2))
    with read_session(engine) as s:
        stay = s.get(Stay, stay_id)
        assert (stay.status, stay.exit_at, stay.exit_reason) == (
            "transferred_out", DAY + timedelta(hours=2), "transferred to hospital")
        assignment = s.exec(select(RoomAssignment)
                            .where(RoomAssignment.stay_id == stay_id)).one()
        assert assignment.end_at == DAY + timedelta(hours=2)
        room = s.exec(select(Room).where(Room.number == "202")).one()
        assert room.state == RoomState.AWAITING_DISINFECTION.value
        alert = s.get(Alert, fever_alert)
        assert alert.status == "resolved" and "市一院" in alert.resolution
        assert alerts.open_alerts(s) == []
        views = alerts.alerts_for_stay(s, stay_id)
        assert sorted(v.alert.kind for v in views) == ["fever", "symptom"]
        assert {v.room for v in views} == {"202"}  # the last room is still shown
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="already resolved"):
        alerts.transfer_to_hospital(s, medical, fever_alert, "again", now=DAY)


def test_transfer_from_a_shared_room_leaves_it_occupied(engine, manager, liaison,
                                                        medical) -> None:
    add_rooms(engine, manager, "501", kind=RoomKind.FAMILY)
    patient, partner = admit_household(engine, liaison, [1, 2], "501")
    alert_id = fever(engine, medical, patient)
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="transfer details"):
        alerts.transfer_to_hospital(s, medical, alert_id, "", now=DAY)
    with write_session(engine) as s:
        alerts.transfer_to_hospital(s, medical, alert_id, "to 市一院", now=DAY)
    with read_session(engine) as s:
        assert s.exec(select(Room.state)).one() == RoomState.OCCUPIED.value
        assert s.get(Stay, partner).status == StayStatus.IN_QUARANTINE.value


def test_an_alert_reads_in_the_language_of_whoever_opens_it(engine, medical, three) -> None:
    """Opened from an English command line, shown in a Chinese window: the text is made again
    from the reading; the stored summary (the record) stays as written."""
    alert_id = fever(engine, medical, three[0], celsius=38.4, symptoms=["cough"])
    chinese = {"fever {celsius} °C at {time}": "{time} 发热 {celsius} °C",
               ", with {symptoms}": "，伴{symptoms}"}
    previous = text._translator
    text.install_translator(lambda context, source: chinese.get(source, source))
    try:
        with read_session(engine) as s:
            view = next(v for v in alerts.open_alerts(s) if v.alert.id == alert_id)
            record = guest_record.guest_record(s, three[0], on=DAY.date())
    finally:
        text.install_translator(previous)
    assert view.alert.summary == "fever 38.4 °C at 07-09 08:00, with cough"
    assert view.summary == "07-09 08:00 发热 38.4 °C，伴cough"
    assert view.note(view.actions[0]) == view.summary  # the opening entry of the history
    assert record.alert_summaries[alert_id] == view.summary
    assert view.actions[0].reading_id is not None  # the finding names its source


def test_a_later_finding_also_reads_in_the_readers_language(engine, medical, three) -> None:
    alert_id = fever(engine, medical, three[0], celsius=38.4)
    fever(engine, medical, three[0], when=DAY + timedelta(hours=4), celsius=38.9)
    with write_session(engine) as s:
        alerts.add_note(s, medical, alert_id, "doctor informed", now=DAY + timedelta(hours=5))
    chinese = {"fever {celsius} °C at {time}": "{time} 发热 {celsius} °C"}
    previous = text._translator
    text.install_translator(lambda context, source: chinese.get(source, source))
    try:
        with read_session(engine) as s:
            view = next(v for v in alerts.open_alerts(s) if v.alert.id == alert_id)
    finally:
        text.install_translator(previous)
    assert [a.action for a in view.actions] == ["opened", "finding", "note"]
    assert [view.note(a) for a in view.actions] == [
        "07-09 08:00 发热 38.4 °C", "07-09 12:00 发热 38.9 °C", "doctor informed"]
    assert view.actions[1].note == "fever 38.9 °C at 07-09 12:00"  # the record as written
