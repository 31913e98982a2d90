"""policy versions stored as policy files

The rules of a site are a policy file (DESIGN.md §12): ``policyversion.data`` now holds one,
where it held the older ``{"name", "effective_from", "fever_threshold", "rules"}``. Each stored
version becomes the file of the same meaning, so every stay keeps the dates and tests it had:
the COVID-19 categories, symptoms and test kinds the desk knew before, every test a PCR, the
admission test a PCR, day 0 the last exposure. Only what never had an effect is dropped: test
days after the centralized stay (a test after the release was never asked for), home test days
outside the days at home, and the days or tests of a home period whose kind was "none".

A migration is history: the constants it needs are copied here, not imported from the domain,
whose policy may change again. A row the old code could not read either is left as it was; a
row already in the file's shape (written by a newer desk) is left alone. Downgrading writes the
old shape back (names, bases and test kinds other than the old ones are lost).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMAT = "quarantine-desk-policy/1"
DEFAULT_FEVER = 37.3
#: "第九版防控方案 (9th edition, June 2022)": the Chinese name, then the English in brackets.
_TWO_NAMES = re.compile(r"^(.*) \(([^()]*)\)$")
#: The categories the old desk knew, in the order a file lists them, with their names.
_CATEGORIES: dict[str, tuple[str, str]] = {
    "close_contact": ("密切接触者", "close contact"),
    "secondary_close_contact": ("密接的密接", "secondary close contact"),
    "inbound_traveller": ("入境人员", "inbound traveller"),
    "high_risk_area": ("高风险区人员", "from high-risk area"),
    "other": ("其他", "other"),
}
_SYMPTOMS = (
    ("cough", "咳嗽", "cough"),
    ("sore_throat", "咽痛", "sore throat"),
    ("fatigue", "乏力", "fatigue"),
    ("smell_taste", "嗅觉或味觉减退", "loss of smell or taste"),
    ("diarrhoea", "腹泻", "diarrhoea"),
)
_TEST_KINDS = (("pcr", "核酸", "PCR"), ("antigen", "抗原", "antigen"))
#: The old words for what follows at home, and the file's.
_HOME_WORDS = {"none": "none", "health_monitoring": "monitoring", "isolation": "isolation"}
_OLD_HOME_WORDS = {word: old for old, word in _HOME_WORDS.items()}


def upgrade() -> None:
    _rewrite(op.get_bind(), policy_file)


def downgrade() -> None:
    _rewrite(op.get_bind(), old_policy)


def _rewrite(connection: sa.Connection, convert: Any) -> None:
    """Every stored version through ``convert`` (which returns None to leave a row alone)."""
    rows = connection.execute(sa.text("SELECT id, data FROM policyversion ORDER BY id")).all()
    for row_id, text in rows:
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            continue
        converted = convert(data) if isinstance(data, dict) else None
        if converted is None:
            continue
        connection.execute(sa.text("UPDATE policyversion SET data = :data WHERE id = :id"),
                           {"data": json.dumps(converted, ensure_ascii=False), "id": row_id})


# -- the old shape to the file -------------------------------------------------------------------


def policy_file(old: Mapping[str, Any]) -> dict[str, Any] | None:
    """The policy file meaning what the old ``Policy.to_dict()`` did; None for a row already a
    file, or one the old code could not read."""
    if "format" in old:
        return None
    try:
        rules = old["rules"]
        categories = [_category(code, rules[code]) for code in _in_file_order(rules)]
        zh, en = _names(str(old["name"]))
        data = {
            "format": FORMAT,
            "name": {"zh": zh, "en": en},
            "disease": {"zh": "新型冠状病毒感染", "en": "COVID-19"},
            "order": "",
            "source": "",
            "effective_from": str(old["effective_from"]),
            "fever_celsius": float(old.get("fever_threshold", DEFAULT_FEVER)),
            "plausible_celsius": [34.0, 43.0],
            "reading_slots": ["08:00", "16:00"],
            "symptoms": [_named(item) for item in _SYMPTOMS],
            "test_kinds": [_named(item) for item in _TEST_KINDS],
            "release": {"fever_free_hours": 48, "reading_within_hours": 24,
                        "destination_check": True, "final_test": "pcr"},
            "categories": categories,
        }
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return data


def _names(name: str) -> tuple[str, str]:
    """The Chinese and English names whose listing (``zh (en)``, or ``zh`` when they are the
    same) is the old name exactly."""
    found = _TWO_NAMES.match(name)
    if found and found.group(1) and found.group(2) and found.group(1) != found.group(2):
        return found.group(1), found.group(2)
    return name, name


def _in_file_order(rules: Mapping[str, Any]) -> list[str]:
    """The known categories in their usual order, then any other in the order stored."""
    known = list(_CATEGORIES)
    return sorted(rules, key=lambda code: known.index(code) if code in known else len(known))


def _named(item: tuple[str, str, str]) -> dict[str, str]:
    code, zh, en = item
    return {"code": code, "zh": zh, "en": en}


def _category(code: str, rule: Mapping[str, Any]) -> dict[str, Any]:
    days = int(rule["centralized_days"])
    zh, en = _CATEGORIES.get(code, (code, code))
    home_days = int(rule.get("home_days", 0))
    home_kind = str(rule.get("home_kind", "none"))
    if home_days <= 0 or home_kind == "none":
        home: dict[str, Any] = {"kind": "none", "days": 0, "tests": []}
    else:
        home = {"kind": _HOME_WORDS.get(home_kind, home_kind), "days": home_days,
                "tests": _schedule(rule.get("home_test_days", ()), 1, home_days)}
    return {
        "code": code,
        "zh": zh,
        "en": en,
        "managed": bool(rule.get("managed", True)),
        "basis": "last_exposure",
        "days": days,
        "tests": _schedule(rule.get("test_days", ()), 0, days),
        "admission_test": "pcr",
        "home": home,
    }


def _schedule(days: Iterable[Any], first: int, last: int) -> list[dict[str, Any]]:
    """The PCR days within ``first``–``last``, each once, in the order stored; no schedule when
    none is left (a day outside was never asked for)."""
    kept = list(dict.fromkeys(int(day) for day in days if first <= int(day) <= last))
    return [{"kind": "pcr", "days": kept}] if kept else []


# -- the file back to the old shape --------------------------------------------------------------


def old_policy(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The old shape of a policy file (None for a row in the old shape already)."""
    if "format" not in data:
        return None
    try:
        zh, en = data["name"]["zh"], data["name"]["en"]
        return {
            "name": zh if zh == en else f"{zh} ({en})",
            "effective_from": data["effective_from"],
            "fever_threshold": data["fever_celsius"],
            "rules": {c["code"]: _old_rule(c) for c in data["categories"]},
        }
    except (KeyError, TypeError, IndexError):
        return None


def _old_rule(category: Mapping[str, Any]) -> dict[str, Any]:
    tests, home = category["tests"], category["home"]
    return {
        "centralized_days": category["days"],
        "test_days": list(tests[0]["days"]) if tests else [],
        "home_days": home["days"],
        "home_kind": _OLD_HOME_WORDS.get(home["kind"], home["kind"]),
        "home_test_days": list(home["tests"][0]["days"]) if home["tests"] else [],
        "managed": category["managed"],
    }
