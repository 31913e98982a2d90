"""The policy in force: versioned by the date it takes effect (DESIGN.md §3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from sqlmodel import Session, select

from quarantine_desk.domain.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_ZH
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Named, Policy
from quarantine_desk.domain.presets import NINTH_EDITION
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.store.models import PolicyVersion


@dataclass(frozen=True)
class PolicyRecord:
    """A policy version as it leaves the core: its rules read, who adopted it and when."""

    id: int
    name: str
    effective_from: date
    created_at: datetime
    created_by: str
    policy: Policy


def record_of(row: PolicyVersion) -> PolicyRecord:
    return PolicyRecord(id=row.id or 0, name=row.name, effective_from=row.effective_from,
                        created_at=row.created_at, created_by=row.created_by, policy=load(row))


def _store(session: Session, policy: Policy, by: str, now: datetime) -> PolicyVersion:
    row = PolicyVersion(
        name=policy.name,
        effective_from=policy.effective_from,
        data=json.dumps(policy.to_dict(), ensure_ascii=False),
        created_at=now,
        created_by=by,
    )
    session.add(row)
    session.flush()
    return row


def has_versions(session: Session) -> bool:
    """Whether any policy version is stored yet."""
    return session.exec(select(PolicyVersion.id).limit(1)).first() is not None


def ensure_default(session: Session) -> None:
    """A new database starts with the 9th-edition rules in force."""
    if not has_versions(session):
        _store(session, NINTH_EDITION, "system", datetime.now().replace(microsecond=0))


def load(row: PolicyVersion) -> Policy:
    return _parse(row.data)


def policy_row_on(session: Session, on: date) -> PolicyVersion:
    """The version in force on ``on`` (the newest that took effect by then, else the oldest)."""
    ensure_default(session)
    row = session.exec(
        select(PolicyVersion)
        .where(PolicyVersion.effective_from <= on)
        .order_by(PolicyVersion.effective_from.desc(), PolicyVersion.id.desc())  # type: ignore[union-attr]
    ).first()
    if row is None:
        row = session.exec(
            select(PolicyVersion).order_by(PolicyVersion.effective_from, PolicyVersion.id)
        ).first()
    assert row is not None
    return row


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _parse(data: str) -> Policy:
    """A stored version's rules, checked once per distinct text (the file check is not free)."""
    policy = Policy.from_dict(json.loads(data))
    for code in policy.rules:
        _category_names[code] = Named(code, policy.category_name(code, "zh"),
                                      policy.category_name(code, "en"))
    _test_kind_names.update((kind.code, kind) for kind in policy.test_kinds)
    return policy


#: Every category code's names, from the versions read so far (the newest read wins): a code
#: keeps one name across versions, and the stays of an older version are named as they were.
_category_names: dict[str, Named] = {}


def category_label(code: str, language: str | None = None) -> str:
    """A category's name in ``language`` (default the reader's), by the policy versions the
    desk has read; the COVID-19 names, or the code itself, for a code none of them has."""
    found = _category_names.get(code) or Named(
        code, CATEGORY_LABELS_ZH.get(code, code), CATEGORY_LABELS_EN.get(code, code))  # type: ignore[call-overload]
    return found.label(language)


#: Every test kind's names, the same way: a stored test of any version is named as its policy
#: names its kind.
_test_kind_names: dict[str, Named] = {}


def test_kind_label(code: str, language: str | None = None) -> str:
    """A test kind's name in ``language`` (default the reader's), by the versions read so far;
    COVID-19's names, or the code itself, for a kind none of them lists."""
    found = _test_kind_names.get(code) or NINTH_EDITION.test_kind(code)
    return found.label(language)


def is_test_kind(code: str) -> bool:
    """Whether a policy read so far (or COVID-19's) lists ``code`` as a test kind."""
    return code in _test_kind_names or any(k.code == code for k in NINTH_EDITION.test_kinds)


def test_kinds_of_all_versions(session: Session) -> tuple[Named, ...]:
    """The test kinds any stored version lists (the newest version's names win): what a lab
    file may name before its rows are matched to stays, each of which then checks its own."""
    kinds: dict[str, Named] = {}
    for policy in read_all(session):
        kinds.update((kind.code, kind) for kind in policy.test_kinds)
    return tuple(kinds.values())


def read_all(session: Session) -> list[Policy]:
    """Every stored version's rules, oldest first; reading them teaches
    :func:`category_label` and :func:`test_kind_label` every name."""
    return [_parse(row.data) for row in list_versions(session)]


def policy_by_id(session: Session, policy_id: int) -> Policy:
    """The policy a stay keeps; parsed once per distinct version text."""
    row = session.get(PolicyVersion, policy_id)
    if row is None:
        raise LookupError(policy_id)
    return _parse(row.data)


def list_versions(session: Session) -> list[PolicyVersion]:
    ensure_default(session)
    return list(session.exec(select(PolicyVersion).order_by(PolicyVersion.effective_from)))


def version_records(session: Session) -> list[PolicyRecord]:
    """Every version, oldest first, for the faces to list."""
    return [record_of(row) for row in list_versions(session)]


def record_in_force(session: Session, on: date) -> PolicyRecord:
    """The version in force on ``on`` (see :func:`policy_row_on`), for the faces to show."""
    return record_of(policy_row_on(session, on))


def adopt(session: Session, actor: Actor, policy: Policy,
          now: datetime | None = None) -> PolicyVersion:
    """Put a new version in force from ``policy.effective_from`` (manager only).

    The draft is not checked here: a person's draft goes through
    :func:`quarantine_desk.services.policy_changes.adopt_policy`, which refuses a bad one;
    only shipped presets (the demo's) come straight here.
    """
    require(actor, Permission.POLICY)
    now = now or datetime.now().replace(microsecond=0)
    row = _store(session, policy, actor.username, now)
    audit.record(session, actor, "policy.adopt", "policyversion", row.id,
                 after={"name": policy.name, "file": policy.to_dict()}, at=now)
    events.changed(session, events.Topic.POLICY)
    return row


@dataclass(frozen=True)
class CategoryChoice:
    """A category a person can be checked in under, as the faces offer it."""

    code: str
    name: str  # in the reader's language
    managed: bool


def categories_in_force(session: Session, on: date) -> list[CategoryChoice]:
    """The categories of the version in force on ``on``, in the file's order."""
    read_all(session)
    policy = load(policy_row_on(session, on))
    return [CategoryChoice(code, policy.category_name(code), rule.managed)
            for code, rule in policy.rules.items()]
