"""A crash in the middle of an arrival import leaves nothing half-written (DESIGN.md §6).

A 3,000-row list is imported by a real ``quarantine-desk`` process that is killed with SIGKILL
at a random moment, several times; after each kill the database must pass SQLite's integrity
and foreign-key checks and the ``check`` command, open normally, and hold either the whole
list or none of it.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest

from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, read_session, write_session

ROWS = 3000
KILLS = 5
pytestmark = [pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
              pytest.mark.sqlite_only]  # reads the file with SQLite's own checks


def write_list(path: Path) -> None:
    """ROWS people in batches of 300, every tenth pair a household, valid resident IDs."""
    arrival = datetime.combine(date.today() - timedelta(days=1), clock_time(21, 30))
    exposure = arrival.date() - timedelta(days=1)  # recent: the import checks plausibility
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "证件号码", "人员类别", "末次暴露日期", "入住时间", "转运批次",
                         "同住编号", "基础疾病"])
        for index in range(ROWS):
            birth = date(1950, 1, 1) + timedelta(days=7 * index)
            first17 = f"320602{birth:%Y%m%d}{index % 1000:03d}"
            writer.writerow([
                f"测试{index:04d}", first17 + resident_id_check_char(first17), "密切接触者",
                exposure.isoformat(), f"{arrival:%Y-%m-%d %H:%M}", f"B{index // 300}",
                f"H{index}" if index % 20 in (0, 1) else "", "高血压" if index % 17 == 0 else "",
            ])


def fresh_copy(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.write_bytes(source.read_bytes())


def start_import(db: Path, listing: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "quarantine_desk", "--db", str(db), "import", "arrivals",
         str(listing)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def integrity_problems(db: Path) -> list[tuple]:
    """What SQLite's own checks find wrong (empty when the file is sound)."""
    with sqlite3.connect(db) as conn:
        problems = [r for r in conn.execute("PRAGMA integrity_check") if r != ("ok",)]
        problems += list(conn.execute("PRAGMA foreign_key_check"))
    return problems


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("guest", "stay", "roomassignment", "healthrecord")}


def test_killed_import_leaves_all_of_the_list_or_none(tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    engine = open_database(str(base))
    with write_session(engine) as session:  # 3,100 rooms on floors 10-40
        rooms.add_rooms(session, Actor.system(), [f"{f}00-{f}99" for f in range(10, 41)])
    engine.dispose()
    listing = tmp_path / "arrivals.csv"
    write_list(listing)

    calibration = tmp_path / "calibration.db"
    fresh_copy(base, calibration)
    started = time.monotonic()
    full = start_import(calibration, listing)
    _, err = full.communicate(timeout=120)
    duration = time.monotonic() - started
    assert full.returncode == 0, err.decode()
    assert counts(calibration) == dict.fromkeys(counts(calibration), ROWS)

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    db = tmp_path / "site.db"
    fresh_copy(base, db)
    killed = 0
    for attempt in range(KILLS):
        delay = rng.uniform(0.2, max(0.3, duration * 0.9))
        process = start_import(db, listing)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(timeout=30)
        where = f"seed {seed}, attempt {attempt}, killed after {delay:.2f} s of {duration:.2f} s"

        assert integrity_problems(db) == [], where
        check = subprocess.run([sys.executable, "-m", "quarantine_desk", "--db", str(db), "check"],
                               capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, (where, check.stderr)
        found = counts(db)
        assert found in (dict.fromkeys(found, 0), dict.fromkeys(found, ROWS)), (where, found)
        engine = open_database(str(db))
        try:
            with read_session(engine) as session:
                vacancy = rooms.vacancy(session)
        finally:
            engine.dispose()
        assert vacancy["guests_in_quarantine"] == found["stay"], where
        assert vacancy["available"] + vacancy["occupied"] == 3100, where
        if found["stay"] == ROWS:  # it finished before the kill: start the next one afresh
            fresh_copy(base, db)
    assert killed >= 1, f"seed {seed}: no run was killed ({duration:.2f} s per run)"
