"""The Settings panel (DESIGN.md §3 policy editor, §8 Settings): site, policy with its worked
example and the stays a new version affects, staff accounts and backups."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from change_wiring import hear_changes, settle
from PySide6.QtCore import Qt
from release_scenario import resident_id
from sqlalchemy.engine import Engine
from sqlmodel import select

from quarantine_desk import i18n
from quarantine_desk.domain.enums import Category, Role
from quarantine_desk.services import checkin, overview, policies, rooms, staff
from quarantine_desk.services import site as site_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import PermissionDenied, ValidationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.store.models import AuditEvent, Stay
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.settings.panel import SettingsPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow

TODAY = date.today()
EXPOSURE = TODAY - timedelta(days=2)
ARRIVAL = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=20)


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


class Bar:
    """The window's message bar, as a list."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, MessageLevel]] = []

    def __call__(self, text: str, level: MessageLevel) -> None:
        self.messages.append((text, level))

    def last(self, level: MessageLevel) -> str:
        return next(text for text, at in reversed(self.messages) if at is level)


@pytest.fixture
def bar() -> Bar:
    return Bar()


def open_panel(qtbot, engine: Engine, actor: Actor, bar: Bar,  # type: ignore[no-untyped-def]
               tab: int = 1) -> SettingsPanel:
    """The panel on screen at tab ``tab`` (0 site, 1 policy, 2 staff, 3 backups)."""
    panel = SettingsPanel(PanelContext(Desk(engine, actor), bar))
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1366, 900)
    panel.tabs.setCurrentIndex(tab)
    panel.show()
    panel.activate()
    return panel


