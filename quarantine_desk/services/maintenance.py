"""Keeping the database safe: online backup, restore, and the consistency check (DESIGN.md §5).

Backup and restore use SQLite's online backup API, which copies a consistent snapshot page by
page while other desks keep writing, and writes into a live WAL database through SQLite itself
rather than replacing files under it. On PostgreSQL they run ``pg_dump`` and ``pg_restore``
(``services.pg_backup``). The check runs on both.

A backup is written under a temporary name and given its own only once verified (SQLite's
integrity check, it opens as a Quarantine Desk database, and every table holds as many rows as
the database did at the moment of the copy), so a backup file under its name is a verified one.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import RoomState, StayStatus
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, pg_backup
from quarantine_desk.services import backup_folder as backup_folder_module
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import DamageFound, ValidationFailed
from quarantine_desk.services.events import Topic
from quarantine_desk.services.integrity import duplicate_problems
from quarantine_desk.store.engine import (
    BUSY_TIMEOUT_MS,
    damage_summary,
    is_read_only,
    open_database,
    read_session,
    sqlite_path,
    to_url,
    write_session,
)
from quarantine_desk.store.migrate import alembic_config
from quarantine_desk.store.models import Guest, Room, RoomAssignment, Stay

#: Tables every Quarantine Desk database has, whatever its schema version.
_CORE_TABLES = frozenset({"alembic_version", "site", "room", "guest", "stay", "auditevent"})
#: How many of the newest backups are verified when looking for a sound one to restore.
_BACKUPS_TRIED = 10


def _tr(text_: str) -> str:
    return translate("maintenance", text_)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


def backup_folder() -> Path:
    """Where backups go until the manager chooses a folder: ``backups`` in the user data
    folder (safety copies kept by restore always go there)."""
    return backup_folder_module.default_backup_folder()


def sqlite_file(target: str) -> Path:
    """The file behind a database target; refuses a server database, which has no file."""
    path = sqlite_path(to_url(target))
    if path is None:
        raise ValidationFailed(
            _tr("this works on SQLite files only: a PostgreSQL server is backed up with "
                "pg_dump (the backup command runs it)"))
    return path


def server_database(target: str) -> str | None:
    """The URL of a server database ``target`` names, without its password; None for a
    SQLite file."""
    url = to_url(target)
    if sqlite_path(url) is not None:
        return None
    return make_url(url).render_as_string(hide_password=True)


def _private_new_file(path: Path) -> None:
    """Create ``path`` readable by its owner only; refuse to overwrite anything, and to make
    any folder but the default backup folder (a typo must not scatter folders)."""
    if path.parent == backup_folder():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise ValidationFailed(_tr("folder {folder} does not exist: choose an existing folder")
                               .format(folder=path.parent))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise ValidationFailed(
            _tr("{path} already exists: choose another name").format(path=path)
        ) from None
    os.close(fd)


def _stamped(folder: Path, stem: str, now: datetime, suffix: str = ".db") -> Path:
    """A new file name in ``folder`` carrying the time, never one that exists."""
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    path, n = folder / f"{base}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}{suffix}"
    return path


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in each table of the database ``connection`` reads."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables}


def _copy(source: sqlite3.Connection, dest: Path) -> dict[str, int]:
    """Copy a consistent snapshot of ``source`` into the new file ``dest`` (one file, no WAL);
    returns the rows of each table in that snapshot: counted and copied in one read
    transaction, so a desk writing meanwhile changes neither."""
    try:
        target = sqlite3.connect(dest)
        try:
            source.execute("BEGIN")
            try:
                counts = _row_counts(source)
                source.backup(target)
            finally:
                source.execute("COMMIT")
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return counts


def backup(engine: Engine, to: Path | None = None, *, actor: Actor | None = None,
           now: datetime | None = None, automatic: bool = False) -> Path:
    """Copy the database, while others keep working, into ``to`` (a new file, or a folder) or,
    by default, a time-stamped file in the site's backup folder (see
    :mod:`~quarantine_desk.services.backup_folder`); the copy is owner-readable only and
    verified before it is given its name. ``automatic`` ones are named ``NAME-auto-TIME``
    (only those are pruned). On PostgreSQL the copy is a ``pg_dump`` file.

    The backup is recorded in the audit trail of the database it was taken from.
    """
    acting = actor or Actor.system()
    require(acting, Permission.BACKUP)
    now = _now(now)
    on_server = engine.dialect.name != "sqlite"
    source_path = None if on_server else sqlite_file(
        engine.url.render_as_string(hide_password=False))
    stem = backup_stem(engine) + ("-auto" if automatic else "")
    if to is None or to.is_dir():
        if to is None:
            with read_session(engine) as session:
                to = backup_folder_module.folder_for(session)
        dest = _stamped(to, stem, now, pg_backup.DUMP_SUFFIX if on_server else ".db")
    else:
        dest = to
    _private_new_file(dest)
    if source_path is None:
        pg_backup.dump(engine.url, dest)
    else:
        _sqlite_backup(engine, source_path, dest)
    if not is_read_only(engine):  # a read-only database is copied but cannot record it
        with write_session(engine) as session:
            audit.record(session, acting, "database.backup", "database", None,
                         after={"path": str(dest), "bytes": dest.stat().st_size,
                                "automatic": automatic}, at=now)
    return dest


def backup_stem(engine: Engine) -> str:
    """What a backup's file name starts with: the database file's name, or the server
    database's."""
    if engine.dialect.name != "sqlite":
        return str(engine.url.database or "postgresql")
    return sqlite_file(engine.url.render_as_string(hide_password=False)).stem


