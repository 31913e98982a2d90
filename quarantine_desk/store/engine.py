"""Opening a database: SQLite tuned not to lose a reading, or a PostgreSQL URL.

Facts behind the settings are in DESIGN.md §11: WAL with ``synchronous=FULL``, foreign keys on,
a busy timeout, and ``BEGIN IMMEDIATE`` for writing sessions so that a read-then-write
transaction waits for another desk instead of failing at once with "database is locked".
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

ENV_VAR = "QUARANTINE_DESK_DB"
BUSY_TIMEOUT_MS = 5000


def default_target() -> str:
    """The database named by ``QUARANTINE_DESK_DB``, else a file in the user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("quarantine-desk", appauthor=False))
    return str(folder / "quarantine-desk.db")


def to_url(target: str) -> str:
    """A SQLAlchemy URL for a file path or a URL."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///")
    return None if rest in ("", ":memory:") else Path(rest)


def _create_private_file(path: Path) -> None:
    """Create the database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from pysqlite so that BEGIN is ours (see module doc).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(target: str) -> Engine:
    """An engine for ``target`` with the pragmas applied, without running migrations."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        _create_private_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def open_database(target: str | None = None) -> Engine:
    """Open (creating or upgrading as needed) the database at ``target``."""
    from quarantine_desk.store.migrate import upgrade_to_head

    engine = create_db_engine(target or default_target())
    upgrade_to_head(engine)
    return engine


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reading; nothing it changes is committed."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One transaction that commits on success and rolls back on any exception.

    On SQLite it starts with ``BEGIN IMMEDIATE`` so concurrent desks queue rather than fail.
    """
    bind = engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
