"""The daily figures the site reports to the command centre (隔离点日报, DESIGN.md §7).

The text is pasted into the command centre's messaging group, so it is written in their
wording, in Chinese (the source text of every line; a site can adapt it through the
translation files). Every figure is counted as of the report's moment, so that a past day reads
as it was at its end:

* people from arrival and exit times; those expected from when they were announced (the
  ``stay.expect`` audit event) until they arrived or were cancelled; tomorrow's planned releases
  from the planned release date as it stood then (the ``before`` snapshot of the first audit
  event that followed, when the date has moved since);
* rooms from their history (:mod:`~quarantine_desk.services.room_history`): assignments and
  the audit trail's room events. A room whose state at the moment the records cannot tell is
  counted in the total, in no state, and the report says how many there are
  (``rooms_state_unknown`` and a sentence in the text), never a silently wrong figure.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_
from sqlmodel import Session, select

from quarantine_desk.domain.enums import (
    AlertStatus,
    RoomState,
    StayStatus,
    TestResult,
)
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies, room_history
from quarantine_desk.services.readings import is_fever
from quarantine_desk.services.site import get_site
from quarantine_desk.store.models import (
    Alert,
    AuditEvent,
    LabTest,
    PolicyVersion,
    Reading,
    Stay,
)


def _tr(text: str) -> str:
    return translate("daily_report", text)


@dataclass
class DailyReport:
    site_name: str
    on: date
    at: datetime
    rooms_total: int
    occupied: int
    available: int
    reserved: int
    awaiting_disinfection: int
    out_of_service: int
    rooms_state_unknown: int  # rooms in the total whose state then the records cannot tell
    in_quarantine: int
    #: category code -> people: every category of every policy version (in the order of the
    #: versions, then of each file), then any other code a stay holds
    in_quarantine_by_category: dict[str, int]
    arrivals_today: int
    expected: int  # announced and still being transferred in
    released_today: int
    planned_tomorrow: int
    fevers_today: int  # people with a fever reading today
    positives_today: int  # people with a positive result reported today
    open_alerts: int
    admitted_total: int  # since the site opened
    released_total: int
    text: str = field(default="")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["on"] = self.on.isoformat()
        data["at"] = self.at.isoformat(timespec="minutes")
        return data


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return int(session.exec(select(func.count()).select_from(Stay).where(*conditions)).one())


def _present_at(now: datetime) -> ColumnElement[bool]:
    """Stays whose guest was at the site at ``now``."""
    return and_(Stay.arrival_at.is_not(None), Stay.arrival_at <= now,  # type: ignore[union-attr,operator]
                or_(Stay.exit_at.is_(None), Stay.exit_at > now))  # type: ignore[union-attr,operator]


def _between(column: Any, start: datetime | None, end: datetime) -> ColumnElement[bool]:
    """``column`` at or before ``end`` and, when the site's opening is known, not before it."""
    if start is None:
        return and_(column.is_not(None), column <= end)
    return and_(column >= start, column <= end)


def _fevers(session: Session, start: datetime, end: datetime) -> int:
    thresholds = {row.id: policies.load(row).fever_threshold
                  for row in session.exec(select(PolicyVersion))}
    if not thresholds:
        return 0
    rows = session.exec(
        select(Reading.stay_id, Reading.celsius, Stay.policy_id)
        .join(Stay, Stay.id == Reading.stay_id)  # type: ignore[arg-type]
        .where(Reading.taken_at >= start, Reading.taken_at < end,
               Reading.voided_at.is_(None),  # type: ignore[union-attr]
               Reading.celsius >= min(thresholds.values()) - 0.05)
    ).all()
    return len({stay_id for stay_id, celsius, policy_id in rows
                if is_fever(celsius, thresholds[policy_id])})


def _positives(session: Session, start: datetime, end: datetime) -> int:
    when = func.coalesce(LabTest.reported_at, LabTest.sampled_at)
    return int(session.exec(
        select(func.count(func.distinct(LabTest.stay_id)))
        .where(LabTest.result == TestResult.POSITIVE.value, when >= start, when < end)
    ).one())


def _open_alerts(session: Session, now: datetime) -> int:
    return int(session.exec(
        select(func.count()).select_from(Alert)
        .where(Alert.opened_at <= now,
               or_(Alert.status != AlertStatus.RESOLVED.value, Alert.resolved_at > now))  # type: ignore[operator]
    ).one())


