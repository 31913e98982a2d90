"""Policy day arithmetic (DESIGN.md §3) and who may do what (domain/permissions.py)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.enums import Category, HomeKind, Role
from quarantine_desk.domain.permissions import ROLE_PERMISSIONS, Permission, allowed
from quarantine_desk.domain.policy import (
    DEFAULT_FEVER_THRESHOLD,
    NINTH_EDITION,
    PRESETS,
    TWENTY_MEASURES,
    CategoryRule,
    Policy,
    basis_date,
    day_number,
    home_period,
    home_test_dates,
    planned_release,
    required_test_dates,
)
from quarantine_desk.domain.policy import (
    tests_due_on as due_on,  # renamed: pytest would collect test*-named functions
)

APR = 4


def d(month: int, day: int) -> date:
    return date(2022, month, day)


CLOSE = NINTH_EDITION.rule(Category.CLOSE_CONTACT)


# --- the worked example of DESIGN.md §3 ---------------------------------------------------------


def test_worked_example_release_date() -> None:
    assert planned_release(d(APR, 1), CLOSE) == d(APR, 8)


def test_worked_example_arrival_on_exposure_day_adds_admission_test() -> None:
    due = required_test_dates(d(APR, 1), d(APR, 1), CLOSE)
    assert due == {
        d(APR, 1): "admission",
        d(APR, 2): "day-1",
        d(APR, 3): "day-2",
        d(APR, 4): "day-3",
        d(APR, 6): "day-5",
        d(APR, 8): "day-7",
    }


def test_worked_example_arrival_on_day_one_needs_no_extra_test() -> None:
    due = required_test_dates(d(APR, 1), d(APR, 2), CLOSE)
    assert list(due) == [d(APR, 2), d(APR, 3), d(APR, 4), d(APR, 6), d(APR, 8)]
    assert due[d(APR, 2)] == "day-1"
    assert "admission" not in due.values()


def test_tests_due_on_a_given_day() -> None:
    assert due_on(d(APR, 1), d(APR, 2), CLOSE, d(APR, 6)) == "day-5"
    assert due_on(d(APR, 1), d(APR, 2), CLOSE, d(APR, 5)) is None
    assert due_on(d(APR, 1), d(APR, 2), CLOSE, d(APR, 1)) is None
    assert due_on(d(APR, 1), d(APR, 3), CLOSE, d(APR, 3)) == "day-2"


def test_basis_date_is_last_exposure_else_arrival() -> None:
    assert basis_date(d(APR, 1), d(APR, 3)) == d(APR, 1)
    assert basis_date(None, d(APR, 3)) == d(APR, 3)


def test_day_numbers() -> None:
    assert day_number(d(APR, 1), d(APR, 1)) == 0
    assert day_number(d(APR, 1), d(APR, 8)) == 7
    assert day_number(d(APR, 1), d(3, 31)) == -1
    assert day_number(date(2021, 12, 30), date(2022, 1, 2)) == 3


# --- every category of the §3 table, under both presets ------------------------------------------

NINTH_TABLE = [
    # category, centralized, test days, home days, home kind, home test days
    (Category.CLOSE_CONTACT, 7, (1, 2, 3, 5, 7), 3, HomeKind.HEALTH_MONITORING, (3,)),
    (Category.INBOUND_TRAVELLER, 7, (1, 2, 3, 5, 7), 3, HomeKind.HEALTH_MONITORING, (3,)),
    (Category.HIGH_RISK_AREA, 7, (1, 2, 3, 5, 7), 0, HomeKind.NONE, ()),
    (Category.SECONDARY_CLOSE_CONTACT, 7, (1, 4, 7), 0, HomeKind.NONE, ()),
    (Category.OTHER, 7, (1, 4, 7), 0, HomeKind.NONE, ()),
]

TWENTY_TABLE = [
    (Category.CLOSE_CONTACT, 5, (1, 2, 3, 5), 3, HomeKind.ISOLATION, (1, 3)),
    (Category.INBOUND_TRAVELLER, 5, (1, 2, 3, 5), 3, HomeKind.ISOLATION, (1, 3)),
    (Category.HIGH_RISK_AREA, 7, (1, 2, 3, 5, 7), 0, HomeKind.NONE, ()),
    (Category.SECONDARY_CLOSE_CONTACT, 7, (1, 4, 7), 0, HomeKind.NONE, ()),
    (Category.OTHER, 7, (1, 4, 7), 0, HomeKind.NONE, ()),
]

PRESET_CASES = [(NINTH_EDITION, *row) for row in NINTH_TABLE] + [
    (TWENTY_MEASURES, *row) for row in TWENTY_TABLE
]


@pytest.mark.parametrize(
    ("policy", "category", "days", "tests", "home_days", "home_kind", "home_tests"),
    PRESET_CASES,
    ids=[f"{p.effective_from.year}-{p.effective_from.month}-{c.value}"
         for p, c, *_ in PRESET_CASES],
)
def test_preset_rules_and_dates(
    policy: Policy,
    category: Category,
    days: int,
    tests: tuple[int, ...],
    home_days: int,
    home_kind: HomeKind,
    home_tests: tuple[int, ...],
) -> None:
    rule = policy.rule(category)
    assert (rule.centralized_days, rule.test_days) == (days, tests)
    assert (rule.home_days, rule.home_kind, rule.home_test_days) == (
        home_days, home_kind, home_tests
    )
    basis = d(APR, 1)
    release = planned_release(basis, rule)
    assert release == basis + timedelta(days=days)
    due = required_test_dates(basis, basis, rule)
    assert list(due) == [basis] + [basis + timedelta(days=k) for k in tests]
    assert due[basis] == "admission"
    assert max(due) == release  # the last scheduled test falls on the release date
    if home_kind is HomeKind.NONE:
        assert home_period(rule, release=release) is None
        assert home_test_dates(rule, release=release) == []
    else:
        assert home_period(rule, release=release) == (
            release + timedelta(days=1), release + timedelta(days=home_days)
        )
        assert home_test_dates(rule, release=release) == [
            release + timedelta(days=k) for k in home_tests]


def test_ninth_edition_close_contact_home_dates() -> None:
    release = planned_release(d(APR, 1), CLOSE)
    assert home_period(CLOSE, release=release) == (d(APR, 9), d(APR, 11))
    assert home_test_dates(CLOSE, release=release) == [d(APR, 11)]


def test_twenty_measures_close_contact_dates() -> None:
    rule = TWENTY_MEASURES.rule(Category.CLOSE_CONTACT)
    assert planned_release(d(APR, 1), rule) == d(APR, 6)
    assert list(required_test_dates(d(APR, 1), d(APR, 2), rule)) == [
        d(APR, 2), d(APR, 3), d(APR, 4), d(APR, 6)
    ]
    assert rule.home_kind is HomeKind.ISOLATION
    assert home_period(rule, release=d(APR, 6)) == (d(APR, 7), d(APR, 9))
    assert home_test_dates(rule, release=d(APR, 6)) == [d(APR, 7), d(APR, 9)]


def test_a_late_release_moves_the_home_period() -> None:
    """The 20 measures' example: arrived 2022-11-20, due 11-25, released two days late."""
    rule = TWENTY_MEASURES.rule(Category.CLOSE_CONTACT)
    assert planned_release(d(11, 20), rule) == d(11, 25)
    assert home_period(rule, release=d(11, 25)) == (d(11, 26), d(11, 28))
    assert home_period(rule, release=d(11, 27)) == (d(11, 28), d(11, 30))
    assert home_test_dates(rule, release=d(11, 27)) == [d(11, 28), d(11, 30)]


