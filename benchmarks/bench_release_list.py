"""How long the release list takes on a large database (DESIGN.md §10: ≤ 300 ms).

Builds a SQLite database of 2,000 rooms, 100,000 stays (one in quarantine per room, the rest
released over the past year), 2,000,000 temperature readings and 500,000 tests with bulk
``executemany`` inserts, then times ``release_candidates`` for one date, each run in a fresh
read session. Run: ``.venv/bin/python benchmarks/bench_release_list.py [--keep FILE]``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from bulk import bulk_connection

from quarantine_desk.domain.enums import Category
from quarantine_desk.services.release import forecast, release_candidates
from quarantine_desk.store.engine import open_database, read_session

RELEASE_DAY = date(2022, 9, 1)
AS_OF = datetime(2022, 9, 1, 10, 0)
CATEGORIES = [c.value for c in Category]
WEIGHTS = [50, 15, 20, 10, 5]
PCR_DAYS = (0, 1, 2, 3, 5, 7)


def sql_time(moment: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class Builder:
    """Generates the rows of a large site deterministically and inserts them in bulk."""

    def __init__(self, path: Path, args: argparse.Namespace) -> None:
        self.path = path
        self.args = args
        self.rng = random.Random(args.seed)
        self.rooms = args.rooms
        self.current = args.rooms  # one guest in quarantine per room
        self.historical = args.stays - self.current

    def build(self) -> None:
        db, _ = bulk_connection(self.path, RELEASE_DAY)
        db.execute("PRAGMA journal_mode = MEMORY")
        with db:
            self._rooms(db)
            self._stays(db)
            self._readings(db)
            self._tests(db)
            self._destinations_and_alerts(db)
        db.close()

    # -- stays ------------------------------------------------------------------------------

    def _rooms(self, db: sqlite3.Connection) -> None:
        rows = []
        for index in range(self.rooms):
            floor = 2 + index // 100
            rows.append((index + 1, f"{floor}{index % 100:02d}", floor, "single", 1,
                         "occupied", "", 1))
        db.executemany("INSERT INTO room VALUES (?,?,?,?,?,?,?,?)", rows)

    def _stay_plan(self) -> Iterator[tuple[int, date, datetime | None]]:
        """(stay id, basis date, exit time or None while in quarantine) of every stay."""
        for index in range(self.historical):
            basis = RELEASE_DAY - timedelta(days=400 - index * 392 // self.historical)
            yield index + 1, basis, datetime.combine(basis + timedelta(days=7),
                                                     datetime.min.time()) + timedelta(hours=10)
        for index in range(self.current):
            # bases over the last 9 days: some overdue, some due today, most later
            basis = RELEASE_DAY - timedelta(days=9 - index % 9)
            yield self.historical + index + 1, basis, None

    def _stays(self, db: sqlite3.Connection) -> None:
        guests, stays, assignments = [], [], []
        self.plan = list(self._stay_plan())
        for stay_id, basis, exit_at in self.plan:
            arrival = datetime.combine(basis, datetime.min.time()) + timedelta(hours=20)
            guests.append((stay_id, f"测试{stay_id:06d}", "passport", f"E{stay_id:08d}", "M",
                           "1980-01-01", "13900000000", "", "", "", 0, 1))
            released = exit_at is not None
            stays.append((
                stay_id, stay_id, 1, self.rng.choices(CATEGORIES, WEIGHTS)[0],
                "released" if released else "in_quarantine", sql_time(arrival), None, "",
                f"B{stay_id // 50}", "", f"社区{stay_id % 40}", None, basis.isoformat(),
                (basis + timedelta(days=7)).isoformat(),
                sql_time(exit_at) if released else None, "released" if released else "",
                "boss" if released else "", f"QD-{stay_id:08d}" if released else None, "", 1,
            ))
            room = (stay_id - 1) % self.rooms + 1 if released else stay_id - self.historical
            assignments.append((stay_id, stay_id, room, sql_time(arrival),
                                sql_time(exit_at) if released else None, "check-in"))
        db.executemany(f"INSERT INTO guest VALUES ({','.join('?' * 12)})", guests)
        db.executemany(f"INSERT INTO stay VALUES ({','.join('?' * 20)})", stays)
        db.executemany("INSERT INTO roomassignment VALUES (?,?,?,?,?,?)", assignments)

    # -- readings and tests -----------------------------------------------------------------

    def _spread(self, total: int, current_counts: int) -> list[int]:
        """How many rows each historical stay gets so that the total comes out exact."""
        left = max(total - current_counts, 0)
        base, extra = divmod(left, self.historical)
        return [base + (1 if i < extra else 0) for i in range(self.historical)]

    def _readings(self, db: sqlite3.Connection) -> None:
        current_rows = []
        for stay_id, basis, _ in self.plan[self.historical:]:
            moment = datetime.combine(basis + timedelta(days=1), datetime.min.time())
            while moment.date() <= AS_OF.date():
                for hour in (8, 15):
                    taken = moment + timedelta(hours=hour)
                    if taken <= AS_OF:
                        current_rows.append(self._reading(stay_id, taken))
                moment += timedelta(days=1)
        counts = self._spread(self.args.readings, len(current_rows))
        db.executemany(READING_SQL, current_rows)
        batch = []
        for (stay_id, basis, _), count in zip(self.plan, counts, strict=False):
            start = datetime.combine(basis, datetime.min.time()) + timedelta(hours=21)
            for k in range(count):
                batch.append(self._reading(stay_id, start + timedelta(hours=8 * k)))
            if len(batch) > 200_000:
                db.executemany(READING_SQL, batch)
                batch = []
        db.executemany(READING_SQL, batch)

    def _reading(self, stay_id: int, taken: datetime) -> tuple:
        celsius = 37.6 if self.rng.random() < 0.005 else round(self.rng.uniform(36.0, 37.1), 1)
        return (stay_id, sql_time(taken), celsius, "forehead", "", "nurse", sql_time(taken),
                None, "", "")

    def _tests(self, db: sqlite3.Connection) -> None:
        current_rows = []
        for stay_id, basis, _ in self.plan[self.historical:]:
            for day in PCR_DAYS:
                sampled = datetime.combine(basis + timedelta(days=day),
                                           datetime.min.time()) + timedelta(hours=6, minutes=30)
                if sampled <= AS_OF:
                    pending = sampled + timedelta(hours=6) > AS_OF or self.rng.random() < 0.02
                    current_rows.append(self._test(stay_id, sampled, pending))
        counts = self._spread(self.args.tests, len(current_rows))
        db.executemany(TEST_SQL, current_rows)
        batch = []
        for (stay_id, basis, _), count in zip(self.plan, counts, strict=False):
            for k in range(count):
                sampled = datetime.combine(basis + timedelta(days=PCR_DAYS[k % 6]),
                                           datetime.min.time()) + timedelta(hours=6, minutes=30)
                batch.append(self._test(stay_id, sampled, False))
        db.executemany(TEST_SQL, batch)

    def _test(self, stay_id: int, sampled: datetime, pending: bool) -> tuple:
        result = "pending" if pending else ("positive" if self.rng.random() < 0.001
                                            else "negative")
        reported = None if pending else sql_time(sampled + timedelta(hours=6))
        return (stay_id, "pcr", f"S{stay_id}-{sampled:%m%d}-{self.rng.randrange(10**6)}",
                None, sql_time(sampled), "", result, None, None, reported, "nurse", "")

    def _destinations_and_alerts(self, db: sqlite3.Connection) -> None:
        checks, alerts = [], []
        for stay_id, _, _ in self.plan[self.historical:]:
            if self.rng.random() < 0.9:
                checks.append((stay_id, f"某路{stay_id}号", "某街道", f"社区{stay_id % 40}", "",
                               "", "王主任", sql_time(AS_OF - timedelta(days=1)),
                               self.rng.random() < 0.97, 0, "", "", "", "", None, ""))
            if self.rng.random() < 0.02:
                alerts.append((stay_id, "fever", "open", sql_time(AS_OF - timedelta(hours=20)),
                               "fever", None, None, "", None, ""))
        db.executemany(f"INSERT INTO destinationcheck (stay_id, address, street, community, "
                       f"grid_worker, grid_phone, verified_by, verified_at, suitable, "
                       f"handed_to_authority, transfer_plate, escort, escort_phone, "
                       f"notified_by, notified_at, note) VALUES ({','.join('?' * 16)})", checks)
        db.executemany("INSERT INTO alert (stay_id, kind, status, opened_at, summary, "
                       "reading_id, test_id, escalated_to, resolved_at, resolution) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?)", alerts)


READING_SQL = ("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, entered_by, "
               "entered_at, voided_at, voided_by, void_reason) VALUES (?,?,?,?,?,?,?,?,?,?)")
TEST_SQL = ("INSERT INTO labtest (stay_id, kind, sample_no, scheduled_for, sampled_at, lab, "
            "result, ct_orf1ab, ct_n, reported_at, entered_by, reason) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")


def counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("room", "stay", "reading", "labtest")}
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=2000)
    parser.add_argument("--stays", type=int, default=100_000)
    parser.add_argument("--readings", type=int, default=2_000_000)
    parser.add_argument("--tests", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "bench.db"
        if not path.exists():
            started = time.perf_counter()
            Builder(path, args).build()
            print(f"built {counts(path)} in {time.perf_counter() - started:.1f} s")
        engine = open_database(str(path))
        timings = []
        for _ in range(args.runs):
            with read_session(engine) as session:
                started = time.perf_counter()
                listed = release_candidates(session, RELEASE_DAY, AS_OF)
                timings.append((time.perf_counter() - started) * 1000)
        with read_session(engine) as session:
            started = time.perf_counter()
            coming = forecast(session, RELEASE_DAY, days=2, now=AS_OF)
            forecast_ms = (time.perf_counter() - started) * 1000
        engine.dispose()
    eligible = sum(c.eligible for c in listed)
    overdue = sum(c.days_overdue > 0 for c in listed)
    print(f"release list for {RELEASE_DAY}: {len(listed)} stays ({overdue} overdue, "
          f"{eligible} eligible)")
    print(f"release_candidates: first {timings[0]:.0f} ms, median "
          f"{statistics.median(timings):.0f} ms, max {max(timings):.0f} ms "
          f"over {args.runs} runs (target ≤ 300 ms)")
    print(f"forecast of the next 2 days ({sum(len(v) for v in coming.values())} stays): "
          f"{forecast_ms:.0f} ms")


if __name__ == "__main__":
    main()
