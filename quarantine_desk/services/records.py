"""Plain, frozen copies of table rows: what the window, the command line and the documents read.

A table row handed out of the core stays tied to the session that loaded it (lazy loads,
expiry on commit, writes that slip into the next flush), and it carries columns the faces must
not see, such as password hashes. The services copy rows into these records at the door
instead. Field names are the columns' names, so a face reads ``record.full_name`` as before;
``tests/test_layers.py`` checks that no table row reaches a face.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar

R = TypeVar("R")


def copy_row(record_type: type[R], row: Any) -> R:
    """The record of ``record_type`` holding ``row``'s values of the same names."""
    return record_type(**{f.name: getattr(row, f.name)
                          for f in fields(record_type)})  # type: ignore[arg-type]


@dataclass(frozen=True)
class GuestDetails:
    """Who the guest is, as registered (``version`` for optimistic-lock editing)."""

    id: int | None
    full_name: str
    id_type: str
    id_number: str
    sex: str | None
    birth_date: date | None
    phone: str
    home_address: str
    work_unit: str
    notes: str
    incomplete: bool
    version: int


@dataclass(frozen=True)
class StayDetails:
    """One stay at the site: its category, dates, status and release, as recorded."""

    id: int | None
    guest_id: int
    policy_id: int
    category: str
    status: str
    arrival_at: datetime | None
    expected_at: datetime | None
    origin: str
    batch: str
    household: str
    community: str
    exposure_date: date | None
    basis_date: date
    planned_release: date
    exit_at: datetime | None
    exit_reason: str
    released_by: str
    release_serial: str | None
    notes: str
    version: int


@dataclass(frozen=True)
class HealthDetails:
    """A guest's health record (conditions separated by ";")."""

    id: int | None
    guest_id: int
    conditions: str
    medication: str
    allergies: str
    pregnant: bool
    vaccination_doses: int | None
    psychological: str
    needs: str
    notes: str
    version: int


@dataclass(frozen=True)
class AlertRecord:
    """An alert as stored; its summary in the reader's language comes separately."""

    id: int | None
    stay_id: int
    kind: str
    status: str
    opened_at: datetime
    summary: str
    reading_id: int | None
    test_id: int | None
    escalated_to: str
    resolved_at: datetime | None
    resolution: str


@dataclass(frozen=True)
class AlertActionRecord:
    """One step taken on an alert: who, when, what, with the note written."""

    id: int | None
    alert_id: int
    at: datetime
    by: str
    action: str
    note: str
    reading_id: int | None
    test_id: int | None


@dataclass(frozen=True)
class FollowUpRecord:
    """A follow-up call to a key person."""

    id: int | None
    stay_id: int
    at: datetime
    by: str
    summary: str
    needs: str


@dataclass(frozen=True)
class SiteRecord:
    """The site's particulars for headings and papers."""

    id: int | None
    name: str
    address: str
    code: str
    phone: str
    opened_on: date | None
    language: str


@dataclass(frozen=True)
class RoomRecord:
    """A room of the site as stored (its state, capacity and notes)."""

    id: int | None
    number: str
    floor: int
    kind: str
    capacity: int
    state: str
    note: str
    version: int
