"""Several desks at once: real ``quarantine-desk`` processes on one database, and the lists
they import (arrivals, readings, results), for the racing and killed-writer tests."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from conftest import TEST_PASSWORD
from medical_support import resident_id
from sqlalchemy import text
from sqlalchemy.engine import Engine

from quarantine_desk.cli.context import PASSWORD_ENV

#: When the guests of these tests arrived: recent, so every date is plausible; readings and
#: samples fall between it and now.
ARRIVED = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)


def start(target: str, user: str, *args: str) -> subprocess.Popen[str]:
    """``quarantine-desk --db TARGET --user USER ARGS…`` started, not waited for."""
    env = {**os.environ, PASSWORD_ENV: TEST_PASSWORD, "QUARANTINE_DESK_LANG": "en"}
    return subprocess.Popen([sys.executable, "-m", "quarantine_desk", "--db", target,
                             "--user", user, *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish_all(processes: Sequence[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    """Each process's exit status, standard output and standard error."""
    outputs = [p.communicate(timeout=120) for p in processes]
    return [(p.returncode, out, err) for p, (out, err) in zip(processes, outputs, strict=True)]


def write_arrivals(path: Path, serials: Sequence[int]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "id_number", "category", "arrival"])
        for serial in serials:
            writer.writerow([f"客人{serial}", resident_id(serial), "close_contact",
                             f"{ARRIVED:%Y-%m-%d %H:%M}"])


def write_readings(path: Path, id_numbers: Sequence[str], per_guest: int = 3,
                   first_minute: int = 10) -> int:
    """``per_guest`` readings of each guest, a minute apart from ``first_minute`` after the
    arrival; returns how many rows."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id_number", "taken_at", "celsius"])
        for index, number in enumerate(id_numbers):
            for minute in range(per_guest):
                taken = ARRIVED + timedelta(minutes=first_minute + minute)
                writer.writerow([number, f"{taken:%Y-%m-%d %H:%M}", f"36.{(index + minute) % 8}"])
    return len(id_numbers) * per_guest


def write_results(path: Path, id_numbers: Sequence[str], tag: str) -> int:
    """One negative PCR per guest, numbered ``TAG-N``; returns how many rows."""
    sampled = ARRIVED + timedelta(minutes=30)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sample_no", "id_number", "kind", "sampled_at", "result"])
        for index, number in enumerate(id_numbers):
            writer.writerow([f"{tag}-{index}", number, "pcr", f"{sampled:%Y-%m-%d %H:%M}",
                             "negative"])
    return len(id_numbers)


def scalar(engine: Engine, query: str, **params: object) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(query), params).scalar_one())


def housed_id_numbers(engine: Engine, serials: Sequence[int]) -> list[str]:
    """The ID numbers of those of ``serials`` who were given a room."""
    wanted = {resident_id(serial) for serial in serials}
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT g.id_number FROM guest g JOIN stay s ON s.guest_id = g.id "
            "JOIN roomassignment a ON a.stay_id = s.id WHERE a.end_at IS NULL"))
        return sorted(number for (number,) in rows if number in wanted)
