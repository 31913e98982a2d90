"""The site's backups as a list, and the automatic ones the window takes.

The window backs up on its first start of each day and when it closes (when something was
written since the last automatic backup), into the folder the manager chose
(:mod:`~quarantine_desk.services.backup_folder`), keeping the newest
:data:`AUTOMATIC_KEPT` automatic backups; backups made by hand are never removed.

The folders are the list: a backup is a file named ``NAME-TIME.db`` (by hand) or
``NAME-auto-TIME.db`` (automatic) — ``.dump`` on PostgreSQL — in the site's backup folder or the
default one; backups written elsewhere by hand are found through the audit trail, which records
every backup's path. Since :func:`maintenance.backup` names a copy only once it is verified, a
file found so was verified when it was made; listing checks again, cheaply, that it is still
whole: its header and its length agree.
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from quarantine_desk.services import backup_folder, maintenance, pg_backup
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import SQLITE_HEADER, read_session, refresh_statistics
from quarantine_desk.store.models import AuditEvent

#: Automatic backups kept in the folder; older automatic ones are removed.
AUTOMATIC_KEPT = 14
_BACKUP_ACTION = "database.backup"
#: How many recorded backups are looked for outside the folders.
_RECORDED_LOOKED_AT = 200


@dataclass(frozen=True)
class BackupRecord:
    """One backup file of this database, as the lists show it."""

    path: Path
    taken_at: datetime
    size: int
    automatic: bool
    #: Verified when it was made, and still whole (its length agrees with its header).
    verified: bool

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(),
                "bytes": self.size, "automatic": self.automatic, "verified": self.verified}


def _pattern(stem: str, suffix: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-(?P<auto>auto-)?(?P<time>\d{8}-\d{6})(-\d+)?"
                      + re.escape(suffix))


def _still_whole(path: Path, size: int) -> bool:
    """Whether ``path`` still looks as it was made: a SQLite file as long as its header says
    (page size × page count), or a dump that starts as one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if path.suffix == pg_backup.DUMP_SUFFIX:
        return head.startswith(pg_backup.DUMP_MAGIC)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return False
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", head[28:32])[0]
    return pages > 0 and page_size * pages == size


def _folders(engine: Engine) -> list[Path]:
    with read_session(engine) as session:
        chosen = backup_folder.chosen_folder(session)
    default = backup_folder.default_backup_folder()
    return [chosen, default] if chosen is not None and chosen != default else [default]


def _in_folder(folder: Path, stem: str, suffix: str) -> list[BackupRecord]:
    name = _pattern(stem, suffix)
    found: list[BackupRecord] = []
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:  # a stick pulled out while listing
        return found
    for path in entries:
        match = name.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        size = path.stat().st_size
        if not size:  # a name reserved by a backup still being written (or cut off)
            continue
        found.append(BackupRecord(
            path=path, taken_at=datetime.strptime(match["time"], "%Y%m%d-%H%M%S"), size=size,
            automatic=bool(match["auto"]), verified=_still_whole(path, size)))
    return found


def _recorded(session: Session, known: set[Path]) -> list[BackupRecord]:
    """Backups the audit trail records that are still where they were written and not in
    ``known``."""
    found: list[BackupRecord] = []
    for at, after in session.exec(
        select(AuditEvent.at, AuditEvent.after)
        .where(AuditEvent.entity == "database", AuditEvent.entity_id.is_(None),  # type: ignore[union-attr]
               AuditEvent.action == _BACKUP_ACTION)
        .order_by(AuditEvent.id.desc()).limit(_RECORDED_LOOKED_AT)  # type: ignore[union-attr]
    ):
        details = json.loads(after or "{}")
        path = Path(details.get("path") or "")
        if path in known or not path.name or not path.is_file():
            continue
        known.add(path)
        size = path.stat().st_size
        found.append(BackupRecord(path=path, taken_at=at, size=size,
                                  automatic=bool(details.get("automatic")),
                                  verified=_still_whole(path, size)))
    return found


def list_backups(engine: Engine) -> list[BackupRecord]:
    """The backups of this database, newest first: those in the site's backup folder and the
    default one, and those the audit trail records elsewhere."""
    stem = maintenance.backup_stem(engine)
    suffix = ".db" if engine.dialect.name == "sqlite" else pg_backup.DUMP_SUFFIX
    found = [record for folder in _folders(engine) for record in _in_folder(folder, stem, suffix)]
    with read_session(engine) as session:
        found += _recorded(session, {record.path for record in found})
    return sorted(found, key=lambda r: (r.taken_at, r.path.name), reverse=True)


def prune(engine: Engine, folder: Path, keep: int = AUTOMATIC_KEPT) -> list[Path]:
    """Remove the automatic backups of this database in ``folder`` beyond the newest ``keep``;
    returns the files removed (backups made by hand are kept)."""
    stem = maintenance.backup_stem(engine)
    automatic = sorted((r for r in _in_folder(folder, stem, ".db") if r.automatic),
                       key=lambda r: (r.taken_at, r.path.name), reverse=True)
    removed = []
    for record in automatic[keep:]:
        record.path.unlink(missing_ok=True)
        removed.append(record.path)
    return removed


def _written_since_last_automatic(session: Session) -> bool:
    """Whether anything was written (an audit event other than a backup) since the newest
    automatic backup; True when there is none."""
    last = None
    for event_id, after in session.exec(
        select(AuditEvent.id, AuditEvent.after)
        .where(AuditEvent.entity == "database", AuditEvent.entity_id.is_(None),  # type: ignore[union-attr]
               AuditEvent.action == _BACKUP_ACTION)
        .order_by(AuditEvent.id.desc()).limit(50)  # type: ignore[union-attr]
    ):
        if json.loads(after or "{}").get("automatic"):
            last = event_id
            break
    if last is None:
        return True
    return session.exec(select(AuditEvent.id).where(
        AuditEvent.id > last, AuditEvent.action != _BACKUP_ACTION).limit(1)  # type: ignore[operator]
    ).first() is not None


def automatic_backup(engine: Engine, *, daily: bool, now: datetime | None = None
                     ) -> BackupRecord | None:
    """Take an automatic backup of a SQLite database and prune the old ones; None when none
    was due. ``daily``: the first start of the day, due when the folder holds no automatic
    backup of today; otherwise (closing) due when something was written since the last one.
    Refusals (a folder that is not there, a full disk) are raised as from
    :func:`maintenance.backup`."""
    if engine.dialect.name != "sqlite":
        return None  # a server is backed up on the server (README: its backup routine)
    now = now or datetime.now().replace(microsecond=0)
    with read_session(engine) as session:
        folder = backup_folder.folder_for(session)
        changed = _written_since_last_automatic(session)
    stem = maintenance.backup_stem(engine)
    if daily:
        if any(r.automatic and r.taken_at.date() == now.date()
               for r in _in_folder(folder, stem, ".db")):
            return None
    elif not changed:
        return None
    path = maintenance.backup(engine, None, actor=Actor.system(), now=now, automatic=True)
    prune(engine, path.parent)
    if daily:
        refresh_statistics(engine)  # once a day, while the desk is starting anyway
    size = path.stat().st_size
    return BackupRecord(path=path, taken_at=now, size=size, automatic=True,
                        verified=_still_whole(path, size))