def _expected(session: Session, now: datetime, before: datetime) -> int:
    """People announced by ``now`` (their ``stay.expect`` event) who had neither arrived nor
    been cancelled by then, due before ``before``."""
    announced = exists().where(
        AuditEvent.entity == "stay", AuditEvent.entity_id == Stay.id,
        AuditEvent.action == "stay.expect", AuditEvent.at <= now)  # type: ignore[operator]
    return _count(session,
                  # an announced stay has an expected time: narrows the stays to look up
                  or_(Stay.expected_at.is_not(None),  # type: ignore[union-attr]
                      Stay.status == StayStatus.EXPECTED.value),
                  or_(Stay.arrival_at.is_(None), Stay.arrival_at > now),  # type: ignore[union-attr,operator]
                  or_(Stay.exit_at.is_(None), Stay.exit_at > now),  # type: ignore[union-attr,operator]
                  or_(Stay.expected_at.is_(None), Stay.expected_at < before),  # type: ignore[union-attr,operator]
                  announced)


def _planned_release_in(snapshot: str | None) -> str | None:
    try:
        data = json.loads(snapshot or "")
    except ValueError:
        return None
    value = data.get("planned_release") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _planned_on(session: Session, present: ColumnElement[bool], now: datetime, day: date) -> int:
    """Stays present at ``now`` whose planned release, as it stood at ``now``, is ``day``.

    The date moves (a new exposure date, new rules, a housemate's positive) and every move is
    audited with the stay's snapshot before it: the first audited change after ``now`` that
    carries the date gives the date as it stood; without one the date has not moved since.
    """
    if room_history.nothing_recorded_after(session, now):
        return _count(session, present, Stay.planned_release == day)
    planned = {stay_id: value.isoformat() for stay_id, value in
               session.exec(select(Stay.id, Stay.planned_release).where(present)).all()}
    later = session.exec(
        select(AuditEvent.entity_id, AuditEvent.before)
        .where(AuditEvent.entity == "stay", AuditEvent.at > now,
               AuditEvent.before.is_not(None),  # type: ignore[union-attr]
               AuditEvent.entity_id.in_(select(Stay.id).where(present)))  # type: ignore[union-attr]
        .order_by(AuditEvent.entity_id, AuditEvent.at, AuditEvent.id)  # type: ignore[arg-type]
    ).all()
    settled: set[int] = set()
    for stay_id, before in later:
        if stay_id in settled or stay_id not in planned:
            continue
        value = _planned_release_in(before)
        if value is not None:
            planned[stay_id] = value
            settled.add(stay_id)
    return sum(1 for value in planned.values() if value == day.isoformat())


def _by_category(session: Session, counted: dict[str, int]) -> dict[str, int]:
    """``counted`` (people by category code) with every category the policy versions name, in
    their order (zero when none), and the codes no version names after them. Reads every
    version, so :func:`policies.category_label` names each code as its policy does."""
    codes: dict[str, None] = {}
    for policy in policies.read_all(session):
        codes.update(dict.fromkeys(policy.rules))
    codes.update(dict.fromkeys(sorted(counted)))
    return {code: int(counted.get(code, 0)) for code in codes}


