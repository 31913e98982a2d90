"""Room states at a past moment (services.room_history) against what the rooms table said at
that moment, over random sequences of everything the desk does to rooms."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from release_scenario import resident_id
from sqlmodel import select

from quarantine_desk.demo import build_demo
from quarantine_desk.domain.enums import AlertKind, Category, RoomKind, RoomState
from quarantine_desk.services import alerts, checkin, daily_report, readings, room_history, rooms
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Room, RoomAssignment

START = datetime(2022, 7, 1, 8, 0)
FREE = (RoomState.AVAILABLE.value, RoomState.RESERVED.value)


class Desk:
    """Random desk work, one service call per transaction, the table kept after each."""

    def __init__(self, engine, manager, liaison, medical, seed: int) -> None:
        self.engine, self.manager, self.liaison, self.medical = engine, manager, liaison, medical
        self.rng = random.Random(seed)
        self.now = START
        self.serial = 100
        self.next_room = 401
        self.seen: dict[datetime, dict[int, str]] = {}  # moment -> room id -> state after it

    def _arrival(self, room: str, household: str = "") -> checkin.ArrivalInput:
        self.serial += 1
        return checkin.ArrivalInput(full_name=f"客人{self.serial}", id_number=resident_id(
            self.serial), category=Category.OTHER, arrival_at=self.now, room=room,
            household=household)

    def _rooms(self, s) -> list[Room]:
        return list(s.exec(select(Room).order_by(Room.number)))

    def _occupied(self, s) -> set[int]:
        return set(s.exec(select(RoomAssignment.room_id).where(
            RoomAssignment.end_at.is_(None))))

    def _leavers(self, s) -> list[RoomAssignment]:
        """Stays that can leave now (not in the second they came: see room_history's doc)."""
        return list(s.exec(select(RoomAssignment).where(RoomAssignment.end_at.is_(None),
                                                        RoomAssignment.start_at < self.now)
                           .order_by(RoomAssignment.id)))

    def step(self) -> None:
        self.now += timedelta(minutes=self.rng.choice((0, 0, 1, 5, 30, 90, 240, 600)))
        with write_session(self.engine) as s:
            all_rooms, occupied = self._rooms(s), self._occupied(s)
            free = [r for r in all_rooms if r.state in FREE and r.id not in occupied]
            action = self.rng.choice(("add", "check_in", "check_in", "household", "move",
                                      "leave", "leave", "reserve", "out", "back", "back"))
            if action == "add":
                rooms.add_rooms(s, self.manager, [str(self.next_room)], now=self.now)
                self.next_room += 1
            elif action == "check_in" and free:
                room = self.rng.choice(free)
                checkin.check_in(s, self.liaison, self._arrival(room.number), now=self.now)
            elif action == "household" and (doubles := [r for r in free if r.capacity >= 2]):
                room, household = self.rng.choice(doubles), f"H{self.serial}"
                outcomes = checkin.check_in_arrivals(s, self.liaison, [
                    self._arrival(room.number, household),
                    self._arrival(room.number, household)], now=self.now)
                assert all(o.ok for o in outcomes), outcomes
            elif action == "move" and free and (leavers := self._leavers(s)):
                checkin.move(s, self.liaison, self.rng.choice(leavers).stay_id,
                             self.rng.choice(free).number, now=self.now)
            elif action == "leave" and (leavers := self._leavers(s)):
                stay_id = self.rng.choice(leavers).stay_id
                readings.record_reading(s, self.medical, stay_id, 38.6, taken_at=self.now,
                                        now=self.now)
                alert = alerts.active_alert(s, stay_id, AlertKind.FEVER)
                alerts.transfer_to_hospital(s, self.medical, alert.id, "120 to the hospital",
                                            now=self.now)
            elif action == "reserve" and (able := [
                    r for r in free if r.state == RoomState.AVAILABLE.value]):
                rooms.set_state(s, self.liaison, self.rng.choice(able).number,
                                RoomState.RESERVED, now=self.now)
            elif action == "out" and (able := [
                    r for r in all_rooms if r.id not in occupied and r.state != "occupied"
                    and r.state != RoomState.OUT_OF_SERVICE.value]):
                rooms.set_state(s, self.liaison, self.rng.choice(able).number,
                                RoomState.OUT_OF_SERVICE, now=self.now)
            elif action == "back" and (able := [
                    r for r in all_rooms if r.state in (RoomState.AWAITING_DISINFECTION.value,
                                                        RoomState.OUT_OF_SERVICE.value,
                                                        RoomState.RESERVED.value)]):
                rooms.set_state(s, self.liaison, self.rng.choice(able).number,
                                RoomState.AVAILABLE, now=self.now)
        with read_session(self.engine) as s:
            self.seen[self.now] = {r.id: r.state for r in self._rooms(s)}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_past_moment_reads_as_the_table_did_then(engine, manager, liaison, medical,
                                                     seed) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["101-106"], now=START)
        rooms.add_rooms(s, manager, ["201-203"], kind=RoomKind.DOUBLE, now=START)
    desk = Desk(engine, manager, liaison, medical, seed)
    for _ in range(80):
        desk.step()
    moments = sorted(desk.seen)
    second = timedelta(seconds=1)
    with read_session(engine) as s:
        for previous, moment in zip([None, *moments], moments, strict=False):
            # at the very moment of a change it counts; a second before, it does not yet
            assert room_history.states_at(s, moment) == desk.seen[moment], moment
            if previous is not None and previous < moment - second:
                assert room_history.states_at(s, moment - second) == desk.seen[previous], moment
        last = moments[-1]
        report = daily_report.daily_report(s, last.date(), last)
        now = rooms.vacancy(s)
    assert report.rooms_state_unknown == 0
    assert {state: getattr(report, state) for state in
            ("occupied", "available", "reserved", "awaiting_disinfection", "out_of_service")} \
        == {state: now[state] for state in ("occupied", "available", "reserved",
                                            "awaiting_disinfection", "out_of_service")}
    assert len({state for snapshot in desk.seen.values() for state in snapshot.values()}) == 5


def test_the_demo_sites_history_reads_back_without_a_gap(engine) -> None:
    """The demo builds two weeks of desk work through the services: every moment of it reads
    back with every room's state known, and the last one as the table has it."""
    as_of = datetime(2022, 7, 15, 10, 0)
    build_demo(engine, rooms=40, guests=40, seed=3, as_of=as_of)
    with read_session(engine) as s:
        table = {room.id: room.state for room in s.exec(select(Room))}
        assert room_history.states_at(s, as_of - timedelta(seconds=1)) == table
        moment, unknown, states = as_of - timedelta(days=16), 0, set()
        while moment < as_of:
            counts = room_history.counts_at(s, moment)
            unknown += counts.unknown
            states |= {state for state, n in counts.by_state.items() if n}
            moment += timedelta(hours=5)
    assert unknown == 0
    assert states >= {"available", "occupied", "awaiting_disinfection"}
