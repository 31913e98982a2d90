"""The policies the desk ships, each a policy file under ``resources/policies/presets/``.

They are files like any a command centre issues (DESIGN.md §12): the desk reads them the same
way, and a site can export one, change it and import it back.
"""

from __future__ import annotations

from functools import cache

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.domain import policy_file
from quarantine_desk.domain.policy import Policy

PRESETS_DIR = RESOURCES_DIR / "policies" / "presets"

#: Every shipped preset by the slug the command line and the editor use, oldest first.
PRESET_SLUGS = ("9th-edition", "20-measures", "nz-miq-2021", "ebola-21-day")


@cache
def preset(slug: str) -> Policy:
    """A shipped preset; ``KeyError`` for a slug the desk does not ship."""
    if slug not in PRESET_SLUGS:
        raise KeyError(slug)
    return policy_file.read(PRESETS_DIR / f"{slug}.json")


def available() -> list[tuple[str, Policy]]:
    """The shipped presets whose files are present, by slug."""
    return [(slug, preset(slug)) for slug in PRESET_SLUGS
            if (PRESETS_DIR / f"{slug}.json").exists()]


#: China's COVID-19 protocol, 9th edition (June 2022).
NINTH_EDITION = preset("9th-edition")
#: The November 2022 "20 measures" (二十条): close contacts and inbound travellers "5 + 3"
#: (five days centralized, three at home in isolation).
TWENTY_MEASURES = preset("20-measures")
#: The COVID-19 presets of DESIGN.md §3.
PRESETS: tuple[Policy, ...] = (NINTH_EDITION, TWENTY_MEASURES)