def daily_report(session: Session, on: date, now: datetime) -> DailyReport:
    """The figures of ``on`` as of ``now`` (the hour the report is sent), with the message."""
    site = get_site(session)
    day_start = datetime.combine(on, time(0, 0))
    day_end = min(day_start + timedelta(days=1), now + timedelta(seconds=1))
    opened = datetime.combine(site.opened_on, time(0, 0)) if site and site.opened_on else None
    present = _present_at(now)
    by_category = dict(session.exec(
        select(Stay.category, func.count()).where(present).group_by(Stay.category)
    ).all())
    rooms = room_history.counts_at(session, now)
    report = DailyReport(
        site_name=site.name if site else "",
        on=on,
        at=now,
        rooms_total=rooms.total,
        occupied=rooms.by_state[RoomState.OCCUPIED.value],
        available=rooms.by_state[RoomState.AVAILABLE.value],
        reserved=rooms.by_state[RoomState.RESERVED.value],
        awaiting_disinfection=rooms.by_state[RoomState.AWAITING_DISINFECTION.value],
        out_of_service=rooms.by_state[RoomState.OUT_OF_SERVICE.value],
        rooms_state_unknown=rooms.unknown,
        in_quarantine=sum(by_category.values()),
        in_quarantine_by_category=_by_category(session, by_category),
        arrivals_today=_count(session, Stay.arrival_at >= day_start,  # type: ignore[operator]
                              Stay.arrival_at < day_end),  # type: ignore[operator]
        expected=_expected(session, now, day_start + timedelta(days=1)),
        released_today=_count(session, Stay.status == StayStatus.RELEASED.value,
                              Stay.exit_at >= day_start, Stay.exit_at < day_end),  # type: ignore[operator]
        planned_tomorrow=_planned_on(session, present, now, on + timedelta(days=1)),
        fevers_today=_fevers(session, day_start, day_end),
        positives_today=_positives(session, day_start, day_end),
        open_alerts=_open_alerts(session, now),
        admitted_total=_count(session, _between(Stay.arrival_at, opened, now)),
        released_total=_count(session, Stay.status == StayStatus.RELEASED.value,
                              _between(Stay.exit_at, opened, now)),
    )
    in_force = policies.load(policies.policy_row_on(session, on))
    report.text = report_text(report, test_kinds=[kind.zh for kind in in_force.test_kinds])
    return report


def _category_breakdown(counts: dict[str, int]) -> str:
    """Each category with people, in the order of ``counts``, by its Chinese name (its code
    when no policy version names it)."""
    parts = [
        _tr("{category}{n}人").format(category=policies.category_label(code, "zh"), n=n)
        for code, n in counts.items()
        if n
    ]
    return _tr("（其中{parts}）").format(parts=_tr("，").join(parts)) if parts else ""


def _tested_by(kinds: list[str] | None) -> str:
    """The tests whose positives the report counts, as the policy in force names its kinds:
    核酸或抗原 under the COVID-19 rules; nothing for a disease followed without tests."""
    if kinds is None:
        kinds = ["核酸", "抗原"]
    return _tr("或").join(kinds)


def report_text(report: DailyReport, *, test_kinds: list[str] | None = None) -> str:
    """The message for the command centre's group, one figure group per line; ``test_kinds``
    are the Chinese names of the test kinds of the policy in force (COVID-19's by default)."""
    site = report.site_name or _tr("（未设置隔离点名称）")
    reserved = _tr("，预留{n}间").format(n=report.reserved) if report.reserved else ""
    lines = [
        _tr("【隔离点日报】{site}").format(site=site),
        _tr("报告时间：{year}年{month}月{day}日{hour}时").format(
            year=report.at.year, month=report.at.month, day=report.at.day, hour=report.at.hour),
        _tr("统计日期：{year}年{month}月{day}日").format(
            year=report.on.year, month=report.on.month, day=report.on.day),
        _tr("一、房间：共{total}间，已使用{occupied}间，空余{available}间，待终末消毒{awaiting}间，"
            "停用{out}间{reserved}。").format(
            total=report.rooms_total, occupied=report.occupied, available=report.available,
            awaiting=report.awaiting_disinfection, out=report.out_of_service,
            reserved=reserved)
        + (_tr("其中{n}间当时的状态无法从操作记录还原，未计入以上各项。").format(
            n=report.rooms_state_unknown) if report.rooms_state_unknown else ""),
        _tr("二、尚在集中隔离医学观察{n}人{breakdown}。").format(
            n=report.in_quarantine,
            breakdown=_category_breakdown(report.in_quarantine_by_category)),
        _tr("三、当日新入住{arrivals}人，尚在转运途中{expected}人。").format(
            arrivals=report.arrivals_today, expected=report.expected),
        _tr("四、当日解除集中隔离医学观察{released}人，明日计划解除{tomorrow}人。").format(
            released=report.released_today, tomorrow=report.planned_tomorrow),
        _tr("五、当日发热{fevers}人，{kinds}检测阳性{positives}人，"
            "未处置完毕的异常情况{alerts}起。").format(
            fevers=report.fevers_today, kinds=_tested_by(test_kinds),
            positives=report.positives_today, alerts=report.open_alerts),
        _tr("六、累计接收隔离人员{admitted}人，累计解除集中隔离医学观察{released}人。").format(
            admitted=report.admitted_total, released=report.released_total),
    ]
    return "\n".join(lines)
