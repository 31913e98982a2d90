"""``import readings`` and ``import results``: the services and the command line, in-process."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from cli_support import main_as
from medical_support import add_rooms, admit, admit_household, count, resident_id
from openpyxl import Workbook
from sqlmodel import select

from quarantine_desk.domain.enums import RoomKind
from quarantine_desk.services import labtests, medical_import
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Alert, AuditEvent, LabTest, Reading, Stay

SAMPLED = datetime(2022, 7, 10, 7, 0)


@pytest.fixture
def site(engine, manager, liaison) -> dict[str, int]:
    add_rooms(engine, manager, "201-204")
    return {room: admit(engine, liaison, n, room) for n, room in enumerate(("201", "202",
                                                                            "203"), start=1)}


def write_csv(folder: Path, name: str, text: str, encoding: str = "utf-8-sig") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def run(db_target: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main_as("nurse", db_target, *args)
    out, err = capsys.readouterr()
    return code, out, err


# --- readings -----------------------------------------------------------------------------------

READINGS = (
    "房间号,身份证号, 测量时间 ,体温,症状,备注\n"
    f",{resident_id(1)},2022/7/9 8:00,36.5,,\n"          # 2: by ID number
    "202,,2022-07-09 08:05,38.1,咳嗽、咽痛,\n"             # 3: by room; a fever
    "203,,2022年7月9日 8:10,3.7,,\n"                       # 4: typing error
    "203,,2022-07-09 08:11,73,,\n"                          # 5: typing error
    ",,,,,\n"                                               # 6: blank: silently skipped
    f",{resident_id(9)},2022-07-09 08:12,36.6,,\n"         # 7: nobody with that ID
    "299,,2022-07-09 08:13,36.6,,\n"                        # 8: no such room
    "204,,2022-07-09 08:14,36.6,,\n"                        # 9: empty room
    "203,,yesterday,36.6,,\n"                               # 10: unreadable time
    "203,,2022-07-09 08:15,,,\n"                            # 11: no temperature
    "203,,2022-07-09 08:16,36.9,,late round\n"              # 12: fine
)


def test_import_readings_saves_good_rows_and_reports_the_rest(engine, db_target, site, tmp_path,
                                                              capsys) -> None:
    path = write_csv(tmp_path, "readings.csv", READINGS)
    code, out, err = run(db_target, capsys, "import", "readings", str(path), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["imported"] == 3
    skipped = {item["row"]: item["reason"] for item in report["skipped"]}
    assert sorted(skipped) == [4, 5, 7, 8, 9, 10, 11]
    assert "3.7" in skipped[4] and "typing error" in skipped[4]
    assert "73" in skipped[5]
    assert resident_id(9) in skipped[7]
    assert "299" in skipped[8]
    assert "nobody is in room 204" in skipped[9]
    assert "yesterday" in skipped[10]
    assert "temperature is missing" in skipped[11]
    with read_session(engine) as s:
        saved = s.exec(select(Reading.stay_id, Reading.celsius, Reading.symptoms,
                              Reading.entered_by).order_by(Reading.taken_at)).all()
        assert saved == [(site["201"], 36.5, "", "nurse"),
                         (site["202"], 38.1, "咳嗽;咽痛", "nurse"),
                         (site["203"], 36.9, "", "nurse")]
        (alert,) = s.exec(select(Alert)).all()
        assert (alert.stay_id, alert.kind) == (site["202"], "fever")
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "import.readings")).one()
        assert json.loads(event.after)["file"] == "readings.csv"


def test_importing_the_same_readings_twice_adds_nothing(engine, db_target, site, tmp_path,
                                                       capsys) -> None:
    path = write_csv(tmp_path, "r.csv", "room,taken_at,celsius\n201,2022-07-09 08:00,36.5\n")
    assert run(db_target, capsys, "import", "readings", str(path), "--json")[0] == 0
    code, out, _ = run(db_target, capsys, "import", "readings", str(path), "--json")
    assert code == 0
    assert json.loads(out)["imported"] == 0
    assert "already recorded" in json.loads(out)["skipped"][0]["reason"]
    assert count(engine, Reading) == 1


def test_import_readings_from_an_excel_file(engine, db_target, site, tmp_path, capsys) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["人员测温记录"])
    sheet.append(["证件号码", "测温时间", "体温(℃)"])
    sheet.append([resident_id(2), datetime(2022, 7, 9, 14, 30), 36.7])
    sheet.append([resident_id(3), datetime(2022, 7, 9, 14, 31), 37.5])
    path = tmp_path / "readings.xlsx"
    book.save(path)
    code, out, _ = run(db_target, capsys, "import", "readings", str(path))
    assert code == 0
    assert out.startswith("imported 2 readings from readings.xlsx")
    with read_session(engine) as s:
        assert s.exec(select(Reading.taken_at).order_by(Reading.id)).all() == [
            datetime(2022, 7, 9, 14, 30), datetime(2022, 7, 9, 14, 31)]
        assert s.exec(select(Alert.stay_id)).all() == [site["203"]]


def test_the_readable_summary_lists_skipped_rows(db_target, site, tmp_path, capsys) -> None:
    path = write_csv(tmp_path, "r.csv", "room,taken_at,celsius\n201,2022-07-09 8:00,73\n",
                     encoding="gb18030")
    code, out, _ = run(db_target, capsys, "import", "readings", str(path))
    assert code == 0
    assert out.splitlines()[:2] == ["imported 0 readings from r.csv", "skipped 1 row(s):"]
    assert out.splitlines()[2].startswith("  row 2: 73 °C is outside")


@pytest.mark.parametrize("content, message", [
    (None, "not found"),
    (b"", "empty"),
    (b"name,phone\nx,1\n", "no recognisable header row"),
    (b"room,celsius\n201,36.5\n", "no column taken_at (测量时间)"),
    (b"taken_at,celsius\n2022-07-09,36.5\n", "no column id_number (证件号码) or room (房间号)"),
])
def test_an_unreadable_file_fails_with_one_line(engine, db_target, site, tmp_path, capsys,
                                                content, message) -> None:
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(db_target, capsys, "import", "readings", str(path), "--json")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert count(engine, Reading) == 0


def test_a_liaison_may_not_import_readings(engine, db_target, site, tmp_path, capsys) -> None:
    path = write_csv(tmp_path, "r.csv", "room,taken_at,celsius\n201,2022-07-09 08:00,36.5\n")
    code = main_as("desk", db_target, "import", "readings", str(path))
    err = capsys.readouterr().err
    assert code == 1 and "may not enter temperature readings" in err
    assert count(engine, Reading) == 0


def test_the_import_is_the_callers_transaction(engine, liaison, medical, site,
                                               tmp_path) -> None:
    path = write_csv(tmp_path, "r.csv", "room,taken_at,celsius\n201,2022-07-09 08:00,38.5\n")
    with pytest.raises(RuntimeError), write_session(engine) as s:
        report = medical_import.import_readings(s, medical, path)
        assert report.imported == 1
        raise RuntimeError("crash after the import")
    assert count(engine, Reading) == 0 and count(engine, Alert) == 0
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        medical_import.import_readings(s, liaison, path)


# --- results ------------------------------------------------------------------------------------


@pytest.fixture
def sampled(engine, medical, site) -> dict[str, int]:
    """A PCR sample from 201 (T0001) and one from 203 (T0003), results pending."""
    tests = {}
    with write_session(engine) as s:
        for room, no in (("201", "T0001"), ("203", "T0003")):
            tests[no] = labtests.record_sample(s, medical, site[room], sample_no=no,
                                               sampled_at=SAMPLED, now=SAMPLED).id
    return tests


def test_import_results_updates_known_samples_and_adds_new_ones(engine, db_target, site, sampled,
                                                                tmp_path, capsys) -> None:
    text = (
        "样本编号,证件号码,检测类型,采样时间,检测结果,报告时间,检测机构,ORF1ab基因Ct值,N基因Ct值\n"
        "T0001,,核酸,,阴性,2022-07-10 20:00,市疾控,,\n"                      # 2: update
        f"T0002,{resident_id(2)},PCR,2022-07-10 07:05,阳性,,金域,27.5,29\n"  # 3: new, positive
        f",{resident_id(3)},pcr,2022-07-10 07:00,negative,,,,\n"            # 4: same-day test
        "T0999,,pcr,2022-07-10 07:00,negative,,,,\n"                        # 5: unknown sample
        f"T0004,{resident_id(1)},血清,2022-07-10 07:00,negative,,,,\n"      # 6: unknown kind
        f"T0005,{resident_id(1)},pcr,2022-07-10 07:00,weakly,,,,\n"         # 7: unknown result
        f"T0006,{resident_id(1)},pcr,07/10 morning,negative,,,,\n"          # 8: bad time
        f"T0007,{resident_id(1)},pcr,,negative,,,,\n"                       # 9: no time
        f"T0001,{resident_id(2)},pcr,,negative,,,,\n"                       # 10: wrong owner
        f"T0008,{resident_id(1)},antigen,2022-07-10 09:00,待出,,,,\n"       # 11: sample only
    )
    path = write_csv(tmp_path, "lab.csv", text)
    code, out, err = run(db_target, capsys, "import", "results", str(path), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    skipped = {item["row"]: item["reason"] for item in report["skipped"]}
    assert report["imported"] == 4
    assert sorted(skipped) == [5, 6, 7, 8, 9, 10]
    assert "T0999" in skipped[5]
    assert "血清" in skipped[6]
    assert "weakly" in skipped[7]
    assert "07/10 morning" in skipped[8]
    assert "sampling time is missing" in skipped[9]
    assert "belongs to 客人1" in skipped[10]
    with read_session(engine) as s:
        first = s.get(LabTest, sampled["T0001"])
        assert (first.result, first.reported_at, first.lab) == (
            "negative", datetime(2022, 7, 10, 20, 0), "市疾控")
        assert s.get(LabTest, sampled["T0003"]).result == "negative"
        new = s.exec(select(LabTest).where(LabTest.sample_no == "T0002")).one()
        assert (new.stay_id, new.kind, new.sampled_at, new.result, new.lab, new.ct_orf1ab,
                new.ct_n) == (site["202"], "pcr", datetime(2022, 7, 10, 7, 5), "positive",
                              "金域", 27.5, 29.0)
        antigen = s.exec(select(LabTest).where(LabTest.sample_no == "T0008")).one()
        assert (antigen.kind, antigen.result) == ("antigen", "pending")
        assert count(engine, LabTest) == 4
        (alert,) = s.exec(select(Alert)).all()
        assert (alert.stay_id, alert.kind, alert.test_id) == (site["202"], "positive", new.id)


def test_a_positive_import_restarts_housemates(engine, manager, liaison, db_target, tmp_path,
                                               capsys) -> None:
    add_rooms(engine, manager, "501", kind=RoomKind.FAMILY)
    first, second = admit_household(engine, liaison, [1, 2], "501")
    path = write_csv(tmp_path, "lab.csv", "id_number,kind,sampled_at,result\n"
                     f"{resident_id(1)},antigen,2022-07-11 08:00,阳性\n")
    code, out, _ = run(db_target, capsys, "import", "results", str(path), "--json")
    assert code == 0 and json.loads(out) == {"imported": 1, "skipped": []}
    with read_session(engine) as s:
        assert s.get(Stay, second).exposure_date == datetime(2022, 7, 11).date()
        assert s.get(Stay, first).exposure_date is None


def test_results_need_the_kind_and_result_columns(engine, medical, site, tmp_path) -> None:
    path = write_csv(tmp_path, "lab.csv", "sample_no,result\nT1,negative\n")
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="no column kind"):
        medical_import.import_results(s, medical, path)


def test_a_refused_row_leaves_its_sample_as_it_was_for_the_rows_after_it(
        engine, db_target, site, sampled, tmp_path, capsys) -> None:
    """Rows are worked out together in memory: a row refused part-way (its Ct value unreadable)
    changes nothing, and a later row for the same sample finds it still awaiting its result."""
    text = (
        "样本编号,证件号码,检测类型,采样时间,检测结果,报告时间,检测机构,ORF1ab基因Ct值,N基因Ct值\n"
        "T0003,,核酸,,阳性,2022-07-10 20:00,市疾控,x1,29\n"   # 2: refused, Ct unreadable
        "T0003,,核酸,,阴性,2022-07-10 21:00,金域,,\n"          # 3: the result after all
    )
    path = write_csv(tmp_path, "lab.csv", text)
    code, out, err = run(db_target, capsys, "import", "results", str(path), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["imported"] == 1
    assert [item["row"] for item in report["skipped"]] == [2]
    with read_session(engine) as s:
        test = s.get(LabTest, sampled["T0003"])
        assert (test.result, test.reported_at, test.lab, test.ct_orf1ab) == (
            "negative", datetime(2022, 7, 10, 21, 0), "金域", None)
        assert not s.exec(select(Alert).where(Alert.stay_id == site["203"])).all()
