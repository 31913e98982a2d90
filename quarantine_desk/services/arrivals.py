"""Importing an arrival list (DESIGN.md §6): spreadsheet rows to check-ins, bad rows reported.

The file is read into raw cells by :mod:`services.tabular`; each row is parsed here into an
:class:`ArrivalInput` (lenient about how people type dates, phones and categories) and the rows
that parse are registered by :func:`services.checkin.check_in_arrivals` in the caller's
transaction, so the whole list is written at once or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session

from quarantine_desk.domain.identity import normalise_id_number
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_name,
    clean_text,
    normalise_phone,
    parse_date,
    parse_datetime,
    parse_id_type,
    parse_sex,
    split_list,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services.checkin import ArrivalInput, ArrivalOutcome, check_in_arrivals
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.tabular import ARRIVAL_FIELDS, SheetRow, column_label, read_table

REQUIRED_COLUMNS = ("name", "id_number", "category")
T = TypeVar("T")


def _tr(text: str) -> str:
    return translate("arrivals", text)


@dataclass(frozen=True)
class SkippedRow:
    row: int  # spreadsheet row number, the header is row 1
    reason: str


@dataclass
class ArrivalImportReport:
    imported: int
    skipped: list[SkippedRow] = field(default_factory=list)
    outcomes: list[ArrivalOutcome] = field(default_factory=list)  # registered rows and refusals

    def to_dict(self) -> dict[str, object]:
        """The ``--json`` document of §6."""
        return {"imported": self.imported,
                "skipped": [{"row": s.row, "reason": s.reason} for s in self.skipped]}


def _text(value: object) -> str:
    """A cell as one line of text; whole numbers from Excel (room 201.0, phone 1.39e10) lose
    the ``.0``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(clean_text(value).split())


def _field(values: dict[str, object], name: str) -> object:
    value = values.get(name)
    return None if isinstance(value, str) and not value.strip() else value


def _parsed(values: dict[str, object], name: str, parser: Callable[[object], T]) -> T | None:
    """The parsed cell, None when empty; a cell that cannot be read names its column."""
    value = _field(values, name)
    if value is None:
        return None
    try:
        return parser(value)
    except ParseError as exc:
        raise ValidationFailed(
            _tr("{column}: {problem}").format(column=column_label(name), problem=exc)
        ) from exc


def parse_row(row: SheetRow) -> ArrivalInput:
    """One spreadsheet row as an arrival; raises ValidationFailed naming the bad column."""
    values = row.values
    if row.problem:
        raise ValidationFailed(row.problem)
    name = _parsed(values, "name", lambda v: clean_name(_text(v)))
    if not name:
        raise ValidationFailed(_tr("name is missing"))
    raw_id = _field(values, "id_number")
    if isinstance(raw_id, int | float) and not isinstance(raw_id, bool) and abs(raw_id) >= 1e15:
        # Excel keeps 15 significant digits: an 18-digit ID typed as a number is already wrong
        # (a 15-digit one is whole, and is refused later as the old form of resident ID).
        raise ValidationFailed(_tr(
            "ID number was saved as a number in Excel and lost its last digits: format the "
            "证件号码 column as text and type the number again"))
    id_number = normalise_id_number(_text(raw_id))
    if not id_number:
        raise ValidationFailed(_tr("ID number is missing"))
    category = clean_text(_field(values, "category"))  # checked against the policy in force
    if not category:
        raise ValidationFailed(_tr("category is missing"))
    return ArrivalInput(
        full_name=name,
        id_number=id_number,
        category=category,
        id_type=_parsed(values, "id_type", lambda v: parse_id_type(_text(v))),
        sex=_parsed(values, "sex", lambda v: parse_sex(_text(v))),
        birth_date=_parsed(values, "birth_date", parse_date),
        phone=_parsed(values, "phone", lambda v: normalise_phone(_text(v))) or "",
        exposure_date=_parsed(values, "exposure_date", parse_date),
        arrival_at=_parsed(values, "arrival", parse_datetime),
        room=_text(_field(values, "room")),
        household=_text(_field(values, "household")),
        batch=_text(_field(values, "batch")),
        origin=_text(_field(values, "origin")),
        home_address=_text(_field(values, "home_address")),
        community=_text(_field(values, "community")),
        conditions=split_list(_field(values, "conditions")),
        notes=clean_text(_field(values, "notes")),
        ref=row.row,
    )


def read_arrivals(path: Path) -> tuple[list[ArrivalInput], list[SkippedRow]]:
    """Parse the list; a file that is not an arrival list raises one ValidationFailed."""
    path = Path(path)
    sheet = read_table(path, ARRIVAL_FIELDS, required=REQUIRED_COLUMNS)
    if sheet.missing_columns:
        raise ValidationFailed(
            _tr("{file} has no column {columns}: add it to the header row").format(
                file=path.name,
                columns=", ".join(column_label(c) for c in sheet.missing_columns),
            )
        )
    arrivals: list[ArrivalInput] = []
    skipped: list[SkippedRow] = []
    for row in sheet.rows:
        try:
            arrivals.append(parse_row(row))
        except ValidationFailed as exc:
            skipped.append(SkippedRow(row.row, str(exc)))
    return arrivals, skipped


def import_arrivals(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None
) -> ArrivalImportReport:
    """Register and check in every row of the list that can be; report the others by row.

    Runs in the caller's transaction: commit to keep the list, roll back for a dry run.
    """
    require(actor, Permission.CHECK_IN)
    arrivals, skipped = read_arrivals(path)
    outcomes = check_in_arrivals(session, actor, arrivals, now=now)
    skipped.extend(SkippedRow(o.ref, o.reason) for o in outcomes if not o.ok)
    skipped.sort(key=lambda s: s.row)
    return ArrivalImportReport(
        imported=sum(1 for o in outcomes if o.ok), skipped=skipped, outcomes=outcomes
    )
