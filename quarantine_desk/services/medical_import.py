"""Importing temperature readings and a lab's results from a spreadsheet (DESIGN.md §5).

A row that cannot be used (unknown ID, room or sample, unreadable time, implausible
temperature or sampling time, unknown kind or result, a NUL character) is skipped and
reported with its spreadsheet row number; the others are saved. Each row runs in a savepoint
so a refused row leaves nothing behind, and the whole import is the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from quarantine_desk.domain.enums import TestKind, TestResult
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
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, labtests, readings
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ServiceError, ValidationFailed
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.stays import (
    active_stay_for_id_number,
    active_stay_in_room,
    get_stay,
    guest_of,
)
from quarantine_desk.services.tabular import (
    READING_FIELDS,
    RESULT_FIELDS,
    Sheet,
    SheetRow,
    read_table,
)
from quarantine_desk.store.models import LabTest, Stay


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


def _run_rows(session: Session, sheet: Sheet, report: ImportReport,
              handle: Callable[[SheetRow], None]) -> None:
    for row in sheet.rows:
        if row.problem:
            report.skipped.append((row.row, row.problem))
            continue
        try:
            with session.begin_nested():
                handle(row)
        except (_Skip, ServiceError, ParseError) as exc:
            report.skipped.append((row.row, str(exc)))
        else:
            report.imported += 1


def _datetime(row: SheetRow, name: str, what: str) -> datetime:
    value = row.values.get(name)
    if value is None or not clean_text(value):
        raise _Skip(_tr("{what} is missing").format(what=what))
    try:
        return parse_datetime(value)
    except ParseError as exc:
        raise _Skip(_tr("{what}: {error}").format(what=what, error=exc)) from exc


# --- readings ----------------------------------------------------------------------------------


def _reading_stay(session: Session, row: SheetRow) -> Stay:
    id_number, room = _text(row, "id_number"), _text(row, "room")
    if id_number:
        return active_stay_for_id_number(session, id_number)
    if room:
        return active_stay_in_room(session, room)
    raise _Skip(_tr("neither an ID number nor a room is given"))


def import_readings(session: Session, actor: Actor, path: Path,
                    now: datetime | None = None) -> ImportReport:
    """Readings by ``id_number`` or ``room`` with ``taken_at``, ``celsius`` and optional
    ``symptoms``; a fever among them opens an alert as if typed at the desk."""
    require(actor, Permission.READINGS)
    now = now or datetime.now().replace(microsecond=0)
    sheet = _sheet(path, READING_FIELDS, ("taken_at", "celsius"), ("id_number", "room"))
    serialize(session)  # the file is read: now the turn to write
    report = ImportReport()

    def handle(row: SheetRow) -> None:
        if not _text(row, "celsius"):
            raise _Skip(_tr("the temperature is missing"))
        celsius = parse_celsius(row.values["celsius"])
        taken_at = _datetime(row, "taken_at", _tr("measuring time"))
        stay = _reading_stay(session, row)
        readings.record_reading(session, actor, stay.id or 0, celsius, taken_at=taken_at,
                                symptoms=split_list(row.values.get("symptoms")), now=now)

    _run_rows(session, sheet, report, handle)
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


def _find_test(session: Session, row: SheetRow, kind: TestKind | None,
               sampled_at: datetime | None) -> tuple[LabTest | None, Stay]:
    """The test a result row is about (None when it must be created) and its stay."""
    sample_no = labtests.normalise_sample_no(row.values.get("sample_no"))
    id_number = _text(row, "id_number")
    if sample_no:
        test = session.exec(select(LabTest).where(LabTest.sample_no == sample_no)).first()
        if test is not None:
            stay = get_stay(session, test.stay_id)
            guest = guest_of(session, stay)
            if id_number and normalise_id_number(id_number) != guest.id_number:
                raise _Skip(_tr("sample {no} belongs to {name}, not to ID number {number}")
                            .format(no=sample_no, name=guest.full_name, number=id_number))
            return test, stay
        if not id_number:
            raise _Skip(_tr("unknown sample number {no} and no ID number given").format(
                no=sample_no))
        return None, active_stay_for_id_number(session, id_number)
    if not id_number:
        raise _Skip(_tr("neither an ID number nor a sample number is given"))
    stay = active_stay_for_id_number(session, id_number)
    if kind is not None and sampled_at is not None:
        day = datetime.combine(sampled_at.date(), datetime.min.time())
        same_day = session.exec(
            select(LabTest).where(
                LabTest.stay_id == stay.id, LabTest.kind == kind.value,
                LabTest.sampled_at >= day,  # type: ignore[operator]
                LabTest.sampled_at < day + timedelta(days=1),  # type: ignore[operator]
            )
        ).all()
        if len(same_day) == 1:
            return same_day[0], stay
    return None, stay


def import_results(session: Session, actor: Actor, path: Path,
                   now: datetime | None = None) -> ImportReport:
    """A lab's results by ``sample_no`` or ``id_number``: a known sample is updated, otherwise
    a sampled test is created for the guest's stay; a positive raises the alarm."""
    require(actor, Permission.TESTS)
    now = now or datetime.now().replace(microsecond=0)
    sheet = _sheet(path, RESULT_FIELDS, ("kind", "result"), ("id_number", "sample_no"))
    serialize(session)  # the file is read: now the turn to write
    report = ImportReport()

    def handle(row: SheetRow) -> None:
        result = parse_test_result(row.values.get("result"))
        kind = parse_test_kind(row.values["kind"]) if _text(row, "kind") else None
        sampled_at = (_datetime(row, "sampled_at", _tr("sampling time"))
                      if _text(row, "sampled_at") else None)
        reported_at = (_datetime(row, "reported_at", _tr("report time"))
                       if _text(row, "reported_at") else None)
        ct_orf1ab, ct_n = _ct(row, "ct_orf1ab"), _ct(row, "ct_n")
        test, stay = _find_test(session, row, kind, sampled_at)
        if sampled_at is not None:
            labtests.check_sample_time(stay, sampled_at, now)
        if test is not None and kind is not None and test.kind != kind.value:
            raise _Skip(_tr("sample {no} is a {recorded} test, the file says {given}").format(
                no=test.sample_no, recorded=test.kind, given=kind.value))
        if test is None:
            if kind is None:
                raise _Skip(_tr("the test kind is missing: write pcr/核酸 or antigen/抗原"))
            if sampled_at is None:
                raise _Skip(_tr("sampling time is missing"))
            test = labtests.record_sample(
                session, actor, stay.id or 0, kind=kind,
                sample_no=labtests.normalise_sample_no(row.values.get("sample_no")),
                sampled_at=sampled_at, lab=_text(row, "lab"), now=now)
        if result is not TestResult.PENDING:
            labtests.record_result(session, actor, test.id or 0, result, ct_orf1ab=ct_orf1ab,
                                   ct_n=ct_n, reported_at=reported_at,
                                   lab=_text(row, "lab") or None, now=now)

    _run_rows(session, sheet, report, handle)
    audit.record(session, actor, "import.results", "labtest", None,
                 after={"file": Path(path).name} | report.to_json(), at=now)
    return report
