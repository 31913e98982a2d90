"""Racing desks finish their work (issue 14): several ``quarantine-desk`` processes check guests
into the same few rooms at once, then import the same readings file and the same results file at
once, round after round (each round with rooms and people of its own), on the engine of the run
(SQLite, or PostgreSQL when ``QUARANTINE_DESK_TEST_PG`` is set). Every process exits 0 with its
own report, no room holds more than its capacity, nothing is stored twice, and no traceback is
printed."""

from __future__ import annotations

import json
from pathlib import Path

from race_support import (
    finish_all,
    housed_id_numbers,
    scalar,
    start,
    write_arrivals,
    write_readings,
    write_results,
)

from quarantine_desk.domain.enums import RoomKind
from quarantine_desk.services import maintenance, rooms
from quarantine_desk.store.engine import write_session

DESKS = 4
ROUNDS = 2
PEOPLE_PER_DESK = 3


def _reports(processes: list, what: str) -> list[dict]:
    """The JSON report of each process, once every one exited 0 without a traceback."""
    reports = []
    for status, out, err in finish_all(processes):
        assert status == 0 and "Traceback" not in err and "unexpected" not in err, (what, err)
        reports.append(json.loads(out))
    return reports


def test_desks_racing_for_rooms_and_imports_each_finish_with_a_report(
        engine, manager, liaison, medical, tmp_path: Path, db_target: str) -> None:
    for round_ in range(ROUNDS):
        floor = 10 + round_
        with write_session(engine) as session:  # 5 single rooms and a double: 7 beds
            rooms.add_rooms(session, manager, [f"{floor}01-{floor}05"])
            rooms.add_rooms(session, manager, [f"{floor}06"], kind=RoomKind.DOUBLE, capacity=2)
        serials = {desk: [100 * (round_ + 1) + 10 * desk + i for i in range(PEOPLE_PER_DESK)]
                   for desk in range(DESKS)}
        lists = []
        for desk, people in serials.items():
            lists.append(tmp_path / f"arrivals-{round_}-{desk}.csv")
            write_arrivals(lists[-1], people)
        reports = _reports([start(db_target, liaison.username, "import", "arrivals", str(path),
                                  "--json") for path in lists], "arrivals")
        for report in reports:  # each desk's rows: placed, or told there is no room left
            assert report["imported"] + len(report["skipped"]) == PEOPLE_PER_DESK
            assert {s["reason"] for s in report["skipped"]} <= {"no free room left"}, report
        placed = sum(r["imported"] for r in reports)
        assert placed == 6, reports  # one party per room: every room taken, none twice
        everyone = [serial for people in serials.values() for serial in people]
        housed = housed_id_numbers(engine, everyone)
        assert len(housed) == placed

        readings_file, results_file = tmp_path / f"r-{round_}.csv", tmp_path / f"t-{round_}.csv"
        rows = write_readings(readings_file, housed)
        tests = write_results(results_file, housed, f"R{round_}")
        reports = _reports([start(db_target, medical.username, "import", kind, str(path),
                                  "--json")
                            for _ in range(DESKS)
                            for kind, path in (("readings", readings_file),
                                               ("results", results_file))], "medical")
        readings_reports = reports[::2]
        assert sum(r["imported"] for r in readings_reports) == rows, reports  # by one desk
        for report in readings_reports:
            assert report["imported"] + len(report["skipped"]) == rows
            assert all("already recorded" in s["reason"] for s in report["skipped"]), report

        assert scalar(engine, "SELECT count(*) FROM reading r JOIN stay s ON s.id = r.stay_id "
                              "JOIN room m ON m.number LIKE :floor JOIN roomassignment a "
                              "ON a.stay_id = s.id AND a.room_id = m.id",
                      floor=f"{floor}%") == rows
        assert scalar(engine, "SELECT count(*) FROM labtest WHERE sample_no LIKE :tag",
                      tag=f"R{round_}-%") == tests
        problems = maintenance.check(engine).problems
        assert problems == [], (round_, problems)
