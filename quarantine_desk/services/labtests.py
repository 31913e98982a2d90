"""Samples and results (采样 / 检测结果): who is due, recording them, what a positive sets off.

A positive result (PCR or antigen) opens a positive alert and applies the room-sharing rule of
DESIGN.md §3: everyone else in the same room gets the sample's date as their last exposure, so
their period and tests start again. ``neighbours`` lists who to test next (§8 Rooms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from quarantine_desk.domain import plausibility
from quarantine_desk.domain.enums import AlertKind, StayStatus, TestKind, TestResult
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_text,
    parse_test_kind,
    parse_test_result,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Policy, basis_date, planned_release, tests_due_on
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import alert_text, alerts, audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.records import AlertRecord, copy_row
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.stay_lookup import StayFacts
from quarantine_desk.services.stays import (
    current_assignment,
    get_stay,
    guest_of,
    occupants,
    room_history,
)
from quarantine_desk.store.models import Guest, LabTest, Room, RoomAssignment, Stay

#: Plausible cycle-threshold values; a PCR run stops at 40–45 cycles.
CT_RANGE = (0.0, 50.0)
NEIGHBOUR_SPAN = 2  # rooms either side on the same floor
_IN_QUARANTINE = StayStatus.IN_QUARANTINE.value


def _tr(text: str) -> str:
    return translate("labtests", text)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def normalise_sample_no(value: object) -> str:
    """Tube numbers as scanned or typed: full-width to ASCII, no spaces."""
    return re.sub(r"\s+", "", clean_text(value))


def get_test(session: Session, test_id: int) -> LabTest:
    test = session.get(LabTest, test_id)
    if test is None:
        raise NotFound(_tr("there is no test {id}").format(id=test_id))
    return test


@dataclass(frozen=True)
class LabTestRecord:
    """A test as the guest's record and the paperwork show it: plain data, so the screens
    never hold a table row."""

    id: int
    stay_id: int
    kind: str
    scheduled_for: date | None
    sample_no: str
    sampled_at: datetime | None
    result: str
    ct_orf1ab: float | None
    ct_n: float | None
    reported_at: datetime | None
    lab: str
    reason: str  # why an extra test was scheduled


def tests_for_stay(session: Session, stay_id: int) -> list[LabTestRecord]:
    """A stay's tests, scheduled and sampled, in date order."""
    tests = list(session.exec(select(LabTest).where(LabTest.stay_id == stay_id)))

    def when(test: LabTest) -> datetime:
        if test.sampled_at is not None:
            return test.sampled_at
        return datetime.combine(test.scheduled_for or date.max, datetime.min.time())

    return [test_record(t) for t in sorted(tests, key=lambda t: (when(t), t.id or 0))]


def test_record(test: LabTest) -> LabTestRecord:
    """The plain record of a test row."""
    return LabTestRecord(id=test.id or 0, stay_id=test.stay_id, kind=test.kind,
                         scheduled_for=test.scheduled_for, sample_no=test.sample_no,
                         sampled_at=test.sampled_at, result=test.result,
                         ct_orf1ab=test.ct_orf1ab, ct_n=test.ct_n, reported_at=test.reported_at,
                         lab=test.lab, reason=test.reason)


# --- who is due -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueTest:
    """One guest to sample on the day, for the sampling team's walk."""

    stay_id: int
    guest_name: str
    room: str
    floor: int
    label: str  # "day-5", "admission" or "extra"
    sampled: bool  # a sample of this kind was already taken that day
    kind: str = TestKind.PCR  # a test kind code of the stay's policy
    reason: str = ""  # why an extra test was scheduled
    scheduled_test_id: int | None = None  # the pending extra test row, if any


def _known_kind(code: str) -> str:
    """A stored test kind code, as the :class:`TestKind` member when it is COVID-19's."""
    return TestKind(code) if code in TestKind._value2member_map_ else code


def _policy_kind(session: Session, stay: Stay, kind: str) -> str:
    """``kind`` (a code or name) as one of the test kinds of the stay's policy, or refused
    naming the kinds it has."""
    policy = policies.policy_by_id(session, stay.policy_id)
    try:
        return parse_test_kind(kind, policy.test_kinds)
    except ParseError as exc:
        raise ValidationFailed(_tr("{problem} (the rules of this stay: {policy})").format(
            problem=exc, policy=policy.name)) from None


