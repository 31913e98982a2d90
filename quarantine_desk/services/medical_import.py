"""Importing temperature readings and a lab's results from a spreadsheet (DESIGN.md §5).

A row that cannot be used (unknown ID, room or sample, unreadable time, a temperature outside
the plausible range of the guest's policy, an implausible sampling time, unknown kind or
result, a NUL character) is skipped and reported with its spreadsheet row number; the others
are saved. Every row is checked before anything of it is written, so a refused row leaves
nothing behind, and the whole import is the caller's one transaction. The rows are looked up
and written together (issue 16), not one round trip each, with the same checks, audit events
and alerts as typing them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from quarantine_desk.domain.identity import normalise_id_number
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_text,
    parse_celsius,
    parse_datetime,
    parse_decimal,
    parse_test_kind,
    parse_test_result,
    split_list,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Named
from quarantine_desk.domain.text import translate
from quarantine_desk.services import (
    audit,
    labtests,
    policies,
    readings,
    results_batch,
    stay_lookup,
)
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ServiceError, ValidationFailed
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.tabular import (
    READING_FIELDS,
    RESULT_FIELDS,
    Sheet,
    SheetRow,
    read_table,
)


def _tr(text: str) -> str:
    return translate("medical_import", text)


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` document of DESIGN.md §5/§6."""
        return {"imported": self.imported,
                "skipped": [{"row": row, "reason": reason} for row, reason in self.skipped]}


class _Skip(Exception):
    """This row cannot be used; the message is the reason reported for it."""


def _text(row: SheetRow, name: str) -> str:
    return clean_text(row.values.get(name))


def _column(fields: dict[str, tuple[str, ...]], name: str) -> str:
    """A column as the user may write it: ``taken_at (测量时间)``."""
    chinese = next((spelling for spelling in fields[name] if not spelling.isascii()), "")
    return f"{name} ({chinese})" if chinese else name


def _sheet(path: Path, fields: dict[str, tuple[str, ...]], required: tuple[str, ...],
           one_of: tuple[str, str]) -> Sheet:
    """Read the file; refuse it whole when a needed column is absent."""
    sheet = read_table(path, fields, required=(*required, *one_of))
    missing = [_column(fields, name) for name in sheet.missing_columns if name in required]
    if set(one_of) <= set(sheet.missing_columns):
        missing.append(_tr("{a} or {b}").format(a=_column(fields, one_of[0]),
                                                b=_column(fields, one_of[1])))
    if missing:
        raise ValidationFailed(
            _tr("{file} has no column {columns}: add it to the header row").format(
                file=Path(path).name, columns=", ".join(missing))
        )
    return sheet


def _datetime(row: SheetRow, name: str, what: str) -> datetime:
    value = row.values.get(name)
    if value is None or not clean_text(value):
        raise _Skip(_tr("{what} is missing").format(what=what))
    try:
        return parse_datetime(value)
    except ParseError as exc:
        raise _Skip(_tr("{what}: {error}").format(what=what, error=exc)) from exc


# --- readings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ReadingRow:
    index: int  # in the sheet's rows
    celsius: object  # the cell as written: its range is the policy of the guest's stay
    taken_at: datetime
    id_number: str  # normalised; empty when the row names a room
    room: str
    symptoms: tuple[str, ...]


def _reading_row(index: int, row: SheetRow) -> _ReadingRow:
    if not _text(row, "celsius"):
        raise _Skip(_tr("the temperature is missing"))
    celsius = row.values["celsius"]
    parse_celsius(celsius, plausible=None)  # a number at least, whoever the guest is
    taken_at = _datetime(row, "taken_at", _tr("measuring time"))
    id_number, room = _text(row, "id_number"), _text(row, "room")
    if not id_number and not room:
        raise _Skip(_tr("neither an ID number nor a room is given"))
    return _ReadingRow(index, celsius, taken_at, normalise_id_number(id_number) if id_number
                       else "", room, tuple(split_list(row.values.get("symptoms"))))


