"""Lenient parsing of what arrives in lists typed by people: dates, phones, codes, numbers,
and the cleaning of free text (names, addresses, notes) before it is stored and printed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from quarantine_desk.domain.enums import (
    CATEGORY_LABELS_EN,
    CATEGORY_LABELS_ZH,
    ID_TYPE_LABELS_ZH,
    Category,
    IdType,
    Sex,
    TestKind,
    TestResult,
    category_code,
)
from quarantine_desk.domain.policy import COVID_TEST_KINDS, Named, Policy
from quarantine_desk.domain.text import translate

_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_TIME = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:时点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?\s*[分秒]?)?$"
)


class ParseError(ValueError):
    """A value could not be understood; the message says what was expected."""


#: Characters that end a line or stand for a blank: in one-line text they become a space.
_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner
#: Scripts whose letters a zero-width (non-)joiner shapes: Arabic to Mongolian and the Indic
#: scripts; between Chinese or Latin letters it only hides something.
_SHAPED_SCRIPTS = ((0x0600, 0x1CFF), (0xA800, 0xABFF), (0x10A00, 0x11FFF))
#: Emoji skin-tone modifiers (category Sk) that only dress an emoji.
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)


def _joinable(ch: str) -> bool:
    """Whether a zero-width joiner next to ``ch`` can mean something: a letter or mark of a
    shaped script, or a pictograph of an emoji sequence (👨‍👩‍👧)."""
    category = unicodedata.category(ch)
    if category == "So" or ch == "\ufe0f" or ord(ch) in _EMOJI_MODIFIERS:
        return True
    return category[0] in "LM" and any(lo <= ord(ch) <= hi for lo, hi in _SHAPED_SCRIPTS)


def remove_invisible(text: str, *, lines: bool = False) -> str:
    """``text`` without the characters that change how it reads without being seen.

    Removed: C0/C1 controls and NUL, bidirectional embeddings, overrides, isolates and marks
    (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C: they make a name print reversed
    or reordered), other invisible format characters (zero-width space, BOM, soft hyphen,
    tags), lone surrogates, and zero-width joiners except between characters they shape.
    Line and tab characters become a space, or with ``lines`` are kept as line ends.
    Private-use characters stay: some rare characters of Chinese names live there.
    """
    kept: list[str] = []
    for index, ch in enumerate(text):
        if ch == "\r" and text[index + 1:index + 2] == "\n":
            continue
        if ch in _BREAKS:
            kept.append("\n" if lines and ch != "\t" else " ")
        elif ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cs", "Cf"):
            kept.append(ch)
    # A joiner stays only between two characters it shapes, as they stand once cleaned.
    return "".join(
        ch for index, ch in enumerate(kept)
        if ch not in _JOINERS
        or (0 < index < len(kept) - 1 and _joinable(kept[index - 1])
            and _joinable(kept[index + 1]))
    )


def clean_text(value: object) -> str:
    """A cell or typed value as text: full-width forms to ASCII, invisible and control
    characters removed (line ends kept), trimmed; None becomes the empty string."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", remove_invisible(str(value), lines=True)).strip()


def clean_line(value: object) -> str:
    """One-line free text (an address, a community, a work unit) as typed, without invisible
    or control characters, every run of spaces and line ends made one space."""
    if value is None:
        return ""
    return " ".join(remove_invisible(str(value)).split())


def clean_note(value: object) -> str:
    """Free text of several lines (notes) as typed: invisible and control characters
    removed, line ends kept as ``\\n``, trimmed. Emoji stay: a note is not printed as a name."""
    if value is None:
        return ""
    text = remove_invisible(str(value), lines=True)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _not_a_letter(ch: str) -> bool:
    """Emoji, pictographs, replacement marks and enclosing marks (keycaps) are no part of a
    person's name; digits and punctuation (a middle dot, a hyphen) may be."""
    return unicodedata.category(ch) in ("So", "Me") or ord(ch) in _EMOJI_MODIFIERS


def clean_name(value: object) -> str:
    """A person's name: :func:`clean_line`, then refused with :class:`ParseError` when it holds
    an emoji or another symbol, rather than stripping it silently (the name on a handover
    form must be the person's, so the desk checks it). Empty stays empty for the caller."""
    name = clean_line(value)
    for ch in name:
        if _not_a_letter(ch):
            raise ParseError(
                translate("parsing", "the name contains {char}, which is not a letter: "
                                     "check the name").format(char=ch)
            )
    return name


