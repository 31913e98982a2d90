"""Settings › Policy edits the whole policy file (DESIGN.md §12): names and disease, rounds,
test kinds and symptoms, release parameters and any categories; files in and out; the worked
example for any category of the draft."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from change_wiring import hear_changes, settle
from PySide6.QtCore import Qt
from sqlalchemy.engine import Engine
from test_ui_settings import Bar

from quarantine_desk.domain import policy_file, presets
from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.policy import (
    Basis,
    CategoryRule,
    Named,
    Policy,
    ReleaseRule,
    listed_name,
)
from quarantine_desk.services import policies
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.settings.panel import SettingsPanel
from quarantine_desk.ui.settings.policy import PolicyTab
from quarantine_desk.ui.shell.app import create_application

TODAY = date.today()

#: A made-up disease: one test kind, a category with tests and home isolation, one counted
#: from the arrival with no tests at all.
DISEASE_X = Policy(
    name=listed_name("X病毒病隔离方案", "Disease X quarantine"),
    name_zh="X病毒病隔离方案", name_en="Disease X quarantine",
    effective_from=TODAY + timedelta(days=3),
    disease_zh="X病毒病", disease_en="Disease X", order="X防控〔2031〕1号", source="made up",
    fever_threshold=38.0, plausible_celsius=(33.0, 44.0),
    reading_slots=(time(8, 0), time(14, 0), time(20, 0)),
    symptoms=(Named("cough", "咳嗽", "cough"), Named("rash", "皮疹", "rash")),
    test_kinds=(Named("antigen", "抗原", "antigen"),),
    release=ReleaseRule(fever_free_hours=72, reading_within_hours=12, destination_check=False,
                        final_test="antigen"),
    rules={
        "contact_x": CategoryRule(10, (1, 3, 5), home_days=3, home_kind=HomeKind.ISOLATION,
                                  home_test_days=(2,), test_kind="antigen",
                                  admission_test="antigen", home_test_kind="antigen",
                                  zh="密切接触者X", en="contact of a case"),
        "inbound_x": CategoryRule(14, (), test_kind="", admission_test=None,
                                  home_test_kind="", basis=Basis.ARRIVAL,
                                  zh="入境人员X", en="inbound traveller X"),
    },
)


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture
def bar() -> Bar:
    return Bar()


@pytest.fixture
def tab(qtbot, engine: Engine, manager: Actor, bar: Bar) -> PolicyTab:  # type: ignore[no-untyped-def]
    """Settings › Policy on screen, the version in force in the draft."""
    panel = SettingsPanel(PanelContext(Desk(engine, manager), bar))
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1366, 900)
    panel.tabs.setCurrentIndex(1)
    panel.show()
    panel.activate()
    return panel.policy


def _file(tmp_path: Path, policy: Policy, name: str = "disease-x.json") -> Path:
    path = tmp_path / name
    path.write_text(policy_file.dumps(policy), encoding="utf-8")
    return path


def _draft(tab: PolicyTab) -> Policy:
    policy, problems = tab.editor.draft()
    assert policy is not None and problems == []
    return policy


def _type(widget, text: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Replace a line edit's text as typing does (QTest types ASCII only)."""
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


# --- the whole file, in and out ------------------------------------------------------------------


@pytest.mark.parametrize("slug", [slug for slug, _ in presets.available()])
def test_every_preset_comes_through_the_editor_unchanged(tab: PolicyTab, slug: str) -> None:
    preset = presets.preset(slug)
    tab.editor.load(preset, preset.effective_from)
    assert _draft(tab).to_dict() == preset.to_dict()


def test_a_file_is_imported_field_by_field_and_exported_the_same(
        tab: PolicyTab, bar: Bar, tmp_path: Path) -> None:
    editor = tab.editor
    assert tab.import_file(_file(tmp_path, DISEASE_X))

    assert editor.start_from.currentText() == "File: disease-x.json"
    assert (editor.name_zh.text(), editor.name_en.text()) == ("X病毒病隔离方案",
                                                            "Disease X quarantine")
    assert editor.effective.date().toPython() == DISEASE_X.effective_from  # the file's date
    assert editor.slots.text() == "08:00 14:00 20:00"
    assert [k.code for k in editor.kinds.items()] == ["antigen"]
    assert editor.final_test.currentData() == "antigen"
    assert editor.fever_free.value() == 72 and not editor.destination.isChecked()
    assert [d.code for d in editor.categories.drafts()] == ["contact_x", "inbound_x"]
    assert "in the draft, in force from" in bar.last(MessageLevel.INFO)
    assert _draft(tab).to_dict() == DISEASE_X.to_dict()

    written = tab.export_file(tmp_path / "out.json")
    assert written is not None
    assert policy_file.read(written).to_dict() == DISEASE_X.to_dict()
    assert "written to" in bar.last(MessageLevel.INFO)


