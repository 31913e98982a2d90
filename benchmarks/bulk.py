"""The start every data-building benchmark shares: a database file made by the application
(migrations, default policy), then opened raw for bulk inserts without waiting for the disk."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from quarantine_desk.services import policies
from quarantine_desk.store.engine import open_database, write_session


def bulk_connection(path: Path, on: date) -> tuple[sqlite3.Connection, int]:
    """The raw connection and the id of the policy in force on ``on``."""
    engine = open_database(str(path))
    with write_session(engine) as session:
        policies.ensure_default(session)
        policy_id = policies.policy_row_on(session, on).id or 0
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    return connection, policy_id
