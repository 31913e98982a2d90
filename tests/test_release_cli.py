"""The release-day commands of DESIGN.md §5: destination, release-list, release, handover,
report."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import TEST_PASSWORD
from release_scenario import EXPECTED_REASONS, build
from sqlmodel import select

from quarantine_desk.cli.main import main
from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.store.engine import read_session
from quarantine_desk.store.models import AuditEvent, Room, Stay

AS_OF = ["--date", "2022-07-15", "--as-of", "2022-07-15 10:00"]


@pytest.fixture
def scenario(engine, manager, liaison, medical):
    return build(engine, manager, liaison, medical)


@pytest.fixture
def run(db_target, capsys, monkeypatch):
    """``run(user, *args)``: the command as ``user``, signed in with the accounts' password."""
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", TEST_PASSWORD)

    def invoke(user: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_target), "--user", user, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return invoke


def test_release_list_json_gives_every_criterion_and_reason(scenario, run) -> None:
    code, out, _ = run("desk", "release-list", *AS_OF, "--json")
    assert code == 0
    listed = {item["stay_id"]: item for item in json.loads(out)}
    assert scenario.stays["in_period"] not in listed
    for key, reasons in EXPECTED_REASONS.items():
        item = listed.pop(scenario.stays[key])
        assert item["eligible"] is (not reasons), key
        assert set(item["criteria"]) == set(CRITERIA_KEYS)
        assert all(isinstance(v, bool) for v in item["criteria"].values())
        assert item["reasons"] == reasons, key
        assert item["category"] == "close_contact"
        assert item["planned_release"] == "2022-07-15" and item["basis_date"] == "2022-07-08"
        assert item["id_number_masked"].startswith("320602********")
        assert item["room"] == scenario.rooms[key]
    assert listed == {}
    assert scenario.id_numbers["ready"] not in out


def test_release_list_table_shows_status_per_person(scenario, run) -> None:
    code, out, _ = run("desk", "release-list", *AS_OF)
    assert code == 0
    assert "5 due, 1 eligible" in out
    assert "no destination recorded" in out and "320602********006X" in out


def test_medical_account_cannot_release_and_nothing_is_written(scenario, run, engine) -> None:
    code, out, err = run("nurse", "release", scenario.id_numbers["ready"], *AS_OF)
    assert code != 0
    assert "may not release guests" in err and len(err.strip().splitlines()) == 1
    with read_session(engine) as s:
        assert s.get(Stay, scenario.stays["ready"]).status == StayStatus.IN_QUARANTINE.value
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "stay.release")).first() \
            is None


def test_release_releases_eligible_and_refuses_with_reasons(scenario, run, engine) -> None:
    numbers = [scenario.id_numbers[k] for k in ("ready", "no_day5", "fever")]
    code, out, err = run("boss", "release", *numbers, *AS_OF, "--json")
    assert code != 0
    document = json.loads(out)
    assert [r["stay_id"] for r in document["released"]] == [scenario.stays["ready"]]
    assert document["released"][0]["serial"] == "QD-2022-000001"
    assert {r["stay_id"]: r["reasons"] for r in document["refused"]} == {
        scenario.stays["no_day5"]: EXPECTED_REASONS["no_day5"],
        scenario.stays["fever"]: EXPECTED_REASONS["fever"],
    }
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "李娜" in lines[0] and "day-5 PCR (2022-07-13) has no result" in lines[0]
    assert "陈静" in lines[1] and "fever 38.0 °C" in lines[1]
    with read_session(engine) as s:
        assert s.exec(select(Room).where(Room.number == "201")).one().state == \
            "awaiting_disinfection"
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "stay.release")).one()
        assert event.actor == "boss" and event.entity_id == scenario.stays["ready"]


def test_release_of_only_eligible_people_exits_zero(scenario, run) -> None:
    code, out, err = run("boss", "release", scenario.id_numbers["ready"], *AS_OF)
    assert code == 0 and err == ""
    assert "QD-2022-000001" in out
    code, _, err = run("boss", "release", scenario.id_numbers["ready"], *AS_OF)
    assert code != 0 and "already released on 2022-07-15" in err


def test_a_name_without_an_account_may_not_release(scenario, run, engine) -> None:
    code, out, err = run("ops", "release", scenario.id_numbers["ready"], *AS_OF)
    assert (code, out, err) == (1, "", "quarantine-desk: wrong username or password\n")
    with read_session(engine) as s:
        assert s.get(Stay, scenario.stays["ready"]).status == StayStatus.IN_QUARANTINE.value


