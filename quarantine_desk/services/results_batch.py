"""A lab's results file applied in a few statements (issue 16), row by row in memory.

Each row does what :func:`labtests.record_sample` and :func:`labtests.record_result` would do
for it, with their checks and audit events, but against tests, stays and scheduled extras
looked up once for the whole file; a row sees what the rows above it did (a sample a later row
gives the result of, a result corrected twice). A refused row changes nothing. New tests are
then inserted and changed ones updated together; a new positive raises its alert and restarts
its housemates through the services themselves (rare, and in the order of the rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, select

from quarantine_desk.domain.enums import AlertKind, TestResult
from quarantine_desk.domain.parsing import ParseError, clean_text, parse_test_kind
from quarantine_desk.domain.text import translate
from quarantine_desk.services import alert_text, alerts, bulk_rows, events, labtests, policies
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import ServiceError, ValidationFailed
from quarantine_desk.services.stay_lookup import StayFacts, active_by_id_number, stays_by_id
from quarantine_desk.store.models import LabTest, Stay

_IN_QUARANTINE = "in_quarantine"
Test = dict[str, Any]  # a labtest row's columns; "id" is None until it is inserted


def _tr(text: str) -> str:
    return translate("medical_import", text)


class Refused(Exception):
    """The row cannot be used; the message is the reason reported for it."""


@dataclass(frozen=True)
class ResultRow:
    """A results file's row, its cells read (see ``medical_import.import_results``)."""

    result: TestResult
    kind: str | None  # a test kind code (a member of TestKind for COVID-19's two)
    sampled_at: datetime | None
    reported_at: datetime | None
    ct_orf1ab: float | None
    ct_n: float | None
    sample_no: str  # normalised
    id_number: str  # as written
    id_normalised: str
    lab: str


@dataclass
class _Step:
    """An audit event of a row, written once new tests have their ids."""

    action: str  # test.sample or test.result
    test: Test  # the live state (its id filled in at insert)
    before: Test | None
    after: Test
    guest_id: int


@dataclass
class _Positive:
    test: Test
    stay_id: int
    reported: datetime


class _Batch:
    """The file's view of the tests and stays it touches."""

    def __init__(self, session: Session, rows: Sequence[ResultRow]) -> None:
        self.session = session
        self.tests: dict[int, Test] = {}
        self.by_sample: dict[str, Test] = {}
        self.by_day: dict[tuple[int, str, date], list[Test]] = {}
        self.extras: dict[tuple[int, str, date], list[Test]] = {}
        self.new: list[Test] = []
        self.changed: dict[int, Test] = {}
        samples = {r.sample_no for r in rows if r.sample_no}
        for batch in bulk_rows.chunks(sorted(samples)):
            self._load(LabTest.sample_no.in_(batch))  # type: ignore[attr-defined]
        self.by_id = active_by_id_number(session, {r.id_normalised for r in rows
                                                   if r.id_number})
        self.stays: dict[int, StayFacts] = {s.id: s for s in self.by_id.values()
                                           if isinstance(s, StayFacts)}
        self.stays |= stays_by_id(session, {t["stay_id"] for t in self.tests.values()
                                            if t["stay_id"] not in self.stays})
        self._load_days(rows)

    def _load(self, *where: object) -> None:
        table = LabTest.__table__  # type: ignore[attr-defined]
        for row in self.session.execute(select(table).where(*where)).mappings():
            test = self.tests.setdefault(row["id"], dict(row))
            self._index(test)

    def _index(self, test: Test) -> None:
        if test["sample_no"]:
            self.by_sample[test["sample_no"]] = test
        if test["sampled_at"] is not None:
            key = (test["stay_id"], test["kind"], test["sampled_at"].date())
            if not any(t is test for t in self.by_day.setdefault(key, [])):
                self.by_day[key].append(test)
        elif test["scheduled_for"] is not None:
            key = (test["stay_id"], test["kind"], test["scheduled_for"])
            if not any(t is test for t in self.extras.setdefault(key, [])):
                self.extras[key].append(test)

    def _load_days(self, rows: Sequence[ResultRow]) -> None:
        """Tests sampled or scheduled on the file's days for the stays its ID numbers name:
        what same-day matching and filling a scheduled extra look at."""
        days = [r.sampled_at.date() for r in rows if r.sampled_at is not None]
        if not days or not self.by_id:
            return
        first, last = min(days), max(days)
        start, end = (datetime.combine(first, datetime.min.time()),
                      datetime.combine(last + timedelta(days=1), datetime.min.time()))
        ids = sorted(s.id for s in self.by_id.values() if isinstance(s, StayFacts))
        for batch in bulk_rows.chunks(ids):
            self._load(LabTest.stay_id.in_(batch),  # type: ignore[attr-defined]
                       LabTest.sampled_at >= start, LabTest.sampled_at < end)  # type: ignore[operator]
            self._load(LabTest.stay_id.in_(batch),  # type: ignore[attr-defined]
                       LabTest.scheduled_for >= first, LabTest.scheduled_for <= last,  # type: ignore[operator]
                       LabTest.sampled_at.is_(None))  # type: ignore[union-attr]
        for found in self.extras.values():
            found.sort(key=lambda t: t["id"])

    def stay_for(self, number: str) -> StayFacts:
        stay = self.by_id[number]
        if isinstance(stay, ServiceError):
            raise Refused(str(stay))
        return stay

    def find(self, row: ResultRow) -> tuple[Test | None, StayFacts]:
        """As ``medical_import`` finds the test of a row: by sample number, else by the one
        test of that kind sampled that day."""
        if row.sample_no:
            test = self.by_sample.get(row.sample_no)
            if test is not None:
                stay = self.stays[test["stay_id"]]
                if row.id_number and row.id_normalised != stay.id_number:
                    raise Refused(
                        _tr("sample {no} belongs to {name}, not to ID number {number}").format(
                            no=row.sample_no, name=stay.guest_name, number=row.id_number))
                return test, stay
            if not row.id_number:
                raise Refused(_tr("unknown sample number {no} and no ID number given").format(
                    no=row.sample_no))
            return None, self.stay_for(row.id_normalised)
        if not row.id_number:
            raise Refused(_tr("neither an ID number nor a sample number is given"))
        stay = self.stay_for(row.id_normalised)
        if row.kind is not None and row.sampled_at is not None:
            same_day = self.by_day.get((stay.id, str(row.kind), row.sampled_at.date()), [])
            if len(same_day) == 1:
                return same_day[0], stay
        return None, stay


