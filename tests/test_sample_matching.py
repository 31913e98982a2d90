"""Make-up samples (补采): which sample covers which required PCR day (DESIGN.md §3 "Details")."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.sample_matching import match_samples, uncovered_days

START = date(2022, 4, 1)
days = st.lists(st.integers(0, 9).map(lambda k: START + timedelta(days=k)), max_size=7,
                unique=True)
moments = st.lists(
    st.integers(0, 10 * 24 * 60 - 1).map(
        lambda minutes: datetime.combine(START, datetime.min.time()) + timedelta(minutes=minutes)),
    max_size=8, unique=True)


def _maximum_matching(required: list[date], taken: list[datetime]) -> int:
    """Kuhn's augmenting paths, written independently of the module under test."""
    owner: dict[date, int] = {}

    def place(index: int, seen: set[date]) -> bool:
        for day in required:
            if day <= taken[index].date() and day not in seen:
                seen.add(day)
                if day not in owner or place(owner[day], seen):
                    owner[day] = index
                    return True
        return False

    return sum(place(index, set()) for index in range(len(taken)))


def test_a_swab_after_midnight_covers_the_day_before() -> None:
    required = [date(2022, 4, 3), date(2022, 4, 4)]
    taken = [datetime(2022, 4, 4, 9, 0), datetime(2022, 4, 4, 0, 10)]
    assert match_samples(required, taken) == {date(2022, 4, 3): 1, date(2022, 4, 4): 0}


def test_a_missed_day_repeated_the_next_day() -> None:
    required = [date(2022, 4, 6), date(2022, 4, 8)]
    assert uncovered_days(required, [datetime(2022, 4, 7, 8), datetime(2022, 4, 8, 7)]) == []


def test_an_on_time_swab_stays_with_its_own_day() -> None:
    """Day 5 missed: the day-7 swab is day 7's, so day 5 is the one reported missing."""
    required = [date(2022, 4, 6), date(2022, 4, 8)]
    assert uncovered_days(required, [datetime(2022, 4, 8, 7)]) == [date(2022, 4, 6)]


def test_a_sample_never_covers_a_later_day() -> None:
    assert uncovered_days([date(2022, 4, 6)], [datetime(2022, 4, 5, 23, 59)]) == [
        date(2022, 4, 6)]


@given(required=days, taken=moments)
def test_one_sample_covers_one_day_on_or_after_it(required: list[date],
                                                  taken: list[datetime]) -> None:
    covered = match_samples(required, taken)
    assert len(set(covered.values())) == len(covered)
    assert set(covered) <= set(required)
    assert all(taken[index].date() >= day for day, index in covered.items())


@given(required=days, taken=moments)
def test_as_many_days_covered_as_any_matching_could(required: list[date],
                                                    taken: list[datetime]) -> None:
    assert len(match_samples(required, taken)) == _maximum_matching(required, taken)


@given(required=days, taken=moments)
def test_a_day_stays_open_only_while_no_later_sample_is_left(required: list[date],
                                                             taken: list[datetime]) -> None:
    covered = match_samples(required, taken)
    spare = [t for index, t in enumerate(taken) if index not in covered.values()]
    for day in uncovered_days(required, taken):
        assert not any(t.date() >= day for t in spare)


@given(required=days, taken=moments)
def test_a_required_day_with_its_own_swab_is_covered_on_time(required: list[date],
                                                             taken: list[datetime]) -> None:
    covered = match_samples(required, taken)
    for day in required:
        if any(t.date() == day for t in taken):
            assert taken[covered[day]].date() == day
