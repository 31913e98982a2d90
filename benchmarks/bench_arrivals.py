"""How long an arrival list of 1,000 rows takes to import (DESIGN.md §10: ≤ 2 s).

Builds a fresh SQLite database with 2,000 rooms on 20 floors, writes a 1,000-row CSV list in
several transfer batches (with households and key persons), then times ``import_arrivals`` in
one write transaction, commit included. Run: ``.venv/bin/python benchmarks/bench_arrivals.py``.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import arrivals, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, read_session, write_session

HEADER = ["姓名", "证件号码", "联系电话", "人员类别", "末次暴露日期", "入住时间", "转运批次",
          "基础疾病", "同住编号"]
CATEGORIES = ["密切接触者", "密接的密接", "入境人员", "高风险区人员", "其他"]


def resident_id(rng: random.Random, serial: int) -> str:
    birth = date(1940, 1, 1) + timedelta(days=rng.randrange(80 * 365))
    first17 = f"320602{birth:%Y%m%d}{serial % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def write_list(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    used: set[str] = set()
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index in range(rows):
            number = resident_id(rng, index)
            while number in used:
                number = resident_id(rng, rng.randrange(1000))
            used.add(number)
            household = f"H{index // 2}" if index % 10 in (0, 1) else ""
            writer.writerow([
                f"测试{index:04d}", number, f"139{rng.randrange(10**8):08d}",
                rng.choice(CATEGORIES), "2022-04-06", "2022-04-07 21:30",
                f"B{index // 200}", "高血压" if index % 13 == 0 else "", household,
            ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--floors", type=int, default=20, help="100 rooms per floor")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    actor = Actor.console("bench")
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(str(Path(folder) / "bench.db"))
        with write_session(engine) as session:
            rooms.add_rooms(session, actor,
                            [f"{f}00-{f}99" for f in range(2, 2 + args.floors)])
        listing = Path(folder) / "arrivals.csv"
        write_list(listing, args.rows, args.seed)
        started = time.perf_counter()
        with write_session(engine) as session:
            report = arrivals.import_arrivals(session, actor, listing)
        elapsed = time.perf_counter() - started
        with read_session(engine) as session:
            vacancy = rooms.vacancy(session)
        engine.dispose()
    print(f"imported {report.imported} of {args.rows} rows ({len(report.skipped)} skipped) "
          f"into {args.floors * 100} rooms in {elapsed:.2f} s")
    print(f"vacancy: {vacancy}")


if __name__ == "__main__":
    main()
