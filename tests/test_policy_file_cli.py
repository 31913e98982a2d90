"""A policy written by hand for a made-up disease, switched on with ``policy import`` and used
through the command line (DESIGN.md §12): its categories, its antigen-only schedule, its 38.0 °C
threshold, its 72 fever-free hours and its home isolation. And files that must be refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
import time_machine
from db_support import dump, rows

from quarantine_desk.cli.main import main
from quarantine_desk.domain import policy_file
from quarantine_desk.domain.presets import PRESET_SLUGS, preset
from quarantine_desk.services import labtests
from quarantine_desk.store.engine import open_database, read_session

PASSWORD = "outbreak-pass-2026"
POLICY = Path(__file__).parent / "data" / "disease-x-policy.json"
#: A case contact last exposed on 03-02 (day 0) arriving on day 1; a traveller whose period
#: counts from the arrival (03-03) although the list gives an exposure date; a third named by
#: the category's English name.
ARRIVALS = (
    "姓名,证件号码,性别,联系电话,人员类别,末次暴露日期,入住时间,房间号\n"
    "赵甲,320602198001010013,男,13900000001,接触者甲,2026-03-02,2026-03-03 10:00,101\n"
    "钱乙,320602198202020023,女,13900000002,疫区来客,2026-02-27,2026-03-03 10:30,102\n"
    "孙丙,320602198503030030,男,13900000003,case contact,2026-03-02,2026-03-03 11:00,103\n"
)
ZHAO, QIAN = "320602198001010013", "320602198202020023"


def run(db: str, capsys, *args: str, user: str | None = "boss") -> tuple[int, str, str]:
    code = main(["--db", db, *(("--user", user) if user else ()), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def site(db_target: str, capsys, monkeypatch, tmp_path) -> str:
    """A manager ``boss``, a nurse, five rooms and the site's details."""
    monkeypatch.setattr("quarantine_desk.cli.context._os_user", lambda: "ops")
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)
    open_database(db_target).dispose()
    with time_machine.travel(datetime(2026, 3, 1, 9), tick=False):
        assert run(db_target, capsys, "staff", "add", "boss", "--role", "manager",
                   user=None)[0] == 0
        assert run(db_target, capsys, "staff", "add", "nurse", "--role", "medical")[0] == 0
        assert run(db_target, capsys, "site", "set", "--name", "城东平急两用酒店",
                   "--address", "崇川区通京大道588号", "--phone", "0513-85550000")[0] == 0
        assert run(db_target, capsys, "rooms", "add", "101-105")[0] == 0
    return db_target


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_hand_written_policy_runs_the_site(site: str, capsys, tmp_path: Path) -> None:
    with time_machine.travel(datetime(2026, 3, 1, 9, 30), tick=False):
        code, out, err = run(site, capsys, "policy", "import", str(POLICY), "--from",
                             "2026-03-01")
        assert (code, err) == (0, ""), err
        assert "X病毒病应急处置方案（演练）" in out

    # the arrival list names the file's categories (Chinese name, and English name)
    with time_machine.travel(datetime(2026, 3, 3, 12), tick=False):
        code, out, err = run(site, capsys, "import", "arrivals",
                             str(write(tmp_path / "arrivals.csv", ARRIVALS)), "--json")
        assert (code, err) == (0, ""), err
        assert json.loads(out)["imported"] == 3, out
    stays = dict(rows(site, "SELECT g.full_name, s.category || ' ' || s.planned_release "
                            "FROM stay s JOIN guest g ON g.id = s.guest_id"))
    assert {name: value.split(" ")[0] for name, value in stays.items()} == {
        "赵甲": "contact_x", "钱乙": "traveller_x", "孙丙": "contact_x"}
    # basis last exposure 03-02 + 10 days; the traveller's counts from arrival 03-03 + 7 days
    assert {name: value.split(" ")[1][:10] for name, value in stays.items()} == {
        "赵甲": "2026-03-12", "钱乙": "2026-03-10", "孙丙": "2026-03-12"}

    # tests due: antigen on the file's days (no PCR anywhere)
    engine = open_database(site)
    try:
        with read_session(engine) as session:
            due = {day: sorted((d.guest_name, d.label, str(d.kind))
                               for d in labtests.tests_due(session, day))
                   for day in (date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 6))}
    finally:
        engine.dispose()
    assert due[date(2026, 3, 3)] == [("孙丙", "day-1", "antigen"), ("赵甲", "day-1", "antigen"),
                                     ("钱乙", "admission", "antigen")]
    assert due[date(2026, 3, 4)] == [("钱乙", "day-1", "antigen")]
    assert due[date(2026, 3, 6)] == [("孙丙", "day-4", "antigen"), ("赵甲", "day-4", "antigen")]

    # 37.8 °C is no fever under a 38.0 threshold; 38.1 °C is
    readings = tmp_path / "readings.csv"
    lines = ["id_number,taken_at,celsius"]
    for day in range(3, 11):
        for hour in (8, 16):
            lines.append(f"{ZHAO},2026-03-{day:02d} {hour:02d}:00,36.6")
            celsius = 38.1 if (day, hour) == (7, 16) else 36.5
            lines.append(f"{QIAN},2026-03-{day:02d} {hour:02d}:00,{celsius}")
    lines.append(f"{ZHAO},2026-03-05 12:00,37.8")
    with time_machine.travel(datetime(2026, 3, 10, 9), tick=False):
        code, _, err = run(site, capsys, "import", "readings", str(write(readings,
                           "\n".join(lines) + "\n")), user="nurse")
        assert (code, err) == (0, ""), err
    alerts = rows(site, "SELECT g.full_name, a.kind FROM alert a JOIN stay s ON s.id = a.stay_id "
                        "JOIN guest g ON g.id = s.guest_id")
    assert alerts == [("钱乙", "fever")]

    # results by the file's test kind; a PCR is not a test this policy knows
    results = ["id_number,kind,sampled_at,result,reported_at"]
    for when in ("03-03 10:40", "03-04 08:10", "03-10 08:10"):
        results.append(f"{QIAN},抗原,2026-{when},阴性,2026-{when}")
    for when in ("03-03 10:20", "03-06 08:10", "03-09 08:10"):
        results.append(f"{ZHAO},抗原,2026-{when},阴性,2026-{when}")
    results.append(f"{ZHAO},核酸,2026-03-09 08:20,阴性,2026-03-09 18:00")
    with time_machine.travel(datetime(2026, 3, 10, 9, 30), tick=False):
        code, out, err = run(site, capsys, "import", "results", str(write(
            tmp_path / "results.csv", "\n".join(results) + "\n")), "--json", user="nurse")
        assert code == 0, err
        report = json.loads(out)
    assert report["imported"] == 6
    assert "unknown test kind" in json.dumps(report, ensure_ascii=False)

    # the release list applies the file's parameters: the 38.1 of 03-07 16:00 is 66 hours
    # before 03-10 10:00, inside the 72 fever-free hours (it would be outside 48)
    code, out, err = run(site, capsys, "release-list", "--date", "2026-03-10", "--as-of",
                         "2026-03-10 10:00", "--json", user=None)
    assert (code, err) == (0, ""), err
    listed = {c["name"]: c for c in json.loads(out)}
    qian = listed["钱乙"]
    assert qian["criteria"]["period_complete"] and qian["criteria"]["tests_complete_negative"]
    assert not qian["criteria"]["no_fever"]
    assert "fever 38.1 °C at 2026-03-07 16:00" in qian["reasons_by_key"]["no_fever"]

    # the handover form of the case contact: its category's name and home isolation
    with time_machine.travel(datetime(2026, 3, 12, 9), tick=False):
        assert run(site, capsys, "destination", ZHAO, "--address", "新华路6号",
                   "--community", "新华社区", "--verified-by", "王主任")[0] == 0
        pdf = tmp_path / "handover.pdf"
        code, _, err = run(site, capsys, "handover", ZHAO, "--out", str(pdf))
        assert (code, err) == (0, ""), err
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout.replace(" ", "")
    assert "接触者甲" in text and "居家隔离" in text
    assert "密切接触者" not in text


