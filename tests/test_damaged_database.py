"""Issue 13: damage in the database file is found and named, with the backup to restore; no
command carries on over it, and backup never reports success for a damaged copy."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from quarantine_desk.cli.main import main
from quarantine_desk.demo import build_demo
from quarantine_desk.store import engine as store_engine
from quarantine_desk.store.engine import open_database

pytestmark = pytest.mark.sqlite_only  # damages the SQLite file itself

AS_OF = datetime(2022, 4, 10, 15, 30)
READINGS = "房间号,身份证号,测量时间,体温,症状,备注\n101,,2022-04-10 08:00,36.5,,\n"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Default backups go to a private folder, never the real one."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "quarantine-desk" / "backups"


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A demo-sized database and its manager's account."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = open_database(str(path))
    accounts = build_demo(engine, rooms=40, guests=40, seed=2, as_of=AS_OF)
    engine.dispose()
    return path, next(a for a in accounts if a["role"] == "manager")


@pytest.fixture
def site(demo_site: tuple[Path, dict[str, str]], tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[str]]]:
    """A fresh copy of the demo, and the options that sign its manager in."""
    demo, manager = demo_site
    path = tmp_path / "site.db"
    source, target = sqlite3.connect(demo), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", manager["password"])
    yield path, ["--db", str(path), "--user", manager["username"]]


def damage(path: Path) -> None:
    """8 KB of random bytes in the middle of the file, as the field test did."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(13).randbytes(8192))


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_check_names_the_damage_and_the_newest_sound_backup(
        site, data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, options = site
    assert main([*options, "backup"]) == 0
    (backup,) = data_home.iterdir()
    capsys.readouterr()
    damage(path)

    assert main(["--db", str(path), "check"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "is damaged" in line and str(path) in line
    assert f"restore {backup}" in line

    assert main([*options, "restore", str(backup), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 0  # the named backup repairs it


def test_check_without_a_backup_says_none_was_found(
        site, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = site
    damage(path)
    assert main(["--db", str(path), "check", "--json"]) == 1
    captured = capsys.readouterr()
    line = one_line(captured.err)
    assert "is damaged" in line and "no sound backup" in line
    assert captured.out == ""


def test_backup_refuses_a_damaged_database_and_leaves_no_copy(
        site, tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, options = site
    damage(path)
    before = path.read_bytes()
    copy = tmp_path / "copy.db"
    assert main([*options, "backup", "--to", str(copy)]) == 1
    assert "is damaged" in one_line(capsys.readouterr().err)
    assert not copy.exists() and not data_home.exists()
    assert path.read_bytes() == before


def test_backup_checks_its_copy_when_opening_skips_the_check(
        site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A file too big for the quick check on opening: the copy's integrity check refuses."""
    monkeypatch.setattr(store_engine, "QUICK_CHECK_MAX_BYTES", 0)
    path, options = site
    damage(path)
    copy = tmp_path / "copy.db"
    assert main([*options, "backup", "--to", str(copy)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "no backup was written" in line and "is damaged" in line
    assert not copy.exists()
    assert main(["--db", str(path), "check"]) == 1  # the full check finds it too
    assert "is damaged" in one_line(capsys.readouterr().err)


def test_damage_met_mid_way_is_one_line(site, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Opening skips the quick check (a big file); the room table's own pages are damaged, so
    vacancy meets "database disk image is malformed" while it reads."""
    monkeypatch.setattr(store_engine, "QUICK_CHECK_MAX_BYTES", 0)
    path, options = site
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    roots = [row[0] for row in connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'room' AND rootpage > 0")]
    connection.close()
    with path.open("r+b") as handle:
        for root in roots:  # the table and its indexes, whichever vacancy reads
            handle.seek((root - 1) * page_size)
            handle.write(random.Random(root).randbytes(page_size))
    assert main([*options, "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "is damaged" in line and "restore" in line


@pytest.mark.parametrize("command", [["vacancy"], ["vacancy", "--json"],
                                     ["import", "readings", "READINGS"]])
def test_commands_stop_at_the_damage_with_one_line(
        site, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path, options = site
    readings = tmp_path / "readings.csv"
    readings.write_text(READINGS, encoding="utf-8")
    damage(path)
    before = path.read_bytes()
    argv = [str(readings) if part == "READINGS" else part for part in command]
    assert main([*options, *argv]) == 1
    captured = capsys.readouterr()
    assert "is damaged" in one_line(captured.err)
    assert captured.out == ""
    assert path.read_bytes() == before


def test_no_traceback_reaches_a_terminal(site) -> None:
    path, _ = site
    damage(path)
    for command in (["check"], ["vacancy"]):
        done = subprocess.run([sys.executable, "-m", "quarantine_desk", "--db", str(path),
                               *command], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        assert "is damaged" in one_line(done.stderr)
