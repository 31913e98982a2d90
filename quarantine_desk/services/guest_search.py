"""Searching guests as the Guests panel's search box is typed in (DESIGN.md §8).

Search must answer a keystroke on 100,000 stays in well under 100 ms (§10): the page's stay
ids come off the ``ix_stay_search_order`` index (or, for rare text, from a filtered sort),
then one query reads those rows and one their rooms; never a query per row.

Text that names stays exactly (a room number: the guests now in it; an ID number: that
person's stays) lists those first, so that "207" and Enter opens the guest of room 207, not
the guest of room 217 whose phone holds 207 and who happens to sort first.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, literal_column, or_
from sqlmodel import Session, select

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.identity import mask_id_number
from quarantine_desk.domain.parsing import ParseError, parse_category
from quarantine_desk.domain.policy import day_number
from quarantine_desk.domain.text import translate
from quarantine_desk.services import alerts, policies
from quarantine_desk.services.board import all_policies
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.policies import CategoryChoice
from quarantine_desk.store.models import STAY_SEARCH_RANK_SQL, Guest, Room, RoomAssignment, Stay

MAX_LIMIT = 1000


def _tr(text: str) -> str:
    return translate("guests", text)


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
#: ... or more, up to this many, when the text is less common (see :func:`_head_size`).
SEARCH_HEAD_MAX = 12000
HEAD_MARGIN = 1.5
#: How many guests :func:`_guest_share` tries the text on, and above which share of them
#: :func:`count_search` counts matches row by row rather than as a set.
GUEST_SAMPLE = 1000
MANY_SHARE = 0.1
#: At most this many stays named exactly go first (a room holds a family; an ID a few stays).
MAX_EXACT = 20

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


def _contains(column, text: str, dialect: str):  # type: ignore[no-untyped-def]
    """``column`` holds ``text`` somewhere. On SQLite, for text without ASCII letters (the only
    characters its LIKE folds), ``instr`` gives the same answer as ``LIKE '%text%'`` at less
    cost per row, and a keystroke compares every guest when the text is rare."""
    if dialect == "sqlite" and not re.search(r"[A-Za-z]", text):
        return func.instr(column, text) > 0
    return column.contains(text, autoescape=True)


def _text_filter(text: str, dialect: str) -> tuple[list[Any], list[Any]]:
    """Part of the name, any part of the ID number (so also its last four), the start of the
    current room number, or part of the phone; only the fields the typed text could be part
    of are compared (digits are no name, a Chinese character is no phone)."""
    guest: list[Any] = []
    room: list[Any] = []
    if not text.isdigit():
        # SQLite's LIKE already ignores ASCII case; lower() on every row would double the cost.
        if dialect == "sqlite":
            guest.append(_contains(Guest.full_name, text, dialect))
        else:
            guest.append(Guest.full_name.icontains(text, autoescape=True))  # type: ignore[attr-defined]
    if re.fullmatch(r"[0-9A-Za-z]+", text):
        guest.append(_contains(Guest.id_number, text.upper(), dialect))
    digits = _phone_digits(text)
    if digits:
        guest.append(_contains(Guest.phone, digits, dialect))
    if re.fullmatch(r"[0-9A-Za-z\-]+", text):
        current_rooms = (
            select(RoomAssignment.stay_id)
            .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
            .where(RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
                   Room.number.startswith(text, autoescape=True))  # type: ignore[attr-defined]
        )
        room.append(Stay.id.in_(current_rooms))  # type: ignore[union-attr]
    return guest, room


def category_choices(session: Session) -> list[CategoryChoice]:
    """Every category a stay can hold, for the category filter: those of every policy version
    (oldest version first, each in its file's order), each once, named in the reader's
    language as the newest version naming it does."""
    named: dict[str, CategoryChoice] = {}
    for policy in policies.read_all(session):
        for code, rule in policy.rules.items():
            named[code] = CategoryChoice(code, policy.category_name(code), rule.managed)
    return list(named.values())


def _category_code(session: Session, text: str) -> str:
    """The category code ``text`` names (a code, Chinese or English name) in any version,
    the newest first; refused naming the COVID-19 categories when none knows it."""
    versions = policies.read_all(session)
    if any(text in policy.rules for policy in versions):
        return text
    for policy in reversed(versions):
        try:
            return str(parse_category(text, policy))
        except ParseError:
            continue
    return str(parse_category(text))


def _filter(session: Session, text: str, status: str | None, category: str | None) -> _Filter:
    stay: list[Any] = []
    if status:
        try:
            stay.append(Stay.status == StayStatus(status).value)
        except ValueError as exc:
            raise ValidationFailed(_tr("unknown status '{status}'").format(status=status)) from exc
    if category:
        try:
            stay.append(Stay.category == _category_code(session, category))
        except ParseError as exc:
            raise ValidationFailed(str(exc)) from exc
    text = _search_text(text)
    guest, room = _text_filter(text, session.get_bind().dialect.name) if text else ([], [])
    return _Filter(tuple(stay), tuple(guest), tuple(room))


def _exact_ids(session: Session, text: str, found: _Filter) -> list[int]:
    """The stays ``text`` names exactly, in search order: those now in the room of that number,
    and those of the guest with that ID number. A handful at most, read by index (room number,
    ID number), each also a match of ``found``."""
    text = _search_text(text)
    named: list[Any] = []
    if re.fullmatch(r"[0-9A-Za-z\-]+", text):
        in_room = (
            select(RoomAssignment.stay_id)
            .join(Room, Room.id == RoomAssignment.room_id)  # type: ignore[arg-type]
            .where(RoomAssignment.end_at.is_(None),  # type: ignore[union-attr]
                   Room.number.in_({text, text.upper(), text.lower()}))  # type: ignore[attr-defined]
        )
        named.append(Stay.id.in_(in_room))  # type: ignore[union-attr]
    if re.fullmatch(r"[0-9A-Za-z]+", text):
        named.append(Stay.guest_id.in_(  # type: ignore[attr-defined]
            select(Guest.id).where(Guest.id_number == text.upper())))
    if not named:
        return []
    return list(session.exec(
        select(Stay.id).where(*found.stay, or_(*named))  # type: ignore[arg-type]
        .order_by(*_SORTED_ORDER).limit(MAX_EXACT)
    ).all())


def _ranked_ids(session: Session, text: str, found: _Filter, limit: int,
                offset: int) -> list[int]:
    """One page of the stays named exactly (see :func:`_exact_ids`) followed by every other
    match in search order: the exact ones are left out of the rest, so no stay is listed twice
    and the pages still add up to :func:`count_search`."""
    exact = _exact_ids(session, text, found) if text else []
    first = exact[offset:offset + limit]
    wanted = limit - len(first)
    if not wanted:
        return first
    if exact:
        found = replace(found, stay=(*found.stay, Stay.id.notin_(exact)))  # type: ignore[union-attr]
    return first + _page_ids(session, found, wanted, max(offset - len(exact), 0))


def _page_ids(session: Session, found: _Filter, limit: int, offset: int) -> list[int]:
    """The stay ids of one page of results, in search order.

    First try: filter only the first ``SEARCH_HEAD`` stays in search order (read off the index)
    — when they hold a whole page, that page is the answer, since every later stay sorts
    after them. This answers short, common keystrokes ("王", "13") without looking at 100,000
    rows. Otherwise the text is rare: find every match by sets and sort those few
    (``_SORTED_ORDER``), rather than walk the whole index looking for them. A sample of the
    guests (:func:`_guest_share`) sizes the first try: longer (up to ``SEARCH_HEAD_MAX``) when
    fewer match, so that it still fills the page ("138"), and skipped when even that would not,
    where it would only add its cost to the second.
    """
    head_size = _head_size(_guest_share(session, found), limit + offset)
    if head_size:
        head = select(Stay.id).order_by(*SEARCH_ORDER).limit(head_size)
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


def _head_size(share: float | None, wanted: int) -> int:
    """How many stays the first try of :func:`_page_ids` filters (0: none): enough to hold
    ``wanted`` matches half as many again over, when ``share`` of the guests match."""
    if share is None:
        return SEARCH_HEAD
    if not share or wanted * HEAD_MARGIN / share > SEARCH_HEAD_MAX:
        return 0
    return max(SEARCH_HEAD, math.ceil(wanted * HEAD_MARGIN / share))


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
    """Stays whose guest matches ``text`` (see :func:`_text_filter`); empty text lists the
    most recent stays. The stays ``text`` names exactly (the guests now in that room, the
    person with that ID number) come first; then guests in quarantine, expected arrivals and
    the rest, each newest arrival first. ``on`` (default today) is the day the day numbers
    refer to."""
    limit = max(1, min(limit, MAX_LIMIT))
    on = on or date.today()
    ids = _ranked_ids(session, text, _filter(session, text, status, category), limit,
                      max(offset, 0))
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
            of = by_policy[policy_id].rules[category_code].centralized_days
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
    query = select(func.count()).select_from(Stay)
    share = _guest_share(session, found)
    # Row by row for common text; as sets (a pass over the guests, then the stays of those
    # that matched, by index) for rare text, where it is cheaper, while several times dearer
    # when most guests match ("1", "13"): each match is then one more look-up.
    plan = found.joined if share is not None and share > MANY_SHARE else found.as_sets
    return int(session.exec(plan(query)).one())


def _guest_share(session: Session, found: _Filter) -> float | None:
    """The share of guests the text matches, judged on the newest ``GUEST_SAMPLE`` (read by
    index: a fraction of a millisecond), or None when it names no guest field. It only picks
    how to search, never what is found."""
    if not found.guest:
        return None
    sample = select(Guest.id).order_by(Guest.id.desc()).limit(GUEST_SAMPLE)  # type: ignore[union-attr]
    hits = session.exec(select(func.count()).select_from(Guest).where(
        Guest.id.in_(sample), or_(*found.guest))).one()  # type: ignore[union-attr]
    return hits / GUEST_SAMPLE
