"""Changing the rules in force: checking drafts, adopting them, the stays a new version
affects and re-applying it (services/policy_changes.py, DESIGN.md §3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from release_scenario import D, T, build, resident_id
from sqlmodel import select

from quarantine_desk.domain.enums import Category, HomeKind, StayStatus
from quarantine_desk.domain.policy import NINTH_EDITION, TWENTY_MEASURES, CategoryRule, Policy
from quarantine_desk.services import checkin, policies, policy_changes, release, rooms
from quarantine_desk.services.errors import NotFound, PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, PolicyVersion, Stay

ARRIVAL = datetime(2022, 7, 8, 20, 0)
EXPOSURE = date(2022, 7, 8)
NOW = datetime(2022, 7, 10, 9, 0)


def twenty(**changes) -> Policy:
    """The 20-measures preset, dated after the 9th edition a new database starts with."""
    return replace(TWENTY_MEASURES, **changes)


def with_rule(policy: Policy, category: Category, **changes) -> Policy:
    rules = dict(policy.rules)
    rules[category] = replace(rules[category], **changes)
    return replace(policy, rules=rules)


@pytest.fixture
def site(engine, manager, liaison):
    """One guest of each category, exposed and arrived on 2022-07-08 (9th edition in force)."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-205"], now=ARRIVAL)
    stays: dict[Category, int] = {}
    with write_session(engine) as s:
        for index, category in enumerate(Category, start=1):
            stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=f"客人{index}", id_number=resident_id(index), category=category,
                exposure_date=EXPOSURE, arrival_at=ARRIVAL, room=f"20{index}"), now=ARRIVAL)
            stays[category] = stay.id
    return stays


# --- drafting and checking ----------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "days"), [
    ("1,2,3,5,7", (1, 2, 3, 5, 7)),
    (" 7 5, 3，2、1 ", (1, 2, 3, 5, 7)),
    ("1;4;4;7", (1, 4, 7)),
    ("", ()),
])
def test_day_lists_are_read_as_typed(typed: str, days: tuple[int, ...]) -> None:
    assert policy_changes.parse_days(typed, "test days") == days


@pytest.mark.parametrize("typed", ["1,a", "1-3", "-1", "２"])
def test_day_lists_that_are_not_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValidationFailed, match="close contact: test days: .* day numbers"):
        policy_changes.parse_days(typed, "close contact: test days")


def test_the_presets_pass_the_check() -> None:
    assert policy_changes.check_policy(NINTH_EDITION) == []
    assert policy_changes.check_policy(TWENTY_MEASURES) == []


def test_a_test_day_after_the_stay_is_refused() -> None:
    draft = with_rule(NINTH_EDITION, Category.CLOSE_CONTACT, test_days=(1, 2, 3, 5, 9))
    assert policy_changes.check_policy(draft) == [
        "close contact: test day(s) 9 fall outside the 7-day centralized stay: use days 1 to 7"
    ]


@pytest.mark.parametrize(("category", "changes", "expected"), [
    (Category.OTHER, {"centralized_days": 0, "test_days": ()},
     "other: centralized days must be 1 to 30, not 0"),
    (Category.HIGH_RISK_AREA, {"home_days": 3},
     "from high-risk area: home days or home tests are set but nothing follows at home"),
    (Category.CLOSE_CONTACT, {"home_days": 0},
     "close contact: home days must be 1 to 30 when a home period follows, not 0"),
    (Category.INBOUND_TRAVELLER, {"home_test_days": (1, 4)},
     "inbound traveller: home test day(s) 4 fall outside the 3 days at home"),
])
def test_rule_problems_name_the_category(category: Category, changes: dict,
                                         expected: str) -> None:
    problems = policy_changes.check_policy(with_rule(NINTH_EDITION, category, **changes))
    assert len(problems) == 1 and problems[0].startswith(expected)


def test_name_and_fever_threshold_are_checked() -> None:
    problems = policy_changes.check_policy(replace(NINTH_EDITION, name=" ", fever_threshold=3.73))
    assert problems[0].startswith("the version needs a name")
    assert problems[1].startswith("fever threshold 3.73 °C is outside 36.5–39.0 °C")


