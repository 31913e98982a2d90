"""Text that names stays exactly ranks them first: "207" lists the guests now in room 207
before the guest of room 217 whose phone holds 207; an ID number typed whole lists that
person before others whose numbers contain it (issue 12)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk.domain.enums import Category, RoomKind
from quarantine_desk.services import checkin, guest_search, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import RoomAssignment

NOW = datetime(2022, 4, 8, 10, 0)


def _arrival(name: str, id_number: str, room: str, hours_ago: int, *, phone: str = "",
             household: str = "") -> checkin.ArrivalInput:
    return checkin.ArrivalInput(full_name=name, id_number=id_number, phone=phone,
                                category=Category.INBOUND_TRAVELLER, room=room,
                                household=household, batch="B1" if household else "",
                                arrival_at=NOW - timedelta(hours=hours_ago))


def _build(engine: Engine, manager: Actor, liaison: Actor, *, family_newest: bool) -> None:
    """A family of two in room 207; in 217 and 301 guests whose phones hold 207; one guest
    who left room 207 earlier. ``family_newest`` decides whether the family would sort first
    anyway (arrived last) or last (arrived first)."""
    family, others = (1, 30) if family_newest else (30, 1)
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["207"], kind=RoomKind.FAMILY, now=NOW - timedelta(days=3))
        rooms.add_rooms(s, manager, ["217", "301", "302"], now=NOW - timedelta(days=3))
        checkin.check_in_arrivals(s, liaison, [
            _arrival("周一", "E7654321", "207", family, household="周家"),
            _arrival("周二", "E7654322", "207", family, household="周家"),
            _arrival("吴邻", "E1111111", "217", others, phone="13820712345"),
            _arrival("郑楼", "E2222222", "301", others + 1, phone="13900000207"),
        ], now=NOW)
        gone = checkin.check_in(s, liaison, _arrival("钱走", "E3333333", "302", 60,
                                                     phone="13600002070"),
                                now=NOW - timedelta(hours=60))
        gone.status = "released"
        left = s.exec(select(RoomAssignment).where(RoomAssignment.stay_id == gone.id)).one()
        left.end_at = NOW - timedelta(hours=2)
        s.add_all([gone, left])


def _names(engine: Engine, text: str, **kw: object) -> list[str]:
    with read_session(engine) as s:
        return [r.name for r in guest_search.search(s, text, on=NOW.date(), **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize("head", [guest_search.SEARCH_HEAD, 2])
@pytest.mark.parametrize("family_newest", [True, False])
def test_the_guests_in_the_room_typed_come_first(engine, manager, liaison, monkeypatch,
                                                 head, family_newest) -> None:
    _build(engine, manager, liaison, family_newest=family_newest)
    monkeypatch.setattr(guest_search, "SEARCH_HEAD", head)
    found = _names(engine, "207")
    assert set(found[:2]) == {"周一", "周二"}  # both of the family, ahead of the phones
    assert set(found[2:]) == {"吴邻", "郑楼", "钱走"} and found[-1] == "钱走"  # the past last
    assert len(found) == len(set(found))
    with read_session(engine) as s:
        assert guest_search.count_search(s, "207") == len(found) == 5
    assert {"周一", "吴邻"} <= set(_names(engine, "20"))  # the start of a room still finds


@pytest.mark.parametrize("head", [guest_search.SEARCH_HEAD, 2])
@pytest.mark.parametrize("limit", [1, 2, 3, 4])
def test_pages_add_up_without_repeats(engine, manager, liaison, monkeypatch, head,
                                      limit) -> None:
    _build(engine, manager, liaison, family_newest=False)
    monkeypatch.setattr(guest_search, "SEARCH_HEAD", head)
    whole = _names(engine, "207")
    paged: list[str] = []
    for offset in range(0, len(whole) + limit, limit):
        paged += _names(engine, "207", limit=limit, offset=offset)
    assert paged == whole


def test_the_room_typed_only_within_the_filters(engine, manager, liaison) -> None:
    _build(engine, manager, liaison, family_newest=False)
    assert _names(engine, "207", status="released") == ["钱走"]
    assert _names(engine, "217")[0] == "吴邻"


@pytest.mark.parametrize("typed", ["E765432", "e765432"])
def test_an_id_number_typed_whole_comes_first(engine, manager, liaison, typed) -> None:
    """E765432 is the whole passport number of someone expected (who would sort after those
    in quarantine) and part of the numbers of two guests in quarantine."""
    _build(engine, manager, liaison, family_newest=True)
    with write_session(engine) as s:
        checkin.register_expected(s, liaison, _arrival("孙来", "E765432", "", -5), now=NOW)
    found = _names(engine, typed)
    assert found[0] == "孙来" and set(found[1:]) == {"周一", "周二"}
