"""Quarantine policy as versioned data, and the day arithmetic that follows from it.

Day 0 is the basis date (last exposure if known, else arrival); day k is basis + k days; the
planned release date is basis + centralized days (DESIGN.md §3). What follows at home counts
from the day the person actually leaves: home day k is the release date + k days, so a late
release moves the home period with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from quarantine_desk.domain.enums import Category, HomeKind
from quarantine_desk.domain.text import translate

DEFAULT_FEVER_THRESHOLD = 37.3


@dataclass(frozen=True)
class CategoryRule:
    """What the policy asks of one category of guest."""

    centralized_days: int
    test_days: tuple[int, ...]
    home_days: int = 0
    home_kind: HomeKind = HomeKind.NONE
    home_test_days: tuple[int, ...] = ()
    managed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "centralized_days": self.centralized_days,
            "test_days": list(self.test_days),
            "home_days": self.home_days,
            "home_kind": self.home_kind.value,
            "home_test_days": list(self.home_test_days),
            "managed": self.managed,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CategoryRule:
        return cls(
            centralized_days=int(data["centralized_days"]),
            test_days=tuple(int(d) for d in data.get("test_days", ())),
            home_days=int(data.get("home_days", 0)),
            home_kind=HomeKind(data.get("home_kind", HomeKind.NONE.value)),
            home_test_days=tuple(int(d) for d in data.get("home_test_days", ())),
            managed=bool(data.get("managed", True)),
        )


@dataclass(frozen=True)
class Policy:
    """A set of rules in force from ``effective_from``."""

    name: str
    effective_from: date
    rules: dict[Category, CategoryRule]
    fever_threshold: float = DEFAULT_FEVER_THRESHOLD
    extra: dict[str, Any] = field(default_factory=dict)

    def rule(self, category: Category) -> CategoryRule:
        return self.rules[category]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "effective_from": self.effective_from.isoformat(),
            "fever_threshold": self.fever_threshold,
            "rules": {c.value: r.to_dict() for c, r in self.rules.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Policy:
        return cls(
            name=str(data["name"]),
            effective_from=date.fromisoformat(data["effective_from"]),
            fever_threshold=float(data.get("fever_threshold", DEFAULT_FEVER_THRESHOLD)),
            rules={Category(k): CategoryRule.from_dict(v) for k, v in data["rules"].items()},
        )


_HOME_MONITORING_3 = dict(home_days=3, home_kind=HomeKind.HEALTH_MONITORING, home_test_days=(3,))

#: China's COVID-19 protocol, 9th edition (June 2022).
NINTH_EDITION = Policy(
    name="第九版防控方案 (9th edition, June 2022)",
    effective_from=date(2022, 6, 28),
    rules={
        Category.CLOSE_CONTACT: CategoryRule(7, (1, 2, 3, 5, 7), **_HOME_MONITORING_3),
        Category.INBOUND_TRAVELLER: CategoryRule(7, (1, 2, 3, 5, 7), **_HOME_MONITORING_3),
        Category.HIGH_RISK_AREA: CategoryRule(7, (1, 2, 3, 5, 7)),
        Category.SECONDARY_CLOSE_CONTACT: CategoryRule(7, (1, 4, 7)),
        Category.OTHER: CategoryRule(7, (1, 4, 7)),
    },
)

#: 5 days centralized, then 3 days of home isolation (居家隔离: not going out), PCR on home
#: days 1 and 3. Databases that adopted this preset before it was corrected (it said home
#: health monitoring) keep the rules they stored: a stay keeps the policy it started under.
_FIVE_PLUS_THREE = CategoryRule(
    5,
    (1, 2, 3, 5),
    home_days=3,
    home_kind=HomeKind.ISOLATION,
    home_test_days=(1, 3),
)

#: The November 2022 "20 measures" (二十条) preset: close contacts and inbound travellers
#: "5 + 3" (five days centralized, three at home in isolation).
TWENTY_MEASURES = Policy(
    name="二十条优化措施 (20 measures, November 2022)",
    effective_from=date(2022, 11, 11),
    rules={
        Category.CLOSE_CONTACT: _FIVE_PLUS_THREE,
        Category.INBOUND_TRAVELLER: _FIVE_PLUS_THREE,
        Category.HIGH_RISK_AREA: CategoryRule(7, (1, 2, 3, 5, 7)),
        Category.SECONDARY_CLOSE_CONTACT: CategoryRule(7, (1, 4, 7), managed=False),
        Category.OTHER: CategoryRule(7, (1, 4, 7)),
    },
)

PRESETS: tuple[Policy, ...] = (NINTH_EDITION, TWENTY_MEASURES)


def basis_date(exposure: date | None, arrival: date) -> date:
    """Day 0 of the period: the last exposure when known, else the arrival date."""
    return exposure if exposure is not None else arrival


def day_number(basis: date, on: date) -> int:
    """Which day of the period ``on`` is (day 0 is the basis date)."""
    return (on - basis).days


def planned_release(basis: date, rule: CategoryRule) -> date:
    return basis + timedelta(days=rule.centralized_days)


def required_test_dates(basis: date, arrival: date, rule: CategoryRule) -> dict[date, str]:
    """Every PCR the centralized stay requires, by date, with a label ("day 5", "admission").

    Scheduled days before the arrival date are not required; the arrival day always needs a
    PCR (the admission test) unless a scheduled one already falls on it.
    """
    release = planned_release(basis, rule)
    due: dict[date, str] = {}
    for k in rule.test_days:
        on = basis + timedelta(days=k)
        if arrival <= on <= release:
            due[on] = translate("policy", "day-{k}").format(k=k)
    if arrival not in due:
        due[arrival] = translate("policy", "admission")
    return dict(sorted(due.items()))


def tests_due_on(basis: date, arrival: date, rule: CategoryRule, on: date) -> str | None:
    """The label of the PCR due on ``on``, or None when none is due."""
    return required_test_dates(basis, arrival, rule).get(on)


def home_period(rule: CategoryRule, *, release: date) -> tuple[date, date] | None:
    """First and last day at home after leaving on ``release`` (the actual release date of a
    released stay, the planned one before), or None when nothing follows."""
    if rule.home_kind is HomeKind.NONE or rule.home_days <= 0:
        return None
    return release + timedelta(days=1), release + timedelta(days=rule.home_days)


def home_test_dates(rule: CategoryRule, *, release: date) -> list[date]:
    """Home test days counted from the release date (home day k = release + k); none when
    nothing follows at home."""
    if home_period(rule, release=release) is None:
        return []
    return [release + timedelta(days=k) for k in rule.home_test_days]
