"""The routine of a stay as the medical staff's rounds leave it: the admission note, readings
twice a day and the policy's PCRs, from arrival to exit (or ``as_of``).

They are written when a batch checks in, through the services' bulk path, so that every later
step (a fever, a release, the positive's result) finds them there. The fever reading itself is
left out: it is entered on its own at its moment, and opens its alert.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from quarantine_desk.demo.plan import Fever, Plan
from quarantine_desk.demo.scene import Scene
from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.domain.identity import age_on
from quarantine_desk.domain.key_persons import mentions_pregnancy
from quarantine_desk.domain.policy import required_test_dates
from quarantine_desk.services import rounds_bulk
from quarantine_desk.services.rounds_bulk import AdmissionNote, RoundReading, RoundTest

SAMPLE_PREFIX = "3206"
_LABS = ("南通市第三人民医院检验科", "崇川区疾病预防控制中心实验室", "南通艾迪康医学检验所")
_MEDICATION = {
    "pregnant": "叶酸片 0.4 mg，每日一次",
    "高血压": "苯磺酸氨氯地平片 5 mg，每日一次",
    "糖尿病": "盐酸二甲双胍片 0.5 g，每日三次",
    "心脏病": "单硝酸异山梨酯缓释片 40 mg，每日一次",
}
_WORRIES = (
    ("入住初期焦虑，担心家中老人无人照顾", "协调社区上门照看老人"),
    ("睡眠较差", "耳塞、眼罩"),
    ("担心工作受影响", "开具隔离证明"),
)


def topic_of(condition: str) -> str:
    """A condition as the medication and follow-up tables name it."""
    return "pregnant" if mentions_pregnancy([condition]) else condition


class Rounds:
    """Draws each checked-in plan's routine and enters a batch's in one go."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self._samples: dict[date, int] = defaultdict(int)

    def enter(self, batch: list[Plan], moment: datetime) -> None:
        """The rounds of a batch that checked in at ``moment`` (their stay ids set)."""
        notes: list[AdmissionNote] = []
        readings: list[RoundReading] = []
        tests: list[RoundTest] = []
        for plan in batch:
            notes.append(self._admission_note(plan))
            readings += self._readings(plan)
            tests += self._tests(plan)
        session, medical = self.scene.session, self.scene.staff.medical
        rounds_bulk.record_admission_notes(session, medical, notes, now=moment)
        rounds_bulk.record_readings(session, medical, readings, now=moment)
        rounds_bulk.record_tests(session, medical, tests, now=moment)

    def _admission_note(self, plan: Plan) -> AdmissionNote:
        rng = self.scene.rng
        age = age_on(plan.person.birth, self.scene.today)
        medication = "；".join(_MEDICATION[topic_of(c)] for c in plan.person.conditions)
        doses = rng.choice((0, 1, 2, 3) if age >= 60 or age < 14 else (2, 3, 3, 3))
        psychological = needs = None
        if rng.random() < 0.12:
            psychological, needs = rng.choice(_WORRIES)
        return AdmissionNote(stay_id=plan.stay_id, medication=medication,
                             vaccination_doses=doses, psychological=psychological, needs=needs)

    def _readings(self, plan: Plan) -> list[RoundReading]:
        """Twice-daily readings from arrival to exit or ``as_of``; places the plan's fever."""
        assert plan.arrival_at is not None
        end = plan.end(self.scene.as_of)
        slots = [plan.arrival_at + timedelta(minutes=15)]
        day = plan.arrival_day
        while day <= end.date():
            for hour in (8, 15):
                moment = self.scene.timeline.clock(day, hour, 0, 25)
                if plan.arrival_at + timedelta(minutes=45) <= moment <= end:
                    slots.append(moment)
            day += timedelta(days=1)
        self._place_fever(plan, slots)
        rng = self.scene.rng
        return [RoundReading(stay_id=plan.stay_id, taken_at=moment,
                             celsius=round(min(37.0, max(36.0, rng.gauss(36.5, 0.22))), 1),
                             entered_at=min(moment + timedelta(minutes=4), end))
                for moment in slots if moment != plan.fever_at]

    def _place_fever(self, plan: Plan, slots: list[datetime]) -> None:
        if plan.fever is Fever.OPEN:
            plan.fever_at = slots[-1]
        elif plan.fever is Fever.ESCALATED:
            plan.fever_at = max(s for s in slots if s <= self.scene.as_of - timedelta(hours=18))
        elif plan.fever is Fever.RESOLVED:
            plan.fever_at = slots[min(3, len(slots) - 1)]

    def _test_days(self, plan: Plan) -> dict[date, str]:
        rule = self.scene.policy.rule(plan.category)
        due = required_test_dates(plan.basis, plan.arrival_day, rule)
        if plan.restart_on is not None:  # the period starts again from the positive's sample
            again = required_test_dates(plan.restart_on, plan.arrival_day, rule)
            due = {d: r for d, r in due.items() if d <= plan.restart_on}
            due |= {d: r for d, r in again.items() if d > plan.restart_on}
        return due

    def _sample_no(self, day: date) -> str:
        self._samples[day] += 1
        return f"{SAMPLE_PREFIX}{day:%y%m%d}{self._samples[day]:04d}"

    def _tests(self, plan: Plan) -> list[RoundTest]:
        """The policy's PCRs (and the extra ones a restart or a fever calls for), negative
        once reported; today's pending one and the positive's sample still awaited."""
        assert plan.arrival_at is not None
        scene, rng = self.scene, self.scene.rng
        end = plan.end(scene.as_of)
        tests: list[RoundTest] = []
        lab = rng.choice(_LABS)

        def add(day: date, sampled: datetime, kind: TestKind = TestKind.PCR, reason: str = "",
                turnaround: int = 0, pending: bool = False) -> None:
            if sampled > end:
                return
            reported = sampled + timedelta(minutes=turnaround or rng.randint(180, 290))
            known = not pending and reported <= scene.as_of
            tests.append(RoundTest(
                stay_id=plan.stay_id, kind=kind,
                sample_no=self._sample_no(day) if kind is TestKind.PCR else "",
                scheduled_for=day if not reason else None, sampled_at=sampled,
                lab=lab if kind is TestKind.PCR else "",
                result=TestResult.NEGATIVE if known else TestResult.PENDING,
                reported_at=reported if known else None, reason=reason))

        for day in self._test_days(plan):
            if day == plan.arrival_day:
                sampled = plan.arrival_at + timedelta(minutes=rng.randint(40, 70))
            else:
                sampled = scene.timeline.clock(day, 7, 0, 25)
            if plan.positive_at is not None and day == plan.positive_at.date():
                sampled = plan.positive_at
            add(day, sampled, pending=(plan.pending_today and day == scene.today)
                or sampled == plan.positive_at)
        if plan.restart_on is not None:
            extra = datetime.combine(plan.restart_on, time(13, 30))
            add(plan.restart_on, extra, reason="同住人员核酸阳性，加测")
        if plan.fever is Fever.ESCALATED and plan.fever_at is not None:
            add(plan.fever_at.date(), plan.fever_at + timedelta(minutes=20), TestKind.ANTIGEN,
                reason="发热，抗原检测", turnaround=15)
            add(plan.fever_at.date(), plan.fever_at + timedelta(minutes=25),
                reason="发热，核酸加测")
        return tests
