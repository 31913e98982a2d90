"""Issue 14: automatic backups into the folder the manager chose, the last 14 kept, each
verified and listed; a backup taken while another process writes restores to a sound
database."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cli_support import main_as
from sqlalchemy.engine import Engine

from quarantine_desk.cli.main import main
from quarantine_desk.services import backup_folder, backups, maintenance
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import open_database, read_session, write_session

pytestmark = pytest.mark.sqlite_only  # they copy the file; PostgreSQL's are in test_pg_backup

DAY = datetime(2022, 4, 10, 8, 0)
TESTS = Path(__file__).parent

#: Another desk: adds a room and checks a guest into it, again and again.
WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta
    sys.path.insert(0, sys.argv[3])
    from release_scenario import resident_id
    from quarantine_desk.domain.enums import Category
    from quarantine_desk.services import checkin, rooms
    from quarantine_desk.services.context import Actor
    from quarantine_desk.store.engine import open_database, write_session
    engine = open_database(sys.argv[1])
    actor = Actor.system()
    now = datetime.now().replace(microsecond=0)
    for n in range(int(sys.argv[2])):
        number = str(7000 + n)
        with write_session(engine) as s:
            rooms.add_rooms(s, actor, [number], now=now)
        with write_session(engine) as s:
            checkin.check_in(s, actor, checkin.ArrivalInput(
                full_name=f"客人{n}", id_number=resident_id(n), category=Category.CLOSE_CONTACT,
                exposure_date=now.date() - timedelta(days=1),
                arrival_at=now - timedelta(hours=1), room=number), now=now)
        print(n, flush=True)
""")


@pytest.fixture(autouse=True)
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder is a private one, never the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home" / "quarantine-desk" / "backups"


