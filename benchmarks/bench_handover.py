"""How long 500 handover forms take as one combined PDF (DESIGN.md §10: ≤ 10 s).

Builds 500 varied forms in memory (5 to 15 tests each, addresses of 20 to 120 characters, some
inbound travellers, some without a home period), then times ``write_handover_batch`` writing
them into one file, font registration included. Run:
``.venv/bin/python benchmarks/bench_handover.py [--forms N] [--seed N] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from quarantine_desk.documents.handover_batch import write_handover_batch
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.domain.paper_records import (
    DestinationInfo,
    HandoverData,
    HealthNotes,
    HomeTest,
    NextSteps,
    PersonInfo,
    ReadingLine,
    SiteInfo,
    StayInfo,
    TemperatureSummary,
    TestLine,
    TransferInfo,
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅"
STREETS = ("文三路街道", "古荡街道", "翠苑街道", "北山街道", "西溪街道")
COMMUNITIES = ("学院路社区", "嘉绿苑社区", "保俶北路社区", "桂花城社区", "马塍路社区")
ADDRESS_PARTS = ("教工路", "一百八十八号", "东方花园", "小区二期", "十七幢", "三单元",
                 "一千二百零三室", "（进小区后沿主干道直行到底左转）", "近蓝色快递柜",
                 "门口有一棵大桂花树")
CONDITIONS = ("高血压", "糖尿病", "心脏病", "慢性阻塞性肺病")
SITE = SiteInfo(name="杭州市西湖区之江饭店集中隔离医学观察点", phone="0571-87650000",
                address="杭州市西湖区之江路888号")
DUTIES = ("居家期间尽量单独居住或与同住人保持距离", "每日早晚各测一次体温并向社区报告",
          "非就医不外出，确需外出就医时做好个人防护，不乘坐公共交通工具")


def resident_id(rng: random.Random, serial: int) -> str:
    birth = date(1940, 1, 1) + timedelta(days=rng.randrange(80 * 365))
    first17 = f"330106{birth:%Y%m%d}{serial % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def address(rng: random.Random) -> str:
    text = "浙江省杭州市西湖区" + rng.choice(STREETS) + rng.choice(COMMUNITIES)
    target = rng.randint(20, 120)
    while len(text) < target:
        text += rng.choice(ADDRESS_PARTS)
    return text[:target]


def one_form(rng: random.Random, index: int) -> HandoverData:
    arrival = datetime(2022, 4, 6, 8) + timedelta(minutes=rng.randrange(60 * 24))
    release = arrival.date() + timedelta(days=7)
    tests = [
        TestLine(sampled_at=arrival + timedelta(hours=12 * k + 2),
                 kind_label=rng.choice(("核酸", "核酸", "抗原")), result_label="阴性",
                 sample_no=f"HS{index:05d}{k:03d}")
        for k in range(rng.randint(5, 15))
    ]
    readings = [ReadingLine(arrival + timedelta(hours=12 * k), round(rng.uniform(36.0, 37.2), 1))
                for k in range(14)]
    home = rng.random() < 0.7
    inbound = rng.random() < 0.2
    home_address = address(rng)
    return HandoverData(
        site=SITE,
        serial=f"XH-{release:%Y%m%d}-{index:04d}",
        person=PersonInfo(
            full_name=rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2))),
            sex_label=rng.choice("男女"), id_type_label="身份证",
            id_number=resident_id(rng, index), phone=f"139{rng.randrange(10**8):08d}",
            home_address=home_address, work_unit=rng.choice(("", "杭州市某某科技有限公司"))),
        stay=StayInfo(category_label="入境人员" if inbound else "密切接触者",
                      basis_date=arrival.date(), arrival=arrival, release_date=release,
                      room=str(rng.randint(2, 20) * 100 + rng.randint(1, 40)),
                      observation_from=arrival.date(), observation_to=release),
        tests=tests,
        temperatures=TemperatureSummary(last_readings=readings[-4:],
                                        maximum=max(readings, key=lambda r: r.celsius),
                                        count=len(readings)),
        health=HealthNotes(conditions=rng.sample(CONDITIONS, rng.randint(0, 2)),
                           medication=rng.choice(("", "氨氯地平 5mg 每日一次"))),
        next_steps=NextSteps(
            site_phone=SITE.phone,
            home_kind_label="居家健康监测" if home else None,
            home_from=release if home else None,
            home_to=release + timedelta(days=3) if home else None,
            duties=DUTIES if home else (),
            home_tests=(HomeTest(release + timedelta(days=3), "居家第3天"),) if home else ()),
        destination=DestinationInfo(address=home_address, street=rng.choice(STREETS),
                                    community=rng.choice(COMMUNITIES), grid_worker="王丽",
                                    grid_phone="13800571234", verified_by="社区 李强",
                                    verified_at=arrival + timedelta(days=6), suitable=True),
        transfer=TransferInfo(vehicle_plate="浙A·D12345", escort="陈志",
                              escort_phone="13700001111"),
        inbound_note="入境人员：个人信息推送至目的地浙江省" if inbound else "",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="keep the PDF here (default: a temp folder)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    forms = [one_form(rng, index) for index in range(args.forms)]
    with tempfile.TemporaryDirectory() as folder:
        out = args.out or Path(folder) / "handover-batch.pdf"
        started = time.perf_counter()
        write_handover_batch(out, forms)
        seconds = time.perf_counter() - started
        size = out.stat().st_size
    print(f"{args.forms} handover forms -> one PDF of {size / 1e6:.1f} MB "
          f"in {seconds:.2f} s (target <= 10 s)")


if __name__ == "__main__":
    main()
