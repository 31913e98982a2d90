"""The guest's record: everything the Guests panel's tabs show about one stay, read in one go.

Everything in it is a plain record (:mod:`services.records` and the services' own), not a table
row, so the tabs that show it know nothing of the store. What names a category or a test kind
comes from the policy files: the stay's policy (its rule, its test kinds), and every version
read so that the guest's other stays are named as their own policies name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.identity import age_on, mask_id_number
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.domain.policy import (
    CategoryRule,
    Named,
    day_number,
    home_period,
    required_test_dates,
)
from quarantine_desk.services import (
    alert_text,
    audit,
    destinations,
    labtests,
    policies,
    readings,
)
from quarantine_desk.services.audit import HistoryEntry
from quarantine_desk.services.destinations import DestinationRecord
from quarantine_desk.services.labtests import LabTestRecord
from quarantine_desk.services.readings import ReadingRecord
from quarantine_desk.services.records import (
    AlertRecord,
    GuestDetails,
    HealthDetails,
    StayDetails,
    copy_row,
)
from quarantine_desk.services.stays import get_stay, room_history
from quarantine_desk.store.models import Alert, Guest, HealthRecord, Stay


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

    guest: GuestDetails
    stay: StayDetails
    id_number_masked: str
    age: int | None
    key_reasons: tuple[str, ...]
    day: int | None  # day N of M while in quarantine
    of: int
    policy_name: str
    fever_threshold: float
    required_tests: dict[date, str]  # the tests the policy requires, by date
    home_period: tuple[date, date] | None  # from the actual release once released
    room: str  # current room ("" when none)
    rooms: list[RoomStint]
    health: HealthDetails | None
    destination: DestinationRecord | None
    tests: list[LabTestRecord]
    readings: list[ReadingRecord]  # voided ones included, marked by voided_at
    alerts: list[AlertRecord]
    alert_summaries: dict[int, str]  # by alert id, in the reader's language (alert_text)
    other_stays: list[StayDetails]  # the guest's other stays at the site, newest first
    history: list[HistoryEntry]  # the guest's audit trail, newest first
    rule: CategoryRule | None = None  # what the stay's policy asks of its category
    category_name: str = ""  # the stay's category as its policy names it, reader's language
    test_kinds: tuple[Named, ...] = ()  # the test kinds of the stay's policy


def guest_record(session: Session, stay_id: int, on: date | None = None) -> GuestRecord:
    """The full record of a stay and its guest; ``on`` (default today) sets day N and age."""
    on = on or date.today()
    stay = get_stay(session, stay_id)
    guest = session.get(Guest, stay.guest_id)
    assert guest is not None
    policies.read_all(session)  # names the categories of the guest's other stays
    policy = policies.policy_by_id(session, stay.policy_id)
    rule = policy.rule(stay.category)
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
        guest=copy_row(GuestDetails, guest),
        stay=copy_row(StayDetails, stay),
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
        health=copy_row(HealthDetails, health) if health is not None else None,
        destination=destinations.get_destination(session, stay_id),
        tests=labtests.tests_for_stay(session, stay_id),
        readings=readings.readings_for_stay(session, stay_id, include_voided=True),
        alerts=[copy_row(AlertRecord, a) for a in stay_alerts],
        alert_summaries=alert_text.current_summaries(session, stay_alerts),
        other_stays=[copy_row(StayDetails, other) for other in session.exec(
            select(Stay).where(Stay.guest_id == guest.id, Stay.id != stay_id).order_by(
                Stay.id.desc())  # type: ignore[union-attr]
        )],
        history=audit.guest_history(session, guest.id or 0),
        rule=rule,
        category_name=policy.category_name(stay.category),
        test_kinds=policy.test_kinds,
    )