def _sqlite_backup(engine: Engine, source_path: Path, dest: Path) -> None:
    """The online backup into ``dest`` (reserved, empty): written under a temporary name,
    verified, then moved onto ``dest``; a failure leaves neither."""
    temp = dest.with_name(f".{dest.name}.part")
    try:
        _private_new_file(temp)
        raw = engine.raw_connection()
        try:
            counts = _copy(raw.driver_connection, temp)  # type: ignore[arg-type]
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise
            raise ValidationFailed(_tr("cannot write the backup {path} ({reason}): choose a "
                                       "writable place with free space; no backup was "
                                       "written").format(path=dest, reason=exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise DamageFound(_tr("no backup was written: {damage}").format(
                damage=damage_message(source_path, str(exc)))) from exc
        finally:
            raw.close()
        _refuse_a_damaged_copy(source_path, temp)
        _refuse_a_copy_that_differs(temp, counts, dest)
        os.replace(temp, dest)
    except BaseException:
        temp.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)
        raise


def _refuse_a_copy_that_differs(copy: Path, counts: dict[str, int], dest: Path) -> None:
    """Refuse a copy that does not open as a Quarantine Desk database, or whose tables do not
    hold the rows the database held at the moment of the copy."""
    verify_backup(copy)
    connection = _open_read_only(copy)
    try:
        copied = _row_counts(connection)
    finally:
        connection.close()
    for table, n in sorted(counts.items()):
        if copied.get(table) != n:
            raise ValidationFailed(_tr(
                "the backup {path} does not match the database (table {table}: {copied} rows "
                "in the copy, {n} in the database); no backup was written").format(
                path=dest, table=table, copied=copied.get(table, 0), n=n))


def _refuse_a_damaged_copy(source: Path, copy: Path) -> None:
    """Remove ``copy`` and refuse when it fails SQLite's integrity check: the online backup
    copies pages as they are, so a damaged copy means a damaged database."""
    try:
        connection = _open_read_only(copy)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        verdict = [str(exc)]
    if verdict != ["ok"]:
        copy.unlink(missing_ok=True)
        raise DamageFound(_tr("no backup was written: {damage}").format(
            damage=damage_message(source, damage_summary(verdict))))


def newest_sound_backup(database: Path) -> Path | None:
    """The newest backup of ``database``, automatic or by hand, in the site's backup folder (as
    far as the file still says which) or :func:`backup_folder` that passes
    :func:`verify_backup` (safety copies kept by restore are not offered)."""
    name = re.compile(re.escape(database.stem) + r"-(auto-)?\d{8}-\d{6}(-\d+)?\.db")
    folders = {backup_folder_module.folder_in_file(database), backup_folder()}
    found = [p for folder in folders if folder is not None and folder.is_dir()
             for p in folder.iterdir() if name.fullmatch(p.name)]
    for candidate in sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)[:_BACKUPS_TRIED]:
        try:
            verify_backup(candidate)
        except ValidationFailed:
            continue
        return candidate
    return None


