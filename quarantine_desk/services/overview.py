"""The Overview panel (DESIGN.md §8): the site at a glance for one day.

Today's figures, alerts needing action, who is expected, who is due to leave today and
tomorrow, who is past their release date and why, the medical staff on duty, and the rooms
that will be free over the next two weeks. Every part is one set-based query (or a call to
the service that owns it), so the panel opens at once on a large site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import Role, RoomState, StayStatus, TestResult
from quarantine_desk.domain.identity import mask_id_number
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.services import alerts, policies, release, rooms
from quarantine_desk.services.board import ACTIVE_ALERTS, all_policies
from quarantine_desk.store.models import (
    Alert,
    Guest,
    LabTest,
    Reading,
    Room,
    RoomAssignment,
    Staff,
    Stay,
)

_IN_QUARANTINE = StayStatus.IN_QUARANTINE.value


@dataclass(frozen=True)
class Figures:
    """Today's numbers (the top row of the panel and the daily report's core)."""

    rooms: dict[str, int]  # the ``vacancy`` object: rooms by state, guests in quarantine
    guests_in_quarantine: int
    arrivals_today: int
    expected: int  # announced and not yet arrived
    releases_today: int
    fevers_today: int  # guests with a reading at or above their policy's threshold today
    positives_today: int  # guests with a positive result reported today
    open_alerts: int


@dataclass(frozen=True)
class ExpectedArrival:
    stay_id: int
    name: str
    id_number_masked: str
    category: str
    batch: str
    origin: str
    expected_at: datetime | None


@dataclass(frozen=True)
class DueRelease:
    stay_id: int
    name: str
    room: str
    category: str
    batch: str
    planned_release: date


@dataclass(frozen=True)
class OnDuty:
    name: str
    role: str
    phone: str


@dataclass(frozen=True)
class Overview:
    on: date
    figures: Figures
    alerts: list[alerts.AlertView]  # open and escalated, newest first
    expected: list[ExpectedArrival]  # earliest expected first
    due_today: list[DueRelease]  # by room
    due_tomorrow: list[DueRelease]
    overdue: list[release.ReleaseCandidate]  # most overdue first; ``reasons`` say why
    on_duty: list[OnDuty]


def _day(on: date) -> tuple[datetime, datetime]:
    start = datetime.combine(on, time())
    return start, start + timedelta(days=1)


def _count(session: Session, query) -> int:  # type: ignore[no-untyped-def]
    return int(session.exec(query).one())


def _fevers_on(session: Session, on: date) -> int:
    """Guests with a valid reading at or above the threshold of the policy their stay keeps."""
    start, end = _day(on)
    rows = session.exec(
        select(Stay.policy_id, func.max(Reading.celsius))
        .join(Stay, Stay.id == Reading.stay_id)  # type: ignore[arg-type]
        .where(Reading.taken_at >= start, Reading.taken_at < end,
               Reading.voided_at.is_(None))  # type: ignore[union-attr]
        .group_by(Reading.stay_id, Stay.policy_id)
    ).all()
    by_policy = all_policies(session) if rows else {}
    return sum(1 for policy_id, hottest in rows if hottest >= by_policy[policy_id].fever_threshold)


def figures(session: Session, on: date) -> Figures:
    start, end = _day(on)
    vacancy = rooms.vacancy(session)
    reported = func.coalesce(LabTest.reported_at, LabTest.sampled_at)
    return Figures(
        rooms=vacancy,
        guests_in_quarantine=vacancy["guests_in_quarantine"],
        arrivals_today=_count(session, select(func.count()).select_from(Stay).where(
            Stay.arrival_at >= start, Stay.arrival_at < end)),  # type: ignore[operator]
        expected=_count(session, select(func.count()).select_from(Stay).where(
            Stay.status == StayStatus.EXPECTED.value)),
        releases_today=_count(session, select(func.count()).select_from(Stay).where(
            Stay.status == StayStatus.RELEASED.value,
            Stay.exit_at >= start, Stay.exit_at < end)),  # type: ignore[operator]
        fevers_today=_fevers_on(session, on),
        positives_today=_count(session, select(func.count(LabTest.stay_id.distinct()))  # type: ignore[attr-defined]
                               .where(LabTest.result == TestResult.POSITIVE.value,
                                      reported >= start, reported < end)),
        open_alerts=_count(session, select(func.count()).select_from(Alert).where(
            Alert.status.in_(ACTIVE_ALERTS))),  # type: ignore[attr-defined]
    )


def expected_arrivals(session: Session) -> list[ExpectedArrival]:
    """Everyone announced and not arrived yet, soonest first; every policy version is read, so
    their categories are named as their policies name them (:func:`policies.category_label`)."""
    policies.read_all(session)
    rows = session.exec(
        select(Stay.id, Guest.full_name, Guest.id_number, Stay.category, Stay.batch,
               Stay.origin, Stay.expected_at)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(Stay.status == StayStatus.EXPECTED.value)
        .order_by(Stay.expected_at, Stay.id)
    ).all()
    return [ExpectedArrival(stay_id, name, mask_id_number(number), category, batch, origin,
                            expected_at)
            for stay_id, name, number, category, batch, origin, expected_at in rows]


def releases_due(session: Session, days: Iterable[date]) -> dict[date, list[DueRelease]]:
    """Guests in quarantine whose planned release falls on each of ``days``, by room (their
    categories named by their policies once this has read every version)."""
    policies.read_all(session)
    wanted = list(days)
    rows = session.exec(
        select(Stay.id, Guest.full_name, Room.number, Stay.category, Stay.batch,
               Stay.planned_release)
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .outerjoin(RoomAssignment, (RoomAssignment.stay_id == Stay.id)
                   & RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        .outerjoin(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .where(Stay.status == _IN_QUARANTINE, Stay.planned_release.in_(wanted))  # type: ignore[attr-defined]
    ).all()
    due: dict[date, list[DueRelease]] = {day: [] for day in wanted}
    for stay_id, name, number, category, batch, planned in rows:
        due[planned].append(DueRelease(stay_id, name, number or "", category, batch, planned))
    for listed in due.values():
        listed.sort(key=lambda d: (room_sort_key(d.room), d.name))
    return due


def overdue(session: Session, on: date, now: datetime) -> list[release.ReleaseCandidate]:
    """Guests still here after their planned release, each with the criteria that keep them."""
    ids = session.exec(
        select(Stay.id).where(Stay.status == _IN_QUARANTINE, Stay.planned_release < on)
    ).all()
    late = release.evaluate_stays(session, ids, on, now)
    return sorted(late, key=lambda c: (-c.days_overdue, room_sort_key(c.room), c.name))


def medical_on_duty(session: Session) -> list[OnDuty]:
    """The doctors and nurses marked on duty, with the phone to reach them."""
    rows = session.exec(
        select(Staff.display_name, Staff.username, Staff.role, Staff.phone)
        .where(Staff.on_duty, Staff.active, Staff.role == Role.MEDICAL.value)  # type: ignore[arg-type]
        .order_by(Staff.display_name, Staff.username)
    ).all()
    return [OnDuty(display or username, role, phone) for display, username, role, phone in rows]


def site_overview(session: Session, on: date, now: datetime) -> Overview:
    """Everything the Overview panel shows for day ``on``, as of the moment ``now``."""
    tomorrow = on + timedelta(days=1)
    due = releases_due(session, (on, tomorrow))
    return Overview(
        on=on,
        figures=figures(session, on),
        alerts=alerts.open_alerts(session),
        expected=expected_arrivals(session),
        due_today=due[on],
        due_tomorrow=due[tomorrow],
        overdue=overdue(session, on, now),
        on_duty=medical_on_duty(session),
    )


def free_rooms_forecast(session: Session, start: date, days: int = 14) -> list[tuple[date, int]]:
    """Rooms free on each of ``days`` days from ``start`` (the panel's two-week chart).

    A room counts as free on day D when nobody will be in it and it can take a guest:

    - an available room without occupants is free every day;
    - a room awaiting terminal disinfection is free from ``start`` (disinfection is done
      within the day);
    - an occupied room is free from the latest planned release of the guests in it — that is,
      everyone is assumed to leave on their planned release date (overdue guests on
      ``start``) and the room to be disinfected the same day;
    - reserved and out-of-service rooms are never counted, and expected arrivals are not
      subtracted (they have no room until they are admitted).
    """
    occupants = (
        select(RoomAssignment.room_id, func.max(Stay.planned_release).label("leaves"))
        .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
        .where(RoomAssignment.end_at.is_(None), Stay.status == _IN_QUARANTINE)  # type: ignore[union-attr]
        .group_by(RoomAssignment.room_id)
        .subquery()
    )
    rows = session.exec(
        select(Room.state, occupants.c.leaves)
        .outerjoin(occupants, occupants.c.room_id == Room.id)  # type: ignore[arg-type]
    ).all()
    free_from: list[date] = []
    for state, leaves in rows:
        if state in (RoomState.RESERVED.value, RoomState.OUT_OF_SERVICE.value):
            continue
        if leaves is not None:
            free_from.append(leaves)
        elif state in (RoomState.AVAILABLE.value, RoomState.AWAITING_DISINFECTION.value):
            free_from.append(start)
    forecast = []
    for k in range(days):
        day = start + timedelta(days=k)
        forecast.append((day, sum(1 for d in free_from if d <= day)))
    return forecast
