"""The five release criteria of DESIGN.md §3 (domain/criteria.py), with their reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.criteria import (
    CRITERIA_KEYS,
    DestinationFact,
    Evaluation,
    ReadingFact,
    StayFacts,
    TestFact,
    evaluate,
)
from quarantine_desk.domain.enums import Category, TestKind, TestResult
from quarantine_desk.domain.policy import NINTH_EDITION, planned_release, required_test_dates

PCR, ANTIGEN = TestKind.PCR, TestKind.ANTIGEN
NEG, POS, PENDING, INVALID = (TestResult.NEGATIVE, TestResult.POSITIVE, TestResult.PENDING,
                              TestResult.INVALID)
BASIS = date(2022, 4, 1)
RULE = NINTH_EDITION.rule(Category.CLOSE_CONTACT)
RELEASE = planned_release(BASIS, RULE)  # 2022-04-08
NOW = datetime(2022, 4, 8, 10, 0)
SUITABLE = DestinationFact(recorded=True, suitable=True)


def at(day: int, hour: int = 7, minute: int = 0) -> datetime:
    return datetime(2022, 4, day, hour, minute)


def pcr(day: int, result: TestResult = NEG, hour: int = 7) -> TestFact:
    return TestFact(PCR, at(day, hour), result)


def antigen(day: int, result: TestResult, hour: int = 20) -> TestFact:
    return TestFact(ANTIGEN, at(day, hour), result)


def readings(*fevers: ReadingFact) -> tuple[ReadingFact, ...]:
    """Normal readings morning and afternoon from arrival to the morning of release."""
    normal = [ReadingFact(at(day, hour), 36.5) for day in range(1, 9) for hour in (8, 15)
              if at(day, hour) <= NOW]
    return tuple(normal) + fevers


def eligible_facts() -> StayFacts:
    """Arrived on the exposure day: admission + day 1, 2, 3, 5, 7 PCRs, all negative."""
    required = required_test_dates(BASIS, BASIS, RULE)
    return StayFacts(
        planned_release=RELEASE,
        required_tests=required,
        tests=tuple(TestFact(PCR, datetime.combine(on, at(1).time()), NEG) for on in required),
        readings=readings(),
        destination=SUITABLE,
        open_alerts=(),
        fever_threshold=NINTH_EDITION.fever_threshold,
    )


def with_tests(*tests: TestFact, drop: tuple[int, ...] = ()) -> StayFacts:
    """The eligible stay with the PCRs of the days in ``drop`` removed and ``tests`` added."""
    facts = eligible_facts()
    kept = tuple(t for t in facts.tests if t.sampled_at.day not in drop)
    return replace(facts, tests=kept + tests)


def failing(facts: StayFacts, key: str, on: date = RELEASE, now: datetime = NOW) -> list[str]:
    """Evaluate, check that only ``key`` fails, and return its reasons."""
    result = evaluate(facts, on, now)
    assert not result.eligible
    assert [k for k, ok in result.criteria.items() if not ok] == [key]
    assert result.reasons == result.reasons_by_key[key]
    return result.reasons


def passing(facts: StayFacts, on: date = RELEASE, now: datetime = NOW) -> Evaluation:
    result = evaluate(facts, on, now)
    assert result.eligible, result.reasons
    assert result.reasons == []
    return result


def test_a_complete_stay_is_eligible_and_reports_every_criterion() -> None:
    result = evaluate(eligible_facts(), RELEASE, NOW)
    assert result.eligible
    assert list(result.criteria) == list(CRITERIA_KEYS)
    assert all(result.criteria.values())
    assert result.reasons_by_key == {key: [] for key in CRITERIA_KEYS}


# --- period_complete ------------------------------------------------------------------------------


def test_period_not_over() -> None:
    reasons = failing(eligible_facts(), "period_complete", on=date(2022, 4, 6))
    assert reasons == ["quarantine period not over: release date 2022-04-08 (2 more day(s))"]


@pytest.mark.parametrize("on", [RELEASE, RELEASE + timedelta(days=3)])
def test_period_complete_on_or_after_release(on: date) -> None:
    passing(eligible_facts(), on=on)


# --- tests_complete_negative ----------------------------------------------------------------------


def test_missing_day_five_result() -> None:
    reasons = failing(with_tests(drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) not sampled"]


def test_missing_admission_test() -> None:
    reasons = failing(with_tests(drop=(1,)), "tests_complete_negative")
    assert reasons == ["admission PCR (2022-04-01) not sampled"]


def test_pending_result() -> None:
    reasons = failing(with_tests(pcr(6, PENDING), drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) has no result"]


def test_invalid_result() -> None:
    reasons = failing(with_tests(pcr(6, INVALID), drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) invalid: take a new sample"]


def test_invalid_result_resampled_the_same_day_passes() -> None:
    passing(with_tests(pcr(6, INVALID), pcr(6, NEG, hour=11), drop=(6,)))


def test_positive_result() -> None:
    reasons = failing(with_tests(pcr(4, POS), drop=(4,)), "tests_complete_negative")
    assert reasons == ["PCR positive, sampled 2022-04-04 07:00"]


def test_positive_latest_pcr() -> None:
    reasons = failing(with_tests(pcr(8, POS), drop=(8,)), "tests_complete_negative")
    assert reasons == ["PCR positive, sampled 2022-04-08 07:00", "the latest PCR is not negative"]


def test_latest_pcr_still_pending_blocks_release() -> None:
    """An extra PCR taken after the scheduled ones must come back negative first."""
    reasons = failing(with_tests(pcr(8, PENDING, hour=9)), "tests_complete_negative")
    assert reasons == ["the latest PCR is not negative"]


def test_latest_pcr_negative_after_an_extra_one() -> None:
    passing(with_tests(pcr(7, NEG, hour=9)))


def test_antigen_positive_without_a_later_negative_pcr() -> None:
    reasons = failing(with_tests(antigen(8, POS, hour=8)), "tests_complete_negative")
    assert reasons == ["antigen positive at 2022-04-08 08:00 without a later negative PCR"]


def test_antigen_positive_with_a_later_negative_pcr() -> None:
    passing(with_tests(antigen(7, POS, hour=20)))  # the day-7 PCR on 04-08 07:00 is later


def test_antigen_positive_with_only_a_later_pending_pcr() -> None:
    facts = with_tests(antigen(8, POS, hour=8), pcr(8, PENDING, hour=9))
    reasons = failing(facts, "tests_complete_negative")
    assert "antigen positive at 2022-04-08 08:00 without a later negative PCR" in reasons


def test_negative_antigen_changes_nothing() -> None:
    passing(with_tests(antigen(8, NEG, hour=9)))


def test_several_missing_tests_are_each_reported() -> None:
    reasons = failing(with_tests(drop=(3, 6)), "tests_complete_negative")
    assert reasons == ["day-2 PCR (2022-04-03) not sampled", "day-5 PCR (2022-04-06) not sampled"]


def test_day_two_swab_taken_after_midnight_counts_late() -> None:
    """The day-2 swab (04-03) taken at 00:10 on 04-04, then the day-3 swab that morning."""
    result = passing(with_tests(TestFact(PCR, at(4, 0, 10), NEG), drop=(3,)))
    assert result.notes == ["day-2 PCR (2022-04-03) sampled late, at 2022-04-04 00:10"]


def test_missed_day_five_repeated_the_next_morning_counts() -> None:
    result = passing(with_tests(pcr(7, NEG, hour=8), drop=(6,)))
    assert result.notes == ["day-5 PCR (2022-04-06) sampled late, at 2022-04-07 08:00"]


def test_a_day_never_covered_stays_not_sampled() -> None:
    """Day 5 missed and nothing taken after it but the day-7 swab, which is day 7's own."""
    reasons = failing(with_tests(drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) not sampled"]
    assert evaluate(with_tests(drop=(6,)), RELEASE, NOW).notes == []


def test_two_late_samples_cover_two_missed_days_in_order() -> None:
    facts = with_tests(pcr(5, NEG, hour=9), pcr(5, NEG, hour=15), drop=(3, 4))
    result = passing(facts)
    assert result.notes == ["day-2 PCR (2022-04-03) sampled late, at 2022-04-05 09:00",
                            "day-3 PCR (2022-04-04) sampled late, at 2022-04-05 15:00"]


def test_one_late_sample_does_not_cover_two_missed_days() -> None:
    reasons = failing(with_tests(pcr(5, NEG, hour=9), drop=(3, 4)), "tests_complete_negative")
    assert reasons == ["day-3 PCR (2022-04-04) not sampled"]


def test_a_make_up_still_waiting_for_its_result() -> None:
    reasons = failing(with_tests(pcr(7, PENDING, hour=8), drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) has no result"]


def test_a_sample_before_its_day_does_not_cover_it() -> None:
    """An extra swab on 04-05 cannot stand in for the day-5 swab due on 04-06."""
    reasons = failing(with_tests(pcr(5, NEG, hour=15), drop=(6,)), "tests_complete_negative")
    assert reasons == ["day-5 PCR (2022-04-06) not sampled"]


def test_a_pending_swab_does_not_hide_a_negative_one_the_same_day() -> None:
    passing(with_tests(pcr(8, PENDING, hour=6), drop=()))


# --- no_fever -------------------------------------------------------------------------------------


def test_fever_exactly_at_threshold_within_48_hours() -> None:
    facts = replace(eligible_facts(), readings=readings(ReadingFact(at(7, 18), 37.3)))
    assert failing(facts, "no_fever") == ["fever 37.3 °C at 2022-04-07 18:00"]


def test_just_below_threshold_is_no_fever() -> None:
    passing(replace(eligible_facts(), readings=readings(ReadingFact(at(7, 18), 37.2))))


def test_fever_49_hours_before_is_fine() -> None:
    passing(replace(eligible_facts(), readings=readings(ReadingFact(NOW - timedelta(hours=49),
                                                                    38.5))))


def test_fever_exactly_48_hours_before_counts() -> None:
    fever = ReadingFact(NOW - timedelta(hours=48), 38.5)
    assert failing(replace(eligible_facts(), readings=readings(fever)), "no_fever") == [
        "fever 38.5 °C at 2022-04-06 10:00"
    ]


def test_reading_after_the_evaluation_moment_is_not_counted() -> None:
    later = ReadingFact(NOW + timedelta(hours=1), 38.5)
    passing(replace(eligible_facts(), readings=readings(later)))


def test_edited_threshold_applies() -> None:
    facts = replace(eligible_facts(), readings=readings(ReadingFact(at(7, 18), 37.6)),
                    fever_threshold=38.0)
    passing(facts)


def test_no_reading_in_the_last_24_hours() -> None:
    old = tuple(r for r in readings() if r.taken_at < NOW - timedelta(hours=24))
    reasons = failing(replace(eligible_facts(), readings=old), "no_fever")
    assert reasons == ["no temperature reading in the 24 hours before 2022-04-08 10:00"]


def test_no_readings_at_all() -> None:
    reasons = failing(replace(eligible_facts(), readings=()), "no_fever")
    assert reasons == ["no temperature reading in the 24 hours before 2022-04-08 10:00"]


def test_two_fevers_are_both_reported() -> None:
    facts = replace(eligible_facts(), readings=readings(ReadingFact(at(7, 8), 37.8),
                                                        ReadingFact(at(6, 20), 38.1)))
    assert failing(facts, "no_fever") == ["fever 38.1 °C at 2022-04-06 20:00",
                                          "fever 37.8 °C at 2022-04-07 08:00"]


# --- destination_verified -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("destination", "reason"),
    [
        (DestinationFact(recorded=False, suitable=None), "no destination recorded"),
        (DestinationFact(recorded=True, suitable=None), "community has not confirmed the home"),
        (DestinationFact(recorded=True, suitable=False), "community found the home unsuitable"),
    ],
)
def test_destination_not_verified(destination: DestinationFact, reason: str) -> None:
    facts = replace(eligible_facts(), destination=destination)
    assert failing(facts, "destination_verified") == [reason]


@pytest.mark.parametrize("suitable", [None, False, True])
def test_handed_to_another_authority(suitable: bool | None) -> None:
    destination = DestinationFact(recorded=False, suitable=suitable, handed_to_authority=True)
    passing(replace(eligible_facts(), destination=destination))


# --- no_open_alerts -------------------------------------------------------------------------------


def test_open_alerts() -> None:
    facts = replace(eligible_facts(), open_alerts=("fever", "positive"))
    assert failing(facts, "no_open_alerts") == ["2 open alert(s): fever, positive"]


def test_failures_are_reported_together_in_criteria_order() -> None:
    facts = replace(with_tests(drop=(6,)), open_alerts=("fever",),
                    destination=DestinationFact(recorded=False, suitable=None))
    result = evaluate(facts, date(2022, 4, 7), NOW)
    assert result.criteria == {
        "period_complete": False,
        "tests_complete_negative": False,
        "no_fever": True,
        "destination_verified": False,
        "no_open_alerts": False,
    }
    assert result.reasons == [
        "quarantine period not over: release date 2022-04-08 (1 more day(s))",
        "day-5 PCR (2022-04-06) not sampled",
        "no destination recorded",
        "1 open alert(s): fever",
    ]


# --- properties -----------------------------------------------------------------------------------

THRESHOLD = 37.3
moments = st.datetimes(min_value=datetime(2022, 3, 28), max_value=datetime(2022, 4, 12)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
celsius = st.integers(min_value=350, max_value=400).map(lambda n: n / 10)
results = st.sampled_from(TestResult)
test_facts = st.builds(TestFact, kind=st.sampled_from(TestKind), sampled_at=moments,
                       result=results)
reading_facts = st.builds(ReadingFact, taken_at=moments, celsius=celsius)
destinations = st.builds(DestinationFact, recorded=st.booleans(),
                         suitable=st.none() | st.booleans(), handed_to_authority=st.booleans())


@st.composite
def stays(draw: st.DrawFn) -> StayFacts:
    basis = draw(st.dates(min_value=date(2022, 3, 28), max_value=date(2022, 4, 5)))
    arrival = basis + timedelta(days=draw(st.integers(min_value=0, max_value=3)))
    rule = draw(st.sampled_from(list(NINTH_EDITION.rules.values())))
    required = required_test_dates(basis, arrival, rule)
    # Mostly negative PCRs on the required days, so that eligible stays are generated too.
    scheduled = [
        TestFact(PCR, datetime.combine(on, at(1, draw(st.integers(6, 9))).time()),
                 draw(st.sampled_from([NEG] * 6 + list(TestResult))))
        for on in required if draw(st.integers(0, 9)) > 0
    ]
    extra = draw(st.lists(test_facts, max_size=3))
    tests = draw(st.permutations(scheduled + extra))
    unique = {t.sampled_at: t for t in tests}  # "latest" must be unambiguous
    return StayFacts(
        planned_release=planned_release(basis, rule),
        required_tests=required,
        tests=tuple(unique.values()),
        readings=tuple(draw(st.lists(reading_facts, max_size=8))),
        destination=draw(destinations),
        open_alerts=tuple(draw(st.lists(st.sampled_from(["fever", "positive"]), max_size=2))),
        fever_threshold=THRESHOLD,
    )


def oracle(facts: StayFacts, on: date, now: datetime) -> dict[str, bool]:
    """DESIGN.md §3 written out plainly, to compare the implementation with."""
    pcrs = sorted((t for t in facts.tests if t.kind is PCR), key=lambda t: t.sampled_at)
    with_result = [t.sampled_at.date() for t in pcrs if t.result in (NEG, POS)]
    # Every required day has its own sample with a result taken that day or later (Hall's
    # condition, as the days a sample may cover are those on or before it): for each day,
    # at least as many such samples on or after it as required days on or after it.
    tests_ok = (
        all(sum(taken >= day for taken in with_result)
            >= sum(other >= day for other in facts.required_tests)
            for day in facts.required_tests)
        and not any(t.result is POS for t in pcrs)
        and (not pcrs or pcrs[-1].result is NEG)
        and all(any(p.sampled_at > a.sampled_at and p.result is NEG for p in pcrs)
                for a in facts.tests if a.kind is ANTIGEN and a.result is POS)
    )
    window = [r for r in facts.readings if now - timedelta(hours=48) <= r.taken_at <= now]
    dest = facts.destination
    return {
        "period_complete": facts.planned_release <= on,
        "tests_complete_negative": tests_ok,
        "no_fever": all(r.celsius < facts.fever_threshold for r in window)
        and any(r.taken_at >= now - timedelta(hours=24) for r in window),
        "destination_verified": dest.handed_to_authority
        or (dest.recorded and dest.suitable is True),
        "no_open_alerts": not facts.open_alerts,
    }


@given(facts=stays(), on=st.dates(min_value=date(2022, 3, 28), max_value=date(2022, 4, 15)),
       now=moments)
def test_criteria_agree_with_the_rules_as_written(facts: StayFacts, on: date,
                                                  now: datetime) -> None:
    result = evaluate(facts, on, now)
    assert result.criteria == oracle(facts, on, now)
    assert result.eligible == all(result.criteria.values())
    for key in CRITERIA_KEYS:
        assert result.criteria[key] == (result.reasons_by_key[key] == [])
    assert result.reasons == [r for k in CRITERIA_KEYS for r in result.reasons_by_key[k]]


@given(facts=stays(), now=moments, before=st.integers(min_value=0, max_value=48 * 60),
       temperature=st.integers(min_value=373, max_value=420).map(lambda n: n / 10))
def test_a_fever_within_48_hours_never_makes_a_stay_eligible(
    facts: StayFacts, now: datetime, before: int, temperature: float
) -> None:
    fever = ReadingFact(now - timedelta(minutes=before), temperature)
    result = evaluate(replace(facts, readings=facts.readings + (fever,)), now.date(), now)
    assert not result.eligible
    assert not result.criteria["no_fever"]


@given(facts=stays(), now=moments, taken=moments)
def test_a_positive_pcr_never_makes_a_stay_eligible(facts: StayFacts, now: datetime,
                                                    taken: datetime) -> None:
    positive = TestFact(PCR, taken, POS)
    result = evaluate(replace(facts, tests=facts.tests + (positive,)), now.date(), now)
    assert not result.criteria["tests_complete_negative"]


@given(facts=stays(), now=moments, later=st.integers(min_value=0, max_value=30))
def test_waiting_longer_never_undoes_period_complete(facts: StayFacts, now: datetime,
                                                     later: int) -> None:
    first = evaluate(facts, now.date(), now).criteria["period_complete"]
    again = evaluate(facts, now.date() + timedelta(days=later), now).criteria["period_complete"]
    assert again or not first