def damage_message(database: Path, problem: str) -> str:
    """One line for a damaged ``database``: what SQLite found, and the backup to restore."""
    found = newest_sound_backup(database)
    if found is None:
        return _tr("the database {db} is damaged ({problem}) and no sound backup of it is in "
                   "{folder}: keep the file as it is and restore a backup kept elsewhere with "
                   "quarantine-desk --db {db} restore PATH").format(
            db=shlex.quote(str(database)), problem=problem, folder=backup_folder())
    return _tr("the database {db} is damaged ({problem}): restore the newest sound backup "
               "with quarantine-desk --db {db} restore {backup}").format(
        db=shlex.quote(str(database)), problem=problem, backup=shlex.quote(str(found)))


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def verify_backup(path: Path) -> None:
    """Refuse, with the reason, a file that is not a sound Quarantine Desk database this
    version can open (newer schemas are refused; older ones are upgraded after restore)."""
    if not path.is_file():
        raise ValidationFailed(
            _tr("{path} is not a file: give the path of a backup").format(path=path))
    not_ours = _tr("{path} is not a Quarantine Desk database; nothing was changed")
    try:
        connection = _open_read_only(path)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationFailed(f"{not_ours.format(path=path)} ({exc})") from exc
    if verdict != ["ok"]:
        raise ValidationFailed(
            _tr("{path} fails the integrity check ({problem}); nothing was changed").format(
                path=path, problem=damage_summary(verdict)))
    if not _CORE_TABLES <= tables or revision is None:
        raise ValidationFailed(not_ours.format(path=path))
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision[0])
    except CommandError:
        raise ValidationFailed(
            _tr("{path} was made by a newer version of Quarantine Desk (schema {rev}): update "
                "the application first; nothing was changed").format(path=path, rev=revision[0])
        ) from None


def _is_sound_database(path: Path) -> bool:
    """Whether SQLite reads ``path`` as a database without finding damage."""
    try:
        connection = _open_read_only(path)
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        return False
    return verdict == ["ok"]


def _safety_copy(path: Path, now: datetime) -> Path:
    """Keep the database about to be replaced; a file SQLite cannot read, or finds damaged,
    is copied as it is."""
    dest = _stamped(backup_folder(), f"{path.stem}-before-restore", now)
    _private_new_file(dest)
    if not _is_sound_database(path):
        shutil.copyfile(path, dest)
        return dest
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _copy(connection, dest)
    finally:
        connection.close()
    return dest


def restore(target_db: str, from_path: Path, *, actor: Actor | None = None,
            now: datetime | None = None) -> Path | None:
    """Replace the database ``target_db`` with the backup ``from_path``.

    The backup is checked first (nothing changes when it is refused); the current database is
    kept as a safety copy in :func:`backup_folder`; the content is written through SQLite's
    backup API so that desks with the database open see the restored data, never a torn file;
    then migrations bring an older backup up to date. Returns the safety copy (None when there
    was no database yet). On PostgreSQL ``target_db`` must be an empty database and the backup
    a ``pg_dump`` file (:func:`pg_backup.restore_into_empty`).
    """
    acting = actor or Actor.system()
    require(acting, Permission.BACKUP)
    now = _now(now)
    if server_database(target_db) is not None:
        pg_backup.restore_into_empty(target_db, from_path)
        _record_restore(target_db, acting, from_path, None, now)
        return None
    path = sqlite_file(target_db)
    verify_backup(from_path)
    if path.exists() and path.resolve() == from_path.resolve():
        raise ValidationFailed(_tr("{path} is the database itself: choose a backup file")
                               .format(path=from_path))
    safety = _safety_copy(path, now) if path.exists() and path.stat().st_size else None
    if path.exists() and not _is_sound_database(path):
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    if not path.exists():
        _private_new_file(path)
    source = _open_read_only(from_path)
    try:
        target = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    _record_restore(target_db, acting, from_path, safety, now)
    return safety


def _record_restore(target_db: str, acting: Actor, from_path: Path, safety: Path | None,
                    now: datetime) -> None:
    """Bring the restored database up to date (an older backup's schema), record the restore
    in its audit trail, and tell every open panel that everything may have changed."""
    engine = open_database(target_db)
    try:
        with write_session(engine) as session:
            audit.record(session, acting, "database.restore", "database", None,
                         after={"from": str(from_path),
                                "safety_copy": str(safety) if safety else None}, at=now)
            events.changed(session, *Topic)
    finally:
        engine.dispose()


# --- the check ------------------------------------------------------------------------------


@dataclass
class CheckReport:
    """What the check found: one line per problem, none when the database is sound."""

    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": list(self.problems)}


