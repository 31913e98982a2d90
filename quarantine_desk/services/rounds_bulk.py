"""What the medical staff's routine leaves behind, entered many rows at a time.

Normal readings of the policy's rounds, the policy's PCRs with their negative (or awaited)
results and the health notes of the admission round come by the hundred: one permission check,
one insert for all of them and one audit event per batch keep entering a site's rounds fast
(DESIGN.md §10).
What needs a person's attention has its own path, one record at a time, with its alert:
a fever goes through :func:`readings.record_reading`, a positive through
:func:`labtests.record_result`; both are refused here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import insert
from sqlmodel import Session, select

from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.domain.parsing import ParseError, parse_celsius
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.guest_editing import MAX_VACCINATION_DOSES
from quarantine_desk.services.readings import METHODS, is_fever
from quarantine_desk.services.serialize import serialize
from quarantine_desk.store.models import HealthRecord, LabTest, Reading, Stay

#: Bound parameters per ``IN (...)`` list, well under SQLite's limit.
_CHUNK = 500
#: The results a round leaves without anyone having to act on them.
ROUTINE_RESULTS = (TestResult.NEGATIVE, TestResult.PENDING)

T = TypeVar("T")


def _tr(text: str) -> str:
    return translate("rounds", text)


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


def _stays(session: Session, stay_ids: Iterable[int]) -> dict[int, Stay]:
    """The stays of a batch, read in one go; NotFound names the first that is not there."""
    wanted = list(dict.fromkeys(stay_ids))
    found: dict[int, Stay] = {}
    for chunk in _chunks(wanted):
        found.update((stay.id or 0, stay) for stay in session.exec(
            select(Stay).where(Stay.id.in_(chunk))))  # type: ignore[union-attr]
    missing = next((stay_id for stay_id in wanted if stay_id not in found), None)
    if missing is not None:
        raise NotFound(translate("stays", "there is no stay {id}").format(id=missing))
    return found


def _audit_batch(session: Session, actor: Actor, action: str, entity: str,
                 stay_ids: Sequence[int], now: datetime) -> None:
    """One event for the whole batch: how many rows, for which stays."""
    stays = sorted(set(stay_ids))
    audit.record(session, actor, action, entity, None,
                 after={"count": len(stay_ids), "stays": stays}, at=now)


@dataclass(frozen=True)
class RoundReading:
    """A normal temperature as written on a round, with when it was written down."""

    stay_id: int
    taken_at: datetime
    celsius: float
    entered_at: datetime
    method: str = "forehead"


def record_readings(session: Session, actor: Actor, readings: Sequence[RoundReading],
                    now: datetime | None = None) -> int:
    """Save a batch of normal readings; returns how many. A fever, a value outside the
    plausible range of the stay's policy, an unknown method or a reading already recorded
    refuses the whole batch."""
    require(actor, Permission.READINGS)
    serialize(session)
    if not readings:
        return 0
    now = _now(now)
    stays = _stays(session, (r.stay_id for r in readings))
    by_policy = {policy_id: policies.policy_by_id(session, policy_id)
                 for policy_id in {stay.policy_id for stay in stays.values()}}
    policy_of = {stay_id: by_policy[stay.policy_id] for stay_id, stay in stays.items()}
    seen = _readings_on_record(session, list(stays))
    rows = []
    for reading in readings:
        if reading.method not in METHODS:
            raise ValidationFailed(translate(
                "readings", "unknown method '{method}': use forehead, ear, armpit or oral")
                .format(method=reading.method))
        policy = policy_of[reading.stay_id]
        try:
            celsius = parse_celsius(reading.celsius, policy.plausible_celsius)
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
        taken = reading.taken_at.replace(microsecond=0)
        if is_fever(celsius, policy.fever_threshold):
            raise ValidationFailed(
                _tr("{celsius} °C at {time} is a fever: enter it on its own so that its alert "
                    "opens").format(celsius=celsius, time=taken.strftime("%Y-%m-%d %H:%M")))
        if (reading.stay_id, taken) in seen:
            raise ValidationFailed(translate(
                "readings", "a reading at {time} is already recorded for this guest: void it to "
                "correct it").format(time=taken.strftime("%Y-%m-%d %H:%M")))
        seen.add((reading.stay_id, taken))
        rows.append({"stay_id": reading.stay_id, "taken_at": taken, "celsius": celsius,
                     "method": reading.method, "symptoms": "", "entered_by": actor.username,
                     "entered_at": reading.entered_at})
    session.execute(insert(Reading), rows)
    _audit_batch(session, actor, "reading.add_batch", "reading",
                 [r.stay_id for r in readings], now)
    events.changed(session, events.Topic.READINGS)
    return len(rows)


def _readings_on_record(session: Session, stay_ids: list[int]) -> set[tuple[int, datetime]]:
    """The (stay, moment) of every reading the stays already have that was not voided."""
    found: set[tuple[int, datetime]] = set()
    for chunk in _chunks(stay_ids):
        found.update(session.exec(
            select(Reading.stay_id, Reading.taken_at)
            .where(Reading.stay_id.in_(chunk),  # type: ignore[attr-defined]
                   Reading.voided_at.is_(None))  # type: ignore[union-attr]
        ).all())
    return found


@dataclass(frozen=True)
class RoundTest:
    """A sample taken on a round and, once the lab reported it, its routine result."""

    stay_id: int
    sampled_at: datetime
    kind: str = TestKind.PCR  # a test kind code of the stay's policy
    sample_no: str = ""
    scheduled_for: date | None = None  # the policy's test day it stands for
    lab: str = ""
    result: TestResult = TestResult.PENDING
    reported_at: datetime | None = None
    reason: str = ""  # why an extra test was taken


def record_tests(session: Session, actor: Actor, tests: Sequence[RoundTest],
                 now: datetime | None = None) -> int:
    """Save a batch of samples with negative or awaited results; returns how many. Another
    result, or a sample number already used, refuses the whole batch."""
    require(actor, Permission.TESTS)
    serialize(session)
    if not tests:
        return 0
    now = _now(now)
    _stays(session, (t.stay_id for t in tests))
    numbers = [t.sample_no for t in tests if t.sample_no]
    clash = _sample_numbers_used(session, numbers) or _first_repeated(numbers)
    if clash is not None:
        raise ValidationFailed(_tr("sample number {no} is recorded twice: check the tube labels")
                               .format(no=clash))
    rows = []
    for test in tests:
        if test.result not in ROUTINE_RESULTS:
            raise ValidationFailed(
                _tr("a {result} result is entered on its own, so that it is acted on")
                .format(result=test.result.value))
        rows.append({"stay_id": test.stay_id, "kind": str(test.kind),
                     "sample_no": test.sample_no, "scheduled_for": test.scheduled_for,
                     "sampled_at": test.sampled_at.replace(microsecond=0), "lab": test.lab,
                     "result": test.result.value, "reported_at": test.reported_at,
                     "entered_by": actor.username, "reason": test.reason})
    session.execute(insert(LabTest), rows)
    _audit_batch(session, actor, "test.add_batch", "labtest", [t.stay_id for t in tests], now)
    events.changed(session, events.Topic.TESTS)
    return len(rows)


def _first_repeated(numbers: list[str]) -> str | None:
    seen: set[str] = set()
    for number in numbers:
        if number in seen:
            return number
        seen.add(number)
    return None


def _sample_numbers_used(session: Session, numbers: list[str]) -> str | None:
    """The first of ``numbers`` already on a test, or None."""
    for chunk in _chunks(numbers):
        used = session.exec(
            select(LabTest.sample_no).where(LabTest.sample_no.in_(chunk))  # type: ignore[attr-defined]
        ).first()
        if used is not None:
            return used
    return None


@dataclass(frozen=True)
class AdmissionNote:
    """What the admission round notes in a guest's health record; None leaves a field as
    it is."""

    stay_id: int
    medication: str | None = None
    vaccination_doses: int | None = None
    psychological: str | None = None
    needs: str | None = None


def record_admission_notes(session: Session, actor: Actor, notes: Sequence[AdmissionNote],
                           now: datetime | None = None) -> int:
    """Write a batch of admission notes into the guests' health records (a record is made
    for a guest without one); returns how many records were written."""
    require(actor, Permission.HEALTH)
    serialize(session)
    if not notes:
        return 0
    now = _now(now)
    guest_of = {stay_id: stay.guest_id
                for stay_id, stay in _stays(session, (n.stay_id for n in notes)).items()}
    records = _health_records(session, list(dict.fromkeys(guest_of.values())))
    for note in notes:
        doses = note.vaccination_doses
        if doses is not None and not 0 <= doses <= MAX_VACCINATION_DOSES:
            raise ValidationFailed(translate(
                "guests", "vaccination doses must be between 0 and {n}")
                .format(n=MAX_VACCINATION_DOSES))
        guest_id = guest_of[note.stay_id]
        record = records.get(guest_id)
        if record is None:
            record = records[guest_id] = HealthRecord(guest_id=guest_id)
        for name in ("medication", "vaccination_doses", "psychological", "needs"):
            value = getattr(note, name)
            if value is not None:
                setattr(record, name, value.strip() if isinstance(value, str) else value)
        session.add(record)
    session.flush()
    _audit_batch(session, actor, "health.update_batch", "healthrecord",
                 [note.stay_id for note in notes], now)
    events.changed(session, events.Topic.STAYS)
    return len(notes)


def _health_records(session: Session, guest_ids: list[int]) -> dict[int, HealthRecord]:
    records: dict[int, HealthRecord] = {}
    for chunk in _chunks(guest_ids):
        query = select(HealthRecord).where(HealthRecord.guest_id.in_(chunk))  # type: ignore[attr-defined]
        records.update((r.guest_id, r) for r in session.exec(query))
    return records
