"""Lenient parsing of typed lists (domain/parsing.py): dates, phones, codes, temperatures, rooms."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.enums import (
    CATEGORY_LABELS_EN,
    CATEGORY_LABELS_ZH,
    Category,
    IdType,
    Sex,
    TestKind,
    TestResult,
)
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_text,
    normalise_phone,
    parse_category,
    parse_celsius,
    parse_date,
    parse_datetime,
    parse_id_type,
    parse_room_spec,
    parse_sex,
    parse_test_kind,
    parse_test_result,
    split_list,
)

APR7 = datetime(2022, 4, 7)

# --- dates and times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-04-07", APR7),
        ("2022-4-7", APR7),
        ("2022/4/7", APR7),
        ("2022/04/07", APR7),
        ("2022.4.7", APR7),
        ("2022年4月7日", APR7),
        ("2022年04月07日", APR7),
        ("2022 年 4 月 7 日", APR7),
        ("２０２２－０４－０７", APR7),
        ("  2022-04-07  ", APR7),
        ("2022-04-07 21:30", datetime(2022, 4, 7, 21, 30)),
        ("2022-04-07T21:30:15", datetime(2022, 4, 7, 21, 30, 15)),
        ("2022/4/7 9:05", datetime(2022, 4, 7, 9, 5)),
        ("2022.4.7 09:05:03", datetime(2022, 4, 7, 9, 5, 3)),
        ("2022年4月7日 21:30", datetime(2022, 4, 7, 21, 30)),
        ("2022年4月7日21时30分", datetime(2022, 4, 7, 21, 30)),
        ("2022年4月7日 21时30分15秒", datetime(2022, 4, 7, 21, 30, 15)),
        ("2022年4月7日 9点30", datetime(2022, 4, 7, 9, 30)),
        ("2022-04-07 21：30", datetime(2022, 4, 7, 21, 30)),
        ("44658", APR7),
        ("44658.875", datetime(2022, 4, 7, 21, 0)),
    ],
)
def test_date_texts(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (44658, APR7),
        (44658.5, datetime(2022, 4, 7, 12, 0)),
        (1, datetime(1899, 12, 31)),
        (datetime(2022, 4, 7, 21, 30, 15, 999), datetime(2022, 4, 7, 21, 30, 15)),
        (datetime(2022, 4, 7, 8, 0, tzinfo=timezone(timedelta(hours=8))),
         datetime(2022, 4, 7, 8, 0)),
        (date(2022, 4, 7), APR7),
    ],
)
def test_excel_cells_and_python_values(value: object, expected: datetime) -> None:
    assert parse_datetime(value) == expected


def test_date_without_time_takes_the_default_time() -> None:
    assert parse_datetime("2022-04-07", default_time=time(8, 0)) == datetime(2022, 4, 7, 8, 0)
    assert parse_datetime(date(2022, 4, 7), default_time=time(8, 0)) == datetime(2022, 4, 7, 8)
    assert parse_datetime("2022-04-07 21:30", default_time=time(8, 0)).hour == 21


def test_parse_date_drops_the_time() -> None:
    assert parse_date("2022/4/7 21:30") == date(2022, 4, 7)
    assert parse_date(datetime(2022, 4, 7, 23, 59)) == date(2022, 4, 7)
    assert parse_date(44658) == date(2022, 4, 7)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "date is empty"),
        (None, "date is empty"),
        ("   ", "date is empty"),
        ("next tuesday", "cannot read 'next tuesday' as a date: write it like 2022-04-07"),
        ("7/4/2022", "cannot read '7/4/2022' as a date"),
        ("2022-02-30", "'2022-02-30' is not a real date or time"),
        ("2022-04-07 25:00", "'2022-04-07 25:00' is not a real date or time"),
        ("2022-13-01", "is not a real date or time"),
        (0, "number 0.0 is not a date"),
        (-5, "is not a date"),
        (3_000_000, "is not a date"),
        (True, "cannot read 'True' as a date"),
    ],
)
def test_bad_dates_are_refused_with_a_reason(value: object, message: str) -> None:
    with pytest.raises(ParseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_datetime(value)


@given(moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)))
def test_written_dates_read_back(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    for text in (
        moment.strftime("%Y-%m-%d %H:%M:%S"),
        moment.isoformat(),
        f"{moment.year}/{moment.month}/{moment.day} {moment.hour}:{moment.minute:02d}:"
        f"{moment.second:02d}",
        f"{moment.year}年{moment.month}月{moment.day}日 {moment.hour}:{moment.minute:02d}:"
        f"{moment.second:02d}",
    ):
        assert parse_datetime(text) == moment
    assert parse_date(f"{moment.year}.{moment.month}.{moment.day}") == moment.date()


@given(day=st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 12, 31)))
def test_excel_serials_count_days_from_1899_12_30(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(float(serial) + 0.99) == day


# --- phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13912345678", "13912345678"),
        ("139 1234 5678", "13912345678"),
        ("139-1234-5678", "13912345678"),
        ("+86 139 1234 5678", "13912345678"),
        ("+86-139-1234-5678", "13912345678"),
        ("+8613912345678", "13912345678"),
        ("0086 139 1234 5678", "13912345678"),
        ("86 13912345678", "13912345678"),
        ("(0513) 8512-3456", "051385123456"),
        ("１３９１２３４５６７８", "13912345678"),
        (13912345678, "13912345678"),
        ("", ""),
        (None, ""),
    ],
)
def test_phones_are_normalised_to_digits(value: object, expected: str) -> None:
    assert normalise_phone(value) == expected


@pytest.mark.parametrize("value", ["123", "+86 12", "1391234567812345678"])
def test_implausible_phones_are_refused(value: str) -> None:
    with pytest.raises(ParseError, match="has .* digits"):
        normalise_phone(value)


# --- categories and other codes -----------------------------------------------------------------


@pytest.mark.parametrize("category", list(Category))
def test_categories_by_code_chinese_and_english_name(category: Category) -> None:
    assert parse_category(category.value) is category
    assert parse_category(category.value.upper()) is category
    assert parse_category(CATEGORY_LABELS_ZH[category]) is category
    assert parse_category(f" {CATEGORY_LABELS_ZH[category]}\u3000") is category
    assert parse_category(CATEGORY_LABELS_EN[category].title()) is category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("密接", Category.CLOSE_CONTACT),
        ("次密接", Category.SECONDARY_CLOSE_CONTACT),
        ("密接的密接人员", Category.SECONDARY_CLOSE_CONTACT),
        ("入境", Category.INBOUND_TRAVELLER),
        ("高风险区", Category.HIGH_RISK_AREA),
        ("High-Risk Area", Category.HIGH_RISK_AREA),
        ("close-contact", Category.CLOSE_CONTACT),
        ("Inbound", Category.INBOUND_TRAVELLER),
    ],
)
def test_category_variants(text: str, category: Category) -> None:
    assert parse_category(text) is category


@pytest.mark.parametrize("text", ["", "访客", "contact"])
def test_unknown_category_says_what_to_use(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_category(text)
    assert str(caught.value) == (
        f"unknown category '{text}': use 密切接触者, 密接的密接, 入境人员, 高风险区人员 or 其他"
    )


@pytest.mark.parametrize(
    ("text", "sex"),
    [("男", Sex.MALE), ("M", Sex.MALE), ("male", Sex.MALE), ("女", Sex.FEMALE),
     (" f ", Sex.FEMALE), ("Female", Sex.FEMALE), ("", None), (None, None)],
)
def test_sex(text: str | None, sex: Sex | None) -> None:
    assert parse_sex(text) is sex


def test_unknown_sex() -> None:
    with pytest.raises(ParseError, match="unknown sex 'x': use 男 or 女"):
        parse_sex("X")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("身份证", IdType.RESIDENT_ID), ("居民身份证", IdType.RESIDENT_ID),
     ("resident_id", IdType.RESIDENT_ID), ("护照", IdType.PASSPORT),
     ("Passport", IdType.PASSPORT), ("港澳通行证", IdType.HK_MACAU_PERMIT),
     ("回乡证", IdType.HK_MACAU_PERMIT), ("其他", IdType.OTHER), ("", None)],
)
def test_id_types(text: str, kind: IdType | None) -> None:
    assert parse_id_type(text) is kind


def test_unknown_id_type() -> None:
    with pytest.raises(ParseError, match="unknown ID type '驾驶证'"):
        parse_id_type("驾驶证")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("pcr", TestKind.PCR), ("PCR", TestKind.PCR), ("核酸", TestKind.PCR),
     ("核酸检测", TestKind.PCR), ("antigen", TestKind.ANTIGEN), ("抗原", TestKind.ANTIGEN),
     ("Antigen ", TestKind.ANTIGEN)],
)
def test_test_kinds(text: str, kind: TestKind) -> None:
    assert parse_test_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "result"),
    [("negative", TestResult.NEGATIVE), ("阴性", TestResult.NEGATIVE),
     ("NEGATIVE", TestResult.NEGATIVE), ("positive", TestResult.POSITIVE),
     ("阳性", TestResult.POSITIVE), ("invalid", TestResult.INVALID), ("无效", TestResult.INVALID),
     ("pending", TestResult.PENDING), ("待出", TestResult.PENDING)],
)
def test_test_results(text: str, result: TestResult) -> None:
    assert parse_test_result(text) is result


def test_unknown_kind_and_result() -> None:
    with pytest.raises(ParseError, match="unknown test kind 'ct'"):
        parse_test_kind("CT")
    with pytest.raises(ParseError, match="unknown result '弱阳'"):
        parse_test_result("弱阳")


# --- temperatures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("36.5", 36.5),
        ("37.3℃", 37.3),
        ("37.3 ℃", 37.3),
        ("37.3°C", 37.3),
        ("37.3 °", 37.3),
        ("３６．８", 36.8),
        (" 36.8 ", 36.8),
        ("37", 37.0),
        (36.5, 36.5),
        (37, 37.0),
        ("34.0", 34.0),
        ("43.0", 43.0),
    ],
)
def test_temperatures(value: object, expected: float) -> None:
    assert parse_celsius(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("36.55", 36.6), ("36.45", 36.5), ("37.25", 37.3), ("37.24", 37.2), (37.25, 37.3),
     ("36.549", 36.5)],
)
def test_temperatures_round_half_up_to_one_decimal(value: object, expected: float) -> None:
    """As a nurse rounds: 37.25 is a fever at the 37.3 threshold, not 37.2."""
    assert parse_celsius(value) == expected


@pytest.mark.parametrize("value", ["3.7", "73", "365", "33.9", "43.1", "-36.5"])
def test_implausible_temperatures_are_typing_errors(value: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_celsius(value)
    assert str(caught.value) == (
        f"{value} °C is outside 34.0–43.0 °C: probably a typing error"
    )


@pytest.mark.parametrize("value", ["", None, "abc", "36,555", "nan", "inf"])
def test_non_numbers_are_not_temperatures(value: object) -> None:
    with pytest.raises(ParseError):
        parse_celsius(value)


@given(hundredths=st.integers(min_value=3400, max_value=4300))
def test_any_plausible_reading_rounds_half_up(hundredths: int) -> None:
    text = f"{hundredths // 100}.{hundredths % 100:02d}"
    expected = float(Decimal(text).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    if 34.0 <= expected <= 43.0:
        assert parse_celsius(text) == expected
        assert parse_celsius(text + "℃") == expected


# --- lists, rooms and text ----------------------------------------------------------------------


def test_split_list_on_every_separator() -> None:
    assert split_list("高血压;糖尿病；心脏病、哮喘,痛风，  甲亢 ") == [
        "高血压", "糖尿病", "心脏病", "哮喘", "痛风", "甲亢"
    ]
    assert split_list("") == []
    assert split_list(None) == []
    assert split_list(";;高血压;") == ["高血压"]


def test_room_range() -> None:
    rooms = parse_room_spec("301-320")
    assert len(rooms) == 20
    assert rooms[0] == "301" and rooms[-1] == "320"
    assert rooms == [str(n) for n in range(301, 321)]


@pytest.mark.parametrize(
    ("spec", "rooms"),
    [
        ("301", ["301"]),
        (" 301 - 303 ", ["301", "302", "303"]),
        ("0901-0903", ["0901", "0902", "0903"]),
        ("305-305", ["305"]),
        ("A12", ["A12"]),
        ("３０１－３０２", ["301", "302"]),
    ],
)
def test_room_specs(spec: str, rooms: list[str]) -> None:
    assert parse_room_spec(spec) == rooms


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("320-301", "room range '320-301' is not valid"),
        ("1-5000", "room range '1-5000' is not valid"),
        ("30 1", "room '30 1' should look like 301 or 301-320"),
        ("", "should look like 301 or 301-320"),
        ("3#01", "should look like 301 or 301-320"),
    ],
)
def test_bad_room_specs(spec: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_room_spec(spec)


def test_clean_text() -> None:
    assert clean_text(None) == ""
    assert clean_text("\u3000ＡＢＣ１２３ ") == "ABC123"
    assert clean_text(301) == "301"
