"""Changing the rules in force (DESIGN.md §3): check a draft, adopt it, see which stays it
affects and re-apply it to them.

A stay keeps the policy that was in force at its check-in; when an order shortens or lengthens
the period, the point manager decides which stays in quarantine move to the new rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, func, select

from quarantine_desk.domain import policy_file
from quarantine_desk.domain.enums import HomeKind, StayStatus, category_code
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import (
    CategoryRule,
    Policy,
    home_period,
    home_test_dates,
    planned_release,
    required_test_dates,
)
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.store.models import Guest, PolicyVersion, Room, RoomAssignment, Stay

#: Longest centralized or home period a version may set, in days (the file format's bound).
MAX_DAYS = 30
#: Fever thresholds outside this range are typing errors (the usual ones are 37.3 and 37.5).
FEVER_THRESHOLD_RANGE = (36.5, 39.0)
MAX_NAME_LENGTH = 100
_IN_QUARANTINE = StayStatus.IN_QUARANTINE.value


def _tr(text: str) -> str:
    return translate("policy_changes", text)


def category_name(category: str, policy: Policy | None = None) -> str:
    """The category as people say it in the reader's language (for messages and lists): by
    ``policy``'s names, else by the names of the versions the desk has read."""
    if policy is not None and category in policy.rules:
        return policy.category_name(category)
    return policies.category_label(category)


# --- drafting and checking ----------------------------------------------------------------------


def parse_days(text: str, what: str) -> tuple[int, ...]:
    """Day numbers as typed ("1,2,3,5,7", "1 2 3", "1，2、3") in order, each once.

    ``what`` names the field in the refusal, e.g. "close contact: test days".
    """
    parts = [p for p in re.split(r"[\s,，、;；]+", text.strip()) if p]
    if not all(p.isascii() and p.isdigit() for p in parts):
        raise ValidationFailed(
            _tr("{what}: '{text}' is not a list of day numbers: write them like 1,2,3,5,7")
            .format(what=what, text=text.strip())
        )
    return tuple(sorted({int(p) for p in parts}))


def _rule_problems(name: str, rule: CategoryRule) -> list[str]:
    problems: list[str] = []
    if not 1 <= rule.centralized_days <= MAX_DAYS:
        problems.append(
            _tr("{category}: centralized days must be 1 to {max}, not {n}").format(
                category=name, max=MAX_DAYS, n=rule.centralized_days))
    outside = [d for d in rule.test_days if not 1 <= d <= rule.centralized_days]
    if outside:
        problems.append(
            _tr("{category}: test day(s) {days} fall outside the {n}-day centralized stay: "
                "use days 1 to {n}").format(
                category=name, days=", ".join(map(str, outside)), n=rule.centralized_days))
    if rule.home_kind is HomeKind.NONE:
        if rule.home_days or rule.home_test_days:
            problems.append(
                _tr("{category}: home days or home tests are set but nothing follows at home: "
                    "choose home health monitoring or home isolation, or clear them").format(
                    category=name))
        return problems
    if not 1 <= rule.home_days <= MAX_DAYS:
        problems.append(
            _tr("{category}: home days must be 1 to {max} when a home period follows, "
                "not {n}").format(category=name, max=MAX_DAYS, n=rule.home_days))
        return problems
    outside = [d for d in rule.home_test_days if not 1 <= d <= rule.home_days]
    if outside:
        problems.append(
            _tr("{category}: home test day(s) {days} fall outside the {n} days at home: "
                "use days 1 to {n}").format(
                category=name, days=", ".join(map(str, outside)), n=rule.home_days))
    return problems


