"""The Chinese translation: complete for the source, consistent, compiled, and actually used.

The rest of the suite runs in English (conftest sets QUARANTINE_DESK_LANG=en); here Chinese is
installed explicitly and put back to English afterwards.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from release_scenario import build

from quarantine_desk import i18n
from quarantine_desk.cli import main as cli_main
from quarantine_desk.domain.criteria import CRITERIA_KEYS, TestFact, check_period, check_tests
from quarantine_desk.domain.enums import Role, TestKind, TestResult
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.policy import CategoryRule, required_test_dates
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import PermissionDenied

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = "zh_CN"
#: Contexts whose text a Chinese desk reads on every release decision: must be translated.
MUST_TRANSLATE = ("criteria", "permissions", "policy")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def entries() -> dict:
    return tool.read_ts(tool.ts_path(LANGUAGE))


@pytest.fixture
def chinese() -> Iterator[None]:
    assert i18n.install(i18n.CHINESE) == i18n.CHINESE
    yield
    i18n.install(i18n.ENGLISH)


def test_every_source_string_is_in_the_ts(entries: dict) -> None:
    """Fails when someone adds a string without running ``.venv/bin/python tools/i18n.py``."""
    absent = tool.missing(tool.extract(), entries)
    assert not absent, (
        f"{len(absent)} string(s) missing from {tool.ts_path(LANGUAGE).name}; run "
        ".venv/bin/python tools/i18n.py and translate them:\n"
        + "\n".join(tool.describe(m) for m in absent)
    )


def test_release_criteria_and_permissions_are_translated(entries: dict) -> None:
    current = [e for e in entries.values() if e.current and e.context in MUST_TRANSLATE]
    assert len(current) > 30
    untranslated = [e.source for e in current if not e.finished]
    assert not untranslated


def test_translations_keep_placeholders_and_mnemonics(entries: dict) -> None:
    broken = {f"[{e.context}] {e.source}": tool.problems(e)
              for e in entries.values() if tool.problems(e)}
    assert not broken


def test_the_checker_sees_a_lost_placeholder() -> None:
    """The consistency rule can fail: a dropped field or mnemonic is reported."""
    entry = tool.Entry("criteria", "{label} PCR ({date}) has no result",
                       translation="核酸（{date}）尚无结果", state="")
    assert tool.problems(entry)
    assert tool.problems(tool.Entry("x", "&Save", translation="保存", state=""))
    assert not tool.problems(tool.Entry("x", "&Save", translation="保存(&S)", state=""))


def test_extractor_finds_wrapper_calls_and_tables(tmp_path: Path) -> None:
    """``_tr`` wrappers, constant contexts, tables and loop variables are all seen."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text(
        "from quarantine_desk.domain.text import translate\n"
        "CONTEXT = 'ctx2'\n"
        "_NAMES = {1: 'first name', 2: 'second name'}\n"
        "_ROWS = (('k', 'row label'),)\n"
        "def _tr(text):\n"
        "    return translate('ctx1', text)\n"
        "def use(key):\n"
        "    _tr('wrapped {n}')\n"
        "    translate(CONTEXT, 'constant context')\n"
        "    translate('ctx3', _NAMES[key])\n"
        "    return [_tr(label) for _, label in _ROWS]\n",
        encoding="utf-8",
    )
    keys = set(tool.scan_sources(package).messages)
    assert {("ctx1", "wrapped {n}", ""), ("ctx2", "constant context", ""),
            ("ctx3", "first name", ""), ("ctx3", "second name", ""),
            ("ctx1", "row label", "")} <= keys
    assert ("ctx1", "k", "") not in keys


def test_qm_holds_every_finished_translation(entries: dict) -> None:
    """The compiled file matches the .ts (the pipeline was re-run after translating)."""
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(LANGUAGE)))
    stale = [f"[{e.context}] {e.source}" for e in entries.values()
             if e.finished and e.translation != e.source
             and translator.translate(e.context, e.source, e.comment or None) != e.translation]
    assert not stale, f"{len(stale)} translation(s) not compiled; run tools/i18n.py: {stale[:5]}"


def test_criteria_reasons_in_chinese_with_placeholders_filled(chinese: None) -> None:
    """Last exposure 2022-04-01, arrival 04-02: the day-5 PCR falls on 04-06 (DESIGN.md §3)."""
    due = required_test_dates(date(2022, 4, 1), date(2022, 4, 2), CategoryRule(7, (1, 2, 3, 5, 7)))
    assert due[date(2022, 4, 6)] == "第5天"
    pending = TestFact(TestKind.PCR, datetime(2022, 4, 6, 7, 0), TestResult.PENDING)
    reasons = check_tests({date(2022, 4, 6): due[date(2022, 4, 6)]}, [pending])
    assert reasons[0] == "第5天核酸（2022-04-06）尚无结果"
    assert check_period(date(2022, 4, 8), date(2022, 4, 6)) == [
        "隔离期未满：解除日期 2022-04-08（还有 2 天）"
    ]


def test_permission_refusal_in_chinese(chinese: None) -> None:
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("li.na", Role.LIAISON), Permission.RELEASE)
    assert str(refused.value) == "li.na（联络员）无权解除隔离"


def test_english_is_the_source_text() -> None:
    i18n.install(i18n.ENGLISH)
    assert check_period(date(2022, 4, 8), date(2022, 4, 6)) == [
        "quarantine period not over: release date 2022-04-08 (2 more day(s))"
    ]


@pytest.mark.parametrize(("value", "expected"), [
    ("zh", "zh_CN"), ("zh_CN", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("en", "en"),
    ("en_GB", "en"), ("", None), ("fr", None),
])
def test_language_names(value: str, expected: str | None) -> None:
    assert i18n.normalise(value) == expected


def test_environment_wins_over_the_site(monkeypatch: pytest.MonkeyPatch, engine) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(i18n.ENV, "en")
    assert i18n.window_language(engine) == "en"
    monkeypatch.delenv(i18n.ENV)
    assert i18n.window_language(None) == "zh_CN"


def test_release_list_json_reasons_in_chinese(
    monkeypatch: pytest.MonkeyPatch, engine, manager, liaison, medical,  # type: ignore[no-untyped-def]
    db_target: str, capsys: pytest.CaptureFixture[str],
) -> None:
    """JSON keys and codes stay English; the reasons are Chinese under QUARANTINE_DESK_LANG=zh."""
    scenario = build(engine, manager, liaison, medical)
    monkeypatch.setenv(i18n.ENV, "zh")
    try:
        code = cli_main.main(["--db", str(db_target), "release-list", "--date", "2022-07-15",
                              "--as-of", "2022-07-15 10:00", "--json"])
    finally:
        i18n.install(i18n.ENGLISH)
    assert code == 0
    rows = {row["stay_id"]: row for row in json.loads(capsys.readouterr().out)}
    reasons = {key: rows[stay_id]["reasons"] for key, stay_id in scenario.stays.items()
               if stay_id in rows}
    assert reasons == {
        "ready": [],
        "no_day5": ["第5天核酸（2022-07-13）尚无结果"],
        "positive": ["核酸阳性，采样于 2022-07-11 06:30", "1 条异常情况未处置：阳性"],
        "fever": ["2022-07-14 04:00 发热 38.0 °C", "1 条异常情况未处置：发热"],
        "no_destination": ["未登记去向"],
    }
    assert all(set(row["criteria"]) == set(CRITERIA_KEYS) for row in rows.values())
    assert {row["category"] for row in rows.values()} == {"close_contact"}
