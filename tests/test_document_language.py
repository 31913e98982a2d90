"""Documents are written in the site's language whatever the console speaks (the suite's console
speaks English: conftest sets QUARANTINE_DESK_LANG=en), the handover form follows what the
stay's policy has follow at home, the home period counts from the actual release, and a site
whose details were never entered prints "—" after its labels.

The PDFs are read back with pdftotext, the spreadsheets with openpyxl.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from cli_support import main_as
from release_scenario import build
from test_documents import pdf_text, sample_handover

from quarantine_desk import i18n
from quarantine_desk.documents.handover import write_handover
from quarantine_desk.domain import text as domain_text
from quarantine_desk.domain.enums import Category, HomeKind, TestResult
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.domain.paper_records import NextSteps
from quarantine_desk.domain.policy import NINTH_EDITION, TWENTY_MEASURES, Policy
from quarantine_desk.services import (
    checkin,
    destinations,
    labtests,
    paperwork,
    policies,
    readings,
    rooms,
    site,
)
from quarantine_desk.services import release as release_service
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import PolicyVersion

AS_OF = ["--date", "2022-07-15", "--as-of", "2022-07-15 10:00"]

#: Letters a Chinese document may still carry, none of them a word: ``QD`` the release serial's
#: prefix (services.release.SERIAL_PREFIX, in 已解除（交接单 QD-2022-000001）), ``X`` the check
#: character of a resident ID number, ``C`` the unit of "38.0 °C", ``S`` the prefix of the
#: acceptance scenario's tube numbers (S3-5, typed by the nurse). Any other run of ASCII
#: letters — "no", "PCR", "day", "fever", "close contact", "admission" — is English that
#: leaked into the document: every English source text of a reason, a label or a category is
#: a word of two letters or more, and none is one of these.
ALLOWED_LETTERS = frozenset({"QD", "X", "C", "S"})
#: The handover form's checksum (16 hex digits after 校验码) is a number, not a word.
_CHECKSUM = re.compile(r"校验码\s*[0-9a-f]{16}")


def english_words(text: str) -> set[str]:
    """Every run of ASCII letters in ``text`` (checksums aside) that is not an allowed token.

    Runs, not words between boundaries: "第5天PCR" must count as English too.
    """
    return set(re.findall(r"[A-Za-z]+", _CHECKSUM.sub("校验码", text))) - ALLOWED_LETTERS


def test_the_rule_sees_english() -> None:
    """The check can fail: an English reason, a serial and an ID letter are told apart."""
    assert english_words("暂缓：no destination recorded") == {"no", "destination", "recorded"}
    assert english_words("第5天PCR（2022-07-13）") == {"PCR"}
    assert english_words("已解除（交接单 QD-2022-000001） 320602********006X 38.0 °C") == set()
    assert english_words("校验码 db775004ba46277e") == set() and english_words("abc") == {"abc"}


@pytest.fixture(autouse=True)
def chinese_on_paper() -> None:
    """The .qm loader the command line and the window install (importing i18n does it too)."""
    domain_text.install_loader(i18n.translator_of)


# --- the mechanism: text.speaking ---------------------------------------------------------


def test_speaking_overrides_the_reader_within_the_block_only() -> None:
    assert i18n.install(i18n.ENGLISH) == i18n.ENGLISH  # the reader: English
    source = "no destination recorded"
    assert domain_text.translate("criteria", source) == source
    with domain_text.speaking("zh_CN"):
        assert domain_text.translate("criteria", source) == "未登记去向"
        with domain_text.speaking("en"):  # blocks nest
            assert domain_text.translate("criteria", source) == source
        assert domain_text.translate("criteria", source) == "未登记去向"
    assert domain_text.translate("criteria", source) == source


def test_speaking_is_not_seen_by_another_thread() -> None:
    seen: list[str] = []
    with domain_text.speaking("zh_CN"):
        worker = threading.Thread(target=lambda: seen.append(
            domain_text.translate("criteria", "no destination recorded")))
        worker.start()
        worker.join()
    assert seen == ["no destination recorded"]


def test_without_a_loader_every_language_is_the_source_text() -> None:
    domain_text.install_loader(None)
    try:
        with domain_text.speaking("zh_CN"):
            assert domain_text.translate("criteria", "no destination recorded") == \
                "no destination recorded"
    finally:
        domain_text.install_loader(i18n.translator_of)


@pytest.fixture
def run(db_target: str):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> int:
        return main_as("boss", db_target, *args)
    return invoke


# --- the release list: every word Chinese under an English console ----------------------


@pytest.fixture
def release_day(engine, manager, liaison, medical, run):  # type: ignore[no-untyped-def]
    """The acceptance scenario (reasons for four people) with the eligible one released, so
    the list names someone already released too."""
    scenario = build(engine, manager, liaison, medical)
    assert run("release", scenario.id_numbers["ready"], *AS_OF) == 0
    assert i18n.command_line_language() == i18n.ENGLISH
    return scenario


def test_release_list_pdf_has_no_english_word(release_day, run, tmp_path: Path) -> None:
    pdf = tmp_path / "list.pdf"
    assert run("release-list", *AS_OF, "--pdf", str(pdf)) == 0
    text = pdf_text(pdf)
    assert english_words(text) == set(), text
    squeezed = re.sub(r"\s+", "", text)
    assert "第5天核酸（2022-07-13）尚无结果" in squeezed  # the reasons, in Chinese
    assert "未登记去向" in squeezed and "异常情况未处置：发热" in squeezed
    assert "密切接触者" in squeezed and "QD-2022-000001" in squeezed
    assert "隔离点：—" in text  # no site details entered: a dash, never an empty label


def test_release_list_spreadsheet_has_no_english_word(release_day, run, tmp_path: Path) -> None:
    xlsx = tmp_path / "list.xlsx"
    assert run("release-list", *AS_OF, "--xlsx", str(xlsx)) == 0
    book = openpyxl.load_workbook(xlsx)
    words = [sheet.title for sheet in book.worksheets]
    words += [str(cell) for sheet in book.worksheets
              for row in sheet.iter_rows(values_only=True) for cell in row
              if isinstance(cell, str)]
    assert english_words(" ".join(words)) == set(), words
    reasons = {cell for cell in words if "尚无结果" in cell or "未登记去向" in cell}
    assert reasons == {"第5天核酸（2022-07-13）尚无结果", "未登记去向"}
    info = {row[0]: row[1] for row in book.worksheets[1].iter_rows(values_only=True)}
    assert info["隔离点"] == "—" and info["批次"] == "全部"


def test_handover_forms_have_no_english_word(release_day, run, tmp_path: Path) -> None:
    """A released person's form and a draft, under the English console."""
    forms = tmp_path / "forms.pdf"
    assert run("handover", release_day.id_numbers["ready"], release_day.id_numbers["fever"],
               "--out", str(forms), "--as-of", "2022-07-15 10:00") == 0
    text = pdf_text(forms)
    assert english_words(text) == set(), text
    assert "QD-2022-000001" in text and "草稿（未解除）" in text


