"""Key persons (重点人员) and the daily follow-up calls to them.

Liaison officers phone the elderly, children's parents, pregnant women and people with
underlying conditions every day and note their worries and needs (DESIGN.md §1, seeds/003).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.identity import age_on
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.records import FollowUpRecord, copy_row
from quarantine_desk.services.stays import get_stay, guest_of
from quarantine_desk.store.models import (
    FollowUpCall,
    Guest,
    HealthRecord,
    Room,
    RoomAssignment,
    Stay,
)


def _tr(text: str) -> str:
    return translate("key_persons", text)


@dataclass(frozen=True)
class KeyPersonRow:
    stay_id: int
    guest_name: str
    room: str
    floor: int
    phone: str
    age: int | None
    flags: list[str]  # why the guest is a key person
    medication: str
    needs: str
    last_call_at: datetime | None

    def called_on(self, on: date) -> bool:
        return self.last_call_at is not None and self.last_call_at.date() >= on


def key_persons(session: Session, on: date) -> list[KeyPersonRow]:
    """Guests in quarantine who are key persons on ``on``, in room order, with their last
    follow-up call."""
    rows = session.exec(
        select(Stay.id, Guest, HealthRecord, Room.number, Room.floor)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .join(RoomAssignment, RoomAssignment.stay_id == Stay.id)  # type: ignore[arg-type]
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .outerjoin(HealthRecord, HealthRecord.guest_id == Guest.id)  # type: ignore[arg-type]
        .where(Stay.status == StayStatus.IN_QUARANTINE.value,
               RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
    ).all()
    found = []
    for stay_id, guest, health, number, floor in rows:
        conditions = [c for c in (health.conditions.split(";") if health else []) if c]
        flags = key_person_flags(guest.birth_date, on, pregnant=bool(health and health.pregnant),
                                 conditions=conditions)
        if flags:
            found.append((stay_id, guest, health, number, floor, flags))
    last_calls = _last_calls(session, [f[0] for f in found], on)
    result = [
        KeyPersonRow(
            stay_id=stay_id, guest_name=guest.full_name, room=number, floor=floor,
            phone=guest.phone,
            age=age_on(guest.birth_date, on) if guest.birth_date else None,
            flags=flags, medication=health.medication if health else "",
            needs=health.needs if health else "", last_call_at=last_calls.get(stay_id),
        )
        for stay_id, guest, health, number, floor, flags in found
    ]
    result.sort(key=lambda r: (r.floor, room_sort_key(r.room), r.guest_name))
    return result


def _last_calls(session: Session, stay_ids: list[int], on: date) -> dict[int, datetime]:
    if not stay_ids:
        return {}
    end = datetime.combine(on + timedelta(days=1), datetime.min.time())
    return dict(
        session.exec(
            select(FollowUpCall.stay_id, func.max(FollowUpCall.at))
            .where(FollowUpCall.stay_id.in_(stay_ids), FollowUpCall.at < end)  # type: ignore[attr-defined]
            .group_by(FollowUpCall.stay_id)
        ).all()
    )


def log_call(session: Session, actor: Actor, stay_id: int, summary: str, needs: str = "",
             now: datetime | None = None) -> FollowUpCall:
    """Note a follow-up call: how the guest is and what they asked for."""
    require(actor, Permission.FOLLOW_UP)
    now = now or datetime.now().replace(microsecond=0)
    summary, needs = summary.strip(), needs.strip()
    if not summary:
        raise ValidationFailed(_tr("write how the guest is (a few words) before saving the call"))
    stay = get_stay(session, stay_id)
    if stay.status != StayStatus.IN_QUARANTINE.value:
        raise ValidationFailed(
            _tr("{name} is not in quarantine here ({status})").format(
                name=guest_of(session, stay).full_name, status=stay.status)
        )
    call = FollowUpCall(stay_id=stay_id, at=now, by=actor.username, summary=summary,
                        needs=needs)
    audit.saved(session, actor, "followup.call", "followupcall", call,
                guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.STAYS)
    return call


def calls_for_stay(session: Session, stay_id: int) -> list[FollowUpRecord]:
    """A stay's follow-up calls, newest first."""
    return [copy_row(FollowUpRecord, call) for call in session.exec(
        select(FollowUpCall)
        .where(FollowUpCall.stay_id == stay_id)
        .order_by(FollowUpCall.at.desc(), FollowUpCall.id.desc())  # type: ignore[union-attr]
    )]
