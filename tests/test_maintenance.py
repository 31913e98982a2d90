"""Backup, restore and the consistency check, on a real demo database."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from cli_support import main_as
from conftest import TEST_PASSWORD
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.cli.main import main
from quarantine_desk.demo import build_demo
from quarantine_desk.domain.enums import Role
from quarantine_desk.services import maintenance
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import (
    create_db_engine,
    open_database,
    read_session,
    write_session,
)
from quarantine_desk.store.migrate import alembic_config, current_revision
from quarantine_desk.store.models import AuditEvent, Guest

AS_OF = datetime(2022, 4, 10, 15, 30)
MEDICAL = Actor(username="nurse", role=Role.MEDICAL)
LIAISON = Actor(username="desk", role=Role.LIAISON)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Default backups and safety copies go to a private folder, never the real one."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "quarantine-desk" / "backups"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = open_database(str(path))
    build_demo(engine, rooms=40, guests=40, seed=2, as_of=AS_OF)
    engine.dispose()
    return path


@pytest.fixture
def site(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    """A fresh copy of the demo database for each test, opened as a desk would."""
    path = tmp_path / "site.db"
    source, target = sqlite3.connect(demo_file), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    engine = open_database(str(path))
    yield engine, path
    engine.dispose()


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _first_guest_name(engine: Engine) -> str:
    with read_session(engine) as s:
        return s.exec(select(Guest.full_name).order_by(Guest.id)).first()


def test_check_passes_on_the_demo(site) -> None:
    engine, _ = site
    report = maintenance.check(engine)
    assert report.ok and report.to_json() == {"ok": True, "problems": []}


def test_check_lists_a_deleted_room_assignment(site) -> None:
    engine, path = site
    _sql(path, """DELETE FROM roomassignment WHERE id = (
        SELECT a.id FROM roomassignment a JOIN stay s ON s.id = a.stay_id
        JOIN room r ON r.id = a.room_id
        WHERE s.status = 'in_quarantine' AND a.end_at IS NULL AND r.capacity = 1 LIMIT 1)""")
    problems = maintenance.check(engine).problems
    assert any("0 open room assignments instead of one" in p for p in problems)
    assert any("marked occupied but nobody is in it" in p for p in problems)


def test_check_lists_rooms_and_stays_that_disagree(site) -> None:
    engine, path = site
    _sql(path,
         "DROP TRIGGER tr_room_capacity_update",  # the database refuses what this test plants
         "UPDATE stay SET status = 'released' WHERE id = (SELECT a.stay_id FROM roomassignment a "
         "JOIN stay s ON s.id = a.stay_id WHERE a.end_at IS NULL "
         "AND s.status = 'in_quarantine' ORDER BY a.id LIMIT 1)",
         "UPDATE room SET capacity = 1, state = 'available' WHERE id = (SELECT room_id FROM "
         "roomassignment WHERE end_at IS NULL GROUP BY room_id HAVING count(*) > 1 LIMIT 1)",
         "INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, entered_by, "
         "voided_by, void_reason) VALUES (99999, '2022-04-10 08:00:00', 36.5, 'forehead', '', "
         "'', '', '')")
    problems = maintenance.check(engine).problems
    assert any("is released but still holds room" in p for p in problems)
    assert any("has room for 1" in p for p in problems)
    assert any("but is marked available" in p for p in problems)
    assert any("reading row" in p and "missing stay" in p for p in problems)


def test_check_command_exit_codes(site, capsys: pytest.CaptureFixture[str]) -> None:
    engine, path = site
    assert main(["--db", str(path), "check"]) == 0
    assert "no problems" in capsys.readouterr().out
    _sql(path, "DELETE FROM roomassignment WHERE id = (SELECT min(a.id) FROM roomassignment a "
               "JOIN stay s ON s.id = a.stay_id WHERE s.status = 'in_quarantine' "
               "AND a.end_at IS NULL)")
    assert main(["--db", str(path), "check", "--json"]) == 1
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["ok"] is False and document["problems"]
    assert len(captured.err.strip().splitlines()) == len(document["problems"])


def test_backup_then_restore_brings_the_data_back(site, tmp_path: Path, data_home: Path) -> None:
    engine, path = site
    original = _first_guest_name(engine)
    copy = maintenance.backup(engine, tmp_path / "copy.db", now=AS_OF)
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    _sql(path, "UPDATE guest SET full_name = '改过的名字' WHERE id = 1")
    assert _first_guest_name(engine) == "改过的名字"

    safety = maintenance.restore(str(path), copy, now=AS_OF)

    assert _first_guest_name(engine) == original  # the open engine sees the restored data
    assert safety is not None and safety.parent == data_home
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT full_name FROM guest WHERE id = 1").fetchone()[0] == "改过的名字"
    assert kept.execute("SELECT count(*) FROM auditevent WHERE action = 'database.backup'"
                        ).fetchone()[0] == 1  # recorded after the copy was taken
    kept.close()
    with read_session(engine) as s:
        last = s.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "database.restore" and str(copy) in last.after
    assert maintenance.check(engine).ok


def test_backup_is_consistent_while_another_desk_writes(site, tmp_path: Path) -> None:
    engine, path = site
    writing, done = threading.Event(), threading.Event()

    def other_desk() -> None:
        writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE guest SET full_name = '未提交' WHERE id = 1")
        writing.set()
        done.wait(timeout=0.5)  # still writing while the copy is taken
        writer.execute("ROLLBACK")
        writer.close()

    desk = threading.Thread(target=other_desk)
    desk.start()
    writing.wait()
    try:
        copy = maintenance.backup(engine, tmp_path / "during.db", now=AS_OF)
    finally:
        done.set()
        desk.join()
    backup = sqlite3.connect(copy)
    assert backup.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert backup.execute("SELECT full_name FROM guest WHERE id = 1").fetchone()[0] != "未提交"
    backup.close()
    maintenance.verify_backup(copy)


def test_default_backup_goes_to_the_user_data_folder(site, data_home: Path) -> None:
    engine, _ = site
    first = maintenance.backup(engine, now=AS_OF)
    second = maintenance.backup(engine, now=AS_OF)
    assert first.parent == data_home and first.name == "site-20220410-153000.db"
    assert second != first and second.exists()
    with pytest.raises(ValidationFailed, match="already exists"):
        maintenance.backup(engine, first, now=AS_OF)


def test_restore_refuses_a_file_that_is_not_a_database(site, tmp_path: Path,
                                                       data_home: Path) -> None:
    engine, path = site
    junk = tmp_path / "notes.db"
    junk.write_text("这不是数据库 / not a database", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ValidationFailed, match="is not a Quarantine Desk database"):
        maintenance.restore(str(path), junk)
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE things (id INTEGER PRIMARY KEY)")
    with pytest.raises(ValidationFailed, match="is not a Quarantine Desk database"):
        maintenance.restore(str(path), other)
    with pytest.raises(ValidationFailed, match="is not a file"):
        maintenance.restore(str(path), tmp_path / "missing.db")
    assert path.read_bytes() == before
    assert not data_home.exists()  # no safety copy was needed
    assert maintenance.check(engine).ok


def test_restore_command_refuses_junk_and_restores_with_yes(
        site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine, path = site
    with write_session(engine) as session:  # a manager whose password the test knows
        staff_service.add_staff(session, None, "keeper", Role.MANAGER, TEST_PASSWORD)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 512)
    assert main_as("keeper", path, "restore", str(junk), "--yes") == 1
    assert "not a Quarantine Desk database" in capsys.readouterr().err
    copy = tmp_path / "cli-copy.db"
    assert main(["--db", str(path), "backup", "--to", str(copy)]) == 1  # a write: who acts?
    assert "--user NAME" in capsys.readouterr().err and not copy.exists()
    assert main_as("keeper", path, "backup", "--to", str(copy), "--json") == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(copy)
    _sql(path, "UPDATE guest SET full_name = '改过的名字' WHERE id = 1")
    assert main_as("keeper", path, "restore", str(copy), "--yes") == 0
    assert "kept in" in capsys.readouterr().out
    assert _first_guest_name(engine) != "改过的名字"


def test_restore_upgrades_an_old_backup(tmp_path: Path, site) -> None:
    _, path = site
    old = tmp_path / "old.db"
    engine = create_db_engine(str(old))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    maintenance.restore(str(path), old)
    restored = create_db_engine(str(path))
    try:
        assert current_revision(restored) != "0001"
        assert current_revision(restored) is not None
    finally:
        restored.dispose()


def test_backup_and_restore_need_the_managers_right(site, tmp_path: Path) -> None:
    engine, path = site
    with pytest.raises(PermissionDenied, match="back up or restore"):
        maintenance.backup(engine, tmp_path / "x.db", actor=MEDICAL)
    assert not (tmp_path / "x.db").exists()
    copy = maintenance.backup(engine, tmp_path / "y.db", actor=Actor.console("ops"))
    with pytest.raises(PermissionDenied):
        maintenance.restore(str(path), copy, actor=LIAISON)


def test_server_databases_are_sent_to_pg_dump() -> None:
    with pytest.raises(ValidationFailed, match="pg_dump"):
        maintenance.sqlite_file("postgresql+psycopg://desk@db.example/quarantine")
    assert main(["--db", "postgresql+psycopg://desk@db.example/quarantine", "backup"]) == 1