def _damage(engine: Engine, session: Session) -> str | None:
    """SQLite's full integrity check, as the one-line damage message naming the backup to
    restore; None when the file is sound."""
    try:
        verdict = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    except DBAPIError as exc:
        if (isinstance(exc.orig, sqlite3.OperationalError)
                or not isinstance(exc.orig, sqlite3.DatabaseError)):
            raise
        verdict = [str(exc.orig)]
    if verdict == ["ok"]:
        return None
    database = sqlite_file(engine.url.render_as_string(hide_password=False))
    return damage_message(database, damage_summary(verdict))


def _foreign_key_checks(session: Session) -> list[str]:
    problems: list[str] = []
    for table, rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check")):
        problems.append(
            _tr("{table} row {rowid} points to a missing {parent} row").format(
                table=table, rowid=rowid, parent=parent))
    return problems


def _open_count():  # type: ignore[no-untyped-def]
    """Open room assignments of the stay in the enclosing query."""
    return (select(func.count(RoomAssignment.id))  # type: ignore[arg-type]
            .where(RoomAssignment.stay_id == Stay.id,
                   RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
            .scalar_subquery())


def _stay_checks(session: Session) -> list[str]:
    problems: list[str] = []
    count = _open_count()
    for stay_id, name, n in session.exec(
        select(Stay.id, Guest.full_name, count)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(Stay.status == StayStatus.IN_QUARANTINE.value, count != 1)
        .order_by(Stay.id)
    ):
        problems.append(
            _tr("stay {id} ({name}) is in quarantine with {n} open room assignments instead "
                "of one: put them in one room").format(id=stay_id, name=name, n=n))
    for stay_id, name, status, number in session.exec(
        select(Stay.id, Guest.full_name, Stay.status, Room.number)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .join(RoomAssignment, RoomAssignment.stay_id == Stay.id)  # type: ignore[arg-type]
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
               Stay.status != StayStatus.IN_QUARANTINE.value)
        .order_by(Stay.id)
    ):
        problems.append(
            _tr("stay {id} ({name}) is {status} but still holds room {room}: end that room "
                "assignment").format(id=stay_id, name=name, status=status, room=number))
    for serial, n in session.exec(
        select(Stay.release_serial, func.count())
        .where(Stay.release_serial.is_not(None))  # type: ignore[union-attr]
        .group_by(Stay.release_serial)
        .having(func.count() > 1)
    ):
        problems.append(_tr("release serial {serial} is used by {n} stays").format(
            serial=serial, n=n))
    return problems


def _room_checks(session: Session) -> list[str]:
    problems: list[str] = []
    occupants = (select(RoomAssignment.room_id, func.count().label("n"))
                 .where(RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
                 .group_by(RoomAssignment.room_id).subquery())
    n = func.coalesce(occupants.c.n, 0)
    for number, capacity, state, here in session.exec(
        select(Room.number, Room.capacity, Room.state, n)
        .outerjoin(occupants, occupants.c.room_id == Room.id)
        .order_by(Room.floor, Room.number)
    ):
        if here > capacity:
            problems.append(_tr("room {room} holds {n} guests but has room for {cap}").format(
                room=number, n=here, cap=capacity))
        if here and state != RoomState.OCCUPIED.value:
            problems.append(_tr("room {room} has {n} guest(s) but is marked {state}").format(
                room=number, n=here, state=state))
        if not here and state == RoomState.OCCUPIED.value:
            problems.append(
                _tr("room {room} is marked occupied but nobody is in it: mark it awaiting "
                    "disinfection").format(room=number))
    return problems


def check(engine: Engine) -> CheckReport:
    """Read-only check: SQLite's own integrity and foreign keys, then the site's rules
    (one room per guest in quarantine, rooms within capacity, room states that match their
    occupants, no room held by a stay that ended, release serials never reused, no reading
    or sample number stored twice).

    A damaged file is the one problem reported (what SQLite found and the newest sound backup
    to restore): the rules are not read from pages that cannot be trusted."""
    report = CheckReport()
    with read_session(engine) as session:
        if engine.dialect.name == "sqlite":
            damage = _damage(engine, session)
            if damage is not None:
                return CheckReport([damage])
            report.problems += _foreign_key_checks(session)
        report.problems += _stay_checks(session)
        report.problems += _room_checks(session)
        report.problems += duplicate_problems(session)
    return report
