"""The tables of DESIGN.md §4.

Rows that people edit concurrently from several desks (guest, stay, health record, room) carry a
``version`` column used for optimistic locking: a stale update raises ``StaleDataError``, which
the services turn into "changed by someone else".

What must hold whichever desk writes is the database's to guarantee (migration 0005): the partial
unique indexes below (one open room per stay, one reading per stay and moment, one test per sample
number) and triggers the models cannot declare (a room never holds more guests than its capacity;
audit events are never updated or deleted).
"""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlalchemy import Column, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# Every table of the schema is known once models are imported (migrations are compared to it).
from quarantine_desk.store.change_counters import ChangeCounter  # noqa: F401

# Times are the site's local wall-clock time, stored naive: the desk works in one time zone.


def _partial_unique(name: str, *columns: str, where: str) -> Index:
    """A unique index over the rows ``where`` holds, the same on SQLite and PostgreSQL."""
    return Index(name, *columns, unique=True, sqlite_where=text(where),
                 postgresql_where=text(where))


def _version_column() -> Column:
    return Column("version", Integer, nullable=False, default=1)


_ROOM_VERSION = _version_column()
_GUEST_VERSION = _version_column()
_STAY_VERSION = _version_column()
_HEALTH_VERSION = _version_column()

#: Search rank of a stay's status: in quarantine first, then expected, then the rest.
STAY_SEARCH_RANK_SQL = (
    "(CASE status WHEN 'in_quarantine' THEN 0 WHEN 'expected' THEN 1 ELSE 2 END)"
)


