"""Destination checks (居家条件核实): where a guest goes on release, and who confirmed it.

Before the first batch leaves, the liaison officer confirms every person's destination with
their street/community, which verifies the home meets the home-isolation standard, and tells
them the release date and time (DESIGN.md §1, §3 ``destination_verified``). One row per stay,
updated in place; every change is audited with its before and after. What leaves the core is a
:class:`DestinationRecord`, never the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.parsing import ParseError, clean_line, clean_name, clean_note
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.stays import get_stay
from quarantine_desk.store.models import DestinationCheck, Stay

#: A destination can be recorded while the person is announced or at the site, not after.
_OPEN_STATUSES = (StayStatus.EXPECTED.value, StayStatus.IN_QUARANTINE.value)


def _tr(text: str) -> str:
    return translate("destinations", text)


@dataclass(frozen=True)
class DestinationRecord:
    """A stay's destination check as recorded: the home, who verified it, who was told."""

    stay_id: int
    address: str
    street: str
    community: str
    grid_worker: str
    grid_phone: str
    verified_by: str
    verified_at: datetime | None
    suitable: bool | None  # None while the community has not answered
    handed_to_authority: bool
    transfer_plate: str
    escort: str
    escort_phone: str
    notified_by: str
    notified_at: datetime | None
    note: str


def _record(row: DestinationCheck) -> DestinationRecord:
    return DestinationRecord(
        stay_id=row.stay_id, address=row.address, street=row.street, community=row.community,
        grid_worker=row.grid_worker, grid_phone=row.grid_phone, verified_by=row.verified_by,
        verified_at=row.verified_at, suitable=row.suitable,
        handed_to_authority=row.handed_to_authority, transfer_plate=row.transfer_plate,
        escort=row.escort, escort_phone=row.escort_phone, notified_by=row.notified_by,
        notified_at=row.notified_at, note=row.note,
    )


def _row(session: Session, stay_id: int) -> DestinationCheck | None:
    return session.exec(
        select(DestinationCheck).where(DestinationCheck.stay_id == stay_id)
    ).first()


def get_destination(session: Session, stay_id: int) -> DestinationRecord | None:
    """The destination check of a stay, or None when nothing is recorded yet."""
    row = _row(session, stay_id)
    return _record(row) if row is not None else None


def _person(name: str) -> str:
    """A person's name as printed on the handover form: invisible characters removed, an
    emoji refused."""
    try:
        return clean_name(name)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc


def _open_stay(session: Session, stay_id: int) -> Stay:
    stay = get_stay(session, stay_id)
    if stay.status not in _OPEN_STATUSES:
        raise ValidationFailed(
            _tr("stay {id} is {status}: its destination can no longer change").format(
                id=stay_id, status=stay.status
            )
        )
    return stay


def record_destination(
    session: Session,
    actor: Actor,
    stay_id: int,
    *,
    address: str,
    community: str,
    verified_by: str,
    suitable: bool | None = True,
    street: str = "",
    grid_worker: str = "",
    grid_phone: str = "",
    handed_to_authority: bool = False,
    transfer_plate: str = "",
    escort: str = "",
    escort_phone: str = "",
    note: str = "",
    verified_at: datetime | None = None,
    now: datetime | None = None,
) -> DestinationRecord:
    """Record (or correct) where the guest goes and what the community said about the home.

    ``suitable`` is None while the community has not answered. ``handed_to_authority`` records
    that the person goes to another authority (a hospital, another site) rather than home;
    then ``community`` names that authority and the address may be left empty.
    """
    require(actor, Permission.DESTINATION)
    now = now or datetime.now().replace(microsecond=0)
    stay = _open_stay(session, stay_id)
    address, community = clean_line(address), clean_line(community)
    verified_by, grid_worker, escort = (_person(verified_by), _person(grid_worker),
                                        _person(escort))
    if not community:
        raise ValidationFailed(
            _tr("name the receiving community (or the authority the person is handed to)")
        )
    if not address and not handed_to_authority:
        raise ValidationFailed(_tr("the destination address is missing: type the home address"))
    if not verified_by:
        raise ValidationFailed(
            _tr("say who verified the destination (the community worker's name)")
        )
    if verified_at is not None and verified_at > now:
        raise ValidationFailed(
            _tr("the verification time {when} is in the future: check the date").format(
                when=verified_at.strftime("%Y-%m-%d %H:%M")
            )
        )
    row = _row(session, stay_id)
    before = audit.snapshot(row)
    if row is None:
        row = DestinationCheck(stay_id=stay_id)
    row.address = address
    row.community = community
    row.street = clean_line(street)
    row.grid_worker = grid_worker
    row.grid_phone = clean_line(grid_phone)
    row.verified_by = verified_by
    row.verified_at = verified_at or now
    row.suitable = suitable
    row.handed_to_authority = handed_to_authority
    row.transfer_plate = clean_line(transfer_plate)
    row.escort = escort
    row.escort_phone = clean_line(escort_phone)
    row.note = clean_note(note)
    audit.saved(session, actor, "destination.record", "destinationcheck", row,
                before=before, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.STAYS)
    return _record(row)


def record_notification(
    session: Session,
    actor: Actor,
    stay_id: int,
    notified_by: str,
    notified_at: datetime | None = None,
    now: datetime | None = None,
) -> DestinationRecord:
    """Record that the receiving street/community was told the release date and time."""
    require(actor, Permission.DESTINATION)
    now = now or datetime.now().replace(microsecond=0)
    stay = _open_stay(session, stay_id)
    row = _row(session, stay_id)
    if row is None:
        raise ValidationFailed(
            _tr("record the destination of stay {id} before noting who was told").format(
                id=stay_id
            )
        )
    notified_by = _person(notified_by)
    if not notified_by:
        raise ValidationFailed(_tr("say who was told the release date and time"))
    notified_at = notified_at or now
    if notified_at > now:
        raise ValidationFailed(
            _tr("the notification time {when} is in the future: check the date").format(
                when=notified_at.strftime("%Y-%m-%d %H:%M")
            )
        )
    before = audit.snapshot(row)
    row.notified_by = notified_by
    row.notified_at = notified_at
    audit.saved(session, actor, "destination.notify", "destinationcheck", row,
                before=before, guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.STAYS)
    return _record(row)
