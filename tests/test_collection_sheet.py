"""The collection sheet PDF: the day's list gathered through the services, floor by floor in
walking order, readable back with pdftotext, the font embedded; in Chinese (the documents'
language) though the suite's console speaks English."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from medical_support import add_rooms, admit

from quarantine_desk import i18n
from quarantine_desk.documents.collection_sheet import write_collection_sheet
from quarantine_desk.domain import text as domain_text
from quarantine_desk.domain.paper_records import CollectionSheetData, SheetRow
from quarantine_desk.services import labtests, site
from quarantine_desk.services.collection_sheet import collection_sheet_data
from quarantine_desk.store.engine import read_session, write_session

TODAY = date.today()
ARRIVED_TODAY = datetime.combine(TODAY, datetime.min.time())
SITE = "崇川区城东集中隔离点"


@pytest.fixture(autouse=True)
def chinese_on_paper() -> None:
    """Documents speak the site's language through the .qm loader the cli and ui install."""
    domain_text.install_loader(i18n.translator_of)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def day_list(engine, manager, liaison, medical) -> dict[str, int]:
    """Five guests due today on floors 3 and 5 (admitted out of room order), one already
    sampled, one with an extra test for a neighbour of a positive."""
    with write_session(engine) as s:
        site.setup_site(s, manager, SITE, phone="0513-12345678")
    add_rooms(engine, manager, "301-303", "501-502")
    stays = {}
    for serial, (room, name) in enumerate((("502", "欧阳建国"), ("301", "朱月娥"),
                                           ("303", "吕文斌"), ("501", "Anna Schmidt"),
                                           ("302", "杨颖")), start=1):
        # 302 arrived four days ago: day 4 has no PCR, only the extra test is due
        arrival = ARRIVED_TODAY if room != "302" else ARRIVED_TODAY - timedelta(days=4)
        stays[room] = admit(engine, liaison, serial, room, name=name, arrival=arrival)
    with write_session(engine) as s:
        labtests.record_sample(s, medical, stays["303"], sample_no="3206-0042")
        labtests.schedule_extra_tests(s, medical, [stays["302"]], TODAY, "密接阳性邻室 305")
    return stays


def test_sheet_lists_the_day_floor_by_floor_with_blanks_to_fill(engine, day_list,
                                                                tmp_path) -> None:
    with read_session(engine) as s:
        data = collection_sheet_data(s, TODAY, now=datetime(2022, 7, 10, 6, 30))
    assert [row.room for row in data.rows] == ["301", "302", "303", "501", "502"]
    assert [row.floor for row in data.rows] == [3, 3, 3, 5, 5]
    assert data.site_name == SITE and data.sampled == 1
    sampled = next(row for row in data.rows if row.room == "303")
    assert (sampled.sample_no, sampled.sampled) == ("3206-0042", True)
    extra = next(row for row in data.rows if row.room == "302")
    assert extra.note == "密接阳性邻室 305"
    arrived = next(row for row in data.rows if row.room == "301")
    assert arrived.test_label == "入住"  # the admission test, in the documents' language
    assert {row.kind_label for row in data.rows} == {"核酸"}

    path = write_collection_sheet(tmp_path / "sheet.pdf", data)
    text = pdf_text(path)
    assert "核酸采样登记表" in text and SITE in text
    assert f"采样日期：{TODAY.year}年{TODAY.month}月{TODAY.day}日" in text
    assert "应采样 5 人，已采 1 人" in text
    positions = [text.index(name) for name in ("朱月娥", "杨颖", "吕文斌", "Anna Schmidt",
                                               "欧阳建国")]
    assert positions == sorted(positions)  # walking order
    assert text.index("3 层（3 人）") < text.index("朱月娥") < text.index("5 层（2 人）")
    assert "3206-0042" in text and "密接阳性邻室 305" in text
    assert "入住" in text and "admission" not in text
    assert "样本编号" in text and "采样人员签字" in text and "记录人签字" in text
    assert "第1页/共1页" in text.replace(" ", "")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout
    assert "WenQuanYiMicroHei" in fonts and " yes yes " in fonts


def test_a_long_list_runs_over_pages_with_every_name(tmp_path) -> None:
    rows = tuple(SheetRow(floor=2 + n // 40, room=f"{2 + n // 40}{n % 40 + 1:02d}",
                          name=f"客人{n:03d}", test_label="day-3", kind_label="核酸")
                 for n in range(90))
    data = CollectionSheetData(site_name=SITE, on=TODAY, rows=rows,
                               printed_at=datetime(2022, 7, 10, 6, 30))
    text = pdf_text(write_collection_sheet(tmp_path / "long.pdf", data))
    assert all(f"客人{n:03d}" in text for n in range(90))
    footer = text.replace(" ", "")
    assert "第1页/共4页" in footer and "第4页/共4页" in footer
    assert text.count("样本编号") >= 3  # headings repeat on each page


def test_an_empty_day_says_so(engine, manager, tmp_path) -> None:
    with read_session(engine) as s:
        data = collection_sheet_data(s, TODAY)
    assert data.rows == () and data.site_name == ""
    text = pdf_text(write_collection_sheet(tmp_path / "empty.pdf", data))
    assert "当日无应采样人员" in text and "应采样 0 人" in text
    assert "隔离点：—" in text  # no site details yet: a dash, never an empty label
