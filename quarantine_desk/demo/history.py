"""The demo's past: a site that has run for a year before the fortnight the play shows.

A large demo (``demo --rooms 2000 --guests 100000``, the scale of DESIGN.md §10) puts what does
not fit in the fortnight into the months before it: every room in service takes stay after
stay (a household in a family room), each released on the day its period ends, the room
disinfected the next morning and taken again that afternoon. The timetable is drawn first,
cheaply, to know how far back the site must have opened; the stays are then drawn in full and
entered in batches through :func:`past_stays.record_past_stays`, oldest first, so memory holds
one batch at a time.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quarantine_desk.demo.names import People, Person
from quarantine_desk.demo.plan import CATEGORY_WEIGHTS
from quarantine_desk.demo.rounds import SAMPLE_PREFIX
from quarantine_desk.demo.site import Grid
from quarantine_desk.domain.enums import Category, IdType
from quarantine_desk.domain.policy import Policy, planned_release, required_test_dates
from quarantine_desk.services.past_stays import PastDestination, PastGuest, PastStay, PastTest
from quarantine_desk.services.records import RoomRecord

#: Stays entered per call of the service: large enough to be quick, small enough for memory.
BATCH = 5000
_LABS = ("南通市第三人民医院检验科", "崇川区疾病预防控制中心实验室", "南通艾迪康医学检验所")
_ORIGINS = ("崇川区流调推送", "通州区协查", "上海虹桥机场入境转运", "南通西站核查点")

#: Called with how many past stays are entered so far and how many in all.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Turn:
    """One occupancy of a room: how many people, of which category, arriving and leaving."""

    room: str
    size: int
    category: Category
    exposure_days: int  # days between the last exposure and arrival (0: unknown)
    arrival_at: datetime
    released_at: datetime
    disinfected_at: datetime


def _draw_category(rng: random.Random, policy: Policy) -> Category:
    managed = [c for c in CATEGORY_WEIGHTS if policy.rule(c).managed]
    return rng.choices(managed, weights=[CATEGORY_WEIGHTS[c] for c in managed])[0]


def timetable(rng: random.Random, policy: Policy, rooms: list[RoomRecord], people: int,
              first_day: date) -> list[Turn]:
    """Turns of the rooms from ``first_day`` until ``people`` have stayed, oldest first: each
    time the room that has been free longest takes the next guest or household."""
    free: list[tuple[datetime, str, int]] = [
        (datetime.combine(first_day, time(9, 0)), room.number, room.capacity) for room in rooms]
    heapq.heapify(free)
    turns: list[Turn] = []
    left = people
    while left > 0:
        ready, number, capacity = heapq.heappop(free)
        size = min(left, rng.choice((2, 2, 3)) if capacity >= 3 else 1)
        category = _draw_category(rng, policy)
        day = ready.date() if ready.time() < time(12, 0) else ready.date() + timedelta(days=1)
        arrival = datetime.combine(day, time(14, 0)) + timedelta(minutes=rng.randint(-40, 90))
        exposure_days = rng.choice((0, 1, 1, 2)) if category is Category.CLOSE_CONTACT else 0
        basis = day - timedelta(days=exposure_days)
        leaves = max(planned_release(basis, policy.rule(category)), day + timedelta(days=1))
        released = datetime.combine(leaves, time(14, 30)) + timedelta(minutes=rng.randint(-20, 20))
        disinfected = (datetime.combine(leaves + timedelta(days=1), time(9, 0))
                       + timedelta(minutes=rng.randint(0, 90)))
        turns.append(Turn(number, size, category, exposure_days, arrival, released,
                          disinfected))
        left -= size
        heapq.heappush(free, (disinfected, number, capacity))
    turns.sort(key=lambda t: t.arrival_at)
    return turns


def history_days(turns: list[Turn], first_day: date) -> int:
    """Whole days from ``first_day`` to the day after the last disinfection."""
    return (max(t.disinfected_at for t in turns).date() - first_day).days + 1


class PastDrawer:
    """Draws the people and records of each turn, as the rounds of a real site leave them."""

    def __init__(self, rng: random.Random, people: People, grid: Grid, policy: Policy) -> None:
        self.rng = rng
        self.people = people
        self.grid = grid
        self.policy = policy
        self._samples: dict[date, int] = defaultdict(int)
        self._households = 0

    def batches(self, turns: list[Turn], shift: timedelta,
                progress: Progress | None = None) -> Iterator[list[PastStay]]:
        """The turns moved by ``shift``, drawn in full, ``BATCH`` stays at a time."""
        total = sum(t.size for t in turns)
        batch: list[PastStay] = []
        done = 0
        for turn in turns:
            batch += self._stays(turn, shift)
            if len(batch) >= BATCH:
                done += len(batch)
                yield batch
                if progress:
                    progress(done, total)
                batch = []
        if batch:
            yield batch
            if progress:
                progress(done + len(batch), total)

    def _stays(self, turn: Turn, shift: timedelta) -> list[PastStay]:
        arrival, released = turn.arrival_at + shift, turn.released_at + shift
        people = ([self.people.single()] if turn.size == 1
                  else self.people.household(turn.size))
        household = ""
        if len(people) > 1:
            self._households += 1
            household = f"H{self._households:05d}"
        batch = f"{arrival:%Y%m%d}-{turn.room[:-2]}"
        exposure = (arrival.date() - timedelta(days=turn.exposure_days)
                    if turn.exposure_days else None)
        origin = self.rng.choice(_ORIGINS)
        return [PastStay(
            guest=self._guest(person), category=turn.category, room=turn.room,
            arrival_at=arrival, released_at=released,
            disinfected_at=turn.disinfected_at + shift,
            readings=self._readings(arrival, released),
            tests=self._tests(turn.category, exposure, arrival, released),
            destination=self._destination(person, arrival, released),
            exposure_date=exposure, batch=batch, household=household, origin=origin)
            for person in people]

    @staticmethod
    def _guest(person: Person) -> PastGuest:
        return PastGuest(full_name=person.name, id_number=person.id_number,
                         sex=person.sex.value, birth_date=person.birth, phone=person.phone,
                         home_address=person.address,
                         id_type=IdType(person.id_type).value)

    def _clock(self, day: date, hour: int, minute: int, jitter: int) -> datetime:
        return (datetime.combine(day, time(hour, minute))
                + timedelta(minutes=self.rng.randint(-jitter, jitter)))

    def _readings(self, arrival: datetime,
                  released: datetime) -> tuple[tuple[datetime, float], ...]:
        """On arrival, then twice a day until release; normal, as most are."""
        moments = [arrival + timedelta(minutes=15)]
        day = arrival.date()
        while day <= released.date():
            for hour in (8, 15):
                moment = self._clock(day, hour, 0, 25)
                if arrival + timedelta(minutes=45) <= moment <= released:
                    moments.append(moment)
            day += timedelta(days=1)
        gauss = self.rng.gauss
        return tuple((m, round(min(37.0, max(36.0, gauss(36.5, 0.22))), 1)) for m in moments)

    def _sample_no(self, day: date) -> str:
        self._samples[day] += 1
        return f"{SAMPLE_PREFIX}{day:%y%m%d}{self._samples[day]:04d}"

    def _tests(self, category: Category, exposure: date | None, arrival: datetime,
               released: datetime) -> tuple[PastTest, ...]:
        """The policy's PCRs, sampled in the morning (the admission one on arrival), negative."""
        basis = exposure or arrival.date()
        tests = []
        for day in required_test_dates(basis, arrival.date(), self.policy.rule(category)):
            sampled = (arrival + timedelta(minutes=30) if day == arrival.date()
                       else self._clock(day, 7, 30, 30))
            if sampled > released:
                continue
            reported = sampled + timedelta(hours=4, minutes=self.rng.randint(0, 90))
            tests.append(PastTest(sample_no=self._sample_no(day), sampled_at=sampled,
                                  reported_at=reported, lab=self.rng.choice(_LABS)))
        return tuple(tests)

    def _destination(self, person: Person, arrival: datetime,
                     released: datetime) -> PastDestination:
        worker, phone = self.grid[f"{person.street}{person.community}"]
        checked = max(self._clock(released.date() - timedelta(days=1), 16, 0, 60),
                      arrival + timedelta(hours=2))
        return PastDestination(address=person.address, street=person.street,
                               community=person.community, grid_worker=worker,
                               grid_phone=phone, verified_at=checked,
                               notified_at=min(self._clock(released.date(), 9, 30, 15),
                                               released))
