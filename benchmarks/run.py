"""The one benchmark command (DESIGN.md §10): build the large site once, time what the desk
does on it, and print a table of each operation's median beside a floor measured in the same
run — the same work done as plainly as possible (benchmarks/bare.py), or the same command on the
default demo — with the ratio and the target.

    benchmarks/run [--db FILE] [--repeat N] [--only NAME ...]

``--db`` reuses (or keeps) the large site; without it the site is built in a temporary folder
(about 70 s). Run by hand: it is not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import bare
import bench_imports
import bench_startup
from bench_board_search import KEYSTROKES
from sqlmodel import func, select

from quarantine_desk.demo import build_demo
from quarantine_desk.documents.handover_batch import write_handover_batch
from quarantine_desk.domain.enums import Role
from quarantine_desk.services import (
    board,
    guest_search,
    medical_import,
    paperwork,
    readings,
    release,
)
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import open_database, read_session, write_session
from quarantine_desk.store.models import Reading, Stay

ROOMS, GUESTS = 2000, 100_000
HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "resources" / "fonts" / "wqy-microhei.ttc"


@dataclass
class Row:
    operation: str
    ours: float  # seconds
    floor: float | None
    floor_label: str
    target: str
    ratio_label: str = ""
    ours_label: str = ""  # for a row that is not a time

    def cells(self) -> list[str]:
        ratio = self.ratio_label or (f"{self.ours / self.floor:.1f}×" if self.floor else "—")
        return [self.operation, self.ours_label or _ms(self.ours),
                f"{_ms(self.floor)} ({self.floor_label})" if self.floor is not None else "—",
                ratio, self.target]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def median_time(work: Callable[[], object], repeat: int, warm: bool = True) -> float:
    """The median wall time of ``repeat`` runs, after one run that is not counted."""
    if warm:
        work()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class Bench:
    """The sites, and the operations timed on them."""

    def __init__(self, large: Path, small: Path, repeat: int) -> None:
        self.large, self.small, self.repeat = large, small, repeat
        self.as_of = _as_of(large)
        self.engine = open_database(str(large))
        self.rows: list[Row] = []

    # --- the release list -------------------------------------------------------------------

    def release_list(self) -> None:
        with read_session(self.engine) as session:
            live = list(session.exec(select(Stay.id).where(Stay.status == "in_quarantine")))

        def ours() -> None:
            with read_session(self.engine) as session:
                release.evaluate_stays(session, live, self.as_of.date(), self.as_of)

        self.rows.append(Row(
            f"release list: every stay in quarantine ({len(live):,}), five criteria",
            median_time(ours, self.repeat),
            median_time(lambda: bare.release_facts(self.large, self.as_of), self.repeat),
            "bare SQL", "≤ 300 ms"))

    # --- the room board and search as you type ---------------------------------------------

    def room_board(self) -> None:
        def ours() -> None:
            with read_session(self.engine) as session:
                board.room_board(session, self.as_of.date(), self.as_of)

        with _bare_connection(self.large) as db:
            floor = median_time(lambda: bare.room_board(db, self.as_of.date(), self.as_of),
                                self.repeat)
        self.rows.append(Row("room board: 2,000 rooms with occupants and badges",
                             median_time(ours, self.repeat), floor, "bare SQL",
                             "≤ 10× bare"))

    def search(self) -> None:
        """The slowest keystroke of the set, ours and bare each at its own slowest."""
        ours: dict[str, float] = {}
        floors: dict[str, float] = {}
        with _bare_connection(self.large) as db:
            for text in KEYSTROKES:
                def keystroke(t: str = text) -> None:
                    with read_session(self.engine) as session:
                        guest_search.search(session, t, on=self.as_of.date())
                        guest_search.count_search(session, t)

                ours[text] = median_time(keystroke, self.repeat)
                floors[text] = median_time(lambda t=text: bare.search(db, t), self.repeat)
        slowest = max(ours, key=ours.__getitem__)
        self.rows.append(Row(
            f"search keystroke, slowest of {len(KEYSTROKES)} (\"{slowest}\"): first page + count",
            ours[slowest], floors[slowest], "bare SQL, the same keystroke", "≤ 50 ms"))

    # --- 500 handover forms -----------------------------------------------------------------

    def handover_forms(self) -> None:
        with read_session(self.engine) as session:
            ids = list(session.exec(select(Stay.id).where(Stay.status == "released")
                                    .order_by(Stay.id.desc()).limit(500)))  # type: ignore[union-attr]
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "forms.pdf"

            def ours() -> None:
                with read_session(self.engine) as session:
                    items = paperwork.handover_data_many(session, ids, self.as_of)
                write_handover_batch(out, items)

            with read_session(self.engine) as session:
                items = paperwork.handover_data_many(session, ids, self.as_of)
            repeat = max(1, self.repeat // 3)
            self.rows.append(Row(
                "500 handover forms, data and one PDF", median_time(ours, repeat, warm=False),
                median_time(lambda: bare.forms(out, items, FONT), repeat, warm=False),
                "bare ReportLab: text and lines, one canvas", "≤ 10 s"))

    # --- the command line on the large site and on the default demo -------------------------

    def commands(self) -> None:
        for command in (["vacancy"], ["release-list"], ["report"]):
            large = median_time(lambda c=command: _cli(self.large, c), 3, warm=True)
            small = median_time(lambda c=command: _cli(self.small, c), 3, warm=True)
            self.rows.append(Row(
                f"`{command[0]}` on the large site, start to exit", large, small,
                "the default demo", "≤ default + 300 ms",
                ratio_label=f"{(large - small) * 1000:+.0f} ms"))

    # --- one reading saved, and files of 10,000 rows imported ------------------------------

    def save_reading(self) -> None:
        with read_session(self.engine) as session:
            live = list(session.exec(select(Stay.id).where(Stay.status == "in_quarantine")))
        nurse = Actor(username="bench-nurse", role=Role.MEDICAL)
        moments = iter(self._free_moments())

        def ours() -> None:
            taken = next(moments)
            with write_session(self.engine) as session:
                readings.record_reading(session, nurse, live[taken.minute % len(live)], 36.6,
                                        taken_at=taken, now=taken)

        def floor() -> None:
            taken = next(moments)
            bare.save_reading(self.large, live[taken.minute % len(live)], taken, "bench-nurse")

        repeat = self.repeat * 10
        self.rows.append(Row("save one reading with its audit event, committed",
                             median_time(ours, repeat), median_time(floor, repeat),
                             "bare SQL, the same two rows, synchronous=FULL as the desk",
                             "≤ 10× bare"))

    def _free_moments(self) -> Iterator[datetime]:
        """Minutes after every reading stored so far, none used twice in this run."""
        with read_session(self.engine) as session:
            latest = session.exec(select(func.max(Reading.taken_at))).one()
        moment = max(latest or self.as_of, self.as_of) + timedelta(days=30)
        while True:
            moment += timedelta(minutes=1)
            yield moment

    def imports(self) -> None:
        rows = 10_000
        with tempfile.TemporaryDirectory() as folder:
            for kind, make, importer in (
                    ("readings", bench_imports.readings_file, medical_import.import_readings),
                    ("results", bench_imports.results_file, medical_import.import_results)):
                times = []
                for _ in range(3):
                    run = bench_imports.first_free_hour(self.large, self.as_of) + 1
                    file = make(self.large, Path(folder) / f"{kind}.csv", run, rows, self.as_of)
                    elapsed, outcome = bench_imports.time_import(
                        self.large, importer, file, self.as_of + timedelta(days=400))
                    times.append(elapsed / 1000)
                self.rows.append(Row(
                    f"import a {kind} file of {rows:,} rows, committed ({outcome})",
                    statistics.median(times),
                    self._bare_import(rows), "bare SQL: one executemany of the readings",
                    "≤ 5 s"))

    def _bare_import(self, rows: int) -> float:
        """10,000 readings in one executemany and commit; taken out again after timing."""
        with read_session(self.engine) as session:
            live = list(session.exec(select(Stay.id).where(Stay.status == "in_quarantine")))
        start = next(self._free_moments()) + timedelta(days=30)
        batch = [(live[i % len(live)], bare.stamp(start + timedelta(minutes=i)))
                 for i in range(rows)]
        seconds = median_time(lambda: bare.import_readings(self.large, batch), 1, warm=False)
        bare.remove_readings(self.large, batch)
        return seconds

    # --- the window: start-up and memory ----------------------------------------------------

    def window(self) -> None:
        user, password = _manager(self.large)
        with tempfile.TemporaryDirectory() as folder:
            env = bench_startup.child_env(Path(folder) / "window.ini")
            env[bench_startup.PASSWORD_ENV] = password
            bare_times, shown, figures = bench_startup.measure_startup(
                str(self.large), user, max(3, self.repeat // 2), env)
            visited = bench_startup.memory(str(self.large), user, env)
        floor = statistics.median(bare_times)
        self.rows.append(Row("start to the window on screen", statistics.median(shown), floor,
                             "a bare Qt window importing the same libraries", "≤ 2× bare"))
        self.rows.append(Row("start to the overview's figures shown", statistics.median(figures),
                             floor, "a bare Qt window importing the same libraries",
                             "≤ 2× bare"))
        rss = visited.strip().splitlines()[-1].split("max RSS after every panel: ")[1]
        self.rows.append(Row("memory after visiting every panel (max resident)", 0.0, None, "",
                             "≤ 400 MB", ours_label=rss.split(" (")[0]))

    def table(self) -> str:
        head = ["operation", "Quarantine Desk (median)", "floor, same run", "ratio", "target"]
        lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        lines += ["| " + " | ".join(row.cells()) + " |" for row in self.rows]
        return "\n".join(lines)


@contextmanager
def _bare_connection(path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield db
    finally:
        db.close()


def _cli(db: Path, command: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "quarantine_desk", "--db", str(db), *command],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _site_file(path: Path) -> Path:
    return path.with_name(path.name + ".site.json")


def _site(path: Path) -> dict[str, Any]:
    """What was kept beside the site when it was built: its moment and its demo accounts."""
    return json.loads(_site_file(path).read_text(encoding="utf-8"))


def _as_of(path: Path) -> datetime:
    return datetime.fromisoformat(_site(path)["as_of"])


def _manager(path: Path) -> tuple[str, str]:
    """The demo manager's username and password."""
    manager = next(a for a in _site(path)["accounts"] if a["role"] == "manager")
    return manager["username"], manager["password"]


