"""The demo's cast: who comes, when, and what has become of each stay by ``as_of``.

The plans are drawn before anything is played, so the site shows every stage at once:
people on each day of their period, some due or overdue today, released ones, expected and
cancelled arrivals, a positive with a housemate whose period starts again, fevers open,
escalated and resolved, and destination checks in every state.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from quarantine_desk.demo.names import People, Person
from quarantine_desk.domain.enums import Category, Sex
from quarantine_desk.domain.identity import age_on
from quarantine_desk.domain.policy import CategoryRule, Policy, required_test_dates

CATEGORY_WEIGHTS = {
    Category.CLOSE_CONTACT: 45, Category.SECONDARY_CLOSE_CONTACT: 20,
    Category.INBOUND_TRAVELLER: 15, Category.HIGH_RISK_AREA: 15, Category.OTHER: 5,
}
AUTHORITY_ADDRESS = "安徽省合肥市蜀山区笔架山街道翡翠湖社区"


class Fate(StrEnum):
    """What has become of a stay by ``as_of``."""

    EXPECTED = "expected"
    CANCELLED = "cancelled"
    QUARANTINE = "quarantine"
    RELEASED = "released"
    TRANSFERRED = "transferred"


class Destination(StrEnum):
    """The state of a stay's destination check by ``as_of``."""

    UNDECIDED = ""  # until the plans are complete
    NONE = "none"
    SUITABLE = "suitable"
    UNCONFIRMED = "unconfirmed"
    UNSUITABLE = "unsuitable"
    AUTHORITY = "authority"  # handed to the authorities of another province


class Fever(StrEnum):
    NONE = ""
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


@dataclass
class Plan:
    """One stay to be: who, when they arrive, and what has become of them by ``as_of``."""

    person: Person
    category: Category
    fate: Fate
    basis: date
    arrival_day: date
    exposure: date | None = None
    arrival_at: datetime | None = None
    household: str = ""
    batch: str = ""
    exit_at: datetime | None = None
    destination: Destination = Destination.UNDECIDED
    pending_today: bool = False
    fever: Fever = Fever.NONE
    fever_at: datetime | None = None
    positive_at: datetime | None = None  # sampling time of the positive PCR
    restart_on: date | None = None  # a housemate of the positive: exposure starts again
    stay_id: int = 0

    def end(self, as_of: datetime) -> datetime:
        """When the stay ends, or ``as_of`` while it goes on."""
        return self.exit_at if self.exit_at is not None else as_of


def period_days(policy: Policy, category: Category) -> int:
    return policy.rule(category).centralized_days


def release_day(policy: Policy, plan: Plan) -> date:
    """The day the plan's period ends (before any restart)."""
    return plan.basis + timedelta(days=period_days(policy, plan.category))


