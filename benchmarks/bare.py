"""The floors the benchmark table measures the desk against: the same work done as plainly as
it can be done, in the same run, on the same machine (benchmarks/run.py, bench_board_search.py).

Data operations are written against bare ``sqlite3`` on the same file (the desk's schema and
indexes, no ORM, no services, no audit beyond the row it needs); the forms against bare
ReportLab (one canvas, the same font, the same text); imports against one ``executemany``.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from quarantine_desk.domain.paper_records import HandoverData


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def release_facts(path: Path, now: datetime) -> int:
    """Every stay in quarantine with the facts of the five criteria (readings of the last 48
    hours, samples and results, destination, open alerts), judged by the shortest code: the
    count of stays that pass."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stays = db.execute(
            "SELECT s.id, s.planned_release, d.suitable, d.handed_to_authority FROM stay s "
            "JOIN guest g ON g.id = s.guest_id "
            "LEFT JOIN roomassignment a ON a.stay_id = s.id AND a.end_at IS NULL "
            "LEFT JOIN destinationcheck d ON d.stay_id = s.id "
            "WHERE s.status = 'in_quarantine'").fetchall()
        ids = "SELECT id FROM stay WHERE status = 'in_quarantine'"
        since = stamp(now - timedelta(hours=48))
        readings: dict[int, list[tuple[str, float]]] = defaultdict(list)
        for stay_id, taken, celsius in db.execute(
                f"SELECT stay_id, taken_at, celsius FROM reading WHERE stay_id IN ({ids}) "
                "AND taken_at >= ? AND taken_at <= ? AND voided_at IS NULL",
                (since, stamp(now))):
            readings[stay_id].append((taken, celsius))
        latest: dict[int, tuple[str, str]] = {}
        for stay_id, sampled, result in db.execute(
                f"SELECT stay_id, sampled_at, result FROM labtest WHERE stay_id IN ({ids}) "
                "AND sampled_at IS NOT NULL AND sampled_at <= ?", (stamp(now),)):
            if stay_id not in latest or sampled > latest[stay_id][0]:
                latest[stay_id] = (sampled, result)
        alerts = {row[0] for row in db.execute(
            f"SELECT stay_id FROM alert WHERE stay_id IN ({ids}) AND status <> 'resolved'")}
    finally:
        db.close()
    day = now.date().isoformat()
    within = stamp(now - timedelta(hours=24))
    passing = 0
    for stay_id, planned, suitable, handed in stays:
        taken = readings.get(stay_id, [])
        passing += (planned <= day and any(t >= within for t, _ in taken)
                    and all(c < 37.3 for _, c in taken)
                    and latest.get(stay_id, ("", ""))[1] == "negative"
                    and bool(suitable or handed) and stay_id not in alerts)
    return passing


def save_reading(path: Path, stay_id: int, taken: datetime, actor: str) -> None:
    """One reading and its audit row, committed (WAL, synchronous FULL as the desk sets)."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA synchronous = FULL")
        db.execute("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, "
                   "entered_by, entered_at, voided_by, void_reason) "
                   "VALUES (?, ?, 36.6, 'forehead', '', ?, ?, '', '')",
                   (stay_id, stamp(taken), actor, stamp(taken)))
        db.execute("INSERT INTO auditevent (at, actor, action, entity, entity_id, after) "
                   "VALUES (?, ?, 'reading.add', 'reading', last_insert_rowid(), '{}')",
                   (stamp(taken), actor))
        db.commit()
    finally:
        db.close()


def import_readings(path: Path, rows: list[tuple[int, str]]) -> None:
    """(stay, moment) readings in one ``executemany`` and one commit, nothing checked."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA synchronous = FULL")
        db.executemany("INSERT INTO reading (stay_id, taken_at, celsius, method, symptoms, "
                       "entered_by, voided_by, void_reason) "
                       "VALUES (?, ?, 36.6, 'forehead', '', 'bench', '', '')", rows)
        db.commit()
    finally:
        db.close()


def remove_readings(path: Path, rows: list[tuple[int, str]]) -> None:
    """Take the floor's readings out again, so the site stays as the desk left it."""
    db = sqlite3.connect(path)
    try:
        db.executemany("DELETE FROM reading WHERE stay_id = ? AND taken_at = ? "
                       "AND entered_by = 'bench'", rows)
        db.commit()
    finally:
        db.close()


def forms(out: Path, items: list[HandoverData], font_file: Path) -> None:
    """The forms' text on one canvas, a page each, in the desk's font: no tables, no layout."""
    pdfmetrics.registerFont(TTFont("BareCJK", str(font_file)))
    canvas = Canvas(str(out))
    for item in items:
        canvas.setFont("BareCJK", 10)
        lines = [item.site.name, item.serial, item.person.full_name, item.person.id_number,
                 item.person.phone, item.person.home_address, item.stay.category_label,
                 str(item.stay.arrival), str(item.stay.release_date), item.stay.room]
        lines += [f"{t.sampled_at} {t.kind_label} {t.result_label} {t.sample_no}"
                  for t in item.tests]
        lines += [f"{r.taken_at} {r.celsius}" for r in item.temperatures.last_readings]
        lines += [item.destination.address, item.destination.community,
                  item.destination.grid_worker, *item.next_steps.duties]
        for row, text in enumerate(lines):
            canvas.drawString(40, 800 - 14 * row, text)
        for row in range(30):
            canvas.line(30, 810 - 20 * row, 560, 810 - 20 * row)
        canvas.showPage()
    canvas.save()


# --- the room board and a search keystroke: the same rows as the desk's ----------------------

_ORDER = ("ORDER BY CASE s.status WHEN 'in_quarantine' THEN 0 WHEN 'expected' THEN 1 ELSE 2 END,"
          " coalesce(s.arrival_at, s.expected_at) DESC, s.id DESC")
_LAST_ROOM = ("(SELECT r.number FROM roomassignment a JOIN room r ON r.id = a.room_id"
              " WHERE a.stay_id = s.id ORDER BY a.start_at DESC, a.id DESC LIMIT 1)")


def room_board(db: sqlite3.Connection, on: date, now: datetime) -> list[tuple]:
    """Every room in board order, each with its occupants as (stay id, name, day of stay,
    highest reading of the last 48 hours, any positive test, open alert kinds) and the inputs
    of the other badges (planned release, birth date, conditions, pregnant, incomplete)."""
    open_ids = "SELECT stay_id FROM roomassignment WHERE end_at IS NULL"
    hottest = dict(db.execute(
        f"SELECT stay_id, max(celsius) FROM reading WHERE stay_id IN ({open_ids}) AND "
        "taken_at >= ? AND taken_at <= ? AND voided_at IS NULL GROUP BY stay_id",
        (stamp(now - timedelta(hours=48)), stamp(now))).fetchall())
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
