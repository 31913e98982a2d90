"""A policy file's own words on paper and on screen (DESIGN.md §12): a made-up disease whose
category, test kind and home duties no code knows is named by its file everywhere a category
or a test is named — the handover form, the release list, the daily report, the board, the
guest search and the collection sheet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_documents import pdf_text

from quarantine_desk import i18n
from quarantine_desk.documents.collection_sheet import write_collection_sheet
from quarantine_desk.documents.handover import write_handover
from quarantine_desk.documents.release_list import write_release_list_pdf
from quarantine_desk.domain.enums import HomeKind, TestResult
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.domain.policy_file import from_file
from quarantine_desk.domain.text import install_translator
from quarantine_desk.services import (
    board,
    checkin,
    collection_sheet,
    daily_report,
    destinations,
    guest_search,
    labtests,
    paperwork,
    policies,
    rooms,
    stays,
)
from quarantine_desk.store.engine import read_session, write_session

ADOPTED = datetime(2022, 7, 1, 8, 0)
ARRIVAL = datetime(2022, 7, 2, 9, 0)  # exposed the same day: day 0, release on day 10
RELEASE = date(2022, 7, 12)


def disease_x() -> dict[str, Any]:
    """A policy file of a made-up disease: one test kind (antigen), one category followed by
    home isolation with an antigen test on home day 2."""
    return {
        "format": "quarantine-desk-policy/1",
        "name": {"zh": "X病毒病防控方案（测试）", "en": "Disease X rules (test)"},
        "disease": {"zh": "X病毒病", "en": "Disease X"},
        "order": "测试用，无真实文号",
        "source": "Made up for the tests of Quarantine Desk.",
        "effective_from": ADOPTED.date().isoformat(),
        "fever_celsius": 37.3,
        "plausible_celsius": [34.0, 43.0],
        "reading_slots": ["08:00", "16:00"],
        "symptoms": [{"code": "cough", "zh": "咳嗽", "en": "cough"}],
        "test_kinds": [{"code": "antigen", "zh": "抗原", "en": "antigen"}],
        "release": {"fever_free_hours": 48, "reading_within_hours": 24,
                    "destination_check": True, "final_test": "antigen"},
        "categories": [{
            "code": "contact_x", "zh": "接触者甲", "en": "contact of a case",
            "managed": True, "basis": "last_exposure", "days": 10,
            "tests": [{"kind": "antigen", "days": [1, 3, 5]}], "admission_test": "antigen",
            "home": {"kind": "isolation", "days": 3,
                     "tests": [{"kind": "antigen", "days": [2]}]},
        }],
    }


def resident_id(serial: int) -> str:
    first17 = f"11010519900101{serial:03d}"
    return first17 + resident_id_check_char(first17)


@pytest.fixture
def stay_x(engine, manager, liaison, medical) -> int:  # type: ignore[no-untyped-def]
    """One contact of a case of disease X in room 101, every antigen test negative and a
    confirmed home; still in quarantine (forms of it are drafts)."""
    with write_session(engine) as s:
        policies.adopt(s, manager, from_file(disease_x()), now=ADOPTED)
        rooms.add_rooms(s, manager, ["101-102"], now=ADOPTED)
    with write_session(engine) as s:
        stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="钱一", id_number=resident_id(1), category="contact_x",
            exposure_date=ARRIVAL.date(), arrival_at=ARRIVAL, room="101"), now=ARRIVAL)
        for day in (0, 1, 3, 5):
            sampled = datetime.combine(ARRIVAL.date() + timedelta(days=day), time(7, 0))
            test = labtests.record_sample(s, medical, stay.id or 0, kind="antigen",
                                          sample_no=f"X{day}", sampled_at=sampled, now=sampled)
            labtests.record_result(s, medical, test.id or 0, TestResult.NEGATIVE,
                                   reported_at=sampled + timedelta(hours=1),
                                   now=sampled + timedelta(hours=1))
        destinations.record_destination(
            s, liaison, stay.id or 0, address="朝阳路1号", community="朝阳社区",
            street="朝阳街道", verified_by="社区刘主任", now=ARRIVAL + timedelta(days=2))
    return stay.id or 0


@pytest.fixture
def chinese_reader() -> Iterator[None]:
    """A reader whose language is Chinese (what the window's translation says for "en")."""
    install_translator(lambda context, text: "zh" if (context, text) == ("language", "en")
                       else text)
    yield
    i18n.install(i18n.ENGLISH)


def test_the_stay_keeps_the_code_of_its_policy(engine, stay_x: int) -> None:
    with read_session(engine) as s:
        record = stays.get_stay(s, stay_x)
    assert record.category == "contact_x"
    assert policies.category_label("contact_x", "zh") == "接触者甲"
    assert policies.category_label("contact_x", "en") == "contact of a case"


def test_handover_data_names_the_files_category_tests_and_home_isolation(
        engine, stay_x: int) -> None:
    with read_session(engine) as s:
        form = paperwork.handover_data(s, stay_x, now=datetime(2022, 7, 10, 9))
    assert form.stay.category_label == "接触者甲"
    assert {test.kind_label for test in form.tests} == {"抗原"}
    steps = form.next_steps
    assert steps.home_kind is HomeKind.ISOLATION and steps.home_kind_label == "居家隔离"
    assert steps.home_test_kind_label == "抗原"
    assert [(t.on, t.label) for t in steps.home_tests] == [(date(2022, 7, 14), "居家第2天")]
    assert steps.duties[-1] == "于居家第2天（2022年7月14日）配合社区完成上门抗原采样"
    assert not any("核酸" in duty for duty in steps.duties)


def test_handover_form_prints_them(engine, stay_x: int, tmp_path: Path) -> None:
    with read_session(engine) as s:
        form = paperwork.handover_data(s, stay_x, now=datetime(2022, 7, 10, 9))
    text = pdf_text(write_handover(tmp_path / "x.pdf", form))
    squeezed = re.sub(r"\s+", "", text)
    assert "解除集中隔离医学观察告知书暨居家隔离交接单" in text
    assert re.search(r"人员类别\s+接触者甲", text)
    assert re.search(r"居家管理\s+居家隔离", text)
    assert "抗原检测：居家第2天2022年7月14日" in squeezed  # 居家检测: which test, which day
    assert "如出现发热、咳嗽等症状" in squeezed  # the file's symptoms, not COVID-19's
    assert "上门抗原采样" in squeezed
    assert "核酸" not in text and "居家健康监测" not in text


def test_release_list_names_the_category_and_heads_the_tests_column_by_the_final_test(
        engine, stay_x: int, tmp_path: Path) -> None:
    with read_session(engine) as s:
        data = paperwork.release_list_data(s, RELEASE, datetime(2022, 7, 12, 8))
    assert [row.category_label for row in data.rows] == ["接触者甲"]
    assert data.final_test_label == "抗原"
    text = pdf_text(write_release_list_pdf(tmp_path / "list.pdf", data))
    assert "接触者甲" in text and "抗原阴性" in text and "核酸" not in text


def test_board_tile_names_the_category_in_the_readers_language(
        engine, stay_x: int, chinese_reader: None) -> None:
    from quarantine_desk.ui.rooms.labels import category_label

    with read_session(engine) as s:
        tiles = board.room_board(s, date(2022, 7, 5), datetime(2022, 7, 5, 9))
    (occupant,) = [o for tile in tiles for o in tile.occupants]
    assert occupant.category == "contact_x" and occupant.of == 10
    assert category_label(occupant.category) == "接触者甲"


def test_board_tile_in_an_english_window(engine, stay_x: int) -> None:
    from quarantine_desk.ui.rooms.labels import category_label

    with read_session(engine) as s:
        tiles = board.room_board(s, date(2022, 7, 5), datetime(2022, 7, 5, 9))
    (occupant,) = [o for tile in tiles for o in tile.occupants]
    assert category_label(occupant.category) == "contact of a case"


def test_daily_report_counts_the_category_by_its_name(engine, stay_x: int) -> None:
    with read_session(engine) as s:
        report = daily_report.daily_report(s, date(2022, 7, 5), datetime(2022, 7, 5, 18))
    assert report.in_quarantine_by_category["contact_x"] == 1
    assert list(report.in_quarantine_by_category)[-1] == "contact_x"  # after the 9th edition's
    assert "二、尚在集中隔离医学观察1人（其中接触者甲1人）。" in report.text.splitlines()
    assert "五、当日发热0人，抗原检测阳性0人，" in report.text


def test_a_code_no_version_names_shows_its_code(engine, stay_x: int) -> None:
    counts = {"close_contact": 0, "contact_x": 1, "renamed_away": 2}
    text = daily_report._category_breakdown(counts)
    assert text == "（其中接触者甲1人，renamed_away2人）"


def test_guests_are_found_by_the_files_category(engine, stay_x: int) -> None:
    with read_session(engine) as s:
        choices = guest_search.category_choices(s)
        by_code = guest_search.search(s, "", category="contact_x", on=date(2022, 7, 5))
        by_name = guest_search.search(s, "", category="接触者甲", on=date(2022, 7, 5))
    assert ("contact_x", "contact of a case") in [(c.code, c.name) for c in choices]
    assert [row.stay_id for row in by_code] == [row.stay_id for row in by_name] == [stay_x]
    assert by_code[0].of == 10


def test_collection_sheet_names_the_kind(engine, stay_x: int, tmp_path: Path) -> None:
    day = date(2022, 7, 7)  # day 5: its antigen test is due (and sampled at 07:00)
    with read_session(engine) as s:
        data = collection_sheet.collection_sheet_data(s, day, now=datetime(2022, 7, 7, 6))
    assert [row.kind_label for row in data.rows] == ["抗原"]
    text = pdf_text(write_collection_sheet(tmp_path / "sheet.pdf", data))
    assert "抗原采样登记表" in text and "核酸" not in text


# --- on screen -----------------------------------------------------------------------------


def test_walk_in_dialog_offers_the_categories_in_force(qtbot, engine, stay_x: int,  # type: ignore[no-untyped-def]
                                                       liaison) -> None:
    from PySide6.QtWidgets import QWidget

    from quarantine_desk.services.desk import Desk
    from quarantine_desk.ui.common.panel import PanelContext
    from quarantine_desk.ui.rooms.dialogs import QuickCheckInDialog

    class Host(QWidget):
        """Stands in for the Rooms panel: its context and its clock."""

        context = PanelContext(Desk(engine, liaison), lambda text, level: None)

        def clock(self) -> datetime:
            return datetime(2022, 7, 5, 9)

    host = Host()
    qtbot.addWidget(host)
    dialog = QuickCheckInDialog("102", lambda walk_in: None, host)
    offered = [(dialog.category.itemText(n), dialog.category.itemData(n))
               for n in range(dialog.category.count())]
    assert offered == [("contact of a case", "contact_x")]
    assert dialog.walk_in().category == "contact_x"


def test_guests_panel_filters_and_shows_the_files_names(qtbot, engine, stay_x: int,  # type: ignore[no-untyped-def]
                                                        liaison) -> None:
    from quarantine_desk.services.desk import Desk
    from quarantine_desk.ui.common.panel import PanelContext
    from quarantine_desk.ui.guests.panel import GuestsPanel

    panel = GuestsPanel(PanelContext(Desk(engine, liaison), lambda text, level: None))
    qtbot.addWidget(panel)
    panel.show()
    panel.activate()
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)
    index = panel.category_filter.findData("contact_x")
    assert panel.category_filter.itemText(index) == "contact of a case"
    panel.category_filter.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)
    assert [panel.model.row_at(n).name for n in range(panel.model.rowCount())] == ["钱一"]
    record = panel.record
    assert record.stay_id == stay_x
    assert "contact of a case" in record.facts.text()
    assert record.stay.category.text() == "contact of a case"
    kinds = {record.tests.model.index(n, 0).data() for n in range(record.tests.model.rowCount())}
    assert kinds == {"antigen"}


def test_tests_panel_names_the_kind(engine, stay_x: int) -> None:
    from quarantine_desk.ui.tests.common import kind_text, learn_kinds

    with read_session(engine) as s:
        learn_kinds(s)
    assert kind_text("antigen") == "Antigen" and kind_text("pcr") == "PCR"