def _sample(batch: _Batch, actor: Actor, row: ResultRow, stay: StayFacts,
            now: datetime) -> tuple[Test, Test | None, Test | None]:
    """What :func:`labtests.record_sample` would write: (the test as sampled, the scheduled
    extra it fills or None, that extra before)."""
    assert row.kind is not None and row.sampled_at is not None
    sampled = row.sampled_at.replace(microsecond=0)
    if stay.status != _IN_QUARANTINE:
        raise ValidationFailed(
            translate("labtests", "{name} is not in quarantine here ({status}): no sample can "
                      "be recorded").format(name=stay.guest_name, status=stay.status))
    labtests.check_sample_time(stay, sampled, now)
    clash = batch.by_sample.get(row.sample_no) if row.sample_no else None
    if clash is not None:
        when = clash["sampled_at"].strftime("%Y-%m-%d") if clash["sampled_at"] else "?"
        raise ValidationFailed(
            translate("labtests", "sample number {no} is already recorded ({name}, {day}): "
                      "check the tube label").format(
                no=row.sample_no, name=batch.stays[clash["stay_id"]].guest_name, day=when))
    waiting = [t for t in batch.extras.get((stay.id, str(row.kind), sampled.date()), [])
               if t["sampled_at"] is None]
    extra = waiting[0] if waiting else None
    test: Test = dict(extra) if extra is not None else {
        "id": None, "stay_id": stay.id, "kind": str(row.kind), "sample_no": "",
        "scheduled_for": None, "sampled_at": None, "lab": "",
        "result": TestResult.PENDING.value, "ct_orf1ab": None, "ct_n": None,
        "reported_at": None, "entered_by": "", "reason": ""}
    test.update(sample_no=row.sample_no, sampled_at=sampled, lab=clean_text(row.lab),
                entered_by=actor.username)
    return test, extra, dict(extra) if extra is not None else None


def _check_kind(session: Session, kind: str, stay: StayFacts) -> None:
    """A result of a test kind the stay's policy has (a PCR means nothing under rules that
    follow a disease by antigen tests alone)."""
    policy = policies.policy_by_id(session, stay.policy_id)
    try:
        parse_test_kind(kind, policy.test_kinds)
    except ParseError as exc:
        raise Refused(_tr("{problem} (the rules of this stay: {policy})").format(
            problem=exc, policy=policy.name)) from None