def _housed(session: Session, *conditions: object) -> list[tuple[Stay, str, str, int]]:
    rows = session.exec(
        select(Stay, Guest.full_name, Room.number, Room.floor)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .join(RoomAssignment, RoomAssignment.stay_id == Stay.id)  # type: ignore[arg-type]
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None), Stay.status == _IN_QUARANTINE,  # type: ignore[union-attr]
               *conditions)
    ).all()
    return [(stay, name, number, floor) for stay, name, number, floor in rows]


def tests_due(session: Session, on: date) -> list[DueTest]:
    """Everyone in quarantine with a PCR due on ``on`` under their own policy (admission tests
    included) or an extra test scheduled for that day, in walking order (floor, room)."""
    day_start = datetime.combine(on, datetime.min.time())
    sampled = {
        (stay_id, kind) for stay_id, kind in session.exec(
            select(LabTest.stay_id, LabTest.kind).where(
                LabTest.sampled_at >= day_start,  # type: ignore[operator]
                LabTest.sampled_at < day_start + timedelta(days=1))  # type: ignore[operator]
        ).all()
    }
    extras: dict[int, LabTest] = {}
    for test in session.exec(
        select(LabTest).where(LabTest.scheduled_for == on).order_by(LabTest.id)
    ):
        extras.setdefault(test.stay_id, test)
    due: list[DueTest] = []
    policy_of: dict[int, Policy] = {}
    for stay, name, room, floor in _housed(session):
        arrival = stay.arrival_at.date() if stay.arrival_at else stay.basis_date
        if stay.policy_id not in policy_of:  # a handful of versions for thousands of stays
            policy_of[stay.policy_id] = policies.policy_by_id(session, stay.policy_id)
        rule = policy_of[stay.policy_id].rule(stay.category)
        label = tests_due_on(stay.basis_date, arrival, rule, on)
        extra = extras.get(stay.id or 0)
        if label is None and extra is None:
            continue
        kind = (_known_kind(extra.kind) if label is None and extra is not None
                else _known_kind(rule.test_kind))
        due.append(DueTest(
            stay_id=stay.id or 0, guest_name=name, room=room, floor=floor,
            label=label if label is not None else _tr("extra"),
            sampled=(stay.id, kind) in sampled, kind=kind,
            reason=extra.reason if extra is not None else "",
            scheduled_test_id=extra.id if extra is not None else None,
        ))
    due.sort(key=lambda d: (d.floor, room_sort_key(d.room), d.guest_name, d.stay_id))
    return due


def awaiting_results(session: Session) -> list[tuple[LabTestRecord, str, str]]:
    """Samples taken whose result is still pending, oldest first, with guest name and room
    (for entering results in bulk)."""
    rows = session.exec(
        select(LabTest, Guest.full_name)
        .join(Stay, Stay.id == LabTest.stay_id)  # type: ignore[arg-type]
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(LabTest.result == TestResult.PENDING.value,
               LabTest.sampled_at.is_not(None))  # type: ignore[union-attr]
        .order_by(LabTest.sampled_at, LabTest.id)
    ).all()
    rooms = alerts.last_rooms(session, {test.stay_id for test, _ in rows})
    return [(test_record(test), name, rooms.get(test.stay_id, "")) for test, name in rows]


# --- samples and results ------------------------------------------------------------------------