# --- malformed files ----------------------------------------------------------------------------


def broken(tmp_path: Path, change) -> Path:
    data = json.loads(POLICY.read_text(encoding="utf-8"))
    change(data)
    return write(tmp_path / "broken.json", json.dumps(data, ensure_ascii=False))


def _many_faults(data: dict) -> None:
    del data["release"]["fever_free_hours"]  # a missing field
    data["categories"][0]["tests"][0]["kind"] = "pcr"  # a test kind the file does not list
    data["categories"][1]["days"] = -3  # negative days
    del data["categories"][1]["zh"]  # a category without its names
    del data["categories"][1]["en"]


def test_a_malformed_file_is_refused_naming_each_field_and_changes_nothing(
        site: str, capsys, tmp_path: Path) -> None:
    before = dump(site)
    path = broken(tmp_path, _many_faults)
    with time_machine.travel(datetime(2026, 3, 1, 9, 30), tick=False):
        code, out, err = run(site, capsys, "policy", "import", str(path), "--from", "2026-03-01")
    assert code == 1 and out == ""
    for where in ("release.fever_free_hours: missing", "categories[1].days: must be at least 0",
                  "categories[1].zh: missing", "categories[1].en: missing",
                  "categories[0].tests[0].kind: unknown test kind pcr"):
        assert where in err, err
    assert dump(site) == before