def _apply_row(batch: _Batch, actor: Actor, row: ResultRow,
               now: datetime) -> tuple[list[_Step], _Positive | None]:
    """The row's steps, its changes kept in ``batch`` only when every check passed."""
    test, stay = batch.find(row)
    if row.kind is not None:
        _check_kind(batch.session, row.kind, stay)
    if row.sampled_at is not None:
        labtests.check_sample_time(stay, row.sampled_at, now)
    if test is not None and row.kind is not None and test["kind"] != str(row.kind):
        raise Refused(_tr("sample {no} is a {recorded} test, the file says {given}").format(
            no=test["sample_no"], recorded=test["kind"], given=str(row.kind)))
    steps: list[_Step] = []
    live, state, extra = test, dict(test) if test is not None else None, None
    if test is None:
        if row.kind is None:
            raise Refused(_tr("the test kind is missing: write pcr/核酸 or antigen/抗原"))
        if row.sampled_at is None:
            raise Refused(_tr("sampling time is missing"))
        state, extra, before = _sample(batch, actor, row, stay, now)
        live = extra
        steps.append(_Step("test.sample", {}, before, dict(state), stay.guest_id))
    assert state is not None
    positive = None
    if row.result is not TestResult.PENDING:
        outcome, reported, orf1ab, n_gene = labtests.checked_result(
            state["id"] or 0, state["sampled_at"], row.result, ct_orf1ab=row.ct_orf1ab,
            ct_n=row.ct_n, reported_at=row.reported_at, now=now)
        before = dict(state)
        state.update(result=outcome.value, reported_at=reported, entered_by=actor.username,
                     ct_orf1ab=orf1ab if orf1ab is not None else state["ct_orf1ab"],
                     ct_n=n_gene if n_gene is not None else state["ct_n"])
        if clean_text(row.lab):
            state["lab"] = clean_text(row.lab)
        steps.append(_Step("test.result", {}, before, dict(state), stay.guest_id))
        if outcome is TestResult.POSITIVE and before["result"] != TestResult.POSITIVE.value:
            positive = _Positive(state, stay.id, reported)
    # every check passed: keep the row's changes
    if live is None:
        live = state
        batch.new.append(live)
    else:
        live.update(state)
        if live["id"] is not None:
            batch.changed[live["id"]] = live
    batch._index(live)
    for step in steps:
        step.test = live
    if positive is not None:
        positive.test = live
    return steps, positive


def apply(session: Session, actor: Actor, rows: Sequence[ResultRow],
          now: datetime) -> list[str | None]:
    """Apply the rows in order: for each None when it was applied, else why it was refused.
    The caller has checked the permission and taken the turn to write."""
    batch = _Batch(session, rows)
    outcome: list[str | None] = []
    done: list[tuple[list[_Step], _Positive | None]] = []
    for row in rows:
        try:
            done.append(_apply_row(batch, actor, row, now))
        except (Refused, ServiceError) as exc:
            outcome.append(str(exc))
        else:
            outcome.append(None)
    _write(session, actor, batch, done, now)
    return outcome


def _write(session: Session, actor: Actor, batch: _Batch,
           done: list[tuple[list[_Step], _Positive | None]], now: datetime) -> None:
    if not done:
        return
    columns = [c.name for c in LabTest.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]
    new_rows = [{name: test[name] for name in columns} for test in batch.new]
    for test, test_id in zip(batch.new, bulk_rows.insert_returning_ids(session, LabTest, new_rows),
                             strict=True):
        test["id"] = test_id
    if batch.changed:
        table = LabTest.__table__  # type: ignore[attr-defined]
        session.execute(
            update(table).where(table.c.id == bindparam("test_id"))
            .values({name: bindparam(name) for name in columns}),
            [{"test_id": test_id} | {name: test[name] for name in columns}
             for test_id, test in batch.changed.items()])
        for test_id in batch.changed:  # rows the session may hold are stale now
            held = session.identity_map.get(identity_key(LabTest, test_id))
            if held is not None:
                session.expire(held)
    trail: list[dict[str, Any]] = []
    for steps, positive in done:
        for step in steps:
            test_id = step.test["id"]
            before = bulk_rows.snapshot(LabTest, step.before | {"id": test_id}) \
                if step.before is not None else None
            trail.append(bulk_rows.event(actor, step.action, "labtest", test_id, before=before,
                                         after=bulk_rows.snapshot(LabTest, step.after
                                                                  | {"id": test_id}),
                                         guest_id=step.guest_id, at=now))
        if positive is not None:
            bulk_rows.insert_events(session, trail)
            trail = []
            _raise_positive(session, actor, positive, now)
    bulk_rows.insert_events(session, trail)
    events.changed(session, events.Topic.TESTS)


def _raise_positive(session: Session, actor: Actor, positive: _Positive,
                    now: datetime) -> None:
    """What :func:`labtests.record_result` does after a new positive, through the services."""
    stay = session.get(Stay, positive.stay_id)
    test = session.get(LabTest, positive.test["id"])
    assert stay is not None and test is not None and test.sampled_at is not None
    alerts.raise_alert(session, actor, stay, AlertKind.POSITIVE,
                       alert_text.positive_summary(test), test_id=test.id,
                       found_at=positive.reported, now=now)
    labtests.restart_housemates(session, actor, stay, test.sampled_at.date(), now)
    session.flush()
