"""Hostile but realistic input through the command line, one table (issue 13).

Each case is something a tired or ill-meaning person at the console does. A refused case exits
non-zero with exactly one line on standard error, no traceback, and the database exactly as it
was; a skipped row leaves the records as they were and says why; legitimate data is stored
exactly as given.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from conftest import TEST_PASSWORD

from quarantine_desk.cli.main import main
from quarantine_desk.domain.identity import resident_id_check_char

PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"
NEW_PASSWORD_ENV = "QUARANTINE_DESK_NEW_PASSWORD"
HEADER = "姓名,证件号码,性别,联系电话,人员类别,末次暴露日期,入住时间,转运批次\n"
#: The records a skipped row must leave alone.
RECORDS = ("guest", "stay", "roomassignment", "reading", "labtest", "healthrecord")


def resident_id(birth: str, serial: str) -> str:
    first17 = f"320602{birth}{serial}"
    return first17 + resident_id_check_char(first17)


#: Two hours ago: an arrival of today, whatever the hour the tests run at.
ARRIVAL = (datetime.now() - timedelta(hours=2)).replace(second=0, microsecond=0)
TODAY = ARRIVAL.date()
SAMPLED = ARRIVAL + timedelta(minutes=30)
RESIDENT = resident_id("19560412", "051")


def arrival_row(name: str, number: str, arrival: str | None = None,
                exposure: str | None = None) -> str:
    return (f"{name},{number},男,13912345678,密切接触者,"
            f"{exposure or (TODAY - timedelta(days=1)).isoformat()},"
            f"{arrival or ARRIVAL.strftime('%Y-%m-%d %H:%M')},B1\n")


@dataclass(frozen=True)
class Case:
    """One hostile act: the arguments (made from the site's folder and database), the
    environment it runs in, and what must follow."""

    name: str
    argv: Callable[[Path, Path], list[str]]
    outcome: str  # "refused", "skipped" or "stored"
    env: dict[str, str] = field(default_factory=dict)
    check: Callable[[Path, str, str], None] | None = None
    staff_may_change: bool = False  # a wrong password counts towards the lock-out


def file(folder: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return str(path)


def damaged_copy(folder: Path, db: Path) -> str:
    """The site's database with 8 KB of random bytes in the middle, as the field test did."""
    copy = folder / "damaged.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = os.urandom(8192)
    copy.write_bytes(bytes(data))
    return str(copy)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return list(connection.execute(sql))


def stored_name(expected: str) -> Callable[[Path, str, str], None]:
    def check(db: Path, _out: str, _err: str) -> None:
        assert (expected,) in rows(db, "SELECT full_name FROM guest")
    return check


def skipped_because(words: str) -> Callable[[Path, str, str], None]:
    def check(_db: Path, out: str, _err: str) -> None:
        assert words in out, out
    return check


as_boss = {PASSWORD_ENV: TEST_PASSWORD}
as_nurse = {PASSWORD_ENV: TEST_PASSWORD}

CASES = [
    # -- who acts ----------------------------------------------------------------------------
    Case("unknown --user", lambda f, db: ["--db", str(db), "--user", "nobody",
                                           "rooms", "add", "501"], "refused", as_boss),
    Case("a name typed in another case with a wrong password",
         lambda f, db: ["--db", str(db), "--user", "BOSS", "rooms", "add", "501"], "refused",
         {PASSWORD_ENV: "not-the-password"}, staff_may_change=True),
    Case("empty --user", lambda f, db: ["--db", str(db), "--user", "", "rooms", "add", "501"],
         "refused", as_boss),
    Case("a deactivated account", lambda f, db: ["--db", str(db), "--user", "old",
                                                 "rooms", "add", "501"], "refused", as_boss),
    Case("no password and no terminal", lambda f, db: ["--db", str(db), "--user", "boss",
                                                       "rooms", "add", "501"], "refused"),
    Case("no --user on a site with accounts", lambda f, db: ["--db", str(db),
                                                             "rooms", "add", "501"],
         "refused", as_boss),
    Case("SQL in --user", lambda f, db: ["--db", str(db), "--user", "boss' OR '1'='1",
                                          "rooms", "add", "501"], "refused", as_boss),
    Case("a nurse releasing", lambda f, db: ["--db", str(db), "--user", "nurse",
                                             "release", RESIDENT], "refused", as_nurse),
    Case("staff add with no terminal to ask the new password",
         lambda f, db: ["--db", str(db), "--user", "boss", "staff", "add", "lina",
                        "--role", "medical"], "refused", as_boss),
    # -- databases that are not one ------------------------------------------------------------
    Case("--db names a folder", lambda f, db: ["--db", str(f), "vacancy"], "refused"),
    Case("--db names a text file", lambda f, db: ["--db", file(f, "notes.txt", "hello\n"),
                                                  "vacancy"], "refused"),
    Case("--db names random bytes",
         lambda f, db: ["--db", file(f, "noise.db", os.urandom(4096).hex()), "vacancy"],
         "refused"),
    Case("--db is a MySQL URL", lambda f, db: ["--db", "mysql://root@localhost/site",
                                               "vacancy"], "refused"),
    Case("--db in a folder that does not exist",
         lambda f, db: ["--db", str(f / "typo" / "site.db"), "vacancy"], "refused"),
    Case("vacancy on a damaged database",
         lambda f, db: ["--db", damaged_copy(f, db), "vacancy"], "refused"),
    Case("check on a damaged database",
         lambda f, db: ["--db", damaged_copy(f, db), "check"], "refused"),
    Case("backup of a damaged database",
         lambda f, db: ["--db", damaged_copy(f, db), "--user", "boss", "backup",
                        "--to", str(f / "copy.db")], "refused", as_boss),
    Case("backup into a folder that does not exist",
         lambda f, db: ["--db", str(db), "--user", "boss", "backup",
                        "--to", str(f / "usb" / "site.db")], "refused", as_boss),
    # -- files written --------------------------------------------------------------------------
    Case("release list over an existing file",
         lambda f, db: ["--db", str(db), "release-list", "--xlsx",
                        file(f, "list.xlsx", "keep me")], "refused"),
    Case("release list into a missing folder",
         lambda f, db: ["--db", str(db), "release-list", "--pdf", str(f / "no" / "l.pdf")],
         "refused"),
    Case("handover over an existing file",
         lambda f, db: ["--db", str(db), "handover", RESIDENT, "--out",
                        file(f, "form.pdf", "keep me")], "refused"),
    Case("a file that is not a spreadsheet",
         lambda f, db: ["--db", str(db), "--user", "boss", "import", "arrivals",
                        file(f, "list.xlsx", "<html>not a workbook</html>")],
         "refused", as_boss),
    Case("bad room numbers", lambda f, db: ["--db", str(db), "--user", "boss",
                                            "rooms", "add", "3O1-3O5"], "refused", as_boss),
    # -- rows that cannot be true ----------------------------------------------------------------
    Case("an arrival in 1900", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row("赵敏", resident_id("19800101", "022"),
                                              "1900-01-01 08:00", "1899-12-30"))],
         "skipped", as_boss, skipped_because("1900-01-01")),
    Case("an arrival in 2099", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row("赵敏", resident_id("19800101", "022"),
                                              "2099-01-01 08:00"))],
         "skipped", as_boss, skipped_because("2099-01-01")),
    Case("an emoji for a name", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row("赵敏😀", resident_id("19800101", "022")))],
         "skipped", as_boss, skipped_because("😀")),
    Case("a sample taken in 1900", lambda f, db: [
        "--db", str(db), "--user", "nurse", "import", "results",
        file(f, "r.csv", "id_number,kind,sampled_at,result\n"
                         f"{RESIDENT},pcr,1900-01-01 07:00,negative\n")],
         "skipped", as_nurse, skipped_because("1900-01-01")),
    Case("a reading row with a NUL byte", lambda f, db: [
        "--db", str(db), "--user", "nurse", "import", "readings",
        file(f, "t.csv", "id_number,taken_at,celsius\n"
                         f"{RESIDENT},{SAMPLED:%Y-%m-%d %H}:\x00{SAMPLED:%M},36.5\n")],
         "skipped", as_nurse, skipped_because("NUL")),
    # -- legitimate data, stored exactly ---------------------------------------------------------
    Case("rare characters in a name", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row("𠮷田𪚥", resident_id("19800101", "022")))],
         "stored", as_boss, stored_name("𠮷田𪚥")),
    Case("a right-to-left override in a name", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row("赵\u202e敏", resident_id("19800101", "022")))],
         "stored", as_boss, stored_name("赵敏")),
    Case("a formula for a name", lambda f, db: [
        "--db", str(db), "--user", "boss", "import", "arrivals",
        file(f, "a.csv", HEADER + arrival_row('"=HYPERLINK(""http://x"";""y"")"',
                                              resident_id("19800101", "022")))],
         "stored", as_boss, stored_name('=HYPERLINK("http://x";"y")')),
    Case("a Ct value with a decimal comma", lambda f, db: [
        "--db", str(db), "--user", "nurse", "import", "results",
        file(f, "r.csv", "id_number,kind,sampled_at,result,ct_orf1ab\n"
                         f"{RESIDENT},pcr,{SAMPLED:%Y-%m-%d %H:%M},positive,\"25,3\"\n")],
         "stored", as_nurse,
         lambda db, out, err: pytest.approx(25.3) == rows(
             db, "SELECT ct_orf1ab FROM labtest WHERE ct_orf1ab IS NOT NULL")[0][0]),
]


