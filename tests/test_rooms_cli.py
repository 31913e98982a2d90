"""``rooms``, ``vacancy`` and ``import arrivals`` through the command line, in process.

The first test is the acceptance scenario of the core issue: a site of 65 rooms receives the
sample arrival list of 10 people in two transfer batches.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from quarantine_desk.cli.main import main
from quarantine_desk.services.stays import current_room
from quarantine_desk.store.engine import open_database, read_session
from quarantine_desk.store.models import AuditEvent, Guest, Stay

SAMPLE = Path(__file__).parent / "data" / "arrivals_sample.csv"


def run(db: str, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(db: str, capsys, *args: str) -> object:
    code, out, err = run(db, capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def placements(db: str) -> dict[str, tuple[str, int, str]]:
    """Guest name -> (room number, floor, batch)."""
    engine = open_database(str(db))
    try:
        with read_session(engine) as s:
            result = {}
            for guest, stay in s.exec(select(Guest, Stay).where(Stay.guest_id == Guest.id)):
                room = current_room(s, stay.id)
                assert room is not None
                result[guest.full_name] = (room.number, room.floor, stay.batch)
            return result
    finally:
        engine.dispose()


@pytest.fixture
def site_db(db_target: str, capsys) -> str:
    db = db_target
    assert run(db, capsys, "rooms", "add", "201-230", "301-330")[0] == 0
    assert run(db, capsys, "rooms", "add", "401-405", "--kind", "family", "--capacity", "3")[0] == 0
    return db


def test_sample_arrival_list_acceptance(site_db: str, capsys, on_sample_day: None) -> None:
    report = run_json(site_db, capsys, "import", "arrivals", str(SAMPLE))
    assert report == {"imported": 10, "skipped": []}

    placed = placements(site_db)
    assert len(placed) == 10
    # Household H1 (王建国 b.1956, 李秀英 b.1960, 王小明 b.2015) shares one family room.
    household = {placed[n][0] for n in ("王建国", "李秀英", "王小明")}
    assert household == {"401"}
    singles = {name: where for name, where in placed.items()
               if name not in ("王建国", "李秀英", "王小明")}
    assert len({number for number, _, _ in singles.values()}) == len(singles)
    # Batches kept apart: NT-0407-A on floor 2, NT-0408-B on floor 3 (floor 2 holds A).
    assert {floor for _, floor, batch in singles.values() if batch == "NT-0407-A"} == {2}
    assert {floor for _, floor, batch in singles.values() if batch == "NT-0408-B"} == {3}
    # Key persons get the lowest free room of the floor open to their batch.
    assert placed["刘芳"][0] == "201"  # pregnant, batch A
    assert placed["杨静"][0] == "301"  # heart disease, batch B
    assert placed["张伟"][0] == "202"
    assert sorted(placed[n][0] for n in ("陈磊", "赵强", "黄丽", "周杰")) == [
        "302", "303", "304", "305"]

    assert run_json(site_db, capsys, "vacancy") == {
        "rooms_total": 65, "available": 57, "reserved": 0, "occupied": 8,
        "awaiting_disinfection": 0, "out_of_service": 0, "guests_in_quarantine": 10,
    }


def test_rooms_add_reports_and_refuses_existing_numbers(site_db: str, capsys) -> None:
    added = run_json(site_db, capsys, "rooms", "add", "501-503", "B1", "--floor", "5")
    assert added == {"added": 4, "rooms": ["501", "502", "503", "B1"]}
    code, out, err = run(site_db, capsys, "rooms", "add", "503-504")
    assert code == 1 and out == ""
    assert err == "quarantine-desk: room(s) already exist: 503\n"
    code, _, err = run(site_db, capsys, "rooms", "add", "30x-31")
    assert code == 1 and "should look like 301 or 301-320" in err
    rooms = run_json(site_db, capsys, "rooms", "list")
    assert len(rooms) == 69
    assert {r["number"]: (r["floor"], r["kind"], r["capacity"]) for r in rooms}["B1"] == (
        5, "single", 1)
    assert {r["number"]: r["capacity"] for r in rooms}["405"] == 3


def test_room_states_from_the_console(site_db: str, capsys) -> None:
    code, out, _ = run(site_db, capsys, "rooms", "set-state", "210", "out_of_service",
                       "--note", "water leak")
    assert code == 0 and "210" in out and "out_of_service" in out
    assert run_json(site_db, capsys, "rooms", "set-state", "211", "reserved")["state"] == \
        "reserved"
    code, _, err = run(site_db, capsys, "rooms", "disinfected", "212")
    assert code == 1 and "not awaiting disinfection" in err
    code, _, err = run(site_db, capsys, "rooms", "set-state", "999", "reserved")
    assert code == 1 and "there is no room 999" in err
    vacancy = run_json(site_db, capsys, "vacancy")
    assert (vacancy["out_of_service"], vacancy["reserved"], vacancy["available"]) == (1, 1, 63)
    listed = {r["number"]: r for r in run_json(site_db, capsys, "rooms", "list")}
    assert listed["210"]["note"] == "water leak"
    back = run_json(site_db, capsys, "rooms", "set-state", "210", "available")
    assert back == {"number": "210", "floor": 2, "kind": "single", "capacity": 1,
                    "state": "available", "note": "water leak"}


def test_room_changes_are_audited_as_the_console_operator(site_db: str, capsys,
                                                          monkeypatch) -> None:
    """With no staff account yet, the operating-system user acts, with the manager's rights."""
    monkeypatch.setattr("quarantine_desk.cli.context._os_user", lambda: "ops")
    assert run(site_db, capsys, "rooms", "set-state", "201", "reserved")[0] == 0
    engine = open_database(str(site_db))
    try:
        with read_session(engine) as s:
            event = s.exec(select(AuditEvent).where(AuditEvent.action == "room.reserve")).one()
    finally:
        engine.dispose()
    assert event.actor == "console:ops"


def test_vacancy_text_summary(site_db: str, capsys) -> None:
    code, out, _ = run(site_db, capsys, "vacancy")
    lines = dict(line.rsplit(None, 1) for line in out.splitlines())
    assert code == 0
    assert lines["rooms"] == "65" and lines["available"] == "65"
    assert lines["guests in quarantine"] == "0"


def test_import_text_summary(site_db: str, capsys, on_sample_day: None) -> None:
    code, out, _ = run(site_db, capsys, "import", "arrivals", str(SAMPLE))
    assert code == 0
    assert out == "checked in 10 arrival(s) from arrivals_sample.csv\n"
    code, out, _ = run(site_db, capsys, "import", "arrivals", str(SAMPLE))
    assert code == 0
    assert "skipped 10 row(s):" in out
    assert "  row 11: 周杰 (320602198309231410) is already registered here" in out
