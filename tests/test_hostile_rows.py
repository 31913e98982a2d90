"""Hostile and careless rows at the service boundary (issue 13): invisible characters removed
from names and free text, emoji in names refused, a NUL character skips only its row,
impossible dates refused with their row and reason, decimal commas read."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from medical_support import ARRIVAL, add_rooms, admit, resident_id
from sqlmodel import select

from quarantine_desk.domain.enums import Category
from quarantine_desk.services import (
    arrivals,
    checkin,
    destinations,
    guest_editing,
    labtests,
    medical_import,
)
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Guest, LabTest, Reading, Stay

NOW = datetime(2022, 7, 10, 12, 0)
SAMPLED = datetime(2022, 7, 10, 7, 0)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


@pytest.fixture
def site(engine, manager, liaison) -> dict[str, int]:
    add_rooms(engine, manager, "201-210")
    return {room: admit(engine, liaison, n, room) for n, room in enumerate(("201", "202"),
                                                                            start=1)}


# --- arrival lists ------------------------------------------------------------------------------


def test_an_arrival_list_refuses_impossible_dates_and_names_by_row(engine, site, liaison,
                                                                   tmp_path) -> None:
    old = resident_id(1, birth=date(1890, 1, 1))  # more than 120 years before the list
    path = write(tmp_path, "arrivals.csv", "\n".join([
        "姓名,证件号码,人员类别,末次暴露日期,入住时间,备注",
        f"王\u202e建国\u202c,{resident_id(11)},密接,2022-07-08,2022-07-10 09:30,第一行",  # 2 ok
        f"张伟,{resident_id(12)},密接,,1900-07-10 09:30,",                     # 3: 1900
        f"李娜,{resident_id(13)},密接,,2099-07-10 09:30,",                     # 4: 2099
        f"赵\x00敏,{resident_id(14)},密接,,2022-07-10 09:30,",                  # 5: NUL
        f"钱😀,{resident_id(15)},密接,,2022-07-10 09:30,",                      # 6: emoji
        f"孙浩,{resident_id(16)},密接,1900-07-01,2022-07-10 09:30,",           # 7: exposure
        f"周杰,{old},密接,,2022-07-10 09:30,",                                 # 8: born 1890
        f"吴刚,{resident_id(17)},密接,,2022-07-10 10:00,笔记😀\x1b[0m",        # 9 ok
    ]) + "\n")
    with write_session(engine) as s:
        report = arrivals.import_arrivals(s, liaison, path, now=NOW)
    reasons = {skip.row: skip.reason for skip in report.skipped}
    assert report.imported == 2
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "arrival 1900-07-10 is more than 60 days ago: check the year" in reasons[3]
    assert "arrival 2099-07-10 09:30 is in the future" in reasons[4]
    assert reasons[5].startswith("contains a NUL character (赵\u2400敏)")
    assert "the name contains 😀, which is not a letter: check the name" in reasons[6]
    assert "last exposure 1900-07-01 is more than 60 days ago" in reasons[7]
    assert "birth date 1890-01-01 is not possible" in reasons[8]
    with read_session(engine) as s:
        names = set(s.exec(select(Guest.full_name)).all())
        notes = s.exec(select(Stay.notes).where(Stay.notes != "")).all()
    assert {"王建国", "吴刚"} <= names
    assert sorted(notes) == ["笔记😀[0m", "第一行"]


def test_a_nul_byte_in_a_gbk_list_refuses_its_row_not_the_file(engine, site, liaison,
                                                                  tmp_path) -> None:
    raw = ("姓名,证件号码,人员类别,入住时间\n"
           f"甲,{resident_id(21)},其他,2022-07-10 09:00\n").encode("gb18030")
    raw += "乙".encode("gb18030") + b"\x00," + f"{resident_id(22)},其他,2022-07-10 09:00\n".encode()
    raw += f"丙,{resident_id(23)},其他,2022-07-10 09:00\n".encode("gb18030")
    path = tmp_path / "gbk.csv"
    path.write_bytes(raw)
    with write_session(engine) as s:
        report = arrivals.import_arrivals(s, liaison, path, now=NOW)
    assert report.imported == 2
    assert [(skip.row, "NUL" in skip.reason) for skip in report.skipped] == [(3, True)]


# --- check-in, expected arrivals and editing -------------------------------------------------


def person(name: str, serial: int, **kw) -> checkin.ArrivalInput:
    return checkin.ArrivalInput(full_name=name, id_number=resident_id(serial),
                                category=Category.CLOSE_CONTACT, **kw)


@pytest.mark.parametrize(("kw", "message"), [
    ({"arrival_at": datetime(2099, 1, 1)}, "arrival 2099-01-01 00:00 is in the future"),
    ({"arrival_at": datetime(1900, 1, 1)}, "more than 60 days ago"),
    ({"exposure_date": date(2022, 7, 11)}, "last exposure 2022-07-11 is in the future"),
    ({"birth_date": date(2099, 1, 1)}, "birth date 2099-01-01 is not possible"),
])
def test_check_in_refuses_dates_that_cannot_be_true(engine, site, liaison, kw, message) -> None:
    with write_session(engine) as s, pytest.raises(ValidationFailed, match=message):
        checkin.check_in(s, liaison, person("张伟", 31, **kw), now=NOW)


def test_check_in_cleans_text_and_refuses_an_emoji_name(engine, site, liaison) -> None:
    with write_session(engine) as s:
        stay = checkin.check_in(s, liaison, person(
            "\u2067张\u200b伟\u2069", 32, home_address="崇川区\n碧林湾\u202e小区",
            community="碧林湾社区\x00", notes="夜间到达\r\n需要轮椅"), now=NOW)
        guest = s.get(Guest, stay.guest_id)
        assert (guest.full_name, guest.home_address) == ("张伟", "崇川区 碧林湾小区")
        assert (stay.community, stay.notes) == ("碧林湾社区", "夜间到达\n需要轮椅")
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="contains 🙂"):
        checkin.check_in(s, liaison, person("李🙂娜", 33), now=NOW)


def test_expected_arrivals_may_be_a_few_days_ahead_not_years(engine, site, liaison) -> None:
    with write_session(engine) as s:
        checkin.register_expected(s, liaison, person("王芳", 34, arrival_at=NOW + timedelta(
            days=2)), now=NOW)
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="7 days ahead"):
        checkin.register_expected(s, liaison, person("王芳", 35,
                                                     arrival_at=datetime(2099, 7, 10)), now=NOW)


def test_guest_editing_cleans_names_and_refuses_impossible_exposure(engine, site,
                                                                    liaison) -> None:
    stay_id = site["201"]
    with write_session(engine) as s:
        stay = s.get(Stay, stay_id)
        guest = s.get(Guest, stay.guest_id)
        guest_editing.update_guest(s, liaison, guest.id, guest.version, {
            "full_name": "客人\u202e1", "work_unit": "某\u200b公司\n财务部"}, now=NOW)
        assert (guest.full_name, guest.work_unit) == ("客人1", "某公司 财务部")
        with pytest.raises(ValidationFailed, match="which is not a letter"):
            guest_editing.update_guest(s, liaison, guest.id, guest.version,
                                       {"full_name": "客人🎉"}, now=NOW)
        for wrong, message in (("1900-07-01", "more than 60 days ago"),
                               ("2099-07-01", "in the future")):
            with pytest.raises(ValidationFailed, match=message):
                guest_editing.update_stay(s, liaison, stay_id, stay.version,
                                          {"exposure_date": wrong}, now=NOW)


def test_destination_names_lose_bidi_characters(engine, site, liaison) -> None:
    with write_session(engine) as s:
        record = destinations.record_destination(
            s, liaison, site["201"], address="碧林湾\u202e小区3幢", community="碧林湾社区",
            verified_by="王\u2066主任\u2069", note="电话\x07核实", now=NOW)
    assert (record.address, record.verified_by, record.note) == (
        "碧林湾小区3幢", "王主任", "电话核实")
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="not a letter"):
        destinations.record_destination(s, liaison, site["201"], address="某地",
                                        community="某社区", verified_by="王👮", now=NOW)


# --- samples, results and readings -------------------------------------------------------------


def test_samples_outside_the_stay_are_refused(engine, site, medical) -> None:
    with write_session(engine) as s:
        for when, message in ((datetime(1900, 7, 10, 7, 0), "before the arrival"),
                              (ARRIVAL - timedelta(days=2), "before the arrival"),
                              (datetime(2099, 7, 10, 7, 0), "in the future")):
            with pytest.raises(ValidationFailed, match=message):
                labtests.record_sample(s, medical, site["201"], sample_no="T1",
                                       sampled_at=when, now=NOW)
        test = labtests.record_sample(s, medical, site["201"], sample_no="T1",
                                      sampled_at=ARRIVAL - timedelta(hours=2), now=NOW)
        with pytest.raises(ValidationFailed, match="report time 2099-07-10 08:00 is in the"):
            labtests.record_result(s, medical, test.id, "negative",
                                   reported_at=datetime(2099, 7, 10, 8, 0), now=NOW)


def test_results_import_reads_decimal_commas_and_skips_bad_rows_only(engine, site, medical,
                                                                     tmp_path) -> None:
    path = write(tmp_path, "lab.csv", "\n".join([
        "证件号码;检测类型;采样时间;检测结果;ORF1ab基因Ct值;N基因Ct值",
        f"{resident_id(1)};核酸;2022-07-10 07:00;阳性;25,3;27,85",    # 2: decimal commas
        f"{resident_id(2)};核酸;1900-07-10 07:00;阴性;;",             # 3: sampled in 1900
        f"{resident_id(2)};核酸;2022-07-10 07:00;阳\x00性;;",          # 4: NUL
        f"{resident_id(2)};抗原;2022-07-10 07:10;阳性;1,234;",         # 5: ambiguous Ct
        f"{resident_id(2)};抗原;2022-07-10 07:20;阴性;;",             # 6: ok
    ]) + "\n")
    with write_session(engine) as s:
        report = medical_import.import_results(s, medical, path, now=NOW)
    reasons = dict(report.skipped)
    assert report.imported == 2 and sorted(reasons) == [3, 4, 5]
    assert "the sampling time 1900-07-10 07:00 is before the arrival on 2022-07-08" \
        in reasons[3]
    assert "NUL character" in reasons[4]
    assert "Ct value: '1,234' is ambiguous" in reasons[5]
    with read_session(engine) as s:
        positive = s.exec(select(LabTest).where(LabTest.result == "positive")).one()
        assert (positive.ct_orf1ab, positive.ct_n) == (25.3, 27.85)
        assert s.exec(select(LabTest.kind).where(LabTest.stay_id == site["202"])).all() \
            == ["antigen"]


def test_a_readings_file_with_a_nul_byte_imports_the_other_rows(engine, site, medical,
                                                                tmp_path) -> None:
    path = tmp_path / "readings.csv"
    path.write_bytes(b"room,taken_at,celsius\n"
                     b"201,2022-07-09 08:00,36.5\n"
                     + b"202,2022-07-09 08:01,3\x006.6\n"
                     + b"202,2022-07-09 08:02,\"36,7\"\n")
    with write_session(engine) as s:
        report = medical_import.import_readings(s, medical, path, now=NOW)
    assert report.imported == 2
    assert [(row, reason.startswith("contains a NUL character (3\u24006.6)"))
            for row, reason in report.skipped] == [(3, True)]
    with read_session(engine) as s:
        assert sorted(s.exec(select(Reading.celsius)).all()) == [36.5, 36.7]
