"""The guest's record: everything the Guests panel's tabs show about one stay, read in one go.

The readings, tests and audit trail come as plain records (not table rows), so the tabs that
show them know nothing of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from quarantine_desk.domain.enums import Category, StayStatus
from quarantine_desk.domain.identity import age_on, mask_id_number
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.domain.policy import day_number, home_period, required_test_dates
from quarantine_desk.services import alert_text, audit, labtests, policies, readings
from quarantine_desk.services.audit import HistoryEntry
from quarantine_desk.services.labtests import LabTestRecord
from quarantine_desk.services.readings import ReadingRecord
from quarantine_desk.services.stays import get_stay, room_history
from quarantine_desk.store.models import Alert, DestinationCheck, Guest, HealthRecord, Stay


@dataclass(frozen=True)
class RoomStint:
    """One room the stay had: from when, until when (None while there) and why."""

    number: str
    floor: int
    start_at: datetime
    end_at: datetime | None
    reason: str


@dataclass(frozen=True)
class GuestRecord:
    """Everything the guest's tabs show, read in one go."""

    guest: Guest
    stay: Stay
    id_number_masked: str
    age: int | None
    key_reasons: tuple[str, ...]
    day: int | None  # day N of M while in quarantine
    of: int
    policy_name: str
    fever_threshold: float
    required_tests: dict[date, str]  # the PCRs the policy requires, by date
    home_period: tuple[date, date] | None  # from the actual release once released
    room: str  # current room ("" when none)
    rooms: list[RoomStint]
    health: HealthRecord | None
    destination: DestinationCheck | None
    tests: list[LabTestRecord]
    readings: list[ReadingRecord]  # voided ones included, marked by voided_at
    alerts: list[Alert]
    alert_summaries: dict[int, str]  # by alert id, in the reader's language (alert_text)
    other_stays: list[Stay]  # the guest's other stays at the site, newest first
    history: list[HistoryEntry]  # the guest's audit trail, newest first


def guest_record(session: Session, stay_id: int, on: date | None = None) -> GuestRecord:
    """The full record of a stay and its guest; ``on`` (default today) sets day N and age."""
    on = on or date.today()
    stay = get_stay(session, stay_id)
    guest = session.get(Guest, stay.guest_id)
    assert guest is not None
    policy = policies.policy_by_id(session, stay.policy_id)
    rule = policy.rule(Category(stay.category))
    health = session.exec(select(HealthRecord).where(HealthRecord.guest_id == guest.id)).first()
    conditions = [c for c in health.conditions.split(";") if c] if health else []
    stints = [
        RoomStint(room.number, room.floor, a.start_at, a.end_at, a.reason)
        for a, room in room_history(session, stay_id)
    ]
    arrival = stay.arrival_at or stay.expected_at
    stay_alerts = list(session.exec(
        select(Alert).where(Alert.stay_id == stay_id).order_by(Alert.opened_at, Alert.id)
    ))
    return GuestRecord(
        guest=guest,
        stay=stay,
        id_number_masked=mask_id_number(guest.id_number),
        age=age_on(guest.birth_date, on) if guest.birth_date else None,
        key_reasons=tuple(key_person_flags(guest.birth_date, on,
                                           pregnant=bool(health and health.pregnant),
                                           conditions=conditions)),
        day=day_number(stay.basis_date, on)
        if stay.status == StayStatus.IN_QUARANTINE.value else None,
        of=rule.centralized_days,
        policy_name=policy.name,
        fever_threshold=policy.fever_threshold,
        required_tests=required_test_dates(stay.basis_date, arrival.date(), rule)
        if arrival else {},
        home_period=home_period(rule, release=stay.exit_at.date()
                                if stay.status == StayStatus.RELEASED.value and stay.exit_at
                                else stay.planned_release),
        room=next((s.number for s in stints if s.end_at is None), ""),
        rooms=stints,
        health=health,
        destination=session.exec(
            select(DestinationCheck).where(DestinationCheck.stay_id == stay_id)
        ).first(),
        tests=labtests.tests_for_stay(session, stay_id),
        readings=readings.readings_for_stay(session, stay_id, include_voided=True),
        alerts=stay_alerts,
        alert_summaries=alert_text.current_summaries(session, stay_alerts),
        other_stays=list(session.exec(
            select(Stay).where(Stay.guest_id == guest.id, Stay.id != stay_id).order_by(
                Stay.id.desc())  # type: ignore[union-attr]
        )),
        history=audit.guest_history(session, guest.id or 0),
    )
