"""Alerts (异常情况): fevers and positives that need action, escalated and resolved with notes.

A stay has at most one active alert of each kind: a second fever while the first is still being
handled is added to it as an action, so the desk sees one case with its history rather than a
pile of duplicates (DESIGN.md §3, §8 Alerts).

``AlertAction.action`` holds a code the window translates: ``opened``, ``finding`` (a further
fever or positive), ``note``, ``escalated_to_command_centre``, ``escalated_to_hospital``,
``resolved``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import AlertKind, AlertStatus, StayStatus
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import alert_text, audit, bulk_rows, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ValidationFailed
from quarantine_desk.services.records import AlertActionRecord, AlertRecord, copy_row
from quarantine_desk.services.stays import get_stay, leave_room
from quarantine_desk.store.models import Alert, AlertAction, Guest, Room, RoomAssignment, Stay

ACTIVE_STATUSES = (AlertStatus.OPEN.value, AlertStatus.ESCALATED.value)
ESCALATION_TARGETS = ("command_centre", "hospital")
HOSPITAL_EXIT_REASON = "transferred to hospital"


def _tr(text: str) -> str:
    return translate("alerts", text)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class AlertView:
    """An alert, the guest it concerns, their room and what was done so far (oldest first)."""

    alert: AlertRecord
    actions: list[AlertActionRecord]
    stay_id: int
    guest_name: str
    room: str
    summary: str  # made now from the reading or test behind it, in the reader's language
    #: Findings' notes made now, by action id (see :mod:`alert_text`).
    notes: dict[int, str] = field(default_factory=dict)

    def note(self, action: AlertActionRecord) -> str:
        """An action's note, a finding's in the reader's language."""
        if action.id in self.notes:
            return self.notes[action.id]
        if action.action == "opened" and action.note == self.alert.summary:
            return self.summary  # opened before findings named their source
        return action.note


