"""Time saving one temperature reading on a database of 2,000,000 readings (DESIGN.md §10:
≤ 10 ms).

Builds (or reuses, with ``--db``) an SQLite file of 2,000 rooms and 100,000 stays of which
2,000 are in quarantine, with 20 readings per stay inserted in bulk with ``executemany``; then
times ``readings.record_reading`` for ``--calls`` readings after a few untimed ones (1 in 20 a
fever, which opens or adds to an alert), each in its own write transaction, and reports the
service call alone and the call with its commit (``synchronous=FULL``, as on the desk).

    .venv/bin/python benchmarks/bench_reading.py [--db FILE] [--calls N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from bulk import bulk_connection

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import readings
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, read_session, write_session

ROOMS = 2000
FLOORS = 40
STAYS = 100_000
IN_QUARANTINE = 2000
READINGS_PER_STAY = 20
NOW = datetime(2024, 6, 15, 15, 0)
FIRST_ARRIVAL = datetime(2020, 2, 1, 9, 0)
CHUNK = 200_000
WARM_UP = 5  # untimed calls first


def stamp(moment: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite, so raw rows compare like ORM rows."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, seed: int = 11) -> None:
    """Migrations through the application, then raw bulk inserts in one transaction."""
    con, policy_id = bulk_connection(path, NOW.date())
    rng = random.Random(seed)
    per_floor = ROOMS // FLOORS
    con.executemany(
        "INSERT INTO room (id, number, floor, kind, capacity, state, note, version) "
        "VALUES (?, ?, ?, 'single', 1, ?, '', 1)",
        [(i, f"{floor}{k:02d}", floor, "occupied" if i <= IN_QUARANTINE else "available")
         for i, (floor, k) in enumerate(((f, k) for f in range(1, FLOORS + 1)
                                         for k in range(1, per_floor + 1)), start=1)])
    active_from = STAYS - IN_QUARANTINE
    span = (NOW - timedelta(days=20) - FIRST_ARRIVAL).total_seconds()
    guests, stays, assignments, arrivals = [], [], [], {}
    for i in range(1, STAYS + 1):
        active = i > active_from
        arrival = (NOW - timedelta(hours=rng.randrange(24, 24 * 6)) if active
                   else FIRST_ARRIVAL + timedelta(seconds=int(span * i / active_from)))
        arrivals[i] = arrival
        release = arrival.date() + timedelta(days=7)
        exit_at = None if active else datetime.combine(release, datetime.min.time())
        guests.append((i, f"客人{i}", f"P{i:08d}"))
        stays.append((i, i, policy_id, "in_quarantine" if active else "released",
                      stamp(arrival), arrival.date().isoformat(), release.isoformat(),
                      stamp(exit_at) if exit_at else None))
        room_id = i - active_from if active else rng.randrange(1, ROOMS + 1)
        assignments.append((i, room_id, stamp(arrival), stamp(exit_at) if exit_at else None))
    con.executemany("INSERT INTO guest (id, full_name, id_type, id_number, phone, home_address, "
                    "work_unit, notes, incomplete, version) "
                    "VALUES (?, ?, 'passport', ?, '', '', '', '', 0, 1)", guests)
    con.executemany("INSERT INTO stay (id, guest_id, policy_id, category, status, arrival_at, "
                    "origin, batch, household, community, basis_date, planned_release, exit_at, "
                    "exit_reason, released_by, notes, version) VALUES "
                    "(?, ?, ?, 'close_contact', ?, ?, '', '', '', '', ?, ?, ?, '', '', '', 1)",
                    stays)
    con.executemany("INSERT INTO roomassignment (stay_id, room_id, start_at, end_at, reason) "
                    "VALUES (?, ?, ?, ?, 'check-in')", assignments)
    rows = _readings(rng, arrivals, active_from)
    while chunk := [row for _, row in zip(range(CHUNK), rows, strict=False)]:
        con.executemany("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, "
                        "entered_by, entered_at, voided_by, void_reason) "
                        "VALUES (?, ?, ?, 'forehead', '', 'bench', ?, '', '')", chunk)
    con.commit()
    # Fold the bulk load into the database file now, so the first timed commit does not pay
    # for checkpointing two million rows out of the write-ahead log.
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    os.sync()  # and let the disk absorb the load before anything is timed


def _readings(rng: random.Random, arrivals: dict[int, datetime],
              active_from: int) -> Iterator[tuple[int, str, float, str]]:
    for stay_id, arrival in arrivals.items():
        start = NOW - timedelta(hours=12 * READINGS_PER_STAY) if stay_id > active_from \
            else arrival
        for k in range(READINGS_PER_STAY):
            moment = start + timedelta(hours=12 * k)
            celsius = round(rng.uniform(37.3, 38.6), 1) if rng.random() < 0.01 \
                else round(rng.uniform(36.0, 37.1), 1)
            yield stay_id, stamp(moment), celsius, stamp(moment)


def time_readings(path: Path, calls: int, seed: int = 5) -> tuple[list[float], list[float]]:
    """Milliseconds per ``record_reading`` call, and per call plus its commit."""
    engine = open_database(str(path))
    nurse = Actor(username="bench-nurse", role=Role.MEDICAL)
    rng = random.Random(seed)
    with read_session(engine) as session:
        count, latest = session.connection().exec_driver_sql(
            "SELECT count(*), max(taken_at) FROM reading").one()
        print(f"readings in the database: {count:,}")
    first = datetime.fromisoformat(latest) + timedelta(minutes=1)  # a rerun adds later ones
    service, total = [], []
    for k in range(-WARM_UP, calls):
        stay_id = STAYS - IN_QUARANTINE + 1 + rng.randrange(IN_QUARANTINE)
        moment = first + timedelta(minutes=k + WARM_UP)
        celsius = 38.1 if k % 20 == 0 else round(rng.uniform(36.0, 37.1), 1)
        start = time.perf_counter()
        with write_session(engine) as session:
            readings.record_reading(session, nurse, stay_id, celsius, taken_at=moment,
                                    now=moment)
            elapsed = (time.perf_counter() - start) * 1000
        if k >= 0:  # the warm-up compiles statements and parses the policy once
            service.append(elapsed)
            total.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return service, total


def _summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return (f"{label}: median {statistics.median(values):.2f} ms, p95 {p95:.2f} ms, "
            f"max {ordered[-1]:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or build into) this file")
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench-readings.db"
    if not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    service, total = time_readings(path, args.calls)
    print(f"{args.calls} readings saved")
    print(_summary("record_reading", service))
    print(_summary("record_reading + commit", total))
    verdict = "within" if statistics.median(total) <= 10 else "OVER"
    print(f"{verdict} the 10 ms budget of DESIGN.md §10")


if __name__ == "__main__":
    main()
