"""Automatic room choice for arrivals (DESIGN.md §6), as a pure function.

One guest per room; a household shares one room with enough capacity when there is one,
otherwise its members get neighbouring rooms on one floor. A transfer batch stays together on
as few floors as possible and is not put on a floor that holds another batch still in
quarantine while a clean floor has room (limits cross-infection). Key persons get the lowest
of the floors open to their batch.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FreeRoom:
    number: str
    floor: int
    capacity: int


@dataclass(frozen=True)
class Party:
    """People who must be placed together: one guest, or a household."""

    key: str
    size: int
    batch: str = ""
    key_person: bool = False


@dataclass
class Placement:
    rooms: dict[str, list[str]] = field(default_factory=dict)  # party key -> room numbers
    unplaced: list[str] = field(default_factory=list)  # party keys without a room


def room_sort_key(number: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", number)
    return (int(digits) if digits else 0, number)


def choose_rooms(
    parties: list[Party],
    free: list[FreeRoom],
    floor_batches: dict[int, set[str]],
) -> Placement:
    """Place ``parties`` (in the given order within each batch) into ``free`` rooms.

    ``floor_batches`` names the batches already in quarantine on each floor.
    """
    available = sorted(free, key=lambda r: (r.floor, room_sort_key(r.number)))
    taken: set[str] = set()
    batches_on: dict[int, set[str]] = defaultdict(set)
    for floor, names in floor_batches.items():
        batches_on[floor].update(n for n in names if n)
    placement = Placement()

    def other_batch(floor: int, batch: str) -> bool:
        return bool(batch) and bool(batches_on[floor] - {batch})

    def score(room: FreeRoom, party: Party, single_room_wanted: bool) -> tuple:
        avoid = 1 if other_batch(room.floor, party.batch) else 0
        spare = 0 if not single_room_wanted or room.capacity <= max(1, party.size) else 1
        together = 0 if party.batch and party.batch in batches_on[room.floor] else 1
        if party.key_person:
            return (avoid, spare, room.floor, room_sort_key(room.number))
        return (avoid, spare, together, room.floor, room_sort_key(room.number))

    def take(party: Party, rooms: list[FreeRoom]) -> None:
        for room in rooms:
            taken.add(room.number)
            if party.batch:
                batches_on[room.floor].add(party.batch)
        placement.rooms[party.key] = [r.number for r in rooms]

    def neighbours(party: Party) -> list[FreeRoom] | None:
        by_floor: dict[int, list[FreeRoom]] = defaultdict(list)
        for room in available:
            if room.number not in taken:
                by_floor[room.floor].append(room)
        options = []
        for rooms in by_floor.values():
            if len(rooms) >= party.size:
                ranked = sorted(rooms, key=lambda r: score(r, party, True))
                options.append((score(ranked[0], party, True), ranked[: party.size]))
        if not options:
            return None
        best = min(options, key=lambda o: o[0])[1]
        return sorted(best, key=lambda r: room_sort_key(r.number))

    households = [p for p in parties if p.size > 1]
    keys = [p for p in parties if p.size == 1 and p.key_person]
    others = [p for p in parties if p.size == 1 and not p.key_person]
    for party in [*households, *keys, *others]:
        fitting = [r for r in available if r.number not in taken and r.capacity >= party.size]
        if fitting:
            take(party, [min(fitting, key=lambda r: score(r, party, True))])
        elif party.size > 1 and (rooms := neighbours(party)) is not None:
            take(party, rooms)
        else:
            placement.unplaced.append(party.key)
    return placement