def get_alert(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound(_tr("there is no alert {id}").format(id=alert_id))
    return alert


def active_alert(session: Session, stay_id: int, kind: AlertKind) -> Alert | None:
    """The open or escalated alert of this kind for the stay, if any."""
    return session.exec(
        select(Alert).where(
            Alert.stay_id == stay_id,
            Alert.kind == kind.value,
            Alert.status.in_(ACTIVE_STATUSES),  # type: ignore[attr-defined]
        )
    ).first()


def _act(session: Session, alert: Alert, actor: Actor, action: str, note: str,
         now: datetime, *, reading_id: int | None = None,
         test_id: int | None = None) -> AlertAction:
    row = AlertAction(alert_id=alert.id or 0, at=now, by=actor.username, action=action,
                      note=note, reading_id=reading_id, test_id=test_id)
    session.add(row)
    return row


def raise_alert(
    session: Session,
    actor: Actor,
    stay: Stay,
    kind: AlertKind,
    summary: str,
    *,
    reading_id: int | None = None,
    test_id: int | None = None,
    found_at: datetime | None = None,
    now: datetime | None = None,
) -> Alert:
    """Open an alert, or add the new finding to the one of the same kind still active.

    Called by the services that detect the finding (readings, tests), which have already
    checked the actor's permission for their own write. The alert opens at ``found_at`` — the
    reading's time, the result's report time — not when someone typed it in, so data entered
    late gives the same release list as of a moment as data entered on time (DESIGN.md §3);
    the audit event keeps the moment of entry.
    """
    now = _now(now)
    found = min(found_at, now) if found_at is not None else now
    alert = active_alert(session, stay.id or 0, kind)
    if alert is not None:
        _act(session, alert, actor, "finding", summary, found, reading_id=reading_id,
             test_id=test_id)
        session.flush()
        audit.record(session, actor, "alert.finding", "alert", alert.id,
                     after={"summary": summary, "reading_id": reading_id, "test_id": test_id},
                     guest_id=stay.guest_id, at=now)
        events.changed(session, events.Topic.ALERTS)
        return alert
    alert = Alert(stay_id=stay.id or 0, kind=kind.value, status=AlertStatus.OPEN.value,
                  opened_at=found, summary=summary, reading_id=reading_id, test_id=test_id)
    session.add(alert)
    session.flush()
    _act(session, alert, actor, "opened", summary, found, reading_id=reading_id,
         test_id=test_id)
    audit.record(session, actor, "alert.open", "alert", alert.id, after=audit.snapshot(alert),
                 guest_id=stay.guest_id, at=now)
    events.changed(session, events.Topic.ALERTS)
    return alert


@dataclass(frozen=True)
class Finding:
    """A fever, symptom or positive found by one row of a batch (see :func:`raise_alerts`)."""

    stay_id: int
    guest_id: int
    kind: AlertKind
    summary: str
    found_at: datetime
    reading_id: int | None = None
    test_id: int | None = None


def raise_alerts(session: Session, actor: Actor, findings: Sequence[Finding],
                 now: datetime) -> list[dict[str, Any]]:
    """:func:`raise_alert` for many findings in a few statements: the active alerts of their
    stays are looked up once, each stay and kind opens at most one, later findings are added
    to it. Returns the audit events, one per finding in order, for the caller to insert among
    its own (:func:`bulk_rows.insert_events`) so the trail keeps the order of the rows."""
    if not findings:
        return []
    active: dict[tuple[int, str], int] = {}
    for batch in bulk_rows.chunks(sorted({f.stay_id for f in findings})):
        for alert_id, stay_id, kind in session.exec(
                select(Alert.id, Alert.stay_id, Alert.kind)
                .where(Alert.stay_id.in_(batch),  # type: ignore[attr-defined]
                       Alert.status.in_(ACTIVE_STATUSES))  # type: ignore[attr-defined]
                .order_by(Alert.id)):  # type: ignore[arg-type]
            active.setdefault((stay_id, kind), alert_id or 0)
    opening: dict[tuple[int, str], dict[str, Any]] = {}
    for f in findings:
        key = (f.stay_id, f.kind.value)
        if key not in active and key not in opening:
            opening[key] = {"stay_id": f.stay_id, "kind": f.kind.value,
                            "status": AlertStatus.OPEN.value,
                            "opened_at": min(f.found_at, now), "summary": f.summary,
                            "reading_id": f.reading_id, "test_id": f.test_id,
                            "escalated_to": "", "resolved_at": None, "resolution": ""}
    new_rows = list(opening.values())
    for row, alert_id in zip(new_rows, bulk_rows.insert_returning_ids(session, Alert, new_rows),
                             strict=True):
        row["id"] = alert_id
    actions, audits = [], []
    for f in findings:
        key = (f.stay_id, f.kind.value)
        opened = opening.pop(key, None)
        alert_id = opened["id"] if opened is not None else active[key]
        actions.append({"alert_id": alert_id, "at": min(f.found_at, now), "by": actor.username,
                        "action": "opened" if opened is not None else "finding",
                        "note": f.summary, "reading_id": f.reading_id, "test_id": f.test_id})
        if opened is not None:
            active[key] = alert_id
            audits.append(bulk_rows.event(actor, "alert.open", "alert", alert_id,
                                          after=bulk_rows.snapshot(Alert, opened),
                                          guest_id=f.guest_id, at=now))
        else:
            audits.append(bulk_rows.event(
                actor, "alert.finding", "alert", alert_id,
                after={"summary": f.summary, "reading_id": f.reading_id, "test_id": f.test_id},
                guest_id=f.guest_id, at=now))
    session.execute(insert(AlertAction.__table__), actions)  # type: ignore[attr-defined]
    events.changed(session, events.Topic.ALERTS)
    return audits


def _views(session: Session, alerts: list[Alert]) -> list[AlertView]:
    if not alerts:
        return []
    ids = [a.id for a in alerts]
    actions: dict[int, list[AlertAction]] = {a.id or 0: [] for a in alerts}
    for action in session.exec(
        select(AlertAction)
        .where(AlertAction.alert_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(AlertAction.at, AlertAction.id)
    ):
        actions[action.alert_id].append(action)
    stay_ids = {a.stay_id for a in alerts}
    names = dict(
        session.exec(
            select(Stay.id, Guest.full_name)
            .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
            .where(Stay.id.in_(stay_ids))  # type: ignore[union-attr]
        ).all()
    )
    rooms = last_rooms(session, stay_ids)
    summaries = alert_text.current_summaries(session, alerts)
    notes = alert_text.current_notes(session, alerts,
                                     [action for each in actions.values() for action in each])
    return [
        AlertView(alert=copy_row(AlertRecord, a),
                  actions=[copy_row(AlertActionRecord, action) for action in actions[a.id or 0]],
                  stay_id=a.stay_id,
                  guest_name=names.get(a.stay_id, ""), room=rooms.get(a.stay_id, ""),
                  summary=summaries[a.id or 0],
                  notes={action.id or 0: notes[action.id or 0] for action in actions[a.id or 0]
                         if action.id in notes})
        for a in alerts
    ]


def last_rooms(session: Session, stay_ids: set[int]) -> dict[int, str]:
    """The current room of each stay, or the last one it had (a stay that has ended)."""
    rows = session.exec(
        select(RoomAssignment.stay_id, Room.number)
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(RoomAssignment.stay_id.in_(stay_ids))  # type: ignore[attr-defined]
        .order_by(RoomAssignment.start_at, RoomAssignment.id)
    ).all()
    return {stay_id: number for stay_id, number in rows}


def open_alerts(session: Session, *, include_resolved: bool = False,
                limit: int = 500) -> list[AlertView]:
    """Alerts needing action, newest first; with ``include_resolved`` the resolved ones follow
    (newest first) so the panel can show recent history under the live cases."""
    active = list(
        session.exec(
            select(Alert)
            .where(Alert.status.in_(ACTIVE_STATUSES))  # type: ignore[attr-defined]
            .order_by(Alert.opened_at.desc(), Alert.id.desc())  # type: ignore[union-attr]
        )
    )
    resolved: list[Alert] = []
    if include_resolved and len(active) < limit:
        resolved = list(
            session.exec(
                select(Alert)
                .where(Alert.status == AlertStatus.RESOLVED.value)
                .order_by(Alert.opened_at.desc(), Alert.id.desc())  # type: ignore[union-attr]
                .limit(limit - len(active))
            )
        )
    return _views(session, active + resolved)


def alerts_for_stay(session: Session, stay_id: int) -> list[AlertView]:
    """Every alert of one stay, newest first (the guest's record)."""
    alerts = list(
        session.exec(
            select(Alert)
            .where(Alert.stay_id == stay_id)
            .order_by(Alert.opened_at.desc(), Alert.id.desc())  # type: ignore[union-attr]
        )
    )
    return _views(session, alerts)


def _active_or_refuse(session: Session, alert_id: int) -> Alert:
    alert = get_alert(session, alert_id)
    if alert.status not in ACTIVE_STATUSES:
        raise ValidationFailed(
            _tr("alert {id} is already resolved: nothing more can be done on it").format(
                id=alert_id)
        )
    return alert


def _guest_id(session: Session, alert: Alert) -> int:
    return get_stay(session, alert.stay_id).guest_id


def add_note(session: Session, actor: Actor, alert_id: int, note: str,
             now: datetime | None = None) -> AlertAction:
    """Record what was done (a call to the doctor, a repeat measurement) on an active alert."""
    require(actor, Permission.ALERTS)
    now = _now(now)
    note = note.strip()
    if not note:
        raise ValidationFailed(_tr("write the note to add to the alert"))
    alert = _active_or_refuse(session, alert_id)
    action = _act(session, alert, actor, "note", note, now)
    session.flush()
    audit.record(session, actor, "alert.note", "alert", alert.id, after={"note": note},
                 guest_id=_guest_id(session, alert), at=now)
    events.changed(session, events.Topic.ALERTS)
    return action


def escalate(session: Session, actor: Actor, alert_id: int, to: str, note: str,
             now: datetime | None = None) -> Alert:
    """Pass the case to the command centre or the hospital; it stays active until resolved."""
    require(actor, Permission.ALERTS)
    now = _now(now)
    if to not in ESCALATION_TARGETS:
        raise ValidationFailed(
            _tr("escalate to command_centre or hospital, not '{to}'").format(to=to)
        )
    alert = _active_or_refuse(session, alert_id)
    before = audit.snapshot(alert)
    alert.status = AlertStatus.ESCALATED.value
    alert.escalated_to = to
    session.add(alert)
    _act(session, alert, actor, f"escalated_to_{to}", note.strip(), now)
    session.flush()
    audit.record(session, actor, "alert.escalate", "alert", alert.id, before=before,
                 after=audit.snapshot(alert), guest_id=_guest_id(session, alert), at=now)
    events.changed(session, events.Topic.ALERTS)
    return alert


def _close(session: Session, actor: Actor, alert: Alert, note: str, now: datetime) -> None:
    before = audit.snapshot(alert)
    alert.status = AlertStatus.RESOLVED.value
    alert.resolved_at = now
    alert.resolution = note
    session.add(alert)
    _act(session, alert, actor, "resolved", note, now)
    session.flush()
    audit.record(session, actor, "alert.resolve", "alert", alert.id, before=before,
                 after=audit.snapshot(alert), guest_id=_guest_id(session, alert), at=now)


def resolve(session: Session, actor: Actor, alert_id: int, note: str,
            now: datetime | None = None) -> Alert:
    """Close an alert; the note says how it ended (e.g. "repeat reading 36.8, no symptoms")."""
    require(actor, Permission.ALERTS)
    now = _now(now)
    note = note.strip()
    if not note:
        raise ValidationFailed(_tr("write how the alert was resolved before closing it"))
    alert = _active_or_refuse(session, alert_id)
    _close(session, actor, alert, note, now)
    events.changed(session, events.Topic.ALERTS)
    return alert


def transfer_to_hospital(session: Session, actor: Actor, alert_id: int, note: str,
                         now: datetime | None = None) -> Stay:
    """The guest leaves for hospital: the stay ends, the room waits for terminal disinfection
    once empty, and the stay's active alerts are resolved with the note."""
    require(actor, Permission.ALERTS)
    now = _now(now)
    note = note.strip()
    if not note:
        raise ValidationFailed(
            _tr("write the transfer details (hospital, vehicle, time) before confirming")
        )
    alert = _active_or_refuse(session, alert_id)
    stay = get_stay(session, alert.stay_id)
    if stay.status != StayStatus.IN_QUARANTINE.value:
        raise ValidationFailed(
            _tr("this guest is not in quarantine here ({status})").format(status=stay.status)
        )
    before = audit.snapshot(stay)
    stay.status = StayStatus.TRANSFERRED_OUT.value
    stay.exit_at = now
    stay.exit_reason = HOSPITAL_EXIT_REASON
    session.add(stay)
    rooms = leave_room(session, stay.id or 0, now)
    session.flush()
    audit.record(session, actor, "stay.transfer_to_hospital", "stay", stay.id, before=before,
                 after=audit.snapshot(stay) | {"room": rooms[0].number if rooms else None,
                                               "note": note},
                 guest_id=stay.guest_id, at=now)
    for other in session.exec(
        select(Alert).where(Alert.stay_id == stay.id,
                            Alert.status.in_(ACTIVE_STATUSES))  # type: ignore[attr-defined]
    ).all():
        _close(session, actor, other,
               _tr("transferred to hospital: {note}").format(note=note), now)
    events.changed(session, events.Topic.ALERTS, events.Topic.STAYS, events.Topic.ROOMS)
    return stay


def open_count(session: Session) -> int:
    """How many alerts are open or escalated (the count beside "Alerts" in the navigation)."""
    return int(session.exec(
        select(func.count()).select_from(Alert)
        .where(Alert.status.in_(ACTIVE_STATUSES))  # type: ignore[attr-defined]
    ).one())
