"""The folder a site's backups go to, chosen by the manager in Settings › Backups.

The choice belongs to the site, so it is kept in the database, whichever desk opens it. It is
kept as the audit event that made it: the trail already says who chose which folder and when,
and cannot be rewritten, so the newest of those events *is* the setting and no table or
migration of its own is needed. Until a folder is chosen backups go to the user data folder.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.events import Topic
from quarantine_desk.store.engine import default_folder
from quarantine_desk.store.models import AuditEvent

#: The audit event that records a choice of folder (``after = {"folder": PATH or null}``).
ACTION = "setting.backup_folder"
ENTITY = "setting"


def _tr(text_: str) -> str:
    return translate("maintenance", text_)


def default_backup_folder() -> Path:
    """Where backups go until the manager chooses: ``backups`` in the user data folder."""
    return default_folder() / "backups"


def _folder_of(after: str | None) -> Path | None:
    try:
        folder = json.loads(after or "{}").get("folder")
    except (ValueError, AttributeError):
        return None
    return Path(folder) if folder else None


def chosen_folder(session: Session) -> Path | None:
    """The folder the manager chose for this site's backups, or None (the default one)."""
    after = session.exec(
        select(AuditEvent.after)
        .where(AuditEvent.entity == ENTITY, AuditEvent.entity_id.is_(None),  # type: ignore[union-attr]
               AuditEvent.action == ACTION)
        .order_by(AuditEvent.id.desc())  # type: ignore[union-attr]
        .limit(1)
    ).first()
    return _folder_of(after)


def folder_for(session: Session) -> Path:
    """Where this site's backups go: the chosen folder, else the default one."""
    return chosen_folder(session) or default_backup_folder()


def choose_folder(session: Session, actor: Actor, folder: Path | None, *,
                  now: datetime | None = None) -> Path:
    """Send this site's backups to ``folder`` (an existing, writable folder: a second disk or
    a USB stick), or back to the default folder with None; returns where they now go."""
    require(actor, Permission.BACKUP)
    if folder is not None:
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise ValidationFailed(_tr("folder {folder} does not exist: choose an existing "
                                       "folder").format(folder=folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ValidationFailed(_tr("cannot write in {folder}: choose a folder you may "
                                       "write in").format(folder=folder))
    before = chosen_folder(session)
    if before == folder:
        return folder_for(session)
    audit.record(session, actor, ACTION, ENTITY, None,
                 before={"folder": str(before) if before else None},
                 after={"folder": str(folder) if folder else None}, at=now)
    events.changed(session, Topic.SITE)
    return folder or default_backup_folder()


def folder_in_file(database: Path) -> Path | None:
    """The chosen folder read straight from a SQLite file that may be damaged (to name a backup
    to restore); None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT after FROM auditevent WHERE entity = ? AND entity_id IS NULL "
                "AND action = ? ORDER BY id DESC LIMIT 1", (ENTITY, ACTION)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return _folder_of(row[0]) if row else None