@pytest.fixture
def stick(tmp_path: Path, engine: Engine, manager: Actor) -> Path:
    """A USB stick, chosen as the site's backup folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    with write_session(engine) as s:
        backup_folder.choose_folder(s, manager, folder)
    return folder


def _write_something(engine: Engine, manager: Actor, n: int) -> None:
    from quarantine_desk.services import rooms

    with write_session(engine) as s:
        rooms.add_rooms(s, manager, [str(100 + n)], now=DAY)


def test_the_folder_is_the_sites_choice(engine: Engine, manager: Actor, medical: Actor,
                                        tmp_path: Path, default_folder: Path) -> None:
    with read_session(engine) as s:
        assert backup_folder.chosen_folder(s) is None
        assert backup_folder.folder_for(s) == default_folder
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="does not exist"):
        backup_folder.choose_folder(s, manager, tmp_path / "missing")
    with write_session(engine) as s, pytest.raises(PermissionDenied):
        backup_folder.choose_folder(s, medical, tmp_path)
    with write_session(engine) as s:
        backup_folder.choose_folder(s, manager, tmp_path)
    with read_session(engine) as s:
        assert backup_folder.folder_for(s) == tmp_path
    path = maintenance.backup(engine, actor=manager, now=DAY)
    assert path.parent == tmp_path and path.name == "site-20220410-080000.db"
    assert not default_folder.exists()


def test_the_first_start_of_the_day_backs_up_once(engine: Engine, manager: Actor,
                                                  stick: Path) -> None:
    first = backups.automatic_backup(engine, daily=True, now=DAY)
    assert first is not None and first.automatic and first.verified
    assert first.path.parent == stick and first.path.name == "site-auto-20220410-080000.db"
    assert backups.automatic_backup(engine, daily=True, now=DAY + timedelta(hours=3)) is None
    # closing: nothing written since, so no copy; after a write, one
    assert backups.automatic_backup(engine, daily=False, now=DAY + timedelta(hours=4)) is None
    _write_something(engine, manager, 1)
    closing = backups.automatic_backup(engine, daily=False, now=DAY + timedelta(hours=5))
    assert closing is not None and closing.path.name == "site-auto-20220410-130000.db"
    assert backups.automatic_backup(engine, daily=True, now=DAY + timedelta(days=1)) is not None


def test_only_the_last_14_automatic_backups_are_kept(engine: Engine, manager: Actor,
                                                     stick: Path) -> None:
    by_hand = maintenance.backup(engine, actor=manager, now=DAY - timedelta(days=30))
    for n in range(20):
        assert backups.automatic_backup(engine, daily=True, now=DAY + timedelta(days=n))
    automatic = sorted(p.name for p in stick.iterdir() if "-auto-" in p.name)
    assert len(automatic) == backups.AUTOMATIC_KEPT
    assert automatic[0] == f"site-auto-{DAY + timedelta(days=6):%Y%m%d-%H%M%S}.db"
    assert by_hand.exists()  # made by hand: never pruned
    assert not [p for p in stick.iterdir() if p.name.endswith(".part")]


def test_backup_list_shows_them_verified(engine: Engine, manager: Actor, stick: Path,
                                         db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(3):
        backups.automatic_backup(engine, daily=True, now=DAY + timedelta(days=n))
    by_hand = maintenance.backup(engine, actor=manager, now=DAY + timedelta(days=5))
    elsewhere = maintenance.backup(engine, tmp_path / "elsewhere.db", actor=manager,
                                   now=DAY + timedelta(days=6))
    assert main(["--db", str(db_path), "backup", "list", "--json"]) == 0  # read-only
    listed = json.loads(capsys.readouterr().out)
    assert [Path(entry["path"]) for entry in listed][:2] == [elsewhere, by_hand]
    assert [entry["automatic"] for entry in listed] == [False, False, True, True, True]
    assert all(entry["verified"] for entry in listed)
    assert listed[0]["bytes"] == elsewhere.stat().st_size
    assert listed[-1]["taken_at"] == DAY.isoformat()

    cut = sorted(stick.glob("site-auto-*.db"))[0]
    cut.write_bytes(cut.read_bytes()[:4096])
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and lines[-1].endswith(str(cut)) and "NOT WHOLE" in lines[-1]
    assert "verified" in lines[0] and "by hand" in lines[0]
    assert "automatic" in lines[-2]
    assert main_as("boss", db_path, "backup", "list", "--to", str(tmp_path)) == 1


def test_a_copy_whose_counts_differ_is_refused_and_removed(
        engine: Engine, manager: Actor, stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = maintenance._copy

    def one_room_too_many(source, dest):  # type: ignore[no-untyped-def]
        counts = real(source, dest)
        return {**counts, "room": counts.get("room", 0) + 1}

    monkeypatch.setattr(maintenance, "_copy", one_room_too_many)
    with pytest.raises(ValidationFailed, match="does not match the database"):
        maintenance.backup(engine, actor=manager, now=DAY)
    assert list(stick.iterdir()) == []


def test_a_damaged_database_names_the_newest_automatic_backup(
        engine: Engine, stick: Path, db_path: Path) -> None:
    made = backups.automatic_backup(engine, daily=True, now=DAY)
    assert made is not None
    assert maintenance.newest_sound_backup(db_path) == made.path


def test_a_backup_while_another_process_writes_restores_to_a_sound_database(
        engine: Engine, manager: Actor, db_path: Path, tmp_path: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "60", str(TESTS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    taken: list[Path] = []
    try:
        assert writer.stdout is not None
        writer.stdout.readline()  # it has started writing
        while writer.poll() is None and len(taken) < 6:
            taken.append(maintenance.backup(engine, tmp_path, actor=manager))
    finally:
        out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert len(taken) >= 2  # taken while it wrote
    for n, copy in enumerate(taken):
        maintenance.verify_backup(copy)
        target = tmp_path / f"restored-{n}.db"
        maintenance.restore(str(target), copy, actor=manager)
        restored = open_database(str(target))
        try:
            report = maintenance.check(restored)
        finally:
            restored.dispose()
        assert report.ok, report.problems
