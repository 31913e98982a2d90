"""The demo site (DESIGN.md §5 ``demo``): an empty database filled with a site that looks lived in.

The site is played forward in time, from its opening about two weeks before ``as_of`` up to
``as_of``, through the real services: check-in of transfer batches, fevers entered as readings,
a positive result and its hospital transfer, destination checks, follow-up calls, releases,
terminal disinfection. The records therefore carry the audit trail and the consistency those
services give. Only the routine bulk (normal readings, negative PCRs) is written straight into
the tables, as the medical staff's rounds would have left it.

Every choice is drawn from one ``random.Random(seed)`` and every moment is counted from
``as_of``, so the same seed and moment give the same data.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import (
    AlertKind,
    Category,
    IdType,
    Role,
    RoomKind,
    RoomState,
    Sex,
    TestKind,
    TestResult,
)
from quarantine_desk.domain.identity import age_on, resident_id_check_char
from quarantine_desk.domain.key_persons import key_person_flags, mentions_pregnancy
from quarantine_desk.domain.policy import NINTH_EDITION, CategoryRule, Policy, required_test_dates
from quarantine_desk.domain.text import translate
from quarantine_desk.services import (
    alerts,
    audit,
    checkin,
    destinations,
    events,
    key_persons,
    labtests,
    policies,
    readings,
    release,
    rooms,
    site,
)
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import write_session
from quarantine_desk.store.models import (
    HealthRecord,
    LabTest,
    PolicyVersion,
    Reading,
    Room,
    RoomAssignment,
    Stay,
)

MIN_ROOMS, MAX_ROOMS = 20, 2000
MIN_GUESTS, MAX_GUESTS = 40, 5000
ROOMS_PER_FLOOR = 20
FIRST_FLOOR = 2

SITE_NAME = "崇川区城东集中隔离医学观察点"
SITE_ADDRESS = "江苏省南通市崇川区城东街道通京大道588号（原锦江之星城东店）"
SITE_PHONE = "0513-85061120"
SITE_CODE = "320602-JZ03"
_SAMPLE_PREFIX = "3206"

# street, community, housing estates
_COMMUNITIES = (
    ("城东街道", "碧林湾社区", ("碧林湾花园", "碧林湾二期")),
    ("任港街道", "晨苑社区", ("晨苑新村", "晨光苑")),
    ("钟秀街道", "中心村社区", ("中心村小区", "钟秀新苑")),
    ("和平桥街道", "桃坞路社区", ("桃坞新村", "和平里")),
    ("新城桥街道", "北濠东村社区", ("北濠东村", "濠景苑")),
    ("观音山街道", "新胜社区", ("新胜家园", "观音山花苑")),
)
_AREA_CODES = ("320602", "320602", "320602", "320612", "320623", "320681", "320682", "320684")
_SURNAMES = ("王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高梁郑罗谢唐韩曹许邓冯程蔡彭潘袁"
             "董苏叶吕魏蒋田杜丁沈姜范江钟陆姚金邱夏顾施季缪钱严秦葛陶黄朱")
_MALE = ("建国", "志强", "伟", "磊", "军", "勇", "杰", "涛", "明", "超", "浩", "鹏", "宇", "俊",
         "晨", "海峰", "国华", "卫东", "文斌", "振华", "建华", "立新", "嘉诚", "晓东", "永刚")
_FEMALE = ("秀英", "丽", "静", "敏", "燕", "艳", "娟", "霞", "芳", "婷", "雪", "颖", "佳怡",
           "晓燕", "丽华", "美玲", "玉兰", "红梅", "海燕", "慧", "琳", "雯", "晓芸", "春梅")
_ELDER_MALE = ("德明", "根生", "金宝", "福林", "永祥", "长林", "桂生", "洪才")
_ELDER_FEMALE = ("桂英", "秀兰", "玉珍", "凤英", "美华", "桂芳", "月娥", "素珍")
_BOY = ("子轩", "浩宇", "雨泽", "宇航", "沐阳", "一鸣")
_GIRL = ("梓涵", "一诺", "欣妍", "思琪", "若曦", "雨桐")
_PHONE_PREFIXES = ("138", "139", "137", "135", "136", "150", "151", "152", "157", "158", "159",
                   "182", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
                   "153", "180", "189", "177", "199")
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
_CATEGORY_WEIGHTS = {
    Category.CLOSE_CONTACT: 45, Category.SECONDARY_CLOSE_CONTACT: 20,
    Category.INBOUND_TRAVELLER: 15, Category.HIGH_RISK_AREA: 15, Category.OTHER: 5,
}
_LABS = ("南通市第三人民医院检验科", "崇川区疾病预防控制中心实验室", "南通艾迪康医学检验所")
_MEDICATION = {
    "pregnant": "叶酸片 0.4 mg，每日一次",
    "高血压": "苯磺酸氨氯地平片 5 mg，每日一次",
    "糖尿病": "盐酸二甲双胍片 0.5 g，每日三次",
    "心脏病": "单硝酸异山梨酯缓释片 40 mg，每日一次",
}
_CALLS = {
    "高血压": ("电话随访：自测血压{a}/{b} mmHg，按时服药，无头晕头痛", "代购降压药一盒"),
    "糖尿病": ("电话随访：空腹血糖{c} mmol/L，已安排糖尿病餐", ""),
    "心脏病": ("电话随访：无胸闷心悸，随身药品充足，已告知不适立即呼叫", ""),
    "pregnant": ("电话随访：孕期无不适，已与社区协调解除后产检安排", "需要孕妇奶粉"),
    "elderly": ("电话随访：老人精神状态好，饮食正常，已协助与家属视频通话", ""),
    "child": ("电话随访：儿童由家长陪同，饮食睡眠正常，情绪稳定", "需要儿童绘本"),
}
_WORRIES = (
    ("入住初期焦虑，担心家中老人无人照顾", "协调社区上门照看老人"),
    ("睡眠较差", "耳塞、眼罩"),
    ("担心工作受影响", "开具隔离证明"),
)
_STAFF_NAMES = {
    "manager": (("顾建华", "gujianhua"), ("季海峰", "jihaifeng"), ("陈卫东", "chenweidong")),
    "liaison": (("陆晓雯", "luxiaowen"), ("曹丽娟", "caolijuan"), ("张一鸣", "zhangyiming")),
    "medical": (("施文静", "shiwenjing"), ("缪红梅", "miaohongmei"), ("吴晨", "wuchen")),
}
_AUTHORITY_TEAM = "合肥市蜀山区转运专班"
_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_PASSWORD_DIGITS = "23456789"

# What becomes of a stay by ``as_of``.
_EXPECTED, _CANCELLED, _QUARANTINE, _RELEASED, _TRANSFERRED = (
    "expected", "cancelled", "quarantine", "released", "transferred")
# The state of a stay's destination check by ``as_of``.
_NONE, _SUITABLE, _UNCONFIRMED, _UNSUITABLE, _AUTHORITY = (
    "none", "suitable", "unconfirmed", "unsuitable", "authority")


def _tr(text: str) -> str:
    return translate("demo", text)


def _topic_of(condition: str) -> str:
    return "pregnant" if mentions_pregnancy([condition]) else condition


def _topic(person: _Person, on: date) -> str:
    """What a follow-up call to a key person is mostly about."""
    if person.conditions:
        return _topic_of(person.conditions[0])
    return "elderly" if age_on(person.birth, on) >= 60 else "child"


@dataclass
class _Person:
    name: str
    id_type: IdType
    id_number: str
    sex: Sex
    birth: date
    phone: str
    address: str
    street: str
    community: str
    conditions: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    """One stay to be: who, when they arrive, and what has become of them by ``as_of``."""

    person: _Person
    category: Category
    fate: str
    basis: date
    arrival_day: date
    exposure: date | None = None
    arrival_at: datetime | None = None
    household: str = ""
    batch: str = ""
    exit_at: datetime | None = None
    destination: str = ""  # undecided until the plan is complete
    pending_today: bool = False
    fever: str = ""  # "", "resolved", "escalated", "open"
    fever_at: datetime | None = None
    positive_at: datetime | None = None  # sampling time of the positive PCR
    restart_on: date | None = None  # a housemate of the positive: exposure starts again
    stay_id: int = 0


@dataclass
class _Staff:
    manager: Actor
    liaison: Actor
    medical: Actor


def build_demo(
    engine: Engine,
    *,
    rooms: int = 120,
    guests: int = 80,
    seed: int = 1,
    as_of: datetime | None = None,
) -> list[dict[str, str]]:
    """Fill an empty database with a demo site as of ``as_of`` (default: now).

    Returns the staff accounts made, one per role, with their passwords
    (``[{"username", "password", "role"}]``). Refuses a database that already has rooms or stays.
    """
    if not MIN_ROOMS <= rooms <= MAX_ROOMS:
        raise ValidationFailed(_tr("the demo needs between {low} and {high} rooms, not {n}")
                               .format(low=MIN_ROOMS, high=MAX_ROOMS, n=rooms))
    if not MIN_GUESTS <= guests <= MAX_GUESTS:
        raise ValidationFailed(_tr("the demo needs between {low} and {high} guests, not {n}")
                               .format(low=MIN_GUESTS, high=MAX_GUESTS, n=guests))
    moment = (as_of or datetime.now()).replace(microsecond=0)
    with write_session(engine) as session:
        filled = (session.exec(select(func.count()).select_from(Room)).one()
                  or session.exec(select(func.count()).select_from(Stay)).one())
        if filled:
            raise ValidationFailed(
                _tr("the database is not empty; use --db with a new file"))
        builder = _Builder(session, random.Random(seed), moment)
        accounts = builder.build(rooms, guests)
        audit.record(session, Actor.system(), "demo.build", "site", builder.site_id,
                     after={"rooms": rooms, "guests": guests, "seed": seed,
                            "as_of": moment.isoformat()}, at=moment)
        events.changed(session, "site", "rooms", "stays", "readings", "tests", "alerts",
                       "staff", "policy")
    return accounts


class _Builder:
    """Plays the site forward, one dated event after another, up to ``as_of``."""

    def __init__(self, session: Session, rng: random.Random, as_of: datetime) -> None:
        self.session = session
        self.rng = rng
        self.as_of = as_of
        self.today = as_of.date()
        self.opened = datetime.combine(self.today - timedelta(days=16), time(9, 0))
        self.site_id: int | None = None
        self._queue: list[tuple[datetime, int, Callable[[], None]]] = []
        self._order = 0
        self._used_ids: set[str] = set()
        self._used_phones: set[str] = set()
        self._samples: dict[date, int] = defaultdict(int)
        self._households = 0
        self.policy: Policy = NINTH_EDITION
        self.grid: dict[str, tuple[str, str]] = {}

    # --- drawing -----------------------------------------------------------------------------

    def _phone(self) -> str:
        while True:
            number = self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randint(0, 99999999):08d}"
            if number not in self._used_phones:
                self._used_phones.add(number)
                return number

    def _birth(self, age: int) -> date:
        return self.today - timedelta(days=age * 365 + age // 4 + self.rng.randint(20, 340))

    def _resident_id(self, birth: date, sex: Sex) -> str:
        area = self.rng.choice(_AREA_CODES)
        while True:
            odd = self.rng.choice("13579" if sex is Sex.MALE else "02468")
            first17 = f"{area}{birth:%Y%m%d}{self.rng.randint(0, 99):02d}{odd}"
            number = first17 + resident_id_check_char(first17)
            if number not in self._used_ids:
                self._used_ids.add(number)
                return number

    def _given(self, sex: Sex, age: int) -> str:
        if age < 14:
            return self.rng.choice(_BOY if sex is Sex.MALE else _GIRL)
        if age >= 60:
            return self.rng.choice(_ELDER_MALE if sex is Sex.MALE else _ELDER_FEMALE)
        return self.rng.choice(_MALE if sex is Sex.MALE else _FEMALE)

    def _conditions(self, age: int) -> list[str]:
        odds = (0.45, 0.2, 0.15) if age >= 60 else (0.15, 0.06, 0.02) if age >= 40 else (0, 0, 0)
        return [name for name, p in zip(("高血压", "糖尿病", "心脏病"), odds, strict=True)
                if self.rng.random() < p]

    def _home(self) -> tuple[str, str, str]:
        street, community, estates = self.rng.choice(_COMMUNITIES)
        estate, block = self.rng.choice(estates), self.rng.randint(1, 36)
        floor, flat = self.rng.randint(1, 18), self.rng.randint(1, 4)
        address = f"江苏省南通市崇川区{street}{estate}{block}幢{floor}{flat:02d}室"
        return address, street, community

    def _person(self, sex: Sex, age: int, *, surname: str = "",
                home: tuple[str, str, str] | None = None) -> _Person:
        birth = self._birth(age)
        address, street, community = home or self._home()
        return _Person(
            name=(surname or self.rng.choice(_SURNAMES)) + self._given(sex, age),
            id_type=IdType.RESIDENT_ID, id_number=self._resident_id(birth, sex), sex=sex,
            birth=birth, phone=self._phone(), address=address, street=street,
            community=community, conditions=self._conditions(age))

    def _single(self) -> _Person:
        roll = self.rng.random()
        age = (self.rng.randint(60, 84) if roll < 0.15 else self.rng.randint(18, 39)
               if roll < 0.6 else self.rng.randint(40, 59))
        return self._person(self.rng.choice((Sex.MALE, Sex.FEMALE)), age)

    def _household(self, size: int) -> list[_Person]:
        home = self._home()
        if size == 2 and self.rng.random() < 0.4:
            husband = self._person(Sex.MALE, self.rng.randint(62, 78), home=home)
            return [husband, self._person(Sex.FEMALE, self.rng.randint(60, 76), home=home)]
        father = self._person(Sex.MALE, self.rng.randint(32, 45), home=home)
        mother = self._person(Sex.FEMALE, self.rng.randint(30, 42), home=home)
        child = self._person(self.rng.choice((Sex.MALE, Sex.FEMALE)), self.rng.randint(3, 12),
                             surname=father.name[0], home=home)
        child.phone = mother.phone
        return [father, mother, child] if size == 3 else [self.rng.choice((father, mother)),
                                                           child]

    def _category(self, fits: Callable[[CategoryRule], bool]) -> Category:
        options = [c for c in _CATEGORY_WEIGHTS
                   if self.policy.rule(c).managed and fits(self.policy.rule(c))]
        return self.rng.choices(options, weights=[_CATEGORY_WEIGHTS[c] for c in options])[0]

    def _days(self, category: Category) -> int:
        return self.policy.rule(category).centralized_days

    # --- the plan ----------------------------------------------------------------------------

    def _stage(self, fate: str, basis_of: Callable[[Category], date], count: int,
               fits: Callable[[CategoryRule], bool] = lambda rule: True,
               households: bool = True) -> list[_Plan]:
        """``count`` people whose period counts from ``basis_of(category)``; some come as
        households sharing a family room, some arrive a day or two after their exposure."""
        plans: list[_Plan] = []
        while len(plans) < count:
            left = count - len(plans)
            size = 1
            if households and left >= 2 and self.rng.random() < 0.25:
                size = 3 if left >= 3 and self.rng.random() < 0.4 else 2
            people = [self._single()] if size == 1 else self._household(size)
            category = self._category(fits)
            basis = basis_of(category)
            latest_gap = min(2, (self.today - basis).days - 1)
            gap = 0
            if (fate in (_QUARANTINE, _RELEASED) and latest_gap >= 1
                    and category is not Category.INBOUND_TRAVELLER):
                gap = self.rng.choice((0, 0, 1, latest_gap))
            household = ""
            if size > 1:
                self._households += 1
                household = f"H{self._households:02d}"
            for person in people:
                plans.append(_Plan(
                    person=person, category=category, fate=fate, basis=basis,
                    arrival_day=basis + timedelta(days=gap),
                    exposure=basis if gap else None, household=household))
        return plans

    def _spread(self, total: int, days: int) -> list[int]:
        """``total`` people over ``days`` days, as evenly as possible, earliest days first."""
        return [total // days + (1 if k < total % days else 0) for k in range(days)]

    def _plan(self, guests: int) -> list[_Plan]:
        today = self.today
        expected = max(2, guests // 20)
        arriving = max(2, guests // 20)
        rest = guests - expected - arriving - 1 - 1 - 2  # cancelled, overdue, positive couple
        released = rest * 3 // 10
        due = max(4, rest // 8)
        staying = rest - released - due

        longest = max(self.policy.rule(c).centralized_days for c in _CATEGORY_WEIGHTS
                      if self.policy.rule(c).managed)
        plans: list[_Plan] = []
        # in quarantine on day 1 .. N-1 of the longest period N (day N is due today)
        for day, count in enumerate(self._spread(staying, max(1, longest - 1)), start=1):
            plans += self._stage(_QUARANTINE, lambda c, d=day: today - timedelta(days=d), count,
                                 fits=lambda rule, d=day: rule.centralized_days > d)
        due_plans = self._stage(_QUARANTINE, lambda c: today - timedelta(days=self._days(c)),
                                due, households=False)
        due_plans[0].destination = _NONE
        due_plans[1].pending_today = True
        for plan in due_plans[1:]:
            plan.destination = _SUITABLE
        overdue = self._stage(
            _QUARANTINE, lambda c: today - timedelta(days=self._days(c) + 1), 1)
        overdue[0].destination = _UNSUITABLE
        plans += due_plans + overdue
        for ago, count in enumerate(self._spread(released, 7), start=1):
            plans += self._stage(
                _RELEASED, lambda c, a=ago: today - timedelta(days=a + self._days(c)), count)
        plans += self._positive_household()
        plans += self._stage(_QUARANTINE, lambda c: today, arriving, households=False)
        plans += self._stage(_EXPECTED, lambda c: today, expected, households=False)
        plans += self._stage(_CANCELLED, lambda c: today - timedelta(days=1), 1)
        self._assign_destinations(plans)
        self._assign_fevers(plans)
        self._assign_pregnancies(plans)
        return plans

    def _positive_household(self) -> list[_Plan]:
        """A couple; one of them tests positive on a PCR three days ago and leaves for
        hospital, the other's period starts again from that sample."""
        category = Category.CLOSE_CONTACT
        basis = self.today - timedelta(days=6)
        people = self._household(2)
        self._households += 1
        household = f"H{self._households:02d}"
        due = required_test_dates(basis, basis, self.policy.rule(category))
        sample_day = max(d for d in due if d <= self.today - timedelta(days=2))
        sampled = datetime.combine(sample_day, time(7, 10))
        positive = _Plan(person=people[0], category=category, fate=_TRANSFERRED, basis=basis,
                         arrival_day=basis, household=household, positive_at=sampled,
                         exit_at=sampled + timedelta(hours=9))
        housemate = _Plan(person=people[1], category=category, fate=_QUARANTINE, basis=basis,
                          arrival_day=basis, household=household, restart_on=sample_day)
        return [positive, housemate]

    def _assign_destinations(self, plans: list[_Plan]) -> None:
        for plan in plans:
            if plan.fate == _RELEASED:
                plan.destination = _SUITABLE
            elif plan.fate == _QUARANTINE and plan.restart_on is None and not plan.destination:
                left = (plan.basis + timedelta(days=self._days(plan.category)) - self.today).days
                if left == 1:
                    plan.destination = self.rng.choice((_SUITABLE, _UNCONFIRMED, _NONE))
                elif left == 2 and self.rng.random() < 0.3:
                    plan.destination = _UNCONFIRMED
        inbound = [p for p in plans if p.fate == _RELEASED and not p.household
                   and p.category is Category.INBOUND_TRAVELLER]
        if inbound:
            inbound[0].destination = _AUTHORITY
            inbound[0].person.address = "安徽省合肥市蜀山区笔架山街道翡翠湖社区"

    def _assign_pregnancies(self, plans: list[_Plan]) -> None:
        women = [p for p in plans if p.fate in (_QUARANTINE, _RELEASED)
                 and p.person.sex is Sex.FEMALE and 22 <= age_on(p.person.birth, self.today) <= 38]
        for plan in self.rng.sample(women, min(2, len(women))):
            plan.person.conditions.append(f"妊娠{self.rng.randint(8, 30)}周")

    def _assign_fevers(self, plans: list[_Plan]) -> None:
        """A fever still open, one escalated, two resolved (one of them released since)."""
        for fate, days, arrived_ago, kind in ((_QUARANTINE, range(1, 3), 1, "open"),
                                              (_QUARANTINE, range(3, 5), 2, "escalated"),
                                              (_QUARANTINE, range(4, 6), 3, "resolved"),
                                              (_RELEASED, range(8, 30), 8, "resolved")):
            options = [p for p in plans if p.fate == fate and not p.household and not p.fever
                       and not p.pending_today and (self.today - p.basis).days in days
                       and (self.today - p.arrival_day).days >= arrived_ago]
            if options:
                self.rng.choice(options).fever = kind

    # --- building ----------------------------------------------------------------------------

    def build(self, room_count: int, guests: int) -> list[dict[str, str]]:
        accounts, staff = self._staff()
        self._site(staff, room_count)
        policy_row = policies.policy_row_on(self.session, self.today)
        self.policy = policies.load(policy_row)
        plans = self._plan(guests)
        self._schedule_arrivals(plans, staff)
        self._schedule_stays(plans, staff)
        self._run()
        return accounts

    def _staff(self) -> tuple[list[dict[str, str]], _Staff]:
        accounts: list[dict[str, str]] = []
        actors: dict[str, Actor] = {}
        for role in ("manager", "liaison", "medical"):
            display, username = self.rng.choice(_STAFF_NAMES[role])
            password = ("".join(self.rng.choice(_PASSWORD_LETTERS) for _ in range(6))
                        + "".join(self.rng.choice(_PASSWORD_DIGITS) for _ in range(4)))
            row = staff_service.add_staff(
                self.session, actors.get("manager"), username, Role(role),
                password, display_name=display, phone=self._phone(), now=self.opened)
            row.on_duty = role == "medical"
            self.session.add(row)
            actors[role] = staff_service.actor_for(row)
            accounts.append({"username": username, "password": password, "role": role})
        return accounts, _Staff(manager=actors["manager"], liaison=actors["liaison"],
                                medical=actors["medical"])

    def _site(self, staff: _Staff, room_count: int) -> None:
        row = site.setup_site(self.session, staff.manager, SITE_NAME, SITE_ADDRESS, SITE_PHONE,
                              now=self.opened)
        row.code = SITE_CODE
        row.opened_on = self.opened.date()
        self.session.add(row)
        self.site_id = row.id
        if self.session.exec(select(PolicyVersion.id)).first() is None:
            policies.adopt(self.session, staff.manager, NINTH_EDITION, now=self.opened)
        floors = math.ceil(room_count / ROOMS_PER_FLOOR)
        singles: list[str] = []
        for index in range(floors):
            floor = FIRST_FLOOR + index
            count = min(ROOMS_PER_FLOOR, room_count - index * ROOMS_PER_FLOOR)
            family = 2 if count >= 6 else 0
            numbers = [str(floor * 100 + k) for k in range(1, count + 1)]
            rooms.add_rooms(self.session, staff.manager, numbers[:count - family],
                            kind=RoomKind.SINGLE, now=self.opened)
            if family:
                rooms.add_rooms(self.session, staff.manager, numbers[count - family:],
                                kind=RoomKind.FAMILY, capacity=3, now=self.opened)
            singles += numbers[:count - family]
        notes = ("空调故障，待维修", "卫生间漏水，待维修")
        for number, note in zip(self.rng.sample(singles, 2), notes, strict=True):
            rooms.set_state(self.session, staff.liaison, number, RoomState.OUT_OF_SERVICE,
                            note=note, now=self.opened + timedelta(minutes=30))
        for street, community, _estates in _COMMUNITIES:
            worker = self.rng.choice(_SURNAMES) + self.rng.choice(_FEMALE + _MALE)
            self.grid[f"{street}{community}"] = (worker, self._phone())

    # --- the event queue ---------------------------------------------------------------------

    def _at(self, moment: datetime, action: Callable[[], None]) -> None:
        """Schedule ``action`` at ``moment``; what would happen after ``as_of`` never does."""
        if moment <= self.as_of:
            self._order += 1
            heapq.heappush(self._queue, (moment, self._order, action))

    def _run(self) -> None:
        while self._queue:
            _moment, _order, action = heapq.heappop(self._queue)
            action()

    def _clock(self, day: date, hour: int, minute: int = 0, jitter: int = 0) -> datetime:
        moment = datetime.combine(day, time(hour, minute))
        return moment + timedelta(minutes=self.rng.randint(-jitter, jitter)) if jitter else moment

    # --- arrivals ----------------------------------------------------------------------------

    def _schedule_arrivals(self, plans: list[_Plan], staff: _Staff) -> None:
        by_day: dict[date, list[_Plan]] = defaultdict(list)
        for plan in plans:
            if plan.fate in (_EXPECTED, _CANCELLED):
                continue
            by_day[plan.arrival_day].append(plan)
        for day in sorted(by_day):
            group = by_day[day]
            if day == self.today:
                moment = self._clock(day, 9, 30, 15)
                if moment > self.as_of - timedelta(minutes=45):
                    for plan in group:  # too early in the day: still on their way
                        plan.fate = _EXPECTED
                    continue
                batches = [group]
            else:
                batches = self._batches(group)
            for number, batch in enumerate(batches, start=1):
                if day != self.today:
                    hour = (10, 15)[number - 1] if len(batches) > 1 else self.rng.choice((10, 15))
                    moment = self._clock(day, hour, 30, 30)
                name = f"{day:%m%d}-{number}"
                for plan in batch:
                    plan.batch = name
                    plan.arrival_at = moment
                self._at(moment, lambda b=batch, m=moment: self._check_in(b, m, staff))
        self._schedule_expected(plans, staff)

    @staticmethod
    def _batches(group: list[_Plan]) -> list[list[_Plan]]:
        """A day's arrivals in one transfer batch, or two when many; households not split."""
        if len(group) <= 8:
            return [group]
        cut = len(group) // 2
        while cut < len(group) and group[cut].household and (
                group[cut].household == group[cut - 1].household):
            cut += 1
        return [b for b in (group[:cut], group[cut:]) if b]

    def _arrival_input(self, plan: _Plan) -> checkin.ArrivalInput:
        person = plan.person
        return checkin.ArrivalInput(
            full_name=person.name, id_number=person.id_number, category=plan.category,
            id_type=person.id_type, sex=person.sex, birth_date=person.birth,
            phone=person.phone, exposure_date=plan.exposure, arrival_at=plan.arrival_at,
            household=plan.household, batch=plan.batch,
            origin=self.rng.choice(_ORIGINS[plan.category]), home_address=person.address,
            community=f"{person.street}{person.community}", conditions=list(person.conditions))

    def _check_in(self, batch: list[_Plan], moment: datetime, staff: _Staff) -> None:
        outcomes = checkin.check_in_arrivals(
            self.session, staff.liaison, [self._arrival_input(p) for p in batch], now=moment)
        for plan, outcome in zip(batch, outcomes, strict=True):
            if not outcome.ok:
                raise ValidationFailed(
                    _tr("the demo cannot place its guests ({reason}): give about as many "
                        "rooms as guests").format(reason=outcome.reason))
            plan.stay_id = outcome.stay_id or 0
            self._health(plan)
            self._write_rounds(plan, staff)

    def _schedule_expected(self, plans: list[_Plan], staff: _Staff) -> None:
        announced = self.as_of - timedelta(hours=2)
        later = min(self.as_of + timedelta(minutes=self.rng.randint(60, 180)),
                    datetime.combine(self.today, time(23, 50)))
        expected_at = max(later, self.as_of + timedelta(minutes=5))
        batch = f"{self.today:%m%d}-9"
        waiting = [p for p in plans if p.fate == _EXPECTED]
        for plan in waiting:
            plan.arrival_at, plan.batch = expected_at, batch
            self._at(announced, lambda p=plan: checkin.register_expected(
                self.session, staff.liaison, self._arrival_input(p), now=announced))
        self._at(announced + timedelta(minutes=30), lambda: self._reserve(len(waiting), staff))
        yesterday = self.today - timedelta(days=1)
        for plan in (p for p in plans if p.fate == _CANCELLED):
            told = datetime.combine(yesterday, time(18, 0))
            plan.arrival_at, plan.batch = told + timedelta(hours=3), f"{yesterday:%m%d}-9"
            self._at(told, lambda p=plan, t=told: self._cancelled(p, t, staff))

    def _cancelled(self, plan: _Plan, told: datetime, staff: _Staff) -> None:
        stay = checkin.register_expected(self.session, staff.liaison, self._arrival_input(plan),
                                         now=told)
        checkin.cancel_expected(self.session, staff.liaison, stay.id or 0,
                                "经核实已在外地落实隔离措施，取消转运",
                                now=told + timedelta(hours=2))

    def _reserve(self, count: int, staff: _Staff) -> None:
        """Hold rooms for tonight's expected arrivals (the highest free single rooms)."""
        occupied = select(RoomAssignment.room_id).where(RoomAssignment.end_at.is_(None))  # type: ignore[union-attr]
        free = self.session.exec(
            select(Room.number).where(Room.state == RoomState.AVAILABLE.value,
                                      Room.kind == RoomKind.SINGLE.value,
                                      Room.id.not_in(occupied))  # type: ignore[union-attr]
            .order_by(Room.floor.desc(), Room.number.desc())  # type: ignore[attr-defined]
        ).all()
        moment = self.as_of - timedelta(hours=1, minutes=30)
        for number in free[:min(count, 2)]:
            rooms.set_state(self.session, staff.liaison, number, RoomState.RESERVED,
                            note="预留：今日待转运人员", now=moment)

    def _health(self, plan: _Plan) -> None:
        record = self.session.exec(
            select(HealthRecord).where(HealthRecord.guest_id == self._guest_id(plan))).first()
        if record is None:
            return
        age = age_on(plan.person.birth, self.today)
        record.medication = "；".join(_MEDICATION[_topic_of(c)] for c in plan.person.conditions)
        record.vaccination_doses = self.rng.choice((0, 1, 2, 3) if age >= 60 or age < 14
                                                   else (2, 3, 3, 3))
        if self.rng.random() < 0.12:
            record.psychological, record.needs = self.rng.choice(_WORRIES)
        self.session.add(record)

    def _guest_id(self, plan: _Plan) -> int:
        return self.session.exec(select(Stay.guest_id).where(Stay.id == plan.stay_id)).one()

    # --- rounds: readings and tests written in bulk ------------------------------------------

    def _end(self, plan: _Plan) -> datetime:
        return plan.exit_at if plan.exit_at is not None else self.as_of

    def _write_rounds(self, plan: _Plan, staff: _Staff) -> None:
        """Twice-daily readings and the policy's PCRs, from arrival to exit or ``as_of``."""
        assert plan.arrival_at is not None
        end = self._end(plan)
        rows: list[dict[str, Any]] = []
        slots = [plan.arrival_at + timedelta(minutes=15)]
        day = plan.arrival_day
        while day <= end.date():
            for hour in (8, 15):
                moment = self._clock(day, hour, 0, 25)
                if plan.arrival_at + timedelta(minutes=45) <= moment <= end:
                    slots.append(moment)
            day += timedelta(days=1)
        self._place_fever(plan, slots)
        for moment in slots:
            if moment == plan.fever_at:
                continue  # entered through the readings service, with its alert
            rows.append({"stay_id": plan.stay_id, "taken_at": moment,
                         "celsius": round(min(37.0, max(36.0, self.rng.gauss(36.5, 0.22))), 1),
                         "method": "forehead", "symptoms": "", "entered_by":
                         staff.medical.username,
                         "entered_at": min(moment + timedelta(minutes=4), end)})
        if rows:
            self.session.execute(insert(Reading), rows)
        self._write_tests(plan, staff, end)

    def _place_fever(self, plan: _Plan, slots: list[datetime]) -> None:
        if not plan.fever:
            return
        if plan.fever == "open":
            plan.fever_at = slots[-1]
        elif plan.fever == "escalated":
            plan.fever_at = max(s for s in slots if s <= self.as_of - timedelta(hours=18))
        else:
            plan.fever_at = slots[min(3, len(slots) - 1)]

    def _test_days(self, plan: _Plan) -> dict[date, str]:
        rule = self.policy.rule(plan.category)
        due = required_test_dates(plan.basis, plan.arrival_day, rule)
        if plan.restart_on is not None:  # the period starts again from the positive's sample
            again = required_test_dates(plan.restart_on, plan.arrival_day, rule)
            due = {d: r for d, r in due.items() if d <= plan.restart_on}
            due |= {d: r for d, r in again.items() if d > plan.restart_on}
        return due

    def _sample_no(self, day: date) -> str:
        self._samples[day] += 1
        return f"{_SAMPLE_PREFIX}{day:%y%m%d}{self._samples[day]:04d}"

    def _write_tests(self, plan: _Plan, staff: _Staff, end: datetime) -> None:
        assert plan.arrival_at is not None
        rows: list[dict[str, Any]] = []
        lab = self.rng.choice(_LABS)

        def add(day: date, sampled: datetime, kind: TestKind = TestKind.PCR, reason: str = "",
                turnaround: int = 0, pending: bool = False) -> None:
            if sampled > end:
                return
            reported = sampled + timedelta(minutes=turnaround or self.rng.randint(180, 290))
            known = not pending and reported <= self.as_of
            rows.append({
                "stay_id": plan.stay_id, "kind": kind.value,
                "sample_no": self._sample_no(day) if kind is TestKind.PCR else "",
                "scheduled_for": day if not reason else None, "sampled_at": sampled,
                "lab": lab if kind is TestKind.PCR else "",
                "result": (TestResult.NEGATIVE if known else TestResult.PENDING).value,
                "reported_at": reported if known else None,
                "entered_by": staff.medical.username, "reason": reason})

        for day in self._test_days(plan):
            if day == plan.arrival_day:
                sampled = plan.arrival_at + timedelta(minutes=self.rng.randint(40, 70))
            else:
                sampled = self._clock(day, 7, 0, 25)
            if plan.positive_at is not None and day == plan.positive_at.date():
                sampled = plan.positive_at
            add(day, sampled, pending=(plan.pending_today and day == self.today)
                or sampled == plan.positive_at)
        if plan.restart_on is not None:
            extra = datetime.combine(plan.restart_on, time(13, 30))
            add(plan.restart_on, extra, reason="同住人员核酸阳性，加测")
        if plan.fever == "escalated" and plan.fever_at is not None:
            add(plan.fever_at.date(), plan.fever_at + timedelta(minutes=20), TestKind.ANTIGEN,
                reason="发热，抗原检测", turnaround=15)
            add(plan.fever_at.date(), plan.fever_at + timedelta(minutes=25),
                reason="发热，核酸加测")
        if rows:
            self.session.execute(insert(LabTest), rows)

    # --- what happens to each stay -----------------------------------------------------------

    def _schedule_stays(self, plans: list[_Plan], staff: _Staff) -> None:
        releases: dict[date, list[_Plan]] = defaultdict(list)
        for plan in plans:
            if plan.fate == _RELEASED:
                releases[plan.basis + timedelta(days=self._days(plan.category))].append(plan)
        for day, group in sorted(releases.items()):
            moment = self._clock(day, 14, 30, 20)
            for plan in group:
                plan.exit_at = moment
            self._at(moment, lambda g=group, d=day, m=moment: self._release(g, d, m, staff))
        for plan in plans:
            if plan.arrival_at is None or plan.fate in (_EXPECTED, _CANCELLED):
                continue
            self._schedule_destination(plan, staff)
            self._schedule_calls(plan, staff)
            if plan.fever:
                self._at(plan.arrival_at, lambda p=plan: self._schedule_fever(p, staff))
            if plan.positive_at is not None:
                self._schedule_positive(plan, staff)

    def _release(self, group: list[_Plan], day: date, moment: datetime, staff: _Staff) -> None:
        outcome = release.release(self.session, staff.manager, [p.stay_id for p in group],
                                  day, now=moment)
        if outcome.refused:
            reasons = "; ".join(f"{r.name}: {', '.join(r.reasons)}" for r in outcome.refused)
            raise RuntimeError(f"demo data would not pass the release criteria: {reasons}")
        disinfected = datetime.combine(day + timedelta(days=2), time(9, 0))
        for number in dict.fromkeys(done.room for done in outcome.released):
            room = self.session.exec(select(Room).where(Room.number == number)).one()
            if room.state == RoomState.AWAITING_DISINFECTION.value:
                when = disinfected + timedelta(minutes=self.rng.randint(0, 90))
                self._at(when, lambda n=number, w=when: rooms.mark_disinfected(
                    self.session, staff.liaison, n, now=w))

    def _schedule_destination(self, plan: _Plan, staff: _Staff) -> None:
        if plan.destination in ("", _NONE):
            return
        release_day = plan.basis + timedelta(days=self._days(plan.category))
        checked = self._clock(release_day - timedelta(days=1), 16, 0, 60)
        checked = max(checked, (plan.arrival_at or checked) + timedelta(hours=2))
        self._at(min(checked, self.as_of), lambda: self._destination(plan, min(checked,
                                                                               self.as_of),
                                                                     staff))
        if plan.destination in (_SUITABLE, _AUTHORITY):
            told = self._clock(release_day, 9, 30, 15)
            worker = (_AUTHORITY_TEAM if plan.destination == _AUTHORITY
                      else self.grid[f"{plan.person.street}{plan.person.community}"][0])
            self._at(told, lambda: destinations.record_notification(
                self.session, staff.liaison, plan.stay_id, worker, notified_at=told, now=told))

    def _destination(self, plan: _Plan, moment: datetime, staff: _Staff) -> None:
        person = plan.person
        worker, phone = self.grid[f"{person.street}{person.community}"]
        verdict = {_SUITABLE: True, _UNCONFIRMED: None, _UNSUITABLE: False}
        note = {_SUITABLE: "社区已上门核实，符合单人单套居家条件",
                _UNCONFIRMED: "已发核实函，待社区上门核查",
                _UNSUITABLE: "合租房，不满足单人单套条件，社区正协调其他住所",
                _AUTHORITY: "入境人员信息已推送目的地省份，点对点移交转运专班"}[plan.destination]
        escort = self.rng.choice(_SURNAMES) + self.rng.choice(_MALE)
        if plan.destination == _AUTHORITY:
            destinations.record_destination(
                self.session, staff.liaison, plan.stay_id, address=person.address,
                community="合肥市蜀山区疫情防控指挥部", verified_by=_AUTHORITY_TEAM,
                handed_to_authority=True, note=note, escort=escort,
                escort_phone=self._phone(), verified_at=moment, now=moment)
            return
        destinations.record_destination(
            self.session, staff.liaison, plan.stay_id, address=person.address,
            community=person.community, street=person.street, verified_by=worker,
            suitable=verdict[plan.destination], grid_worker=worker, grid_phone=phone,
            transfer_plate="苏F·{}{:04d}".format(self.rng.choice("ABCDKL"),
                                                 self.rng.randint(0, 9999)),
            escort=escort, escort_phone=self._phone(), note=note, verified_at=moment,
            now=moment)

    def _schedule_calls(self, plan: _Plan, staff: _Staff) -> None:
        person = plan.person
        flags = key_person_flags(person.birth, self.today, conditions=person.conditions)
        if not flags:
            return
        summary, needs = _CALLS[_topic(person, self.today)]
        for offset in (1, 4):
            moment = self._clock(plan.arrival_day + timedelta(days=offset), 10, 30, 30)
            if moment >= self._end(plan):
                continue
            text = summary.format(a=self.rng.randint(118, 142), b=self.rng.randint(72, 90),
                                  c=round(self.rng.uniform(5.6, 7.8), 1))
            asked = needs if offset == 1 else ""
            self._at(moment, lambda t=text, n=asked, m=moment: key_persons.log_call(
                self.session, staff.liaison, plan.stay_id, t, n, now=m))

    def _schedule_fever(self, plan: _Plan, staff: _Staff) -> None:
        """Scheduled at check-in, when the reading slots (and so the fever's time) are known."""
        taken = plan.fever_at
        assert taken is not None
        high = {"open": 37.5, "escalated": 38.1, "resolved": 37.4}[plan.fever]
        symptoms = ["咳嗽", "乏力"] if plan.fever == "escalated" else []
        self._at(taken, lambda: readings.record_reading(
            self.session, staff.medical, plan.stay_id, high, taken_at=taken, symptoms=symptoms,
            now=taken))
        if plan.fever == "escalated":
            self._at(taken + timedelta(minutes=40), lambda: alerts.escalate(
                self.session, staff.medical, self._fever_alert(plan), "command_centre",
                "已报区指挥部，抗原阴性，核酸加测待出结果，驻点医生会诊",
                now=taken + timedelta(minutes=40)))
        elif plan.fever == "resolved":
            again = taken + timedelta(minutes=40)
            self._at(taken + timedelta(minutes=5), lambda: alerts.add_note(
                self.session, staff.medical, self._fever_alert(plan),
                "已报告驻点医生，多饮水，30分钟后复测", now=taken + timedelta(minutes=5)))
            self._at(again, lambda: readings.record_reading(
                self.session, staff.medical, plan.stay_id, 36.8, taken_at=again, now=again))
            self._at(again + timedelta(minutes=5), lambda: alerts.resolve(
                self.session, staff.medical, self._fever_alert(plan),
                "复测体温36.8 °C，无其他不适，继续观察", now=again + timedelta(minutes=5)))

    def _fever_alert(self, plan: _Plan) -> int:
        alert = alerts.active_alert(self.session, plan.stay_id, AlertKind.FEVER)
        assert alert is not None and alert.id is not None
        return alert.id

    def _schedule_positive(self, plan: _Plan, staff: _Staff) -> None:
        sampled = plan.positive_at
        assert sampled is not None and plan.exit_at is not None
        reported = sampled + timedelta(hours=4, minutes=10)
        self._at(reported, lambda: self._positive(plan, sampled, reported, staff))
        self._at(reported + timedelta(minutes=20), lambda: alerts.escalate(
            self.session, staff.medical, self._positive_alert(plan), "hospital",
            "已上报区疾控中心和区指挥部，联系定点医院接收；同住人员加测",
            now=reported + timedelta(minutes=20)))
        self._at(plan.exit_at, lambda: alerts.transfer_to_hospital(
            self.session, staff.medical, self._positive_alert(plan),
            "120负压救护车闭环转运至南通市第三人民医院（定点医院）", now=plan.exit_at))

    def _positive(self, plan: _Plan, sampled: datetime, reported: datetime,
                  staff: _Staff) -> None:
        test = self.session.exec(
            select(LabTest).where(LabTest.stay_id == plan.stay_id,
                                  LabTest.sampled_at == sampled)).one()
        labtests.record_result(self.session, staff.medical, test.id or 0, TestResult.POSITIVE,
                               ct_orf1ab=27.4, ct_n=29.1, reported_at=reported, now=reported)

    def _positive_alert(self, plan: _Plan) -> int:
        alert = alerts.active_alert(self.session, plan.stay_id, AlertKind.POSITIVE)
        assert alert is not None and alert.id is not None
        return alert.id
