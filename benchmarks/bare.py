"""The floors the benchmark table measures the desk against: the same work done as plainly as
it can be done, in the same run, on the same machine (benchmarks/run.py).

Data operations are written against bare ``sqlite3`` on the same file (the desk's schema and
indexes, no ORM, no services, no audit beyond the row it needs); the forms against bare
ReportLab (one canvas, the same font, the same text); imports against one ``executemany``.
"""

from __future__ import annotations

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


def today_of(path: Path) -> date:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (latest,) = db.execute("SELECT max(at) FROM auditevent").fetchone()
    finally:
        db.close()
    return datetime.fromisoformat(latest).date()
