"""Free text, numbers and dates from hostile or careless input (domain/parsing.py,
domain/plausibility.py): invisible characters removed, emoji refused in names, decimal commas
read, impossible dates refused."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain import plausibility
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_line,
    clean_name,
    clean_note,
    clean_text,
    parse_celsius,
    parse_decimal,
    remove_invisible,
)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
JOINERS = "\u200c\u200d"
#: CJK unified ideographs: the basic block, Extension A and Extensions B to G.
CJK = st.one_of(
    st.integers(0x4E00, 0x9FFF), st.integers(0x3400, 0x4DBF), st.integers(0x20000, 0x2A6DF),
    st.integers(0x2A700, 0x2EBE0), st.integers(0x30000, 0x3134A),
).map(chr)
#: Any text, with the troublesome characters made likely.
HOSTILE = st.text(st.one_of(
    st.characters(), st.sampled_from(BIDI + JOINERS + "\x00\x07\x1b\x7f\x85\x9b\ufeff\u200b"
                                     "\u00ad\u2028\U000e0041\r\n\t"), CJK,
    st.sampled_from("😀👨👩🏻\ufe0f"),
))


def _shaped(text: str, index: int) -> bool:
    """A joiner that :func:`remove_invisible` may keep: between two characters it shapes."""
    if not 0 < index < len(text) - 1:
        return False
    return all(
        unicodedata.category(ch) == "So" or ch == "\ufe0f" or 0x1F3FB <= ord(ch) < 0x1F400
        or (unicodedata.category(ch)[0] in "LM" and not ch.isascii())
        for ch in (text[index - 1], text[index + 1])
    )


def _invisible_left(text: str) -> list[str]:
    return [ch for i, ch in enumerate(text)
            if unicodedata.category(ch) in ("Cc", "Cs") and ch != "\n"
            or ch in BIDI
            or unicodedata.category(ch) == "Cf" and not (ch in JOINERS and _shaped(text, i))]


@given(HOSTILE)
def test_clean_text_never_leaves_a_control_or_bidi_character(value: str) -> None:
    for cleaned in (clean_text(value), clean_note(value)):
        assert _invisible_left(cleaned) == []
    line = clean_line(value)
    assert _invisible_left(line) == [] and "\n" not in line


@given(HOSTILE)
def test_cleaning_twice_changes_nothing_more(value: str) -> None:
    assert clean_line(clean_line(value)) == clean_line(value)
    assert clean_note(clean_note(value)) == clean_note(value)


@given(st.text(CJK, min_size=1, max_size=12))
def test_cjk_names_with_extension_b_come_through_unchanged(name: str) -> None:
    assert clean_text(name) == name
    assert clean_name(name) == name
    assert clean_line(name) == name


def test_rare_characters_and_name_punctuation_stay() -> None:
    assert clean_name("𠮷田𪚥") == "𠮷田𪚥"
    assert clean_name(" 阿卜杜拉·买买提 ") == "阿卜杜拉·买买提"
    assert clean_name("O'Brien-Smith  Jr.") == "O'Brien-Smith Jr."


def test_bidi_overrides_and_nul_are_removed_from_names() -> None:
    assert clean_name("王\u202e建国\u202c") == "王建国"
    assert clean_name("\u2067张伟\u2069\u200f") == "张伟"
    assert clean_name("李\x00娜\u200b") == "李娜"
    assert clean_name("王\u200d建国") == "王建国"  # a joiner between Chinese letters hides
    assert clean_name("张\n伟\t") == "张 伟"


def test_joiners_stay_where_they_shape_a_script_or_an_emoji() -> None:
    assert remove_invisible("क्\u200dष") == "क्\u200dष"  # Devanagari
    family = "👨\u200d👩\u200d👧"
    assert clean_note(f"家属 {family} 同来") == f"家属 {family} 同来"


@pytest.mark.parametrize("name", [
    "王😀", "张伟👍🏻", "李娜\u2764\ufe0f", "赵1\ufe0f\u20e3", "钱\ufffd",
])
def test_a_name_with_an_emoji_or_symbol_is_refused_with_the_character(name: str) -> None:
    with pytest.raises(ParseError, match="which is not a letter: check the name") as caught:
        clean_name(name)
    shown = str(caught.value).removeprefix("the name contains ").split(",")[0]
    assert len(shown) == 1 and shown in name


def test_notes_keep_emoji_and_line_ends_but_lose_controls() -> None:
    assert clean_note("第一行\r\n第二行 😀\x1b[31m\u202e") == "第一行\n第二行 😀[31m"


# --- decimal commas ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("25,3", "25.3"), ("25.34", "25.34"), ("２５，３", "25.3"), (" 36,85 ", "36.85"),
    (25.3, "25.3"), (31, "31"), ("-0,5", "-0.5"),
])
def test_numbers_with_a_decimal_point_or_comma(value: object, expected: str) -> None:
    assert parse_decimal(value) == Decimal(expected)


@pytest.mark.parametrize(("value", "message"), [
    ("1,234", "ambiguous"), ("1,234,5", "ambiguous"), ("25,3x", "not a number"),
    ("nan", "not a number"), ("inf", "not a number"), ("1e3", "not a number"), ("", "not a"),
])
def test_ambiguous_or_non_numbers_are_refused(value: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_decimal(value)


def test_a_temperature_with_a_decimal_comma() -> None:
    assert parse_celsius("36,8") == 36.8
    assert parse_celsius("37,25℃") == 37.3


# --- dates that cannot be true -----------------------------------------------------------------

NOW = datetime(2022, 4, 8, 10, 0)


@pytest.mark.parametrize(("arrival", "expected", "message"), [
    (datetime(1900, 4, 7, 21, 30), False, "more than 60 days ago"),
    (datetime(2099, 4, 7, 21, 30), False, "in the future"),
    (NOW + timedelta(hours=2), False, "in the future"),
    (datetime(2099, 4, 7), True, "more than 7 days ahead"),
    (datetime(1900, 4, 7), True, "more than 60 days ago"),
])
def test_impossible_arrivals(arrival: datetime, expected: bool, message: str) -> None:
    with pytest.raises(plausibility.Implausible, match=message):
        plausibility.check_arrival(arrival, NOW, expected=expected)


@pytest.mark.parametrize(("arrival", "expected"), [
    (NOW - timedelta(days=60), False), (NOW + timedelta(minutes=50), False),
    (NOW + timedelta(days=7), True), (NOW - timedelta(days=1), True),
])
def test_arrivals_that_can_be_true(arrival: datetime, expected: bool) -> None:
    plausibility.check_arrival(arrival, NOW, expected=expected)


def test_exposure_and_birth_limits() -> None:
    today = NOW.date()
    plausibility.check_exposure(today, today)
    plausibility.check_exposure(today - timedelta(days=60), today)
    for wrong in (today + timedelta(days=1), date(1900, 1, 1)):
        with pytest.raises(plausibility.Implausible, match="last exposure"):
            plausibility.check_exposure(wrong, today)
    plausibility.check_birth(date(1902, 4, 8), today)
    for wrong in (date(2099, 1, 1), date(1902, 4, 7)):
        with pytest.raises(plausibility.Implausible, match="birth date .* is not possible"):
            plausibility.check_birth(wrong, today)
    assert plausibility.earliest_birth(date(2020, 2, 29)) == date(1900, 2, 28)


def test_sampling_times_must_fall_in_the_stay() -> None:
    arrival, exit_at = datetime(2022, 4, 1, 21, 0), datetime(2022, 4, 8, 9, 0)
    plausibility.check_sampled(arrival - timedelta(hours=20), NOW, arrival)  # at the door
    plausibility.check_sampled(exit_at, NOW, arrival, exit_at)
    for wrong, message in ((datetime(1900, 4, 2, 7, 0), "before the arrival"),
                           (arrival - timedelta(days=2), "before the arrival"),
                           (exit_at + timedelta(hours=1), "after the stay ended"),
                           (NOW + timedelta(hours=1), "in the future")):
        with pytest.raises(plausibility.Implausible, match=message):
            plausibility.check_sampled(wrong, NOW, arrival, exit_at)
