"""The data of release-day paperwork, gathered for the documents layer's renderers.

The renderers know no database: this module fills their plain records
(``domain.paper_records``) — the release list (masked ID numbers, grouped later by receiving
community) and one handover form per person, with the policy's home period and duties, the
destination check and the release serial. A form for a stay not released yet is a draft: it
carries a draft mark, never a serial number.

Everything here is gathered in the documents' language (:func:`on_paper`): the reasons the
release criteria give, category names and duties are Chinese on paper even when the window or
the console speaks English. Categories and test kinds are named as the stay's policy file names
them (its Chinese names), so a form of another disease says what its own rules say. The home
period and home tests count from the day the person actually left (the planned release for a
draft).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlmodel import Session, select

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.enums import (
    ID_TYPE_LABELS_ZH,
    SEX_LABELS_ZH,
    Category,
    HomeKind,
    IdType,
    Sex,
    StayStatus,
    TestResult,
)
from quarantine_desk.domain.identity import normalise_id_number
from quarantine_desk.domain.key_persons import key_person_flags
from quarantine_desk.domain.paper_language import fmt_date, label_language, on_paper
from quarantine_desk.domain.paper_records import (
    DestinationInfo,
    HandoverData,
    HealthNotes,
    HomeTest,
    NextSteps,
    PersonInfo,
    ReadingLine,
    ReleaseListData,
    ReleaseRow,
    SiteInfo,
    StayInfo,
    TemperatureSummary,
    TestLine,
    TransferInfo,
)
from quarantine_desk.domain.policy import CategoryRule, Policy, home_period, home_test_dates
from quarantine_desk.domain.text import translate
from quarantine_desk.services import labtests, policies, readings, stays
from quarantine_desk.services.destinations import get_destination
from quarantine_desk.services.errors import NotFound
from quarantine_desk.services.records import StayDetails, copy_row
from quarantine_desk.services.release import release_candidates
from quarantine_desk.services.released import released_on
from quarantine_desk.services.site import get_site
from quarantine_desk.store.models import Guest, HealthRecord, Stay

LAST_READINGS = 4

#: The form's 居家管理 field: what follows at home under the stay's policy.
_HOME_KIND_LABELS = {
    HomeKind.HEALTH_MONITORING: "居家健康监测",
    HomeKind.ISOLATION: "居家隔离",
}

#: The duties of each home period, in the wording of the notices cities issued (DESIGN.md §7).
_HOME_DUTIES = {
    HomeKind.HEALTH_MONITORING: (
        "居家期间尽量单独居住，与同住人员保持距离，不共用生活用品",
        "每日早、晚各测量一次体温，如实向社区报告体温和健康状况",
        "除就医等必要情况外不外出；确需外出时全程做好个人防护，不乘坐公共交通工具，"
        "不前往人员密集场所",
    ),
    HomeKind.ISOLATION: (
        "居家隔离期间不得外出，单人单间居住，不接待来访",
        "每日早、晚各测量一次体温，如实向社区报告体温和健康状况",
    ),
}

_RESULT_LABELS = {TestResult.NEGATIVE: "阴性", TestResult.POSITIVE: "阳性",
                  TestResult.INVALID: "无效", TestResult.PENDING: "待出"}

#: Provincial-level divisions, so an address tells where an inbound traveller's details go.
_PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)


def _tr(text: str) -> str:
    return translate("paperwork", text)


def province_of(address: str) -> str:
    """The province an address starts with (``江苏省`` for ``江苏南京…``), or ``""``."""
    text = address.strip()
    for name in _PROVINCES:
        short = name[:3] if name.startswith(("内蒙古", "黑龙江")) else name[:2]
        if text.startswith(short):
            return name
    return ""


def _policies_of(session: Session, stay_ids: Iterable[int]) -> dict[int, Policy]:
    """The policy each stay keeps (the version of its check-in), by stay id, in one query."""
    ids = list(stay_ids)
    if not ids:
        return {}
    rows = session.exec(select(Stay.id, Stay.policy_id).where(Stay.id.in_(ids))).all()  # type: ignore[union-attr]
    versions = {policy_id: policies.policy_by_id(session, policy_id)
                for policy_id in {policy_id for _, policy_id in rows}}
    return {stay_id: versions[policy_id] for stay_id, policy_id in rows}


def _final_test_label(used: Iterable[Policy]) -> str:
    """What the release list's tests column is about (its heading is this and 阴性): the
    Chinese name of the final test of the policies of the stays listed when they share one
    (核酸 under the COVID-19 rules), else tests in general (检测)."""
    any_test = _tr("检测")
    names = {policy.test_kind(policy.release.final_test).zh if policy.release.final_test
             else any_test for policy in used}
    return names.pop() if len(names) == 1 else any_test


# --- the release list ----------------------------------------------------------------------


def release_list_data(
    session: Session, on: date, now: datetime, batch: str | None = None
) -> ReleaseListData:
    """The release list of ``on`` as of ``now`` (only one transfer batch when given), its
    reasons and names in the documents' language."""
    with on_paper():
        return _release_list_data(session, on, now, batch)