def record_sample(
    session: Session,
    actor: Actor,
    stay_id: int,
    *,
    kind: str = TestKind.PCR,
    sample_no: str,
    sampled_at: datetime | None = None,
    lab: str = "",
    now: datetime | None = None,
) -> LabTest:
    """Record a sample taken from a guest in quarantine; fills the extra test scheduled for
    that day if there is one. Sample numbers are unique; a blank one is allowed (an antigen
    self-test, or a lab that numbers samples itself)."""
    require(actor, Permission.TESTS)
    serialize(session)
    now = _now(now)
    sample_no = normalise_sample_no(sample_no)
    sampled = (sampled_at or now).replace(microsecond=0)
    stay = get_stay(session, stay_id)
    kind = _policy_kind(session, stay, kind)
    if stay.status != _IN_QUARANTINE:
        raise ValidationFailed(
            _tr("{name} is not in quarantine here ({status}): no sample can be recorded").format(
                name=guest_of(session, stay).full_name, status=stay.status)
        )
    check_sample_time(stay, sampled, now)
    if sample_no:
        _refuse_duplicate_sample(session, sample_no)
    test = session.exec(
        select(LabTest).where(LabTest.stay_id == stay_id, LabTest.kind == kind,
                              LabTest.scheduled_for == sampled.date(),
                              LabTest.sampled_at.is_(None))  # type: ignore[union-attr]
    ).first()
    before = audit.snapshot(test)
    if test is None:
        test = LabTest(stay_id=stay_id, kind=kind)
    test.sample_no = sample_no
    test.sampled_at = sampled
    test.lab = clean_text(lab)
    test.entered_by = actor.username
    audit.saved(session, actor, "test.sample", "labtest", test,
                before=before, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.TESTS)
    return test


def check_sample_time(stay: Stay | StayFacts, sampled: datetime, now: datetime) -> None:
    """Refuse a sampling time outside the stay (a day's margin before the arrival, for the
    admission swab) or in the future: a year typed wrong (1900) would file the result where
    no rule looks at it."""
    try:
        plausibility.check_sampled(sampled, now, stay.arrival_at, stay.exit_at)
    except plausibility.Implausible as exc:
        raise ValidationFailed(str(exc)) from exc


def _refuse_duplicate_sample(session: Session, sample_no: str) -> None:
    clash = session.exec(select(LabTest).where(LabTest.sample_no == sample_no)).first()
    if clash is None:
        return
    owner = guest_of(session, get_stay(session, clash.stay_id)).full_name
    when = _day(clash.sampled_at) if clash.sampled_at else "?"
    raise ValidationFailed(
        _tr("sample number {no} is already recorded ({name}, {day}): check the tube label")
        .format(no=sample_no, name=owner, day=when)
    )


@dataclass(frozen=True)
class Restart:
    """A housemate whose period started again because someone in the room tested positive."""

    stay_id: int
    guest_name: str
    exposure_date: date
    basis_date: date
    planned_release: date
    previous_release: date


@dataclass(frozen=True)
class ResultOutcome:
    """What entering a result did: the test, the positive alert (if any) and the housemates
    whose period restarted, so the window can say so and show the new dates."""

    test: LabTestRecord
    alert: AlertRecord | None = None
    restarted: list[Restart] = field(default_factory=list)


def _result(value: TestResult | str) -> TestResult:
    try:
        return value if isinstance(value, TestResult) else parse_test_result(value)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc


def _ct(name: str, value: float | None) -> float | None:
    if value is None:
        return None
    low, high = CT_RANGE
    if not low < value <= high:
        raise ValidationFailed(
            _tr("Ct {name} = {value} is outside {low}–{high}: check the lab report").format(
                name=name, value=value, low=low, high=high)
        )
    return round(float(value), 2)


def checked_result(test_id: int, sampled_at: datetime | None, result: TestResult | str, *,
                   ct_orf1ab: float | None, ct_n: float | None, reported_at: datetime | None,
                   now: datetime) -> tuple[TestResult, datetime, float | None, float | None]:
    """The result, report time and Ct values :func:`record_result` would store for a test
    sampled at ``sampled_at``, or the refusal (shared with the importer's batch)."""
    outcome = _result(result)
    if outcome is TestResult.PENDING:
        raise ValidationFailed(_tr("enter the result as negative, positive or invalid"))
    if sampled_at is None:
        raise ValidationFailed(
            _tr("test {id} has not been sampled yet: record the sample first").format(id=test_id)
        )
    reported = (reported_at or now).replace(microsecond=0)
    try:
        plausibility.check_reported(reported, now)
    except plausibility.Implausible as exc:
        raise ValidationFailed(str(exc)) from exc
    if reported.date() < sampled_at.date():
        raise ValidationFailed(
            _tr("the report date {reported} is before the sampling date {sampled}").format(
                reported=_day(reported), sampled=_day(sampled_at))
        )
    return outcome, reported, _ct("ORF1ab", ct_orf1ab), _ct("N", ct_n)


