"""The policy file (DESIGN.md §12): reading, checking and writing it.

A command centre issues a policy as a JSON file; every site imports the same file. Nothing of
a file is used until all of it is right, and each fault is named by its field path
(``categories[1].tests[0].kind``) so the person fixing the file knows where to look. The
structure is checked by the published JSON Schema (``resources/policies/policy.schema.json``),
what a schema cannot say (codes that must exist, days within the stay) by :func:`_meaning`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.policy import (
    Basis,
    CategoryRule,
    Named,
    Policy,
    ReleaseRule,
    listed_name,
)
from quarantine_desk.domain.text import translate

FORMAT = "quarantine-desk-policy/1"
SCHEMA_PATH = RESOURCES_DIR / "policies" / "policy.schema.json"

#: The file's words for what follows at home, and the desk's.
_HOME_KINDS = {"none": HomeKind.NONE, "monitoring": HomeKind.HEALTH_MONITORING,
               "isolation": HomeKind.ISOLATION}
_HOME_WORDS = {kind: word for word, kind in _HOME_KINDS.items()}


def _tr(text: str) -> str:
    return translate("policy_file", text)


@dataclass(frozen=True)
class FieldError:
    """One fault of a file: where (a field path) and what is wrong there."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or _tr('(the file)')}: {self.message}"


class PolicyFileError(ValueError):
    """A policy file that cannot be used, with every fault found in it."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def path_text(parts: Iterable[str | int]) -> str:
    """``["categories", 1, "tests"]`` → ``categories[1].tests``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@cache