def test_a_bad_file_lists_every_fault_and_changes_nothing(
        tab: PolicyTab, bar: Bar, tmp_path: Path) -> None:
    before = _draft(tab).to_dict()
    data = DISEASE_X.to_dict()
    data["fever_celsius"] = 41.5
    data["categories"][1]["basis"] = "exposure"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    assert not tab.import_file(path)
    shown = tab.editor.file_problems.text()
    assert tab.editor.file_problems.isVisible()
    assert "2 problem(s)" in shown
    assert "fever_celsius" in shown and "categories[1].basis" in shown
    assert "not imported" in bar.last(MessageLevel.ERROR)
    assert _draft(tab).to_dict() == before
    assert tab.editor.start_from.count() == 1 + len(presets.available())


def test_a_draft_with_problems_is_not_exported(tab: PolicyTab, bar: Bar, qtbot,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    tab.editor.name_en.clear()
    tab.editor.name_en.textEdited.emit("")
    target = tmp_path / "draft.json"
    assert tab.export_file(target) is None
    assert not target.exists()
    refusal = bar.last(MessageLevel.ERROR)
    assert refusal.startswith("Not exported: the draft has 1 problem(s)")
    assert "Name: write it in Chinese and in English" in refusal


def test_an_imported_file_is_adopted_from_the_editor_date(
        tab: PolicyTab, engine: Engine, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    questions: list[str] = []
    tab.confirm = lambda q: questions.append(q) or True
    tab.import_file(_file(tmp_path, replace(DISEASE_X, effective_from=TODAY - timedelta(days=400))))
    tab.editor.effective.setDate(TODAY)
    qtbot.mouseClick(tab.editor.adopt_button, Qt.MouseButton.LeftButton)
    settle()

    assert f"in force from {TODAY.isoformat()}" in questions[0]
    with read_session(engine) as s:
        in_force = policies.record_in_force(s, TODAY).policy
    assert list(in_force.rules) == ["contact_x", "inbound_x"]
    assert in_force.test_kinds == DISEASE_X.test_kinds
    assert in_force.release == DISEASE_X.release


# --- choices the draft offers --------------------------------------------------------------------


def test_the_combos_offer_the_draft_test_kinds_and_follow_their_changes(
        tab: PolicyTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editor
    editor.load(presets.preset("9th-edition"))
    form = editor.category_form("close_contact")
    assert [form.test_kind.itemData(i) for i in range(form.test_kind.count())] == [
        "", "pcr", "antigen"]
    assert [editor.final_test.itemData(i) for i in range(editor.final_test.count())] == [
        "", "pcr", "antigen"]

    editor.kinds.table.item(0, 0).setText("rt_pcr")  # the PCR row's code
    assert form.test_kind.currentData() == "rt_pcr"
    assert editor.final_test.currentData() == "rt_pcr"
    assert editor.category_form("other").admission.currentData() == "rt_pcr"
    assert _draft(tab).rule("close_contact").test_kind == "rt_pcr"

    editor.kinds.table.setFocus()
    editor.kinds.table.selectRow(0)
    qtbot.keyClick(editor.kinds.table, Qt.Key.Key_Delete)  # no question asked
    assert [k.code for k in editor.kinds.items()] == ["antigen"]
    assert editor.notice.isVisible() and "rt_pcr" in editor.notice.text()
    assert form.test_kind.currentData() == "" and not form.test_days.isEnabled()
    assert editor.final_test.currentData() == ""
    policy = _draft(tab)
    assert policy.rule("close_contact").test_days == () and policy.release.final_test is None

    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert [k.code for k in editor.kinds.items()] == ["pcr", "antigen"]
    assert _draft(tab).to_dict() == replace(presets.preset("9th-edition"),
                                            effective_from=TODAY).to_dict()


def test_the_admission_test_is_the_schedule_kind_or_none(tab: PolicyTab) -> None:
    editor = tab.editor
    editor.load(presets.preset("9th-edition"))
    form = editor.category_form("close_contact")

    def offered() -> list[str]:
        return [form.admission.itemData(i) for i in range(form.admission.count())]

    assert offered() == ["", "pcr"] and form.admission.currentData() == "pcr"
    form.test_kind.setCurrentIndex(form.test_kind.findData("antigen"))
    assert offered() == ["", "antigen"] and form.admission.currentData() == "antigen"
    form.test_kind.setCurrentIndex(form.test_kind.findData(""))  # no schedule: any kind
    assert offered() == ["", "pcr", "antigen"]
    rule = _draft(tab).rule("close_contact")
    assert rule.test_days == () and rule.admission_test == "antigen"


def test_categories_are_added_and_removed_and_reset_brings_them_back(
        tab: PolicyTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = tab.editor
    editor.load(presets.preset("20-measures"))
    categories = editor.categories
    categories.list.setFocus()
    qtbot.keyClick(categories.list, Qt.Key.Key_Insert)
    assert categories.current_code() == "category_6"
    policy, problems = editor.draft()
    assert problems == ["category_6: name the category in Chinese and in English"]

    form = categories.form
    _type(form.zh, "来自疫区人员", qtbot)
    _type(form.en, "from an outbreak area", qtbot)
    _type(form.code, "close_contact", qtbot)
    assert "Two categories have the code 'close_contact'" in editor.problems.text()
    _type(form.code, "outbreak_area", qtbot)
    form.basis.setCurrentIndex(form.basis.findData("arrival"))
    _type(form.test_days, "1,7", qtbot)
    policy = _draft(tab)
    assert policy.rule("outbreak_area") == CategoryRule(
        7, (1, 7), test_kind="pcr", admission_test="pcr", home_test_kind="",
        basis=Basis.ARRIVAL)
    assert categories.list.item(5, 0).text() == "from an outbreak area"

    categories.list.setFocus()
    categories.list.selectRow(0)
    qtbot.keyClick(categories.list, Qt.Key.Key_Delete)
    assert "close_contact" not in _draft(tab).rules
    editor.reset()
    assert list(_draft(tab).rules) == list(presets.preset("20-measures").rules)


def test_the_symptoms_list_stops_at_nine(tab: PolicyTab) -> None:
    symptoms = tab.editor.symptoms
    while symptoms.add_button.isEnabled():
        symptoms.add_row()
    assert symptoms.table.rowCount() == 9


def test_rounds_that_are_not_times_are_named(tab: PolicyTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(tab.editor.slots, "08:00 25:00", qtbot)
    assert ("Round times: '08:00 25:00' is not a list of times"
            in tab.editor.problems.text())
    _type(tab.editor.slots, "16:00, 8:00", qtbot)
    assert _draft(tab).reading_slots == (time(8, 0), time(16, 0))


# --- the worked example --------------------------------------------------------------------------


def _dates(text: str) -> list[str]:
    return re.findall(r"\d{4}-\d{2}-\d{2}", text)


def test_the_example_works_for_any_category_of_the_draft(tab: PolicyTab,
                                                         tmp_path: Path) -> None:
    tab.import_file(_file(tmp_path, DISEASE_X))
    example = tab.example
    assert [example.category.itemData(i) for i in range(example.category.count())] == [
        "contact_x", "inbound_x"]

    example.set_stay("contact_x", date(2031, 4, 1), date(2031, 4, 3))
    assert _dates(example.tests.text()) == ["2031-04-03", "2031-04-04", "2031-04-06"]
    assert example.tests.text().count("antigen") == 3
    assert "admission" in example.tests.text()  # day 2 is not a scheduled day
    assert _dates(example.release.text()) == ["2031-04-11"]
    assert "home isolation" in example.home.text()
    assert _dates(example.home_tests.text()) == ["2031-04-13"]
    assert "antigen" in example.home_tests.text()
    assert "no fever in the last 72 h" in example.checks.text()
    assert "latest antigen negative" in example.checks.text()

    example.set_stay("inbound_x", date(2031, 4, 1), date(2031, 4, 3))
    assert _dates(example.basis.text()) == ["2031-04-03"]  # counted from the arrival
    assert "counts from it" in example.basis.text()
    assert not example.exposure_known.isEnabled()
    assert "temperature and symptoms only" in example.tests.text()
    assert _dates(example.release.text()) == ["2031-04-17"]
    assert "nothing" in example.home.text()
    assert "latest antigen" not in example.checks.text()  # no test of its own to judge


def test_choosing_a_category_in_the_list_shows_its_example(tab: PolicyTab,
                                                          tmp_path: Path) -> None:
    tab.import_file(_file(tmp_path, DISEASE_X))
    tab.editor.categories.list.selectRow(1)
    assert tab.example.category.currentData() == "inbound_x"
    tab.editor.categories.list.selectRow(0)
    assert tab.example.category.currentData() == "contact_x"


def _after(widget):  # type: ignore[no-untyped-def]
    """The widget Tab goes to from ``widget`` (past the inner parts of a date or spin box)."""
    following = widget.nextInFocusChain()
    while widget.isAncestorOf(following):
        following = following.nextInFocusChain()
    return following


def test_tab_goes_from_the_category_form_through_the_example_to_adopt(tab: PolicyTab) -> None:
    form, example = tab.editor.categories.form, tab.example
    assert _after(form.home_tests) is example.category
    assert _after(example.arrival) is tab.editor.adopt_button
    assert _after(tab.editor.start_from) is tab.editor.reset_button
    assert _after(tab.editor.kinds.table) is tab.editor.symptoms.add_button
