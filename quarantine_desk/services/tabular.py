"""Spreadsheets that arrive at the desk (DESIGN.md §5/§6), read into rows of raw cell values.

Lists come from the disease-control system, the command centre or a lab as ``.xlsx`` or as CSV
saved by Excel in China (UTF-8 with or without BOM, GBK/GB18030, sometimes UTF-16 "Unicode
text"), with English or Chinese headers in any order. This module only finds the header and the
cells; the domain parsers turn the cells into dates, phones and categories.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from quarantine_desk.domain.text import translate
from quarantine_desk.services.errors import ValidationFailed

_ID_NUMBER = ("id_number", "证件号码", "身份证号", "身份证号码", "证件号", "id_no")
_ROOM = ("room", "房间号", "房号", "房间", "room_no")

#: The arrival list of DESIGN.md §6: canonical field -> accepted header spellings.
ARRIVAL_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "姓名", "名字", "full_name"),
    "id_type": ("id_type", "证件类型"),
    "id_number": _ID_NUMBER,
    "sex": ("sex", "性别", "gender"),
    "birth_date": ("birth_date", "出生日期", "出生年月日", "date_of_birth"),
    "phone": ("phone", "联系电话", "手机号", "手机号码", "电话", "电话号码", "联系方式", "mobile"),
    "category": ("category", "人员类别", "人员类型", "类别"),
    "exposure_date": ("exposure_date", "末次暴露日期", "末次暴露时间", "末次接触日期",
                      "last_exposure"),
    "arrival": ("arrival", "入住时间", "入住日期", "到达时间", "arrival_time"),
    "room": _ROOM,
    "household": ("household", "同住编号", "同住人编号", "家庭编号"),
    "batch": ("batch", "转运批次", "批次"),
    "origin": ("origin", "来源地", "来源"),
    "home_address": ("home_address", "居家地址", "家庭住址", "现住址", "住址"),
    "community": ("community", "所属社区", "社区"),
    "conditions": ("conditions", "基础疾病", "基础病"),
    "notes": ("notes", "备注", "note", "remarks"),
}

#: Temperature readings (`import readings`).
READING_FIELDS: dict[str, tuple[str, ...]] = {
    "id_number": _ID_NUMBER,
    "room": _ROOM,
    "taken_at": ("taken_at", "测量时间", "测温时间", "测量日期时间"),
    "celsius": ("celsius", "体温", "体温(℃)", "体温(°C)", "温度", "temperature"),
    "symptoms": ("symptoms", "症状", "症状体征"),
}

#: Test results from a lab (`import results`).
RESULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id_number": _ID_NUMBER,
    "sample_no": ("sample_no", "样本编号", "样本号", "采样管编号", "条码号"),
    "kind": ("kind", "检测类型", "检测项目", "检测方式"),
    "sampled_at": ("sampled_at", "采样时间", "采样日期"),
    "result": ("result", "检测结果", "结果"),
    "reported_at": ("reported_at", "报告时间", "报告日期"),
    "lab": ("lab", "检测机构", "检测单位"),
    "ct_orf1ab": ("ct_orf1ab", "ORF1ab", "ORF1ab基因Ct值", "ORF1ab Ct值", "Ct(ORF1ab)"),
    "ct_n": ("ct_n", "N基因", "N基因Ct值", "N Ct值", "Ct(N)"),
}

Cell = str | int | float | datetime | None

#: How many rows above the header a title block may take (e.g. a merged "人员名单" title).
_HEADER_SEARCH_ROWS = 10
_DELIMITERS = (",", ";", "\t")
_MAX_CONTROL_SHARE = 0.01
#: Control characters a short list may hold however small it is (a stray NUL or two: their
#: rows are refused); more than that and the bytes are not text.
_STRAY_CONTROLS = 8
#: Starts of common files that are surely not tables (PDF, images, archives, gzip).
_OTHER_FORMATS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf",
                  b"\x1f\x8b")


@dataclass(frozen=True)
class SheetRow:
    row: int  # spreadsheet row number, header is row 1
    values: dict[str, object]  # canonical field name -> raw cell value
    problem: str = ""  # why the row cannot be used at all (a NUL character), else empty


@dataclass(frozen=True)
class Sheet:
    rows: list[SheetRow]  # blank rows (nothing in any known column) already dropped
    unknown_columns: list[str]
    missing_columns: list[str]  # required canonical fields not present in the header


def _tr(text: str) -> str:
    return translate("tabular", text)


def header_key(text: object) -> str:
    """What two header spellings must share to be the same column.

    Case, every kind of space (full-width too), ``_``/``-`` and required-field stars are
    ignored, so ``" 证件号码 "``, ``"*证件号码"`` and ``"ID Number"`` all match.
    """
    value = unicodedata.normalize("NFKC", "" if text is None else str(text))
    value = value.replace("\ufeff", "").replace("\u200b", "").lower()
    return re.sub(r"[\s_\-*:]+", "", value)


def read_table(
    path: Path, fields: dict[str, tuple[str, ...]], required: tuple[str, ...] = ()
) -> Sheet:
    """Read the first worksheet of an ``.xlsx`` file or a CSV file into rows.

    Raises :class:`ValidationFailed` with one message when the file is missing, empty, not a
    spreadsheet, or has no header row naming any of ``fields``. A row holding a NUL character
    comes back with its ``problem`` set, for the importer to report and skip: one damaged
    row does not refuse the list.
    """
    path = Path(path)
    data = _read_bytes(path, fields, required)
    if data.startswith(b"PK\x03\x04"):
        rows = _xlsx_rows(path, data, fields, required)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationFailed(
            _tr("{file} is an Excel 97-2003 (.xls) or password-protected workbook: save it "
                "in Excel as .xlsx (without a password) or as CSV and import that file")
            .format(file=path.name)
        )
    elif data.startswith(_OTHER_FORMATS):
        raise _refuse(path, _not_a_spreadsheet(), fields, required)
    else:
        rows = _csv_rows(path, data, fields, required)
    return _build_sheet(path, rows, fields, required)


def _expected(fields: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> str:
    """A sample header row for error messages, using the Chinese spellings people know."""
    order = list(required) + [f for f in fields if f not in required]
    sample = []
    for name in order[:3]:
        spellings = fields.get(name, (name,))
        chinese = [s for s in spellings if not s.isascii()]
        sample.append(chinese[0] if chinese else spellings[0])
    return _tr("an .xlsx or .csv file with a header row such as {header}").format(
        header=",".join(sample)
    )


def _not_a_spreadsheet() -> str:
    return _tr("{file} is not a spreadsheet: expected {expected}")


def _refuse(path: Path, message: str, fields: dict[str, tuple[str, ...]],
            required: tuple[str, ...], **extra: object) -> ValidationFailed:
    """``message`` is translated already and holds ``{file}`` and ``{expected}``."""
    return ValidationFailed(
        message.format(file=path.name, expected=_expected(fields, required), **extra)
    )


def _read_bytes(path: Path, fields: dict[str, tuple[str, ...]],
                required: tuple[str, ...]) -> bytes:
    if not path.exists():
        raise ValidationFailed(
            _tr("file {path} not found: check the name and folder").format(path=path)
        )
    if path.is_dir():
        raise ValidationFailed(
            _tr("{path} is a folder: give the spreadsheet file inside it").format(path=path)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(
            _tr("cannot read {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from exc
    if not data.strip(b" \t\r\n\x00").removeprefix(codecs.BOM_UTF8).strip():
        raise _refuse(path, _tr("{file} is empty: expected {expected}"), fields, required)
    return data


def _xlsx_rows(path: Path, data: bytes, fields: dict[str, tuple[str, ...]],
               required: tuple[str, ...]) -> list[list[Cell]]:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise _refuse(path, _not_a_spreadsheet(), fields, required) from exc
    try:
        if not workbook.worksheets:
            message = _tr("{file} has no worksheet: expected {expected}")
            raise _refuse(path, message, fields, required)
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong used range; read every row
        return [[_xlsx_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _xlsx_cell(value: object) -> Cell:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0))
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, int | float) or value is None:
        return value
    return str(value).strip() or None


def _decode(data: bytes) -> str | None:
    """Text as Excel in China saves it, or None when the bytes are not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: Sequence[str] = ("utf-16",)
    else:  # a stray NUL byte is a NUL character in both; its row is refused, not the file
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc"
                       and ch not in "\t\r\n")
        if controls > max(_MAX_CONTROL_SHARE * len(text), _STRAY_CONTROLS):
            return None
        return text
    return None


