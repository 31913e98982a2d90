"""The migrations build exactly the schema the models describe, and upgrade an old database."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, inspect
from sqlmodel import SQLModel

import quarantine_desk.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
from quarantine_desk.store.engine import open_database


def _expression_index(obj: Any, type_: str) -> bool:
    return type_ == "index" and any(not isinstance(expression, Column)
                                    for expression in obj.expressions)


def _compared(obj: Any, _name: str | None, type_: str, _reflected: bool, _other: Any) -> bool:
    """Leave out expression indexes: SQLite cannot reflect them, and PostgreSQL gives back its
    own spelling of the expressions, which never equals the model's text; on PostgreSQL they
    are looked for by name instead."""
    return not _expression_index(obj, type_)


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrated_database_matches_the_models(db_target: str) -> None:
    engine = open_database(db_target)  # upgraded to head on opening
    try:
        with engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"include_object": _compared}),
                SQLModel.metadata)
            expression_indexes = {(index.table.name, index.name)
                                  for table in SQLModel.metadata.tables.values()
                                  for index in table.indexes
                                  if _expression_index(index, "index")}
            if connection.dialect.name != "sqlite":
                found = {(table, index["name"]) for table, _ in expression_indexes
                         for index in inspect(connection).get_indexes(table)}
                assert expression_indexes <= found
    finally:
        engine.dispose()
    assert differences == [], "a model changed without a migration (or the other way round)"