def schema() -> dict[str, Any]:
    """The published JSON Schema of the file format."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


# -- checking ----------------------------------------------------------------------------------


def check(data: object) -> list[FieldError]:
    """Every fault of a parsed file, by field path (empty when the file can be used).

    The schema's faults and the meaning's are reported together, so one round of fixing
    suffices; a part the schema found broken is not judged for its meaning.
    """
    validator = jsonschema.Draft202012Validator(schema())
    faults = list(validator.iter_errors(data))
    errors = [error for fault in faults for error in _schema_faults(fault)]
    if isinstance(data, Mapping):
        errors += _meaning(_Sound(data, [tuple(f.absolute_path) for f in faults]))
    return sorted(set(errors), key=lambda e: (e.path, e.message))


class _Sound:
    """The parts of a file whose structure the schema accepted."""

    def __init__(self, data: Mapping[str, Any], broken: list[tuple[str | int, ...]]) -> None:
        self.data = data
        self._broken = broken

    def get(self, *path: str | int) -> Any:
        """The value at ``path`` if it exists and nothing in it is broken, else ``None``."""
        if any(fault[:len(path)] == path for fault in self._broken):
            return None
        value: Any = self.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return None
        return value


def _schema_faults(error: jsonschema.ValidationError) -> list[FieldError]:
    """A schema error in the desk's words (the library's are for programmers)."""
    where = list(error.absolute_path)
    value, rule = error.instance, error.validator_value
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 40:
        shown = shown[:37] + "…"
    kind = error.validator
    if kind == "required":
        return [FieldError(path_text([*where, name]), _tr("missing: this field is required"))
                for name in rule if name not in value]
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known)
        return [FieldError(path_text([*where, name]),
                           _tr("unknown field; the fields here are {names}").format(
                               names=", ".join(sorted(known)))) for name in extra]
    texts = {
        "type": _tr("must be {rule}, not {value}"),
        "minimum": _tr("must be at least {rule}, not {value}"),
        "maximum": _tr("must be at most {rule}, not {value}"),
        "enum": _tr("must be one of {rule}, not {value}"),
        "const": _tr("must be {rule}, not {value}"),
        "minItems": _tr("needs at least {rule} item(s)"),
        "maxItems": _tr("takes at most {rule} item(s)"),
        "minLength": _tr("must not be empty"),
        "maxLength": _tr("is longer than {rule} characters"),
        "uniqueItems": _tr("lists the same value twice"),
        "pattern": _tr("{value} is not in the expected form"),
    }
    if kind == "pattern":
        template = _PATTERN_HINTS.get(rule) or texts["pattern"]
    else:
        template = texts.get(kind, error.message)
    if kind == "type":
        rule = _tr(" or ").join(_type_word(t) for t in (rule if isinstance(rule, list) else [rule]))
    elif kind in ("enum", "const"):
        rule = ", ".join(json.dumps(v, ensure_ascii=False) for v in
                         (rule if isinstance(rule, list) else [rule]))
    return [FieldError(path_text(where), template.format(rule=rule, value=shown))]


def _type_word(name: str) -> str:
    words = {"string": _tr("text"), "number": _tr("a number"), "integer": _tr("a whole number"),
             "boolean": _tr("true or false"), "null": "null", "array": _tr("a list"),
             "object": _tr("an object")}
    return words.get(name, name)


_PATTERN_HINTS = {
    "^[a-z][a-z0-9_]{0,39}$": _tr(
        "{value} is not a code: use lower-case letters, digits and _, starting with a letter"),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": _tr("{value} is not a date: write YYYY-MM-DD"),
    "^([01][0-9]|2[0-3]):[0-5][0-9]$": _tr("{value} is not a time: write HH:MM (00:00–23:59)"),
}


def _meaning(sound: _Sound) -> Iterator[FieldError]:
    """What the schema cannot say: codes that exist and are unique, days within the stay."""
    effective = sound.get("effective_from")
    if effective is not None:
        try:
            date.fromisoformat(effective)
        except ValueError:
            yield FieldError("effective_from", _tr("{value} is not a date of the calendar")
                             .format(value=effective))
    plausible, fever = sound.get("plausible_celsius"), sound.get("fever_celsius")
    if plausible is not None:
        low, high = plausible
        if low >= high:
            yield FieldError("plausible_celsius",
                             _tr("the lowest reading must be below the highest"))
        elif fever is not None and not low < fever <= high:
            yield FieldError("fever_celsius", _tr(
                "must lie within plausible_celsius ({low}–{high})").format(low=low, high=high))
    slots = sound.get("reading_slots")
    if slots is not None and any(a >= b for a, b in zip(slots, slots[1:], strict=False)):
        yield FieldError("reading_slots", _tr("the times must be in order, each once"))
    for field in ("symptoms", "test_kinds", "categories"):
        yield from _unique(sound.data.get(field), field)
    listed = sound.get("test_kinds")
    if listed is None:
        return  # which kinds exist is unknown until test_kinds is right
    kinds = [k["code"] for k in listed]
    final = sound.get("release", "final_test")
    if final is not None and final not in kinds:
        yield _unknown_kind("release.final_test", final, kinds)
    categories = sound.data.get("categories")
    for index in range(len(categories) if isinstance(categories, list) else 0):
        category = sound.get("categories", index)
        if category is not None:
            yield from _category_faults(category, f"categories[{index}]", kinds)


def _unique(items: object, where: str) -> Iterator[FieldError]:
    """Codes, and names (an arrival list may name a category by either), appear once."""
    if not isinstance(items, list):
        return
    for key in ("code", "zh", "en"):
        seen: set[str] = set()
        for index, item in enumerate(items):
            value = item.get(key) if isinstance(item, Mapping) else None
            if not isinstance(value, str):
                continue
            if _name_key(value) in seen:
                yield FieldError(f"{where}[{index}].{key}", _tr(
                    "{value} is used twice; each must be different").format(value=value))
            seen.add(_name_key(value))


def _name_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text.lower())


def _unknown_kind(path: str, kind: str, kinds: list[str]) -> FieldError:
    known = ", ".join(kinds) if kinds else _tr("none: the file lists no test_kinds")
    return FieldError(path, _tr("unknown test kind {kind}; the file's test_kinds are {known}")
                      .format(kind=kind, known=known))


def _category_faults(category: Mapping[str, Any], where: str,
                     kinds: list[str]) -> Iterator[FieldError]:
    days, home = category["days"], category["home"]
    yield from _schedule_faults(category["tests"], f"{where}.tests", kinds, 0, days)
    admission = category["admission_test"]
    if admission is not None:
        if admission not in kinds:
            yield _unknown_kind(f"{where}.admission_test", admission, kinds)
        elif category["tests"] and category["tests"][0]["kind"] != admission:
            yield FieldError(f"{where}.admission_test", _tr(
                "must be the schedule's kind ({kind}) or null").format(
                kind=category["tests"][0]["kind"]))
    yield from _schedule_faults(home["tests"], f"{where}.home.tests", kinds, 1, home["days"])
    if home["kind"] == "none" and (home["days"] or home["tests"]):
        yield FieldError(f"{where}.home.days", _tr(
            "nothing follows at home (kind none): days must be 0 and tests empty"))
    if home["kind"] != "none" and home["days"] == 0:
        yield FieldError(f"{where}.home.days",
                         _tr("must be at least 1 when something follows at home"))


def _schedule_faults(schedule: list[Mapping[str, Any]], where: str, kinds: list[str],
                     first: int, last: int) -> Iterator[FieldError]:
    if len(schedule) > 1:
        yield FieldError(f"{where}[1]", _tr(
            "one test kind per schedule: list the days of a single kind"))
    for index, entry in enumerate(schedule):
        if entry["kind"] not in kinds:
            yield _unknown_kind(f"{where}[{index}].kind", entry["kind"], kinds)
        for at, day in enumerate(entry["days"]):
            if not first <= day <= last:
                yield FieldError(f"{where}[{index}].days[{at}]", _tr(
                    "day {day} is outside the period (days {first}–{last})").format(
                    day=day, first=first, last=last))


# -- reading and writing -----------------------------------------------------------------------


def from_file(data: Mapping[str, Any]) -> Policy:
    """The policy a file states; raises :class:`PolicyFileError` with every fault."""
    errors = check(data)
    if errors:
        raise PolicyFileError(errors)
    zh, en = data["name"]["zh"], data["name"]["en"]
    release = data["release"]
    return Policy(
        name=listed_name(zh, en),
        effective_from=date.fromisoformat(data["effective_from"]),
        rules={c["code"]: _rule(c) for c in data["categories"]},
        fever_threshold=float(data["fever_celsius"]),
        name_zh=zh,
        name_en=en,
        disease_zh=data["disease"]["zh"],
        disease_en=data["disease"]["en"],
        order=data.get("order", ""),
        source=data.get("source", ""),
        plausible_celsius=(float(data["plausible_celsius"][0]),
                           float(data["plausible_celsius"][1])),
        reading_slots=tuple(time.fromisoformat(s) for s in data["reading_slots"]),
        symptoms=tuple(Named(s["code"], s["zh"], s["en"]) for s in data["symptoms"]),
        test_kinds=tuple(Named(k["code"], k["zh"], k["en"]) for k in data["test_kinds"]),
        release=ReleaseRule(
            fever_free_hours=release["fever_free_hours"],
            reading_within_hours=release["reading_within_hours"],
            destination_check=release["destination_check"],
            final_test=release["final_test"],
        ),
    )


def _rule(category: Mapping[str, Any]) -> CategoryRule:
    tests, home = category["tests"], category["home"]
    admission = category["admission_test"]
    return CategoryRule(
        centralized_days=category["days"],
        test_days=tuple(tests[0]["days"]) if tests else (),
        home_days=home["days"],
        home_kind=_HOME_KINDS[home["kind"]],
        home_test_days=tuple(home["tests"][0]["days"]) if home["tests"] else (),
        managed=category["managed"],
        test_kind=tests[0]["kind"] if tests else (admission or ""),
        admission_test=admission,
        home_test_kind=home["tests"][0]["kind"] if home["tests"] else "",
        basis=Basis(category["basis"]),
        zh=category["zh"],
        en=category["en"],
    )


def to_file(policy: Policy) -> dict[str, Any]:
    """The policy as a file of the published format."""
    zh, en = policy.titles()
    return {
        "format": FORMAT,
        "name": {"zh": zh, "en": en},
        "disease": {"zh": policy.disease_zh, "en": policy.disease_en},
        "order": policy.order,
        "source": policy.source,
        "effective_from": policy.effective_from.isoformat(),
        "fever_celsius": policy.fever_threshold,
        "plausible_celsius": list(policy.plausible_celsius),
        "reading_slots": [s.strftime("%H:%M") for s in policy.reading_slots],
        "symptoms": [_named(s) for s in policy.symptoms],
        "test_kinds": [_named(k) for k in policy.test_kinds],
        "release": {
            "fever_free_hours": policy.release.fever_free_hours,
            "reading_within_hours": policy.release.reading_within_hours,
            "destination_check": policy.release.destination_check,
            "final_test": policy.release.final_test,
        },
        "categories": [_category(policy, code, rule) for code, rule in policy.rules.items()],
    }


def _named(item: Named) -> dict[str, str]:
    return {"code": item.code, "zh": item.zh, "en": item.en}


def _schedule(kind: str, days: tuple[int, ...]) -> list[dict[str, Any]]:
    return [{"kind": kind, "days": list(days)}] if days else []


def _category(policy: Policy, code: str, rule: CategoryRule) -> dict[str, Any]:
    home_kind = rule.home_kind if rule.home_days > 0 else HomeKind.NONE
    home_days = rule.home_days if home_kind is not HomeKind.NONE else 0
    home_tests = rule.home_test_days if home_kind is not HomeKind.NONE else ()
    return {
        "code": str(code),
        "zh": policy.category_name(code, "zh"),
        "en": policy.category_name(code, "en"),
        "managed": rule.managed,
        "basis": rule.basis.value,
        "days": rule.centralized_days,
        "tests": _schedule(rule.test_kind, rule.test_days),
        "admission_test": rule.admission_test,
        "home": {"kind": _HOME_WORDS[home_kind], "days": home_days,
                 "tests": _schedule(rule.home_test_kind or "pcr", home_tests)},
    }


# -- files ---------------------------------------------------------------------------------------


def read(path: Path) -> Policy:
    """A policy file from disk; a file that is not JSON is named with its line and column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise PolicyFileError([FieldError("", _tr("the file is not UTF-8 text"))]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PolicyFileError([FieldError("", _tr(
            "not JSON: {reason} at line {line}, column {column}").format(
            reason=error.msg, line=error.lineno, column=error.colno))]) from None
    return from_file(data)


def dumps(policy: Policy) -> str:
    """The file's text: two-space indents, with short lists (days, names) kept on one line."""
    text = json.dumps(to_file(policy), ensure_ascii=False, indent=2)
    return _SHORT_LIST.sub(lambda m: "[" + ", ".join(
        part.strip() for part in m.group(1).split(",")) + "]", text) + "\n"


#: A list of numbers or short strings spread over lines by ``indent``.
_ITEM = r"(?:-?[\d.]+|\"[^\"\n]{0,12}\")"
_SHORT_LIST = re.compile(rf"\[\s*({_ITEM}(?:,\s*{_ITEM})*)\s*\]")
