"""Issue 13: what --db names is looked at before it is touched. A folder, a file of another kind,
an unsupported or unreachable server, a missing folder: one line on stderr, no traceback, and
the file left as it was (bytes and permissions). A new database only in an existing folder, said
on stderr; a read-only database still answers the commands that only read."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from quarantine_desk.cli import main as cli_main
from quarantine_desk.cli.main import main
from quarantine_desk.services import failures, maintenance
from quarantine_desk.store import engine as store_engine
from quarantine_desk.store.engine import open_database


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (backups, error log) is a private one, never the real one."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "quarantine-desk"


@pytest.fixture
def new_site(tmp_path: Path) -> Path:
    """A database with no staff account yet: the console operator may write."""
    path = tmp_path / "site.db"
    open_database(str(path)).dispose()
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), stat.S_IMODE(path.stat().st_mode)


def _text_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("房间 301 明天消毒\nroom 301 to disinfect\n", encoding="utf-8")
    return path


def _random_file(folder: Path) -> Path:
    path = folder / "site.db"
    path.write_bytes(os.urandom(20_000))
    return path


def _other_program(folder: Path) -> Path:
    path = folder / "places.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(("make", "says"), [
    (_text_file, "not a Quarantine Desk database"),
    (_random_file, "not a Quarantine Desk database"),
    (_other_program, "database of another program"),
])
def test_a_file_that_is_not_a_desk_database_is_left_alone(
        tmp_path: Path, make, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = make(tmp_path)
    path.chmod(0o644)
    before = fingerprint(path)
    for command in (["vacancy"], ["check"], ["rooms", "add", "301"]):
        assert main(["--db", str(path), *command]) == 1
        line = one_line(capsys.readouterr().err)
        assert says in line and str(path) in line and "--db" in line
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data-home") == [path.name]


def test_a_folder_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    assert main(["--db", str(folder), "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "is a folder" in line and "quarantine-desk.db" in line
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_an_error_not_a_new_site(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "quarantine-dsk" / "site.db"
    assert main(["--db", str(typo), "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith("quarantine-desk: folder ") and "does not exist: check --db" in line
    assert not typo.parent.exists()


def test_a_new_database_is_made_only_in_an_existing_folder_and_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new-site.db"
    assert main(["--db", str(path), "vacancy", "--json"]) == 0
    captured = capsys.readouterr()
    assert one_line(captured.err) == f"quarantine-desk: created a new database at {path}"
    assert '"rooms_total": 0' in captured.out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert main(["--db", str(path), "vacancy"]) == 0
    assert capsys.readouterr().err == ""  # said once, when made


def test_the_default_database_makes_the_user_data_folder(
        data_home: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(store_engine.ENV_VAR, raising=False)
    assert main(["vacancy"]) == 0
    assert (data_home / "quarantine-desk.db").is_file()
    assert "created a new database" in capsys.readouterr().err


def test_our_database_is_made_owner_only(new_site: Path) -> None:
    new_site.chmod(0o644)
    open_database(str(new_site)).dispose()
    assert stat.S_IMODE(new_site.stat().st_mode) == 0o600


@pytest.mark.parametrize(("target", "says"), [
    ("mysql://desk:secret@db.example/quarantine", "mysql databases are not supported"),
    ("postgresql://desk:secret@localhost/nodb", "desk:***@localhost/nodb"),
    ("bad url://", "neither a file name nor a database URL"),
])
def test_server_urls_that_cannot_be_used(target: str, says: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", target, "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    assert says in line and "secret" not in line


def test_an_unreachable_server_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A PostgreSQL driver whose server says the database does not exist."""

    class Error(Exception):
        pass

    class OperationalError(Error):
        pass

    def connect(*_args: object, **_kwargs: object) -> None:
        raise OperationalError('connection to server at "localhost" failed: FATAL:  database '
                               '"nodb" does not exist')

    driver = types.SimpleNamespace(connect=connect, Error=Error, OperationalError=OperationalError,
                                   InterfaceError=Error, DatabaseError=Error, paramstyle="format",
                                   __version__="1.30.0")
    monkeypatch.setattr(store_engine, "create_engine",
                        lambda url, **kw: create_engine(url, module=driver, **kw))
    assert main(["--db", "postgresql+pg8000://desk:secret@localhost/nodb", "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "cannot reach the database" in line and '"nodb" does not exist' in line
    assert "secret" not in line


def test_a_read_only_database_still_answers_reads(
        new_site: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As on a read-only disk (the tests may run as root, whom permissions do not stop)."""
    assert main(["--db", str(new_site), "rooms", "add", "301-305"]) == 0
    new_site.chmod(0o644)
    capsys.readouterr()
    monkeypatch.setattr(store_engine, "_read_only_disk", lambda _path: True)
    before = fingerprint(new_site)
    assert main(["--db", str(new_site), "vacancy", "--json"]) == 0
    assert '"rooms_total": 5' in capsys.readouterr().out
    assert main(["--db", str(new_site), "check"]) == 0
    assert main(["--db", str(new_site), "rooms", "add", "306"]) == 1
    assert "is read-only" in one_line(capsys.readouterr().err)
    assert fingerprint(new_site) == before


def test_a_locked_database_says_another_desk_is_writing(
        new_site: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    writing, done = threading.Event(), threading.Event()

    def other_desk() -> None:
        writer = sqlite3.connect(new_site, isolation_level=None, check_same_thread=False)
        writer.execute("BEGIN IMMEDIATE")
        writing.set()
        done.wait(timeout=10)
        writer.execute("ROLLBACK")
        writer.close()

    desk = threading.Thread(target=other_desk)
    desk.start()
    writing.wait()
    try:
        assert main(["--db", str(new_site), "rooms", "add", "301"]) == 1
    finally:
        done.set()
        desk.join()
    # A note that it waits, then, when the other desk never finishes, one line to try again.
    lines = capsys.readouterr().err.strip().splitlines()
    assert "Traceback" not in "\n".join(lines) and len(lines) <= 2
    assert "waiting" in lines[0] or len(lines) == 1
    assert "another desk is writing" in lines[-1] and "try again" in lines[-1]


def test_backup_into_a_folder_a_missing_folder_or_a_read_only_place(
        new_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert main(["--db", str(new_site), "backup", "--to", str(folder)]) == 0
    (copy,) = folder.iterdir()
    assert copy.name.startswith("site-") and str(copy) in capsys.readouterr().out

    missing = tmp_path / "no-such-folder" / "copy.db"
    assert main(["--db", str(new_site), "backup", "--to", str(missing)]) == 1
    assert "does not exist" in one_line(capsys.readouterr().err)
    assert not missing.parent.exists()
    stick = tmp_path / "stick"
    assert main(["--db", str(new_site), "backup", "--to", f"{stick}{os.sep}"]) == 1
    assert "does not exist" in one_line(capsys.readouterr().err)
    assert not stick.exists()  # neither a folder nor a file named like it

    def read_only(path: Path) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(maintenance, "_private_new_file", read_only)
    assert main(["--db", str(new_site), "backup", "--to", str(folder / "again.db")]) == 1
    assert "read-only disk" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(("error", "says"), [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.pdf"), "disk is full"),
    (OSError(errno.EACCES, "Permission denied", "/etc/x.pdf"), "no permission"),
    (OSError(errno.EISDIR, "Is a directory", "/tmp"), "is a folder"),
    (sqlite3.OperationalError("database or disk is full"), "is full"),
    (sqlite3.DatabaseError("database disk image is malformed"), "is damaged"),
    (EOFError(), "input ended"),
])
def test_what_a_person_can_cause_is_explained(error: Exception, says: str) -> None:
    line = failures.explain(error, "/tmp/site.db")
    assert line is not None and says in line and "\n" not in line


def test_a_fault_in_the_program_is_one_line_with_the_trace_kept(
        new_site: Path, data_home: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_session: object) -> None:
        raise KeyError("rooms_total")

    monkeypatch.setattr("quarantine_desk.services.rooms.vacancy", broken)
    assert main(["--db", str(new_site), "vacancy"]) == 1
    line = one_line(capsys.readouterr().err)
    log = cli_main.error_log()
    assert "unexpected error (KeyError" in line and str(log) in line
    assert log.parent == data_home
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_no_traceback_reaches_a_terminal(tmp_path: Path) -> None:
    notes = _text_file(tmp_path)
    notes.chmod(0o644)
    before = fingerprint(notes)
    for target in (str(notes), str(tmp_path), str(tmp_path / "missing" / "x.db"),
                   "mysql://desk@db.example/quarantine"):
        done = subprocess.run([sys.executable, "-m", "quarantine_desk", "--db", target,
                               "vacancy"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and done.stdout == ""
        one_line(done.stderr)
    assert fingerprint(notes) == before