# --- adopting ------------------------------------------------------------------------------------


def test_adopting_a_checked_version_puts_it_in_force(engine, manager) -> None:
    with write_session(engine) as s:
        row = policy_changes.adopt_policy(s, manager, twenty(), now=NOW)
    with read_session(engine) as s:
        assert policies.policy_row_on(s, date(2022, 11, 11)).id == row.id
        assert policies.policy_row_on(s, date(2022, 11, 10)).name == NINTH_EDITION.name
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "policy.adopt")).one()
    assert event.actor == manager.username and json.loads(event.after)["name"] == row.name


def _versions(engine) -> int:
    with read_session(engine) as s:
        return len(policies.list_versions(s))


def test_a_draft_with_problems_is_refused_and_nothing_written(engine, manager) -> None:
    start = _versions(engine)
    with pytest.raises(ValidationFailed, match="test day"):
        with write_session(engine) as s:
            policy_changes.adopt_policy(
                s, manager, with_rule(twenty(), Category.OTHER, test_days=(1, 9)), now=NOW)
    assert _versions(engine) == start


def test_a_version_older_than_the_newest_is_refused(engine, manager) -> None:
    start = _versions(engine)
    with pytest.raises(ValidationFailed, match="never be in force: choose 2022-06-28 or later"):
        with write_session(engine) as s:
            policy_changes.adopt_policy(s, manager, twenty(effective_from=date(2022, 6, 1)))
    assert _versions(engine) == start


def test_only_the_manager_adopts(engine, liaison, medical) -> None:
    for actor in (liaison, medical):
        with pytest.raises(PermissionDenied, match="change the quarantine policy"):
            with write_session(engine) as s:
                policy_changes.adopt_policy(s, actor, twenty())


# --- affected stays ------------------------------------------------------------------------------


def test_twenty_measures_shortens_close_contacts_and_drops_secondary_ones(
        engine, manager, site) -> None:
    with write_session(engine) as s:
        policy_changes.adopt_policy(s, manager, twenty(), now=NOW)
    with read_session(engine) as s:
        affected = {a.category: a for a in policy_changes.affected_stays(s, TWENTY_MEASURES)}
        per_version = policy_changes.stays_per_version(s)
    assert set(affected) == {Category.CLOSE_CONTACT, Category.INBOUND_TRAVELLER,
                             Category.SECONDARY_CLOSE_CONTACT}
    close = affected[Category.CLOSE_CONTACT]
    assert close.stay_id == site[Category.CLOSE_CONTACT]
    assert (close.guest_name, close.room) == ("客人1", "201")
    assert (close.old_release, close.new_release) == (date(2022, 7, 15), date(2022, 7, 13))
    assert close.tests_dropped == (date(2022, 7, 15),)  # day 7 falls after the new release
    assert close.tests_added == () and close.home_changed  # home tests now on days 1 and 3
    secondary = affected[Category.SECONDARY_CLOSE_CONTACT]
    assert secondary.no_longer_managed and secondary.new_release == secondary.old_release
    assert per_version == {1: 5}  # everyone keeps the 9th edition until re-applied


def test_stays_already_on_the_rules_are_not_affected(engine, manager, site) -> None:
    with read_session(engine) as s:
        assert policy_changes.affected_stays(s, NINTH_EDITION) == []


def test_a_longer_period_adds_test_days(engine, site) -> None:
    longer = with_rule(NINTH_EDITION, Category.HIGH_RISK_AREA, centralized_days=10,
                       test_days=(1, 2, 3, 5, 7, 10))
    with read_session(engine) as s:
        [change] = policy_changes.affected_stays(s, longer)
    assert change.category is Category.HIGH_RISK_AREA
    assert change.new_release == date(2022, 7, 18)
    assert change.tests_added == (date(2022, 7, 18),) and change.tests_dropped == ()
    assert change.changed_test_days == (date(2022, 7, 18),)


# --- re-applying ---------------------------------------------------------------------------------