def test_an_unknown_test_kind_is_named_by_its_path(site: str, capsys, tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["categories"][0]["tests"][0]["kind"] = "pcr"
        data["categories"][0]["home"]["tests"][0]["kind"] = "blood"
    before = dump(site)
    code, _, err = run(site, capsys, "policy", "import", str(broken(tmp_path, change)),
                       "--from", "2026-03-01")
    assert code == 1
    assert ("categories[0].tests[0].kind: unknown test kind pcr; the file's test_kinds are "
            "antigen") in err
    assert "categories[0].home.tests[0].kind: unknown test kind blood" in err
    assert dump(site) == before


@pytest.mark.parametrize(("text", "expected"), [
    ("{\"format\": ", "not JSON"),
    ("[]", "must be an object"),
    ("{}", "format: missing"),
])
def test_files_that_are_no_policy_at_all(site: str, capsys, tmp_path: Path, text: str,
                                         expected: str) -> None:
    code, _, err = run(site, capsys, "policy", "import", str(write(tmp_path / "x.json", text)),
                       "--from", "2026-03-01")
    assert code == 1 and expected in err


def test_a_nurse_cannot_import_a_policy(site: str, capsys) -> None:
    before = dump(site)
    code, _, err = run(site, capsys, "policy", "import", str(POLICY), "--from", "2026-03-01",
                       user="nurse")
    assert code == 1 and err
    assert dump(site) == before


# --- export -------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", PRESET_SLUGS)
def test_every_preset_exports_to_the_file_it_was_read_from(site: str, capsys, tmp_path: Path,
                                                          slug: str) -> None:
    out = tmp_path / f"{slug}.json"
    code, _, err = run(site, capsys, "policy", "export", slug, str(out), user=None)
    assert (code, err) == (0, ""), err
    assert policy_file.read(out) == preset(slug)
    shipped = Path(policy_file.SCHEMA_PATH).parent / "presets" / f"{slug}.json"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_export_of_the_version_in_force_reimports_to_the_same_rules(
        site: str, capsys, tmp_path: Path) -> None:
    with time_machine.travel(datetime(2026, 3, 1, 9, 30), tick=False):
        assert run(site, capsys, "policy", "import", str(POLICY), "--from", "2026-03-01")[0] == 0
        out = tmp_path / "current.json"
        assert run(site, capsys, "policy", "export", "current", str(out), user=None)[0] == 0
        code, _, err = run(site, capsys, "policy", "export", "current", str(out), user=None)
        assert code == 1 and "--force" in err  # an existing file is kept unless asked
    assert policy_file.read(out) == policy_file.read(POLICY)


def test_the_shipped_schema_is_the_published_one() -> None:
    published = Path(__file__).parent.parent / "docs" / "policy.schema.json"
    assert published.read_bytes() == Path(policy_file.SCHEMA_PATH).read_bytes()


def test_an_exported_file_copied_elsewhere_imports(site: str, capsys, tmp_path: Path) -> None:
    copy = shutil.copy(POLICY, tmp_path / "copy.json")
    with time_machine.travel(datetime(2026, 3, 1, 9, 30), tick=False):
        code, out, err = run(site, capsys, "policy", "import", str(copy), "--from",
                             "2026-03-02", "--json")
    assert (code, err) == (0, ""), err
    assert json.loads(out)["effective_from"] == "2026-03-02"