class Site(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    address: str = ""
    code: str = ""
    phone: str = ""
    opened_on: date | None = None
    language: str = "zh"


class Room(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True, unique=True)
    floor: int = Field(index=True)
    kind: str = "single"
    capacity: int = 1
    state: str = Field(default="available", index=True)
    note: str = ""
    version: int = Field(default=1, sa_column=_ROOM_VERSION)

    __mapper_args__ = {"version_id_col": _ROOM_VERSION}


class PolicyVersion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    effective_from: date = Field(index=True)
    data: str  # JSON of domain.policy.Policy.to_dict()
    created_at: NaiveDatetime
    created_by: str = ""


class Guest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str = Field(index=True)
    id_type: str = "resident_id"
    id_number: str = Field(index=True)
    sex: str | None = None
    birth_date: date | None = None
    phone: str = Field(default="", index=True)
    home_address: str = ""
    work_unit: str = ""
    notes: str = ""
    incomplete: bool = False
    version: int = Field(default=1, sa_column=_GUEST_VERSION)

    __mapper_args__ = {"version_id_col": _GUEST_VERSION}

    # The fields a search keystroke compares on every guest, so that pass reads this index only.
    __table_args__ = (UniqueConstraint("id_type", "id_number", name="uq_guest_document"),
                      Index("ix_guest_search_fields", "id_number", "phone", "full_name"))


class Stay(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    guest_id: int = Field(foreign_key="guest.id", index=True)
    policy_id: int = Field(foreign_key="policyversion.id")
    category: str
    status: str = Field(default="in_quarantine", index=True)
    arrival_at: NaiveDatetime | None = Field(default=None, index=True)
    expected_at: NaiveDatetime | None = None
    origin: str = ""
    batch: str = Field(default="", index=True)
    household: str = ""
    community: str = ""
    exposure_date: date | None = None
    basis_date: date
    planned_release: date = Field(index=True)
    exit_at: NaiveDatetime | None = Field(default=None, index=True)
    exit_reason: str = ""
    released_by: str = ""
    release_serial: str | None = Field(default=None, unique=True)
    notes: str = ""
    version: int = Field(default=1, sa_column=_STAY_VERSION)

    __mapper_args__ = {"version_id_col": _STAY_VERSION}

    # The order guest search lists stays in (in quarantine, expected, the rest; newest arrival
    # first), so a keystroke reads the first page off this index instead of sorting every stay.
    # The query must spell these expressions the same way (services.guest_search.SEARCH_ORDER).
    __table_args__ = (
        Index("ix_stay_search_order", text(STAY_SEARCH_RANK_SQL),
              text("coalesce(arrival_at, expected_at) DESC"), text("id DESC")),
    )


class RoomAssignment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    room_id: int = Field(foreign_key="room.id", index=True)
    start_at: NaiveDatetime
    end_at: NaiveDatetime | None = Field(default=None, index=True)
    reason: str = ""

    # A stay is in one room at a time: at most one open assignment each.
    __table_args__ = (_partial_unique("ux_roomassignment_open_stay", "stay_id",
                                      where="end_at IS NULL"),)


class DestinationCheck(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", unique=True)
    address: str = ""
    street: str = ""
    community: str = ""
    grid_worker: str = ""
    grid_phone: str = ""
    verified_by: str = ""
    verified_at: NaiveDatetime | None = None
    suitable: bool | None = None
    handed_to_authority: bool = False
    transfer_plate: str = ""
    escort: str = ""
    escort_phone: str = ""
    notified_by: str = ""
    notified_at: NaiveDatetime | None = None
    note: str = ""


class HealthRecord(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    guest_id: int = Field(foreign_key="guest.id", unique=True)
    conditions: str = ""  # items separated by ";"
    medication: str = ""
    allergies: str = ""
    pregnant: bool = False
    vaccination_doses: int | None = None
    psychological: str = ""
    needs: str = ""
    notes: str = ""
    version: int = Field(default=1, sa_column=_HEALTH_VERSION)

    __mapper_args__ = {"version_id_col": _HEALTH_VERSION}


class Reading(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id")
    taken_at: NaiveDatetime
    celsius: float
    method: str = "forehead"
    symptoms: str = ""
    entered_by: str = ""
    entered_at: NaiveDatetime | None = None
    voided_at: NaiveDatetime | None = None
    voided_by: str = ""
    void_reason: str = ""

    # A reading is stored once per stay and moment; a voided one may be replaced.
    __table_args__ = (Index("ix_reading_stay_taken", "stay_id", "taken_at"),
                      Index("ix_reading_taken", "taken_at"),
                      _partial_unique("ux_reading_stay_moment", "stay_id", "taken_at",
                                      where="voided_at IS NULL"))


class LabTest(SQLModel, table=True):
    __tablename__ = "labtest"

    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    kind: str = "pcr"
    sample_no: str = Field(default="", index=True)
    scheduled_for: date | None = Field(default=None, index=True)
    sampled_at: NaiveDatetime | None = Field(default=None, index=True)
    lab: str = ""
    result: str = Field(default="pending", index=True)
    ct_orf1ab: float | None = None
    ct_n: float | None = None
    reported_at: NaiveDatetime | None = None
    entered_by: str = ""
    reason: str = ""  # why an extra test was scheduled

    # A sample number names one tube; a blank one (an antigen self-test) may repeat.
    # The board's "any positive test" per stay is answered by ``ix_labtest_stay_result`` alone.
    __table_args__ = (_partial_unique("ux_labtest_sample_no", "sample_no",
                                      where="sample_no <> ''"),
                      Index("ix_labtest_stay_result", "stay_id", "result"))


class Alert(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    kind: str
    status: str = Field(default="open", index=True)
    opened_at: NaiveDatetime
    summary: str = ""
    reading_id: int | None = Field(default=None, foreign_key="reading.id")
    test_id: int | None = Field(default=None, foreign_key="labtest.id")
    escalated_to: str = ""
    resolved_at: NaiveDatetime | None = None
    resolution: str = ""


class AlertAction(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    at: NaiveDatetime
    by: str
    action: str
    note: str = ""
    reading_id: int | None = Field(default=None, foreign_key="reading.id")  # a finding's source
    test_id: int | None = Field(default=None, foreign_key="labtest.id")


class FollowUpCall(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    at: NaiveDatetime
    by: str
    summary: str = ""
    needs: str = ""


class Staff(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True)
    display_name: str = ""
    role: str
    phone: str = ""
    password_hash: str
    active: bool = True
    failed_attempts: int = 0
    locked_until: NaiveDatetime | None = None
    on_duty: bool = False

    # Usernames are one whatever the case they are typed in (DESIGN.md §5): CaoLiJuan is
    # caolijuan, so the database refuses a second spelling of a name (migration 0004).
    __table_args__ = (Index("ux_staff_username_lower", text("lower(username)"), unique=True),)


class AuditEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: NaiveDatetime = Field(index=True)
    actor: str = Field(index=True)
    action: str
    entity: str
    entity_id: int | None = None
    guest_id: int | None = Field(default=None, index=True)
    before: str | None = None  # JSON
    after: str | None = None  # JSON

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class SerialCounter(SQLModel, table=True):
    """Never-reused serial numbers (handover forms), one row per series and year."""

    series: str = Field(primary_key=True)
    last: int = 0

