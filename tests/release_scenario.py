"""The release-day scenario of DESIGN.md's acceptance, shared by the release tests.

Six close contacts arrive on 2022-07-08 (basis 07-08, release 07-15); the list is taken on
D = 2022-07-15 as of T = 2022-07-15 10:00:

* ``ready``: every test negative, readings normal, destination confirmed — eligible;
* ``in_period``: exposed and arrived on 07-10, so due only on 07-17;
* ``no_day5``: the day-5 PCR (07-13) has no result yet;
* ``positive``: the day-3 PCR (07-11) is positive, and its alert is open;
* ``fever``: 38.0 °C 30 hours before T, whose fever alert is still open;
* ``no_destination``: everything fine but no destination check recorded.

Everything goes through the services, as on the desk: a fever reading and a positive result
open their alerts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Category, TestResult
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, destinations, labtests, readings, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import write_session

D = date(2022, 7, 15)
T = datetime(2022, 7, 15, 10, 0)
ARRIVAL = datetime(2022, 7, 8, 20, 0)
EXPOSURE = date(2022, 7, 8)
IN_PERIOD_EXPOSURE = date(2022, 7, 10)
#: The PCRs a close contact exposed and arrived on 07-08 must have: admission, days 1,2,3,5,7.
PCR_DAYS = (0, 1, 2, 3, 5, 7)

NAMES = ("ready", "in_period", "no_day5", "positive", "fever", "no_destination")
FULL_NAMES = {
    "ready": "张伟", "in_period": "王芳", "no_day5": "李娜", "positive": "刘洋",
    "fever": "陈静", "no_destination": "杨勇",
}

#: The reasons the release list of D as of T gives for each stay due (DESIGN.md acceptance).
EXPECTED_REASONS = {
    "ready": [],
    "no_day5": ["day-5 PCR (2022-07-13) has no result"],
    "positive": ["PCR positive, sampled 2022-07-11 06:30", "1 open alert(s): positive"],
    "fever": ["fever 38.0 °C at 2022-07-14 04:00", "1 open alert(s): fever"],
    "no_destination": ["no destination recorded"],
}


def resident_id(serial: int) -> str:
    first17 = f"32060219880130{serial:03d}"
    return first17 + resident_id_check_char(first17)


@dataclass
class Scenario:
    engine: Engine
    stays: dict[str, int]
    id_numbers: dict[str, str]
    rooms: dict[str, str]


def give_tests(s, medical: Actor, stay_id: int, basis: date, *, pending_day: int | None = None,
               positive_day: int | None = None) -> None:
    """PCRs on days 0 (admission), 1, 2, 3, 5 and 7 at 06:30, those up to T; negative but for
    the days named. Results come 6 hours later, the day-7 one at 08:30 (before T)."""
    for day in PCR_DAYS:
        sampled = datetime.combine(basis + timedelta(days=day), time(6, 30))
        if sampled > T:
            continue
        test = labtests.record_sample(s, medical, stay_id, sample_no=f"S{stay_id}-{day}",
                                      sampled_at=sampled, now=sampled)
        if day == pending_day:
            continue  # the lab has not reported it yet
        reported = sampled + timedelta(hours=2 if day == 7 else 6)
        result = TestResult.POSITIVE if day == positive_day else TestResult.NEGATIVE
        labtests.record_result(s, medical, test.id, result, reported_at=reported, now=reported)


def give_readings(s, medical: Actor, stay_id: int) -> None:
    """Normal readings 26, 19 and 2 hours before T."""
    for hours in (26, 19, 2):
        moment = T - timedelta(hours=hours)
        readings.record_reading(s, medical, stay_id, 36.5, taken_at=moment, now=moment)


def confirm_destination(s, liaison: Actor, stay_id: int) -> None:
    destinations.record_destination(
        s, liaison, stay_id, address=f"新华路{stay_id}号", community="新华社区",
        street="新华街道", verified_by="社区王主任", grid_worker="赵网格",
        grid_phone="13900000000", now=T - timedelta(hours=20))


def build(engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> Scenario:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-206", "301-303"], now=ARRIVAL)
    stays: dict[str, int] = {}
    id_numbers: dict[str, str] = {}
    room_of: dict[str, str] = {}
    with write_session(engine) as s:
        for index, key in enumerate(NAMES):
            number = resident_id(index + 1)
            room = f"20{index + 1}"
            exposure = IN_PERIOD_EXPOSURE if key == "in_period" else EXPOSURE
            arrival = datetime.combine(exposure, ARRIVAL.time())
            stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=FULL_NAMES[key], id_number=number, category=Category.CLOSE_CONTACT,
                exposure_date=exposure, arrival_at=arrival, room=room, batch="B1",
                community="新华社区"), now=arrival)
            stays[key], id_numbers[key], room_of[key] = stay.id, number, room
    with write_session(engine) as s:
        for key, stay_id in stays.items():
            give_tests(s, medical, stay_id,
                       IN_PERIOD_EXPOSURE if key == "in_period" else EXPOSURE,
                       pending_day=5 if key == "no_day5" else None,
                       positive_day=3 if key == "positive" else None)
    with write_session(engine) as s:
        for key, stay_id in stays.items():
            give_readings(s, medical, stay_id)
            if key == "fever":
                moment = T - timedelta(hours=30)
                readings.record_reading(s, medical, stay_id, 38.0, taken_at=moment, now=moment)
    with write_session(engine) as s:
        for key, stay_id in stays.items():
            if key != "no_destination":
                confirm_destination(s, liaison, stay_id)
    return Scenario(engine, stays, id_numbers, room_of)
