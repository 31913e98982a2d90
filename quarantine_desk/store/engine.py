"""Opening a database: SQLite tuned not to lose a reading, or a PostgreSQL URL.

Facts behind the settings are in DESIGN.md §11: WAL with ``synchronous=FULL``, foreign keys on,
a busy timeout, and ``BEGIN IMMEDIATE`` for writing sessions so that a read-then-write
transaction waits for another desk instead of failing at once with "database is locked".

Opening looks before it touches (issue 13): a folder, a file of another program, a damaged
database, a missing folder or an unreachable server is refused with :class:`DatabaseUnusable`,
one line saying what and what to do, and nothing is written or re-permissioned. A new database
is made only in an existing folder (the user data folder is made when it is the default) and is
announced on the ``quarantine_desk.store`` logger, for the command line to say on stderr. A
database on a read-only disk or without write permission is opened read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session, create_engine

from quarantine_desk.domain.text import translate

ENV_VAR = "QUARANTINE_DESK_DB"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files up to this size get SQLite's ``quick_check`` on every opening (about 1.5 ms per MB);
#: larger ones only the header and schema, and the full check in ``check`` and ``backup``.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024
#: What a URL may name (a ``sqlite://`` URL without a file is a database in memory).
URL_BACKENDS = ("postgresql", "sqlite")

log = logging.getLogger(__name__)


def _tr(text_: str) -> str:
    return translate("store", text_)


class DatabaseUnusable(Exception):
    """The database named cannot be used; ``str(error)`` is one line: what, and what to do."""


class DatabaseDamaged(DatabaseUnusable):
    """SQLite found damage in the file; the services add which backup to restore."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(_tr("the database {path} is damaged ({problem})").format(
            path=path, problem=problem))
        self.path = path
        self.problem = problem


def default_folder() -> Path:
    """The user data folder, where the default database and backups live."""
    return Path(platformdirs.user_data_dir("quarantine-desk", appauthor=False))