def check_policy(policy: Policy) -> list[str]:
    """Every problem of a draft, one line each (empty when it may be adopted)."""
    problems: list[str] = []
    name = policy.name.strip()
    if not name:
        problems.append(_tr("the version needs a name, e.g. the order's title and date"))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(_tr("the name has more than {n} characters: shorten it").format(
            n=MAX_NAME_LENGTH))
    low, high = FEVER_THRESHOLD_RANGE
    if not low <= policy.fever_threshold <= high:
        problems.append(
            _tr("fever threshold {t} °C is outside {low}–{high} °C: check the order").format(
                t=policy.fever_threshold, low=low, high=high))
    if not policy.rules:
        problems.append(_tr("the version has no category: add at least one"))
    for code, rule in policy.rules.items():
        problems += _rule_problems(policy.category_name(code), rule)
    problems += [str(fault) for fault in policy_file.check(policy.to_dict())
                 if not _SAID_ABOVE.match(fault.path)]
    return problems


#: The fields whose faults are worded above for the editor already.
_SAID_ABOVE = re.compile(
    r"fever_celsius|categories\[\d+\]\.(home\.)?(days|tests\[\d+\]\.days)")


def adopt_policy(session: Session, actor: Actor, policy: Policy,
                 now: datetime | None = None) -> policies.PolicyRecord:
    """Check a draft and put it in force from its effective date (manager only).

    Refused when it would never be in force: a date before the newest version's date would
    leave that newer version in force for every check-in from now on; and when it is the
    newest version again (same rules, name and date), which would change nothing.
    """
    require(actor, Permission.POLICY)
    problems = check_policy(policy)
    if problems:
        raise ValidationFailed(problems[0])
    newest = max(policies.list_versions(session), key=lambda v: (v.effective_from, v.id or 0))
    if policy.effective_from < newest.effective_from:
        raise ValidationFailed(
            _tr("this version would take effect on {day}, before '{newest}' (from {since}), "
                "so it would never be in force: choose {since} or later").format(
                day=policy.effective_from.isoformat(), newest=newest.name,
                since=newest.effective_from.isoformat()))
    if (policy.effective_from == newest.effective_from
            and policies.load(newest).to_dict() == policy.to_dict()):
        raise ValidationFailed(
            _tr("'{name}' is already adopted from {day}: adopting it again would change "
                "nothing").format(name=newest.name, day=newest.effective_from.isoformat()))
    return policies.record_of(policies.adopt(session, actor, policy, now=now))


def stays_per_version(session: Session) -> dict[int, int]:
    """How many stays in quarantine keep each policy version."""
    rows = session.exec(
        select(Stay.policy_id, func.count())
        .where(Stay.status == _IN_QUARANTINE)
        .group_by(Stay.policy_id)
    )
    return {policy_id: n for policy_id, n in rows}


# --- which stays a version affects --------------------------------------------------------------


@dataclass(frozen=True)
class AffectedStay:
    """A stay in quarantine whose dates would change under the new rules."""

    stay_id: int
    guest_name: str
    room: str  # "" when the stay holds no room
    category: str  # the category's code
    old_release: date
    new_release: date
    tests_added: tuple[date, ...]  # PCR dates the new rules require and the old did not
    tests_dropped: tuple[date, ...]  # PCR dates the old rules required and the new do not
    home_changed: bool  # what follows at home (kind, days or home tests) differs
    no_longer_managed: bool  # the new rules no longer hold this category at a site

    @property
    def changed_test_days(self) -> tuple[date, ...]:
        """Every PCR date that is added or dropped, in order."""
        return tuple(sorted((*self.tests_added, *self.tests_dropped)))


def _home(basis: date, rule: CategoryRule) -> tuple[object, ...]:
    """What follows at home for a stay still in quarantine: from its planned release."""
    release = planned_release(basis, rule)
    return (rule.home_kind, home_period(rule, release=release),
            tuple(home_test_dates(rule, release=release)))