def test_twenty_measures_no_longer_manages_secondary_close_contacts() -> None:
    assert not TWENTY_MEASURES.rule(Category.SECONDARY_CLOSE_CONTACT).managed
    assert all(rule.managed for rule in NINTH_EDITION.rules.values())
    managed = [c for c, r in TWENTY_MEASURES.rules.items() if r.managed]
    assert Category.SECONDARY_CLOSE_CONTACT not in managed and len(managed) == 4


def test_presets_cover_every_category_and_the_fever_threshold() -> None:
    assert PRESETS == (NINTH_EDITION, TWENTY_MEASURES)
    assert NINTH_EDITION.effective_from < TWENTY_MEASURES.effective_from
    for policy in PRESETS:
        assert set(policy.rules) == set(Category)
        assert policy.fever_threshold == DEFAULT_FEVER_THRESHOLD == 37.3


def test_a_home_kind_without_days_has_no_home_period() -> None:
    rule = CategoryRule(7, (1, 4, 7), home_days=0, home_kind=HomeKind.ISOLATION)
    assert home_period(rule, release=d(APR, 8)) is None


# --- arrival after the basis date, and after the release date ------------------------------------


def test_arrival_after_basis_drops_earlier_days_and_adds_admission() -> None:
    due = required_test_dates(d(APR, 1), d(APR, 5), CLOSE)
    assert due == {d(APR, 5): "admission", d(APR, 6): "day-5", d(APR, 8): "day-7"}


def test_arrival_on_a_scheduled_day_needs_no_extra_test() -> None:
    due = required_test_dates(d(APR, 1), d(APR, 4), CLOSE)
    assert due == {d(APR, 4): "day-3", d(APR, 6): "day-5", d(APR, 8): "day-7"}


def test_arrival_on_release_date_needs_only_that_days_test() -> None:
    assert required_test_dates(d(APR, 1), d(APR, 8), CLOSE) == {d(APR, 8): "day-7"}


def test_arrival_after_planned_release_requires_only_the_admission_test() -> None:
    due = required_test_dates(d(APR, 1), d(APR, 10), CLOSE)
    assert due == {d(APR, 10): "admission"}
    assert planned_release(d(APR, 1), CLOSE) == d(APR, 8)


def test_exposure_after_arrival_keeps_admission_and_every_scheduled_day() -> None:
    """A housemate's positive moves the basis after the arrival: all days are required again."""
    rule = NINTH_EDITION.rule(Category.SECONDARY_CLOSE_CONTACT)
    due = required_test_dates(d(APR, 5), d(APR, 2), rule)
    assert due == {d(APR, 2): "admission", d(APR, 6): "day-1", d(APR, 9): "day-4",
                   d(APR, 12): "day-7"}


