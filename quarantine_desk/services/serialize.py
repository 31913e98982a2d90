"""Desks that write at once take turns, so each finishes with its own report (issue 14).

Room choice, check-in, moves, releases, readings, tests and the imports read what is there and
then write what follows from it; two desks doing so at the same moment would both see a room
free or a reading missing. :func:`serialize`, called first in such a write, makes them take
turns for the length of the transaction only (file parsing happens before it):

- SQLite: the writing session began with ``BEGIN IMMEDIATE`` (``store.engine.write_session``),
  the database's one write lock; getting the connection is taking the turn.
- PostgreSQL: a transaction-level advisory lock (``pg_advisory_xact_lock``), released by the
  commit or rollback, so a desk killed mid-write never leaves it held.

Waiting is bounded: each try waits :data:`WAIT_SECONDS` (SQLite's busy timeout, PostgreSQL's
``lock_timeout``), a note says that another desk is writing, and after :data:`TRIES` tries the
error goes to the face, which says in one line to try again.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from quarantine_desk.domain.text import translate

#: The advisory lock's key: one for every serialized write, as SQLite has one write lock
#: (two keys could let a release and an import restarting the same stay interleave).
LOCK_KEY = 0x51445F5752495445  # "QD_WRITE"
TRIES = 12
WAIT_SECONDS = 5
#: SQLSTATE of PostgreSQL's lock_not_available (``lock_timeout`` expired).
_LOCK_NOT_AVAILABLE = "55P03"
#: ``session.info`` key: the transaction that holds the turn (a use case calling another
#: takes it once).
_TURN = "quarantine_desk.write_turn"

# Under the store's notice logger, which the command line shows on stderr.
log = logging.getLogger("quarantine_desk.store.serialize")


def _tr(text_: str) -> str:
    return translate("serialize", text_)


def _busy(error: OperationalError) -> bool:
    """Whether ``error`` only says that another desk holds the write turn."""
    if getattr(error.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
        return True
    message = str(error.orig)
    return "database is locked" in message or "database is busy" in message


def _take(session: Session, *, bounded: bool) -> None:
    connection = session.connection()  # SQLite: BEGIN IMMEDIATE, the turn itself
    if connection.dialect.name != "postgresql":
        return
    if not bounded:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        return
    previous = connection.execute(text("SELECT current_setting('lock_timeout')")).scalar_one()
    connection.execute(text("SELECT set_config('lock_timeout', :wait, true)"),
                       {"wait": f"{WAIT_SECONDS}s"})
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    connection.execute(text("SELECT set_config('lock_timeout', :wait, true)"),
                       {"wait": previous})


def serialize(session: Session) -> None:
    """Wait for this desk's turn to write; call it before the use case reads anything.

    A session that has not begun yet is retried on a busy database (nothing of it is lost by
    rolling back); one already in a transaction waits for the turn without a bound instead.
    """
    if session.in_transaction():
        if session.info.get(_TURN) is not session.get_transaction():
            _take(session, bounded=False)
            session.info[_TURN] = session.get_transaction()
        return
    for attempt in range(1, TRIES + 1):
        try:
            _take(session, bounded=True)
            session.info[_TURN] = session.get_transaction()
            return
        except OperationalError as error:
            if attempt == TRIES or not _busy(error):
                raise
            session.rollback()
            if attempt == 1:
                log.info(_tr("another desk is writing: waiting for it to finish…"))
