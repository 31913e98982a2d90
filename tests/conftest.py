"""Shared fixtures: a real SQLite database per test and one account of each role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import row_guard
import time_machine
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, write_session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QUARANTINE_DESK_LANG"] = "en"  # the tests read English; test_translations tests Chinese

row_guard.install()

DATA_DIR = Path(__file__).parent / "data"
TEST_PASSWORD = "test-pass-123"


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


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = open_database(str(db_path))
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
