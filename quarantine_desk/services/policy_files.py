"""Policy files in and out (DESIGN.md §12): what ``policy import|export`` and the policy
editor's Import…/Export… buttons share.

A file is read whole and checked before anything is written; adopting it goes through the same
check and audit as a draft typed in the window (:func:`policy_changes.adopt_policy`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session

from quarantine_desk.domain import policy_file, presets
from quarantine_desk.domain.policy import Policy
from quarantine_desk.domain.policy_file import PolicyFileError
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies, policy_changes
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import ValidationFailed

#: The name ``policy export`` takes for the version in force today.
CURRENT = "current"


def _tr(text: str) -> str:
    return translate("policy_files", text)


def refusal(path: Path | str, error: PolicyFileError) -> ValidationFailed:
    """One refusal naming the file and, a line each, every fault by its field path."""
    lines = [_tr("{path}: the policy file has {n} problem(s); nothing was changed:").format(
        path=path, n=len(error.errors))]
    lines += [f"  {fault}" for fault in error.errors]
    return ValidationFailed("\n".join(lines))


def read_file(path: Path | str) -> Policy:
    """The policy a file states, or a :class:`ValidationFailed` naming every fault."""
    target = Path(path)
    if target.is_dir():
        raise ValidationFailed(_tr("{path} is a folder: give a policy file (.json)").format(
            path=target))
    try:
        return policy_file.read(target)
    except FileNotFoundError:
        raise ValidationFailed(_tr("{path} does not exist").format(path=target)) from None
    except PermissionError:
        raise ValidationFailed(_tr("cannot read {path}: no permission").format(
            path=target)) from None
    except PolicyFileError as error:
        raise refusal(target, error) from None


def import_policy(session: Session, actor: Actor, policy: Policy, effective_from: date,
                  now: datetime | None = None) -> policies.PolicyRecord:
    """Adopt a file's policy from ``effective_from`` (manager only, checked and audited)."""
    return policy_changes.adopt_policy(
        session, actor, replace(policy, effective_from=effective_from), now=now)


def named_policy(session: Session, name: str, on: date) -> Policy:
    """What ``policy export NAME`` writes: a shipped preset by its slug, ``current`` (the
    version in force on ``on``), or a stored version by its number or name."""
    wanted = name.strip()
    if wanted.lower() in presets.PRESET_SLUGS:
        return presets.preset(wanted.lower())
    if wanted.lower() == CURRENT:
        return policies.record_in_force(session, on).policy
    for version in reversed(policies.version_records(session)):
        if wanted in (str(version.id), version.name, *version.policy.titles()):
            return version.policy
    raise ValidationFailed(_tr(
        "no policy named '{name}': give a preset ({presets}), current, or a version's "
        "number or name (policy list)").format(name=name,
                                                presets=", ".join(presets.PRESET_SLUGS)))


def file_text(policy: Policy) -> str:
    """The text of a policy file, as written by export."""
    return policy_file.dumps(policy)
