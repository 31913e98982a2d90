"""A desk killed mid-write loses nothing another desk committed (issue 14), on the engine of the
run (SQLite, or PostgreSQL when ``QUARANTINE_DESK_TEST_PG`` is set).

A readings import is killed with SIGKILL at a random moment, again and again, while a second
desk checks guests in and a third imports a few readings of its own. Each time ``check`` passes,
the killed import left all of its readings or none, and every reading and check-in of the desks
that finished is there.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from race_support import (
    finish_all,
    housed_id_numbers,
    scalar,
    start,
    write_arrivals,
    write_readings,
)

from quarantine_desk.services import maintenance, rooms
from quarantine_desk.store.engine import write_session

KILLS = 4
GUESTS = 30
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_a_killed_writer_loses_nothing_committed(engine, manager, liaison, medical,
                                                 tmp_path: Path, db_target: str) -> None:
    with write_session(engine) as session:
        rooms.add_rooms(session, manager, ["2001-2060"])
    arrivals = tmp_path / "arrivals.csv"
    write_arrivals(arrivals, range(500, 500 + GUESTS))
    ((status, _, err),) = finish_all([start(db_target, liaison.username, "import", "arrivals",
                                            str(arrivals))])
    assert status == 0, err
    housed = housed_id_numbers(engine, range(500, 500 + GUESTS))
    assert len(housed) == GUESTS

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    stored, killed = 0, 0
    for attempt in range(KILLS):
        big, small, late = (tmp_path / f"{name}-{attempt}.csv" for name in ("big", "small",
                                                                              "late"))
        rows = write_readings(big, housed, per_guest=6, first_minute=10 + 8 * attempt)
        few = write_readings(small, housed[:3], per_guest=1, first_minute=150 + attempt)
        write_arrivals(late, [600 + 2 * attempt, 601 + 2 * attempt])
        victim = start(db_target, medical.username, "import", "readings", str(big))
        delay = rng.uniform(1.0, 3.5)  # past start-up and sign-in, into the import
        others = [start(db_target, medical.username, "import", "readings", str(small)),
                  start(db_target, liaison.username, "import", "arrivals", str(late))]
        started = time.monotonic()
        while victim.poll() is None and time.monotonic() - started < delay:
            time.sleep(0.02)
        if victim.poll() is None:
            victim.send_signal(signal.SIGKILL)
            killed += 1
        victim.communicate(timeout=60)
        where = f"seed {seed}, attempt {attempt}, kill after {delay:.2f} s"
        for status, _, err in finish_all(others):
            assert status == 0 and "Traceback" not in err, (where, err)

        problems = maintenance.check(engine).problems
        assert problems == [], (where, problems)
        total = scalar(engine, "SELECT count(*) FROM reading")
        assert total - stored - few in (0, rows), (where, total, stored)  # all of it or none
        stored = total
        assert scalar(engine, "SELECT count(*) FROM stay") == GUESTS + 2 * (attempt + 1), where
    assert killed >= 1, f"seed {seed}: no import was killed"
