"""Reading a test's database as it is, without the application: the same on SQLite and
PostgreSQL, so a test that looks behind the application's back runs on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection

from quarantine_desk.store.engine import to_url


@contextmanager
def raw_connection(target: str) -> Iterator[Connection]:
    """A plain connection to ``target`` (a file or a URL): no migration, no pragma."""
    engine = create_engine(to_url(str(target)))
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def rows(target: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """The rows of one query (``:name`` parameters)."""
    with raw_connection(target) as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def scalar(target: str, sql: str, **params: Any) -> Any:
    """The first column of the first row of one query."""
    return rows(target, sql, **params)[0][0]


def _tables(connection: Connection) -> list[str]:
    """The application's tables (the engine's own left out)."""
    return sorted(name for name in inspect(connection).get_table_names()
                  if not name.startswith("sqlite_"))


def table_counts(target: str) -> dict[str, int]:
    """Rows in every table."""
    with raw_connection(target) as connection:
        return {name: connection.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
                for name in _tables(connection)}


def dump(target: str, *leave_out: str) -> dict[str, list[str]]:
    """Every row of every table but ``leave_out``, in a stable order, to compare before and
    after a command that must write nothing."""
    with raw_connection(target) as connection:
        return {name: sorted(repr(tuple(row)) for row in
                             connection.execute(text(f'SELECT * FROM "{name}"')))
                for name in _tables(connection) if name not in leave_out}
