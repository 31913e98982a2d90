"""Hearing other processes' commits: another desk, or the command line, wrote to the database.

Same-process commits are announced by ``services.events`` already; a :class:`ChangeWatch` adds
the others, on a thread of its own so the window never waits on the database for it:

- SQLite: every :data:`POLL_SECONDS` it asks ``PRAGMA data_version`` on a connection of its own
  (it changes when another connection committed), and then reads the topic counters
  (``store.change_counters``) to tell which topics changed; serials this process committed
  itself are left out.
- PostgreSQL: it ``LISTEN``\\ s on a connection of its own; committing transactions ``NOTIFY``
  their topics with their process's origin, and this process's own are left out. When the
  server cannot be reached the watch says so once, tries again with a growing pause, and says
  when it is back, with every topic changed (what was missed is unknown).

The callbacks run on the watch's thread; the window relays them to its own thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from quarantine_desk.services import events
from quarantine_desk.services.desk import Desk
from quarantine_desk.store import change_counters

POLL_SECONDS = 0.5
#: How often a quiet PostgreSQL listener makes sure its server is still there.
PING_SECONDS = 5.0
#: The pauses between attempts to reach a server again: from the first to the longest.
RETRY_SECONDS = (0.5, 5.0)
CONNECT_TIMEOUT_SECONDS = 5

#: Topics changed by another process; None when unknown (take everything as changed).
ChangeCallback = Callable[[frozenset[str] | None], None]
#: The server is reachable (True) or not (False, with the driver's reason in one line).
ReachCallback = Callable[[bool, str], None]

log = logging.getLogger(__name__)


def is_unreachable(error: BaseException) -> bool:
    """Whether ``error`` means the database server could not be reached (or went away), as
    opposed to a fault in the program: the window says so calmly and keeps going."""
    if isinstance(error, DBAPIError):
        if isinstance(error.orig, sqlite3.Error):
            return False  # a file, not a server: services.failures says what happened
        return error.connection_invalidated or isinstance(error, OperationalError)
    return type(error).__module__.startswith("psycopg") and \
        type(error).__name__ in ("OperationalError", "InterfaceError")


def _reason(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


class ChangeWatch:
    """One database watched for other processes' commits until :meth:`stop`."""

    def __init__(self, desk: Desk, on_change: ChangeCallback, on_reach: ReachCallback, *,
                 poll_seconds: float = POLL_SECONDS) -> None:
        self._engine: Engine = desk.engine
        self._on_change = on_change
        self._on_reach = on_reach
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._recheck = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        run = (self._run_postgresql if self._engine.dialect.name == "postgresql"
               else self._run_sqlite)
        self._thread = threading.Thread(target=run, name="change-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait (briefly) for the thread to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=CONNECT_TIMEOUT_SECONDS + 1)
            self._thread = None

    def recheck(self) -> None:
        """A read failed elsewhere: say whether the database answers, as soon as it does."""
        self._recheck.set()

    def _answered(self) -> None:
        """The database answers (again): say so, and take everything as changed, since what
        was committed meanwhile, or failed to load, is not known."""
        self._recheck.clear()
        self._on_reach(True, "")
        self._on_change(None)

    # -- SQLite -----------------------------------------------------------------------------

    def _run_sqlite(self) -> None:
        database = events.database_key(self._engine)
        untrack = events.track_own(database)
        connection: Connection | None = None
        version: object = None
        seen: dict[str, int] | None = None
        try:
            while True:
                try:
                    if connection is None:
                        connection = self._engine.connect()
                    version, seen = self._look(connection, database, version, seen)
                except DBAPIError as error:
                    log.info("change watch: %s", _reason(error))
                    if connection is not None:
                        connection.close()
                    connection = None
                else:
                    if self._recheck.is_set():
                        self._answered()
                if self._stop.wait(self._poll):
                    return
        finally:
            untrack()
            if connection is not None:
                connection.close()

    def _look(self, connection: Connection, database: str, version: object,
              seen: dict[str, int] | None) -> tuple[object, dict[str, int] | None]:
        """One poll: the data version and counters now; announces what others changed."""
        try:
            now = connection.exec_driver_sql("PRAGMA data_version").scalar()
            if now == version and seen is not None:
                return version, seen
            counters = change_counters.read(connection)
        finally:
            connection.rollback()  # no snapshot held between polls
        if seen is not None:
            changed = self._foreign(database, seen, counters)
            if changed is None or changed:
                self._on_change(changed)
        return now, counters

    @staticmethod
    def _foreign(database: str, seen: dict[str, int],
                 counters: dict[str, int]) -> frozenset[str] | None:
        """Topics whose counters moved by more than this process's own commits; None when
        a counter went back (the database was restored)."""
        changed = set()
        for topic, serial in counters.items():
            before = seen.get(topic, 0)
            if serial < before:
                return None
            own = events.take_own(database, topic, serial)
            if serial - before > len({s for s in own if s > before}):
                changed.add(topic)
        if set(seen) - set(counters):
            return None
        return frozenset(changed)

    # -- PostgreSQL -------------------------------------------------------------------------

    def _connect_listener(self) -> Any:  # psycopg.Connection, an optional dependency
        import psycopg

        url = self._engine.url
        params: dict[str, Any] = url.translate_connect_args(username="user",
                                                             database="dbname")
        params.update({key: value for key, value in url.query.items()
                       if isinstance(value, str)})
        connection = psycopg.connect(autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                     **params)
        connection.execute(f"LISTEN {change_counters.CHANNEL}")
        return connection

    def _run_postgresql(self) -> None:
        pauses = RETRY_SECONDS[0]
        reachable = True
        while not self._stop.is_set():
            try:
                connection = self._connect_listener()
            except Exception as error:  # noqa: BLE001 - any failure to connect: try again later
                if reachable:
                    reachable = False
                    self._on_reach(False, _reason(error))
                if self._stop.wait(pauses):
                    return
                pauses = min(pauses * 2, RETRY_SECONDS[1])
                continue
            pauses = RETRY_SECONDS[0]
            if not reachable or self._recheck.is_set():
                reachable = True
                self._answered()
            try:
                self._listen(connection)
            except Exception as error:  # noqa: BLE001 - the server went away: say so, reconnect
                reachable = False
                self._on_reach(False, _reason(error))
            finally:
                connection.close()

    def _listen(self, connection: Any) -> None:
        """Relay other processes' notifications until stopped or the connection fails."""
        pinged = time.monotonic()
        while not self._stop.is_set():
            topics: set[str] = set()
            for note in connection.notifies(timeout=self._poll):
                origin, named = events.read_payload(note.payload)
                if origin != events.ORIGIN:
                    topics |= named
            if topics:
                self._on_change(frozenset(topics))
            if self._recheck.is_set() or time.monotonic() - pinged > PING_SECONDS:
                connection.execute("SELECT 1")
                pinged = time.monotonic()
                if self._recheck.is_set():
                    self._answered()
