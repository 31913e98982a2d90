"""Arrivals in the demo: transfer batches checked in day by day, tonight's expected arrivals
announced with rooms held for them, and one arrival cancelled yesterday."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from itertools import islice

from quarantine_desk.demo.names import Person
from quarantine_desk.demo.plan import Fate, Plan
from quarantine_desk.demo.rounds import Rounds
from quarantine_desk.demo.scene import Scene
from quarantine_desk.domain.enums import Category, RoomKind, RoomState
from quarantine_desk.domain.text import translate
from quarantine_desk.services import checkin, rooms
from quarantine_desk.services.errors import ValidationFailed

_ORIGINS = {
    Category.CLOSE_CONTACT: ("崇川区（本地疫情关联）", "通州区", "上海市浦东新区", "苏州市"),
    Category.SECONDARY_CLOSE_CONTACT: ("崇川区", "港闸区", "海门区"),
    Category.INBOUND_TRAVELLER: ("韩国首尔（经上海浦东机场入境）",
                                 "日本东京（经上海浦东机场入境）",
                                 "新加坡（经上海浦东机场入境）",
                                 "德国法兰克福（经南京禄口机场入境）"),
    Category.HIGH_RISK_AREA: ("上海市浦东新区", "上海市闵行区", "苏州市吴中区"),
    Category.OTHER: ("崇川区", "南通市经济技术开发区"),
}
#: A day's arrivals above this many come in two transfer batches.
_ONE_BATCH = 8


def _tr(text: str) -> str:
    return translate("demo", text)


def _batches(group: list[Plan]) -> list[list[Plan]]:
    """A day's arrivals in one transfer batch, or two when many; households not split."""
    if len(group) <= _ONE_BATCH:
        return [group]
    cut = len(group) // 2
    while cut < len(group) and group[cut].household and (
            group[cut].household == group[cut - 1].household):
        cut += 1
    return [b for b in (group[:cut], group[cut:]) if b]


class Arrivals:
    """Schedules every plan's arrival on the timeline; a batch's rounds follow its check-in."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self.rounds = Rounds(scene)

    def schedule(self, plans: list[Plan]) -> None:
        scene = self.scene
        by_day: dict[date, list[Plan]] = defaultdict(list)
        for plan in plans:
            if plan.fate not in (Fate.EXPECTED, Fate.CANCELLED):
                by_day[plan.arrival_day].append(plan)
        for day in sorted(by_day):
            group = by_day[day]
            if day == scene.today:
                moment = scene.timeline.clock(day, 9, 30, 15)
                if moment > scene.as_of - timedelta(minutes=45):
                    for plan in group:  # too early in the day: still on their way
                        plan.fate = Fate.EXPECTED
                    continue
                batches = [group]
            else:
                batches = _batches(group)
            for number, batch in enumerate(batches, start=1):
                if day != scene.today:
                    hour = ((10, 15)[number - 1] if len(batches) > 1
                            else scene.rng.choice((10, 15)))
                    moment = scene.timeline.clock(day, hour, 30, 30)
                name = f"{day:%m%d}-{number}"
                for plan in batch:
                    plan.batch = name
                    plan.arrival_at = moment
                scene.timeline.at(moment, lambda b=batch, m=moment: self._check_in(b, m))
        self._schedule_expected(plans)

    def _arrival_input(self, plan: Plan) -> checkin.ArrivalInput:
        person: Person = plan.person
        return checkin.ArrivalInput(
            full_name=person.name, id_number=person.id_number, category=plan.category,
            id_type=person.id_type, sex=person.sex, birth_date=person.birth,
            phone=person.phone, exposure_date=plan.exposure, arrival_at=plan.arrival_at,
            household=plan.household, batch=plan.batch,
            origin=self.scene.rng.choice(_ORIGINS[plan.category]), home_address=person.address,
            community=f"{person.street}{person.community}", conditions=list(person.conditions))

    def _check_in(self, batch: list[Plan], moment: datetime) -> None:
        outcomes = checkin.check_in_arrivals(
            self.scene.session, self.scene.staff.liaison,
            [self._arrival_input(p) for p in batch], now=moment)
        for plan, outcome in zip(batch, outcomes, strict=True):
            if not outcome.ok:
                raise ValidationFailed(
                    _tr("the demo cannot place its guests ({reason}): give about as many "
                        "rooms as guests").format(reason=outcome.reason))
            plan.stay_id = outcome.stay_id or 0
        self.rounds.enter(batch, moment)

    def _schedule_expected(self, plans: list[Plan]) -> None:
        scene = self.scene
        announced = scene.as_of - timedelta(hours=2)
        later = min(scene.as_of + timedelta(minutes=scene.rng.randint(60, 180)),
                    datetime.combine(scene.today, time(23, 50)))
        expected_at = max(later, scene.as_of + timedelta(minutes=5))
        batch = f"{scene.today:%m%d}-9"
        waiting = [p for p in plans if p.fate is Fate.EXPECTED]
        for plan in waiting:
            plan.arrival_at, plan.batch = expected_at, batch
            scene.timeline.at(announced, lambda p=plan: checkin.register_expected(
                scene.session, scene.staff.liaison, self._arrival_input(p), now=announced))
        scene.timeline.at(announced + timedelta(minutes=30),
                          lambda: self._reserve(len(waiting)))
        yesterday = scene.today - timedelta(days=1)
        for plan in (p for p in plans if p.fate is Fate.CANCELLED):
            told = datetime.combine(yesterday, time(18, 0))
            plan.arrival_at, plan.batch = told + timedelta(hours=3), f"{yesterday:%m%d}-9"
            scene.timeline.at(told, lambda p=plan, t=told: self._cancelled(p, t))

    def _cancelled(self, plan: Plan, told: datetime) -> None:
        session, liaison = self.scene.session, self.scene.staff.liaison
        stay = checkin.register_expected(session, liaison, self._arrival_input(plan), now=told)
        checkin.cancel_expected(session, liaison, stay.id or 0,
                                "经核实已在外地落实隔离措施，取消转运",
                                now=told + timedelta(hours=2))

    def _reserve(self, count: int) -> None:
        """Hold rooms for tonight's expected arrivals (the highest free single rooms)."""
        session = self.scene.session
        singles = sorted((room for room in rooms.all_rooms(session)
                          if room.state == RoomState.AVAILABLE.value
                          and room.kind == RoomKind.SINGLE.value),
                         key=lambda room: (room.floor, room.number), reverse=True)
        free = (room.number for room in singles if not rooms.occupant_count(session, room.id or 0))
        moment = self.scene.as_of - timedelta(hours=1, minutes=30)
        for number in islice(free, min(count, 2)):
            rooms.set_state(session, self.scene.staff.liaison, number, RoomState.RESERVED,
                            note="预留：今日待转运人员", now=moment)