def parse_datetime(value: object, *, default_time: time = time(0, 0)) -> datetime:
    """Accept ISO, ``2022/4/7``, ``2022.4.7``, ``2022年4月7日``, with or without a time,
    Excel date cells and Excel serial numbers."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, default_time)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_excel_serial(float(value))
    text = clean_text(value)
    if not text:
        raise ParseError(translate("parsing", "date is empty"))
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _from_excel_serial(float(text))
    match = _DATE_TIME.match(text)
    if not match:
        raise ParseError(
            translate("parsing", "cannot read '{text}' as a date: write it like 2022-04-07")
            .format(text=text)
        )
    y, mo, d, h, mi, s = match.groups()
    try:
        day = date(int(y), int(mo), int(d))
        clock = time(int(h), int(mi), int(s or 0)) if h is not None else default_time
    except ValueError as exc:
        raise ParseError(
            translate("parsing", "'{text}' is not a real date or time").format(text=text)
        ) from exc
    return datetime.combine(day, clock)


def parse_date(value: object) -> date:
    return parse_datetime(value).date()


def _from_excel_serial(serial: float) -> datetime:
    if not 1 <= serial < 2958466:
        raise ParseError(translate("parsing", "number {n} is not a date").format(n=serial))
    moment = _EXCEL_EPOCH + timedelta(days=serial)
    return moment.replace(microsecond=0)


def normalise_phone(value: object) -> str:
    """Digits only; a leading +86 / 0086 country code is dropped."""
    text = clean_text(value)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+86") or digits.startswith("0086"):
        digits = digits[2:] if text.lstrip().startswith("+86") else digits[4:]
    elif len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if len(digits) < 5 or len(digits) > 15:
        raise ParseError(
            translate("parsing", "phone number '{text}' has {n} digits").format(
                text=text, n=len(digits)
            )
        )
    return digits


def _key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", clean_text(text).lower())


#: Other ways lists write the COVID-19 categories, for a policy that has them.
_CATEGORY_ALIASES: dict[str, Category] = {
    _key("密接"): Category.CLOSE_CONTACT,
    _key("次密接"): Category.SECONDARY_CLOSE_CONTACT,
    _key("密接的密接人员"): Category.SECONDARY_CLOSE_CONTACT,
    _key("入境"): Category.INBOUND_TRAVELLER,
    _key("高风险区"): Category.HIGH_RISK_AREA,
    _key("high risk area"): Category.HIGH_RISK_AREA,
    _key("inbound"): Category.INBOUND_TRAVELLER,
}


def parse_category(value: object, policy: Policy | None = None) -> str:
    """The code of the category a list names by code, Chinese or English name: one of
    ``policy``'s (DESIGN.md §12), or of the COVID-19 categories when no policy is given."""
    text = clean_text(value)
    key = _key(text)
    if policy is None:
        names = {c.value: (CATEGORY_LABELS_ZH[c], CATEGORY_LABELS_EN[c]) for c in Category}
    else:
        names = {code: (policy.category_name(code, "zh"), policy.category_name(code, "en"))
                 for code in policy.rules}
    for code, (zh, en) in names.items():
        if key in (_key(code), _key(zh), _key(en)):
            return category_code(code)
    alias = _CATEGORY_ALIASES.get(key)
    if alias is not None and alias.value in names:
        return alias
    listed = [zh for zh, _ in names.values()]
    choices = listed[0] if len(listed) == 1 else (
        ", ".join(listed[:-1]) + translate("parsing", " or ") + listed[-1])
    raise ParseError(translate("parsing", "unknown category '{text}': use {names}").format(
        text=text, names=choices))


_SEX_NAMES = {"男": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE,
              "女": Sex.FEMALE, "f": Sex.FEMALE, "female": Sex.FEMALE}


def parse_sex(value: object) -> Sex | None:
    text = _key(str(value or ""))
    if not text:
        return None
    if text not in _SEX_NAMES:
        raise ParseError(
            translate("parsing", "unknown sex '{text}': use 男 or 女").format(text=text)
        )
    return _SEX_NAMES[text]


_ID_TYPE_NAMES = {_key(v): k for k, v in ID_TYPE_LABELS_ZH.items()}
_ID_TYPE_NAMES.update({_key(t.value): t for t in IdType})
_ID_TYPE_NAMES.update({_key("居民身份证"): IdType.RESIDENT_ID, _key("港澳居民来往内地通行证"):
                       IdType.HK_MACAU_PERMIT, _key("回乡证"): IdType.HK_MACAU_PERMIT})


def parse_id_type(value: object) -> IdType | None:
    text = _key(str(value or ""))
    if not text:
        return None
    if text not in _ID_TYPE_NAMES:
        raise ParseError(
            translate("parsing", "unknown ID type '{text}': use 身份证, 护照, 港澳通行证 or 其他")
            .format(text=text)
        )
    return _ID_TYPE_NAMES[text]