def test_the_console_still_speaks_english(release_day, run, capsys) -> None:  # type: ignore[no-untyped-def]
    """Only paper changes language: the console's own list stays in the reader's."""
    capsys.readouterr()
    assert run("release-list", *AS_OF) == 0
    assert "no destination recorded" in capsys.readouterr().out


# --- the 20 measures: home isolation, from the actual release ------------------------------

ARRIVAL = datetime(2022, 11, 20, 9, 0)
DUE = date(2022, 11, 25)


def resident_id(serial: int) -> str:
    first17 = f"11010519900101{serial:03d}"
    return first17 + resident_id_check_char(first17)


def _check_in_ready(s, actor_in, actor_med, actor_liaison, serial: int, room: str,
                    category: Category = Category.CLOSE_CONTACT) -> int:  # type: ignore[no-untyped-def]
    """A guest arrived 2022-11-20 (no exposure date) with every PCR negative by 11-25 and a
    confirmed home."""
    stay = checkin.check_in(s, actor_in, checkin.ArrivalInput(
        full_name=f"赵{'一二三四'[serial - 1]}", id_number=resident_id(serial),
        category=category, arrival_at=ARRIVAL, room=room), now=ARRIVAL)
    for day in (0, 1, 2, 3, 5):  # admission and the 20 measures' days 1, 2, 3, 5
        sampled = datetime.combine(ARRIVAL.date() + timedelta(days=day), time(7, 0))
        test = labtests.record_sample(s, actor_med, stay.id, sample_no=f"1120{serial}-{day}",
                                      sampled_at=sampled, now=sampled)
        labtests.record_result(s, actor_med, test.id, TestResult.NEGATIVE,
                               reported_at=sampled + timedelta(hours=2),
                               now=sampled + timedelta(hours=2))
    destinations.record_destination(
        s, actor_liaison, stay.id or 0, address=f"朝阳路{serial}号", community="朝阳社区",
        street="朝阳街道", verified_by="社区刘主任", now=ARRIVAL + timedelta(days=2))
    return stay.id or 0


def _readings_before(s, medical, stay_id: int, moment: datetime) -> None:  # type: ignore[no-untyped-def]
    for hours in (20, 8, 1):
        taken = moment - timedelta(hours=hours)
        readings.record_reading(s, medical, stay_id, 36.4, taken_at=taken, now=taken)


