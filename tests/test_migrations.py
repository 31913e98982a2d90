"""The migrations build exactly the schema the models describe, and upgrade an old database."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import quarantine_desk.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
from quarantine_desk.store.engine import open_database


# SQLite cannot reflect the expression index of 0002; everything else is compared.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrated_database_matches_the_models(tmp_path: Path) -> None:
    engine = open_database(str(tmp_path / "desk.db"))  # upgraded to head on opening
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection),
                                           SQLModel.metadata)
    finally:
        engine.dispose()
    assert differences == [], "a model changed without a migration (or the other way round)"
