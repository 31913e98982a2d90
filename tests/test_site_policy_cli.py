"""``site set|show``, ``policy list|use`` and ``--version`` on the command line, in process:
the same services as Settings › Site and Settings › Policy, role-checked and audited."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import time_machine
from db_support import rows, scalar

import quarantine_desk
from quarantine_desk.cli.main import main
from quarantine_desk.domain.policy import NINTH_EDITION, TWENTY_MEASURES
from quarantine_desk.services import policies, policy_changes
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import open_database, read_session, write_session

PASSWORD = "cli-pass-789"
#: One close contact arriving after the 20 measures took effect, last exposure unknown.
ARRIVAL_CSV = (
    "姓名,证件号码,性别,联系电话,人员类别,末次暴露日期,入住时间,转运批次\n"
    "王建国,320602195604120517,男,13912345678,密切接触者,,2022-11-20 21:30,NT-1120-A\n"
)


def run(db: str | Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(db: str, capsys, *args: str) -> object:
    code, out, err = run(db, capsys, *args, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def count(db: str, table: str) -> int:
    return scalar(db, f'SELECT COUNT(*) FROM "{table}"')


def audit_actions(db: str) -> list[tuple[str, str]]:
    return rows(db, "SELECT action, actor FROM auditevent ORDER BY id")


@pytest.fixture
def db(db_target: str, monkeypatch) -> str:
    """A new database: with no account yet, commands act as the console operator ``ops``."""
    monkeypatch.setattr("quarantine_desk.cli.context._os_user", lambda: "ops")
    open_database(db_target).dispose()  # made here: the commands below open an existing file
    return db_target


@pytest.fixture
def staffed_db(db: str, capsys, monkeypatch) -> str:
    """A manager ``boss``, a nurse and a liaison ``desk``; no site row yet."""
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)
    assert run(db, capsys, "staff", "add", "boss", "--role", "manager")[0] == 0
    for username, role in (("nurse", "medical"), ("desk", "liaison")):
        assert run(db, capsys, "--user", "boss", "staff", "add", username, "--role", role)[0] == 0
    return db


# --- site ------------------------------------------------------------------------------------


def test_site_set_then_show_round_trips(db: str, capsys) -> None:
    assert run_json(db, capsys, "site", "show")["set_up"] is False
    saved = run_json(db, capsys, "site", "set", "--name", "城东集中隔离医学观察点",
                     "--address", "崇川区通京大道588号", "--phone", "0513-85550000",
                     "--code", "NT-07")
    shown = run_json(db, capsys, "site", "show")
    assert shown == saved
    assert {k: shown[k] for k in ("name", "address", "code", "phone", "language")} == {
        "name": "城东集中隔离医学观察点", "address": "崇川区通京大道588号", "code": "NT-07",
        "phone": "0513-85550000", "language": "zh"}
    assert audit_actions(db) == [("site.setup", "console:ops")]
    code, out, err = run(db, capsys, "site", "show")
    assert (code, err) == (0, "")
    assert "城东集中隔离医学观察点" in out and "NT-07" in out


def test_a_partial_set_keeps_the_other_details(db: str, capsys) -> None:
    run_json(db, capsys, "site", "set", "--name", "城东隔离点", "--address", "通京大道588号",
             "--phone", "0513-1", "--code", "A1")
    run_json(db, capsys, "site", "set", "--phone", "0513-2")
    run_json(db, capsys, "site", "set", "--language", "en")
    shown = run_json(db, capsys, "site", "show")
    assert (shown["name"], shown["address"], shown["phone"], shown["code"],
            shown["language"]) == ("城东隔离点", "通京大道588号", "0513-2", "A1", "en")
    assert [action for action, _ in audit_actions(db)] == [
        "site.setup", "site.update", "site.update"]


def test_site_set_on_a_new_database_needs_a_name(db: str, capsys) -> None:
    code, out, err = run(db, capsys, "site", "set", "--phone", "0513-1")
    assert (code, out) == (1, "")
    assert err == "quarantine-desk: there is no site yet: give its name too\n"
    code, _, err = run(db, capsys, "site", "set")
    assert code == 1 and err.count("\n") == 1 and "nothing to change" in err
    assert count(db, "site") == 0


def test_a_blank_name_is_refused_by_the_service(db: str, capsys) -> None:
    run_json(db, capsys, "site", "set", "--name", "城东隔离点")
    code, _, err = run(db, capsys, "site", "set", "--name", "  ")
    assert code == 1 and err.startswith("quarantine-desk: the site needs a name")
    assert run_json(db, capsys, "site", "show")["name"] == "城东隔离点"


@pytest.mark.parametrize("user", ["nurse", "desk"])
@pytest.mark.parametrize("site_exists", [False, True])
def test_medical_and_liaison_accounts_may_not_set_the_site(
        staffed_db: str, capsys, user: str, site_exists: bool) -> None:
    if site_exists:
        assert run(staffed_db, capsys, "--user", "boss", "site", "set", "--name", "城东")[0] == 0
    before = (count(staffed_db, "site"), audit_actions(staffed_db))
    code, out, err = run(staffed_db, capsys, "--user", user, "site", "set", "--name", "别处",
                         "--phone", "110")
    assert code != 0 and out == ""
    role = "medical" if user == "nurse" else "liaison"
    assert err == f"quarantine-desk: {user} ({role}) may not change the quarantine policy\n"
    assert (count(staffed_db, "site"), audit_actions(staffed_db)) == before
    # Reading needs no account at all.
    assert run_json(staffed_db, capsys, "--user", user, "site", "show")["set_up"] is site_exists


def test_the_manager_account_sets_the_site_in_its_own_name(staffed_db: str, capsys) -> None:
    assert run(staffed_db, capsys, "--user", "boss", "site", "set", "--name", "城东")[0] == 0
    assert audit_actions(staffed_db)[-1] == ("site.setup", "boss")


# --- policy ------------------------------------------------------------------------------------


def test_twenty_measures_from_a_date_governs_later_check_ins(
        db: str, tmp_path: Path, capsys) -> None:
    assert run(db, capsys, "rooms", "add", "201-205")[0] == 0
    adopted = run_json(db, capsys, "policy", "use", "20-measures",
                       "--from", "2022-11-11")
    assert adopted["name"] == TWENTY_MEASURES.name
    assert adopted["effective_from"] == "2022-11-11"
    assert ("policy.adopt", "console:ops") in audit_actions(db)

    arrivals = tmp_path / "arrivals.csv"
    arrivals.write_text(ARRIVAL_CSV, encoding="utf-8")
    with time_machine.travel(datetime(2022, 11, 21, 9, 0).astimezone(), tick=False):
        assert run_json(db, capsys, "import", "arrivals", str(arrivals))["imported"] == 1
    due = run_json(db, capsys, "release-list", "--date", "2022-11-25",
                   "--as-of", "2022-11-25 12:00")
    assert [(c["name"], c["basis_date"], c["planned_release"]) for c in due] == [
        ("王建国", "2022-11-20", "2022-11-25")]  # 5 days, not the 9th edition's 7

    versions = run_json(db, capsys, "policy", "list", "--date", "2022-11-25")
    assert [(v["name"], v["effective_from"], v["in_force"], v["stays"]) for v in versions] == [
        (NINTH_EDITION.name, "2022-06-28", False, 0),
        (TWENTY_MEASURES.name, "2022-11-11", True, 1),
    ]
    code, out, err = run(db, capsys, "policy", "list", "--date", "2022-11-01")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2022-06-28  in force") and NINTH_EDITION.name in lines[0]
    assert lines[1].startswith("2022-11-11  not yet") and "1 stay(s)" in lines[1]


def test_policy_list_on_a_new_database_shows_the_ninth_edition(db: str, capsys) -> None:
    versions = run_json(db, capsys, "policy", "list")
    assert [(v["name"], v["in_force"]) for v in versions] == [(NINTH_EDITION.name, True)]


def test_adopting_the_same_preset_from_the_same_date_is_refused(db: str, tmp_path: Path,
                                                                 capsys) -> None:
    assert run(db, capsys, "policy", "use", "20-measures", "--from", "2022-11-11")[0] == 0
    adopted = audit_actions(db)
    code, out, err = run(db, capsys, "policy", "use", "20-measures", "--from", "2022-11-11")
    assert (code, out) == (1, "")
    assert err == (f"quarantine-desk: '{TWENTY_MEASURES.name}' is already adopted from "
                   "2022-11-11: adopting it again would change nothing\n")
    assert audit_actions(db) == adopted
    assert len(run_json(db, capsys, "policy", "list")) == 2
    # A new database's own 9th edition cannot be adopted again either.
    other = tmp_path / "other.db"
    code, _, err = run(other, capsys, "policy", "use", "9th-edition", "--from", "2022-06-28")
    assert code == 1 and "already adopted" in err


def test_a_preset_from_another_date_is_a_new_version(db: str, capsys) -> None:
    run_json(db, capsys, "policy", "use", "20-measures", "--from", "2022-11-11")
    run_json(db, capsys, "policy", "use", "9th-edition", "--from", "2022-12-01")
    versions = run_json(db, capsys, "policy", "list", "--date", "2022-12-05")
    assert [(v["effective_from"], v["in_force"]) for v in versions] == [
        ("2022-06-28", False), ("2022-11-11", False), ("2022-12-01", True)]


@pytest.mark.parametrize(("args", "message"), [
    (["use", "21-measures", "--from", "2022-11-11"],
     "unknown preset '21-measures': choose 9th-edition, 20-measures, nz-miq-2021 or ebola-21-day"),
    (["use", "20-measures", "--from", "2022-13-45"], "'2022-13-45' is not a real date or time"),
    (["use", "20-measures", "--from", "next week"],
     "cannot read 'next week' as a date: write it like 2022-04-07"),
    (["use", "20-measures", "--from", "2022-06-01"],
     "never be in force: choose 2022-06-28 or later"),
    (["list", "--date", "someday"], "cannot read 'someday' as a date"),
])
def test_bad_presets_and_dates_give_one_line_errors(
        db: str, capsys, args: list[str], message: str) -> None:
    assert run(db, capsys, "rooms", "add", "201")[0] == 0
    code, out, err = run(db, capsys, "policy", *args)
    assert (code, out) == (1, "")
    assert err.startswith("quarantine-desk: ") and err.count("\n") == 1 and message in err
    assert [action for action, _ in audit_actions(db)] == ["room.add"]
    assert count(db, "policyversion") <= 1


@pytest.mark.parametrize("user", ["nurse", "desk"])
def test_medical_and_liaison_accounts_may_not_adopt(staffed_db: str, capsys, user: str) -> None:
    before = (count(staffed_db, "policyversion"), audit_actions(staffed_db))
    code, out, err = run(staffed_db, capsys, "--user", user, "policy", "use", "20-measures",
                         "--from", "2022-11-11")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and f"{user} (" in err
    assert "may not change the quarantine policy" in err
    assert (count(staffed_db, "policyversion"), audit_actions(staffed_db)) == before
    listed = run_json(staffed_db, capsys, "--user", user, "policy", "list")
    assert [v["name"] for v in listed] == [NINTH_EDITION.name]


def test_the_manager_adopts_in_its_own_name(staffed_db: str, capsys) -> None:
    code, out, _ = run(staffed_db, capsys, "--user", "boss", "policy", "use", "20-measures",
                       "--from", "2022-11-11")
    assert code == 0
    assert out.startswith(f"'{TWENTY_MEASURES.name}' is adopted, in force from 2022-11-11")
    assert audit_actions(staffed_db)[-1] == ("policy.adopt", "boss")


def test_the_service_refuses_the_newest_version_again(engine, manager) -> None:
    """The window's editor goes through the same refusal."""
    with write_session(engine) as s:
        policy_changes.adopt_policy(s, manager, TWENTY_MEASURES)
    with pytest.raises(ValidationFailed, match="already adopted from 2022-11-11"):
        with write_session(engine) as s:
            policy_changes.adopt_policy(s, manager, TWENTY_MEASURES)
    with read_session(engine) as s:
        assert len(policies.list_versions(s)) == 2


# --- version -----------------------------------------------------------------------------------


def test_version_prints_the_package_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"quarantine-desk {quarantine_desk.__version__}\n"