def test_unknown_id_number_is_a_refusal(scenario, run) -> None:
    code, _, err = run("boss", "release", "X1234567", *AS_OF)
    assert code != 0 and "nobody with ID number X1234567" in err


def test_destination_command_makes_the_stay_eligible(scenario, run) -> None:
    code, out, _ = run("desk", "destination", scenario.id_numbers["no_destination"],
                       "--address", "新华路6号", "--community", "新华社区",
                       "--verified-by", "王主任", "--street", "新华街道",
                       "--notified-by", "李书记", "--as-of", "2022-07-15 09:00", "--json")
    assert code == 0
    recorded = json.loads(out)
    assert recorded["suitable"] is True and recorded["notified_by"] == "李书记"
    _, out, _ = run("desk", "release-list", *AS_OF, "--json")
    item = next(i for i in json.loads(out) if i["stay_id"] == scenario.stays["no_destination"])
    assert item["eligible"] is True and item["reasons"] == []


def test_destination_unsuitable_is_reported(scenario, run) -> None:
    code, _, _ = run("desk", "destination", scenario.id_numbers["no_destination"],
                     "--address", "新华路6号", "--community", "新华社区",
                     "--verified-by", "王主任", "--unsuitable", "--note", "合租",
                     "--as-of", "2022-07-15 09:00")
    assert code == 0
    _, out, _ = run("desk", "release-list", *AS_OF, "--json")
    item = next(i for i in json.loads(out) if i["stay_id"] == scenario.stays["no_destination"])
    assert item["reasons"] == ["community found the home unsuitable"]


def test_medical_account_cannot_record_a_destination(scenario, run) -> None:
    code, _, err = run("nurse", "destination", scenario.id_numbers["no_destination"],
                       "--address", "新华路6号", "--community", "新华社区",
                       "--verified-by", "王主任")
    assert code != 0 and "may not record destination checks" in err


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def test_release_list_pdf_and_spreadsheet(scenario, run, tmp_path) -> None:
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "list.pdf", tmp_path / "list.xlsx"
    assert run("boss", "release-list", *AS_OF, "--pdf", str(pdf))[0] == 0
    assert run("boss", "release-list", *AS_OF, "--xlsx", str(xlsx))[0] == 0
    text = pdf_text(pdf)
    assert "解除集中隔离医学观察人员名单" in text and "320602********0019" in text
    assert scenario.id_numbers["ready"] not in text
    sheet = load_workbook(xlsx).active
    names = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert {"张伟", "李娜", "刘洋", "陈静", "杨勇"} <= set(names)


def test_handover_for_a_released_person_carries_the_release_serial(scenario, run,
                                                                    tmp_path) -> None:
    run("boss", "release", scenario.id_numbers["ready"], *AS_OF)
    out = tmp_path / "form.pdf"
    code, printed, _ = run("boss", "handover", scenario.id_numbers["ready"], "--out", str(out))
    assert code == 0 and "draft" not in printed
    text = pdf_text(out)
    assert "QD-2022-000001" in text
    assert scenario.id_numbers["ready"] in text  # the full number for the community
    assert "居家健康监测" in text and "2022年7月16日 至 2022年7月18日" in text
    assert "新华路1号" in text


def test_handover_drafts_take_no_serial(scenario, run, tmp_path, engine) -> None:
    folder = tmp_path / "forms"
    code, printed, _ = run("boss", "handover", scenario.id_numbers["no_day5"],
                           scenario.id_numbers["fever"], "--out", str(folder))
    assert code == 0 and "draft" in printed
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all("草稿" in f.name for f in files)
    combined = tmp_path / "all.pdf"
    assert run("boss", "handover", scenario.id_numbers["no_day5"],
               scenario.id_numbers["fever"], "--out", str(combined))[0] == 0
    assert pdf_pages(combined) == 2
    run("boss", "release", scenario.id_numbers["ready"], *AS_OF)
    with read_session(engine) as s:
        assert s.get(Stay, scenario.stays["ready"]).release_serial == "QD-2022-000001"


def test_report_prints_the_message_and_json(scenario, run) -> None:
    code, out, _ = run("desk", "report", "--date", "2022-07-15", "--as-of", "2022-07-15 10:00")
    assert code == 0
    assert "尚在集中隔离医学观察6人" in out and "报告时间：2022年7月15日10时" in out
    code, out, _ = run("desk", "report", "--date", "2022-07-15", "--as-of", "2022-07-15 10:00",
                       "--json")
    figures = json.loads(out)
    assert figures["in_quarantine"] == 6 and figures["open_alerts"] == 2
    assert figures["text"].startswith("【隔离点日报】")