def record_result(
    session: Session,
    actor: Actor,
    test_id: int,
    result: TestResult | str,
    *,
    ct_orf1ab: float | None = None,
    ct_n: float | None = None,
    reported_at: datetime | None = None,
    lab: str | None = None,
    now: datetime | None = None,
) -> ResultOutcome:
    """Enter (or correct) the result of a sample; a new positive raises the alarm."""
    require(actor, Permission.TESTS)
    serialize(session)
    now = _now(now)
    if _result(result) is TestResult.PENDING:
        raise ValidationFailed(_tr("enter the result as negative, positive or invalid"))
    test = get_test(session, test_id)
    outcome, reported, orf1ab, n_gene = checked_result(
        test_id, test.sampled_at, result, ct_orf1ab=ct_orf1ab, ct_n=ct_n,
        reported_at=reported_at, now=now)
    assert test.sampled_at is not None  # checked
    was_positive = test.result == TestResult.POSITIVE.value
    before = audit.snapshot(test)
    test.result = outcome.value
    test.reported_at = reported
    test.ct_orf1ab = orf1ab if orf1ab is not None else test.ct_orf1ab
    test.ct_n = n_gene if n_gene is not None else test.ct_n
    if lab is not None and clean_text(lab):
        test.lab = clean_text(lab)
    test.entered_by = actor.username
    stay = get_stay(session, test.stay_id)
    audit.saved(session, actor, "test.result", "labtest", test,
                before=before, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.TESTS)
    if outcome is not TestResult.POSITIVE or was_positive:
        return ResultOutcome(test=test_record(test))
    alert = alerts.raise_alert(session, actor, stay, AlertKind.POSITIVE,
                               alert_text.positive_summary(test), test_id=test.id,
                               found_at=reported, now=now)
    restarted = restart_housemates(session, actor, stay, test.sampled_at.date(), now)
    return ResultOutcome(test=test_record(test),
                         alert=copy_row(AlertRecord, alert) if alert is not None else None,
                         restarted=restarted)


def restart_housemates(session: Session, actor: Actor, stay: Stay, sample_day: date,
                        now: datetime) -> list[Restart]:
    """DESIGN.md §3 room sharing: the others' last exposure becomes the sample's date."""
    assignment = current_assignment(session, stay.id or 0)
    if assignment is None:
        return []
    restarted = []
    for other in occupants(session, assignment.room_id):
        if other.id == stay.id or other.status != _IN_QUARANTINE:
            continue
        if sample_day <= other.basis_date:
            continue  # their period already counts from that day or later
        rule = policies.policy_by_id(session, other.policy_id).rule(other.category)
        arrival = other.arrival_at.date() if other.arrival_at else other.basis_date
        before = audit.snapshot(other)
        previous = other.planned_release
        other.exposure_date = sample_day
        other.basis_date = basis_date(sample_day, arrival)
        other.planned_release = planned_release(other.basis_date, rule)
        session.add(other)
        session.flush()
        audit.record(session, actor, "stay.exposure_restart", "stay", other.id, before=before,
                     after=audit.snapshot(other) | {"positive_stay_id": stay.id},
                     guest_id=other.guest_id, at=now)
        restarted.append(Restart(
            stay_id=other.id or 0, guest_name=guest_of(session, other).full_name,
            exposure_date=sample_day, basis_date=other.basis_date,
            planned_release=other.planned_release, previous_release=previous,
        ))
    if restarted:
        events.changed(session, events.Topic.STAYS)
    return restarted


def record_results_bulk(session: Session, actor: Actor, test_ids: Iterable[int],
                        result: TestResult | str,
                        now: datetime | None = None) -> list[ResultOutcome]:
    """The same result for many samples (a lab's batch of negatives); all or nothing."""
    require(actor, Permission.TESTS)
    serialize(session)
    ids = list(dict.fromkeys(test_ids))
    if not ids:
        raise ValidationFailed(_tr("select the tests to enter the result for"))
    return [record_result(session, actor, test_id, result, now=now) for test_id in ids]


