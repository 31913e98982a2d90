"""Importing arrival lists (DESIGN.md §6): messy files, row numbers and reasons, dry runs."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
import time_machine
from cli_support import main_as
from db_support import table_counts
from openpyxl import Workbook
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomKind
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import arrivals, checkin, rooms
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.stays import current_room
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Guest, HealthRecord, Stay

DATA_DIR = Path(__file__).parent / "data"
NOW = datetime(2022, 4, 8, 12, 0)
MESSY = DATA_DIR / "arrivals_messy.csv"


def resident_id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


@pytest.fixture
def site(engine, manager):
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-220", "301-320"], now=NOW)
        rooms.add_rooms(s, manager, ["401-403"], kind=RoomKind.FAMILY, now=NOW)
    return engine


def run_import(engine, actor, path: Path) -> arrivals.ArrivalImportReport:
    with write_session(engine) as s:
        return arrivals.import_arrivals(s, actor, path, now=NOW)


def skipped(report: arrivals.ArrivalImportReport) -> list[tuple[int, str]]:
    return [(s.row, s.reason) for s in report.skipped]


def guest_named(engine, name: str) -> Guest:
    with read_session(engine) as s:
        return s.exec(select(Guest).where(Guest.full_name == name)).one()


def stay_of(engine, name: str) -> Stay:
    with read_session(engine) as s:
        guest = s.exec(select(Guest).where(Guest.full_name == name)).one()
        return s.exec(select(Stay).where(Stay.guest_id == guest.id)).one()


def room_of(engine, name: str) -> str:
    with read_session(engine) as s:
        room = current_room(s, stay_of(engine, name).id)
        return room.number if room else ""


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_messy_list_reports_each_bad_row_by_number_and_registers_the_rest(site, liaison):
    with write_session(site) as s:  # someone already in room 201
        checkin.check_in(s, liaison, checkin.ArrivalInput(
            "周杰", "320602198309231410", Category.CLOSE_CONTACT, room="201"), now=NOW)

    report = run_import(site, liaison, MESSY)

    assert skipped(report) == [
        (3, "resident ID check digit is 1, should be X: check the number"),
        (4, "人员类别 (category): unknown category '路人甲': use 密切接触者, 密接的密接, "
            "入境人员, 高风险区人员 or 其他"),
        (7, "ID number 32060219880130081X appears twice in the list (row 2)"),
        (8, "room 201 is occupied"),
        (9, "room 999 does not exist"),
        (10, "name is missing"),
        (11, "ID number is missing"),
    ]
    assert report.imported == 3
    assert {o.ref for o in report.outcomes if o.ok} == {2, 6, 13}


def test_messy_list_values_are_normalised(site, liaison):
    run_import(site, liaison, MESSY)
    zhang = guest_named(site, "张伟")  # ID and phone typed in full-width digits
    assert zhang.id_number == "32060219880130081X"
    assert zhang.phone == "13912345678"
    assert zhang.sex == "M" and zhang.birth_date == date(1988, 1, 30)
    wang = stay_of(site, "王芳")  # 2022年4月7日 and 2022年4月8日 9时30分
    assert wang.exposure_date == date(2022, 4, 7)
    assert wang.arrival_at == datetime(2022, 4, 8, 9, 30)
    assert wang.category == Category.CLOSE_CONTACT.value
    assert wang.planned_release == date(2022, 4, 14)
    assert guest_named(site, "王芳").id_number == "32060219900101203X"
    assert guest_named(site, "王芳").phone == "13800000003"
    with read_session(site) as s:
        qian = s.exec(select(Guest).where(Guest.full_name == "钱丽")).one()
        record = s.exec(select(HealthRecord).where(HealthRecord.guest_id == qian.id)).one()
    assert record.conditions == "高血压;糖尿病;冠心病"


def test_blank_rows_are_skipped_silently_and_keep_later_row_numbers(site, liaison, tmp_path):
    first = resident_id("32060219800101001")
    second = resident_id("32060219800101002")
    path = write_csv(tmp_path / "gaps.csv", [
        ["姓名", "证件号码", "人员类别"],
        ["", "", ""],
        ["甲", first, "其他"],
        [],
        ["", "", ""],
        ["乙", second, "unknown"],
    ])
    report = run_import(site, liaison, path)
    assert report.imported == 1
    assert [row for row, _ in skipped(report)] == [6]
    assert "unknown category 'unknown'" in skipped(report)[0][1]


def test_gbk_encoded_csv(site, liaison, tmp_path):
    number = resident_id("32060219800101003")
    path = write_csv(tmp_path / "gbk.csv", [
        ["姓名", "证件号码", "性别", "人员类别", "来源地", "所属社区"],
        ["欧阳娜娜", number, "女", "高风险区人员", "吉林市", "碧林湾社区"],
    ], encoding="gbk")
    assert path.read_bytes().decode("gbk")  # really GBK, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    report = run_import(site, liaison, path)
    assert (report.imported, report.skipped) == (1, [])
    stay = stay_of(site, "欧阳娜娜")
    assert (stay.origin, stay.community) == ("吉林市", "碧林湾社区")
    assert stay.category == Category.HIGH_RISK_AREA.value


def test_xlsx_with_real_date_cells_and_numeric_cells(site, liaison, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "证件号码", "联系电话", "人员类别", "末次暴露日期", "入住时间",
                  "出生日期", "证件类型", "性别", "房间号"])
    sheet.append(["陈磊", "320602197903021016", 18612345674, "入境人员", date(2022, 4, 6),
                  datetime(2022, 4, 8, 9, 15), None, None, None, 305])
    sheet.append(["John Smith", "E12345678", "+44 7700 900123", "inbound traveller", None,
                  datetime(2022, 4, 8, 9, 15), date(1980, 5, 17), "护照", "M", None])
    path = tmp_path / "list.xlsx"
    book.save(path)

    report = run_import(site, liaison, path)

    assert (report.imported, report.skipped) == (2, [])
    chen = stay_of(site, "陈磊")
    assert chen.exposure_date == date(2022, 4, 6)
    assert chen.arrival_at == datetime(2022, 4, 8, 9, 15)
    assert guest_named(site, "陈磊").phone == "18612345674"
    assert room_of(site, "陈磊") == "305"
    smith = guest_named(site, "John Smith")
    assert (smith.id_type, smith.birth_date, smith.sex) == ("passport", date(1980, 5, 17), "M")


def test_english_headers_in_another_order_with_stray_spaces(site, liaison, tmp_path):
    number = resident_id("32060219800101004")
    path = write_csv(tmp_path / "english.csv", [
        ["  Category ", "Notes", " ID_Number", "Name  ", " Household ", "Batch", "Unknown col"],
        ["close_contact", "needs halal food", f" {number[:6]} {number[6:]} ", "Ali", "", "X1",
         "ignored"],
        ["secondary close contact", "", resident_id("32060219800101005"), "Bo", "", "X1", ""],
    ])
    report = run_import(site, liaison, path)
    assert (report.imported, report.skipped) == (2, [])
    ali = stay_of(site, "Ali")
    assert guest_named(site, "Ali").id_number == number
    assert (ali.category, ali.batch, ali.notes) == ("close_contact", "X1", "needs halal food")
    assert stay_of(site, "Bo").category == Category.SECONDARY_CLOSE_CONTACT.value


def test_people_already_in_quarantine_are_skipped(site, liaison):
    sample = DATA_DIR / "arrivals_sample.csv"
    assert run_import(site, liaison, sample).imported == 10
    again = run_import(site, liaison, sample)
    assert again.imported == 0
    assert skipped(again)[0] == (2, "王建国 (320602195604120517) is already registered here")
    assert [row for row, _ in skipped(again)] == list(range(2, 12))


def test_no_free_room_left(engine, manager, liaison, tmp_path):
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-202"], now=NOW)
    path = write_csv(tmp_path / "full.csv", [
        ["姓名", "证件号码", "人员类别"],
        *[[f"人{i}", resident_id(f"3206021980010110{i}"), "其他"] for i in range(3)],
    ])
    report = run_import(engine, liaison, path)
    assert report.imported == 2
    assert skipped(report) == [(4, "no free room left")]


def test_a_room_given_twice_in_the_list_is_occupied_for_the_second(site, liaison, tmp_path):
    path = write_csv(tmp_path / "twice.csv", [
        ["姓名", "证件号码", "人员类别", "房间号"],
        ["甲", resident_id("32060219800101201"), "其他", "210"],
        ["乙", resident_id("32060219800101202"), "其他", "210"],
    ])
    report = run_import(site, liaison, path)
    assert report.imported == 1
    assert skipped(report) == [(3, "room 210 is occupied")]


def test_missing_required_columns_is_one_clear_error(site, liaison, tmp_path):
    path = write_csv(tmp_path / "cols.csv", [["姓名", "联系电话"], ["甲", "13800000000"]])
    with pytest.raises(ValidationFailed) as caught:
        run_import(site, liaison, path)
    message = str(caught.value)
    assert "证件号码 (id_number)" in message and "人员类别 (category)" in message
    assert "\n" not in message


def cli(db_target: str, *args: str) -> int:
    """The command at ``NOW``: the lists' arrivals are then today's (older ones are refused)."""
    with time_machine.travel(NOW.astimezone(), tick=False):
        return main_as("desk", db_target, *args)


@pytest.mark.parametrize("content", [
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4,
    bytes((i * 7919 + 13) % 256 for i in range(4096)),
], ids=["pdf", "random"])
def test_a_file_that_is_not_a_spreadsheet_changes_nothing(site, db_target, tmp_path, capsys,
                                                         content):
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    before = table_counts(db_target)
    assert cli(db_target, "import", "arrivals", str(path)) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "list.csv is not a spreadsheet" in captured.err
    assert table_counts(db_target) == before


def test_dry_run_reports_the_same_and_writes_nothing(site, manager, db_target, capsys):
    with write_session(site) as s:
        checkin.check_in(s, manager, checkin.ArrivalInput(
            "周杰", "320602198309231410", Category.CLOSE_CONTACT, room="201"), now=NOW)
    before = table_counts(db_target)
    assert cli(db_target, "import", "arrivals", str(MESSY), "--dry-run", "--json") == 0
    dry = json.loads(capsys.readouterr().out)
    assert table_counts(db_target) == before

    assert cli(db_target, "import", "arrivals", str(MESSY), "--json") == 0
    real = json.loads(capsys.readouterr().out)
    assert dry.pop("dry_run") is True
    assert "dry_run" not in real
    assert dry == real
    assert real["imported"] == 3
    assert [s["row"] for s in real["skipped"]] == [3, 4, 7, 8, 9, 10, 11]
    assert table_counts(db_target)["stay"] == before["stay"] + 3


def test_dry_run_text_summary_lists_skipped_rows(site, db_target, capsys):
    before = table_counts(db_target)
    assert cli(db_target, "import", "arrivals", str(MESSY), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "dry run, nothing written: 4 arrival(s)" in out
    assert "  row 3: resident ID check digit is 1" in out
    assert "  row 10: name is missing" in out
    assert table_counts(db_target) == before


def test_missing_file_or_columns_exit_non_zero_with_one_line(site, db_target, tmp_path, capsys):
    before = table_counts(db_target)
    assert cli(db_target, "import", "arrivals", str(tmp_path / "nowhere.xlsx")) == 1
    err = capsys.readouterr().err
    assert "nowhere.xlsx not found" in err and err.count("\n") == 1
    path = write_csv(tmp_path / "cols.csv", [["姓名", "人员类别"], ["甲", "其他"]])
    assert cli(db_target, "import", "arrivals", str(path), "--json") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "cols.csv has no column 证件号码 (id_number)" in captured.err
    assert table_counts(db_target) == before


def test_id_number_saved_as_an_excel_number_is_explained(tmp_path, engine, liaison) -> None:
    """Excel turns a long number into a float; the row says how to fix the sheet."""
    from openpyxl import Workbook

    from quarantine_desk.services import rooms as rooms_service
    from quarantine_desk.services.arrivals import import_arrivals
    from quarantine_desk.store.engine import write_session

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "证件号码", "人员类别"])
    sheet.append(["张伟", 320602198801300800, "密切接触者"])
    sheet.append(["王建国", "320602195604120517", "密切接触者"])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    with write_session(engine) as s:
        rooms_service.add_rooms(s, liaison, ["201-203"])
        report = import_arrivals(s, liaison, path)
    assert report.imported == 1
    assert [(r.row, "format the 证件号码 column as text" in r.reason) for r in report.skipped] \
        == [(2, True)]


# --- resident IDs without a document type (§6) --------------------------------------------------


def test_resident_id_a_digit_off_without_id_type_column_is_refused_by_row(site, liaison,
                                                                          tmp_path):
    path = write_csv(tmp_path / "no_type.csv", [
        ["姓名", "证件号码", "人员类别"],
        ["十七位", "32060219800101001", "其他"],
        ["十九位", resident_id("32060219800101002") + "3", "其他"],
        ["十五位", "320602800101003", "其他"],
        ["错校验", "320602198001010041", "其他"],
        ["老人", resident_id("11010519491231002"), "其他"],
    ])
    report = run_import(site, liaison, path)
    assert skipped(report) == [
        (2, "resident ID must have 18 characters, not 17: check the number"),
        (3, "resident ID must have 18 characters, not 19: check the number"),
        (4, "old 15-digit resident ID: enter the 18-digit number"),
        (5, "resident ID check digit is 1, should be 8: check the number"),
    ]
    assert report.imported == 1
    old = guest_named(site, "老人")
    assert (old.id_type, old.id_number) == ("resident_id", "11010519491231002X")
    assert (old.birth_date, old.sex) == (date(1949, 12, 31), "F")
    with read_session(site) as s:
        assert s.exec(select(Guest).where(Guest.id_type == "other")).first() is None


def test_empty_id_type_cell_is_inferred_like_a_missing_column(site, liaison, tmp_path):
    path = write_csv(tmp_path / "empty_type.csv", [
        ["姓名", "证件类型", "证件号码", "人员类别"],
        ["十七位", "", "32060219800101001", "其他"],
        ["十五位", " ", "320602800101003", "其他"],
        ["青年", "", resident_id("32060219950101005"), "其他"],
        ["外籍", "其他", "32060219800101006", "其他"],  # a stated type is taken as stated
    ])
    report = run_import(site, liaison, path)
    assert skipped(report) == [
        (2, "resident ID must have 18 characters, not 17: check the number"),
        (3, "old 15-digit resident ID: enter the 18-digit number"),
    ]
    young = guest_named(site, "青年")
    assert (young.id_type, young.birth_date, young.sex) == ("resident_id", date(1995, 1, 1), "M")
    assert guest_named(site, "外籍").id_type == "other"


def test_old_15_digit_id_saved_as_an_excel_number_asks_for_the_18_digit_one(site, liaison,
                                                                           tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "证件号码", "人员类别"])
    sheet.append(["张伟", 320602880130081, "密切接触者"])
    path = tmp_path / "old.xlsx"
    book.save(path)
    report = run_import(site, liaison, path)
    assert skipped(report) == [(2, "old 15-digit resident ID: enter the 18-digit number")]


# --- key persons on the lowest floor (§6) -------------------------------------------------------


def test_key_persons_from_a_list_get_the_lowest_floor_before_spare_beds(engine, manager,
                                                                       liaison, tmp_path):
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["301-305"], now=NOW)
        rooms.add_rooms(s, manager, ["201-202"], kind=RoomKind.FAMILY, now=NOW)
    path = write_csv(tmp_path / "key.csv", [  # no 证件类型 column: age comes from the ID
        ["姓名", "证件号码", "人员类别", "基础疾病", "转运批次"],
        ["青年", resident_id("32060219950101001"), "其他", "", "B1"],
        ["老人", resident_id("32060219500101002"), "其他", "", "B1"],
        ["孕妇", resident_id("32060219920101002"), "其他", "孕期", "B1"],
        ["青年二", resident_id("32060219960101001"), "其他", "", "B1"],
    ])
    report = run_import(engine, liaison, path)
    assert (report.imported, report.skipped) == (4, [])
    assert {room_of(engine, "老人"), room_of(engine, "孕妇")} == {"201", "202"}
    assert {room_of(engine, "青年"), room_of(engine, "青年二")} == {"301", "302"}


# --- households per transfer batch (§6) ---------------------------------------------------------


def test_household_numbers_restart_in_each_batch(site, liaison, tmp_path):
    path = write_csv(tmp_path / "households.csv", [
        ["姓名", "证件号码", "人员类别", "转运批次", "同住编号"],
        ["甲父", resident_id("32060219800101011"), "其他", "A", "1"],
        ["乙父", resident_id("32060219800101021"), "其他", "B", "1"],
        ["甲母", resident_id("32060219800101012"), "其他", "A", "1"],
        ["乙母", resident_id("32060219800101022"), "其他", "B", "1"],
        ["丙", resident_id("32060219800101031"), "其他", "A", "2"],
    ])
    report = run_import(site, liaison, path)
    assert (report.imported, report.skipped) == (5, [])
    family_a, family_b = room_of(site, "甲父"), room_of(site, "乙父")
    assert room_of(site, "甲母") == family_a
    assert room_of(site, "乙母") == family_b
    assert family_a != family_b
    assert room_of(site, "丙") not in {family_a, family_b}
    assert {family_a, family_b} <= {"401", "402", "403"}
    assert (stay_of(site, "乙母").batch, stay_of(site, "乙母").household) == ("B", "1")