def import_readings(session: Session, actor: Actor, path: Path,
                    now: datetime | None = None) -> ImportReport:
    """Readings by ``id_number`` or ``room`` with ``taken_at``, ``celsius`` and optional
    ``symptoms``; a fever among them opens an alert as if typed at the desk.

    The rows' stays are looked up together and the readings saved by
    :func:`readings.record_readings`, so the cost follows the rows, not the history."""
    require(actor, Permission.READINGS)
    now = now or datetime.now().replace(microsecond=0)
    sheet = _sheet(path, READING_FIELDS, ("taken_at", "celsius"), ("id_number", "room"))
    serialize(session)  # the file is read: now the turn to write
    reasons: dict[int, str] = {}
    wanted: list[_ReadingRow] = []
    for index, row in enumerate(sheet.rows):
        if row.problem:
            reasons[index] = row.problem
            continue
        try:
            wanted.append(_reading_row(index, row))
        except (_Skip, ParseError) as exc:
            reasons[index] = str(exc)
    by_id = stay_lookup.active_by_id_number(session, {w.id_number for w in wanted
                                                      if w.id_number})
    by_room = stay_lookup.active_in_rooms(session, {w.room for w in wanted if not w.id_number})
    entries, entry_rows = [], []
    plausible: dict[int, tuple[float, float]] = {}
    for w in wanted:
        stay = by_id[w.id_number] if w.id_number else by_room[w.room]
        if isinstance(stay, ServiceError):
            reasons[w.index] = str(stay)
            continue
        if stay.policy_id not in plausible:
            plausible[stay.policy_id] = policies.policy_by_id(
                session, stay.policy_id).plausible_celsius
        try:  # the value as written in the refusal, within the range of the stay's policy
            celsius = parse_celsius(w.celsius, plausible[stay.policy_id])
        except ParseError as exc:
            reasons[w.index] = str(exc)
            continue
        entries.append(readings.ReadingEntry(stay_id=stay.id, celsius=celsius,
                                             taken_at=w.taken_at, symptoms=w.symptoms))
        entry_rows.append(w.index)
    for index, reason in zip(entry_rows, readings.record_readings(session, actor, entries, now),
                             strict=True):
        if reason is not None:
            reasons[index] = reason
    report = ImportReport(imported=len(sheet.rows) - len(reasons),
                          skipped=[(sheet.rows[i].row, reasons[i]) for i in sorted(reasons)])
    audit.record(session, actor, "import.readings", "reading", None,
                 after={"file": Path(path).name} | report.to_json(), at=now)
    return report


# --- results -----------------------------------------------------------------------------------


def _ct(row: SheetRow, name: str) -> float | None:
    """A Ct cell: ``25.3`` or, as lab software set up for Europe writes it, ``25,3``."""
    value = row.values.get(name)
    if not _text(row, name):
        return None
    try:
        return float(parse_decimal(value))
    except ParseError as exc:
        raise _Skip(_tr("Ct value: {problem}").format(problem=exc)) from exc


def _result_row(row: SheetRow, kinds: tuple[Named, ...]) -> results_batch.ResultRow:
    """A results row's cells read, in the order their refusals are reported; ``kinds`` are
    the test kinds of every policy version (each stay then checks its own)."""
    result = parse_test_result(row.values.get("result"))
    kind = parse_test_kind(row.values["kind"], kinds) if _text(row, "kind") else None
    sampled_at = (_datetime(row, "sampled_at", _tr("sampling time"))
                  if _text(row, "sampled_at") else None)
    reported_at = (_datetime(row, "reported_at", _tr("report time"))
                   if _text(row, "reported_at") else None)
    ct_orf1ab, ct_n = _ct(row, "ct_orf1ab"), _ct(row, "ct_n")
    id_number = _text(row, "id_number")
    return results_batch.ResultRow(
        result=result, kind=kind, sampled_at=sampled_at, reported_at=reported_at,
        ct_orf1ab=ct_orf1ab, ct_n=ct_n,
        sample_no=labtests.normalise_sample_no(row.values.get("sample_no")),
        id_number=id_number, id_normalised=normalise_id_number(id_number) if id_number else "",
        lab=_text(row, "lab"))


def import_results(session: Session, actor: Actor, path: Path,
                   now: datetime | None = None) -> ImportReport:
    """A lab's results by ``sample_no`` or ``id_number``: a known sample is updated, otherwise
    a sampled test is created for the guest's stay; a positive raises the alarm.

    The rows are applied by :func:`results_batch.apply`, against the tests and stays of the
    whole file looked up at once, so the cost follows the rows, not the history."""
    require(actor, Permission.TESTS)
    now = now or datetime.now().replace(microsecond=0)
    sheet = _sheet(path, RESULT_FIELDS, ("kind", "result"), ("id_number", "sample_no"))
    serialize(session)  # the file is read: now the turn to write
    reasons: dict[int, str] = {}
    wanted: list[tuple[int, results_batch.ResultRow]] = []
    kinds = policies.test_kinds_of_all_versions(session)
    for index, row in enumerate(sheet.rows):
        if row.problem:
            reasons[index] = row.problem
            continue
        try:
            wanted.append((index, _result_row(row, kinds)))
        except (_Skip, ParseError) as exc:
            reasons[index] = str(exc)
    applied = results_batch.apply(session, actor, [w for _, w in wanted], now)
    for (index, _), reason in zip(wanted, applied, strict=True):
        if reason is not None:
            reasons[index] = reason
    report = ImportReport(imported=len(sheet.rows) - len(reasons),
                          skipped=[(sheet.rows[i].row, reasons[i]) for i in sorted(reasons)])
    audit.record(session, actor, "import.results", "labtest", None,
                 after={"file": Path(path).name} | report.to_json(), at=now)
    return report
