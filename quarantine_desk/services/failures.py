"""What a person can cause, said in one line: a full or read-only disk, a file in the way, a
locked or damaged database (issue 13). The faces ask :func:`explain` about an exception that is
not a :class:`~quarantine_desk.services.errors.ServiceError`; None means a fault in the program,
which the face must keep visible.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from quarantine_desk.domain.text import translate
from quarantine_desk.services import maintenance
from quarantine_desk.store.engine import DatabaseDamaged, DatabaseUnusable, sqlite_path, to_url

__all__ = ["OPENING_ERRORS", "DatabaseUnusable", "explain"]

#: What opening a database may raise when the file or server is not usable (the faces never
#: import ``store``, so the store's error is handed out here).
OPENING_ERRORS: tuple[type[Exception], ...] = (DatabaseUnusable, DBAPIError, sqlite3.Error)


def _tr(text: str) -> str:
    return translate("failures", text)


def _sqlite(error: sqlite3.Error, target: str) -> str | None:
    path = sqlite_path(to_url(target))
    where = str(path) if path is not None else target
    message = str(error)
    if isinstance(error, sqlite3.OperationalError):
        if "locked" in message or "busy" in message:
            return _tr("another desk is writing to the database {db}: try again in a moment")\
                .format(db=where)
        if "readonly" in message or "read-only" in message:
            return _tr("the database {db} is read-only (a read-only disk, or no permission to "
                       "write it): this command changes it, so run it where the file can be "
                       "written").format(db=where)
        if "disk is full" in message:
            return _tr("the disk holding {db} is full: free some space and try again; nothing "
                       "was saved").format(db=where)
        if "disk I/O error" in message:
            return _tr("the disk holding {db} failed to read or write ({reason}): check the "
                       "disk, then run quarantine-desk check").format(db=where, reason=message)
        if "unable to open" in message:
            return _tr("cannot open the database {db}: check --db and the folder's "
                       "permissions").format(db=where)
        return None
    if isinstance(error, sqlite3.DatabaseError) and path is not None:
        return maintenance.damage_message(path, message)
    return None


def _os(error: OSError) -> str:
    name = error.filename if error.filename is not None else ""
    reason = error.strerror or str(error)
    if error.errno == errno.ENOSPC:
        return _tr("the disk is full ({path}): free some space and try again").format(path=name)
    if error.errno == errno.EROFS:
        return _tr("{path} is on a read-only disk: choose a writable place").format(path=name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return _tr("no permission to use {path}: choose another place or ask whoever owns "
                   "it").format(path=name)
    if error.errno == errno.EISDIR:
        return _tr("{path} is a folder: give a file name").format(path=name)
    if error.errno == errno.ENOENT:
        return _tr("{path} does not exist: check the name").format(path=name)
    return _tr("{path}: {reason}").format(path=name, reason=reason) if name else reason


def explain(error: BaseException, target: str) -> str | None:
    """One line for ``error`` met while working on the database ``target``, saying what
    happened and what to do; None when it is not something a person caused."""
    if isinstance(error, DatabaseDamaged):
        return maintenance.damage_message(error.path, error.problem)
    if isinstance(error, DatabaseUnusable):
        return str(error)
    if isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error):
        return _sqlite(error.orig, target)
    if isinstance(error, DBAPIError) and (error.connection_invalidated
                                          or isinstance(error, OperationalError)):
        reason = (str(error.orig).strip().splitlines() or [type(error.orig).__name__])[0]
        return _tr("the database server failed ({reason}): check that it is running and try "
                   "again").format(reason=reason)
    if isinstance(error, sqlite3.Error):
        return _sqlite(error, target)
    if isinstance(error, OSError):
        return _os(error)
    if isinstance(error, EOFError):
        return _tr("the input ended before an answer was given: run the command at a terminal "
                   "or give the answer beforehand")
    return None
