"""Issue 14: on PostgreSQL ``backup`` runs pg_dump (custom format, verified with
``pg_restore --list``) and ``restore`` runs pg_restore into an empty database; a desk without
the client tools is told so in one line."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from conftest import PG_BASE, TEST_PASSWORD
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from quarantine_desk.cli.context import PASSWORD_ENV
from quarantine_desk.cli.main import main
from quarantine_desk.services import maintenance, pg_backup, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import open_database, write_session

needs_tools = pytest.mark.skipif(shutil.which("pg_dump") is None
                                 or shutil.which("pg_restore") is None,
                                 reason="the PostgreSQL client tools are not installed")
needs_server = pytest.mark.skipif(not PG_BASE, reason="QUARANTINE_DESK_TEST_PG is not set")


@pytest.fixture(autouse=True)
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home" / "quarantine-desk" / "backups"


@pytest.fixture
def empty_database() -> Iterator[str]:
    """A second, empty database on the test server, dropped afterwards."""
    name = f"qd_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_BASE, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(PG_BASE).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
                for table in ("room", "staff", "auditevent")}


@needs_server
@needs_tools
def test_pg_backup_and_restore_round_trip(engine: Engine, manager: Actor, db_target: str,
                                          empty_database: str, default_folder: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-210"])
    with mock.patch.dict(os.environ, {PASSWORD_ENV: TEST_PASSWORD}):
        assert main(["--db", db_target, "--user", "boss", "backup"]) == 0
    (dump,) = default_folder.iterdir()
    assert dump.suffix == ".dump" and dump.read_bytes().startswith(b"PGDMP")
    assert dump.stat().st_mode & 0o077 == 0
    assert str(dump) in capsys.readouterr().out
    assert main(["--db", db_target, "backup", "list", "--json"]) == 0
    assert '"verified": true' in capsys.readouterr().out

    assert main(["--db", empty_database, "restore", str(dump)]) == 0
    assert "restored" in capsys.readouterr().out
    restored = open_database(empty_database)
    try:
        before, after = _counts(engine), _counts(restored)
        assert after["room"] == before["room"] == 10
        assert after["staff"] == before["staff"]
        # the dump holds all but its own backup event; the restore adds its own
        assert after["auditevent"] == before["auditevent"]
        with restored.connect() as connection:
            assert connection.execute(text(
                "SELECT action FROM auditevent ORDER BY id DESC LIMIT 1")).scalar_one() \
                == "database.restore"
        assert maintenance.check(restored).ok
    finally:
        restored.dispose()
    assert main(["--db", empty_database, "check"]) == 0

    # restoring again over the data is refused, and changes nothing
    assert main(["--db", empty_database, "restore", str(dump)]) == 1
    assert "is not empty" in capsys.readouterr().err


@needs_tools
def test_a_file_that_is_not_a_dump_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"not a dump at all")
    with pytest.raises(ValidationFailed, match="not a sound PostgreSQL backup"):
        pg_backup.verify_dump(junk)


def test_missing_client_tools_are_named_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ValidationFailed, match=r"pg_dump is not installed on this desk: "
                                               r"install the PostgreSQL client tools"):
        pg_backup.tool("pg_dump")
    with pytest.raises(ValidationFailed, match="pg_restore is not installed"):
        pg_backup.restore_into_empty("postgresql+psycopg://desk@db.invalid/x",
                                     tmp_path / "x.dump")
