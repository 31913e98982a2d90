"""Automatic room choice for arrivals (DESIGN.md §6), as a pure function.

One guest per room; a household shares one room with enough capacity when there is one,
otherwise its members get neighbouring rooms on one floor. A transfer batch stays together on
as few floors as possible and is not put on a floor that holds another batch still in
quarantine while a clean floor has room (limits cross-infection). Key persons get the lowest
of the floors open to their batch, before any other preference (room kind, spare beds), and are
placed before everyone else so the low floors are still free for them.
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


class _Board:
    """The free rooms by floor and capacity, each bucket in room-number order.

    Rooms are only ever taken during one choice, and always from the front of their bucket in
    ranking order, so finding the best room of a bucket is a pointer walk, not a scan of the site.
    """

    def __init__(self, free: list[FreeRoom]) -> None:
        self.sort_key = {r.number: room_sort_key(r.number) for r in free}
        self.buckets: dict[int, dict[int, list[FreeRoom]]] = defaultdict(dict)
        for room in sorted(free, key=lambda r: (r.floor, self.sort_key[r.number])):
            self.buckets[room.floor].setdefault(room.capacity, []).append(room)
        self.floors = sorted(self.buckets)
        self.start: dict[tuple[int, int], int] = {}
        self.left = {f: sum(map(len, caps.values())) for f, caps in self.buckets.items()}
        self.taken: set[str] = set()

    def firsts(self, floor: int, capacity: int, count: int) -> list[FreeRoom]:
        """The first ``count`` rooms of a bucket still free."""
        bucket = self.buckets[floor][capacity]
        index = self.start.get((floor, capacity), 0)
        while index < len(bucket) and bucket[index].number in self.taken:
            index += 1
        self.start[(floor, capacity)] = index
        found: list[FreeRoom] = []
        for room in bucket[index:]:
            if room.number not in self.taken:
                found.append(room)
                if len(found) == count:
                    break
        return found

    def take(self, room: FreeRoom) -> None:
        self.taken.add(room.number)
        self.left[room.floor] -= 1


def choose_rooms(
    parties: list[Party],
    free: list[FreeRoom],
    floor_batches: dict[int, set[str]],
) -> Placement:
    """Place ``parties`` (in the given order within each batch) into ``free`` rooms.

    ``floor_batches`` names the batches already in quarantine on each floor. Rooms are ranked
    per party by: not on a floor holding another batch, no spare beds, on a floor its batch
    already uses, lowest floor, lowest number. A party with a key person (``key_person``) ranks
    them by: not on a floor holding another batch, lowest floor, no spare beds, lowest number;
    such parties are placed first (households, then single guests), then the other households,
    then the other single guests.
    """
    board = _Board(free)
    batches_on: dict[int, set[str]] = defaultdict(set)
    for floor, names in floor_batches.items():
        batches_on[floor].update(n for n in names if n)
    placement = Placement()

    def score(room: FreeRoom, party: Party) -> tuple:
        avoid = 1 if party.batch and batches_on[room.floor] - {party.batch} else 0
        spare = 0 if room.capacity <= max(1, party.size) else 1
        number = board.sort_key[room.number]
        if party.key_person:  # the lowest floor before room kind or spare beds
            return (avoid, room.floor, spare, number)
        together = 0 if party.batch and party.batch in batches_on[room.floor] else 1
        return (avoid, spare, together, room.floor, number)

    def take(party: Party, rooms: list[FreeRoom]) -> None:
        for room in rooms:
            board.take(room)
            if party.batch:
                batches_on[room.floor].add(party.batch)
        placement.rooms[party.key] = [r.number for r in rooms]

    def single_room(party: Party) -> FreeRoom | None:
        best: tuple[tuple, FreeRoom] | None = None
        for floor in board.floors:
            for capacity in board.buckets[floor]:
                if capacity < party.size:
                    continue
                first = board.firsts(floor, capacity, 1)
                if first and (best is None or score(first[0], party) < best[0]):
                    best = (score(first[0], party), first[0])
        return best[1] if best else None

    def neighbours(party: Party) -> list[FreeRoom] | None:
        best: tuple[tuple, list[FreeRoom]] | None = None
        for floor in board.floors:
            if board.left[floor] < party.size:
                continue
            candidates = [room for capacity in board.buckets[floor]
                          for room in board.firsts(floor, capacity, party.size)]
            ranked = sorted(candidates, key=lambda r: score(r, party))[: party.size]
            if best is None or score(ranked[0], party) < best[0]:
                best = (score(ranked[0], party), ranked)
        if best is None:
            return None
        return sorted(best[1], key=lambda r: board.sort_key[r.number])

    order = sorted(parties, key=lambda p: (not p.key_person, p.size == 1))  # stable
    for party in order:
        if (room := single_room(party)) is not None:
            take(party, [room])
        elif party.size > 1 and (rooms := neighbours(party)) is not None:
            take(party, rooms)
        else:
            placement.unplaced.append(party.key)
    return placement