@pytest.fixture
def twenty(engine, manager, liaison, medical):  # type: ignore[no-untyped-def]
    """Under the 20 measures adopted from 2022-11-11: a close contact released on the due day
    11-25, one released two days late on 11-27, and one still in quarantine (a draft); a
    person from a high-risk area, for whom nothing follows at home. No site details."""
    with write_session(engine) as s:
        policies.adopt(s, manager, TWENTY_MEASURES, now=datetime(2022, 11, 11, 8))
        rooms.add_rooms(s, manager, ["101-104"], now=ARRIVAL - timedelta(days=1))
    with write_session(engine) as s:
        stays = {
            "on_time": _check_in_ready(s, liaison, medical, liaison, 1, "101"),
            "late": _check_in_ready(s, liaison, medical, liaison, 2, "102"),
            "draft": _check_in_ready(s, liaison, medical, liaison, 3, "103"),
            "high_risk": _check_in_ready(s, liaison, medical, liaison, 4, "104",
                                         Category.HIGH_RISK_AREA),
        }
    on_time, late = datetime(2022, 11, 25, 10), datetime(2022, 11, 27, 10)
    with write_session(engine) as s:
        _readings_before(s, medical, stays["on_time"], on_time)
        _readings_before(s, medical, stays["late"], late)
    with write_session(engine) as s:
        outcome = release_service.release(s, manager, [stays["on_time"]], DUE, now=on_time)
        assert outcome.all_released, outcome.refused
    with write_session(engine) as s:
        outcome = release_service.release(s, manager, [stays["late"]], late.date(), now=late)
        assert outcome.all_released, outcome.refused
    return stays


def _form_text(run, tmp_path: Path, serial: int, name: str) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{name}.pdf"
    assert run("handover", resident_id(serial), "--out", str(out),
               "--as-of", "2022-11-27 12:00") == 0
    return pdf_text(out)


def test_twenty_measures_form_says_home_isolation(twenty, run, tmp_path: Path) -> None:
    text = _form_text(run, tmp_path, 1, "on-time")
    squeezed = re.sub(r"\s+", "", text)
    assert "解除集中隔离医学观察告知书暨居家隔离交接单" in text
    assert "居家健康监测" not in text
    assert re.search(r"居家管理\s+居家隔离\s+居家期", text)  # the 居家管理 field itself
    assert "2022年11月26日 至 2022年11月28日" in text
    assert "居家隔离期间不得外出" in squeezed and "单人单间" in squeezed
    assert "早、晚各测量一次体温" in squeezed
    assert "于居家第1天（2022年11月26日）、居家第3天（2022年11月28日）配合社区完成上门核酸采样" \
        in squeezed
    assert english_words(text) == set(), text


def test_a_late_release_moves_the_home_period(twenty, run, tmp_path: Path) -> None:
    text = _form_text(run, tmp_path, 2, "late")
    squeezed = re.sub(r"\s+", "", text)
    assert "解除日期2022年11月27日" in squeezed
    assert "2022年11月28日 至 2022年11月30日" in text
    assert "居家第1天2022年11月28日；居家第3天2022年11月30日" in squeezed  # 居家检测
    assert "居家第1天（2022年11月28日）、居家第3天（2022年11月30日）" in squeezed  # duties
    assert "2022年11月26日" not in text


def test_a_draft_counts_from_the_planned_release(twenty, engine) -> None:
    with read_session(engine) as s:
        form = paperwork.handover_data(s, twenty["draft"], now=datetime(2022, 11, 24, 9))
    steps = form.next_steps
    assert form.serial.startswith("草稿") and form.stay.release_date == DUE
    assert steps.home_kind is HomeKind.ISOLATION and steps.home_kind_label == "居家隔离"
    assert (steps.home_from, steps.home_to) == (date(2022, 11, 26), date(2022, 11, 28))
    assert [(t.on, t.label) for t in steps.home_tests] == [
        (date(2022, 11, 26), "居家第1天"), (date(2022, 11, 28), "居家第3天")]


def test_nothing_at_home_gives_a_title_without_the_home_part(twenty, engine,
                                                             tmp_path: Path) -> None:
    with read_session(engine) as s:
        form = paperwork.handover_data(s, twenty["high_risk"], now=datetime(2022, 11, 26, 9))
    assert form.next_steps.home_kind is HomeKind.NONE and not form.next_steps.duties
    text = pdf_text(write_handover(tmp_path / "none.pdf", form))
    assert "解除集中隔离医学观察告知书" in text and "交接单" not in text
    assert "无（不再居家管理）" in text and "居家健康监测" not in text


