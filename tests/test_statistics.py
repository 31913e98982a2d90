"""The query planner's statistics (store.engine.refresh_statistics): a bulk load and the day's
first automatic backup refresh them, so a large site's queries are planned on its real sizes."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from quarantine_desk.demo import build_demo
from quarantine_desk.services import backups
from quarantine_desk.store.engine import open_database, read_session


@pytest.mark.sqlite_only
def test_the_demo_leaves_the_planner_the_sizes_of_its_tables(db_path) -> None:  # type: ignore[no-untyped-def]
    engine = open_database(str(db_path))
    build_demo(engine, rooms=40, guests=200, as_of=datetime(2022, 9, 20, 15, 30))
    with read_session(engine) as session:
        indexed = session.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'reading'").scalar()
        readings = session.exec(text("SELECT count(*) FROM reading")).scalar()
    engine.dispose()
    assert indexed and readings > 1000


@pytest.mark.sqlite_only
def test_the_days_first_automatic_backup_refreshes_them(db_path, tmp_path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = open_database(str(db_path))
    monkeypatch.setattr(backups.backup_folder, "folder_for", lambda _session: tmp_path)
    with read_session(engine) as session:
        assert not session.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
    assert backups.automatic_backup(engine, daily=True) is not None
    with read_session(engine) as session:
        assert session.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
    engine.dispose()
