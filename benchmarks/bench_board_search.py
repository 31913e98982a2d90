"""Time the room board and search-as-you-type at the scale of DESIGN.md §10.

Builds (or reuses, with ``--db``) an SQLite file of 2,000 rooms, 100,000 stays of which about
2,000 are in quarantine, 2,000,000 readings and 500,000 tests, inserted in bulk with
``executemany``, then times ``board.room_board`` and 20 search keystrokes (each as
``guest_search.search`` for the first page and ``guest_search.count_search``), each beside the
same work done by bare sqlite3 on the same file (bare.py), with ratio = ours / bare.

    .venv/bin/python benchmarks/bench_board_search.py [--db FILE] [--repeat N]

To time one operation from Python, open the file as the desk does and call the service:

    engine = open_database("large.db")
    with read_session(engine) as session:
        board.room_board(session, on, now)            # the Rooms panel's board
        guest_search.search(session, "0517", on=on)   # one keystroke: the first page ...
        guest_search.count_search(session, "0517")    # ... and the "N found" count
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import bare as baselines
from bulk import bulk_connection

from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import board, guest_search
from quarantine_desk.store.engine import open_database, read_session

ROOMS = 2000
FLOORS = 40
DOUBLE_ROOMS = 200  # rooms holding two guests of a household
IN_QUARANTINE = 2000
STAYS = 100_000
READINGS_PER_STAY = 20
TESTS_PER_STAY = 5
NOW = datetime(2024, 6, 15, 15, 0)
FIRST_ARRIVAL = datetime(2020, 2, 1, 9, 0)

SURNAMES = "王王王李李李张张张刘刘陈陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = ["建国", "建华", "建", "伟", "芳", "娜", "秀英", "秀兰", "敏", "静", "丽", "强", "磊",
         "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英", "华"]
REGIONS = ["320602", "110101", "310104", "440305", "420106", "330106", "510107", "610113"]
CATEGORIES = ["close_contact"] * 5 + ["secondary_close_contact"] * 2 + [
    "inbound_traveller", "high_risk_area", "other"]

KEYSTROKES = ["王", "王建", "王建国", "张", "张伟", "陈秀兰",  # part of a name
              "0", "05", "051", "0517",  # the last four digits of an ID, typed
              "1", "12", "120", "1203",  # a room number
              "13", "138", "1380", "13800",  # a phone prefix
              "320602",  # the start of an ID
              ""]  # nothing typed: recent stays


def resident_id(rng: random.Random, taken: set[str]) -> str:
    while True:
        birth = date(1935, 1, 1) + timedelta(days=rng.randrange(31_000))
        first17 = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
        number = first17 + resident_id_check_char(first17)
        if number not in taken:
            taken.add(number)
            return number


def room_numbers() -> list[tuple[str, int]]:
    per_floor = ROOMS // FLOORS
    return [(f"{floor}{k:02d}", floor) for floor in range(1, FLOORS + 1)
            for k in range(1, per_floor + 1)]


def build(path: Path, seed: int = 7) -> None:
    """Fill a fresh database file; migrations first, then raw bulk inserts."""
    con, policy_id = bulk_connection(path, NOW.date())
    rng = random.Random(seed)
    rooms = room_numbers()
    room_rows = []
    for i, (number, floor) in enumerate(rooms, start=1):
        kind, capacity = ("double", 2) if i <= DOUBLE_ROOMS else ("single", 1)
        room_rows.append((i, number, floor, kind, capacity, "available", "", 1))
    # Who is in which room now: two per double room, then one per single room.
    current_rooms = [i for i in range(1, DOUBLE_ROOMS + 1) for _ in range(2)]
    current_rooms += list(range(DOUBLE_ROOMS + 1, IN_QUARANTINE - DOUBLE_ROOMS + 1))
    for room_id in set(current_rooms):
        room_rows[room_id - 1] = (*room_rows[room_id - 1][:5], "occupied", "", 1)
    for room_id in range(len(set(current_rooms)) + 1, ROOMS + 1, 17):
        room_rows[room_id - 1] = (*room_rows[room_id - 1][:5], "awaiting_disinfection", "", 1)
    con.executemany("INSERT INTO room (id, number, floor, kind, capacity, state, note, version)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", room_rows)

    taken: set[str] = set()
    guest_rows, health_rows, stay_rows, assignment_rows = [], [], [], []
    span = (NOW - timedelta(days=20) - FIRST_ARRIVAL).total_seconds()
    active_from = STAYS - IN_QUARANTINE
    for i in range(1, STAYS + 1):
        number = resident_id(rng, taken)
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        phone = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
        guest_rows.append((i, name, "resident_id", number, "M" if int(number[16]) % 2 else "F",
                           birth.isoformat(), phone, "", "", "", int(rng.random() < 0.02), 1))
        conditions = rng.choice(["高血压", "糖尿病", "心脏病"]) if rng.random() < 0.15 else ""
        health_rows.append((i, i, conditions, "", "", 0, None, "", "", "", 1))
        active = i > active_from
        if active:
            arrival = NOW - timedelta(hours=rng.randrange(1, 24 * 7))
        else:
            arrival = FIRST_ARRIVAL + timedelta(seconds=int(span * (i / active_from)))
        basis = arrival.date()
        release = basis + timedelta(days=7)
        exit_at = None if active else datetime.combine(release, datetime.min.time()).replace(
            hour=10)
        stay_rows.append((i, i, policy_id, rng.choice(CATEGORIES),
                          "in_quarantine" if active else "released", arrival.isoformat(" "), None,
                          "", f"B{arrival:%Y%m%d}", "", "", None, basis.isoformat(),
                          release.isoformat(), exit_at.isoformat(" ") if exit_at else None,
                          "" if active else "released", "", None, "", 1))
        room_id = current_rooms[i - active_from - 1] if active else rng.randrange(1, ROOMS + 1)
        assignment_rows.append((i, i, room_id, arrival.isoformat(" "),
                                exit_at.isoformat(" ") if exit_at else None, "check-in"))
    con.executemany("INSERT INTO guest (id, full_name, id_type, id_number, sex, birth_date, "
                    "phone, home_address, work_unit, notes, incomplete, version) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", guest_rows)
    con.executemany("INSERT INTO healthrecord (id, guest_id, conditions, medication, allergies, "
                    "pregnant, vaccination_doses, psychological, needs, notes, version) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", health_rows)
    con.executemany("INSERT INTO stay (id, guest_id, policy_id, category, status, arrival_at, "
                    "expected_at, origin, batch, household, community, exposure_date, "
                    "basis_date, planned_release, exit_at, exit_reason, released_by, "
                    "release_serial, notes, version) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stay_rows)
    con.executemany("INSERT INTO roomassignment (id, stay_id, room_id, start_at, end_at, reason)"
                    " VALUES (?, ?, ?, ?, ?, ?)", assignment_rows)
    con.executemany("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, "
                    "entered_by, entered_at, voided_at, voided_by, void_reason) VALUES "
                    "(?, ?, ?, 'forehead', '', 'bench', NULL, NULL, '', '')",
                    _readings(rng, stay_rows, active_from))
    con.executemany("INSERT INTO labtest (stay_id, kind, sample_no, scheduled_for, sampled_at, "
                    "lab, result, ct_orf1ab, ct_n, reported_at, entered_by, reason) VALUES "
                    "(?, 'pcr', ?, ?, ?, 'lab', ?, NULL, NULL, ?, 'bench', '')",
                    _tests(rng, stay_rows))
    alert_rows = [(stay, "fever", "open" if stay > active_from else "resolved", at, "bench")
                  for stay, at in ((rng.randrange(1, STAYS + 1), NOW.isoformat(" "))
                                   for _ in range(3000))]
    con.executemany("INSERT INTO alert (stay_id, kind, status, opened_at, summary, escalated_to,"
                    " resolution) VALUES (?, ?, ?, ?, ?, '', '')", alert_rows)
    con.commit()
    con.close()


def _readings(rng: random.Random, stays: list[tuple], active_from: int) -> Iterator[tuple]:
    for row in stays:
        stay_id, arrival = row[0], datetime.fromisoformat(row[5])
        start = NOW - timedelta(hours=12 * READINGS_PER_STAY) if stay_id > active_from \
            else arrival
        for k in range(READINGS_PER_STAY):
            celsius = round(rng.uniform(37.3, 38.6), 1) if rng.random() < 0.01 \
                else round(rng.uniform(36.0, 37.1), 1)
            yield stay_id, (start + timedelta(hours=12 * k)).isoformat(" "), celsius


def _tests(rng: random.Random, stays: list[tuple]) -> Iterator[tuple]:
    for row in stays:
        stay_id, basis = row[0], date.fromisoformat(row[12])
        for k in (1, 2, 3, 5, 7)[:TESTS_PER_STAY]:
            day = basis + timedelta(days=k)
            sampled = datetime.combine(day, datetime.min.time()).replace(hour=8)
            result = "positive" if rng.random() < 0.002 else "negative"
            yield (stay_id, f"S{stay_id:07d}{k}", day.isoformat(), sampled.isoformat(" "),
                   result, (sampled + timedelta(hours=20)).isoformat(" "))


def timed(func: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """First-call and median milliseconds over ``repeat`` calls, and the last result."""
    times = []
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or build into) this file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    engine = open_database(str(path))
    bare = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with read_session(engine) as session:
        first, median, tiles = timed(lambda: board.room_board(session, NOW.date(), NOW),
                                     args.repeat)
        _, bare_median, bare_rooms = timed(
            lambda: baselines.room_board(bare, NOW.date(), NOW), args.repeat)
        _same_board(tiles, bare_rooms)  # type: ignore[arg-type]
        summary = board.board_summary(tiles)  # type: ignore[arg-type]
        print(f"room_board: first {first:.1f} ms, median {median:.1f} ms; bare {bare_median:.1f}"
              f" ms, ratio {median / bare_median:.1f} "
              f"({summary['rooms_total']} rooms, {summary['guests']} guests, "
              f"{summary['fever']} fever, {summary['positive']} positive, "
              f"{summary['key_person']} key persons, {summary['due']} due)")
        worst = worst_bare = 0.0
        for text in KEYSTROKES:
            first, median, rows = timed(
                lambda t=text: guest_search.search(session, t, on=NOW.date()), args.repeat)
            _, count_median, count = timed(lambda t=text: guest_search.count_search(session, t),
                                           args.repeat)
            _, bare_median, (bare_rows, bare_count) = timed(  # type: ignore[misc]
                lambda t=text: baselines.search(bare, t), args.repeat)
            if [r.stay_id for r in rows] != [r[0] for r in bare_rows] or count != bare_count:  # type: ignore[attr-defined]
                raise SystemExit(f"search {text!r}: the desk and the bare baseline disagree")
            ours = median + count_median
            worst, worst_bare = max(worst, ours), max(worst_bare, bare_median)
            print(f"search {text!r:12} first {first:6.1f} ms, median {median:6.1f} ms; "
                  f"count {count_median:6.1f} ms; bare {bare_median:6.1f} ms, ratio "
                  f"{ours / bare_median:4.1f} -> {count} found, {len(rows)} listed")  # type: ignore[arg-type]
        print(f"slowest keystroke (search + count, median): {worst:.1f} ms; "
              f"bare {worst_bare:.1f} ms, ratio {worst / worst_bare:.1f}")
    bare.close()
    engine.dispose()


def _same_board(tiles: list[board.RoomTile], bare_rooms: list[tuple]) -> None:
    """Stop when the board and its baseline differ in rooms, occupants or day numbers."""
    ours = [(t.number, t.state, [(o.stay_id, o.name, o.day) for o in t.occupants])
            for t in tiles]
    theirs = [(number, state, [occupant[:3] for occupant in here])
              for number, state, here in bare_rooms]
    if ours != theirs:
        raise SystemExit("room_board: the desk and the bare baseline disagree")

if __name__ == "__main__":
    main()
