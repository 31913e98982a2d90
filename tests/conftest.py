"""Shared fixtures: a real database per test and one account of each role.

SQLite by default. With ``QUARANTINE_DESK_TEST_PG`` set to a PostgreSQL URL (``scripts/test``
starts a throw-away server and sets it) every test that asks for a database gets a fresh
PostgreSQL database of its own, dropped afterwards; tests marked ``sqlite_only`` (they read the
file itself) and tests without a database are left out of such a run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path

import pytest
import row_guard
import time_machine
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, write_session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QUARANTINE_DESK_LANG"] = "en"  # the tests read English; test_translations tests Chinese

row_guard.install()

DATA_DIR = Path(__file__).parent / "data"
TEST_PASSWORD = "test-pass-123"
#: The base URL of a PostgreSQL server to run the database tests on, instead of SQLite.
PG_ENV = "QUARANTINE_DESK_TEST_PG"
PG_BASE = os.environ.get(PG_ENV, "")
#: The fixtures that give a test its databases; a test that uses neither needs none.
DATABASE_FIXTURES = {"db_target", "make_db_target", "module_db_target"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, run only the tests that use a database and may use a server's."""
    if not PG_BASE:
        return
    kept, left = [], []
    for item in items:
        on_server = (not DATABASE_FIXTURES.isdisjoint(getattr(item, "fixturenames", ()))
                     and item.get_closest_marker("sqlite_only") is None)
        (kept if on_server else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets empty user data and config folders (default database, backups, error
    log, window memory), never the real ones of whoever runs the tests."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def no_table_row_in_a_face() -> Iterator[None]:
    """Fail a test in which the window, the command line or a document read a table row."""
    row_guard.reads.clear()
    yield
    if row_guard.reads:
        found = sorted(row_guard.reads)
        row_guard.reads.clear()
        pytest.fail("a face read table rows (services must hand out records):\n" + "\n".join(
            f"  {table}.{name} in {module}:{line}" for table, name, module, line in found))


@pytest.fixture
def on_sample_day() -> Iterator[None]:
    """The clock on the day of tests/data/arrivals_sample.csv (its buses of 7 and 8 April
    2022), so its arrivals are plausible, not months old."""
    with time_machine.travel(datetime(2022, 4, 8, 12, 0).astimezone(), tick=False):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "site.db"


@contextmanager
def _server_database(base: str) -> Iterator[str]:
    """A new, empty database on the server at ``base``, dropped (with any connection left to
    it) when the test is over."""
    name = f"qd_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def database_target(folder: Path, name: str) -> Iterator[str]:
    """What ``--db`` names for a new database: the SQLite file ``folder/name.db`` (made on
    first opening) or, on a PostgreSQL run, the URL of a fresh database dropped afterwards."""
    if not PG_BASE:
        yield str(folder / f"{name}.db")
        return
    with _server_database(PG_BASE) as url:
        yield url


@pytest.fixture
def db_target(db_path: Path) -> Iterator[str]:
    """What ``--db`` names for this test: the SQLite file ``db_path`` or, on a PostgreSQL run,
    the URL of a fresh database."""
    with database_target(db_path.parent, db_path.stem) as target:
        yield target


@pytest.fixture(scope="module")
def module_db_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One new database for the tests of a module that build it once and only read it."""
    with database_target(tmp_path_factory.mktemp("db"), "site") as target:
        yield target


@pytest.fixture
def make_db_target(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """``make_db_target(name)``: one more new database for a test that needs several."""
    with ExitStack() as stack:
        yield lambda name: stack.enter_context(database_target(tmp_path, name))


@pytest.fixture
def engine(db_target: str) -> Iterator[Engine]:
    eng = open_database(db_target)
    yield eng
    eng.dispose()


@pytest.fixture
def accounts(engine: Engine) -> dict[Role, Actor]:
    """One active staff account per role (password ``TEST_PASSWORD``)."""
    actors: dict[Role, Actor] = {}
    with write_session(engine) as session:
        for username, role in (("boss", Role.MANAGER), ("desk", Role.LIAISON),
                               ("nurse", Role.MEDICAL)):
            staff = staff_service.add_staff(session, None if not actors else actors[Role.MANAGER],
                                            username, role, TEST_PASSWORD)
            actors[role] = staff_service.actor_for(staff)
    return actors


@pytest.fixture
def manager(accounts: dict[Role, Actor]) -> Actor:
    return accounts[Role.MANAGER]


@pytest.fixture
def liaison(accounts: dict[Role, Actor]) -> Actor:
    return accounts[Role.LIAISON]


@pytest.fixture
def medical(accounts: dict[Role, Actor]) -> Actor:
    return accounts[Role.MEDICAL]