def _spread(total: int, days: int) -> list[int]:
    """``total`` people over ``days`` days, as evenly as possible, earliest days first."""
    return [total // days + (1 if k < total % days else 0) for k in range(days)]


class Planner:
    """Draws the plans of ``guests`` stays under ``policy``, as of ``today``."""

    def __init__(self, rng: random.Random, today: date, policy: Policy,
                 people: People) -> None:
        self.rng = rng
        self.today = today
        self.policy = policy
        self.people = people
        self._households = 0

    def plans(self, guests: int) -> list[Plan]:
        today = self.today
        expected = max(2, guests // 20)
        arriving = max(2, guests // 20)
        rest = guests - expected - arriving - 1 - 1 - 2  # cancelled, overdue, positive couple
        released = rest * 3 // 10
        due = max(4, rest // 8)
        staying = rest - released - due

        longest = max(self._days(c) for c in CATEGORY_WEIGHTS if self.policy.rule(c).managed)
        plans: list[Plan] = []
        # in quarantine on day 1 .. N-1 of the longest period N (day N is due today)
        for day, count in enumerate(_spread(staying, max(1, longest - 1)), start=1):
            plans += self._stage(Fate.QUARANTINE, lambda c, d=day: today - timedelta(days=d),
                                 count, fits=lambda rule, d=day: rule.centralized_days > d)
        due_plans = self._stage(Fate.QUARANTINE, lambda c: today - timedelta(days=self._days(c)),
                                due, households=False)
        due_plans[0].destination = Destination.NONE
        due_plans[1].pending_today = True
        for plan in due_plans[1:]:
            plan.destination = Destination.SUITABLE
        overdue = self._stage(
            Fate.QUARANTINE, lambda c: today - timedelta(days=self._days(c) + 1), 1)
        overdue[0].destination = Destination.UNSUITABLE
        plans += due_plans + overdue
        for ago, count in enumerate(_spread(released, 7), start=1):
            plans += self._stage(
                Fate.RELEASED, lambda c, a=ago: today - timedelta(days=a + self._days(c)), count)
        plans += self._positive_household()
        plans += self._stage(Fate.QUARANTINE, lambda c: today, arriving, households=False)
        plans += self._stage(Fate.EXPECTED, lambda c: today, expected, households=False)
        plans += self._stage(Fate.CANCELLED, lambda c: today - timedelta(days=1), 1)
        self._assign_destinations(plans)
        self._assign_fevers(plans)
        self._assign_pregnancies(plans)
        return plans

    def _days(self, category: Category) -> int:
        return period_days(self.policy, category)

    def _category(self, fits: Callable[[CategoryRule], bool]) -> Category:
        options = [c for c in CATEGORY_WEIGHTS
                   if self.policy.rule(c).managed and fits(self.policy.rule(c))]
        return self.rng.choices(options, weights=[CATEGORY_WEIGHTS[c] for c in options])[0]

    def _household_code(self) -> str:
        self._households += 1
        return f"H{self._households:02d}"

    def _stage(self, fate: Fate, basis_of: Callable[[Category], date], count: int,
               fits: Callable[[CategoryRule], bool] = lambda rule: True,
               households: bool = True) -> list[Plan]:
        """``count`` people whose period counts from ``basis_of(category)``; some come as
        households sharing a family room, some arrive a day or two after their exposure."""
        plans: list[Plan] = []
        while len(plans) < count:
            left = count - len(plans)
            size = 1
            if households and left >= 2 and self.rng.random() < 0.25:
                size = 3 if left >= 3 and self.rng.random() < 0.4 else 2
            people = [self.people.single()] if size == 1 else self.people.household(size)
            category = self._category(fits)
            basis = basis_of(category)
            latest_gap = min(2, (self.today - basis).days - 1)
            gap = 0
            if (fate in (Fate.QUARANTINE, Fate.RELEASED) and latest_gap >= 1
                    and category is not Category.INBOUND_TRAVELLER):
                gap = self.rng.choice((0, 0, 1, latest_gap))
            household = self._household_code() if size > 1 else ""
            for person in people:
                plans.append(Plan(
                    person=person, category=category, fate=fate, basis=basis,
                    arrival_day=basis + timedelta(days=gap),
                    exposure=basis if gap else None, household=household))
        return plans

    def _positive_household(self) -> list[Plan]:
        """A couple; one of them tests positive on a PCR three days ago and leaves for
        hospital, the other's period starts again from that sample."""
        category = Category.CLOSE_CONTACT
        basis = self.today - timedelta(days=6)
        people = self.people.household(2)
        household = self._household_code()
        due = required_test_dates(basis, basis, self.policy.rule(category))
        sample_day = max(d for d in due if d <= self.today - timedelta(days=2))
        sampled = datetime.combine(sample_day, time(7, 10))
        positive = Plan(person=people[0], category=category, fate=Fate.TRANSFERRED, basis=basis,
                        arrival_day=basis, household=household, positive_at=sampled,
                        exit_at=sampled + timedelta(hours=9))
        housemate = Plan(person=people[1], category=category, fate=Fate.QUARANTINE, basis=basis,
                         arrival_day=basis, household=household, restart_on=sample_day)
        return [positive, housemate]

    def _assign_destinations(self, plans: list[Plan]) -> None:
        for plan in plans:
            if plan.fate is Fate.RELEASED:
                plan.destination = Destination.SUITABLE
            elif (plan.fate is Fate.QUARANTINE and plan.restart_on is None
                  and plan.destination is Destination.UNDECIDED):
                left = (release_day(self.policy, plan) - self.today).days
                if left == 1:
                    plan.destination = self.rng.choice(
                        (Destination.SUITABLE, Destination.UNCONFIRMED, Destination.NONE))
                elif left == 2 and self.rng.random() < 0.3:
                    plan.destination = Destination.UNCONFIRMED
        inbound = [p for p in plans if p.fate is Fate.RELEASED and not p.household
                   and p.category is Category.INBOUND_TRAVELLER]
        if inbound:
            inbound[0].destination = Destination.AUTHORITY
            inbound[0].person.address = AUTHORITY_ADDRESS

    def _assign_pregnancies(self, plans: list[Plan]) -> None:
        women = [p for p in plans if p.fate in (Fate.QUARANTINE, Fate.RELEASED)
                 and p.person.sex is Sex.FEMALE and 22 <= age_on(p.person.birth, self.today) <= 38]
        for plan in self.rng.sample(women, min(2, len(women))):
            plan.person.conditions.append(f"妊娠{self.rng.randint(8, 30)}周")

    def _assign_fevers(self, plans: list[Plan]) -> None:
        """A fever still open, one escalated, two resolved (one of them released since)."""
        for fate, days, arrived_ago, kind in ((Fate.QUARANTINE, range(1, 3), 1, Fever.OPEN),
                                              (Fate.QUARANTINE, range(3, 5), 2, Fever.ESCALATED),
                                              (Fate.QUARANTINE, range(4, 6), 3, Fever.RESOLVED),
                                              (Fate.RELEASED, range(8, 30), 8, Fever.RESOLVED)):
            options = [p for p in plans if p.fate is fate and not p.household and not p.fever
                       and not p.pending_today and (self.today - p.basis).days in days
                       and (self.today - p.arrival_day).days >= arrived_ago]
            if options:
                self.rng.choice(options).fever = kind