# --- neighbours and extra tests -----------------------------------------------------------------


@dataclass(frozen=True)
class Neighbour:
    """Someone to consider for extra testing after a positive, and why."""

    stay_id: int
    guest_name: str
    room: str
    floor: int
    reasons: tuple[str, ...]


def neighbours(session: Session, stay_id: int) -> list[Neighbour]:
    """Guests in quarantine in the same room, within two rooms either side on the same floor
    (by room number order; a corner room has one side) or in the same transfer batch.

    Uses the stay's last room, so the list still works after a positive left for hospital.
    """
    stay = get_stay(session, stay_id)
    found: dict[int, tuple[Stay, str, str, int, list[str]]] = {}

    def add(rows: list[tuple[Stay, str, str, int]], reason_of: dict[str, str] | str) -> None:
        for other, name, number, floor in rows:
            if other.id == stay.id:
                continue
            reason = reason_of if isinstance(reason_of, str) else reason_of[number]
            entry = found.setdefault(other.id or 0, (other, name, number, floor, []))
            if reason not in entry[4]:
                entry[4].append(reason)

    history = room_history(session, stay_id)
    if history:
        room = history[-1][1]
        floor_rooms = sorted(session.exec(select(Room).where(Room.floor == room.floor)),
                             key=lambda r: room_sort_key(r.number))
        at = next(i for i, r in enumerate(floor_rooms) if r.id == room.id)
        near = floor_rooms[max(0, at - NEIGHBOUR_SPAN):at + NEIGHBOUR_SPAN + 1]
        reasons = {r.number: _tr("same room") if r.id == room.id
                   else _tr("near room {room} on floor {floor}").format(room=room.number,
                                                                        floor=room.floor)
                   for r in near}
        add(_housed(session, Room.id.in_([r.id for r in near])), reasons)  # type: ignore[union-attr]
    if stay.batch:
        add(_housed(session, Stay.batch == stay.batch),
            _tr("same transfer batch {batch}").format(batch=stay.batch))
    result = [Neighbour(stay_id=sid, guest_name=name, room=number, floor=floor,
                        reasons=tuple(reasons))
              for sid, (_, name, number, floor, reasons) in found.items()]
    result.sort(key=lambda n: (n.floor, room_sort_key(n.room), n.guest_name, n.stay_id))
    return result


def schedule_extra_tests(
    session: Session,
    actor: Actor,
    stay_ids: Iterable[int],
    on: date,
    reason: str,
    *,
    kind: str = TestKind.PCR,
    now: datetime | None = None,
) -> list[LabTest]:
    """Put guests on the sampling list of ``on`` with the reason (e.g. "neighbour of 305
    positive"); a test already scheduled for that guest, day and kind is kept, not doubled."""
    require(actor, Permission.TESTS)
    serialize(session)
    now = _now(now)
    reason = reason.strip()
    if not reason:
        raise ValidationFailed(_tr("give the reason for the extra tests"))
    if on < now.date():
        raise ValidationFailed(
            _tr("{day} has passed: schedule extra tests for today or later").format(
                day=on.isoformat())
        )
    ids = list(dict.fromkeys(stay_ids))
    if not ids:
        raise ValidationFailed(_tr("select the guests to test"))
    scheduled = []
    for stay_id in ids:
        stay = get_stay(session, stay_id)
        if stay.status != _IN_QUARANTINE:
            raise ValidationFailed(
                _tr("{name} is not in quarantine here ({status})").format(
                    name=guest_of(session, stay).full_name, status=stay.status)
            )
        code = _policy_kind(session, stay, kind)
        test = session.exec(
            select(LabTest).where(LabTest.stay_id == stay_id, LabTest.scheduled_for == on,
                                  LabTest.kind == code,
                                  LabTest.sampled_at.is_(None))  # type: ignore[union-attr]
        ).first()
        if test is None:
            test = LabTest(stay_id=stay_id, kind=code, scheduled_for=on,
                           reason=reason, entered_by=actor.username)
            audit.saved(session, actor, "test.schedule", "labtest", test,
                        guest_id=stay.guest_id, at=now)
        scheduled.append(test)
    events.changed(session, events.Topic.TESTS)
    return scheduled
