"""Identity documents (domain/identity.py): GB 11643 check digit, what the number tells, masks."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    age_on,
    birth_from_resident_id,
    infer_id_type,
    looks_like_resident_id,
    mask_id_number,
    normalise_id_number,
    resident_id_check_char,
    sex_from_resident_id,
    validate_id_number,
    validate_resident_id,
)

SAMPLE = Path(__file__).parent / "data" / "arrivals_sample.csv"
SEX_ZH = {"男": Sex.MALE, "女": Sex.FEMALE}


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


SAMPLE_IDS = [row["证件号码"] for row in sample_rows()]


# --- check digit --------------------------------------------------------------------------------


@pytest.mark.parametrize("number", SAMPLE_IDS)
def test_sample_numbers_are_valid(number: str) -> None:
    assert validate_resident_id(number) == number
    assert looks_like_resident_id(number)
    assert infer_id_type(number) is IdType.RESIDENT_ID


def test_sample_sexes_match_the_id_numbers() -> None:
    rows = sample_rows()
    assert len(rows) == 10
    for row in rows:
        assert sex_from_resident_id(row["证件号码"]) is SEX_ZH[row["性别"]], row["姓名"]


def test_check_character_of_known_numbers() -> None:
    assert resident_id_check_char("32060219880130081") == "X"
    assert resident_id_check_char("32060219560412051") == "7"
    assert resident_id_check_char("11010519491231002") == "X"  # the GB 11643 example


@pytest.mark.parametrize("position", range(18))
def test_any_changed_digit_fails(position: int) -> None:
    number = "320602195604120517"
    changed = str((int(number[position]) + 3) % 10)
    bad = number[:position] + changed + number[position + 1:]
    with pytest.raises(InvalidIdNumber, match="check digit"):
        validate_resident_id(bad)


def test_swapped_neighbouring_digits_fail() -> None:
    with pytest.raises(InvalidIdNumber, match="check digit is 7, should be"):
        validate_resident_id("320602195604120157")


def test_check_digit_message_says_what_it_should_be() -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        validate_resident_id("320602195604120518")
    assert str(caught.value) == (
        "resident ID check digit is 8, should be 7: check the number"
    )


def test_lowercase_x_and_full_width_digits_are_normalised() -> None:
    assert validate_resident_id("32060219880130081x") == "32060219880130081X"
    assert validate_resident_id("３２０６０２１９８８０１３００８１ｘ") == "32060219880130081X"
    assert validate_resident_id(" 320602 19880130 081X\u3000") == "32060219880130081X"
    assert normalise_id_number("e1234567８") == "E12345678"
    assert normalise_id_number(None) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("32060219880130081", "must have 18 characters, not 17: check the number"),
        ("3206021988013008123", "must have 18 characters, not 19: check the number"),
        ("320602880130081", "old 15-digit resident ID: enter the 18-digit number"),
        ("3206021988013008Y1", "17 digits followed by a digit or X"),
        ("X20602198801300811", "17 digits followed by a digit or X"),
    ],
)
def test_malformed_numbers(number: str, message: str) -> None:
    with pytest.raises(InvalidIdNumber, match=message):
        validate_resident_id(number)


def test_valid_check_digit_but_impossible_birth_date() -> None:
    first17 = "32060219990230051"
    number = first17 + resident_id_check_char(first17)
    with pytest.raises(InvalidIdNumber, match=r"no valid birth date \(19990230\)"):
        validate_resident_id(number)


# --- what the number tells ------------------------------------------------------------------------


def test_sex_and_birth_date_from_the_number() -> None:
    assert birth_from_resident_id("320602195604120517") == date(1956, 4, 12)
    assert sex_from_resident_id("320602195604120517") is Sex.MALE
    assert birth_from_resident_id("320602196009210627") == date(1960, 9, 21)
    assert sex_from_resident_id("320602196009210627") is Sex.FEMALE
    assert birth_from_resident_id("32060219880130081X") == date(1988, 1, 30)


def test_age_on_a_date() -> None:
    birth = date(1956, 4, 12)
    assert age_on(birth, date(2022, 4, 11)) == 65
    assert age_on(birth, date(2022, 4, 12)) == 66
    assert age_on(date(2008, 2, 29), date(2022, 2, 28)) == 13
    assert age_on(date(2008, 2, 29), date(2022, 3, 1)) == 14


# --- other documents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("E12345678", IdType.PASSPORT),
        ("g1234567 8", IdType.PASSPORT),
        ("H12345678", IdType.HK_MACAU_PERMIT),
        ("M1234567890", IdType.HK_MACAU_PERMIT),
        ("12345", IdType.OTHER),
        ("1234567890123", IdType.OTHER),
        ("12345678901234567890", IdType.OTHER),
        ("32060219880130081X", IdType.RESIDENT_ID),
        ("320602880130081", IdType.RESIDENT_ID),  # the old 15-digit form
        ("32060219880130081", IdType.RESIDENT_ID),  # a digit short
        ("3206021988013008123", IdType.RESIDENT_ID),  # a digit too many
        ("３２０６０２１９８８０１３００８１", IdType.RESIDENT_ID),  # full-width, a digit short
    ],
)
def test_document_type_is_inferred(number: str, kind: IdType) -> None:
    assert infer_id_type(number) is kind


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("32060219880130081", "resident ID must have 18 characters, not 17: check the number"),
        ("3206021988013008123",
         "resident ID must have 18 characters, not 19: check the number"),
        ("320602880130081", "old 15-digit resident ID: enter the 18-digit number"),
        ("3206021988013008x", "resident ID must have 18 characters, not 17: check the number"),
    ],
)
def test_a_resident_id_a_digit_off_is_never_taken_as_another_document(number: str,
                                                                     message: str) -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        validate_id_number(infer_id_type(number), number)
    assert str(caught.value) == message


def test_other_documents_are_normalised_and_checked() -> None:
    assert validate_id_number(IdType.PASSPORT, " e1234567８ ") == "E12345678"
    assert validate_id_number(IdType.RESIDENT_ID, "32060219880130081x") == "32060219880130081X"
    with pytest.raises(InvalidIdNumber, match="ID number is missing"):
        validate_id_number(IdType.PASSPORT, "  ")
    with pytest.raises(InvalidIdNumber, match="5 to 20 letters or digits"):
        validate_id_number(IdType.PASSPORT, "E12")
    with pytest.raises(InvalidIdNumber, match="5 to 20 letters or digits"):
        validate_id_number(IdType.OTHER, "E12-345/678")
    with pytest.raises(InvalidIdNumber, match="check digit"):
        validate_id_number(IdType.RESIDENT_ID, "320602195604120518")


# --- masking ------------------------------------------------------------------------------------


def test_mask_keeps_first_six_and_last_four() -> None:
    assert mask_id_number("320602195604120517") == "320602********0517"
    assert mask_id_number("32060219880130081X") == "320602********081X"
    assert mask_id_number("E12345678") == "E1*****78"


@pytest.mark.parametrize("number", ["", "A", "AB", "ABC", "ABCD"])
def test_mask_of_very_short_numbers_shows_nothing(number: str) -> None:
    assert mask_id_number(number) == "*" * len(number)


# --- properties -----------------------------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))
digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def first_seventeen(draw: st.DrawFn) -> str:
    area = "".join(draw(st.lists(digits, min_size=6, max_size=6)))
    born = draw(birth_dates).strftime("%Y%m%d")
    order = "".join(draw(st.lists(digits, min_size=3, max_size=3)))
    return area + born + order


@given(first17=first_seventeen())
def test_appending_the_check_char_always_validates(first17: str) -> None:
    number = first17 + resident_id_check_char(first17)
    assert validate_resident_id(number) == number
    assert validate_resident_id(number.lower()) == number
    assert birth_from_resident_id(number).strftime("%Y%m%d") == first17[6:14]
    assert (sex_from_resident_id(number) is Sex.MALE) == (int(first17[16]) % 2 == 1)


@given(first17=first_seventeen(), wrong=st.sampled_from("0123456789X"))
def test_any_other_check_char_fails(first17: str, wrong: str) -> None:
    assume(wrong != resident_id_check_char(first17))
    with pytest.raises(InvalidIdNumber):
        validate_resident_id(first17 + wrong)


@given(first17=first_seventeen(), position=st.integers(0, 16), delta=st.integers(1, 9))
def test_one_changed_digit_is_always_caught(first17: str, position: int, delta: int) -> None:
    number = first17 + resident_id_check_char(first17)
    digit = str((int(number[position]) + delta) % 10)
    with pytest.raises(InvalidIdNumber):
        validate_resident_id(number[:position] + digit + number[position + 1:])


@given(number=st.text(alphabet="0123456789ABCDEFGHX", max_size=25))
def test_mask_never_longer_and_never_reveals_the_middle(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    shown = [i for i, ch in enumerate(masked) if ch != "*"]
    assert all(masked[i] == number[i] for i in shown)
    assert len(shown) <= min(10, max(len(number) - 1, 0))
    if len(number) > 10:
        assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