def build(path: Path, rooms: int, guests: int, as_of: datetime) -> float:
    """The demo site at ``path`` as of ``as_of`` (kept when already there, with its moment and
    accounts beside it); the seconds it took to build."""
    if path.exists():
        return 0.0
    engine = open_database(str(path))
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  the site's past: {done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    accounts = build_demo(engine, rooms=rooms, guests=guests, as_of=as_of, progress=progress)
    engine.dispose()
    _site_file(path).write_text(json.dumps({"as_of": as_of.isoformat(), "accounts": accounts}),
                                encoding="utf-8")
    print(file=sys.stderr)
    return time.perf_counter() - started


@contextmanager
def sites(db: Path | None) -> Iterator[tuple[Path, Path, float]]:
    with tempfile.TemporaryDirectory() as folder:
        large = db or Path(folder) / "large.db"
        small = Path(folder) / "default.db"
        print(f"building the large site ({ROOMS} rooms, {GUESTS:,} stays) in {large} …",
              file=sys.stderr)
        # As of now: the window and the commands judge the site as of today, so a site dated
        # in the past would show every guest as long overdue.
        now = datetime.now().replace(second=0, microsecond=0)
        seconds = build(large, ROOMS, GUESTS, now)
        build(small, 120, 80, _as_of(large))
        yield large, small, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large site: reused if there, else kept")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", nargs="*", help="run only these operations (method names)")
    args = parser.parse_args()
    with sites(args.db) as (large, small, seconds):
        bench = Bench(large, small, args.repeat)
        if seconds:
            bench.rows.append(Row(f"demo --rooms {ROOMS} --guests {GUESTS} (built once)",
                                  seconds, None, "", "≤ 2 min"))
        for name in args.only or OPERATIONS:
            print(f"timing {name} …", file=sys.stderr)
            getattr(bench, name)()
        print(bench.table())


#: In this order: the commands and the reads first, on the site as built; then the writes.
OPERATIONS = ["commands", "window", "room_board", "search", "release_list", "handover_forms",
              "save_reading", "imports"]

if __name__ == "__main__":
    main()
