"""Dates that cannot be true of a guest: typing errors (1900, 2099) caught at the door.

A wrong year does not fail loudly later: an arrival in 1900 makes a stay released long ago, a
sample of 2099 is never "due". Each check raises :class:`Implausible` with the reason, worded
for the person who typed or imported the value; the services turn it into a refusal of that
one row or edit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from quarantine_desk.domain.text import translate

#: How far back an arrival or a last exposure may lie. No protocol kept anyone longer than 28
#: days (the 2021 "14 + 7 + 7": centralized, home isolation, home monitoring; the shipped
#: presets keep 7 + 3); twice that, rounded up, still takes a list entered late, while an
#: older date cannot belong to someone in quarantine now.
PAST_DAYS = 60
#: How far ahead the command centre announces an expected arrival.
EXPECTED_AHEAD_DAYS = 7
#: An arrival list gives the transfer's planned time and desk clocks drift: an actual arrival
#: up to this much ahead of the desk's clock is the people at the door now.
ARRIVAL_SLACK = timedelta(hours=1)
#: Clocks on different desks and a lab's system drift by a few minutes.
CLOCK_SLACK = timedelta(minutes=10)
#: The admission swab may be taken at the door before the check-in is typed.
SAMPLE_BEFORE_ARRIVAL = timedelta(days=1)
OLDEST_AGE_YEARS = 120


class Implausible(ValueError):
    """A date that cannot be true; the message says which and what to check."""


def _tr(text: str) -> str:
    return translate("plausibility", text)


def _minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def earliest_past(today: date) -> date:
    """The earliest arrival or last exposure taken as true on ``today``."""
    return today - timedelta(days=PAST_DAYS)


def check_arrival(arrival: datetime, now: datetime, *, expected: bool = False) -> None:
    """An actual arrival lies between :data:`PAST_DAYS` ago and now (with
    :data:`ARRIVAL_SLACK`); an expected one up to :data:`EXPECTED_AHEAD_DAYS` ahead."""
    if arrival.date() < earliest_past(now.date()):
        raise Implausible(
            _tr("arrival {date} is more than {days} days ago: check the year").format(
                date=arrival.date().isoformat(), days=PAST_DAYS)
        )
    if expected:
        if arrival.date() > now.date() + timedelta(days=EXPECTED_AHEAD_DAYS):
            raise Implausible(
                _tr("expected arrival {date} is more than {days} days ahead: check the date")
                .format(date=arrival.date().isoformat(), days=EXPECTED_AHEAD_DAYS)
            )
    elif arrival > now + ARRIVAL_SLACK:
        raise Implausible(
            _tr("arrival {time} is in the future: check the date, or register the person as "
                "expected").format(time=_minute(arrival))
        )


def check_exposure(exposure: date, today: date) -> None:
    """A last exposure lies between :data:`PAST_DAYS` ago and today."""
    if exposure > today:
        raise Implausible(
            _tr("last exposure {date} is in the future: check the date").format(
                date=exposure.isoformat())
        )
    if exposure < earliest_past(today):
        raise Implausible(
            _tr("last exposure {date} is more than {days} days ago: check the year").format(
                date=exposure.isoformat(), days=PAST_DAYS)
        )


def earliest_birth(today: date) -> date:
    """The earliest birth date taken as true on ``today`` (:data:`OLDEST_AGE_YEARS`)."""
    try:
        return today.replace(year=today.year - OLDEST_AGE_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - OLDEST_AGE_YEARS, day=28)


def check_birth(birth: date, today: date) -> None:
    """A birth date lies between :data:`OLDEST_AGE_YEARS` years ago and today."""
    if birth > today:
        raise Implausible(
            _tr("birth date {date} is not possible: it is in the future").format(
                date=birth.isoformat())
        )
    if birth < earliest_birth(today):
        raise Implausible(
            _tr("birth date {date} is not possible: more than {years} years ago, check the "
                "year").format(
                date=birth.isoformat(), years=OLDEST_AGE_YEARS)
        )


def check_sampled(sampled: datetime, now: datetime, arrival: datetime | None,
                  exit_at: datetime | None = None) -> None:
    """A sample is taken during the stay: not before the arrival (less
    :data:`SAMPLE_BEFORE_ARRIVAL`), not after the exit, not in the future."""
    if sampled > now + CLOCK_SLACK:
        raise Implausible(
            _tr("the sampling time {time} is in the future: check the date").format(
                time=_minute(sampled))
        )
    if arrival is not None and sampled < arrival - SAMPLE_BEFORE_ARRIVAL:
        raise Implausible(
            _tr("the sampling time {time} is before the arrival on {arrival}: check the date")
            .format(time=_minute(sampled), arrival=_minute(arrival))
        )
    if exit_at is not None and sampled > exit_at:
        raise Implausible(
            _tr("the sampling time {time} is after the stay ended on {exit}: check the date")
            .format(time=_minute(sampled), exit=_minute(exit_at))
        )


def check_reported(reported: datetime, now: datetime) -> None:
    """A result is not reported in the future."""
    if reported > now + CLOCK_SLACK:
        raise Implausible(
            _tr("the report time {time} is in the future: check the date").format(
                time=_minute(reported))
        )
