"""Key persons (重点人员): who needs closer follow-up (DESIGN.md §2)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from quarantine_desk.domain.identity import age_on
from quarantine_desk.domain.text import translate

ELDERLY_AGE = 60
CHILD_AGE = 14
_PREGNANCY = re.compile(r"孕|妊娠|pregnan", re.IGNORECASE)


def mentions_pregnancy(conditions: Iterable[str]) -> bool:
    return any(_PREGNANCY.search(c) for c in conditions)


def key_person_flags(
    birth: date | None,
    on: date,
    *,
    pregnant: bool = False,
    conditions: Iterable[str] = (),
) -> list[str]:
    """Why a person is a key person (empty when not one)."""
    flags: list[str] = []
    if birth is not None:
        age = age_on(birth, on)
        if age >= ELDERLY_AGE:
            flags.append(translate("key_persons", "aged {age}").format(age=age))
        elif age < CHILD_AGE:
            flags.append(translate("key_persons", "child, aged {age}").format(age=age))
    conditions = [c for c in conditions if c.strip()]
    if pregnant or mentions_pregnancy(conditions):
        flags.append(translate("key_persons", "pregnant"))
    illnesses = [c for c in conditions if not _PREGNANCY.search(c)]
    if illnesses:
        flags.append(", ".join(illnesses))
    return flags