def test_forms_of_a_site_without_details_show_dashes(twenty, run, tmp_path: Path) -> None:
    text = _form_text(run, tmp_path, 1, "no-site")
    assert "隔离点：—" in text and "地址：—" in text and "电话：—" in text
    assert not re.search(r"(隔离点|地址|电话)：\s*(地址|电话|$)", text, re.MULTILINE)
    assert "您在本隔离点的集中隔离医学观察" in re.sub(r"\s+", "", text)


def test_a_site_with_a_name_only_shows_dashes_for_the_rest(twenty, run, engine, manager,
                                                           tmp_path: Path) -> None:
    with write_session(engine) as s:
        site.setup_site(s, manager, "朝阳区集中隔离点")
    text = _form_text(run, tmp_path, 1, "name-only")
    assert "隔离点：朝阳区集中隔离点" in text and "地址：—" in text and "电话：—" in text
    list_pdf = tmp_path / "list.pdf"
    assert run("release-list", "--date", "2022-11-25", "--as-of", "2022-11-25 12:00",
               "--pdf", str(list_pdf)) == 0
    assert "隔离点：朝阳区集中隔离点" in pdf_text(list_pdf)


def test_an_english_label_site_keeps_chinese_text(twenty, run, engine, manager,
                                                  tmp_path: Path) -> None:
    with write_session(engine) as s:
        site.setup_site(s, manager, "朝阳区集中隔离点", "朝阳路1号", "010-12345678",
                        language="en")
    text = _form_text(run, tmp_path, 1, "english-labels")
    assert "解除集中隔离医学观察告知书暨居家隔离交接单" in text
    assert "Handover for Home Isolation" in text and "Home period" in text
    assert "居家隔离期间不得外出" in re.sub(r"\s+", "", text)  # the duties stay Chinese
    assert "2022-11-26 to 2022-11-28" in text


# --- the preset, and databases that adopted it before it was corrected --------------------


def test_the_preset_adopted_now_is_home_isolation(engine, manager) -> None:
    with write_session(engine) as s:
        row = policies.adopt(s, manager, TWENTY_MEASURES, now=datetime(2022, 11, 11, 8))
        stored = policies.load(row)
    for category in (Category.CLOSE_CONTACT, Category.INBOUND_TRAVELLER):
        rule = stored.rule(category)
        assert (rule.home_kind, rule.home_days, rule.home_test_days) == (
            HomeKind.ISOLATION, 3, (1, 3))


def test_a_database_that_adopted_the_old_preset_keeps_it(engine, manager, liaison) -> None:
    """The stored JSON is the rules the stays started under: read as it was written."""
    old_rule = dataclasses.replace(TWENTY_MEASURES.rule(Category.CLOSE_CONTACT),
                                   home_kind=HomeKind.HEALTH_MONITORING)
    old = Policy(TWENTY_MEASURES.name, TWENTY_MEASURES.effective_from,
                 {**TWENTY_MEASURES.rules, Category.CLOSE_CONTACT: old_rule})
    with write_session(engine) as s:
        policies.ensure_default(s)
        row = policies.adopt(s, manager, old, now=datetime(2022, 11, 11, 8))
        row_id = row.id
        rooms.add_rooms(s, manager, ["101"], now=ARRIVAL)
        stay = checkin.check_in(s, liaison, checkin.ArrivalInput(
            full_name="赵一", id_number=resident_id(1), category=Category.CLOSE_CONTACT,
            arrival_at=ARRIVAL, room="101"), now=ARRIVAL)
        stay_id, policy_id = stay.id, stay.policy_id
    assert policy_id == row_id
    with read_session(engine) as s:
        stored = json.loads(s.get(PolicyVersion, row_id).data)  # a policy file since 0009
        assert [c["home"]["kind"] for c in stored["categories"]
                if c["code"] == "close_contact"] == ["monitoring"]
        form = paperwork.handover_data(s, stay_id, now=datetime(2022, 11, 24, 9))
        versions = [policies.load(v).name for v in policies.list_versions(s)]
    assert versions == [NINTH_EDITION.name, TWENTY_MEASURES.name]
    assert form.next_steps.home_kind is HomeKind.HEALTH_MONITORING


def test_monitoring_and_none_titles_from_data(tmp_path: Path) -> None:
    """The title follows the data's home kind; a form made without one keeps the usual title
    when a home period is named."""
    usual = pdf_text(write_handover(tmp_path / "usual.pdf", sample_handover()))
    assert "解除集中隔离医学观察告知书暨居家健康监测交接单" in usual
    nothing = sample_handover(next_steps=NextSteps(site_phone="0571-87650000"))
    assert nothing.next_steps.home_kind is HomeKind.NONE
    text = pdf_text(write_handover(tmp_path / "nothing.pdf", nothing))
    assert "交接单" not in text and "解除集中隔离医学观察告知书" in text