def _release_list_data(
    session: Session, on: date, now: datetime, batch: str | None
) -> ReleaseListData:
    site = get_site(session)
    candidates = [c for c in release_candidates(session, on, now)
                  if batch is None or c.batch == batch]
    kept = _policies_of(session, [c.stay_id for c in candidates])
    rows = []
    for candidate in candidates:
        inbound = candidate.category == Category.INBOUND_TRAVELLER.value
        rows.append(ReleaseRow(
            room=candidate.room, name=candidate.name,
            id_number_masked=candidate.id_number_masked,
            category_label=kept[candidate.stay_id].category_name(candidate.category, "zh"),
            community=candidate.community, street=candidate.street,
            eligible=candidate.eligible, criteria=dict(candidate.criteria),
            reasons=list(candidate.reasons),
            inbound_province=province_of(candidate.destination_address) if inbound else "",
        ))
    rows.extend(_released_rows(session, on, batch, kept))
    listed = list(kept.values()) or [policies.load(policies.policy_row_on(session, on))]
    return ReleaseListData(release_date=on, site_name=site.name if site else "",
                           printed_at=now, rows=rows, batch=batch,
                           final_test_label=_final_test_label(listed))


def _released_rows(session: Session, on: date, batch: str | None,
                   kept: dict[int, Policy]) -> list[ReleaseRow]:
    """People already released on ``on``: the list the communities sign must still name them
    after the manager has approved (they met every criterion when released). Their policies
    join ``kept``."""
    rows = []
    for entry in released_on(session, on):
        stay = stays.get_stay(session, entry.stay_id)
        if batch is not None and stay.batch != batch:
            continue
        policy = kept[entry.stay_id] = policies.policy_by_id(session, stay.policy_id)
        destination = get_destination(session, entry.stay_id)
        inbound = stay.category == Category.INBOUND_TRAVELLER.value
        address = destination.address if destination else ""
        rows.append(ReleaseRow(
            room=entry.room, name=entry.name, id_number_masked=entry.id_number_masked,
            category_label=policy.category_name(stay.category, "zh"),
            community=destination.community if destination else stay.community,
            street=destination.street if destination else "",
            eligible=True, criteria=dict.fromkeys(CRITERIA_KEYS, True),
            inbound_province=province_of(address) if inbound else "",
            released_serial=entry.serial,
        ))
    return rows


# --- handover forms ------------------------------------------------------------------------


def handover_stay(session: Session, id_number: str) -> StayDetails:
    """The stay a handover form of this person is about: the one in quarantine, else the
    person's latest release."""
    try:
        return stays.active_stay_details(session, id_number)
    except NotFound:
        released = session.exec(
            select(Stay)
            .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
            .where(Guest.id_number == normalise_id_number(id_number),
                   Stay.status == StayStatus.RELEASED.value)
            .order_by(Stay.exit_at.desc())  # type: ignore[union-attr]
        ).first()
        if released is None:
            raise
        return copy_row(StayDetails, released)


def draft_serial(stay_id: int) -> str:
    """What stands in the serial box of a form printed before release: a draft mark that is
    not a serial number, so no number is taken and none is reused."""
    return _tr("草稿（未解除）-{stay}").format(stay=stay_id)


def _person(guest: Guest) -> PersonInfo:
    sex = _tr(SEX_LABELS_ZH[Sex(guest.sex)]) if guest.sex else ""
    return PersonInfo(
        full_name=guest.full_name, sex_label=sex,
        id_type_label=_tr(ID_TYPE_LABELS_ZH[IdType(guest.id_type)]),
        id_number=guest.id_number, phone=guest.phone, home_address=guest.home_address,
        work_unit=guest.work_unit,
    )


def _room(session: Session, stay: Stay) -> str:
    history = stays.room_history(session, stay.id or 0)
    return history[-1][1].number if history else ""


def _tests(session: Session, stay: Stay, policy: Policy) -> list[TestLine]:
    """Every sample taken, its kind named as the stay's policy names it."""
    return [
        TestLine(sampled_at=t.sampled_at, kind_label=policy.test_kind(t.kind).zh,
                 result_label=_tr(_RESULT_LABELS[TestResult(t.result)]), sample_no=t.sample_no)
        for t in labtests.tests_for_stay(session, stay.id or 0)
        if t.sampled_at is not None
    ]


def _temperatures(session: Session, stay: Stay) -> TemperatureSummary:
    taken = [ReadingLine(r.taken_at, r.celsius)
             for r in readings.readings_for_stay(session, stay.id or 0)]
    if not taken:
        return TemperatureSummary()
    highest = max(taken, key=lambda r: (r.celsius, r.taken_at))
    return TemperatureSummary(last_readings=taken[-LAST_READINGS:], maximum=highest,
                              count=len(taken))


def _health(session: Session, guest: Guest, on: date) -> HealthNotes:
    record = session.exec(select(HealthRecord).where(HealthRecord.guest_id == guest.id)).first()
    conditions = [c for c in (record.conditions.split(";") if record else []) if c.strip()]
    flags = key_person_flags(guest.birth_date, on, pregnant=bool(record and record.pregnant),
                             conditions=conditions)
    return HealthNotes(conditions=conditions, medication=record.medication if record else "",
                       key_person_flags=flags)


