"""The five release criteria of DESIGN.md §3, evaluated on plain data.

Each criterion is reported separately with human reasons, so the desk can see what to chase.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from quarantine_desk.domain.enums import TestKind, TestResult
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
    kind: TestKind
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
    required: dict[date, str], tests: Iterable[TestFact], notes: list[str] | None = None
) -> list[str]:
    """Reasons the PCRs fail; days covered late by make-up samples go to ``notes``."""
    pcrs = sorted((t for t in tests if t.kind is TestKind.PCR), key=lambda t: t.sampled_at)
    antigens = [t for t in tests if t.kind is TestKind.ANTIGEN]
    covered = cover_required_days(required, pcrs)
    reasons: list[str] = []
    for on, label in sorted(required.items()):
        sample = covered.get(on)
        if sample is None:
            text = _tr("{label} PCR ({date}) not sampled")
        elif sample.result is TestResult.INVALID:
            text = _tr("{label} PCR ({date}) invalid: take a new sample")
        elif sample.result is TestResult.PENDING:
            text = _tr("{label} PCR ({date}) has no result")
        else:
            text = ""
        if text:
            reasons.append(text.format(label=label, date=on.isoformat()))
        late = sample is not None and sample.sampled_at.date() > on
        if late and sample.result is not TestResult.INVALID and notes is not None:
            notes.append(_tr("{label} PCR ({date}) sampled late, at {when}").format(
                label=label, date=on.isoformat(), when=_fmt_time(sample.sampled_at)))
    for t in pcrs:
        if t.result is TestResult.POSITIVE:
            reasons.append(
                _tr("PCR positive, sampled {when}").format(when=_fmt_time(t.sampled_at))
            )
    if pcrs and pcrs[-1].result is not TestResult.NEGATIVE:  # a later pending PCR counts too
        reasons.append(_tr("the latest PCR is not negative"))
    for a in antigens:
        if a.result is TestResult.POSITIVE and not any(
            t.sampled_at > a.sampled_at and t.result is TestResult.NEGATIVE for t in pcrs
        ):
            reasons.append(
                _tr("antigen positive at {when} without a later negative PCR").format(
                    when=_fmt_time(a.sampled_at)
                )
            )
    return reasons


def check_fever(readings: Iterable[ReadingFact], threshold: float, now: datetime) -> list[str]:
    window48 = now - timedelta(hours=48)
    window24 = now - timedelta(hours=24)
    recent = sorted((r for r in readings if window48 <= r.taken_at <= now),
                    key=lambda r: r.taken_at)
    reasons = [
        _tr("fever {celsius:.1f} °C at {when}").format(
            celsius=r.celsius, when=_fmt_time(r.taken_at)
        )
        for r in recent
        if r.celsius >= threshold
    ]
    if not any(r.taken_at >= window24 for r in recent):
        reasons.append(_tr("no temperature reading in the 24 hours before {when}").format(
            when=_fmt_time(now)))
    return reasons


def check_destination(dest: DestinationFact) -> list[str]:
    if dest.handed_to_authority:
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
                check_tests(facts.required_tests, facts.tests, result.notes))
    result._set("no_fever", check_fever(facts.readings, facts.fever_threshold, now))
    result._set("destination_verified", check_destination(facts.destination))
    result._set("no_open_alerts", check_alerts(facts.open_alerts))
    return result
