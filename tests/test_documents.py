"""Documents (DESIGN.md §7): the handover form and the release list, checked as a reader would.

The PDFs are read back with poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) and the QR code
with zbarimg; a test that needs a missing binary is skipped and says which.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from quarantine_desk.documents.fonts import check_marks, has_glyph, register_fonts
from quarantine_desk.documents.handover import (
    form_checksum,
    handover_filename,
    qr_payload,
    render_handover,
    write_handover,
    write_handover_folder,
)
from quarantine_desk.documents.handover_batch import write_handover_batch
from quarantine_desk.documents.release_list import (
    write_release_list_pdf,
    write_release_list_xlsx,
)
from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.identity import mask_id_number, resident_id_check_char
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

LONG_ADDRESS = (
    "浙江省杭州市西湖区文三路街道学院路社区教工路一百八十八号东方明珠花园小区二期"
    "十七幢三单元一千二百零三室（进小区后沿主干道直行到底左转，第二个路口右转，"
    "看到蓝色快递柜后往里走五十米即到，门口有一棵大桂花树，电梯坏了请走消防楼梯上楼，敲门即可）"
)
assert len(LONG_ADDRESS) >= 120, len(LONG_ADDRESS)


def resident_id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (poppler-utils / zbar-tools) on PATH")


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          check=True).stdout


def pdf_text(path: Path) -> str:
    need("pdftotext")
    return run("pdftotext", "-layout", path, "-")


def page_count(path: Path) -> int:
    need("pdfinfo")
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", path), re.MULTILINE)
    assert match
    return int(match.group(1))


def sample_handover(
    tests: int = 15, address: str = LONG_ADDRESS, **changes: object
) -> HandoverData:
    """A close contact released to home health monitoring, with ``tests`` tests."""
    arrival = datetime(2022, 4, 6, 21, 40)
    sampled = [arrival + timedelta(hours=10 * i + 10) for i in range(tests)]
    test_lines = [
        TestLine(sampled_at=when, kind_label="核酸" if i % 3 else "抗原", result_label="阴性",
                 sample_no=f"HS{when:%Y%m%d}{i:04d}")
        for i, when in enumerate(sampled)
    ]
    readings = [ReadingLine(datetime(2022, 4, 12, 8) + timedelta(hours=7 * i), 36.3 + 0.1 * i)
                for i in range(4)]
    data = HandoverData(
        site=SiteInfo(name="杭州市西湖区之江饭店集中隔离医学观察点", phone="0571-87650000",
                      address="杭州市西湖区之江路888号"),
        serial="XH-20220413-0007",
        person=PersonInfo(full_name="欧阳晓峰", sex_label="男", id_type_label="身份证",
                          id_number=resident_id("33010619850307221"), phone="13912345678",
                          home_address=address, work_unit="浙江省杭州市某某科技有限公司"),
        stay=StayInfo(category_label="密切接触者", basis_date=date(2022, 4, 6),
                      arrival=arrival, release_date=date(2022, 4, 13), room="1208",
                      observation_from=date(2022, 4, 6), observation_to=date(2022, 4, 13)),
        tests=test_lines,
        temperatures=TemperatureSummary(
            last_readings=readings,
            maximum=ReadingLine(datetime(2022, 4, 8, 15, 0), 37.1), count=14),
        health=HealthNotes(conditions=["高血压", "糖尿病"], medication="氨氯地平 5mg 每日一次",
                           key_person_flags=["基础疾病"]),
        next_steps=NextSteps(
            site_phone="0571-87650000", home_kind_label="居家健康监测",
            home_from=date(2022, 4, 13), home_to=date(2022, 4, 16),
            duties=["居家期间尽量单独居住或与同住人保持距离",
                    "每日早晚各测一次体温并向社区报告",
                    "非就医不外出，确需外出就医时做好个人防护，不乘坐公共交通工具"],
            home_tests=[HomeTest(date(2022, 4, 16), "居家第3天")]),
        destination=DestinationInfo(address=address, street="文三路街道", community="学院路社区",
                                    grid_worker="王丽", grid_phone="13800571234",
                                    verified_by="学院路社区 李强", suitable=True,
                                    verified_at=datetime(2022, 4, 12, 16, 20)),
        transfer=TransferInfo(vehicle_plate="浙A·D12345", escort="陈志",
                              escort_phone="13700001111"),
    )
    return dataclasses.replace(data, **changes)


def minimal_handover() -> HandoverData:
    return HandoverData(
        site=SiteInfo("测试隔离点", "010-1234", "北京"),
        serial="MIN-1",
        person=PersonInfo("李四", "女", "身份证", resident_id("11010519920615432"), "", ""),
        stay=StayInfo("其他", date(2022, 4, 1), datetime(2022, 4, 1, 9), date(2022, 4, 8), "301",
                      date(2022, 4, 1), date(2022, 4, 8)),
        next_steps=NextSteps(site_phone="010-1234"),
    )


# -- fonts --------------------------------------------------------------------------------


def test_font_registers_once_and_knows_its_glyphs() -> None:
    assert register_fonts() == register_fonts()
    assert has_glyph("隔") and has_glyph("°")
    assert not has_glyph("℃")  # present in the cmap but empty: documents write °C
    yes, no = check_marks()
    assert has_glyph(yes) and has_glyph(no) and yes != no


# -- handover form ------------------------------------------------------------------------


def test_handover_embeds_the_font_and_shows_name_and_full_id(tmp_path: Path) -> None:
    data = sample_handover()
    path = write_handover(tmp_path / "one.pdf", data)
    need("pdffonts")
    fonts = run("pdffonts", path)
    wqy = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert wqy, fonts
    assert all(re.search(r"\byes\b", line) for line in wqy), fonts  # emb = yes
    text = pdf_text(path)
    assert "欧阳晓峰" in text
    assert data.person.id_number in text
    assert "解除集中隔离医学观察告知书暨居家健康监测交接单" in text
    assert "观察期" in text and "2022年4月6日 至 2022年4月13日" in text
    assert "37.1°C" in text and "℃" not in text


def test_handover_with_many_tests_and_long_addresses_is_one_page(tmp_path: Path) -> None:
    for count in (0, 15, 40, 120):  # 120: past the last font step, the body is scaled
        path = write_handover(tmp_path / f"t{count}.pdf", sample_handover(tests=count))
        assert page_count(path) == 1, f"{count} tests spilled onto a second page"
    text = pdf_text(tmp_path / "t15.pdf")
    last = sample_handover(tests=15).tests[-1].sample_no
    assert last in text  # the last of 15 tests is listed


def test_handover_in_english_keeps_chinese_and_adds_english_labels(tmp_path: Path) -> None:
    path = write_handover(tmp_path / "en.pdf", sample_handover(language="en"))
    text = pdf_text(path)
    assert "姓名" in text and "Name" in text and "ID number" in text
    assert page_count(path) == 1
    zh = pdf_text(write_handover(tmp_path / "zh.pdf", sample_handover()))
    assert "ID number" not in zh


def test_qr_code_carries_serial_and_checksum(tmp_path: Path) -> None:
    need("pdftoppm", "zbarimg")
    data = sample_handover()
    path = write_handover(tmp_path / "qr.pdf", data)
    run("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", path, tmp_path / "page")
    png = next(tmp_path.glob("page*.png"))
    decoded = run("zbarimg", "--raw", "-q", png).strip()
    assert decoded == qr_payload(data) == f"QD1|{data.serial}|{form_checksum(data)}"
    assert re.fullmatch(r"[0-9a-f]{16}", form_checksum(data))


@pytest.mark.parametrize("change", [
    lambda d: dataclasses.replace(d, serial="XH-20220413-0008"),
    lambda d: dataclasses.replace(d, person=dataclasses.replace(d.person, full_name="欧阳晓锋")),
    lambda d: dataclasses.replace(d, person=dataclasses.replace(
        d.person, id_number=resident_id("33010619850307231"))),
    lambda d: dataclasses.replace(d, stay=dataclasses.replace(
        d.stay, release_date=date(2022, 4, 14))),
    lambda d: dataclasses.replace(d, tests=d.tests[:-1]),
    lambda d: dataclasses.replace(d, tests=(*d.tests[:-1], dataclasses.replace(
        d.tests[-1], result_label="阳性"))),
    lambda d: dataclasses.replace(d, temperatures=dataclasses.replace(
        d.temperatures, maximum=ReadingLine(datetime(2022, 4, 8, 15, 0), 37.2))),
    lambda d: dataclasses.replace(d, destination=dataclasses.replace(
        d.destination, suitable=False)),
    lambda d: dataclasses.replace(d, next_steps=dataclasses.replace(
        d.next_steps, home_to=date(2022, 4, 17))),
    lambda d: dataclasses.replace(d, transfer=dataclasses.replace(
        d.transfer, vehicle_plate="浙A·D12346")),
    lambda d: dataclasses.replace(d, inbound_note="信息已推送至目的地省份"),
])
def test_checksum_changes_with_any_content(change) -> None:  # type: ignore[no-untyped-def]
    data = sample_handover()
    assert form_checksum(data) == form_checksum(sample_handover())  # deterministic
    assert form_checksum(change(data)) != form_checksum(data)


def test_lists_are_frozen_into_tuples() -> None:
    data = sample_handover()
    assert isinstance(data.tests, tuple)
    assert isinstance(data.next_steps.duties, tuple)
    with pytest.raises(ValueError, match="serial"):
        dataclasses.replace(data, serial="A|B")
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(data, language="fr")


def test_batch_has_one_page_per_person(tmp_path: Path) -> None:
    items = [sample_handover(serial=f"XH-{n}", tests=n) for n in (1, 7, 15)]
    items.append(minimal_handover())
    path = write_handover_batch(tmp_path / "all.pdf", items)
    assert page_count(path) == 4
    text = pdf_text(path)
    assert text.count("\f") >= 3 and "李四" in text
    with pytest.raises(ValueError):
        write_handover_batch(tmp_path / "none.pdf", [])


def test_folder_has_one_file_per_person_named_by_serial_and_name(tmp_path: Path) -> None:
    items = [sample_handover(serial="XH/1"), minimal_handover()]
    paths = write_handover_folder(tmp_path / "out", items)
    assert [p.name for p in paths] == ["XH_1_欧阳晓峰.pdf", "MIN-1_李四.pdf"]
    assert [p.name for p in paths] == [handover_filename(d) for d in items]
    assert all(page_count(p) == 1 for p in paths)
    with pytest.raises(ValueError, match="serial"):
        write_handover_folder(tmp_path / "dup", [minimal_handover(), minimal_handover()])


def test_render_returns_pdf_bytes() -> None:
    blob = render_handover(minimal_handover())
    assert blob.startswith(b"%PDF-") and blob.rstrip().endswith(b"%%EOF")


# -- release list -------------------------------------------------------------------------

COMMUNITIES = (
    ("文三路街道", "学院路社区"), ("文三路街道", "保俶北路社区"), ("古荡街道", "嘉绿苑社区"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟")


def release_rows(count: int) -> tuple[list[ReleaseRow], list[str]]:
    """``count`` rows over three communities, every fifth not eligible; with the full IDs."""
    rows, full_ids = [], []
    for i in range(count):
        full = resident_id(f"3301061985{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i:03d}")
        street, community = COMMUNITIES[i % 3]
        criteria = dict.fromkeys(CRITERIA_KEYS, True)
        reasons: list[str] = []
        if i % 5 == 4:
            criteria["destination_verified"] = False
            reasons = ["community has not confirmed the home"]
        inbound = i % 7 == 0
        rows.append(ReleaseRow(
            room=str(300 + i), name=SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)],
            id_number_masked=mask_id_number(full),
            category_label="入境人员" if inbound else "密切接触者",
            community=community, street=street, eligible=not reasons, criteria=criteria,
            reasons=reasons, inbound_province="广东省" if inbound else ""))
        full_ids.append(full)
    return rows, full_ids


def release_list(count: int = 40) -> tuple[ReleaseListData, list[str]]:
    rows, full_ids = release_rows(count)
    data = ReleaseListData(release_date=date(2022, 4, 13), site_name="之江饭店集中隔离医学观察点",
                           printed_at=datetime(2022, 4, 13, 7, 30), rows=rows, batch="第3批")
    return data, full_ids


def test_release_list_pdf_shows_masked_ids_only(tmp_path: Path) -> None:
    data, full_ids = release_list(40)
    path = write_release_list_pdf(tmp_path / "list.pdf", data)
    text = pdf_text(path)
    assert "解除集中隔离医学观察人员名单" in text
    squeezed = re.sub(r"\s+", "", text)
    for row, full in zip(data.rows, full_ids, strict=True):
        assert row.id_number_masked in squeezed
        assert full not in squeezed
    for _street, community in COMMUNITIES:
        assert community in text
    assert "小计" in text and "合计" in text and "第3批" in text
    assert page_count(path) >= 2
    need("pdffonts")
    assert "WenQuanYi" in run("pdffonts", path)


def test_release_list_pdf_masks_even_a_full_number_given_by_mistake(tmp_path: Path) -> None:
    rows, full_ids = release_rows(2)
    rows[0] = dataclasses.replace(rows[0], id_number_masked=full_ids[0])
    data = ReleaseListData(release_date=date(2022, 4, 13), site_name="点", rows=rows,
                           printed_at=datetime(2022, 4, 13, 7, 30))
    text = re.sub(r"\s+", "", pdf_text(write_release_list_pdf(tmp_path / "l.pdf", data)))
    assert full_ids[0] not in text and mask_id_number(full_ids[0]) in text


def test_release_list_pdf_repeats_the_header_on_every_page(tmp_path: Path) -> None:
    data, _ = release_list(90)
    path = write_release_list_pdf(tmp_path / "long.pdf", data)
    pages = pdf_text(path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for page in pages[:-1]:
        assert "证件号码" in page


def test_release_list_xlsx_has_rows_and_totals(tmp_path: Path) -> None:
    data, full_ids = release_list(40)
    path = write_release_list_xlsx(tmp_path / "list.xlsx", data)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert "证件号码" in header and "入境目的地省份" in header and "可否解除" in header
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    body, totals = values[:-1], values[-1]
    assert len(body) == 40
    masked = header.index("证件号码")
    assert sorted(r[masked] for r in body) == sorted(r.id_number_masked for r in data.rows)
    flat = {str(v) for row in values for v in row}
    assert not flat & set(full_ids)
    province = header.index("入境目的地省份")
    assert sum(1 for r in body if r[province] == "广东省") == 6
    assert totals[0] == "合计"
    assert totals[header.index("姓名")] == 40
    assert totals[header.index("可否解除")] == 32
    assert totals[header.index("去向核实")] == 32
    assert totals[header.index("期满")] == 40
    for column in ("A", "C", "D", "F"):
        assert sheet.column_dimensions[column].width >= 6


def test_empty_release_list_still_writes(tmp_path: Path) -> None:
    data = ReleaseListData(release_date=date(2022, 4, 13), site_name="点",
                           printed_at=datetime(2022, 4, 13, 7, 30))
    assert page_count(write_release_list_pdf(tmp_path / "e.pdf", data)) == 1
    sheet = openpyxl.load_workbook(write_release_list_xlsx(tmp_path / "e.xlsx", data)).active
    assert sheet is not None and sheet.max_row == 2
