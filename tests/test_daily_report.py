"""The daily report for the command centre (DESIGN.md §7) on a small site."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from release_scenario import D, T, build

from quarantine_desk.domain.enums import Category, RoomState, TestResult
from quarantine_desk.services import checkin, daily_report, labtests, readings, rooms, site
from quarantine_desk.services import release as rel
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import Site

NOW = T + timedelta(hours=1)  # 2022-07-15 11:00


@pytest.fixture
def day(engine, manager, liaison, medical):
    """The release scenario on its release day, plus what else happened that morning."""
    scenario = build(engine, manager, liaison, medical)
    with write_session(engine) as s:
        site.setup_site(s, manager, "金陵饭店集中隔离医学观察点", phone="025-12345678", now=T)
        rel.release(s, manager, [scenario.stays["ready"]], D, now=T)
        rooms.set_state(s, manager, "303", RoomState.OUT_OF_SERVICE, now=T)
        checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="周杰", id_number="110105198001010016", category=Category.INBOUND_TRAVELLER,
            exposure_date=date(2022, 7, 9), arrival_at=datetime(2022, 7, 15, 9, 0),
            room="301"), now=datetime(2022, 7, 15, 9, 0))
        checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="吴敏", id_number="110105199002020026", category=Category.OTHER,
            arrival_at=datetime(2022, 7, 15, 15, 0)), now=T)
        # a fever this morning, and a positive reported this morning
        readings.record_reading(s, medical, scenario.stays["no_destination"], 37.8,
                                taken_at=datetime(2022, 7, 15, 9, 0), now=T)
        test = labtests.record_sample(s, medical, scenario.stays["no_day5"], sample_no="X1",
                                      sampled_at=datetime(2022, 7, 15, 7, 0), now=T)
        labtests.record_result(s, medical, test.id, TestResult.POSITIVE,
                               reported_at=datetime(2022, 7, 15, 9, 30), now=T)
    return engine


def test_figures_of_the_day(day) -> None:
    with read_session(day) as s:
        report = daily_report.daily_report(s, D, NOW)
    figures = report.to_json()
    assert figures["site_name"] == "金陵饭店集中隔离医学观察点"
    assert {k: figures[k] for k in ("rooms_total", "occupied", "available",
                                    "awaiting_disinfection", "out_of_service")} == {
        "rooms_total": 9, "occupied": 6, "available": 1, "awaiting_disinfection": 1,
        "out_of_service": 1}
    assert figures["in_quarantine"] == 6
    assert figures["in_quarantine_by_category"] == {
        "close_contact": 5, "secondary_close_contact": 0, "inbound_traveller": 1,
        "high_risk_area": 0, "other": 0}
    assert (figures["arrivals_today"], figures["expected"]) == (1, 1)
    assert (figures["released_today"], figures["planned_tomorrow"]) == (1, 1)
    assert (figures["fevers_today"], figures["positives_today"]) == (1, 1)
    assert figures["open_alerts"] == 4  # two from before, the new fever and the new positive
    assert (figures["admitted_total"], figures["released_total"]) == (7, 1)


def test_text_is_ready_to_paste_in_the_command_centres_wording(day) -> None:
    with read_session(day) as s:
        text = daily_report.daily_report(s, D, NOW).text
    assert text.splitlines() == [
        "【隔离点日报】金陵饭店集中隔离医学观察点",
        "报告时间：2022年7月15日11时",
        "统计日期：2022年7月15日",
        "一、房间：共9间，已使用6间，空余1间，待终末消毒1间，停用1间。",
        "二、尚在集中隔离医学观察6人（其中密切接触者5人，入境人员1人）。",
        "三、当日新入住1人，尚在转运途中1人。",
        "四、当日解除集中隔离医学观察1人，明日计划解除1人。",
        "五、当日发热1人，核酸或抗原检测阳性1人，未处置完毕的异常情况4起。",
        "六、累计接收隔离人员7人，累计解除集中隔离医学观察1人。",
    ]


def test_a_past_day_is_counted_as_it_was(day) -> None:
    evening = datetime(2022, 7, 14, 23, 59)
    with read_session(day) as s:
        report = daily_report.daily_report(s, evening.date(), evening)
    assert report.in_quarantine == 6  # the release and the new arrival came the next day
    assert (report.arrivals_today, report.released_today) == (0, 0)
    assert report.fevers_today == 1  # 38.0 °C at 04:00 on 07-14
    assert report.positives_today == 0
    assert report.planned_tomorrow == 5
    assert (report.admitted_total, report.released_total) == (6, 0)


def test_cumulative_figures_count_from_the_opening_day(day) -> None:
    with write_session(day) as s:
        row = s.get(Site, site.get_site(s).id)
        row.opened_on = date(2022, 7, 9)
        s.add(row)
    with read_session(day) as s:
        report = daily_report.daily_report(s, D, NOW)
    # only the stay that arrived on 07-10 and today's arrival came after the opening
    assert (report.admitted_total, report.released_total) == (2, 1)


def test_empty_site_reports_zeros(engine) -> None:
    with read_session(engine) as s:
        report = daily_report.daily_report(s, D, NOW)
    assert report.in_quarantine == 0 and report.rooms_total == 0
    assert "二、尚在集中隔离医学观察0人。" in report.text
    assert report.text.splitlines()[0] == "【隔离点日报】（未设置隔离点名称）"
