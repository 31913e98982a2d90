"""Release day: who is due, whether each one meets the criteria of §3, and the release itself.

Facts are gathered for all candidates with a handful of batched queries (stays with their guest,
room and destination; tests; readings of the last 48 hours; active alerts) and evaluated with
:func:`quarantine_desk.domain.criteria.evaluate`, so a release list over a large database stays
within DESIGN.md §10's 300 ms. Everything is evaluated *as of* a moment: tests sampled, results
reported, readings taken, voids and alerts opened or resolved after it are not yet known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, select

from quarantine_desk.domain.criteria import (
    DestinationFact,
    ReadingFact,
    StayFacts,
    TestFact,
    evaluate,
)
from quarantine_desk.domain.enums import (
    AlertStatus,
    StayStatus,
    TestResult,
)
from quarantine_desk.domain.identity import mask_id_number, normalise_id_number
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Policy, required_test_dates
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.records import StayDetails, copy_row
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.stays import leave_room
from quarantine_desk.store.models import (
    Alert,
    DestinationCheck,
    Guest,
    LabTest,
    PolicyVersion,
    Reading,
    Room,
    RoomAssignment,
    SerialCounter,
    Stay,
)

SERIAL_PREFIX = "QD"


def _tr(text: str) -> str:
    return translate("release", text)


@dataclass
class ReleaseCandidate:
    """One stay evaluated for release on a date, as of a moment."""

    stay_id: int
    guest_id: int
    name: str
    id_number: str  # full number, for the site's own use; lists that leave use the masked one
    id_number_masked: str
    room: str
    category: str
    basis_date: date
    planned_release: date
    days_overdue: int
    eligible: bool
    criteria: dict[str, bool]
    reasons: list[str]
    reasons_by_key: dict[str, list[str]]
    community: str
    street: str
    batch: str
    destination_address: str = ""
    #: Information that fails nothing (required days covered late by a make-up sample).
    notes: list[str] = field(default_factory=list)


def candidate_json(candidate: ReleaseCandidate) -> dict[str, Any]:
    """The ``release-list --json`` object of DESIGN.md §5 (the ID number masked)."""
    return {
        "stay_id": candidate.stay_id,
        "name": candidate.name,
        "id_number_masked": candidate.id_number_masked,
        "room": candidate.room or None,
        "category": candidate.category,
        "basis_date": candidate.basis_date.isoformat(),
        "planned_release": candidate.planned_release.isoformat(),
        "eligible": candidate.eligible,
        "criteria": dict(candidate.criteria),
        "reasons": list(candidate.reasons),
        "reasons_by_key": {k: list(v) for k, v in candidate.reasons_by_key.items()},
        "notes": list(candidate.notes),
        "days_overdue": candidate.days_overdue,
        "community": candidate.community,
        "street": candidate.street,
        "batch": candidate.batch,
    }


# --- gathering the facts -------------------------------------------------------------------


def _policies(session: Session) -> dict[int, Policy]:
    policies.ensure_default(session)
    return {row.id: policies.load(row) for row in session.exec(select(PolicyVersion))}  # type: ignore[misc]


def _tests_by_stay(session: Session, ids: Any, now: datetime) -> dict[int, list[TestFact]]:
    rows = session.exec(
        select(LabTest.stay_id, LabTest.kind, LabTest.sampled_at, LabTest.result,
               LabTest.reported_at)
        .where(LabTest.stay_id.in_(ids),  # type: ignore[attr-defined]
               LabTest.sampled_at.is_not(None),  # type: ignore[union-attr]
               LabTest.sampled_at <= now)  # type: ignore[operator]
    ).all()
    found: dict[int, list[TestFact]] = defaultdict(list)
    for stay_id, kind, sampled_at, result, reported_at in rows:
        known = TestResult(result)
        if reported_at is not None and reported_at > now:
            known = TestResult.PENDING  # reported after the moment of evaluation
        found[stay_id].append(TestFact(kind, sampled_at, known))
    return found


def _look_back(versions: Iterable[Policy]) -> timedelta:
    """How far back the release criteria of any of ``versions`` read temperatures."""
    hours = max((max(p.release.fever_free_hours, p.release.reading_within_hours)
                 for p in versions), default=48)
    return timedelta(hours=hours)


def _readings_by_stay(session: Session, ids: Any, now: datetime,
                      window: timedelta) -> dict[int, list[ReadingFact]]:
    """The readings of the ``window`` before ``now`` (the longest the policies look back)."""
    rows = session.exec(
        select(Reading.stay_id, Reading.taken_at, Reading.celsius)
        .where(Reading.stay_id.in_(ids),  # type: ignore[attr-defined]
               Reading.taken_at >= now - window,
               Reading.taken_at <= now,
               or_(Reading.voided_at.is_(None), Reading.voided_at > now))  # type: ignore[union-attr,operator]
    ).all()
    found: dict[int, list[ReadingFact]] = defaultdict(list)
    for stay_id, taken_at, celsius in rows:
        found[stay_id].append(ReadingFact(taken_at, celsius))
    return found


def _alerts_by_stay(session: Session, ids: Any, now: datetime) -> dict[int, list[str]]:
    """Kinds of the alerts that were open or escalated at ``now``."""
    rows = session.exec(
        select(Alert.stay_id, Alert.kind)
        .where(Alert.stay_id.in_(ids),  # type: ignore[attr-defined]
               Alert.opened_at <= now,
               or_(Alert.status != AlertStatus.RESOLVED.value, Alert.resolved_at > now))  # type: ignore[operator]
        .order_by(Alert.opened_at)
    ).all()
    found: dict[int, list[str]] = defaultdict(list)
    for stay_id, kind in rows:
        found[stay_id].append(translate("alerts", kind))
    return found


def _destination_as_of(
    recorded: bool, address: str | None, suitable: bool | None, handed: bool | None,
    verified_at: datetime | None, now: datetime,
) -> DestinationFact:
    """The destination check as known at ``now``: a community's answer counts from its
    verification time, so one given after the moment is still awaited then."""
    answered = verified_at is None or verified_at <= now
    return DestinationFact(
        recorded=recorded and bool(address or (handed and answered)),
        suitable=suitable if answered else None,
        handed_to_authority=bool(handed) and answered,
    )


def _evaluate(
    session: Session, condition: ColumnElement[bool], on: date | None, now: datetime
) -> list[ReleaseCandidate]:
    """Evaluate the stays matching ``condition`` for release on ``on`` (None: each on its
    planned release date) as of ``now``, with one query per kind of fact."""
    stay_rows = session.exec(
        select(Stay.id, Stay.guest_id, Stay.policy_id, Stay.category, Stay.arrival_at,
               Stay.basis_date, Stay.planned_release, Stay.batch, Stay.community,
               Guest.full_name, Guest.id_number, Room.number,
               DestinationCheck.id, DestinationCheck.address, DestinationCheck.street,
               DestinationCheck.community, DestinationCheck.suitable,
               DestinationCheck.handed_to_authority, DestinationCheck.verified_at)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(RoomAssignment, and_(RoomAssignment.stay_id == Stay.id,
                                        RoomAssignment.end_at.is_(None)))  # type: ignore[union-attr]
        .outerjoin(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .outerjoin(DestinationCheck, DestinationCheck.stay_id == Stay.id)  # type: ignore[arg-type]
        .where(condition)
    ).all()

    if not stay_rows:
        return []
    ids = select(Stay.id).where(condition)
    rules = _policies(session)
    tests = _tests_by_stay(session, ids, now)
    readings = _readings_by_stay(session, ids, now, _look_back(rules.values()))
    alerts = _alerts_by_stay(session, ids, now)
    seen: set[int] = set()
    result: list[ReleaseCandidate] = []
    for (stay_id, guest_id, policy_id, category, arrival_at, basis, planned, batch,
         stay_community, name, id_number, room, dest_id, address, street, community,
         suitable, handed, verified_at) in stay_rows:
        if stay_id in seen:  # two open room assignments: list the stay once
            continue
        seen.add(stay_id)
        policy = rules[policy_id]
        arrival = arrival_at.date() if arrival_at is not None else basis
        facts = StayFacts(
            planned_release=planned,
            required_tests=required_test_dates(basis, arrival, policy.rule(category)),
            tests=tuple(tests.get(stay_id, ())),
            readings=tuple(readings.get(stay_id, ())),
            destination=_destination_as_of(dest_id is not None, address, suitable, handed,
                                           verified_at, now),
            open_alerts=tuple(alerts.get(stay_id, ())),
            fever_threshold=policy.fever_threshold,
            test_kind=policy.rule(category).test_kind,
            final_test=policy.release.final_test,
            test_kinds=policy.test_kinds,
            fever_free_hours=policy.release.fever_free_hours,
            reading_within_hours=policy.release.reading_within_hours,
            destination_check=policy.release.destination_check,
        )
        release_on = on if on is not None else planned
        evaluation = evaluate(facts, release_on, now)
        result.append(ReleaseCandidate(
            stay_id=stay_id, guest_id=guest_id, name=name, id_number=id_number,
            id_number_masked=mask_id_number(id_number), room=room or "", category=category,
            basis_date=basis, planned_release=planned,
            days_overdue=max((release_on - planned).days, 0),
            eligible=evaluation.eligible, criteria=dict(evaluation.criteria),
            reasons=list(evaluation.reasons), reasons_by_key=dict(evaluation.reasons_by_key),
            community=community or stay_community or "", street=street or "", batch=batch,
            destination_address=address or "", notes=list(evaluation.notes),
        ))
    result.sort(key=lambda c: (c.days_overdue == 0, c.room == "", room_sort_key(c.room),
                               c.name))
    return result


_IN_QUARANTINE = Stay.status == StayStatus.IN_QUARANTINE.value


def release_candidates(session: Session, on: date, now: datetime) -> list[ReleaseCandidate]:
    """Stays in quarantine whose planned release is on or before ``on``, evaluated for release
    on ``on`` as of ``now``; overdue ones first, then by room."""
    return _evaluate(session, and_(_IN_QUARANTINE, Stay.planned_release <= on), on, now)


def evaluate_stays(
    session: Session, stay_ids: Iterable[int], on: date, now: datetime
) -> list[ReleaseCandidate]:
    """The given stays (those in quarantine) evaluated for release on ``on`` as of ``now``."""
    ids = list(dict.fromkeys(stay_ids))
    if not ids:
        return []
    return _evaluate(session, and_(_IN_QUARANTINE, Stay.id.in_(ids)), on, now)  # type: ignore[union-attr]


def forecast(
    session: Session, on: date, days: int = 2, now: datetime | None = None
) -> dict[date, list[ReleaseCandidate]]:
    """Stays due on each of the ``days`` days after ``on``, each evaluated for its own date as
    of ``now``: what still has to be chased before they can go."""
    now = now or datetime.now().replace(microsecond=0)
    last = on + timedelta(days=days)
    due = _evaluate(session, and_(_IN_QUARANTINE, Stay.planned_release > on,
                                  Stay.planned_release <= last), None, now)
    by_day: dict[date, list[ReleaseCandidate]] = {
        on + timedelta(days=k): [] for k in range(1, days + 1)
    }
    for candidate in due:
        by_day[candidate.planned_release].append(candidate)
    return by_day


# --- releasing -----------------------------------------------------------------------------


@dataclass
class ReleasedStay:
    stay_id: int
    guest_id: int
    name: str
    id_number: str
    id_number_masked: str
    room: str
    serial: str


@dataclass
class Refusal:
    stay_id: int
    name: str
    id_number_masked: str
    reasons: list[str]


@dataclass
class ReleaseOutcome:
    released: list[ReleasedStay] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def all_released(self) -> bool:
        return not self.refused


def next_serial(session: Session, year: int) -> str:
    """The next release serial number of ``year`` (``QD-2022-000001``); never handed out
    twice, as the counter moves on in the same transaction as the release that used it."""
    series = f"{SERIAL_PREFIX}-{year}"
    counter = session.get(SerialCounter, series, with_for_update=True)
    if counter is None:
        counter = SerialCounter(series=series, last=0)
    counter.last += 1
    session.add(counter)
    session.flush()
    return f"{series}-{counter.last:06d}"


def stay_to_release(session: Session, id_number: str) -> StayDetails:
    """The stay an ID number names for release: the one in quarantine, else the person's latest
    stay (so that the refusal can say it already ended); NotFound when nobody has that ID."""
    number = normalise_id_number(id_number)
    rows = session.exec(
        select(Stay)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(Guest.id_number == number)
        .order_by(Stay.id.desc())  # type: ignore[union-attr]
    ).all()
    if not rows:
        raise NotFound(_tr("nobody with ID number {number} is registered here").format(
            number=number))
    active = [s for s in rows if s.status == StayStatus.IN_QUARANTINE.value]
    return copy_row(StayDetails, active[0] if active else rows[0])


def _refusal_for_missing(session: Session, stay_id: int) -> Refusal:
    stay = session.get(Stay, stay_id)
    if stay is None:
        return Refusal(stay_id, "", "", [_tr("there is no stay {id}").format(id=stay_id)])
    guest = session.get(Guest, stay.guest_id)
    assert guest is not None
    if stay.status == StayStatus.RELEASED.value and stay.exit_at is not None:
        reason = _tr("{name} was already released on {date} (serial {serial})").format(
            name=guest.full_name, date=stay.exit_at.date().isoformat(),
            serial=stay.release_serial or "-")
    else:
        reason = _tr("{name} is not in quarantine (status: {status})").format(
            name=guest.full_name, status=translate("stays", stay.status))
    return Refusal(stay_id, guest.full_name, mask_id_number(guest.id_number), [reason])


def _release_one(
    session: Session, actor: Actor, candidate: ReleaseCandidate, on: date, now: datetime,
    recorded_at: datetime | None,
) -> ReleasedStay:
    stay = session.get(Stay, candidate.stay_id)
    assert stay is not None
    before = audit.snapshot(stay)
    stay.status = StayStatus.RELEASED.value
    stay.exit_at = now
    stay.exit_reason = "released"
    stay.released_by = actor.username
    stay.release_serial = next_serial(session, now.year)
    session.add(stay)
    leave_room(session, stay.id or 0, now)
    session.flush()
    audit.record(session, actor, "stay.release", "stay", stay.id, before=before,
                 after=audit.snapshot(stay) | {"room": candidate.room,
                                               "release_date": on.isoformat(),
                                               "criteria": candidate.criteria}
                 | ({"recorded_at": recorded_at.isoformat()} if recorded_at else {}),
                 guest_id=stay.guest_id, at=now)
    return ReleasedStay(
        stay_id=candidate.stay_id, guest_id=candidate.guest_id, name=candidate.name,
        id_number=candidate.id_number, id_number_masked=candidate.id_number_masked,
        room=candidate.room, serial=stay.release_serial or "",
    )


def release(
    session: Session,
    actor: Actor,
    stay_ids: Iterable[int],
    on: date,
    now: datetime | None = None,
    recorded_at: datetime | None = None,
) -> ReleaseOutcome:
    """Release the given stays on ``on`` (point manager only).

    Each stay is evaluated again as of ``now``; one that does not meet every criterion is
    refused with its reasons and nothing is written for it. A released stay ends now, its room
    goes to terminal disinfection once empty, and it gets a new serial number. A release
    recorded afterwards gives ``recorded_at`` (when it was typed), kept in its audit event.
    """
    require(actor, Permission.RELEASE)
    serialize(session)
    now = now or datetime.now().replace(microsecond=0)
    ids = list(dict.fromkeys(stay_ids))
    if not ids:
        raise ValidationFailed(_tr("choose at least one person to release"))
    if on > now.date():
        raise ValidationFailed(
            _tr("cannot release for {date}: that day has not come yet").format(
                date=on.isoformat())
        )
    evaluated = {c.stay_id: c for c in evaluate_stays(session, ids, on, now)}
    outcome = ReleaseOutcome()
    for stay_id in ids:
        candidate = evaluated.get(stay_id)
        if candidate is None:
            outcome.refused.append(_refusal_for_missing(session, stay_id))
        elif not candidate.eligible:
            outcome.refused.append(Refusal(stay_id, candidate.name,
                                           candidate.id_number_masked, list(candidate.reasons)))
        else:
            outcome.released.append(_release_one(session, actor, candidate, on, now,
                                                 recorded_at))
    if outcome.released:
        events.changed(session, events.Topic.STAYS, events.Topic.ROOMS)
    return outcome
