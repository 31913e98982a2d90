"""Editing a guest's record: identity, health and stay, alone or saved together.

Edits use optimistic locking: the caller passes the version it showed the user; when someone
else saved the record meanwhile the edit is refused with :class:`ChangedElsewhere` carrying
both versions, and nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel, select

from quarantine_desk.domain import plausibility
from quarantine_desk.domain.enums import IdType, StayStatus
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    birth_from_resident_id,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.domain.key_persons import mentions_pregnancy
from quarantine_desk.domain.parsing import (
    ParseError,
    clean_line,
    clean_name,
    clean_note,
    normalise_phone,
    parse_date,
    parse_id_type,
    parse_sex,
    split_list,
)
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import basis_date, planned_release
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, policies
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ChangedElsewhere, NotFound, ValidationFailed
from quarantine_desk.services.stays import get_stay
from quarantine_desk.store.models import Guest, HealthRecord, Stay

MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 2000
#: The earliest birth date the record form's calendar offers; the service refuses births more
#: than :data:`plausibility.OLDEST_AGE_YEARS` years ago.
EARLIEST_BIRTH = date(1900, 1, 1)


def _tr(text: str) -> str:
    return translate("guests", text)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


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


def _clean_text(value: Any, label: str, max_length: int = MAX_TEXT_LENGTH, *,
                lines: bool = True) -> str:
    """Typed text without invisible or control characters (they would reorder or hide
    part of it on paper); ``lines`` keeps line ends (notes), else it is one line."""
    text = clean_note(value) if lines else clean_line(value)
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


def _plausible(check: Callable[[date, date], None], value: date, today: date) -> None:
    """Run a :mod:`domain.plausibility` check, refusing the edit with its reason."""
    try:
        check(value, today)
    except plausibility.Implausible as exc:
        raise ValidationFailed(str(exc)) from exc


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
        try:
            name = clean_name(changes["full_name"])
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
        if not name:
            raise ValidationFailed(_tr("name is missing"))
        values["full_name"] = _clean_text(name, _tr("name"), MAX_NAME_LENGTH, lines=False)
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
        if birth is not None and birth != guest.birth_date:
            _plausible(plausibility.check_birth, birth, today)
        values["birth_date"] = birth
    if "phone" in changes:
        try:
            values["phone"] = normalise_phone(changes["phone"])
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
    for name, label in (("home_address", _tr("home address")), ("work_unit", _tr("work unit")),
                        ("notes", _tr("notes"))):
        if name in changes:
            values[name] = _clean_text(changes[name], label, lines=name == "notes")
    if "incomplete" in changes:
        values["incomplete"] = _as_bool(changes["incomplete"], _tr("incomplete"))
    return values


def _get_guest(session: Session, guest_id: int) -> Guest:
    """The guest an edit is for, or NotFound when the id names nobody."""
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFound(_tr("there is no guest {id}").format(id=guest_id))
    return guest


def update_guest(session: Session, actor: Actor, guest_id: int, expected_version: int,
                 changes: dict[str, Any], now: datetime | None = None) -> Guest:
    """Edit a guest's identity and contact details (fields in ``GUEST_FIELDS``); a walk-in's
    record stays flagged incomplete until the change sets ``incomplete`` to False."""
    require(actor, Permission.GUEST_EDIT)
    now = _now(now)
    guest = _get_guest(session, guest_id)
    _check_fields(changes, GUEST_FIELDS)
    what = _tr("the record of {name}").format(name=guest.full_name)
    if guest.version != expected_version:
        raise _conflict(what, changes, guest, GUEST_FIELDS)
    values = _guest_values(session, guest, changes, now.date())
    before = _save(session, guest, values, changes, what, GUEST_FIELDS)
    if before is not None:
        audit.record(session, actor, "guest.update", "guest", guest.id, before=before,
                     after=audit.snapshot(guest), guest_id=guest.id, at=now)
        events.changed(session, events.Topic.STAYS)
    return guest


HEALTH_FIELDS = ("conditions", "medication", "allergies", "pregnant", "vaccination_doses",
                 "psychological", "needs", "notes")
MAX_VACCINATION_DOSES = 10


def _health_values(changes: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "conditions" in changes:
        raw = changes["conditions"]
        items = [clean_line(c) for c in raw if clean_line(c)] \
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
    guest = _get_guest(session, guest_id)
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
        events.changed(session, events.Topic.STAYS)
    return record


STAY_FIELDS = ("batch", "origin", "community", "exposure_date", "notes")
_OPEN_STATUSES = (StayStatus.IN_QUARANTINE.value, StayStatus.EXPECTED.value)


def _stay_values(session: Session, stay: Stay, changes: dict[str, Any],
                 now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, label in (("batch", _tr("batch")), ("origin", _tr("origin")),
                        ("community", _tr("community")), ("notes", _tr("notes"))):
        if name in changes:
            notes = name == "notes"
            values[name] = _clean_text(changes[name], label,
                                       MAX_TEXT_LENGTH if notes else MAX_NAME_LENGTH,
                                       lines=notes)
    if "exposure_date" in changes:
        exposure = _as_date(changes["exposure_date"], _tr("last exposure date"))
        if exposure != stay.exposure_date and stay.status not in _OPEN_STATUSES:
            raise ValidationFailed(
                _tr("the stay has ended ({status}): its dates can no longer change").format(
                    status=stay.status)
            )
        if exposure is not None and exposure != stay.exposure_date:
            _plausible(plausibility.check_exposure, exposure, now.date())
        arrived = (stay.arrival_at or stay.expected_at or now).date()
        rule = policies.policy_by_id(session, stay.policy_id).rule(stay.category)
        basis = basis_date(exposure, arrived, rule)
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
        events.changed(session, events.Topic.STAYS, events.Topic.ROOMS)
    return stay



# --- the whole record at once ------------------------------------------------------------------


class RecordSection(Enum):
    """The sections of a guest's record that are edited, in the order a save writes them."""

    GUEST = "guest"
    STAY = "stay"
    HEALTH = "health"


@dataclass(frozen=True)
class SectionEdit:
    """What was typed into one section, and the version of it the user was shown."""

    version: int
    changes: dict[str, Any]


class SectionChangedElsewhere(ChangedElsewhere):
    """A :class:`ChangedElsewhere` naming the section it concerns, so the screen can show
    that section's conflict."""

    def __init__(self, section: RecordSection, conflict: ChangedElsewhere) -> None:
        super().__init__(str(conflict), mine=conflict.mine, theirs=conflict.theirs)
        self.section = section


def save_guest_record(session: Session, actor: Actor, stay_id: int,
                      edits: Mapping[RecordSection, SectionEdit],
                      now: datetime | None = None) -> None:
    """Save the edited sections of a stay's record in the caller's transaction, each with its
    own permission and version check; sections without an edit are not touched.

    The first section someone else saved meanwhile raises :class:`SectionChangedElsewhere`;
    the caller's transaction then rolls back, so either every section is saved or none is.
    """
    guest_id = get_stay(session, stay_id).guest_id
    for section in RecordSection:
        edit = edits.get(section)
        if edit is None:
            continue
        try:
            if section is RecordSection.GUEST:
                update_guest(session, actor, guest_id, edit.version, edit.changes, now)
            elif section is RecordSection.STAY:
                update_stay(session, actor, stay_id, edit.version, edit.changes, now)
            else:
                update_health(session, actor, guest_id, edit.version, edit.changes, now)
        except ChangedElsewhere as conflict:
            raise SectionChangedElsewhere(section, conflict) from conflict
