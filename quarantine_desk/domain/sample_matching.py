"""Which sample covers which required test day (补采, make-up samples; DESIGN.md §3 "Details").

Real sampling runs late: a day-2 swab is taken at 00:10 after midnight, a missed day-5 swab is
repeated on day 6. Each required day is covered by its own sample taken on that day or later,
and one sample covers one day: a sample taken on a required day covers that day; a late or
make-up sample covers, in time order, the earliest required day still uncovered. A day stays
uncovered only while no later sample is left to cover it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime


def match_samples(required: Iterable[date], taken: Sequence[datetime]) -> dict[date, int]:
    """Map each covered required day to the index (into ``taken``) of the sample covering it.

    A sample taken on a required day is that day's, on time. The samples left over are late or
    make-up samples: in time order, each covers the earliest day still uncovered on or before
    its date. Reserving the on-time ones first never loses a day (swap argument), and the
    greedy pass is a maximum matching because the days a sample may cover are nested. Among
    samples of one date, the earlier sample is given the earlier day (a 00:10 swab is the
    late one, the 09:00 swab that day's own).
    """
    days = set(required)
    order = sorted(range(len(taken)), key=lambda i: taken[i])
    covered: dict[date, int] = {}
    for index in order:
        on = taken[index].date()
        if on in days and on not in covered:
            covered[on] = index
    used = set(covered.values())
    open_days = sorted(days - covered.keys())
    for index in order:
        if index in used or not open_days:
            continue
        if open_days[0] <= taken[index].date():
            covered[open_days.pop(0)] = index
    return _earlier_sample_earlier_day(covered, taken)


def _earlier_sample_earlier_day(
    covered: dict[date, int], taken: Sequence[datetime]
) -> dict[date, int]:
    """Within each date, pair the covered days and that date's samples both in order."""
    by_date: dict[date, list[tuple[date, int]]] = defaultdict(list)
    for day, index in covered.items():
        by_date[taken[index].date()].append((day, index))
    result: dict[date, int] = {}
    for pairs in by_date.values():
        samples = sorted((index for _, index in pairs), key=lambda i: taken[i])
        for (day, _), index in zip(sorted(pairs), samples, strict=True):
            result[day] = index
    return result


def uncovered_days(required: Iterable[date], taken: Sequence[datetime]) -> list[date]:
    """The required days no sample covers, in date order."""
    days = sorted(set(required))
    covered = match_samples(days, taken)
    return [day for day in days if day not in covered]
