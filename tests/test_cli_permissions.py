"""Roles apply on the command line: a staff account named with ``--user`` (signed in with its
password) acts with its role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from db_support import rows, scalar

from quarantine_desk.cli.main import main

SAMPLE = Path(__file__).parent / "data" / "arrivals_sample.csv"
PASSWORD = "cli-pass-456"


def run(db: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count(db: str, table: str) -> int:
    return scalar(db, f'SELECT COUNT(*) FROM "{table}"')


@pytest.fixture
def staffed_db(db_target: str, capsys, monkeypatch) -> str:
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)  # every account's, signing in
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)  # for the accounts made
    db = db_target
    assert run(db, capsys, "staff", "add", "boss", "--role", "manager")[0] == 0
    for username, role in (("nurse", "medical"), ("desk", "liaison")):
        assert run(db, capsys, "--user", "boss", "staff", "add", username, "--role", role)[0] == 0
    assert run(db, capsys, "--user", "boss", "rooms", "add", "201-230", "301-330")[0] == 0
    assert run(db, capsys, "--user", "boss", "rooms", "add", "401-405", "--kind", "family")[0] == 0
    return db


@pytest.mark.parametrize("extra", [[], ["--dry-run"], ["--json"]])
def test_medical_account_cannot_import_arrivals(staffed_db: str, capsys, extra) -> None:
    audit_before = count(staffed_db, "auditevent")
    code, out, err = run(staffed_db, capsys, "--user", "nurse", "import", "arrivals",
                         str(SAMPLE), *extra)
    assert code != 0
    assert out == ""
    assert err == "quarantine-desk: nurse (medical) may not check guests in\n"
    assert count(staffed_db, "guest") == 0
    assert count(staffed_db, "stay") == 0
    assert count(staffed_db, "auditevent") == audit_before


def test_medical_account_cannot_change_rooms(staffed_db: str, capsys) -> None:
    code, _, err = run(staffed_db, capsys, "--user", "nurse", "rooms", "add", "501")
    assert code != 0 and "nurse (medical) may not change rooms" in err
    code, _, err = run(staffed_db, capsys, "--user", "nurse", "rooms", "set-state", "201",
                       "out_of_service")
    assert code != 0 and "may not change rooms" in err
    assert count(staffed_db, "room") == 65


def test_liaison_account_imports_arrivals_in_its_own_name(staffed_db: str, capsys,
                                                          on_sample_day: None) -> None:
    code, out, err = run(staffed_db, capsys, "--user", "desk", "import", "arrivals", str(SAMPLE))
    assert (code, err) == (0, "")
    assert "checked in 10 arrival(s)" in out
    actors = {row[0] for row in rows(
        staffed_db, "SELECT actor FROM auditevent WHERE action = 'stay.check_in'")}
    assert actors == {"desk"}


def test_an_unknown_user_is_refused(staffed_db: str, capsys) -> None:
    code, out, err = run(staffed_db, capsys, "--user", "visitor", "import", "arrivals",
                         str(SAMPLE))
    assert (code, out, err) == (1, "", "quarantine-desk: wrong username or password\n")
    assert count(staffed_db, "stay") == 0


def test_staff_on_duty_from_the_command_line(staffed_db: str, capsys) -> None:
    code, out, _ = run(staffed_db, capsys, "--user", "nurse", "staff", "duty", "nurse", "on")
    assert code == 0 and out == "nurse is on duty\n"  # a nurse marks their own shift
    audit_before = count(staffed_db, "auditevent")
    code, out, err = run(staffed_db, capsys, "--user", "desk", "staff", "duty", "nurse", "off")
    assert code != 0 and out == "" and "desk (liaison) may not" in err
    assert count(staffed_db, "auditevent") == audit_before  # the refusal wrote nothing
    code, _, err = run(staffed_db, capsys, "--user", "boss", "staff", "duty", "desk", "on")
    assert code != 0 and "only medical staff" in err
    code, out, _ = run(staffed_db, capsys, "staff", "list", "--json")
    assert {row["username"]: row["on_duty"] for row in json.loads(out)} == {
        "boss": False, "nurse": True, "desk": False}
    assert run(staffed_db, capsys, "--user", "boss", "staff", "duty", "nurse", "off")[0] == 0
    assert "(on duty)" not in run(staffed_db, capsys, "staff", "list")[1]
