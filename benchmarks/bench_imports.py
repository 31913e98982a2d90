"""How long importing a readings file and a lab's results file takes on a large site
(issue 16: 10,000 rows each within 5 s, growing with the rows imported, not the history kept).

Builds (or reuses, with ``--db``) the database of ``bench_release_list.py``: 2,000 rooms,
100,000 stays of which 2,000 in quarantine, 2,000,000 readings and 500,000 tests. Each run
writes a fresh CSV for the guests in quarantine (later moments, new sample numbers, so a rerun
on the same file imports again), with a few fevers, positives, rows by room, rows naming a
known pending sample and bad rows, then times ``medical_import.import_readings`` and
``import_results`` each in its own write transaction, commit included.

    .venv/bin/python benchmarks/bench_imports.py [--db FILE] [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from bench_release_list import AS_OF, Builder, counts
from sqlmodel import Session

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import medical_import
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, write_session

#: The desk's clock during the imports: late enough for every run's moments.
NOW = AS_OF + timedelta(days=60)
NURSE = Actor(username="bench-nurse", role=Role.MEDICAL)


def build(path: Path) -> None:
    """The large site of ``bench_release_list.py`` with its default sizes."""
    args = argparse.Namespace(rooms=2000, stays=100_000, readings=2_000_000, tests=500_000,
                              seed=11)
    Builder(path, args).build()


def _guests(path: Path) -> list[tuple[str, str]]:
    """(ID number, room) of every guest in quarantine, in stay order."""
    db = sqlite3.connect(path)
    try:
        return db.execute(
            "SELECT g.id_number, r.number FROM stay s JOIN guest g ON g.id = s.guest_id "
            "JOIN roomassignment a ON a.stay_id = s.id AND a.end_at IS NULL "
            "JOIN room r ON r.id = a.room_id WHERE s.status = 'in_quarantine' ORDER BY s.id"
        ).fetchall()
    finally:
        db.close()


def _pending_samples(path: Path, limit: int) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute(
            "SELECT sample_no FROM labtest WHERE result = 'pending' AND sample_no <> '' "
            "AND sampled_at IS NOT NULL ORDER BY id LIMIT ?", (limit,))]
    finally:
        db.close()


def first_free_hour(path: Path, base: datetime = AS_OF) -> int:
    """Hours after AS_OF of the latest reading: a run starts after it, so a reused file (or
    the next run) imports new moments and new sample numbers."""
    db = sqlite3.connect(path)
    try:
        latest = db.execute("SELECT max(taken_at) FROM reading").fetchone()[0]
    finally:
        db.close()
    return max(0, int((datetime.fromisoformat(latest) - base).total_seconds() // 3600))


def _moment(run: int, guests: int, index: int, base: datetime) -> datetime:
    """The ``index``-th row of the run starting ``run`` hours after ``base``."""
    return base + timedelta(hours=run + 1 + index // guests)


def readings_file(path: Path, out: Path, run: int, rows: int, base: datetime = AS_OF) -> Path:
    """``rows`` readings: 1 in 50 a fever, 1 in 100 by room, 1 in 500 refused."""
    guests = _guests(path)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["证件号码", "房间号", "测量时间", "体温", "症状"])
        for i in range(rows):
            id_number, room = guests[i % len(guests)]
            moment = _moment(run, len(guests), i, base)
            celsius = "37.9" if i % 50 == 7 else f"36.{i % 8}"
            symptoms = "咳嗽" if i % 250 == 3 else ""
            if i % 500 == 11:
                id_number = "X0000000"  # nobody
            if i % 500 == 13:
                celsius = "3.65"  # implausible
            writer.writerow(["" if i % 100 == 5 else id_number, room if i % 100 == 5 else "",
                             moment.strftime("%Y-%m-%d %H:%M"), celsius, symptoms])
    return out


def results_file(path: Path, out: Path, run: int, rows: int, base: datetime = AS_OF) -> Path:
    """``rows`` results: new samples by ID number (1 in 1000 positive), known pending samples
    by number alone, 1 in 500 refused (a sample number already used by someone else)."""
    guests = _guests(path)
    pending = _pending_samples(path, rows // 20)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["样本编号", "证件号码", "检测类型", "采样时间", "检测结果", "报告时间",
                         "ORF1ab基因Ct值", "N基因Ct值"])
        for i in range(rows):
            if pending and i % 20 == 0:
                writer.writerow([pending.pop(), "", "核酸", "", "阴性", "", "", ""])
                continue
            id_number, _ = guests[i % len(guests)]
            moment = _moment(run, len(guests), i, base)
            positive = i % 1000 == 17
            sample = f"B{run:03d}-{i:06d}"
            if i % 500 == 19:
                sample = f"B{run:03d}-{i - 1:06d}"  # the previous row's tube: refused
            writer.writerow([sample, id_number, "核酸", moment.strftime("%Y-%m-%d %H:%M"),
                             "阳性" if positive else "阴性",
                             (moment + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M"),
                             "24.5" if positive else "", "25.1" if positive else ""])
    return out


Importer = Callable[[Session, Actor, Path, datetime | None], medical_import.ImportReport]


def time_import(path: Path, importer: Importer, file: Path,
                now: datetime = NOW) -> tuple[float, str]:
    """Milliseconds of one import with its commit, and its outcome in a few words."""
    engine = open_database(str(path))
    try:
        start = time.perf_counter()
        with write_session(engine) as session:
            report = importer(session, NURSE, file, now)
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        engine.dispose()
    return elapsed, f"{report.imported} imported, {len(report.skipped)} skipped"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse (or build into) this file")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = args.db or folder / "bench-imports.db"
    if not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {counts(path)} in {time.perf_counter() - start:.1f} s")
    timings: dict[str, list[float]] = {"readings": [], "results": []}
    for _ in range(args.runs):
        run = first_free_hour(path)
        for what, make, importer in (
                ("readings", readings_file, medical_import.import_readings),
                ("results", results_file, medical_import.import_results)):
            file = make(path, folder / f"{what}-{run}.csv", run, args.rows)
            elapsed, outcome = time_import(path, importer, file)
            timings[what].append(elapsed)
            print(f"import {what} ({args.rows:,} rows): {elapsed:.0f} ms, {outcome}")
    for what, values in timings.items():
        verdict = "within" if statistics.median(values) <= 5000 else "OVER"
        print(f"import {what}: median {statistics.median(values):.0f} ms over {len(values)} "
              f"runs ({verdict} the 5 s target)")


if __name__ == "__main__":
    main()
