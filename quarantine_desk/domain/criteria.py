"""The five release criteria of DESIGN.md §3, evaluated on plain data.

Each criterion is reported separately with human reasons, so the desk can see what to chase.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from quarantine_desk.domain.enums import TestResult
from quarantine_desk.domain.policy import COVID_TEST_KINDS, Named
from quarantine_desk.domain.sample_matching import match_samples
from quarantine_desk.domain.text import translate

CRITERIA_KEYS = (
    "period_complete",
    "tests_complete_negative",
    "no_fever",
    "destination_verified",
    "no_open_alerts",
)


@dataclass(frozen=True)
class TestFact:
    __test__ = False
    kind: str  # a test kind code of the policy (pcr, antigen, …)
    sampled_at: datetime
    result: TestResult


@dataclass(frozen=True)
class ReadingFact:
    taken_at: datetime
    celsius: float


@dataclass(frozen=True)
class DestinationFact:
    recorded: bool
    suitable: bool | None  # None: the community has not answered yet
    handed_to_authority: bool = False


@dataclass(frozen=True)
class StayFacts:
    """Everything the criteria need to know about one stay."""

    planned_release: date
    required_tests: dict[date, str]
    tests: tuple[TestFact, ...]
    readings: tuple[ReadingFact, ...]
    destination: DestinationFact
    open_alerts: tuple[str, ...]  # kinds of the alerts still open or escalated
    fever_threshold: float
    #: The policy's parameters (DESIGN.md §12); the defaults are COVID-19's of §3.
    test_kind: str = "pcr"  # the kind of the required tests
    final_test: str | None = "pcr"  # the kind whose latest result must be negative
    test_kinds: tuple[Named, ...] = COVID_TEST_KINDS  # their names, for the reasons
    fever_free_hours: int = 48
    reading_within_hours: int = 24
    destination_check: bool = True


@dataclass
class Evaluation:
    criteria: dict[str, bool] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    reasons_by_key: dict[str, list[str]] = field(default_factory=dict)
    #: Information that fails nothing, such as required days covered by a make-up sample.
    notes: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return all(self.criteria.values())

    def _set(self, key: str, reasons: list[str]) -> None:
        self.criteria[key] = not reasons
        self.reasons_by_key[key] = reasons
        self.reasons.extend(reasons)


def _tr(text: str) -> str:
    return translate("criteria", text)


def _fmt_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def check_period(planned: date, on: date) -> list[str]:
    if planned <= on:
        return []
    days = (planned - on).days
    return [
        _tr("quarantine period not over: release date {release} ({days} more day(s))").format(
            release=planned.isoformat(), days=days
        )
    ]


def cover_required_days(
    required: Iterable[date], pcrs: Iterable[TestFact]
) -> dict[date, TestFact]:
    """The PCR that covers each required day, by :mod:`sample_matching`, in three passes.

    Samples with a result (negative or positive) cover first, then pending ones, then invalid
    ones: a day is "no result" only when no sample with a result is left for it, and
    "invalid" only when nothing better is left.
    """
    left = sorted(set(required))
    found: dict[date, TestFact] = {}
    for results in _COVER_ORDER:
        samples = [t for t in pcrs if t.result in results]
        matched = match_samples(left, [t.sampled_at for t in samples])
        found.update({day: samples[index] for day, index in matched.items()})
        left = [day for day in left if day not in matched]
    return found


_COVER_ORDER = (
    {TestResult.NEGATIVE, TestResult.POSITIVE},
    {TestResult.PENDING},
    {TestResult.INVALID},
)


def check_tests(
    required: dict[date, str], tests: Iterable[TestFact], notes: list[str] | None = None, *,
    kind: str = "pcr", final: str | None = "pcr", kinds: tuple[Named, ...] = COVID_TEST_KINDS,
) -> list[str]:
    """Reasons the tests fail; days covered late by make-up samples go to ``notes``.

    ``required`` are days of tests of ``kind``; the latest test of ``final`` must be
    negative; a positive of another kind needs a later negative ``final`` test (or fails
    outright when the policy has no final test).
    """
    def name(code: str | None) -> str:
        return next((k.label() for k in kinds if k.code == code), code or "")

    tests = sorted(tests, key=lambda t: t.sampled_at)
    scheduled = [t for t in tests if t.kind == kind]
    finals = [t for t in tests if t.kind == final]
    covered = cover_required_days(required, scheduled)
    reasons: list[str] = []
    for on, label in sorted(required.items()):
        sample = covered.get(on)
        if sample is None:
            text = _tr("{label} {kind} ({date}) not sampled")
        elif sample.result is TestResult.INVALID:
            text = _tr("{label} {kind} ({date}) invalid: take a new sample")
        elif sample.result is TestResult.PENDING:
            text = _tr("{label} {kind} ({date}) has no result")
        else:
            text = ""
        if text:
            reasons.append(text.format(label=label, kind=name(kind), date=on.isoformat()))
        late = sample is not None and sample.sampled_at.date() > on
        if late and sample.result is not TestResult.INVALID and notes is not None:
            notes.append(_tr("{label} {kind} ({date}) sampled late, at {when}").format(
                label=label, kind=name(kind), date=on.isoformat(),
                when=_fmt_time(sample.sampled_at)))
    for t in tests:
        if t.result is not TestResult.POSITIVE:
            continue
        if t.kind in (kind, final) or final is None:
            reasons.append(_tr("{kind} positive, sampled {when}").format(
                kind=name(t.kind), when=_fmt_time(t.sampled_at)))
        elif not any(f.sampled_at > t.sampled_at and f.result is TestResult.NEGATIVE
                     for f in finals):
            reasons.append(_tr("{kind} positive at {when} without a later negative {final}")
                           .format(kind=name(t.kind), when=_fmt_time(t.sampled_at),
                                   final=name(final)))
    if finals and finals[-1].result is not TestResult.NEGATIVE:  # a later pending one counts
        reasons.append(_tr("the latest {kind} is not negative").format(kind=name(final)))
    return reasons


def check_fever(readings: Iterable[ReadingFact], threshold: float, now: datetime, *,
                fever_free_hours: int = 48, reading_within_hours: int = 24) -> list[str]:
    """No reading at or above ``threshold`` in the ``fever_free_hours`` before ``now``, and
    at least one reading in the ``reading_within_hours`` before it."""
    fever_since = now - timedelta(hours=fever_free_hours)
    reading_since = now - timedelta(hours=reading_within_hours)
    readings = sorted((r for r in readings if r.taken_at <= now), key=lambda r: r.taken_at)
    reasons = [
        _tr("fever {celsius:.1f} °C at {when}").format(
            celsius=r.celsius, when=_fmt_time(r.taken_at)
        )
        for r in readings
        if r.taken_at >= fever_since and r.celsius >= threshold
    ]
    if not any(r.taken_at >= reading_since for r in readings):
        reasons.append(_tr("no temperature reading in the {hours} hours before {when}").format(
            hours=reading_within_hours, when=_fmt_time(now)))
    return reasons


def check_destination(dest: DestinationFact, required: bool = True) -> list[str]:
    if dest.handed_to_authority or not required:
        return []
    if not dest.recorded:
        return [_tr("no destination recorded")]
    if dest.suitable is None:
        return [_tr("community has not confirmed the home")]
    if not dest.suitable:
        return [_tr("community found the home unsuitable")]
    return []


def check_alerts(open_alerts: Iterable[str]) -> list[str]:
    kinds = list(open_alerts)
    if not kinds:
        return []
    return [_tr("{n} open alert(s): {kinds}").format(n=len(kinds), kinds=", ".join(kinds))]


def evaluate(facts: StayFacts, on: date, now: datetime) -> Evaluation:
    """Evaluate a stay for release on date ``on`` as of the moment ``now``."""
    result = Evaluation()
    result._set("period_complete", check_period(facts.planned_release, on))
    result._set("tests_complete_negative",
                check_tests(facts.required_tests, facts.tests, result.notes,
                            kind=facts.test_kind, final=facts.final_test,
                            kinds=facts.test_kinds))
    result._set("no_fever", check_fever(facts.readings, facts.fever_threshold, now,
                                        fever_free_hours=facts.fever_free_hours,
                                        reading_within_hours=facts.reading_within_hours))
    result._set("destination_verified",
                check_destination(facts.destination, facts.destination_check))
    result._set("no_open_alerts", check_alerts(facts.open_alerts))
    return result