# --- serialisation ------------------------------------------------------------------------------


@pytest.mark.parametrize("policy", PRESETS)
def test_presets_survive_a_json_round_trip(policy: Policy) -> None:
    again = Policy.from_dict(json.loads(json.dumps(policy.to_dict(), ensure_ascii=False)))
    assert again.name == policy.name
    assert again.effective_from == policy.effective_from
    assert again.fever_threshold == policy.fever_threshold
    assert again.rules == policy.rules


def test_a_category_with_nothing_at_home_reads_as_no_home_period() -> None:
    data = NINTH_EDITION.to_dict()
    data["categories"][0]["home"] = {"kind": "none", "days": 0, "tests": []}
    rule = Policy.from_dict(data).rule(Category.CLOSE_CONTACT)
    assert (rule.home_kind, rule.home_days, rule.home_test_days) == (HomeKind.NONE, 0, ())
    assert rule.managed and home_period(rule, release=d(APR, 8)) is None


def test_edited_threshold_is_kept() -> None:
    data = NINTH_EDITION.to_dict() | {"fever_celsius": 37.5}
    assert Policy.from_dict(data).fever_threshold == 37.5
    assert Policy.from_dict(NINTH_EDITION.to_dict()).fever_threshold == DEFAULT_FEVER_THRESHOLD


# --- properties ---------------------------------------------------------------------------------

dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
offsets = st.integers(min_value=-30, max_value=30)
rules = st.sampled_from([r for p in PRESETS for r in p.rules.values()])
any_rules = st.builds(
    CategoryRule,
    centralized_days=st.integers(min_value=0, max_value=28),
    test_days=st.lists(st.integers(min_value=0, max_value=28), unique=True).map(tuple),
    home_days=st.integers(min_value=0, max_value=14),
    home_kind=st.sampled_from(HomeKind),
    home_test_days=st.lists(st.integers(min_value=1, max_value=14), unique=True).map(tuple),
)


@given(basis=dates, offset=offsets, rule=rules | any_rules)
def test_required_dates_properties(basis: date, offset: int, rule: CategoryRule) -> None:
    arrival = basis + timedelta(days=offset)
    release = planned_release(basis, rule)
    assert release - basis == timedelta(days=rule.centralized_days)
    due = required_test_dates(basis, arrival, rule)
    keys = list(due)
    assert keys == sorted(set(keys))
    assert arrival in due
    assert all(arrival <= on <= max(arrival, release) for on in due)
    for k in rule.test_days:
        on = basis + timedelta(days=k)
        if arrival <= on <= release:
            assert due[on] == f"day-{k}"
    extras = [on for on, label in due.items() if label == "admission"]
    assert extras in ([], [arrival])


@given(basis=dates, k=st.integers(min_value=-1000, max_value=1000))
def test_day_number_inverts_day_arithmetic(basis: date, k: int) -> None:
    assert day_number(basis, basis + timedelta(days=k)) == k


@given(basis=dates, late=st.integers(min_value=0, max_value=10), rule=rules | any_rules)
def test_home_dates_follow_the_release(basis: date, late: int, rule: CategoryRule) -> None:
    release = planned_release(basis, rule) + timedelta(days=late)
    period = home_period(rule, release=release)
    if period is not None:
        start, end = period
        assert start == release + timedelta(days=1)
        assert (end - start).days == rule.home_days - 1
    assert all(on > release for on in home_test_dates(rule, release=release))


# --- permissions --------------------------------------------------------------------------------


def test_manager_may_do_everything() -> None:
    assert all(allowed(Role.MANAGER, p) for p in Permission)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_view(role: Role) -> None:
    assert allowed(role, Permission.VIEW)


def granted(role: Role) -> set[Permission]:
    return {p for p in Permission if allowed(role, p)}


def test_medical_staff_enter_health_data_not_front_desk_work() -> None:
    assert {Permission.VIEW, Permission.READINGS, Permission.TESTS, Permission.HEALTH,
            Permission.ALERTS} <= granted(Role.MEDICAL)
    assert not {Permission.CHECK_IN, Permission.MOVE, Permission.ROOMS, Permission.DESTINATION,
                Permission.GUEST_EDIT} & granted(Role.MEDICAL)


def test_liaison_runs_the_front_desk_not_medical_work() -> None:
    assert {Permission.VIEW, Permission.CHECK_IN, Permission.MOVE, Permission.ROOMS,
            Permission.DESTINATION, Permission.GUEST_EDIT, Permission.REPORTS} <= granted(
        Role.LIAISON
    )
    assert not {Permission.READINGS, Permission.TESTS, Permission.HEALTH} & granted(Role.LIAISON)


@pytest.mark.parametrize(
    "permission", [Permission.RELEASE, Permission.POLICY, Permission.STAFF, Permission.BACKUP]
)
def test_only_the_manager_releases_sets_rules_and_manages_staff(permission: Permission) -> None:
    assert [r for r in Role if allowed(r, permission)] == [Role.MANAGER]


def test_every_role_has_a_permission_set() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