def parse_test_kind(value: object, kinds: Sequence[Named] = COVID_TEST_KINDS) -> str:
    """The code of a test kind written by code or name ("核酸", "抗原检测"): one of ``kinds``
    (the policy's; COVID-19's by default)."""
    text = _key(str(value or ""))
    for kind in kinds:
        names = {_key(kind.code), _key(kind.zh), _key(kind.en), _key(kind.zh + "检测")}
        if text in names:
            return TestKind(kind.code) if kind.code in TestKind._value2member_map_ else kind.code
    choices = translate("parsing", " or ").join(f"{k.code}/{k.zh}" for k in kinds)
    raise ParseError(translate("parsing", "unknown test kind '{text}': use {kinds}").format(
        text=text, kinds=choices or translate("parsing", "none (the policy has no tests)")))


_RESULT_NAMES = {
    "negative": TestResult.NEGATIVE, "阴性": TestResult.NEGATIVE, "neg": TestResult.NEGATIVE,
    "positive": TestResult.POSITIVE, "阳性": TestResult.POSITIVE, "pos": TestResult.POSITIVE,
    "invalid": TestResult.INVALID, "无效": TestResult.INVALID,
    "pending": TestResult.PENDING, "待出": TestResult.PENDING,
}


def parse_test_result(value: object) -> TestResult:
    text = _key(str(value or ""))
    if text not in _RESULT_NAMES:
        raise ParseError(
            translate(
                "parsing",
                "unknown result '{text}': use negative/阴性, positive/阳性, invalid/无效 "
                "or pending/待出",
            ).format(text=text)
        )
    return _RESULT_NAMES[text]


#: The readings a COVID-19 policy accepts (a policy file gives its own: ``plausible_celsius``).
MIN_PLAUSIBLE_CELSIUS = 34.0
MAX_PLAUSIBLE_CELSIUS = 43.0


_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
#: A decimal comma as lab software set up for Europe writes it (25,3); with three digits
#: after the comma (1,234) it cannot be told from a thousands separator.
_DECIMAL_COMMA = re.compile(r"([+-]?\d+),(\d{1,2})")


def parse_decimal(value: object) -> Decimal:
    """A number as people and lab software write it: ``25.3``, ``25,3``, full-width digits,
    an Excel number cell. ``1,234`` is refused as ambiguous, so is anything else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = repr(value) if isinstance(value, float) else str(value)
    text = clean_text(value).replace(" ", "")
    comma = _DECIMAL_COMMA.fullmatch(text)
    if comma:
        text = f"{comma.group(1)}.{comma.group(2)}"
    elif "," in text and _NUMBER.fullmatch(text.replace(",", "")):
        raise ParseError(
            translate("parsing", "'{text}' is ambiguous: write the decimal point as a dot "
                                 "(25.3) and no thousands separator").format(text=text)
        )
    if not _NUMBER.fullmatch(text):
        raise ParseError(translate("parsing", "'{text}' is not a number").format(text=text))
    return Decimal(text)


def parse_celsius(
    value: object,
    plausible: tuple[float, float] | None = (MIN_PLAUSIBLE_CELSIUS, MAX_PLAUSIBLE_CELSIUS),
) -> float:
    """A temperature in °C with one decimal (a decimal comma is read too); a value outside
    ``plausible`` (the stay's policy's range, COVID-19's by default) is a typing error.

    ``plausible=None`` only reads the number, for a file read before its rows' stays, and so
    their policies, are known: the range is checked once they are."""
    text = clean_text(value).replace("℃", "").replace("°C", "").replace("°", "").strip()
    try:  # half up on the decimal text, as people round: 37.25 is 37.3 (float gives 37.2)
        celsius = float(parse_decimal(text).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ParseError) as exc:
        raise ParseError(
            translate("parsing", "'{text}' is not a temperature").format(text=text)
        ) from exc
    if plausible is not None and not plausible[0] <= celsius <= plausible[1]:
        raise ParseError(
            translate(
                "parsing", "{value} °C is outside {low}–{high} °C: probably a typing error"
            ).format(value=text, low=f"{plausible[0]:.1f}", high=f"{plausible[1]:.1f}")
        )
    return celsius


def split_list(value: object) -> list[str]:
    """Split ``a;b；c、d,e，f`` into items."""
    text = clean_text(value)
    return [part.strip() for part in re.split(r"[;；、,，]", text) if part.strip()]


def parse_room_spec(spec: str) -> list[str]:
    """``301`` or ``301-320`` to room numbers."""
    text = clean_text(spec)
    match = re.fullmatch(r"(\d+)\s*-\s*(\d+)", text)
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if end < start or end - start > 2000:
            raise ParseError(
                translate("parsing", "room range '{text}' is not valid").format(text=text)
            )
        width = len(match.group(1))
        return [str(n).zfill(width) for n in range(start, end + 1)]
    if re.fullmatch(r"[A-Za-z0-9]{1,10}", text):
        return [text]
    raise ParseError(
        translate("parsing", "room '{text}' should look like 301 or 301-320").format(text=text)
    )