def dump(db: Path, *, without_staff: bool = False, only: tuple[str, ...] = ()) -> list[str]:
    """Every row of the database (or of the ``only`` tables) as SQL text."""
    with sqlite3.connect(db) as connection:
        lines = list(connection.iterdump())
    if only:
        return [line for line in lines if any(f'INSERT INTO "{t}"' in line for t in only)]
    if without_staff:
        return [line for line in lines if not line.startswith('INSERT INTO "staff"')]
    return lines


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:
    """A site with rooms, a manager ``boss``, a nurse, a deactivated ``old`` and one guest."""
    monkeypatch.setattr("quarantine_desk.cli.context._os_user", lambda: "ops")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    db = tmp_path / "site.db"
    steps = [
        (["rooms", "add", "201-210"], {}),
        (["staff", "add", "boss", "--role", "manager"], {NEW_PASSWORD_ENV: TEST_PASSWORD}),
        (["--user", "boss", "staff", "add", "nurse", "--role", "medical"],
         {NEW_PASSWORD_ENV: TEST_PASSWORD, **as_boss}),
        (["--user", "boss", "staff", "add", "old", "--role", "liaison"],
         {NEW_PASSWORD_ENV: TEST_PASSWORD, **as_boss}),
        (["--user", "boss", "staff", "deactivate", "old"], as_boss),
        (["--user", "boss", "import", "arrivals",
          file(tmp_path, "first.csv", HEADER + arrival_row("王建国", RESIDENT))], as_boss),
    ]
    for argv, env in steps:
        with mock.patch.dict(os.environ, env):
            assert main(["--db", str(db), *argv]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return db


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: Case, site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys) -> None:
    for name in (PASSWORD_ENV, NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "work"
    folder.mkdir()
    before = dump(site, without_staff=case.staff_may_change)
    records_before = dump(site, only=RECORDS)
    with mock.patch.dict(os.environ, case.env):
        code = main(case.argv(folder, site))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "unexpected error" not in err, err
    if case.outcome == "refused":
        assert code != 0, out
        assert len(err.strip().splitlines()) == 1, err
        assert dump(site, without_staff=case.staff_may_change) == before
    else:
        assert code == 0, err
        if case.outcome == "skipped":
            assert dump(site, only=RECORDS) == records_before
    if case.check is not None:
        result = case.check(site, out, err)
        assert result is None or result, (out, err)


def test_the_table_is_long_enough() -> None:
    assert len(CASES) >= 25
    assert {case.outcome for case in CASES} == {"refused", "skipped", "stored"}
    assert json.dumps([case.name for case in CASES], ensure_ascii=False)
