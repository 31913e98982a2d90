"""The demo's people: names, resident ID numbers, homes and phone numbers that look local.

Everything is drawn from the play's one seeded ``random.Random``, in the order the play asks,
so the same seed gives the same people; no ID number or phone number is drawn twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.identity import resident_id_check_char

#: street, community, housing estates
COMMUNITIES = (
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
_CONDITIONS = ("高血压", "糖尿病", "心脏病")

Home = tuple[str, str, str]  # address, street, community


@dataclass
class Person:
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


class People:
    """Draws people and households as of ``today``."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._used_ids: set[str] = set()
        self._used_phones: set[str] = set()

    def phone(self) -> str:
        while True:
            number = self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randint(0, 99999999):08d}"
            if number not in self._used_phones:
                self._used_phones.add(number)
                return number

    def worker_name(self) -> str:
        """A community grid worker, woman or man."""
        return self.rng.choice(_SURNAMES) + self.rng.choice(_FEMALE + _MALE)

    def escort_name(self) -> str:
        """Whoever escorts a guest home."""
        return self.rng.choice(_SURNAMES) + self.rng.choice(_MALE)

    def single(self) -> Person:
        """A person coming alone: mostly young adults, some elderly."""
        roll = self.rng.random()
        age = (self.rng.randint(60, 84) if roll < 0.15 else self.rng.randint(18, 39)
               if roll < 0.6 else self.rng.randint(40, 59))
        return self._person(self.rng.choice((Sex.MALE, Sex.FEMALE)), age)

    def household(self, size: int) -> list[Person]:
        """An elderly couple, or parents and a child (one parent and the child when two)."""
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
        return [name for name, p in zip(_CONDITIONS, odds, strict=True) if self.rng.random() < p]

    def _home(self) -> Home:
        street, community, estates = self.rng.choice(COMMUNITIES)
        estate, block = self.rng.choice(estates), self.rng.randint(1, 36)
        floor, flat = self.rng.randint(1, 18), self.rng.randint(1, 4)
        address = f"江苏省南通市崇川区{street}{estate}{block}幢{floor}{flat:02d}室"
        return address, street, community

    def _person(self, sex: Sex, age: int, *, surname: str = "",
                home: Home | None = None) -> Person:
        birth = self._birth(age)
        address, street, community = home or self._home()
        return Person(
            name=(surname or self.rng.choice(_SURNAMES)) + self._given(sex, age),
            id_type=IdType.RESIDENT_ID, id_number=self._resident_id(birth, sex), sex=sex,
            birth=birth, phone=self.phone(), address=address, street=street,
            community=community, conditions=self._conditions(age))