@pytest.fixture
def guests(engine: Engine, manager: Actor, liaison: Actor) -> dict[Category, int]:
    """One guest of each category, exposed two days ago, arrived yesterday (9th edition)."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-205"], now=ARRIVAL)
    stays: dict[Category, int] = {}
    with write_session(engine) as s:
        for n, category in enumerate(Category, start=1):
            stays[category] = checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=f"客人{n}", id_number=resident_id(n), category=category,
                exposure_date=EXPOSURE, arrival_at=ARRIVAL, room=f"20{n}"), now=ARRIVAL).id
    return stays


def _cells(panel: SettingsPanel) -> list[list[str]]:
    model = panel.policy.affected.model
    return [list(row.cells) for row in model.rows()]


# --- policy ---------------------------------------------------------------------------------------


def test_adopting_twenty_measures_then_reapplying_to_the_ticked_stays(
        qtbot, engine, manager, guests, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar)
    tab = panel.policy
    questions: list[str] = []
    tab.confirm = lambda q: questions.append(q) or True
    tab.affected.confirm = lambda q: questions.append(q) or True

    tab.editor.start_from.activated.emit(2)  # the 20-measures preset
    assert tab.editor.category_form(Category.CLOSE_CONTACT).days.value() == 5
    qtbot.mouseClick(tab.editor.adopt_button, Qt.MouseButton.LeftButton)
    settle()

    assert f"in force from {TODAY.isoformat()}" in questions[0]
    with read_session(engine) as s:
        in_force = policies.policy_row_on(s, TODAY)
    assert in_force.name.startswith("二十条") and in_force.created_by == manager.username
    shorter = (EXPOSURE + timedelta(days=5)).isoformat()
    seven = (EXPOSURE + timedelta(days=7)).isoformat()
    rows = {row[2]: row for row in _cells(panel)}
    assert set(rows) == {"close contact", "inbound traveller", "secondary close contact"}
    assert rows["close contact"][:2] == ["201", "客人1"]
    assert rows["close contact"][3:5] == [seven, shorter]
    assert "release 2 day(s) earlier" in rows["close contact"][5]
    assert "no longer held at a site" in rows["secondary close contact"][5]
    assert "3 stay(s) in quarantine would change" in tab.affected.compared.text()

    model = tab.affected.model
    secondary = next(n for n, row in enumerate(model.rows())
                     if row.payload == guests[Category.SECONDARY_CLOSE_CONTACT])
    model.setData(model.index(secondary, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert tab.affected.reapply_button.text().startswith("&Re-apply to 2 ticked")
    panel.refresh()  # another desk changed something: the unticked row stays unticked
    assert tab.affected.reapply_button.text().startswith("&Re-apply to 2 ticked")
    qtbot.mouseClick(tab.affected.reapply_button, Qt.MouseButton.LeftButton)
    settle()

    assert "to 2 stay(s)?" in questions[1]
    with read_session(engine) as s:
        close = s.get(Stay, guests[Category.CLOSE_CONTACT])
        secondary_stay = s.get(Stay, guests[Category.SECONDARY_CLOSE_CONTACT])
        audited = s.exec(select(AuditEvent.entity_id).where(
            AuditEvent.action == "stay.policy_reapply")).all()
    assert close.planned_release.isoformat() == shorter and close.policy_id == in_force.id
    assert secondary_stay.policy_id != in_force.id
    assert sorted(audited) == sorted([guests[Category.CLOSE_CONTACT],
                                      guests[Category.INBOUND_TRAVELLER]])
    assert [row[2] for row in _cells(panel)] == ["secondary close contact"]


def test_a_test_day_outside_the_stay_is_refused_and_nothing_adopted(
        qtbot, engine, manager, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar)
    editor = panel.policy.editor
    panel.policy.confirm = lambda q: pytest.fail("asked to adopt a draft with problems")
    tests = editor.category_form(Category.CLOSE_CONTACT).tests
    tests.clear()
    qtbot.keyClicks(tests, "1,2,3,5,9")

    expected = "close contact: test day(s) 9 fall outside the 7-day centralized stay"
    assert editor.problems.isVisible() and expected in editor.problems.text()
    assert panel.policy.example.unavailable.isVisible()
    qtbot.mouseClick(editor.adopt_button, Qt.MouseButton.LeftButton)
    assert expected in bar.last(MessageLevel.ERROR)
    with read_session(engine) as s:
        assert len(policies.list_versions(s)) == 1

    qtbot.keyClick(tests, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tests, "7")
    assert not editor.problems.isVisible()
    assert not panel.policy.example.unavailable.isVisible()


def test_unreadable_day_lists_are_named(qtbot, engine, manager, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar)
    home_tests = panel.policy.editor.category_form(Category.INBOUND_TRAVELLER).home_tests
    home_tests.clear()
    qtbot.keyClicks(home_tests, "3,x")
    assert ("inbound traveller: home test days: '3,x' is not a list of day numbers"
            in panel.policy.editor.problems.text())


def _dates(text: str) -> list[str]:
    return re.findall(r"\d{4}-\d{2}-\d{2}", text)


def test_the_example_shows_the_worked_example_of_section_3(qtbot, engine, manager, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar)
    example = panel.policy.example
    example.set_stay(Category.CLOSE_CONTACT, date(2022, 4, 1), date(2022, 4, 2))

    assert _dates(example.basis.text()) == ["2022-04-01"]
    assert _dates(example.tests.text()) == ["2022-04-02", "2022-04-03", "2022-04-04",
                                            "2022-04-06", "2022-04-08"]
    assert re.findall(r"day-\d", example.tests.text()) == ["day-1", "day-2", "day-3", "day-5",
                                                           "day-7"]
    assert _dates(example.release.text()) == ["2022-04-08"] and "day 7" in example.release.text()
    assert "home health monitoring" in example.home.text()
    assert _dates(example.home.text()) == ["2022-04-09", "2022-04-11"]
    assert _dates(example.home_tests.text()) == ["2022-04-11"]

    example.exposure_known.setChecked(False)  # day 0 becomes the arrival, 04-02
    assert _dates(example.tests.text())[-1] == "2022-04-09"
    assert "arrival" in example.basis.text()


def test_the_example_follows_the_draft(qtbot, engine, manager, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar)
    example = panel.policy.example
    example.set_stay(Category.SECONDARY_CLOSE_CONTACT, date(2022, 4, 1), date(2022, 4, 1))
    assert _dates(example.tests.text()) == ["2022-04-01", "2022-04-02", "2022-04-05",
                                            "2022-04-08"]
    assert "admission" in example.tests.text()
    panel.policy.editor.start_from.activated.emit(2)  # 20 measures: no longer held
    assert example.note.isVisible() and "check-in refuses them" in example.note.text()
    assert "nothing" in example.home.text()


# --- site and staff -------------------------------------------------------------------------------


def test_the_site_details_are_saved_with_the_code(qtbot, engine, manager, bar) -> None:
    with write_session(engine) as s:
        site_service.setup_site(s, manager, "城东隔离点", "通京大道588号", "0513-1")
    panel = open_panel(qtbot, engine, manager, bar, tab=0)
    tab = panel.site
    assert tab.name.text() == "城东隔离点"
    tab.code.setText("320602-JZ03")
    tab.phone.setText("0513-85061120")
    qtbot.keyClick(tab.phone, Qt.Key.Key_Return)
    with read_session(engine) as s:
        saved = site_service.get_site(s)
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "site.update")).one()
    assert (saved.code, saved.phone, saved.address) == ("320602-JZ03", "0513-85061120",
                                                        "通京大道588号")
    assert event.actor == manager.username
    tab.address.setText("  通京大道 588 号 ")
    panel.refresh()  # a change made elsewhere does not wipe what is being typed
    assert tab.address.text() == "  通京大道 588 号 "
    qtbot.keyClick(tab.address, Qt.Key.Key_Return)
    settle()
    assert tab.address.text() == "通京大道 588 号"  # as saved
    tab.name.clear()
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    assert "the site needs a name" in bar.last(MessageLevel.ERROR)


def test_the_site_language_is_chosen_in_settings(qtbot, engine, manager, bar) -> None:
    with write_session(engine) as s:
        site_service.setup_site(s, manager, "城东隔离点")
    panel = open_panel(qtbot, engine, manager, bar, tab=0)
    tab = panel.site
    assert tab.language.currentData() == "zh"
    tab.language.setCurrentIndex(tab.language.findData("en"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as s:
        assert site_service.get_site(s).language == "en"
    assert i18n.site_language(engine) == i18n.ENGLISH  # the window speaks it from next sign-in
    panel.refresh()
    assert tab.language.currentData() == "en"
    with write_session(engine) as s, pytest.raises(ValidationFailed, match="not one of zh, en"):
        site_service.setup_site(s, manager, "城东隔离点", language="fr")


def test_a_staff_account_is_added_from_the_panel(qtbot, engine, manager, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar, tab=2)
    tab = panel.staff
    qtbot.keyClicks(tab.username, "li.na")
    tab.display_name.setText("李娜")
    tab.role.setCurrentIndex(tab.role.findData(Role.MEDICAL.value))
    qtbot.keyClicks(tab.phone, "13900000001")
    qtbot.keyClicks(tab.password, "night-shift-1")
    qtbot.keyClicks(tab.password_again, "night-shift-2")
    qtbot.keyClick(tab.password_again, Qt.Key.Key_Return)
    assert "passwords differ" in bar.last(MessageLevel.ERROR)
    with read_session(engine) as s:
        assert staff.find(s, "li.na") is None

    qtbot.keyClicks(tab.password, "night-shift-1")
    qtbot.keyClicks(tab.password_again, "night-shift-1")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    settle()
    with write_session(engine) as s:
        added = staff.find(s, "li.na")
        assert (added.display_name, added.role, added.phone) == ("李娜", "medical", "13900000001")
        assert staff.authenticate(s, "li.na", "night-shift-1").role is Role.MEDICAL
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "staff.add",
                                                AuditEvent.entity_id == added.id)).one()
    assert event.actor == manager.username
    assert tab.username.text() == "" and tab.password.text() == ""
    assert "li.na" in [row.cells[0] for row in tab.model.rows()]


def _select(tab, username: str) -> None:  # type: ignore[no-untyped-def]
    row = next(n for n, r in enumerate(tab.model.rows()) if r.cells[0] == username)
    tab.table.selectRow(row)


def test_accounts_are_switched_off_and_on_but_never_ones_own(qtbot, engine, manager, liaison,
                                                            bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar, tab=2)
    tab = panel.staff
    _select(tab, manager.username)
    assert not tab.active_button.isEnabled()
    assert "your own account" in tab.selection_note.text()

    _select(tab, liaison.username)
    assert tab.active_button.isEnabled() and tab.active_button.text() == "&Deactivate"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    settle()
    with read_session(engine) as s:
        assert not staff.find(s, liaison.username).active
    assert tab.active_button.text() == "&Reactivate"
    assert next(r for r in tab.model.rows() if r.cells[0] == liaison.username).muted
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as s:
        assert staff.find(s, liaison.username).active


def test_a_password_is_reset(qtbot, engine, manager, medical, bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar, tab=2)
    tab = panel.staff
    _select(tab, medical.username)
    tab.ask_password = lambda username: "fresh-pass-9"
    qtbot.mouseClick(tab.password_button, Qt.MouseButton.LeftButton)
    with write_session(engine) as s:
        assert staff.authenticate(s, medical.username, "fresh-pass-9").role is Role.MEDICAL


# --- backups -------------------------------------------------------------------------------------


def test_back_up_now_and_check(qtbot, engine, manager, bar, tmp_path: Path) -> None:
    panel = open_panel(qtbot, engine, manager, bar, tab=3)
    tab = panel.backups
    assert not tab.recent_view.isVisible() and tab.no_backups.isVisible()
    assert "restore BACKUP-FILE" in tab.restore_command.toPlainText()

    path = tab.back_up(tmp_path)
    assert path is not None and path.parent == tmp_path and path.stat().st_size > 0
    assert str(path) in tab.backup_result.text()
    assert [row.cells[3] for row in tab.recent.rows()] == [str(path)]
    assert tab.restore_command.toPlainText().endswith(f"restore {path}")
    assert tab.back_up(path) is None  # never overwrites
    assert "already exists" in bar.last(MessageLevel.ERROR)

    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.check_result.text() == "No problems found."


# --- who sees Settings ----------------------------------------------------------------------------


def test_settings_is_offered_to_the_manager_only(qtbot, engine, db_path, manager, liaison,
                                                 medical) -> None:
    for actor, shown in ((liaison, False), (medical, False), (manager, True)):
        window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0)
        qtbot.addWidget(window)
        assert ("settings" in window.panel_keys()) is shown
        panel = window.show_panel("settings")
        assert isinstance(panel, SettingsPanel) if shown else panel is None
        window.close()



def test_a_manager_cannot_deactivate_their_own_account(engine, manager) -> None:
    """The service refuses it too, not only the panel: a site must keep a manager."""
    with pytest.raises(ValidationFailed, match="your own account"):
        with write_session(engine) as s:
            staff.set_active(s, manager, manager.username, False)


def test_who_may_mark_staff_on_duty(engine, manager, liaison, medical) -> None:
    with write_session(engine) as s:
        staff.set_on_duty(s, medical, medical.username, True)  # their own shift
    with pytest.raises(PermissionDenied):
        with write_session(engine) as s:
            staff.set_on_duty(s, liaison, medical.username, False)
    with pytest.raises(ValidationFailed, match="only medical staff"):
        with write_session(engine) as s:
            staff.set_on_duty(s, liaison, liaison.username, True)
    with read_session(engine) as s:
        assert staff.find(s, medical.username).on_duty  # the refusal changed nothing
        events = [e.actor for e in s.exec(select(AuditEvent).where(
            AuditEvent.action == "staff.on_duty"))]
    assert events == [medical.username]
    with write_session(engine) as s:
        staff.set_active(s, manager, medical.username, False)
    with read_session(engine) as s:
        assert not staff.find(s, medical.username).on_duty  # deactivated: off the duty list
    with pytest.raises(ValidationFailed, match="deactivated"):
        with write_session(engine) as s:
            staff.set_on_duty(s, manager, medical.username, True)


def test_the_manager_marks_a_nurse_on_duty_from_the_staff_tab(qtbot, engine, manager, medical,
                                                               bar) -> None:
    panel = open_panel(qtbot, engine, manager, bar, tab=2)
    tab = panel.staff
    row = next(n for n, r in enumerate(tab.model.rows())
               if r.payload.username == medical.username)
    tab.table.selectRow(row)
    assert tab.duty_button.isEnabled() and "On" in tab.duty_button.text()
    qtbot.mouseClick(tab.duty_button, Qt.MouseButton.LeftButton)
    settle()
    assert bar.last(MessageLevel.INFO) == f"{medical.username} is on duty."
    shown = next(r for r in tab.model.rows() if r.payload.username == medical.username)
    assert shown.cells[-1] == "on duty"
    assert "Off" in tab.duty_button.text()  # the same account is still selected
    with read_session(engine) as s:
        assert [d.name for d in overview.medical_on_duty(s)] == [
            staff.find(s, medical.username).display_name or medical.username]
