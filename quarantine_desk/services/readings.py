"""Temperature readings (体温记录): entering them, voiding mistakes, the rounds sheet.

A reading outside the stay's policy's plausible range is refused as a typing error; one at or
above its fever threshold opens a fever alert; symptoms without fever open a symptom alert.
The rounds of a day are the policy's ``reading_slots`` (DESIGN.md §12). Saving one reading
touches only its own stay's rows through the (stay_id, taken_at) index, so it stays fast on
millions of readings (DESIGN.md §10).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import aliased
from sqlmodel import Session, or_, select

from quarantine_desk.domain.enums import AlertKind, StayStatus
from quarantine_desk.domain.parsing import ParseError, clean_text, parse_celsius
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import Named
from quarantine_desk.domain.room_choice import room_sort_key
from quarantine_desk.domain.text import translate
from quarantine_desk.services import (
    alert_text,
    alerts,
    audit,
    bulk_rows,
    events,
    policies,
    stay_lookup,
)
from quarantine_desk.services.bulk_rows import chunks
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import NotFound, ServiceError, ValidationFailed
from quarantine_desk.services.serialize import serialize
from quarantine_desk.services.stays import get_stay, guest_of
from quarantine_desk.store.models import (
    Guest,
    PolicyVersion,
    Reading,
    Room,
    RoomAssignment,
    Stay,
)

METHODS = ("forehead", "ear", "armpit", "oral")
#: The codes of the slots of a day of two rounds (the COVID-19 presets' 08:00 and 16:00);
#: the slots of a day of one or three and more rounds are named by their round time, "14:00".
SLOTS = ("morning", "afternoon")
_DAY_MINUTES = 24 * 60
#: Clocks on different desks drift; a reading a few minutes "in the future" is not a typo.
FUTURE_TOLERANCE = timedelta(minutes=10)


def _tr(text: str) -> str:
    return translate("readings", text)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now().replace(microsecond=0)


def fever_threshold(session: Session, stay: Stay) -> float:
    """The threshold of the policy the stay keeps (37.3 °C by default)."""
    return policies.policy_by_id(session, stay.policy_id).fever_threshold


def plausible_range(session: Session, policy_id: int) -> tuple[float, float]:
    """The lowest and highest reading the policy ``policy_id`` accepts (34.0–43.0 °C for
    COVID-19): anything outside is a typing error."""
    return policies.policy_by_id(session, policy_id).plausible_celsius


def is_fever(celsius: float, threshold: float) -> bool:
    # Both values carry one decimal; compare at that precision, not in binary floating point.
    return round(celsius - threshold, 1) >= 0


def _celsius(value: object, plausible: tuple[float, float]) -> float:
    try:
        return parse_celsius(value, plausible)
    except ParseError as exc:
        raise ValidationFailed(str(exc)) from exc


def _symptoms(symptoms: Iterable[str]) -> str:
    return ";".join(s for s in (clean_text(item) for item in symptoms) if s)


def _check_moment(method: str, taken: datetime, now: datetime) -> None:
    if method not in METHODS:
        raise ValidationFailed(
            _tr("unknown method '{method}': use forehead, ear, armpit or oral").format(
                method=method)
        )
    if taken > now + FUTURE_TOLERANCE:
        raise ValidationFailed(
            _tr("the reading time {time} is in the future: check the date").format(
                time=taken.strftime("%Y-%m-%d %H:%M"))
        )


def _check_stay(status: str, arrival_at: datetime | None, taken: datetime,
                name: Callable[[], str]) -> None:
    """A reading belongs to a stay in quarantine, not before its arrival day (``name`` is
    asked only for the refusal's words)."""
    if status != StayStatus.IN_QUARANTINE.value:
        raise ValidationFailed(
            _tr("{name} is not in quarantine here ({status}): no readings can be added").format(
                name=name(), status=status)
        )
    if arrival_at is not None and taken.date() < arrival_at.date():
        raise ValidationFailed(
            _tr("{time} is before {name} arrived ({arrival}): check the date").format(
                time=taken.strftime("%Y-%m-%d %H:%M"), name=name(),
                arrival=arrival_at.strftime("%Y-%m-%d %H:%M"))
        )


def _already_recorded(taken: datetime) -> ValidationFailed:
    return ValidationFailed(
        _tr("a reading at {time} is already recorded for this guest: void it to correct "
            "it").format(time=taken.strftime("%Y-%m-%d %H:%M"))
    )


def record_reading(
    session: Session,
    actor: Actor,
    stay_id: int,
    celsius: float | str,
    *,
    taken_at: datetime | None = None,
    symptoms: Iterable[str] = (),
    method: str = "forehead",
    now: datetime | None = None,
) -> ReadingRecord:
    """Save one measurement of a guest in quarantine; a fever opens (or adds to) an alert.
    A value outside the plausible range of the policy the stay keeps is refused."""
    require(actor, Permission.READINGS)
    serialize(session)
    now = _now(now)
    stay = get_stay(session, stay_id)
    value = _celsius(celsius, plausible_range(session, stay.policy_id))
    taken = (taken_at or now).replace(microsecond=0)
    _check_moment(method, taken, now)
    _check_stay(stay.status, stay.arrival_at, taken, lambda: guest_of(session, stay).full_name)
    if session.exec(
        select(Reading.id).where(Reading.stay_id == stay_id, Reading.taken_at == taken,
                                 Reading.voided_at.is_(None))  # type: ignore[union-attr]
    ).first() is not None:
        raise _already_recorded(taken)
    reading = Reading(stay_id=stay_id, taken_at=taken, celsius=value, method=method,
                      symptoms=_symptoms(symptoms), entered_by=actor.username, entered_at=now)
    audit.saved(session, actor, "reading.add", "reading", reading, guest_id=stay.guest_id, at=now)
    _raise_alerts(session, actor, stay, reading, now)
    events.changed(session, events.Topic.READINGS)
    return reading_record(reading)


def _raise_alerts(session: Session, actor: Actor, stay: Stay, reading: Reading,
                  now: datetime) -> None:
    kind = _alert_kind(reading.celsius, reading.symptoms, fever_threshold(session, stay))
    if kind is None:
        return
    alerts.raise_alert(session, actor, stay, kind, alert_text.reading_summary(kind, reading),
                       reading_id=reading.id, found_at=reading.taken_at, now=now)


@dataclass(frozen=True)
class ReadingEntry:
    """One reading of a batch (a row of an imported file), its values already read."""

    stay_id: int
    celsius: float
    taken_at: datetime
    symptoms: tuple[str, ...] = ()
    method: str = "forehead"


def record_readings(session: Session, actor: Actor, entries: Sequence[ReadingEntry],
                    now: datetime | None = None) -> list[str | None]:
    """Save many readings as :func:`record_reading` saves each (same checks, audit events and
    alerts), in a few statements whatever the number of readings kept: for each entry None
    when it was saved, else why it was refused (nothing of it is written)."""
    require(actor, Permission.READINGS)
    serialize(session)
    now = _now(now)
    stays = stay_lookup.stays_by_id(session, (e.stay_id for e in entries))
    taken_of = [e.taken_at.replace(microsecond=0) for e in entries]
    recorded = _recorded_moments(session, stays, taken_of)
    ranges = {policy_id: plausible_range(session, policy_id)
              for policy_id in {stay.policy_id for stay in stays.values()}}
    outcome: list[str | None] = []
    rows: list[dict[str, object]] = []
    for entry, taken in zip(entries, taken_of, strict=True):
        try:
            stay = stays.get(entry.stay_id)
            if stay is None:
                raise NotFound(translate("stays", "there is no stay {id}").format(
                    id=entry.stay_id))
            value = _celsius(entry.celsius, ranges[stay.policy_id])
            _check_moment(entry.method, taken, now)
            _check_stay(stay.status, stay.arrival_at, taken, lambda s=stay: s.guest_name)
            if (entry.stay_id, taken) in recorded:
                raise _already_recorded(taken)
        except ServiceError as exc:
            outcome.append(str(exc))
            continue
        recorded.add((entry.stay_id, taken))
        outcome.append(None)
        rows.append({"stay_id": entry.stay_id, "taken_at": taken, "celsius": value,
                     "method": entry.method, "symptoms": _symptoms(entry.symptoms),
                     "entered_by": actor.username, "entered_at": now, "voided_at": None,
                     "voided_by": "", "void_reason": ""})
    _write(session, actor, rows, stays, now)
    return outcome


def _recorded_moments(session: Session, stays: dict[int, stay_lookup.StayFacts],
                      taken: list[datetime]) -> set[tuple[int, datetime]]:
    """(stay, moment) of the valid readings the stays already have between the batch's first
    and last moment: index seeks per stay, not a scan of their history."""
    found: set[tuple[int, datetime]] = set()
    if not stays or not taken:
        return found
    for batch in chunks(sorted(stays)):
        found.update(session.exec(
            select(Reading.stay_id, Reading.taken_at)
            .where(Reading.stay_id.in_(batch),  # type: ignore[attr-defined]
                   Reading.taken_at >= min(taken), Reading.taken_at <= max(taken),
                   Reading.voided_at.is_(None))  # type: ignore[union-attr]
        ).all())
    return found


def _write(session: Session, actor: Actor, rows: list[dict[str, object]],
           stays: dict[int, stay_lookup.StayFacts], now: datetime) -> None:
    """Insert the readings, then their audit events, each followed by its alert's event."""
    if not rows:
        return
    for row, reading_id in zip(rows, bulk_rows.insert_returning_ids(session, Reading, rows),
                               strict=True):
        row["id"] = reading_id
    thresholds: dict[int, float] = {}
    findings, after_row = [], []
    for row in rows:
        stay = stays[row["stay_id"]]  # type: ignore[index]
        if stay.policy_id not in thresholds:
            thresholds[stay.policy_id] = policies.policy_by_id(
                session, stay.policy_id).fever_threshold
        kind = _alert_kind(row["celsius"], str(row["symptoms"]),  # type: ignore[arg-type]
                           thresholds[stay.policy_id])
        after_row.append(kind is not None)
        if kind is not None:
            findings.append(alerts.Finding(
                stay_id=stay.id, guest_id=stay.guest_id, kind=kind,
                summary=alert_text.reading_summary(kind, _SummaryOf(row)),  # type: ignore[arg-type]
                found_at=row["taken_at"], reading_id=row["id"]))  # type: ignore[arg-type]
    alert_events = iter(alerts.raise_alerts(session, actor, findings, now))
    trail = []
    for row, alerted in zip(rows, after_row, strict=True):
        trail.append(bulk_rows.event(actor, "reading.add", "reading", row["id"],  # type: ignore[arg-type]
                                     after=bulk_rows.snapshot(Reading, row),
                                     guest_id=stays[row["stay_id"]].guest_id, at=now))  # type: ignore[index]
        if alerted:
            trail.append(next(alert_events))
    bulk_rows.insert_events(session, trail)
    events.changed(session, events.Topic.READINGS)


class _SummaryOf:
    """The fields of a new reading's row that :func:`alert_text.reading_summary` reads."""

    def __init__(self, row: dict[str, object]) -> None:
        self.taken_at = row["taken_at"]
        self.celsius = row["celsius"]
        self.symptoms = row["symptoms"]


def _alert_kind(celsius: float, symptoms: str, threshold: float) -> AlertKind | None:
    """A fever, else symptoms without fever, else nothing to raise."""
    if is_fever(celsius, threshold):
        return AlertKind.FEVER
    return AlertKind.SYMPTOM if symptoms else None


def void_reading(session: Session, actor: Actor, reading_id: int, reason: str,
                 now: datetime | None = None) -> Reading:
    """Mark a reading as a mistake; it stays on record with who voided it and why."""
    require(actor, Permission.READINGS)
    serialize(session)
    now = _now(now)
    reason = reason.strip()
    if not reason:
        raise ValidationFailed(_tr("give the reason for voiding the reading (e.g. typing error)"))
    reading = session.get(Reading, reading_id)
    if reading is None:
        raise NotFound(_tr("there is no reading {id}").format(id=reading_id))
    if reading.voided_at is not None:
        raise ValidationFailed(
            _tr("this reading was already voided by {user}: {reason}").format(
                user=reading.voided_by, reason=reading.void_reason)
        )
    before = audit.snapshot(reading)
    reading.voided_at = now
    reading.voided_by = actor.username
    reading.void_reason = reason
    stay = get_stay(session, reading.stay_id)
    audit.saved(session, actor, "reading.void", "reading", reading,
                before=before, guest_id=stay.guest_id, at=now)
    _note_on_alert(session, actor, stay, reading, now)
    events.changed(session, events.Topic.READINGS)
    return reading


def correct_reading(session: Session, actor: Actor, reading_id: int, celsius: float | str,
                    reason: str, now: datetime | None = None) -> ReadingRecord:
    """Replace a mistyped reading: void it with ``reason`` and record ``celsius`` at the same
    time, with the same method and symptoms, in the caller's one transaction (both audited),
    so the guest is never left without the slot's reading nor with two of them."""
    require(actor, Permission.READINGS)
    serialize(session)
    reading = session.get(Reading, reading_id)
    if reading is None:
        raise NotFound(_tr("there is no reading {id}").format(id=reading_id))
    # a bad value is refused before anything is voided
    value = _celsius(celsius, plausible_range(session, get_stay(session,
                                                                reading.stay_id).policy_id))
    if round(reading.celsius - value, 1) == 0:
        raise ValidationFailed(_tr("{celsius} °C is already the recorded value").format(
            celsius=f"{value:.1f}"))
    void_reading(session, actor, reading_id, reason, now=now)
    return record_reading(session, actor, reading.stay_id, value, taken_at=reading.taken_at,
                          symptoms=[s for s in reading.symptoms.split(";") if s],
                          method=reading.method, now=now)


def _note_on_alert(session: Session, actor: Actor, stay: Stay, reading: Reading,
                   now: datetime) -> None:
    """Tell whoever handles an active fever alert that one of its readings was voided."""
    if not is_fever(reading.celsius, fever_threshold(session, stay)):
        return
    alert = alerts.active_alert(session, stay.id or 0, AlertKind.FEVER)
    if alert is None:
        return
    note = _tr("reading {celsius} °C of {time} voided: {reason}").format(
        celsius=reading.celsius, time=reading.taken_at.strftime("%m-%d %H:%M"),
        reason=reading.void_reason)
    alerts.raise_alert(session, actor, stay, AlertKind.FEVER, note, reading_id=reading.id,
                       now=now)


@dataclass(frozen=True)
class ReadingRecord:
    """A reading as the guest's record and the charts show it: plain data, so the screens
    never hold a table row."""

    id: int
    taken_at: datetime
    celsius: float
    method: str
    symptoms: str  # "咳嗽;乏力", as stored
    entered_by: str
    voided_at: datetime | None
    voided_by: str
    void_reason: str


def readings_for_stay(session: Session, stay_id: int,
                      include_voided: bool = False) -> list[ReadingRecord]:
    """A stay's readings, oldest first (table and chart of the guest's record)."""
    query = select(Reading).where(Reading.stay_id == stay_id)
    if not include_voided:
        query = query.where(Reading.voided_at.is_(None))  # type: ignore[union-attr]
    return [reading_record(r) for r in session.exec(query.order_by(Reading.taken_at, Reading.id))]


def reading_record(reading: Reading) -> ReadingRecord:
    """The plain record of a reading row."""
    return ReadingRecord(id=reading.id or 0, taken_at=reading.taken_at, celsius=reading.celsius,
                         method=reading.method, symptoms=reading.symptoms,
                         entered_by=reading.entered_by, voided_at=reading.voided_at,
                         voided_by=reading.voided_by, void_reason=reading.void_reason)


@dataclass(frozen=True)
class ReadingInfo:
    """What the rounds sheet shows of a reading (plain data: thousands per sheet)."""

    id: int
    taken_at: datetime
    celsius: float
    symptoms: str


@dataclass(frozen=True)
class RoundRow:
    """One guest on the rounds sheet."""

    room: str
    floor: int
    stay_id: int
    guest_name: str
    fever_threshold: float
    reading: ReadingInfo | None  # the latest of this slot, if taken
    last_reading: ReadingInfo | None  # the latest before this slot, for comparison
    #: The lowest and highest reading the stay's policy accepts.
    plausible: tuple[float, float] = (34.0, 43.0)

    @property
    def missing(self) -> bool:
        return self.reading is None

    @property
    def fever(self) -> bool:
        return self.reading is not None and is_fever(self.reading.celsius,
                                                     self.fever_threshold)


@dataclass(frozen=True)
class Slot:
    """One round of a day and the part of the day whose readings it collects: from halfway
    after the round before (00:00 for the first) to halfway to the next (24:00 for the last),
    so a reading is filed under the round it is nearest to. Rounds at 08:00 and 16:00 make
    the morning (before 12:00) and the afternoon (from 12:00)."""

    code: str  # "morning"/"afternoon" on a day of two rounds, else the round time "14:00"
    round_time: time
    start: int  # minutes after midnight, included
    end: int  # minutes after midnight, excluded (1440: the end of the day)

    def bounds(self, on: date) -> tuple[datetime, datetime]:
        """The slot's first moment on ``on`` and the first moment after it."""
        midnight = datetime.combine(on, time(0, 0))
        return midnight + timedelta(minutes=self.start), midnight + timedelta(minutes=self.end)

    def holds(self, moment: time) -> bool:
        """Whether a reading taken at ``moment`` of the day is filed under this slot."""
        return self.start <= moment.hour * 60 + moment.minute < self.end

    def span(self) -> tuple[str, str]:
        """The slot's first and end time as a sheet prints them: ("11:00", "17:00")."""
        return _clock(self.start), _clock(self.end)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def day_slots(rounds: Sequence[time]) -> tuple[Slot, ...]:
    """The slots of a day whose rounds are at ``rounds`` (a policy's ``reading_slots``, in
    order); the boundary between two rounds is halfway between them, to the minute above
    (so rounds a minute apart each keep their own time)."""
    minutes = [t.hour * 60 + t.minute for t in rounds]
    edges = [0, *((a + b + 1) // 2 for a, b in zip(minutes, minutes[1:], strict=False)),
             _DAY_MINUTES]
    codes = SLOTS if len(rounds) == len(SLOTS) else [_clock(m) for m in minutes]
    return tuple(Slot(code, t, edges[i], edges[i + 1])
                 for i, (code, t) in enumerate(zip(codes, rounds, strict=True)))


_ROUND_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def find_slot(slots: Sequence[Slot], code: str) -> Slot:
    """The slot ``code`` names: its code ("morning", "14:00") or its round time ("08:00" is
    the morning of a COVID-19 day); refused with the codes there are."""
    wanted = code.strip().lower()
    written = _ROUND_TIME.fullmatch(wanted)
    for slot in slots:
        if wanted == slot.code or (written is not None and (
                int(written[1]), int(written[2])) == (slot.round_time.hour,
                                                      slot.round_time.minute)):
            return slot
    if [slot.code for slot in slots] == list(SLOTS):
        raise ValidationFailed(_tr("slot must be morning or afternoon, not '{slot}'").format(
            slot=code))
    raise ValidationFailed(_tr("slot must be a round time of the day ({times}), not "
                               "'{slot}'").format(times=", ".join(s.code for s in slots),
                                                  slot=code))


def slot_bounds(on: date, slot: str, slots: Sequence[Slot]) -> tuple[datetime, datetime]:
    """The first moment of the slot ``slot`` of the day ``on`` and the first after it."""
    return find_slot(slots, slot).bounds(on)


@dataclass(frozen=True)
class RoundsDay:
    """What the rounds sheet of a date follows: the version of the policy in force that day."""

    slots: tuple[Slot, ...]
    symptoms: tuple[Named, ...]


def rounds_day(session: Session, on: date) -> RoundsDay:
    """The rounds and the symptoms to ask about on ``on`` (the version in force that day)."""
    policy = policies.record_in_force(session, on).policy
    return RoundsDay(slots=day_slots(policy.reading_slots), symptoms=policy.symptoms)


def slots_on(session: Session, on: date) -> tuple[Slot, ...]:
    """The slots of the day ``on``: the rounds of the version of the policy in force."""
    return rounds_day(session, on).slots


def rounds_sheet(session: Session, on: date, slot: str) -> list[RoundRow]:
    """Every guest housed during the slot, in room order (floor, number), with the slot's
    reading and the one before it.

    The slots are those of the version of the policy in force on ``on``, for every guest on
    the sheet: one round goes past every door whatever version each stay keeps (a stay
    admitted under an older version with other rounds is measured on this day's rounds).
    Each row keeps its own stay's fever threshold and plausible range.
    A guest who left during the slot without a reading is not listed (nothing is missing).
    """
    start, end = slot_bounds(on, slot, slots_on(session, on))
    housed = session.exec(
        select(RoomAssignment.stay_id, RoomAssignment.start_at, RoomAssignment.end_at,
               Room.number, Room.floor, Guest.full_name, Stay.policy_id)
        .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
        .join(Stay, Stay.id == RoomAssignment.stay_id)  # type: ignore[arg-type]
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(RoomAssignment.start_at < end,
               or_(RoomAssignment.end_at.is_(None), RoomAssignment.end_at > start))  # type: ignore[union-attr,operator]
        .order_by(RoomAssignment.start_at)
    ).all()
    latest = {row[0]: row for row in housed}  # a guest moved during the slot: the last room
    in_slot = _infos(session.exec(
        select(Reading.stay_id, Reading.id, Reading.taken_at, Reading.celsius, Reading.symptoms)
        .where(Reading.taken_at >= start, Reading.taken_at < end,
               Reading.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(Reading.taken_at, Reading.id)
    ).all())
    before = _last_before(session, list(latest), start)
    rows = []
    kept: dict[int, tuple[float, tuple[float, float]]] = {}
    for stay_id, _, left_at, number, floor, name, policy_id in latest.values():
        if left_at is not None and left_at < end and stay_id not in in_slot:
            continue
        if policy_id not in kept:  # a handful of versions for thousands of stays
            policy = policies.policy_by_id(session, policy_id)
            kept[policy_id] = (policy.fever_threshold, policy.plausible_celsius)
        threshold, plausible = kept[policy_id]
        rows.append(RoundRow(room=number, floor=floor, stay_id=stay_id, guest_name=name,
                             fever_threshold=threshold, reading=in_slot.get(stay_id),
                             last_reading=before.get(stay_id), plausible=plausible))
    rows.sort(key=lambda r: (r.floor, room_sort_key(r.room), r.guest_name, r.stay_id))
    return rows


def _infos(rows: Iterable[tuple[int, int, datetime, float, str]]) -> dict[int, ReadingInfo]:
    """Rows (stay_id, id, taken_at, celsius, symptoms) in time order -> each stay's last."""
    return {stay_id: ReadingInfo(id=reading_id, taken_at=taken_at, celsius=celsius,
                                 symptoms=symptoms)
            for stay_id, reading_id, taken_at, celsius, symptoms in rows}


def _last_before(session: Session, stay_ids: list[int],
                 moment: datetime) -> dict[int, ReadingInfo]:
    """Each stay's latest valid reading before ``moment``: one backwards seek per stay on the
    (stay_id, taken_at) index, not a scan of every reading the stays have."""
    if not stay_ids:
        return {}
    earlier = aliased(Reading)
    last_id = (
        select(earlier.id)
        .where(earlier.stay_id == Stay.id, earlier.taken_at < moment,
               earlier.voided_at.is_(None))  # type: ignore[union-attr]
        .order_by(earlier.taken_at.desc(), earlier.id.desc())  # type: ignore[union-attr]
        .limit(1)
        .correlate(Stay)
        .scalar_subquery()
    )
    wanted = select(last_id).where(Stay.id.in_(stay_ids))  # type: ignore[union-attr]
    return _infos(session.exec(
        select(Reading.stay_id, Reading.id, Reading.taken_at, Reading.celsius, Reading.symptoms)
        .where(Reading.id.in_(wanted))  # type: ignore[union-attr]
    ).all())


def missing_count(session: Session, on: date, slot: str) -> int:
    """How many guests on the rounds sheet still have no reading for the slot."""
    return sum(1 for row in rounds_sheet(session, on, slot) if row.missing)


def fevers_per_day(session: Session, start: date, end: date) -> list[tuple[date, int]]:
    """For each day from ``start`` to ``end`` (both included), how many guests had a valid
    reading at or above their stay's threshold (the site's fever chart)."""
    thresholds = {row.id: policies.load(row).fever_threshold
                  for row in session.exec(select(PolicyVersion))}
    feverish: dict[date, set[int]] = {}
    if thresholds:
        rows = session.exec(
            select(Reading.stay_id, Reading.taken_at, Reading.celsius, Stay.policy_id)
            .join(Stay, Stay.id == Reading.stay_id)  # type: ignore[arg-type]
            .where(Reading.taken_at >= datetime.combine(start, time(0, 0)),
                   Reading.taken_at < datetime.combine(end + timedelta(days=1), time(0, 0)),
                   Reading.voided_at.is_(None),  # type: ignore[union-attr]
                   Reading.celsius >= min(thresholds.values()) - 0.05)
        ).all()
        for stay_id, taken_at, celsius, policy_id in rows:
            if is_fever(celsius, thresholds[policy_id]):
                feverish.setdefault(taken_at.date(), set()).add(stay_id)
    days = (start + timedelta(days=n) for n in range((end - start).days + 1))
    return [(day, len(feverish.get(day, ()))) for day in days]
