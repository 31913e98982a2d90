"""The state each room was in at a past moment, rebuilt from the records (the daily report of
a past day, DESIGN.md §7).

A room's ``state`` column only says what the room is now. Its past is kept in two places:

* the stays' room assignments (``start_at``/``end_at``). A room is *occupied* while an
  assignment covers the moment. When a stay leaves (release, move, transfer to hospital) the
  services set the emptied room to *awaiting disinfection* as a side effect: the audit event
  is the stay's (``stay.release``, ``stay.move``, ``stay.transfer_to_hospital``), the room has
  none of its own, so the end of the assignment is what dates that change. An assignment that
  ends while another still covers the room changes nothing that shows: the room stays
  occupied until the last one ends, whose end then dates the change. Check-in (and admitting
  an expected arrival, and the target of a move) sets *occupied* the same way; the
  assignment's start dates it.
* the audit trail's own room events (``room.add``, ``room.reserve``, ``room.available``,
  ``room.disinfected``, ``room.out_of_service``), whose ``after`` snapshot holds the state
  set and whose ``before`` snapshot the state left.

**Forward**: at T a room is *occupied* if an assignment covers T (started at or before T, not
ended by T: the same rule as a guest being present), else in the state of its latest room
event or assignment end at or before T. When both fall on the same moment the room event came
second: the services refuse to change a room's state while someone is in it (only a stay that
arrived and left within that same second could say otherwise). A room whose ``room.add`` is
after T did not exist yet and is left out.

**Backward check**: the first change after T must start from that state: the ``before`` of the
room's first event after T when that comes before any new assignment, or the room's state
now when nothing changed since T. A room whose records disagree (a change made outside the
services, two desks' clocks out of step) gets :data:`UNKNOWN` instead of a state the records
cannot vouch for. A room with no record of its addition predates the records: its state at
T is then the one the first record after T starts from, or :data:`UNKNOWN` when only a
check-in follows (which does not say whether the room was free or reserved).

**Now**: at or after the last moment the audit trail records anything, nothing the desk
does has changed a room since, and the rooms are as the table has them (today's report,
which must give what the room board gives, reads them off directly: one quick query).

Otherwise a handful of queries whatever the history's length: the rooms, one aggregate over
the assignments, one over the room events (each room's latest state-setting moment up to T
and first moment after it), then the events at those moments through the index on time and
the snapshots of at most two events per room. Plain SQL, portable to PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, and_, case, func, or_, type_coerce
from sqlmodel import Session, select

from quarantine_desk.domain.enums import RoomState
from quarantine_desk.store.models import AuditEvent, Room, RoomAssignment

#: The state of a room at a moment the records cannot tell.
UNKNOWN = "unknown"

#: Room events whose ``after`` snapshot sets the room's state (rooms.add_rooms, rooms.set_state).
STATE_ACTIONS = ("room.add", "room.available", "room.reserve", "room.out_of_service",
                 "room.disinfected")
ADD_ACTION = "room.add"

_STATES = {state.value for state in RoomState}


@dataclass(frozen=True)
class RoomCounts:
    """Rooms that existed at a moment, by the state they were in."""

    total: int
    by_state: dict[str, int]  # every RoomState value -> rooms
    unknown: int  # rooms in ``total`` whose state the records cannot tell (in no state)


@dataclass(frozen=True)
class _Event:
    at: datetime
    action: str
    state: str | None  # after (latest up to T) or before (first after T); None: not recorded


def _state_in(snapshot: str | None) -> str | None:
    if not snapshot:
        return None
    try:
        data: Any = json.loads(snapshot)
    except ValueError:
        return None
    state = data.get("state") if isinstance(data, dict) else None
    return state if state in _STATES else None


def _chunks(values: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for first in range(0, len(values), size):
        yield values[first:first + size]


def _room_events(session: Session, at: datetime) -> tuple[dict[int, _Event], dict[int, _Event]]:
    """Per room, its latest state-setting event at or before ``at`` (with the state it set),
    and its first event of any kind after ``at`` (with the state it started from; None for a
    ``room.add``, the room's creation).

    One pass over the room events finds the two moments of each room; the events at those
    moments are then read through the index on time, and the snapshots of the chosen ones
    by id, so that the JSON of at most two events per room is read.
    """
    setting = and_(AuditEvent.at <= at, AuditEvent.action.in_(STATE_ACTIONS))  # type: ignore[operator,attr-defined]
    moments = session.exec(
        select(AuditEvent.entity_id,
               type_coerce(func.max(case((setting, AuditEvent.at))), DateTime),
               type_coerce(func.min(case((AuditEvent.at > at, AuditEvent.at))), DateTime))  # type: ignore[operator]
        .where(AuditEvent.entity == "room", AuditEvent.entity_id.is_not(None))  # type: ignore[union-attr]
        .group_by(AuditEvent.entity_id)
    ).all()
    wanted = {(int(room_id), when) for room_id, last, first in moments
              for when in (last, first) if when is not None}
    best: dict[tuple[int, bool], tuple[int, datetime, str]] = {}  # (room, after at?) -> event
    for chunk in _chunks(sorted({when for _, when in wanted})):
        # the entity is tested through an expression, which no index serves, so that the
        # time index alone does the lookup (an equality on the entity would have the
        # database walk every room event again)
        for event_id, room_id, when, action in session.exec(
            select(AuditEvent.id, AuditEvent.entity_id, AuditEvent.at, AuditEvent.action)
            .where(AuditEvent.at.in_(chunk),  # type: ignore[attr-defined]
                   AuditEvent.entity + "" == "room")
        ):
            if room_id is None or (room_id, when) not in wanted:
                continue
            later = when > at
            if not later and action not in STATE_ACTIONS:
                continue
            key, held = (room_id, later), best.get((room_id, later))
            # the latest up to ``at`` is the last written at its moment, the first after it
            # the first written at its own
            if held is None or (event_id < held[0] if later else event_id > held[0]):
                best[key] = (event_id or 0, when, action)
    snapshots: dict[int, tuple[str | None, str | None]] = {}
    for chunk in _chunks(sorted(event_id for event_id, _, _ in best.values())):
        snapshots.update((event_id, (before, after)) for event_id, before, after in session.exec(
            select(AuditEvent.id, AuditEvent.before, AuditEvent.after)
            .where(AuditEvent.id.in_(chunk))  # type: ignore[union-attr]
        ))
    latest: dict[int, _Event] = {}
    first_after: dict[int, _Event] = {}
    for (room_id, later), (event_id, when, action) in best.items():
        before, after = snapshots.get(event_id, (None, None))
        if later:
            first_after[room_id] = _Event(when, action, _state_in(before))
        else:
            latest[room_id] = _Event(when, action, _state_in(after))
    return latest, first_after


def _assignments(session: Session, at: datetime
                 ) -> dict[int, tuple[bool, datetime | None, datetime | None]]:
    """Per room: whether an assignment covers ``at``, the last end at or before ``at``, and
    the first start after it."""
    start, end = RoomAssignment.start_at, RoomAssignment.end_at
    covering = and_(start <= at, or_(end.is_(None), end > at))  # type: ignore[union-attr,operator]
    rows = session.exec(
        select(RoomAssignment.room_id,
               func.max(case((covering, 1), else_=0)),
               type_coerce(func.max(case((end <= at, end))), DateTime),  # type: ignore[operator]
               type_coerce(func.min(case((start > at, start))), DateTime))  # type: ignore[operator]
        .group_by(RoomAssignment.room_id)
    ).all()
    return {int(room_id): (bool(covered), last_end, next_start)
            for room_id, covered, last_end, next_start in rows}


def _state_of(current: str, covered: bool, last_end: datetime | None,
              next_start: datetime | None, latest: _Event | None, first_after: _Event | None
              ) -> str:
    if covered:
        return RoomState.OCCUPIED.value
    forward = latest.state if latest is not None else None
    if last_end is not None and (latest is None or last_end > latest.at):
        forward = RoomState.AWAITING_DISINFECTION.value
    checked = True
    if first_after is not None and (next_start is None or first_after.at <= next_start):
        backward = first_after.state  # None: a later event that does not say (no check)
        checked = backward is not None
    elif next_start is not None:
        backward, checked = None, False  # a check-in follows: free or reserved, it does not say
    else:
        backward = current if current in _STATES else None  # nothing changed since
        checked = backward is not None
    if forward is None:
        return backward if backward is not None else UNKNOWN
    if checked and backward != forward:
        return UNKNOWN
    return forward


def nothing_recorded_after(session: Session, at: datetime) -> bool:
    """Whether the audit trail records nothing after ``at``: the tables then read as at ``at``."""
    last = session.exec(select(func.max(AuditEvent.at))).one()
    return last is None or last <= at


def states_at(session: Session, at: datetime) -> dict[int, str]:
    """Room id -> the RoomState value of each room that existed at ``at``, or :data:`UNKNOWN`."""
    if nothing_recorded_after(session, at):
        return {room_id: state for room_id, state in session.exec(select(Room.id, Room.state))
                if room_id is not None}
    latest, first_after = _room_events(session, at)
    assignments = _assignments(session, at)
    states: dict[int, str] = {}
    for room_id, current in session.exec(select(Room.id, Room.state)).all():
        assert room_id is not None
        later = first_after.get(room_id)
        if later is not None and later.action == ADD_ACTION:
            continue  # added after the moment
        covered, last_end, next_start = assignments.get(room_id, (False, None, None))
        states[room_id] = _state_of(current, covered, last_end, next_start,
                                    latest.get(room_id), later)
    return states


def count(states: Iterable[str]) -> RoomCounts:
    by_state = dict.fromkeys(sorted(_STATES), 0)
    total = unknown = 0
    for state in states:
        total += 1
        if state in by_state:
            by_state[state] += 1
        else:
            unknown += 1
    return RoomCounts(total=total, by_state=by_state, unknown=unknown)


def counts_at(session: Session, at: datetime) -> RoomCounts:
    """How many rooms existed at ``at``, by the state they were in then."""
    return count(states_at(session, at).values())
