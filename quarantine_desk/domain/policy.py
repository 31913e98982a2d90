"""Quarantine policy as versioned data, and the day arithmetic that follows from it.

A policy is everything DESIGN.md §3 states for one disease under one order: its categories,
test kinds, symptoms, fever threshold, reading rounds and release parameters. It is written as
a *policy file* (DESIGN.md §12, :mod:`quarantine_desk.domain.policy_file`); the presets the
desk ships are such files (:mod:`quarantine_desk.domain.presets`).

Day 0 is the basis date (last exposure if known, else arrival; or always the arrival when the
category counts from it); day k is basis + k days; the planned release date is basis +
centralized days. What follows at home counts from the day the person actually leaves: home
day k is the release date + k days, so a late release moves the home period with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Any

from quarantine_desk.domain.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_ZH, HomeKind
from quarantine_desk.domain.text import reader_language, translate

DEFAULT_FEVER_THRESHOLD = 37.3


class Basis(StrEnum):
    """What day 0 of a category's period is."""

    LAST_EXPOSURE = "last_exposure"  # the last exposure; the arrival when it is not known
    ARRIVAL = "arrival"


@dataclass(frozen=True)
class Named:
    """A code a file and the database use, with its Chinese and English names."""

    code: str
    zh: str
    en: str

    def label(self, language: str | None = None) -> str:
        """The name in ``language`` ("zh"/"en"), by default the reader's."""
        return self.zh if (language or reader_language()) == "zh" else self.en


@dataclass(frozen=True)
class CategoryRule:
    """What the policy asks of one category of guest.

    ``test_days`` are the days of the centralized stay's tests of kind ``test_kind``; the
    admission test (``admission_test``, a test kind or None) is taken on the arrival day
    unless a scheduled test falls on it. At home, ``home_test_days`` of ``home_test_kind``.
    """

    centralized_days: int
    test_days: tuple[int, ...] = ()
    home_days: int = 0
    home_kind: HomeKind = HomeKind.NONE
    home_test_days: tuple[int, ...] = ()
    managed: bool = True
    test_kind: str = "pcr"
    admission_test: str | None = "pcr"
    home_test_kind: str = "pcr"
    basis: Basis = Basis.LAST_EXPOSURE
    #: The category's names (not part of the rule: renaming changes no one's dates).
    zh: str = field(default="", compare=False)
    en: str = field(default="", compare=False)


@dataclass(frozen=True)
class ReleaseRule:
    """The parameters of the release criteria (DESIGN.md §3)."""

    fever_free_hours: int = 48
    reading_within_hours: int = 24
    destination_check: bool = True
    #: The test kind whose latest result must be negative; None when the disease is followed
    #: by temperature and symptoms alone.
    final_test: str | None = "pcr"


COVID_TEST_KINDS: tuple[Named, ...] = (
    Named("pcr", "核酸", "PCR"),
    Named("antigen", "抗原", "antigen"),
)

COVID_SYMPTOMS: tuple[Named, ...] = (
    Named("cough", "咳嗽", "cough"),
    Named("sore_throat", "咽痛", "sore throat"),
    Named("fatigue", "乏力", "fatigue"),
    Named("smell_taste", "嗅觉或味觉减退", "loss of smell or taste"),
    Named("diarrhoea", "腹泻", "diarrhoea"),
)


