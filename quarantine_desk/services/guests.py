"""The Guests panel (DESIGN.md §8): search as you type, the guest's record, and editing it.

Search must answer a keystroke on 100,000 stays in well under 100 ms (§10): the page's stay
ids come off the ``ix_stay_search_order`` index (or, for rare text, from a filtered sort),
then one query reads those rows and one their rooms; never a query per row.

Edits use optimistic locking: the caller passes the version it showed the user; when someone
else saved the record meanwhile the edit is refused with :class:`ChangedElsewhere` carrying
both versions, and nothing is overwritten.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, literal_column, or_
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel, select

from quarantine_desk.domain.enums import Category, IdType, StayStatus
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    age_on,
    birth_from_resident_id,
    mask_id_number,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.domain.key_persons import key_person_flags, mentions_pregnancy
from quarantine_desk.domain.parsing import (
    ParseError,
    normalise_phone,
    parse_category,
    parse_date,
    parse_id_type,
    parse_sex,
    split_list,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import (
    basis_date,
    day_number,
    home_period,
    planned_release,
    required_test_dates,
)
from quarantine_desk.domain.text import translate
from quarantine_desk.services import alert_text, alerts, audit, checkin, events, policies
from quarantine_desk.services.board import all_policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ChangedElsewhere, NotFound, ValidationFailed
from quarantine_desk.services.stays import get_stay, room_history
from quarantine_desk.store.models import (
    STAY_SEARCH_RANK_SQL,
    Alert,
    AuditEvent,
    DestinationCheck,
    Guest,
    HealthRecord,
    LabTest,
    Reading,
    Room,
    RoomAssignment,
    Stay,
)

MAX_LIMIT = 1000
MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 2000
EARLIEST_BIRTH = date(1900, 1, 1)


def _tr(text: str) -> str:
    return translate("guests", text)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


# --- search ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuestRow:
    """One stay in the search results."""

    stay_id: int
    guest_id: int
    name: str
    id_number_masked: str
    id_number: str
    room: str  # the current room; for a stay that has ended, the last room it had
    phone: str
    category: str
    status: str
    arrival_at: datetime | None
    expected_at: datetime | None
    planned_release: date
    day: int | None  # day N of M, for stays in quarantine only
    of: int | None
    incomplete: bool


#: How many stays, in search order, the first try looks through (see :func:`_page_ids`).
SEARCH_HEAD = 5000

#: The search order; spelled exactly as the ``ix_stay_search_order`` index so SQLite can read
#: stays in this order off the index.
SEARCH_ORDER = (
    literal_column(STAY_SEARCH_RANK_SQL.replace("CASE status", "CASE stay.status")),
    func.coalesce(Stay.arrival_at, Stay.expected_at).desc(),
    Stay.id.desc(),  # type: ignore[union-attr]
)

#: The same order spelled differently, so that no index matches it and SQLite filters first,
#: then sorts what matched (see :func:`_page_ids`).
_SORTED_ORDER = (
    case((Stay.status == StayStatus.IN_QUARANTINE.value, 0),
         (Stay.status == StayStatus.EXPECTED.value, 1), else_=2),
    *SEARCH_ORDER[1:],
)


def _search_text(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _phone_digits(text: str) -> str:
    """The digits of what looks like a phone being typed (``138-0013``, ``+86 138``)."""
    if not re.fullmatch(r"\+?[\d\-()]+", text):
        return ""
    digits = re.sub(r"\D", "", text)
    return digits[2:] if text.startswith("+86") else digits


@dataclass(frozen=True)
class _Filter:
    """A search's conditions, kept apart so they can be applied two ways (see
    :func:`_page_ids`): on stay (status, category), on guest (name, ID, phone), on the current
    room. The text matches when any guest or room condition holds."""

    stay: tuple[Any, ...]
    guest: tuple[Any, ...]
    room: tuple[Any, ...]

    def joined(self, query):  # type: ignore[no-untyped-def]
        """Row by row, the guest joined: cheapest when few stays are looked at."""
        query = query.join(Guest, Guest.id == Stay.guest_id).where(*self.stay)  # type: ignore[arg-type]
        return query.where(or_(*self.guest, *self.room)) if self.guest or self.room else query

    def as_sets(self, query):  # type: ignore[no-untyped-def]
        """As sets of guest and stay ids: one pass over the guests, then only the stays of
        those that matched (by index) — cheapest when every stay has to be looked at."""
        query = query.where(*self.stay)
        if not (self.guest or self.room):
            return query
        guests = [Stay.guest_id.in_(select(Guest.id).where(or_(*self.guest)))] \
            if self.guest else []
        return query.where(or_(*guests, *self.room))


def _text_filter(text: str, dialect: str) -> tuple[list[Any], list[Any]]:
    """Part of the name, any part of the ID number (so also its last four), the start of the
    current room number, or part of the phone; only the fields the typed text could be part
    of are compared (digits are no name, a Chinese character is no phone)."""
    guest: list[Any] = []
    room: list[Any] = []
    if not text.isdigit():
        # SQLite's LIKE already ignores ASCII case; lower() on every row would double the cost.
        name = Guest.full_name.contains if dialect == "sqlite" else Guest.full_name.icontains  # type: ignore[attr-defined]
        guest.append(name(text, autoescape=True))
    if re.fullmatch(r"[0-9A-Za-z]+", text):
        guest.append(Guest.id_number.contains(text.upper(), autoescape=True))  # type: ignore[attr-defined]
    digits = _phone_digits(text)
    if digits:
        guest.append(Guest.phone.contains(digits, autoescape=True))  # type: ignore[attr-defined]
    if re.fullmatch(r"[0-9A-Za-z\-]+", text):
        current_rooms = (
            select(RoomAssignment.stay_id)
            .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
            .where(RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
                   Room.number.startswith(text, autoescape=True))  # type: ignore[attr-defined]
        )
        room.append(Stay.id.in_(current_rooms))  # type: ignore[union-attr]
    return guest, room


def _filter(session: Session, text: str, status: str | None, category: str | None) -> _Filter:
    stay: list[Any] = []
    if status:
        try:
            stay.append(Stay.status == StayStatus(status).value)
        except ValueError as exc:
            raise ValidationFailed(_tr("unknown status '{status}'").format(status=status)) from exc
    if category:
        try:
            stay.append(Stay.category == parse_category(category).value)
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
    text = _search_text(text)
    guest, room = _text_filter(text, session.get_bind().dialect.name) if text else ([], [])
    return _Filter(tuple(stay), tuple(guest), tuple(room))


def _page_ids(session: Session, found: _Filter, limit: int, offset: int) -> list[int]:
    """The stay ids of one page of results, in search order.

    First try: filter only the first ``SEARCH_HEAD`` stays in search order (read off the index)
    — when they hold a whole page, that page is the answer, since every later stay sorts
    after them. This answers short, common keystrokes ("王", "13") without looking at 100,000
    rows. Otherwise the text is rare: find every match by sets and sort those few
    (``_SORTED_ORDER``), rather than walk the whole index looking for them.
    """
    head = select(Stay.id).order_by(*SEARCH_ORDER).limit(SEARCH_HEAD)
    first = session.exec(
        found.joined(select(Stay.id))
        .where(Stay.id.in_(head))  # type: ignore[union-attr]
        .order_by(*SEARCH_ORDER).limit(limit).offset(offset)
    ).all()
    if len(first) == limit:
        return list(first)
    rest = session.exec(
        found.as_sets(select(Stay.id)).order_by(*_SORTED_ORDER).limit(limit).offset(offset)
    ).all()
    return list(rest)


def search(
    session: Session,
    text: str,
    *,
    status: str | None = None,
    category: str | None = None,
    limit: int = 200,
    offset: int = 0,
    on: date | None = None,
) -> list[GuestRow]:
    """Stays whose guest matches ``text`` (see :func:`_text_condition`); empty text lists the
    most recent stays. Guests in quarantine come first, then expected arrivals, then the rest,
    each newest arrival first. ``on`` (default today) is the day the day numbers refer to."""
    limit = max(1, min(limit, MAX_LIMIT))
    on = on or date.today()
    ids = _page_ids(session, _filter(session, text, status, category), limit, max(offset, 0))
    if not ids:
        return []
    found = {
        row[0]: row for row in session.exec(
            select(Stay.id, Stay.guest_id, Guest.full_name, Guest.id_number, Guest.phone,
                   Stay.category, Stay.status, Stay.arrival_at, Stay.expected_at,
                   Stay.planned_release, Stay.basis_date, Stay.policy_id, Guest.incomplete)
            .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
            .where(Stay.id.in_(ids))  # type: ignore[union-attr]
        ).all()
    }
    rooms = alerts.last_rooms(session, set(ids))
    by_policy = all_policies(session)
    rows = []
    for stay_id in ids:
        (_, guest_id, name, id_number, phone, category_code, stay_status, arrival_at,
         expected_at, release, basis, policy_id, incomplete) = found[stay_id]
        day = of = None
        if stay_status == StayStatus.IN_QUARANTINE.value:
            day = day_number(basis, on)
            of = by_policy[policy_id].rules[Category(category_code)].centralized_days
        rows.append(GuestRow(
            stay_id=stay_id, guest_id=guest_id, name=name,
            id_number_masked=mask_id_number(id_number), id_number=id_number,
            room=rooms.get(stay_id, ""), phone=phone, category=category_code,
            status=stay_status, arrival_at=arrival_at, expected_at=expected_at,
            planned_release=release, day=day, of=of, incomplete=incomplete,
        ))
    return rows


def count_search(
    session: Session, text: str, *, status: str | None = None, category: str | None = None
) -> int:
    """How many stays :func:`search` would list without a limit (the panel's "N found")."""
    found = _filter(session, text, status, category)
    return int(session.exec(found.as_sets(select(func.count()).select_from(Stay))).one())


# --- the record ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomStint:
    number: str
    floor: int
    start_at: datetime
    end_at: datetime | None
    reason: str


@dataclass(frozen=True)
class GuestRecord:
    """Everything the guest's tabs show, read in one go."""

    guest: Guest
    stay: Stay
    id_number_masked: str
    age: int | None
    key_reasons: tuple[str, ...]
    day: int | None  # day N of M while in quarantine
    of: int
    policy_name: str
    fever_threshold: float
    required_tests: dict[date, str]  # the PCRs the policy requires, by date
    home_period: tuple[date, date] | None  # from the actual release once released
    room: str  # current room ("" when none)
    rooms: list[RoomStint]
    health: HealthRecord | None
    destination: DestinationCheck | None
    tests: list[LabTest]
    readings: list[Reading]  # voided ones included, marked by voided_at
    alerts: list[Alert]
    alert_summaries: dict[int, str]  # by alert id, in the reader's language (alert_text)
    other_stays: list[Stay]  # the guest's other stays at the site, newest first
    history: list[AuditEvent]  # the guest's audit trail, newest first


def guest_record(session: Session, stay_id: int, on: date | None = None) -> GuestRecord:
    """The full record of a stay and its guest; ``on`` (default today) sets day N and age."""
    on = on or date.today()
    stay = get_stay(session, stay_id)
    guest = session.get(Guest, stay.guest_id)
    assert guest is not None
    policy = policies.policy_by_id(session, stay.policy_id)
    rule = policy.rule(Category(stay.category))
    health = session.exec(select(HealthRecord).where(HealthRecord.guest_id == guest.id)).first()
    conditions = [c for c in health.conditions.split(";") if c] if health else []
    stints = [
        RoomStint(room.number, room.floor, a.start_at, a.end_at, a.reason)
        for a, room in room_history(session, stay_id)
    ]
    arrival = stay.arrival_at or stay.expected_at
    stay_alerts = list(session.exec(
        select(Alert).where(Alert.stay_id == stay_id).order_by(Alert.opened_at, Alert.id)
    ))
    return GuestRecord(
        guest=guest,
        stay=stay,
        id_number_masked=mask_id_number(guest.id_number),
        age=age_on(guest.birth_date, on) if guest.birth_date else None,
        key_reasons=tuple(key_person_flags(guest.birth_date, on,
                                           pregnant=bool(health and health.pregnant),
                                           conditions=conditions)),
        day=day_number(stay.basis_date, on)
        if stay.status == StayStatus.IN_QUARANTINE.value else None,
        of=rule.centralized_days,
        policy_name=policy.name,
        fever_threshold=policy.fever_threshold,
        required_tests=required_test_dates(stay.basis_date, arrival.date(), rule)
        if arrival else {},
        home_period=home_period(rule, release=stay.exit_at.date()
                                if stay.status == StayStatus.RELEASED.value and stay.exit_at
                                else stay.planned_release),
        room=next((s.number for s in stints if s.end_at is None), ""),
        rooms=stints,
        health=health,
        destination=session.exec(
            select(DestinationCheck).where(DestinationCheck.stay_id == stay_id)
        ).first(),
        tests=list(session.exec(
            select(LabTest).where(LabTest.stay_id == stay_id).order_by(
                func.coalesce(LabTest.sampled_at, LabTest.scheduled_for), LabTest.id)
        )),
        readings=list(session.exec(
            select(Reading).where(Reading.stay_id == stay_id).order_by(Reading.taken_at,
                                                                        Reading.id)
        )),
        alerts=stay_alerts,
        alert_summaries=alert_text.current_summaries(session, stay_alerts),
        other_stays=list(session.exec(
            select(Stay).where(Stay.guest_id == guest.id, Stay.id != stay_id).order_by(
                Stay.id.desc())  # type: ignore[union-attr]
        )),
        history=audit.history(session, guest_id=guest.id),
    )


# --- editing ---------------------------------------------------------------------------------


def _values(row: SQLModel, fields: tuple[str, ...]) -> dict[str, Any]:
    """The current values of the editable fields and the version, for ``theirs``."""
    return {name: getattr(row, name) for name in (*fields, "version")}


def _check_fields(changes: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValidationFailed(
            _tr("cannot edit {fields}: editable are {allowed}").format(
                fields=", ".join(unknown), allowed=", ".join(allowed)
            )
        )


def _conflict(what: str, mine: dict[str, Any], current: SQLModel,
              fields: tuple[str, ...]) -> ChangedElsewhere:
    return ChangedElsewhere(
        _tr("{what} was changed by someone else meanwhile: compare their version with yours "
            "and save again").format(what=what),
        mine=dict(mine),
        theirs=_values(current, fields),
    )


def _save(
    session: Session,
    row: SQLModel,
    values: dict[str, Any],
    mine: dict[str, Any],
    what: str,
    fields: tuple[str, ...],
) -> dict[str, Any] | None:
    """Apply ``values`` to ``row`` (whose version the caller checked against the one the user
    saw); returns the snapshot before the change, or None when nothing changed.

    A save made since this session read the row makes the versioned UPDATE match nothing
    (``StaleDataError``); flushing inside a savepoint keeps the caller's transaction usable so
    the current values can be read back for the conflict.
    """
    before = audit.snapshot(row)
    values = {k: v for k, v in values.items() if getattr(row, k) != v}
    if not values:
        return None
    try:
        with session.begin_nested():
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            session.flush()
    except StaleDataError:
        fresh = session.get(type(row), row.id, populate_existing=True)  # type: ignore[attr-defined]
        raise _conflict(what, mine, fresh, fields) from None
    return before


def _clean_text(value: Any, label: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > max_length:
        raise ValidationFailed(
            _tr("{field} is longer than {n} characters").format(field=label, n=max_length)
        )
    return text


def _as_date(value: Any, label: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except ParseError as exc:
        raise ValidationFailed(f"{label}: {exc}") from exc


def _as_bool(value: Any, label: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationFailed(_tr("{field} must be yes or no").format(field=label))


GUEST_FIELDS = ("full_name", "id_type", "id_number", "sex", "birth_date", "phone",
                "home_address", "work_unit", "notes", "incomplete")


def _guest_values(session: Session, guest: Guest, changes: dict[str, Any],
                  today: date) -> dict[str, Any]:
    """Validated column values for ``changes`` to a guest."""
    values: dict[str, Any] = {}
    if "full_name" in changes:
        name = " ".join(str(changes["full_name"] or "").split())
        if not name:
            raise ValidationFailed(_tr("name is missing"))
        values["full_name"] = _clean_text(name, _tr("name"), MAX_NAME_LENGTH)
    if "id_type" in changes or "id_number" in changes:
        try:
            id_type = parse_id_type(changes.get("id_type", guest.id_type)) or IdType.OTHER
            number = validate_id_number(id_type, str(changes.get("id_number", guest.id_number)))
        except (ParseError, InvalidIdNumber) as exc:
            raise ValidationFailed(str(exc)) from exc
        clash = session.exec(select(Guest.full_name).where(
            Guest.id_type == id_type.value, Guest.id_number == number, Guest.id != guest.id
        )).first()
        if clash is not None:
            raise ValidationFailed(
                _tr("ID number {number} already belongs to {name}").format(number=number,
                                                                           name=clash)
            )
        values.update(id_type=id_type.value, id_number=number)
        if id_type is IdType.RESIDENT_ID and number != guest.id_number:
            # A corrected resident ID also corrects what it says, unless both are typed too.
            values.setdefault("birth_date", birth_from_resident_id(number))
            values.setdefault("sex", sex_from_resident_id(number).value)
    if "sex" in changes:
        try:
            sex = parse_sex(changes["sex"])
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
        values["sex"] = sex.value if sex else None
    if "birth_date" in changes:
        birth = _as_date(changes["birth_date"], _tr("birth date"))
        if birth is not None and not EARLIEST_BIRTH <= birth <= today:
            raise ValidationFailed(
                _tr("birth date {date} is not possible: check the year").format(
                    date=birth.isoformat())
            )
        values["birth_date"] = birth
    if "phone" in changes:
        try:
            values["phone"] = normalise_phone(changes["phone"])
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
    for name, label in (("home_address", _tr("home address")), ("work_unit", _tr("work unit")),
                        ("notes", _tr("notes"))):
        if name in changes:
            values[name] = _clean_text(changes[name], label)
    if "incomplete" in changes:
        values["incomplete"] = _as_bool(changes["incomplete"], _tr("incomplete"))
    return values


def update_guest(session: Session, actor: Actor, guest_id: int, expected_version: int,
                 changes: dict[str, Any], now: datetime | None = None) -> Guest:
    """Edit a guest's identity and contact details (fields in ``GUEST_FIELDS``); a walk-in's
    record stays flagged incomplete until the change sets ``incomplete`` to False."""
    require(actor, Permission.GUEST_EDIT)
    now = _now(now)
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFound(_tr("there is no guest {id}").format(id=guest_id))
    _check_fields(changes, GUEST_FIELDS)
    what = _tr("the record of {name}").format(name=guest.full_name)
    if guest.version != expected_version:
        raise _conflict(what, changes, guest, GUEST_FIELDS)
    values = _guest_values(session, guest, changes, now.date())
    before = _save(session, guest, values, changes, what, GUEST_FIELDS)
    if before is not None:
        audit.record(session, actor, "guest.update", "guest", guest.id, before=before,
                     after=audit.snapshot(guest), guest_id=guest.id, at=now)
        events.changed(session, "stays")
    return guest


HEALTH_FIELDS = ("conditions", "medication", "allergies", "pregnant", "vaccination_doses",
                 "psychological", "needs", "notes")
MAX_VACCINATION_DOSES = 10


def _health_values(changes: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "conditions" in changes:
        raw = changes["conditions"]
        items = [str(c).strip() for c in raw if str(c).strip()] \
            if isinstance(raw, list | tuple) else split_list(raw)
        values["conditions"] = _clean_text(";".join(dict.fromkeys(items)), _tr("conditions"))
        if mentions_pregnancy(items) and "pregnant" not in changes:
            values["pregnant"] = True
    for name, label in (("medication", _tr("medication")), ("allergies", _tr("allergies")),
                        ("psychological", _tr("psychological state")), ("needs", _tr("needs")),
                        ("notes", _tr("notes"))):
        if name in changes:
            values[name] = _clean_text(changes[name], label)
    if "pregnant" in changes:
        values["pregnant"] = _as_bool(changes["pregnant"], _tr("pregnant"))
    if "vaccination_doses" in changes:
        doses = changes["vaccination_doses"]
        if doses in (None, ""):
            values["vaccination_doses"] = None
        else:
            try:
                count = int(doses)
            except (TypeError, ValueError) as exc:
                raise ValidationFailed(_tr("vaccination doses must be a number")) from exc
            if not 0 <= count <= MAX_VACCINATION_DOSES:
                raise ValidationFailed(
                    _tr("vaccination doses must be between 0 and {n}").format(
                        n=MAX_VACCINATION_DOSES)
                )
            values["vaccination_doses"] = count
    return values


def update_health(session: Session, actor: Actor, guest_id: int, expected_version: int,
                  changes: dict[str, Any], now: datetime | None = None) -> HealthRecord:
    """Edit a guest's health record (fields in ``HEALTH_FIELDS``); a guest without one gets
    one when ``expected_version`` is 0."""
    require(actor, Permission.HEALTH)
    now = _now(now)
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFound(_tr("there is no guest {id}").format(id=guest_id))
    _check_fields(changes, HEALTH_FIELDS)
    what = _tr("the health record of {name}").format(name=guest.full_name)
    record = session.exec(select(HealthRecord).where(HealthRecord.guest_id == guest_id)).first()
    if record is None:
        if expected_version != 0:
            raise ChangedElsewhere(
                _tr("{what} was removed meanwhile: open it again").format(what=what),
                mine=dict(changes), theirs={})
        record = HealthRecord(guest_id=guest_id)
        session.add(record)
        session.flush()
    elif record.version != expected_version:
        raise _conflict(what, changes, record, HEALTH_FIELDS)
    values = _health_values(changes)
    before = _save(session, record, values, changes, what, HEALTH_FIELDS)
    if before is not None:
        audit.record(session, actor, "health.update", "healthrecord", record.id, before=before,
                     after=audit.snapshot(record), guest_id=guest_id, at=now)
        events.changed(session, "stays")
    return record


STAY_FIELDS = ("batch", "origin", "community", "exposure_date", "notes")
_OPEN_STATUSES = (StayStatus.IN_QUARANTINE.value, StayStatus.EXPECTED.value)


def _stay_values(session: Session, stay: Stay, changes: dict[str, Any],
                 now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, label in (("batch", _tr("batch")), ("origin", _tr("origin")),
                        ("community", _tr("community")), ("notes", _tr("notes"))):
        if name in changes:
            values[name] = _clean_text(changes[name], label,
                                       MAX_TEXT_LENGTH if name == "notes" else MAX_NAME_LENGTH)
    if "exposure_date" in changes:
        exposure = _as_date(changes["exposure_date"], _tr("last exposure date"))
        if exposure != stay.exposure_date and stay.status not in _OPEN_STATUSES:
            raise ValidationFailed(
                _tr("the stay has ended ({status}): its dates can no longer change").format(
                    status=stay.status)
            )
        if exposure is not None and exposure > now.date():
            raise ValidationFailed(
                _tr("last exposure {date} is in the future: check the date").format(
                    date=exposure.isoformat())
            )
        arrived = (stay.arrival_at or stay.expected_at or now).date()
        rule = policies.policy_by_id(session, stay.policy_id).rule(Category(stay.category))
        basis = basis_date(exposure, arrived)
        release = planned_release(basis, rule)
        if release < arrived:
            raise ValidationFailed(
                _tr("last exposure {date} would end the period on {release}, before the arrival "
                    "on {arrival}: check the date").format(
                    date=exposure.isoformat() if exposure else "", release=release.isoformat(),
                    arrival=arrived.isoformat())
            )
        values.update(exposure_date=exposure, basis_date=basis, planned_release=release)
    return values


def update_stay(session: Session, actor: Actor, stay_id: int, expected_version: int,
                changes: dict[str, Any], now: datetime | None = None) -> Stay:
    """Edit a stay (fields in ``STAY_FIELDS``); a new last-exposure date moves the basis date
    and the planned release under the policy the stay keeps."""
    require(actor, Permission.GUEST_EDIT)
    now = _now(now)
    stay = get_stay(session, stay_id)
    _check_fields(changes, STAY_FIELDS)
    guest = session.get(Guest, stay.guest_id)
    what = _tr("the stay of {name}").format(name=guest.full_name if guest else stay.guest_id)
    if stay.version != expected_version:
        raise _conflict(what, changes, stay, STAY_FIELDS)
    values = _stay_values(session, stay, changes, now)
    fields = (*STAY_FIELDS, "basis_date", "planned_release")
    before = _save(session, stay, values, changes, what, fields)
    if before is not None:
        audit.record(session, actor, "stay.update", "stay", stay.id, before=before,
                     after=audit.snapshot(stay), guest_id=stay.guest_id, at=now)
        events.changed(session, "stays", "rooms")
    return stay


def quick_check_in(session: Session, actor: Actor, room_number: str, name: str, id_number: str,
                   phone: str, category: Category | str, now: datetime | None = None) -> Stay:
    """A walk-in at the desk: name, ID, phone and category now, the rest completed later.

    The guest is flagged incomplete until someone fills in the record; an empty room number
    lets the automatic room choice pick one.
    """
    try:
        chosen = category if isinstance(category, Category) else parse_category(category)
        digits = normalise_phone(phone)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc
    arrival = checkin.ArrivalInput(full_name=name, id_number=id_number, category=chosen,
                                   phone=digits, room=(room_number or "").strip(),
                                   incomplete=True)
    return checkin.check_in(session, actor, arrival, now=now)