def default_target() -> str:
    """The database named by ``QUARANTINE_DESK_DB``, else a file in the user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_folder() / "quarantine-desk.db")


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


def damage_summary(verdict: list[str]) -> str:
    """SQLite's integrity-check rows as one line: the first problem and how many follow."""
    lines = [line.strip() for row in verdict for line in row.splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    if not problems:
        return "ok"
    first = problems[0] if len(problems[0]) <= 100 else problems[0][:99] + "…"
    if len(problems) == 1:
        return first
    return _tr("{first}, and {n} more").format(first=first, n=len(problems) - 1)


# --- looking at a SQLite file before touching it ----------------------------------------------


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _read_only_uri(path: Path, immutable: bool) -> str:
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def _inspect(path: Path, uri: str) -> tuple[set[str], str | None]:
    """The tables and schema revision of the SQLite file at ``path``, read without writing;
    :class:`DatabaseDamaged` when SQLite finds damage."""
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(_tr("cannot open {path} ({reason}): check --db and the "
                                   "file's permissions").format(path=path, reason=exc)) from exc
    try:
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if verdict != ["ok"]:
                raise DatabaseDamaged(path, damage_summary(verdict))
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError:
        raise  # locked, disk error: the caller's one-line handling says which
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    finally:
        connection.close()
    return tables, revision


def _new_file(path: Path) -> None:
    """Make the new database file, owner-only, in a folder that must exist (only the default
    user data folder is made): a typo in --db must not quietly found a new empty site."""
    folder = path.parent
    if not folder.exists() and folder == default_folder():
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.exists():
        raise DatabaseUnusable(_tr("folder {folder} does not exist: check --db (a new database "
                                   "is made only in an existing folder)").format(folder=folder))
    if not folder.is_dir():
        raise DatabaseUnusable(_tr("{folder} is not a folder: check --db").format(folder=folder))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return  # another desk made it meanwhile
    except OSError as exc:
        raise DatabaseUnusable(_tr("cannot make a database in {folder} ({reason}): choose a "
                                   "writable folder with --db").format(
            folder=folder, reason=exc.strerror)) from exc
    os.close(fd)
    log.info(_tr("created a new database at {path}").format(path=path))


def _prepare_sqlite(path: Path) -> str | None:
    """Check the file at ``path`` (making a new one when there is none) and return the read-only
    URI to open it with, or None when it can be written."""
    if path.is_dir():
        raise DatabaseUnusable(_tr("{path} is a folder, not a database: give a file name, "
                                   "e.g. {example}").format(path=path,
                                                            example=path / "quarantine-desk.db"))
    if not path.exists():
        _new_file(path)
    elif not path.is_file():
        raise DatabaseUnusable(_tr("{path} is not a file: check --db").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnusable(_tr("cannot read {path} ({reason}): check --db and the file's "
                                   "permissions").format(path=path, reason=exc.strerror)) from exc
    if not header:
        return None  # empty: a new database
    if header != SQLITE_HEADER:
        raise DatabaseUnusable(_tr("{path} is not a Quarantine Desk database (not a SQLite "
                                   "file): check --db").format(path=path))
    writable = (not _read_only_disk(path) and os.access(path, os.W_OK)
                and os.access(path.parent, os.W_OK))
    # Read-only, SQLite still needs a -shm file beside a WAL database; where none can be made
    # and none exists, no desk has the file open, so it cannot change while it is read.
    immutable = not writable and (_read_only_disk(path) or (
        not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists()))
    # Read-write when it may be, so that SQLite can roll back a crashed writer's journal.
    tables, revision = _inspect(path, f"{path.as_uri()}?mode=rw" if writable
                                else _read_only_uri(path, immutable))
    if tables and revision is None:
        raise DatabaseUnusable(_tr("{path} is a SQLite database of another program, not "
                                   "Quarantine Desk: check --db").format(path=path))
    info = path.stat()
    if writable and info.st_mode & 0o077 and info.st_uid == getattr(os, "getuid", int)():
        os.chmod(path, 0o600)  # ours, made by this user: readable by its owner only
    return None if writable else _read_only_uri(path, immutable)


# --- engines ----------------------------------------------------------------------------------


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from pysqlite so that BEGIN is ours (see module doc).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")  # nothing written, whatever the file allows
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        options = connection.get_execution_options()
        mode = options.get("sqlite_begin", "DEFERRED")
        if options.get("read_only_database"):
            mode = "DEFERRED"  # IMMEDIATE fails at once; a write itself says "read-only"
        connection.exec_driver_sql(f"BEGIN {mode}")


def _server_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnusable(_tr("{target} is neither a file name nor a database URL: check "
                                   "--db").format(target=url)) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        # The driver installed with the application (SQLAlchemy's default is psycopg2).
        parsed = parsed.set(drivername="postgresql+psycopg")
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() not in URL_BACKENDS:
        raise DatabaseUnusable(_tr("{scheme} databases are not supported: give a SQLite file "
                                   "or a postgresql:// URL with --db").format(
            scheme=parsed.get_backend_name()))
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise DatabaseUnusable(_tr("cannot open {url}: its driver is not installed ({reason})")
                               .format(url=shown, reason=exc)) from exc


def create_db_engine(target: str) -> Engine:
    """An engine for ``target`` with the pragmas applied, without running migrations; refuses
    (:class:`DatabaseUnusable`) what is not a usable database."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is None:
        return _server_engine(url)
    read_only_uri = _prepare_sqlite(path)
    if read_only_uri is None:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        engine = create_engine(url, creator=lambda: sqlite3.connect(
            read_only_uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        engine.update_execution_options(read_only_database=True)
    _configure_sqlite(engine, read_only_uri is not None)
    return engine


def is_read_only(engine: Engine) -> bool:
    """Whether ``engine`` is a SQLite database opened read-only (read-only disk or file)."""
    return bool(engine.get_execution_options().get("read_only_database"))


def _server_unreachable(engine: Engine, exc: OperationalError) -> DatabaseUnusable:
    reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
    return DatabaseUnusable(_tr("cannot reach the database {url} ({reason}): check --db and "
                                "that the server is running").format(
        url=engine.url.render_as_string(hide_password=True), reason=reason))


def open_database(target: str | None = None) -> Engine:
    """Open (creating or upgrading as needed) the database at ``target``."""
    from quarantine_desk.store.migrate import upgrade_to_head

    engine = create_db_engine(target or default_target())
    try:
        upgrade_to_head(engine, read_only=is_read_only(engine))
    except OperationalError as exc:
        engine.dispose()
        if engine.dialect.name == "sqlite":
            raise
        raise _server_unreachable(engine, exc) from exc
    except BaseException:
        engine.dispose()
        raise
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


#: Rows ANALYZE samples per index on SQLite: statistics good enough for the query planner in
#: half a second on a site of 100,000 stays (DESIGN.md §10), instead of reading every row.
ANALYSIS_LIMIT = 1000


def refresh_statistics(engine: Engine) -> None:
    """Let the database's query planner know the tables' sizes again (``ANALYZE``).

    Without statistics SQLite guesses, and on a large site it guessed badly enough to make the
    room board twice as slow as on a site without history. Run after a bulk load and once a
    day (with the day's first automatic backup); a read-only database is left as it is."""
    if is_read_only(engine):
        return
    with write_session(engine) as session:
        connection = session.connection()
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