@dataclass(frozen=True)
class Policy:
    """A set of rules in force from ``effective_from``.

    ``rules`` is keyed by category code, in the file's order. ``name`` is how the desk lists
    the version; ``name_zh``/``name_en`` are the file's two names when it gave them.
    """

    name: str
    effective_from: date
    rules: dict[str, CategoryRule]
    fever_threshold: float = DEFAULT_FEVER_THRESHOLD
    name_zh: str = ""
    name_en: str = ""
    disease_zh: str = "新型冠状病毒感染"
    disease_en: str = "COVID-19"
    order: str = ""
    source: str = ""
    plausible_celsius: tuple[float, float] = (34.0, 43.0)
    reading_slots: tuple[time, ...] = (time(8, 0), time(16, 0))
    symptoms: tuple[Named, ...] = COVID_SYMPTOMS
    test_kinds: tuple[Named, ...] = COVID_TEST_KINDS
    release: ReleaseRule = field(default_factory=ReleaseRule)

    def rule(self, category: str) -> CategoryRule:
        return self.rules[category]

    def category_name(self, code: str, language: str | None = None) -> str:
        """A category's name in ``language`` (default the reader's); the code when the
        policy does not know it."""
        rule = self.rules.get(code)
        zh = (rule.zh if rule else "") or CATEGORY_LABELS_ZH.get(code, code)  # type: ignore[call-overload]
        en = (rule.en if rule else "") or CATEGORY_LABELS_EN.get(code, code)  # type: ignore[call-overload]
        return Named(code, zh, en).label(language)

    def test_kind(self, code: str) -> Named:
        """A test kind's names (a kind the policy does not list is named by its code)."""
        return next((k for k in self.test_kinds if k.code == code), Named(code, code, code))

    def titles(self) -> tuple[str, str]:
        """The Chinese and English names of the policy (``name`` twice once it was renamed)."""
        if self.name_zh and self.name_en and self.name == listed_name(self.name_zh,
                                                                      self.name_en):
            return self.name_zh, self.name_en
        return self.name, self.name

    def to_dict(self) -> dict[str, Any]:
        """The policy as a policy file (DESIGN.md §12)."""
        from quarantine_desk.domain.policy_file import to_file

        return to_file(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Read a policy file; raises ``PolicyFileError`` naming every fault."""
        from quarantine_desk.domain.policy_file import from_file

        return from_file(data)


def listed_name(zh: str, en: str) -> str:
    """How the desk lists a version named ``zh`` and ``en``: "第九版防控方案 (9th edition)"."""
    return zh if zh == en else f"{zh} ({en})"


def basis_date(exposure: date | None, arrival: date, rule: CategoryRule | None = None) -> date:
    """Day 0 of the period: the last exposure when known, else the arrival date; always the
    arrival for a category that counts from it."""
    if rule is not None and rule.basis is Basis.ARRIVAL:
        return arrival
    return exposure if exposure is not None else arrival


def day_number(basis: date, on: date) -> int:
    """Which day of the period ``on`` is (day 0 is the basis date)."""
    return (on - basis).days


def planned_release(basis: date, rule: CategoryRule) -> date:
    return basis + timedelta(days=rule.centralized_days)


def required_test_dates(basis: date, arrival: date, rule: CategoryRule) -> dict[date, str]:
    """Every test (of ``rule.test_kind``) the centralized stay requires, by date, with a
    label ("day 5", "admission").

    Scheduled days before the arrival date are not required; the arrival day needs the
    admission test unless a scheduled one already falls on it (or the policy asks none).
    """
    release = planned_release(basis, rule)
    due: dict[date, str] = {}
    for k in rule.test_days:
        on = basis + timedelta(days=k)
        if arrival <= on <= release:
            due[on] = translate("policy", "day-{k}").format(k=k)
    if arrival not in due and rule.admission_test is not None:
        due[arrival] = translate("policy", "admission")
    return dict(sorted(due.items()))


def tests_due_on(basis: date, arrival: date, rule: CategoryRule, on: date) -> str | None:
    """The label of the test due on ``on``, or None when none is due."""
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


def __getattr__(name: str) -> Any:
    """``NINTH_EDITION``, ``TWENTY_MEASURES`` and ``PRESETS`` (the COVID-19 presets of
    DESIGN.md §3) are read from their shipped files on first use (:mod:`presets`)."""
    if name in ("NINTH_EDITION", "TWENTY_MEASURES", "PRESETS"):
        from quarantine_desk.domain import presets

        return getattr(presets, name)
    raise AttributeError(name)
