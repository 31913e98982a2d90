"""Automatic room choice (DESIGN.md §6) as a pure function."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quarantine_desk.domain.room_choice import FreeRoom, Party, choose_rooms


def singles(floor: int, first: int, count: int, capacity: int = 1) -> list[FreeRoom]:
    return [FreeRoom(str(floor * 100 + n), floor, capacity) for n in range(first, first + count)]


def test_household_shares_one_room_with_enough_capacity() -> None:
    free = singles(2, 1, 5) + singles(4, 1, 2, capacity=3)
    placement = choose_rooms([Party("h", 3)], free, {})
    assert placement.rooms["h"] == ["401"]


def test_household_without_big_room_gets_neighbouring_rooms_on_one_floor() -> None:
    free = [FreeRoom("201", 2, 1), FreeRoom("301", 3, 1), FreeRoom("302", 3, 1)]
    placement = choose_rooms([Party("h", 2)], free, {})
    assert placement.rooms["h"] == ["301", "302"]


def test_new_batch_avoids_a_floor_holding_another_batch() -> None:
    free = singles(2, 5, 5) + singles(3, 1, 5)
    placement = choose_rooms([Party("a", 1, batch="B")], free, {2: {"A"}})
    assert placement.rooms["a"] == ["301"]


def test_other_batch_floor_used_only_when_no_clean_floor_has_room() -> None:
    free = singles(2, 5, 2)
    placement = choose_rooms([Party("a", 1, batch="B")], free, {2: {"A"}, 3: {"C"}})
    assert placement.rooms["a"] == ["205"]


def test_batch_stays_together() -> None:
    free = singles(2, 1, 3) + singles(3, 1, 3)
    parties = [Party(str(i), 1, batch="B") for i in range(3)]
    placement = choose_rooms(parties, free, {3: {"B"}})
    assert {r[0] for r in placement.rooms.values()} == {"301", "302", "303"}


def test_key_person_gets_the_lowest_floor_open_to_the_batch() -> None:
    free = singles(5, 1, 3) + singles(3, 1, 3) + singles(2, 1, 3)
    parties = [Party("plain", 1, batch="B"), Party("old", 1, batch="B", key_person=True)]
    placement = choose_rooms(parties, free, {2: {"A"}})
    assert placement.rooms["old"] == ["301"]


def test_key_person_takes_the_lowest_floor_before_spare_beds() -> None:
    """A family room on floor 2 beats a single room on floor 3 for a key person, not for others."""
    free = [FreeRoom("201", 2, 3), *singles(3, 1, 2)]
    placement = choose_rooms([Party("plain", 1), Party("old", 1, key_person=True)], free, {})
    assert placement.rooms == {"old": ["201"], "plain": ["301"]}


def test_household_with_a_key_person_takes_the_lowest_floor_before_room_kind() -> None:
    free = [FreeRoom("401", 4, 2), FreeRoom("201", 2, 3), FreeRoom("202", 2, 3)]
    placement = choose_rooms([Party("family", 2, key_person=True)], free, {})
    assert placement.rooms["family"] == ["201"]
    assert choose_rooms([Party("family", 2)], free, {}).rooms["family"] == ["401"]


def test_key_household_gets_neighbouring_rooms_on_the_lowest_floor() -> None:
    free = singles(3, 1, 3) + singles(2, 1, 3)
    placement = choose_rooms([Party("family", 3, batch="B", key_person=True)], free, {3: {"B"}})
    assert placement.rooms["family"] == ["201", "202", "203"]
    plain = choose_rooms([Party("family", 3, batch="B")], free, {3: {"B"}})
    assert plain.rooms["family"] == ["301", "302", "303"]


def test_key_persons_are_placed_before_others_take_the_low_floor() -> None:
    free = [FreeRoom("201", 2, 2), FreeRoom("301", 3, 2)]
    parties = [Party("family", 2), Party("pregnant", 1, key_person=True)]
    placement = choose_rooms(parties, free, {})
    assert placement.rooms == {"pregnant": ["201"], "family": ["301"]}


def test_key_person_still_avoids_a_floor_of_another_batch() -> None:
    free = [FreeRoom("201", 2, 1), FreeRoom("301", 3, 3)]
    placement = choose_rooms([Party("old", 1, batch="B", key_person=True)], free, {2: {"A"}})
    assert placement.rooms["old"] == ["301"]


def test_singles_leave_family_rooms_for_households() -> None:
    free = [FreeRoom("201", 2, 3), FreeRoom("202", 2, 1)]
    placement = choose_rooms([Party("a", 1)], free, {})
    assert placement.rooms["a"] == ["202"]


def test_unplaced_when_the_site_is_full() -> None:
    placement = choose_rooms([Party("a", 1), Party("b", 1)], singles(2, 1, 1), {})
    assert placement.unplaced == ["b"]


parties_strategy = st.lists(
    st.tuples(st.integers(1, 4), st.sampled_from(["", "A", "B", "C"]), st.booleans()),
    max_size=25,
)
rooms_strategy = st.lists(
    st.tuples(st.integers(2, 6), st.integers(1, 30), st.sampled_from([1, 1, 1, 2, 3])),
    max_size=60,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4), st.sampled_from(["", "A", "B"]), rooms_strategy,
       st.dictionaries(st.integers(2, 6), st.sets(st.sampled_from(["A", "B", "C"]), max_size=2),
                       max_size=3))
def test_a_key_party_gets_the_lowest_floor_with_a_room_that_fits(size, batch, raw_rooms,
                                                                  floor_batches) -> None:
    free = [FreeRoom(str(f * 100 + n), f, cap) for f, n, cap in raw_rooms]
    floor_of = {r.number: r.floor for r in free}
    clean = [r for r in free if not (batch and floor_batches.get(r.floor, set()) - {batch})]
    fitting = [r for r in clean or free if r.capacity >= size]
    rooms = choose_rooms([Party("k", size, batch, key_person=True)], free, floor_batches).rooms
    if fitting:
        assert floor_of[rooms["k"][0]] == min(r.floor for r in fitting)


@settings(max_examples=200, deadline=None)
@given(parties_strategy, rooms_strategy)
def test_every_placement_is_valid(raw_parties, raw_rooms) -> None:
    parties = [Party(f"p{i}", size, batch, key) for i, (size, batch, key) in
               enumerate(raw_parties)]
    free = [FreeRoom(str(f * 100 + n), f, cap) for f, n, cap in raw_rooms]
    capacity = {r.number: r.capacity for r in free}
    floor_of = {r.number: r.floor for r in free}
    placement = choose_rooms(parties, free, {})
    used: list[str] = [n for rooms in placement.rooms.values() for n in rooms]
    assert len(used) == len(set(used)), "a room was given twice"
    assert set(placement.rooms) | set(placement.unplaced) == {p.key for p in parties}
    for party in parties:
        rooms = placement.rooms.get(party.key)
        if rooms is None:
            continue
        if len(rooms) == 1:
            assert capacity[rooms[0]] >= party.size
        else:
            assert len(rooms) == party.size
            assert len({floor_of[n] for n in rooms}) == 1, "household split over floors"
