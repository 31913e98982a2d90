"""The course of each stay after check-in, as the desk would have recorded it: releases and the
terminal disinfection after them, destination checks and notifications, follow-up calls to key
persons, fevers with their alerts, and the positive taken to hospital."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from quarantine_desk.demo.plan import Destination, Fate, Fever, Plan, release_day
from quarantine_desk.demo.rounds import topic_of
from quarantine_desk.demo.scene import Scene
from quarantine_desk.domain.enums import AlertKind, RoomState, TestResult
from quarantine_desk.domain.identity import age_on
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.services import (
    alerts,
    destinations,
    key_persons,
    labtests,
    readings,
    release,
    rooms,
)

_AUTHORITY_TEAM = "合肥市蜀山区转运专班"
_CALLS = {
    "高血压": ("电话随访：自测血压{a}/{b} mmHg，按时服药，无头晕头痛", "代购降压药一盒"),
    "糖尿病": ("电话随访：空腹血糖{c} mmol/L，已安排糖尿病餐", ""),
    "心脏病": ("电话随访：无胸闷心悸，随身药品充足，已告知不适立即呼叫", ""),
    "pregnant": ("电话随访：孕期无不适，已与社区协调解除后产检安排", "需要孕妇奶粉"),
    "elderly": ("电话随访：老人精神状态好，饮食正常，已协助与家属视频通话", ""),
    "child": ("电话随访：儿童由家长陪同，饮食睡眠正常，情绪稳定", "需要儿童绘本"),
}
_DESTINATION_NOTES = {
    Destination.SUITABLE: "社区已上门核实，符合单人单套居家条件",
    Destination.UNCONFIRMED: "已发核实函，待社区上门核查",
    Destination.UNSUITABLE: "合租房，不满足单人单套条件，社区正协调其他住所",
    Destination.AUTHORITY: "入境人员信息已推送目的地省份，点对点移交转运专班",
}
_VERDICTS = {Destination.SUITABLE: True, Destination.UNCONFIRMED: None,
             Destination.UNSUITABLE: False}
_FEVER_CELSIUS = {Fever.OPEN: 37.5, Fever.ESCALATED: 38.1, Fever.RESOLVED: 37.4}


def _topic(plan: Plan, on: date) -> str:
    """What a follow-up call to a key person is mostly about."""
    person = plan.person
    if person.conditions:
        return topic_of(person.conditions[0])
    return "elderly" if age_on(person.birth, on) >= 60 else "child"


class StayCourse:
    """Schedules what happens to every stay that arrived, on the scene's timeline."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene

    def schedule(self, plans: list[Plan]) -> None:
        scene = self.scene
        releases: dict[date, list[Plan]] = defaultdict(list)
        for plan in plans:
            if plan.fate is Fate.RELEASED:
                releases[release_day(scene.policy, plan)].append(plan)
        for day, group in sorted(releases.items()):
            moment = scene.timeline.clock(day, 14, 30, 20)
            for plan in group:
                plan.exit_at = moment
            scene.timeline.at(moment, lambda g=group, d=day, m=moment: self._release(g, d, m))
        for plan in plans:
            if plan.arrival_at is None or plan.fate in (Fate.EXPECTED, Fate.CANCELLED):
                continue
            self._schedule_destination(plan)
            self._schedule_calls(plan)
            if plan.fever:
                scene.timeline.at(plan.arrival_at, lambda p=plan: self._schedule_fever(p))
            if plan.positive_at is not None:
                self._schedule_positive(plan)

    # --- releases ----------------------------------------------------------------------------

    def _release(self, group: list[Plan], day: date, moment: datetime) -> None:
        scene = self.scene
        outcome = release.release(scene.session, scene.staff.manager,
                                  [p.stay_id for p in group], day, now=moment)
        if outcome.refused:
            reasons = "; ".join(f"{r.name}: {', '.join(r.reasons)}" for r in outcome.refused)
            raise RuntimeError(f"demo data would not pass the release criteria: {reasons}")
        disinfected = datetime.combine(day + timedelta(days=2), time(9, 0))
        for number in dict.fromkeys(done.room for done in outcome.released):
            if rooms.get_room(scene.session, number).state == RoomState.AWAITING_DISINFECTION:
                when = disinfected + timedelta(minutes=scene.rng.randint(0, 90))
                scene.timeline.at(when, lambda n=number, w=when: rooms.mark_disinfected(
                    scene.session, scene.staff.liaison, n, now=w))

    # --- destinations ------------------------------------------------------------------------

    def _schedule_destination(self, plan: Plan) -> None:
        if plan.destination in (Destination.UNDECIDED, Destination.NONE):
            return
        scene = self.scene
        leaves = release_day(scene.policy, plan)
        checked = scene.timeline.clock(leaves - timedelta(days=1), 16, 0, 60)
        checked = min(max(checked, (plan.arrival_at or checked) + timedelta(hours=2)),
                      scene.as_of)
        scene.timeline.at(checked, lambda: self._destination(plan, checked))
        if plan.destination in (Destination.SUITABLE, Destination.AUTHORITY):
            told = scene.timeline.clock(leaves, 9, 30, 15)
            worker = (_AUTHORITY_TEAM if plan.destination is Destination.AUTHORITY
                      else scene.grid[f"{plan.person.street}{plan.person.community}"][0])
            scene.timeline.at(told, lambda: destinations.record_notification(
                scene.session, scene.staff.liaison, plan.stay_id, worker, notified_at=told,
                now=told))

    def _destination(self, plan: Plan, moment: datetime) -> None:
        scene, person = self.scene, plan.person
        worker, phone = scene.grid[f"{person.street}{person.community}"]
        note = _DESTINATION_NOTES[plan.destination]
        escort = scene.people.escort_name()
        if plan.destination is Destination.AUTHORITY:
            destinations.record_destination(
                scene.session, scene.staff.liaison, plan.stay_id, address=person.address,
                community="合肥市蜀山区疫情防控指挥部", verified_by=_AUTHORITY_TEAM,
                handed_to_authority=True, note=note, escort=escort,
                escort_phone=scene.people.phone(), verified_at=moment, now=moment)
            return
        destinations.record_destination(
            scene.session, scene.staff.liaison, plan.stay_id, address=person.address,
            community=person.community, street=person.street, verified_by=worker,
            suitable=_VERDICTS[plan.destination], grid_worker=worker, grid_phone=phone,
            transfer_plate="苏F·{}{:04d}".format(scene.rng.choice("ABCDKL"),
                                                 scene.rng.randint(0, 9999)),
            escort=escort, escort_phone=scene.people.phone(), note=note, verified_at=moment,
            now=moment)

    # --- follow-up calls ---------------------------------------------------------------------

    def _schedule_calls(self, plan: Plan) -> None:
        scene, person = self.scene, plan.person
        if not key_person_flags(person.birth, scene.today, conditions=person.conditions):
            return
        summary, needs = _CALLS[_topic(plan, scene.today)]
        for offset in (1, 4):
            moment = scene.timeline.clock(plan.arrival_day + timedelta(days=offset), 10, 30, 30)
            if moment >= plan.end(scene.as_of):
                continue
            text = summary.format(a=scene.rng.randint(118, 142), b=scene.rng.randint(72, 90),
                                  c=round(scene.rng.uniform(5.6, 7.8), 1))
            asked = needs if offset == 1 else ""
            scene.timeline.at(moment, lambda t=text, n=asked, m=moment: key_persons.log_call(
                scene.session, scene.staff.liaison, plan.stay_id, t, n, now=m))

    # --- fevers ------------------------------------------------------------------------------

    def _schedule_fever(self, plan: Plan) -> None:
        """Scheduled at check-in, when the reading slots (and so the fever's time) are known."""
        scene = self.scene
        session, medical, at = scene.session, scene.staff.medical, scene.timeline.at
        taken = plan.fever_at
        assert taken is not None
        symptoms = ["咳嗽", "乏力"] if plan.fever is Fever.ESCALATED else []
        at(taken, lambda: readings.record_reading(
            session, medical, plan.stay_id, _FEVER_CELSIUS[plan.fever], taken_at=taken,
            symptoms=symptoms, now=taken))
        if plan.fever is Fever.ESCALATED:
            escalated = taken + timedelta(minutes=40)
            at(escalated, lambda: alerts.escalate(
                session, medical, self._alert(plan, AlertKind.FEVER), "command_centre",
                "已报区指挥部，抗原阴性，核酸加测待出结果，驻点医生会诊", now=escalated))
        elif plan.fever is Fever.RESOLVED:
            noted, again = taken + timedelta(minutes=5), taken + timedelta(minutes=40)
            at(noted, lambda: alerts.add_note(
                session, medical, self._alert(plan, AlertKind.FEVER),
                "已报告驻点医生，多饮水，30分钟后复测", now=noted))
            at(again, lambda: readings.record_reading(
                session, medical, plan.stay_id, 36.8, taken_at=again, now=again))
            resolved = again + timedelta(minutes=5)
            at(resolved, lambda: alerts.resolve(
                session, medical, self._alert(plan, AlertKind.FEVER),
                "复测体温36.8 °C，无其他不适，继续观察", now=resolved))

    def _alert(self, plan: Plan, kind: AlertKind) -> int:
        alert = alerts.active_alert(self.scene.session, plan.stay_id, kind)
        assert alert is not None and alert.id is not None
        return alert.id

    # --- the positive ------------------------------------------------------------------------

    def _schedule_positive(self, plan: Plan) -> None:
        scene = self.scene
        session, medical, at = scene.session, scene.staff.medical, scene.timeline.at
        sampled, left = plan.positive_at, plan.exit_at
        assert sampled is not None and left is not None
        reported = sampled + timedelta(hours=4, minutes=10)
        escalated = reported + timedelta(minutes=20)
        at(reported, lambda: self._positive(plan, sampled, reported))
        at(escalated, lambda: alerts.escalate(
            session, medical, self._alert(plan, AlertKind.POSITIVE), "hospital",
            "已上报区疾控中心和区指挥部，联系定点医院接收；同住人员加测", now=escalated))
        at(left, lambda: alerts.transfer_to_hospital(
            session, medical, self._alert(plan, AlertKind.POSITIVE),
            "120负压救护车闭环转运至南通市第三人民医院（定点医院）", now=left))

    def _positive(self, plan: Plan, sampled: datetime, reported: datetime) -> None:
        (test_id,) = [t.id for t in labtests.tests_for_stay(self.scene.session, plan.stay_id)
                      if t.sampled_at == sampled]
        labtests.record_result(self.scene.session, self.scene.staff.medical, test_id,
                               TestResult.POSITIVE, ct_orf1ab=27.4, ct_n=29.1,
                               reported_at=reported, now=reported)
