"""The bare-sqlite3 floor of the room board and of a search keystroke (bench_board_search.py).

Each function does the same work as the desk — the same rows come back — with the shortest
plain SQL on the same file (the desk's schema and indexes) and no ORM, no services, no
dataclasses: what any implementation has to pay, so the desk's time can be read as a ratio.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta

_ORDER = ("ORDER BY CASE s.status WHEN 'in_quarantine' THEN 0 WHEN 'expected' THEN 1 ELSE 2 END,"
          " coalesce(s.arrival_at, s.expected_at) DESC, s.id DESC")
_LAST_ROOM = ("(SELECT r.number FROM roomassignment a JOIN room r ON r.id = a.room_id"
              " WHERE a.stay_id = s.id ORDER BY a.start_at DESC, a.id DESC LIMIT 1)")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def room_board(db: sqlite3.Connection, on: date, now: datetime) -> list[tuple]:
    """Every room in board order, each with its occupants as (stay id, name, day of stay,
    highest reading of the last 48 hours, any positive test, open alert kinds) and the inputs
    of the other badges (planned release, birth date, conditions, pregnant, incomplete)."""
    open_ids = "SELECT stay_id FROM roomassignment WHERE end_at IS NULL"
    hottest = dict(db.execute(
        f"SELECT stay_id, max(celsius) FROM reading WHERE stay_id IN ({open_ids}) AND "
        "taken_at >= ? AND taken_at <= ? AND voided_at IS NULL GROUP BY stay_id",
        (_stamp(now - timedelta(hours=48)), _stamp(now))).fetchall())
    positive = {stay_id for stay_id, in db.execute(
        f"SELECT DISTINCT stay_id FROM labtest WHERE stay_id IN ({open_ids}) "
        "AND result = 'positive'")}
    alerts: dict[int, set[str]] = defaultdict(set)
    for stay_id, kind in db.execute(
            f"SELECT stay_id, kind FROM alert WHERE stay_id IN ({open_ids}) "
            "AND status <> 'resolved'"):
        alerts[stay_id].add(kind)
    here: dict[int, list[tuple]] = defaultdict(list)
    for room_id, stay_id, name, basis, *inputs in db.execute(
            "SELECT a.room_id, s.id, g.full_name, s.basis_date, s.planned_release, "
            "g.birth_date, h.conditions, h.pregnant, g.incomplete FROM roomassignment a "
            "JOIN stay s ON s.id = a.stay_id JOIN guest g ON g.id = s.guest_id "
            "LEFT JOIN healthrecord h ON h.guest_id = g.id "
            "WHERE a.end_at IS NULL AND s.status = 'in_quarantine' ORDER BY s.id"):
        here[room_id].append((stay_id, name, (on - date.fromisoformat(basis)).days,
                              hottest.get(stay_id), stay_id in positive,
                              alerts.get(stay_id, ()), *inputs))
    return [(number, state, here.get(room_id, [])) for room_id, number, state in db.execute(
        "SELECT id, number, state FROM room ORDER BY floor, length(number), number")]


def _condition(text: str) -> tuple[str, list[str]]:
    """The WHERE of the bench's keystrokes: part of a name (not digits), part of the ID or
    the phone, or the start of the current room number (digits)."""
    if not text:
        return "1", []
    if text.isdigit():
        return ("(instr(g.id_number, ?) OR instr(g.phone, ?) OR s.id IN (SELECT a.stay_id FROM "
                "roomassignment a JOIN room r ON r.id = a.room_id WHERE a.end_at IS NULL AND "
                "r.number LIKE ? || '%'))", [text, text, text])
    return "instr(g.full_name, ?)", [text]


def search(db: sqlite3.Connection, text: str, limit: int = 200) -> tuple[list[tuple], int]:
    """The first page of matches (the stays ``text`` names exactly first, then in quarantine,
    expected, the rest, newest arrival first) with their name, ID, phone and last room, and
    how many match in all."""
    where, args = _condition(text)
    exact: list[int] = []
    if re.fullmatch(r"[0-9A-Za-z]+", text):
        exact = [stay_id for stay_id, in db.execute(
            "SELECT s.id FROM stay s WHERE s.id IN (SELECT a.stay_id FROM roomassignment a "
            "JOIN room r ON r.id = a.room_id WHERE a.end_at IS NULL AND r.number = ?) OR "
            f"s.guest_id IN (SELECT id FROM guest WHERE id_number = ?) {_ORDER} LIMIT 20",
            (text, text))]
    columns = f"s.id, g.full_name, g.id_number, g.phone, s.status, {_LAST_ROOM}"
    named = ",".join(map(str, exact)) or "0"
    first = db.execute(f"SELECT {columns} FROM stay s JOIN guest g ON g.id = s.guest_id "
                       f"WHERE s.id IN ({named}) {_ORDER}").fetchall()
    rest = db.execute(f"SELECT {columns} FROM stay s JOIN guest g ON g.id = s.guest_id "
                      f"WHERE {where} AND s.id NOT IN ({named}) {_ORDER} LIMIT ?",
                      (*args, limit - len(first))).fetchall()
    count = db.execute(f"SELECT count(*) FROM stay s JOIN guest g ON g.id = s.guest_id "
                       f"WHERE {where}", args).fetchone()[0]
    return first + rest, count
