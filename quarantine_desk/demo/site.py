"""Opening the demo site: its staff accounts, the site itself, its rooms and the grid workers
of the communities its guests come from, all on the day it opened."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from quarantine_desk.demo.names import COMMUNITIES, People
from quarantine_desk.domain.enums import Role, RoomKind, RoomState
from quarantine_desk.domain.policy import NINTH_EDITION
from quarantine_desk.services import policies, rooms, site
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor

ROOMS_PER_FLOOR = 20
FIRST_FLOOR = 2

SITE_NAME = "崇川区城东集中隔离医学观察点"
SITE_ADDRESS = "江苏省南通市崇川区城东街道通京大道588号（原锦江之星城东店）"
SITE_PHONE = "0513-85061120"
SITE_CODE = "320602-JZ03"

_STAFF_NAMES = {
    Role.MANAGER: (("顾建华", "gujianhua"), ("季海峰", "jihaifeng"), ("陈卫东", "chenweidong")),
    Role.LIAISON: (("陆晓雯", "luxiaowen"), ("曹丽娟", "caolijuan"), ("张一鸣", "zhangyiming")),
    Role.MEDICAL: (("施文静", "shiwenjing"), ("缪红梅", "miaohongmei"), ("吴晨", "wuchen")),
}
_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_PASSWORD_DIGITS = "23456789"
_OUT_OF_SERVICE_NOTES = ("空调故障，待维修", "卫生间漏水，待维修")

#: "street + community" -> (grid worker, phone)
Grid = dict[str, tuple[str, str]]


@dataclass(frozen=True)
class Staff:
    """The three people the play acts as, one per role."""

    manager: Actor
    liaison: Actor
    medical: Actor


def open_staff(session: Session, rng: random.Random, people: People,
               opened: datetime) -> tuple[list[dict[str, str]], Staff]:
    """One account per role, the doctor on duty; the accounts with their passwords too."""
    accounts: list[dict[str, str]] = []
    actors: dict[Role, Actor] = {}
    for role in (Role.MANAGER, Role.LIAISON, Role.MEDICAL):
        display, username = rng.choice(_STAFF_NAMES[role])
        password = ("".join(rng.choice(_PASSWORD_LETTERS) for _ in range(6))
                    + "".join(rng.choice(_PASSWORD_DIGITS) for _ in range(4)))
        row = staff_service.add_staff(
            session, actors.get(Role.MANAGER), username, role, password,
            display_name=display, phone=people.phone(), now=opened)
        # staff.set_on_duty takes no moment (its audit would say "now"): the play would not
        # give the same data twice, so the new account is put on duty as it is made.
        row.on_duty = role is Role.MEDICAL
        session.add(row)
        actors[role] = staff_service.actor_for(row)
        accounts.append({"username": username, "password": password, "role": role.value})
    return accounts, Staff(manager=actors[Role.MANAGER], liaison=actors[Role.LIAISON],
                           medical=actors[Role.MEDICAL])


@dataclass(frozen=True)
class RoomPlan:
    """A room the site will have: floors of 20 from the 2nd up, the last two of a floor
    family rooms (when the floor has at least six)."""

    number: str
    kind: RoomKind
    capacity: int


def room_layout(room_count: int) -> list[RoomPlan]:
    layout: list[RoomPlan] = []
    for index in range(math.ceil(room_count / ROOMS_PER_FLOOR)):
        floor = FIRST_FLOOR + index
        count = min(ROOMS_PER_FLOOR, room_count - index * ROOMS_PER_FLOOR)
        family = 2 if count >= 6 else 0
        for k in range(1, count + 1):
            number = str(floor * 100 + k)
            layout.append(RoomPlan(number, RoomKind.FAMILY, 3) if k > count - family
                          else RoomPlan(number, RoomKind.SINGLE, 1))
    return layout


def out_of_service_rooms(rng: random.Random, layout: list[RoomPlan]) -> list[str]:
    """The two single rooms the site opens with out of service."""
    return rng.sample([r.number for r in layout if r.kind is RoomKind.SINGLE], 2)


def open_site(session: Session, people: People, staff: Staff, layout: list[RoomPlan],
              broken: list[str], opened: datetime) -> tuple[int | None, Grid]:
    """The site, its policy (unless one is there) and rooms (``broken`` out of service); its
    id and the grid workers."""
    row = site.setup_site(session, staff.manager, SITE_NAME, SITE_ADDRESS, SITE_PHONE,
                          now=opened, code=SITE_CODE)
    row.opened_on = opened.date()  # no service sets it: only the demo knows when it opened
    session.add(row)
    if not policies.has_versions(session):  # a site set up first keeps the rules it chose
        policies.adopt(session, staff.manager, NINTH_EDITION, now=opened)
    _add_rooms(session, staff, layout, opened)
    for number, note in zip(broken, _OUT_OF_SERVICE_NOTES, strict=True):
        rooms.set_state(session, staff.liaison, number, RoomState.OUT_OF_SERVICE,
                        note=note, now=opened + timedelta(minutes=30))
    grid: Grid = {}
    for street, community, _estates in COMMUNITIES:
        grid[f"{street}{community}"] = (people.worker_name(), people.phone())
    return row.id, grid


def _add_rooms(session: Session, staff: Staff, layout: list[RoomPlan], opened: datetime) -> None:
    """Floor by floor, the singles then the family rooms, as a manager would type them."""
    floors: dict[str, list[RoomPlan]] = {}
    for plan in layout:
        floors.setdefault(plan.number[:-2], []).append(plan)
    for plans in floors.values():
        for kind, capacity in ((RoomKind.SINGLE, None), (RoomKind.FAMILY, 3)):
            numbers = [p.number for p in plans if p.kind is kind]
            if numbers:
                rooms.add_rooms(session, staff.manager, numbers, kind=kind, now=opened,
                                **({"capacity": capacity} if capacity else {}))
