"""Reading the spreadsheets that arrive at the desk (DESIGN.md §6): encodings, headers, cells."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.pdfgen import canvas

from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.tabular import (
    ARRIVAL_FIELDS,
    READING_FIELDS,
    RESULT_FIELDS,
    Sheet,
    read_table,
)

DATA_DIR = Path(__file__).parent / "data"
REQUIRED = ("name", "id_number")

ARRIVALS_CSV = (
    "姓名,证件号码,人员类别,入住时间\r\n"
    "王建国,320602195604120517,密切接触者,2022-04-07 21:30\r\n"
    "李秀英,320602196009210627,密接的密接,2022/4/8\r\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_arrivals(path: Path) -> Sheet:
    return read_table(path, ARRIVAL_FIELDS, REQUIRED)


def names(sheet: Sheet) -> list[object]:
    return [r.values["name"] for r in sheet.rows]


def xlsx_bytes(rows: list[list[object]], title_row: str | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    if title_row is not None:
        sheet.append([title_row])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- the sample list -----------------------------------------------------------------------


def test_sample_arrival_list_reads_ten_rows_with_chinese_headers() -> None:
    sheet = read_arrivals(DATA_DIR / "arrivals_sample.csv")
    assert len(sheet.rows) == 10
    assert [r.row for r in sheet.rows] == list(range(2, 12))
    assert sheet.unknown_columns == []
    assert sheet.missing_columns == []
    first = sheet.rows[0].values
    assert first["name"] == "王建国"
    assert first["id_number"] == "320602195604120517"
    assert first["category"] == "密切接触者"
    assert first["arrival"] == "2022-04-07 21:30"
    assert first["household"] == "H1"
    assert first["conditions"] == "高血压"
    assert first["notes"] is None
    assert sheet.rows[3].values["id_number"] == "32060219880130081X"
    assert sheet.rows[-1].values["name"] == "周杰"


# --- encodings and delimiters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8 with BOM", codecs.BOM_UTF8 + ARRIVALS_CSV.encode("utf-8")),
        ("utf-8 without BOM", ARRIVALS_CSV.encode("utf-8")),
        ("gbk", ARRIVALS_CSV.encode("gbk")),
        ("utf-16 (Excel unicode text)", ARRIVALS_CSV.replace(",", "\t").encode("utf-16")),
    ],
)
def test_csv_encodings(tmp_path: Path, label: str, data: bytes) -> None:
    sheet = read_arrivals(write(tmp_path, "list.csv", data))
    assert names(sheet) == ["王建国", "李秀英"], label
    assert sheet.rows[1].values["category"] == "密接的密接"
    assert sheet.rows[0].values["arrival"] == "2022-04-07 21:30"
    assert sheet.missing_columns == []


def test_gbk_file_is_not_mistaken_for_utf8(tmp_path: Path) -> None:
    """GBK bytes are invalid UTF-8, so strict UTF-8 fails and GB18030 reads them right."""
    data = ARRIVALS_CSV.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    sheet = read_arrivals(write(tmp_path, "gbk.txt", data))
    assert sheet.rows[0].values["id_number"] == "320602195604120517"


def test_gb18030_characters_beyond_gbk(tmp_path: Path) -> None:
    rare_name = "王\U0002C317"  # a character of the extension planes, only in GB18030
    text = f"姓名,证件号码\n{rare_name},320602195604120517\n"
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("gb18030")))
    assert names(sheet) == [rare_name]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    text = ARRIVALS_CSV.replace(",", delimiter)
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert names(sheet) == ["王建国", "李秀英"]
    assert sheet.rows[0].values["category"] == "密切接触者"


def test_commas_inside_a_semicolon_file_stay_in_their_cell(tmp_path: Path) -> None:
    text = "姓名;证件号码;基础疾病\n王建国;320602195604120517;高血压,糖尿病\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.rows[0].values["conditions"] == "高血压,糖尿病"


def test_quoted_cells_with_delimiters_and_newlines(tmp_path: Path) -> None:
    text = (
        '姓名,证件号码,居家地址\n王建国,320602195604120517,"城东街道, 3幢\n1201室"\n'
        "李秀英,X1,B\n"
    )
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.rows[0].values["home_address"] == "城东街道, 3幢\n1201室"
    assert [r.row for r in sheet.rows] == [2, 3]


# --- xlsx --------------------------------------------------------------------------------------


def test_xlsx_keeps_dates_and_numbers(tmp_path: Path) -> None:
    data = xlsx_bytes(
        [
            ["姓名", "证件号码", "入住时间", "末次暴露日期", "联系电话", "房间号", "备注"],
            ["王建国", "320602195604120517", datetime(2022, 4, 7, 21, 30), date(2022, 4, 6),
             13912345678, 301, 36.5],
            ["  李秀英  ", "320602196009210627", "2022年4月8日", None, "139 1234 5671", None,
             None],
        ]
    )
    sheet = read_arrivals(write(tmp_path, "list.xlsx", data))
    first, second = (r.values for r in sheet.rows)
    assert first["arrival"] == datetime(2022, 4, 7, 21, 30)
    assert first["exposure_date"] == datetime(2022, 4, 6, 0, 0)
    assert first["phone"] == 13912345678 and isinstance(first["phone"], int)
    assert first["room"] == 301 and isinstance(first["room"], int)
    assert first["notes"] == 36.5 and isinstance(first["notes"], float)
    assert second["name"] == "李秀英"
    assert second["arrival"] == "2022年4月8日"
    assert second["phone"] == "139 1234 5671"
    assert second["exposure_date"] is None
    assert [r.row for r in sheet.rows] == [2, 3]


def test_xlsx_reads_the_first_worksheet(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["姓名", "证件号码"])
    workbook.active.append(["王建国", "320602195604120517"])
    other = workbook.create_sheet("统计")
    other.append(["姓名", "证件号码"])
    other.append(["不该读到", "1"])
    workbook.active = 1  # saved with the second sheet selected
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    assert names(read_arrivals(path)) == ["王建国"]


def test_xlsx_blank_rows_skipped_with_row_numbers_kept(tmp_path: Path) -> None:
    data = xlsx_bytes(
        [
            ["姓名", "证件号码"],
            ["王建国", "320602195604120517"],
            [None, None],
            ["   ", "\u3000"],
            ["李秀英", "320602196009210627"],
        ]
    )
    sheet = read_arrivals(write(tmp_path, "list.xlsx", data))
    assert [(r.row, r.values["name"]) for r in sheet.rows] == [(2, "王建国"), (5, "李秀英")]


def test_format_is_decided_by_content_not_extension(tmp_path: Path) -> None:
    workbook = xlsx_bytes([["姓名", "证件号码"], ["王建国", "1"]])
    xlsx_named_csv = write(tmp_path, "list.csv", workbook)
    csv_named_xlsx = write(tmp_path, "list.xlsx", ARRIVALS_CSV.encode("utf-8"))
    assert names(read_arrivals(xlsx_named_csv)) == ["王建国"]
    assert names(read_arrivals(csv_named_xlsx)) == ["王建国", "李秀英"]


# --- headers -----------------------------------------------------------------------------------


def test_headers_with_stray_spaces_in_any_order(tmp_path: Path) -> None:
    text = (
        " 人员类别 ,\u3000证件号码\u3000,姓 名 ,ＰＨＯＮＥ, Arrival ,*房间号\n"
        "密切接触者,320602195604120517,王建国,13912345678,2022-04-07,301\n"
    )
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.unknown_columns == []
    assert sheet.rows[0].values == {
        "category": "密切接触者",
        "id_number": "320602195604120517",
        "name": "王建国",
        "phone": "13912345678",
        "arrival": "2022-04-07",
        "room": "301",
    }


def test_english_headers_ignore_case_and_separators(tmp_path: Path) -> None:
    text = "NAME,ID Number,id-type,Exposure_Date\n王建国,320602195604120517,身份证,2022-04-06\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.rows[0].values == {
        "name": "王建国",
        "id_number": "320602195604120517",
        "id_type": "身份证",
        "exposure_date": "2022-04-06",
    }


def test_unknown_columns_are_ignored_and_listed(tmp_path: Path) -> None:
    text = "序号,姓名,证件号码,工作单位,\n1,王建国,320602195604120517,南通二院,\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.unknown_columns == ["序号", "工作单位"]
    assert sheet.rows[0].values == {"name": "王建国", "id_number": "320602195604120517"}


def test_missing_required_columns_are_reported(tmp_path: Path) -> None:
    text = "姓名,人员类别\n王建国,密切接触者\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.missing_columns == ["id_number"]
    assert sheet.rows[0].values == {"name": "王建国", "category": "密切接触者"}


def test_chinese_synonyms_from_the_design_are_accepted() -> None:
    design = {
        "name": "姓名", "id_type": "证件类型", "id_number": "证件号码", "sex": "性别",
        "birth_date": "出生日期", "phone": "联系电话", "category": "人员类别",
        "exposure_date": "末次暴露日期", "arrival": "入住时间", "room": "房间号",
        "household": "同住编号", "batch": "转运批次", "origin": "来源地",
        "home_address": "居家地址", "community": "所属社区", "conditions": "基础疾病",
        "notes": "备注",
    }
    assert set(ARRIVAL_FIELDS) == set(design)
    for field, chinese in design.items():
        assert chinese in ARRIVAL_FIELDS[field]
        assert field in ARRIVAL_FIELDS[field]
    assert {"身份证号", "身份证号码"} <= set(ARRIVAL_FIELDS["id_number"])
    assert {"手机号", "手机号码", "电话"} <= set(ARRIVAL_FIELDS["phone"])


def test_a_title_row_above_the_header_keeps_spreadsheet_row_numbers(tmp_path: Path) -> None:
    data = xlsx_bytes([["姓名", "证件号码"], ["王建国", "320602195604120517"]],
                      title_row="4月7日转运人员名单")
    sheet = read_arrivals(write(tmp_path, "list.xlsx", data))
    assert [(r.row, r.values["name"]) for r in sheet.rows] == [(3, "王建国")]


def test_the_first_filled_of_two_columns_for_one_field_wins(tmp_path: Path) -> None:
    text = "姓名,证件号码,联系电话,手机号\n甲,1,,13912345678\n乙,2,051385123456,13912345679\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert [r.values["phone"] for r in sheet.rows] == ["13912345678", "051385123456"]
    assert sheet.unknown_columns == []


# --- rows and cells ----------------------------------------------------------------------------


def test_blank_rows_skipped_silently_with_row_numbers_kept(tmp_path: Path) -> None:
    text = (
        "姓名,证件号码,人员类别\n"
        "王建国,320602195604120517,密切接触者\n"
        ",,\n"
        "\n"
        "  , \u3000 ,\t\n"
        "李秀英,320602196009210627,密切接触者\n"
        ",,\n"
    )
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert [(r.row, r.values["name"]) for r in sheet.rows] == [(2, "王建国"), (6, "李秀英")]


def test_cells_are_stripped_but_otherwise_raw(tmp_path: Path) -> None:
    text = (
        "姓名,证件号码,末次暴露日期,联系电话\n"
        " 王建国 ,３２０６０２１９５６０４１２０５１ｘ, 2022年4月7日 ,+86 139-1234-5678\n"
    )
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.rows[0].values == {
        "name": "王建国",
        "id_number": "３２０６０２１９５６０４１２０５１ｘ",
        "exposure_date": "2022年4月7日",
        "phone": "+86 139-1234-5678",
    }


def test_short_rows_leave_missing_cells_empty(tmp_path: Path) -> None:
    text = "姓名,证件号码,人员类别,备注\n王建国,320602195604120517\n"
    sheet = read_arrivals(write(tmp_path, "list.csv", text.encode("utf-8")))
    assert sheet.rows[0].values["category"] is None
    assert sheet.rows[0].values["notes"] is None


def test_reading_and_result_lists_with_chinese_headers(tmp_path: Path) -> None:
    readings = "房间号,测量时间,体温,症状\n301,2022-04-08 08:00,36.5℃,无\n"
    sheet = read_table(write(tmp_path, "r.csv", readings.encode("gbk")), READING_FIELDS)
    assert sheet.rows[0].values == {
        "room": "301", "taken_at": "2022-04-08 08:00", "celsius": "36.5℃", "symptoms": "无",
    }
    results = (
        "证件号码,样本编号,检测类型,采样时间,检测结果,报告时间,检测机构,ORF1ab基因Ct值,N基因Ct值\n"
        "320602195604120517,S0001,核酸,2022/4/8 7:00,阴性,2022/4/8 20:00,南通一院,,\n"
    )
    sheet = read_table(write(tmp_path, "t.csv", results.encode("utf-8")), RESULT_FIELDS)
    assert sheet.rows[0].values == {
        "id_number": "320602195604120517", "sample_no": "S0001", "kind": "核酸",
        "sampled_at": "2022/4/8 7:00", "result": "阴性", "reported_at": "2022/4/8 20:00",
        "lab": "南通一院", "ct_orf1ab": None, "ct_n": None,
    }
    assert sheet.unknown_columns == []


def test_header_without_data_rows(tmp_path: Path) -> None:
    sheet = read_arrivals(write(tmp_path, "list.csv", "姓名,证件号码\n".encode()))
    assert sheet.rows == [] and sheet.missing_columns == []


# --- files that are not spreadsheets ------------------------------------------------------------


def assert_one_clear_message(path: Path, *fragments: str) -> str:
    with pytest.raises(ValidationFailed) as caught:
        read_arrivals(path)
    message = str(caught.value)
    assert "\n" not in message
    for fragment in (path.name, *fragments):
        assert fragment in message
    return message


def test_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "name,id_number")
    pdf.save()
    message = assert_one_clear_message(path, "not a spreadsheet", ".xlsx", ".csv", "姓名")
    assert message.startswith("notes.pdf")


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    junk = bytes((i * 37 + 11) % 256 for i in range(4096))
    assert_one_clear_message(write(tmp_path, "list.csv", junk), "not a spreadsheet")


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    path = write(tmp_path, "list.xlsx", buffer.getvalue())
    assert_one_clear_message(path, "not a spreadsheet")


def test_old_excel_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert_one_clear_message(write(tmp_path, "list.xls", ole), ".xls", "save it")


@pytest.mark.parametrize("data", [b"", b"   \r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    assert_one_clear_message(write(tmp_path, "empty.csv", data), "is empty")


def test_text_without_a_recognisable_header_is_refused(tmp_path: Path) -> None:
    text = "a,b,c\n1,2,3\n"
    assert_one_clear_message(write(tmp_path, "numbers.csv", text.encode()), "header")


def test_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    message = assert_one_clear_message(path, "not found")
    assert str(path) in message


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="folder"):
        read_arrivals(tmp_path)