def _adopt_twenty(engine, manager) -> int:
    with write_session(engine) as s:
        return policy_changes.adopt_policy(s, manager, twenty(), now=NOW).id


def test_reapplying_moves_stays_to_the_new_release_date(engine, manager, site) -> None:
    version = _adopt_twenty(engine, manager)
    chosen = [site[Category.CLOSE_CONTACT], site[Category.INBOUND_TRAVELLER]]
    with write_session(engine) as s:
        done = policy_changes.reapply_policy(s, manager, chosen, version, now=NOW)
    assert [(d.old_release, d.new_release) for d in done] == [
        (date(2022, 7, 15), date(2022, 7, 13))] * 2
    with read_session(engine) as s:
        for stay_id in chosen:
            stay = s.get(Stay, stay_id)
            assert (stay.policy_id, stay.planned_release) == (version, date(2022, 7, 13))
        untouched = s.get(Stay, site[Category.SECONDARY_CLOSE_CONTACT])
        assert untouched.policy_id == 1
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "stay.policy_reapply")
                        .order_by(AuditEvent.id)).all()
        remaining = [a.stay_id for a in policy_changes.affected_stays(s, TWENTY_MEASURES)]
    assert [e.entity_id for e in events] == chosen
    assert all(e.actor == manager.username and e.at == NOW for e in events)
    assert json.loads(events[0].before)["planned_release"] == "2022-07-15"
    assert json.loads(events[0].after)["planned_release"] == "2022-07-13"
    assert remaining == [site[Category.SECONDARY_CLOSE_CONTACT]]


def test_reapplying_refuses_bad_requests_and_changes_nothing(engine, manager, liaison,
                                                             site) -> None:
    version = _adopt_twenty(engine, manager)
    close = site[Category.CLOSE_CONTACT]
    cases = [
        (liaison, [close], version, PermissionDenied, "change the quarantine policy"),
        (manager, [], version, ValidationFailed, "select the stays"),
        (manager, [close], 999, NotFound, "no policy version 999"),
        (manager, [close, 999], version, NotFound, "no stay 999"),
    ]
    for actor, ids, version_id, error, message in cases:
        with pytest.raises(error, match=message):
            with write_session(engine) as s:
                policy_changes.reapply_policy(s, actor, ids, version_id, now=NOW)
    with read_session(engine) as s:
        assert s.get(Stay, close).planned_release == date(2022, 7, 15)


def test_a_released_stay_is_refused(engine, manager, liaison, medical) -> None:
    scenario = build(engine, manager, liaison, medical)
    with write_session(engine) as s:
        outcome = release.release(s, manager, [scenario.stays["ready"]], D, now=T)
    assert len(outcome.released) == 1
    later = T + timedelta(hours=1)
    with write_session(engine) as s:
        version = policy_changes.adopt_policy(s, manager, twenty(), now=later).id
    waiting = scenario.stays["in_period"]
    with pytest.raises(ValidationFailed, match="张伟 is no longer in quarantine \\(released\\)"):
        with write_session(engine) as s:
            policy_changes.reapply_policy(
                s, manager, [waiting, scenario.stays["ready"]], version, now=later)
    with read_session(engine) as s:
        assert s.get(Stay, waiting).policy_id != version  # all or nothing
        assert s.get(Stay, scenario.stays["ready"]).status == StayStatus.RELEASED.value
        listed = {a.stay_id for a in policy_changes.affected_stays(s, TWENTY_MEASURES)}
    assert scenario.stays["ready"] not in listed and waiting in listed


def test_an_edited_rule_is_stored_as_drafted(engine, manager) -> None:
    rule = CategoryRule(6, (1, 3, 6), home_days=2, home_kind=HomeKind.ISOLATION,
                        home_test_days=(2,))
    draft = twenty(name="本地第3号令", rules={**TWENTY_MEASURES.rules, Category.OTHER: rule})
    with write_session(engine) as s:
        row = policy_changes.adopt_policy(s, manager, draft, now=NOW)
    with read_session(engine) as s:
        stored = policies.load(s.get(PolicyVersion, row.id))
    assert stored.rule(Category.OTHER) == rule and stored.name == "本地第3号令"