def _compare(stay: Stay, name: str, room: str, old: CategoryRule,
             new: CategoryRule) -> AffectedStay | None:
    category = category_code(stay.category)
    arrival = stay.arrival_at.date() if stay.arrival_at else stay.basis_date
    old_tests = set(required_test_dates(stay.basis_date, arrival, old))
    new_tests = set(required_test_dates(stay.basis_date, arrival, new))
    new_release = planned_release(stay.basis_date, new)
    change = AffectedStay(
        stay_id=stay.id or 0, guest_name=name, room=room, category=category,
        old_release=stay.planned_release, new_release=new_release,
        tests_added=tuple(sorted(new_tests - old_tests)),
        tests_dropped=tuple(sorted(old_tests - new_tests)),
        home_changed=_home(stay.basis_date, old) != _home(stay.basis_date, new),
        no_longer_managed=old.managed and not new.managed,
    )
    if (change.old_release == change.new_release and not change.changed_test_days
            and not change.home_changed and not change.no_longer_managed):
        return None
    return change


def affected_stays(session: Session, new_policy: Policy) -> list[AffectedStay]:
    """The stays in quarantine whose release date, PCR dates or home period would change if
    ``new_policy`` were re-applied to them, soonest new release first."""
    rows = session.exec(
        select(Stay, Guest.full_name, Room.number)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(RoomAssignment, (RoomAssignment.stay_id == Stay.id)  # type: ignore[arg-type]
                   & RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        .outerjoin(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(Stay.status == _IN_QUARANTINE)
    ).all()
    found: dict[int, AffectedStay] = {}
    for stay, name, room in rows:
        if stay.id in found:
            continue  # a stay wrongly holding two rooms is listed once
        if stay.category not in new_policy.rules:
            continue  # a category the new rules do not know cannot move to them
        old = policies.policy_by_id(session, stay.policy_id).rule(stay.category)
        change = _compare(stay, name, room or "", old, new_policy.rule(stay.category))
        if change is not None:
            found[stay.id or 0] = change
    return sorted(found.values(), key=lambda c: (c.new_release, c.room, c.guest_name))


# --- re-applying ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reapplied:
    stay_id: int
    guest_name: str
    old_release: date
    new_release: date


def reapply_policy(session: Session, actor: Actor, stay_ids: Iterable[int],
                   policy_version_id: int, now: datetime | None = None) -> list[Reapplied]:
    """Move stays in quarantine to another policy version and recompute their planned release
    (manager only); all or nothing, one audit event per stay."""
    require(actor, Permission.POLICY)
    ids = list(dict.fromkeys(stay_ids))
    if not ids:
        raise ValidationFailed(_tr("select the stays to re-apply the rules to"))
    version = session.get(PolicyVersion, policy_version_id)
    if version is None:
        raise NotFound(_tr("there is no policy version {id}").format(id=policy_version_id))
    policy = policies.load(version)
    stays: list[tuple[Stay, Guest]] = []
    for stay_id in ids:
        stay = session.get(Stay, stay_id)
        if stay is None:
            raise NotFound(_tr("there is no stay {id}").format(id=stay_id))
        guest = session.get(Guest, stay.guest_id)
        assert guest is not None
        if stay.status != _IN_QUARANTINE:
            raise ValidationFailed(
                _tr("{name} is no longer in quarantine ({status}): only stays in quarantine "
                    "can take new rules; leave them out").format(
                    name=guest.full_name, status=stay.status))
        if stay.category not in policy.rules:
            raise ValidationFailed(
                _tr("{name} is a {category}, a category '{version}' does not have: leave "
                    "them out").format(name=guest.full_name,
                                       category=category_name(stay.category),
                                       version=version.name))
        stays.append((stay, guest))
    now = now or datetime.now().replace(microsecond=0)
    done: list[Reapplied] = []
    for stay, guest in stays:
        before = audit.snapshot(stay)
        previous = stay.planned_release
        stay.policy_id = version.id or 0
        stay.planned_release = planned_release(stay.basis_date,
                                               policy.rule(stay.category))
        session.add(stay)
        session.flush()
        audit.record(session, actor, "stay.policy_reapply", "stay", stay.id, before=before,
                     after=audit.snapshot(stay) | {"policy_name": version.name},
                     guest_id=stay.guest_id, at=now)
        done.append(Reapplied(stay_id=stay.id or 0, guest_name=guest.full_name,
                              old_release=previous, new_release=stay.planned_release))
    events.changed(session, events.Topic.STAYS)
    return done