def _csv_rows(path: Path, data: bytes, fields: dict[str, tuple[str, ...]],
              required: tuple[str, ...]) -> list[list[Cell]]:
    text = _decode(data)
    if text is None:
        raise _refuse(path, _not_a_spreadsheet(), fields, required)
    keys = _spelling_keys(fields)
    head = "\n".join(text.splitlines()[:_HEADER_SEARCH_ROWS])
    best, best_score = _DELIMITERS[0], -1
    for delimiter in _DELIMITERS:
        sample = list(csv.reader(io.StringIO(head), delimiter=delimiter))
        score = max((_score(row, keys) for row in sample), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=best))
    except csv.Error as exc:
        message = _tr("{file} cannot be read as CSV ({error}): expected {expected}")
        raise _refuse(path, message, fields, required, error=exc) from exc
    return [[cell.strip() or None for cell in row] for row in rows]


def _spelling_keys(fields: dict[str, tuple[str, ...]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for name, spellings in fields.items():
        for spelling in (name, *spellings):
            keys.setdefault(header_key(spelling), name)
    return keys


def _score(row: Iterable[object], keys: dict[str, str]) -> int:
    """How many distinct fields a candidate header row names."""
    return len({keys[k] for k in map(header_key, row) if k in keys})


def _find_header(rows: list[list[Cell]], keys: dict[str, str]) -> int | None:
    """Index of the row naming the most fields among the first few, or None."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        score = _score(row, keys)
        if score > best_score:
            best, best_score = index, score
    return best


def _build_sheet(path: Path, rows: list[list[Cell]], fields: dict[str, tuple[str, ...]],
                 required: tuple[str, ...]) -> Sheet:
    keys = _spelling_keys(fields)
    header_index = _find_header(rows, keys)
    if header_index is None:
        message = _tr("{file} has no recognisable header row: expected {expected}")
        raise _refuse(path, message, fields, required)
    columns: dict[str, list[int]] = {}
    unknown: list[str] = []
    for col, title in enumerate(rows[header_index]):
        name = keys.get(header_key(title))
        if name is not None:
            columns.setdefault(name, []).append(col)
        elif title is not None and str(title).strip():
            unknown.append(str(title).strip())
    missing = [name for name in required if name not in columns]
    body = rows[header_index + 1:]
    out = []
    for offset, values in enumerate(_records(body, columns)):
        problem = _nul_problem(body[offset])
        if problem or any(v is not None for v in values.values()):
            out.append(SheetRow(row=header_index + 2 + offset, values=values, problem=problem))
    return Sheet(rows=out, unknown_columns=unknown, missing_columns=missing)


def _nul_problem(row: list[Cell]) -> str:
    """Why a row holding a NUL character is refused (a damaged file, a binary paste), shown
    with the cell's text so the row can be found and checked; empty when there is none."""
    for cell in row:
        if isinstance(cell, str) and "\x00" in cell:
            shown = cell.replace("\x00", "\u2400")
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            return _tr("contains a NUL character ({cell}): the file may be damaged here; "
                       "check this row").format(cell=shown)
    return ""


def _records(body: list[list[Cell]],
             columns: dict[str, list[int]]) -> Iterator[dict[str, object]]:
    """Each data row as field -> value; where two columns name one field the first filled
    one wins (a list with both 联系电话 and 手机号)."""
    for row in body:
        values: dict[str, object] = {}
        for name, cols in columns.items():
            cells = [row[c] for c in cols if c < len(row) and row[c] is not None]
            values[name] = cells[0] if cells else None
        yield values


def column_label(name: str) -> str:
    """How an arrival list's column is named in messages: its usual Chinese header and the
    English one."""
    chinese = next((s for s in ARRIVAL_FIELDS[name] if not s.isascii()), "")
    return f"{chinese} ({name})" if chinese else name