def _next_steps(policy: Policy, stay: Stay, site_phone: str, release: date,
                language: str) -> NextSteps:
    """What the stay's policy has follow at home, counted from ``release``, the day the
    person left (or is due to leave, on a draft); its home tests named by the policy."""
    rule = policy.rule(stay.category)
    kind = policy.test_kind(rule.home_test_kind).zh
    period = home_period(rule, release=release)
    if period is None:
        return NextSteps(site_phone=site_phone, home_kind=HomeKind.NONE)
    tests = [
        HomeTest(on=on, label=_tr("居家第{k}天").format(k=k))
        for k, on in zip(rule.home_test_days, home_test_dates(rule, release=release),
                         strict=True)
    ]
    return NextSteps(
        site_phone=site_phone,
        home_kind=rule.home_kind,
        home_kind_label=_tr(_HOME_KIND_LABELS[rule.home_kind]),
        home_from=period[0], home_to=period[1],
        duties=_duties(rule, tests, kind, language),
        home_tests=tests,
        home_test_kind_label=kind if tests else "",
    )


def _duties(rule: CategoryRule, tests: list[HomeTest], kind: str, language: str) -> list[str]:
    """The duties of the home period; home isolation names the days of its home tests and
    their kind (上门核酸采样 under the COVID-19 rules)."""
    duties = [_tr(duty) for duty in _HOME_DUTIES[rule.home_kind]]
    if rule.home_kind is HomeKind.ISOLATION:
        days = "、".join(f"{test.label}（{fmt_date(test.on, language)}）" for test in tests)
        duties.append(_tr("于{days}配合社区完成上门{kind}采样").format(days=days, kind=kind)
                      if days else _tr("配合社区按时完成上门{kind}采样").format(kind=kind))
    return duties


def handover_data(session: Session, stay_id: int, now: datetime | None = None) -> HandoverData:
    """One person's handover form: released stays carry their release serial; a stay still in
    quarantine gets a draft dated on its planned release. In the documents' language."""
    with on_paper():
        return _handover_data(session, stay_id, now)


def _handover_data(session: Session, stay_id: int, now: datetime | None) -> HandoverData:
    now = now or datetime.now().replace(microsecond=0)
    stay = stays.get_stay(session, stay_id)
    guest = stays.guest_of(session, stay)
    policy = policies.policy_by_id(session, stay.policy_id)
    site = get_site(session)
    site_info = SiteInfo(name=site.name, phone=site.phone, address=site.address) if site \
        else SiteInfo(name="", phone="", address="")
    released = stay.status == StayStatus.RELEASED.value and stay.exit_at is not None
    release_date = stay.exit_at.date() if released and stay.exit_at else stay.planned_release
    arrival = stay.arrival_at or datetime.combine(stay.basis_date, datetime.min.time())
    check = get_destination(session, stay.id or 0)
    destination = DestinationInfo(
        address=check.address, street=check.street, community=check.community,
        grid_worker=check.grid_worker, grid_phone=check.grid_phone,
        verified_by=check.verified_by, verified_at=check.verified_at, suitable=check.suitable,
    ) if check else DestinationInfo()
    transfer = TransferInfo(vehicle_plate=check.transfer_plate, escort=check.escort,
                            escort_phone=check.escort_phone) if check else TransferInfo()
    inbound_note = ""
    if stay.category == Category.INBOUND_TRAVELLER.value:
        province = province_of(check.address if check else "") or \
            province_of(guest.home_address)
        inbound_note = (_tr("入境人员：个人信息推送至目的地{province}").format(province=province)
                        if province else _tr("入境人员：个人信息推送至目的地省份"))
    language = label_language(site.language if site else None)
    return HandoverData(
        site=site_info,
        serial=stay.release_serial if released and stay.release_serial
        else draft_serial(stay.id or 0),
        person=_person(guest),
        stay=StayInfo(
            category_label=policy.category_name(stay.category, "zh"),
            basis_date=stay.basis_date,
            arrival=arrival, release_date=release_date, room=_room(session, stay),
            observation_from=arrival.date(), observation_to=release_date,
        ),
        next_steps=_next_steps(policy, stay, site_info.phone, release_date, language),
        symptoms_zh=tuple(s.zh for s in policy.symptoms),
        symptoms_en=tuple(s.en for s in policy.symptoms),
        tests=_tests(session, stay, policy),
        temperatures=_temperatures(session, stay),
        health=_health(session, guest, release_date if released else now.date()),
        destination=destination,
        transfer=transfer,
        inbound_note=inbound_note,
        language=language,
    )


def handover_data_many(
    session: Session, stay_ids: Iterable[int], now: datetime | None = None
) -> list[HandoverData]:
    """Forms for several stays, in the order given (each stay once)."""
    with on_paper():
        return [_handover_data(session, stay_id, now) for stay_id in dict.fromkeys(stay_ids)]
