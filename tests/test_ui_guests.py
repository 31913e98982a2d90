"""The Guests panel: search as you type, the record's tabs, editing with checks as you type,
and edit conflicts between desks, on real SQLite with data made through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Category, IdType
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import (
    checkin,
    guest_editing,
    guest_record,
    guest_search,
    labtests,
    readings,
    rooms,
)
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.alerts.panel import AlertsPanel
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.guests.panel import GuestsPanel
from quarantine_desk.ui.guests.tab_history import describe_changes
from quarantine_desk.ui.guests.table_model import GuestTableModel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS

NOW = datetime.now().replace(second=0, microsecond=0)


def rid(birth: str, seq: str, region: str = "320602") -> str:
    first17 = f"{region}{birth}{seq}"
    return first17 + resident_id_check_char(first17)


WANG_ID = rid("19560412", "051")  # aged 70: a key person, with hypertension too
LI_ID = rid("19800101", "222")
FANG_ID = rid("19920815", "444")
ZHAO_ID = rid("19900101", "333", region="110101")


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture
def site(engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> dict[str, int]:
    """Three guests in rooms 1203, 1204 and 301, one expected, one whose arrival was
    cancelled; 王建国 has a fever, a voided reading and a negative PCR. Stay ids by name."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["1203-1205", "301-302"], now=NOW)
        checkin.check_in_arrivals(s, liaison, [
            checkin.ArrivalInput(full_name="王建国", id_number=WANG_ID, phone="13800138000",
                                 category=Category.CLOSE_CONTACT, room="1203",
                                 conditions=["高血压"], arrival_at=NOW - timedelta(days=2)),
            checkin.ArrivalInput(full_name="李秀英", id_number=LI_ID, phone="13912345678",
                                 category=Category.INBOUND_TRAVELLER, room="1204",
                                 arrival_at=NOW - timedelta(days=1)),
            checkin.ArrivalInput(full_name="Anna Schmidt", id_number="C12345678",
                                 id_type=IdType.PASSPORT, phone="491701234567",
                                 category=Category.INBOUND_TRAVELLER, room="301",
                                 arrival_at=NOW - timedelta(hours=3)),
        ], now=NOW)
        checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="王芳", id_number=FANG_ID, category=Category.OTHER,
            arrival_at=NOW + timedelta(hours=8)), now=NOW)
        gone = checkin.register_expected(s, liaison, checkin.ArrivalInput(
            full_name="赵王", id_number=ZHAO_ID, category=Category.HIGH_RISK_AREA,
            arrival_at=NOW + timedelta(hours=4)), now=NOW)
        checkin.cancel_expected(s, liaison, gone.id, "stays at home", now=NOW)
    with read_session(engine) as s:
        ids = {row.name: row.stay_id for row in guest_search.search(s, "")}
    wang = ids["王建国"]
    with write_session(engine) as s:
        for hours, celsius in ((46, 36.6), (30, 38.2), (20, 39.9), (2, 36.7)):
            readings.record_reading(s, medical, wang, celsius,
                                    taken_at=NOW - timedelta(hours=hours), now=NOW)
        typo = next(r for r in guest_record.guest_record(s, wang).readings if r.celsius == 39.9)
        readings.void_reading(s, medical, typo.id, "typed 36.9 as 39.9", now=NOW)
        test = labtests.record_sample(s, medical, wang, sample_no="S0001",
                                      sampled_at=NOW - timedelta(hours=40), now=NOW)
        labtests.record_result(s, medical, test.id, "negative", now=NOW)
    return ids


def make_panel(qtbot, engine: Engine, actor: Actor,  # type: ignore[no-untyped-def]
               **kwargs) -> tuple[GuestsPanel, list[tuple[str, MessageLevel]]]:
    """The panel as the window shows it, with the messages it reports."""
    messages: list[tuple[str, MessageLevel]] = []
    context = PanelContext(Desk(engine, actor), lambda text, level: messages.append((text, level)))
    panel = GuestsPanel(context, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1300, 760)
    panel.show()
    panel.activate()
    settle(qtbot, panel)
    return panel, messages


def settle(qtbot, panel: GuestsPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)


def names(panel: GuestsPanel) -> list[str]:
    return [panel.model.row_at(n).name for n in range(panel.model.rowCount())]


def search(qtbot, panel: GuestsPanel, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    panel.search_box.setText(text)
    settle(qtbot, panel)
    return names(panel)


def open_guest(qtbot, panel: GuestsPanel, name: str) -> None:  # type: ignore[no-untyped-def]
    """Find the guest and double-click the row, as a person would."""
    assert search(qtbot, panel, name)[0] == name
    view: QTableView = panel.table
    where = view.visualRect(panel.model.index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # is two
    assert panel.record.record is not None and panel.record.record.guest.full_name == name


# -- search -------------------------------------------------------------------------------------


def test_search_as_you_type_by_part_of_name_last_four_id_digits_and_room(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    panel.search_box.setText("建国")
    assert panel.is_loading()  # waits for the next keystroke before searching
    settle(qtbot, panel)
    assert names(panel) == ["王建国"]
    assert names(panel) == search(qtbot, panel, "建国")

    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, WANG_ID[-4:])
    settle(qtbot, panel)
    assert names(panel) == ["王建国"]
    assert panel.count_label.text() == "1 guest"

    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "1204")
    settle(qtbot, panel)
    assert names(panel) == ["李秀英"]

    assert search(qtbot, panel, "120") == ["李秀英", "王建国"]  # newest arrival first
    assert search(qtbot, panel, "王") == ["王建国", "王芳", "赵王"]  # here, expected, ended
    assert search(qtbot, panel, "nobody-like-this") == []
    assert panel.count_label.text().startswith("No guest matches")


def test_status_and_category_filters(qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    assert names(panel)[:3] == ["Anna Schmidt", "李秀英", "王建国"]  # in quarantine first
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("expected"))
    settle(qtbot, panel)
    assert names(panel) == ["王芳"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("cancelled"))
    settle(qtbot, panel)
    assert names(panel) == ["赵王"]
    assert search(qtbot, panel, "王芳") == []  # the filter still holds while typing
    panel.search_box.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("in_quarantine"))
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("inbound_traveller"))
    settle(qtbot, panel)
    assert names(panel) == ["Anna Schmidt", "李秀英"]
    assert panel.count_label.text() == "2 guests"


def test_results_page_in_while_the_total_is_counted_in_the_background(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison, page_size=2)
    assert panel.total() == 5 and panel.count_label.text() == "5 guests"
    # The table had room for more than a page of two: it read the next pages by itself.
    assert panel.model.rowCount() == 5 and not panel.model.canFetchMore(QModelIndex())
    panel.search_box.setText("王")
    qtbot.waitUntil(lambda: "counting" in panel.count_label.text())
    settle(qtbot, panel)
    assert panel.count_label.text() == "3 guests"
    assert names(panel) == ["王建国", "王芳", "赵王"]


def test_first_guest_in_quarantine_opens_when_the_panel_is_first_shown(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    assert panel.record.stay_id == site["Anna Schmidt"]
    assert panel.record_stack.currentWidget() is panel.record
    assert panel.table.selectionModel().selectedRows()[0].row() == 0


def test_enter_in_search_box_opens_first_and_ctrl_f_comes_back(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.search_box.setFocus()
    panel.search_box.setText("李秀英")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)  # searches at once, then opens
    assert panel.record.stay_id == site["李秀英"]
    panel.record.tabs.setFocus()
    qtbot.keyClick(panel.record.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_box.hasFocus()
    assert panel.search_box.selectedText() == "李秀英"


# -- the record ---------------------------------------------------------------------------------


def test_opening_a_record_shows_every_tab_with_its_data(qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    open_guest(qtbot, panel, "王建国")
    record = panel.record
    tabs = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert tabs == ["Identity", "Stay", "Health", "Temperatures", "Tests", "Destination",
                    "History"]
    assert record.name.text() == "王建国"
    assert "Room 1203" in record.facts.text() and "day 2 of 7" in record.facts.text()
    badges = [record.badges.itemAt(i).widget().text() for i in range(record.badges.count())
              if record.badges.itemAt(i).widget()]
    assert any(b.startswith("Key person") and "高血压" in b for b in badges)
    assert any(b.startswith("Fever 38.2 °C") for b in badges)

    assert record.identity.id_number.text() == WANG_ID
    assert record.identity.phone.text() == "13800138000"
    assert record.identity.birth_date.text() == "1956-04-12"
    assert record.identity.sex.currentData() == "M"
    stay = record.stay
    arrival = (NOW - timedelta(days=2)).date()
    assert stay.day.text() == "day 2 of 7"
    assert stay.basis.text() == f"{arrival.isoformat()} (arrival)"
    assert stay.release.text() == (arrival + timedelta(days=7)).isoformat()
    assert stay.rooms_model.rowCount() == 1 and stay.rooms_model.row_at(0).number == "1203"
    assert record.health.conditions.text() == "高血压"
    assert "aged 70" in record.health.key_person.text() or "aged 69" in \
        record.health.key_person.text()

    temps = record.temperatures
    model = temps.model
    assert model.rowCount() == 4
    rows = {model.row_at(n).celsius: n for n in range(model.rowCount())}
    fever = model.index(rows[38.2], 1)
    assert model.data(fever, Qt.ItemDataRole.ForegroundRole) == theme.qcolor(theme.FEVER)
    assert model.data(fever, Qt.ItemDataRole.FontRole).bold()
    voided = model.index(rows[39.9], 1)
    assert model.data(voided, Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(voided, Qt.ItemDataRole.ForegroundRole) == theme.qcolor(theme.MUTED_TEXT)
    assert "typed 36.9 as 39.9" in model.data(model.index(rows[39.9], 5))
    assert temps.line.value() == pytest.approx(37.3)
    xs, ys = temps.curve.getData()
    assert list(ys) == [36.6, 38.2, 36.7]  # the voided reading is not on the curve
    assert "1 voided" in temps.summary.text()

    tests = record.tests.model
    assert tests.rowCount() >= 1
    sampled = next(n for n in range(tests.rowCount()) if tests.row_at(n).sample_no == "S0001")
    assert tests.data(tests.index(sampled, 4)) == "negative"
    assert "negative" in record.tests.required.text()
    assert record.destination.state.text() == "not recorded yet"
    history = record.history.model
    actions = [history.data(history.index(n, 2)) for n in range(history.rowCount())]
    assert "checked in" in actions and "temperature voided" in actions


def test_a_key_persons_record_leads_to_their_follow_up_calls(  # type: ignore[no-untyped-def]
        qtbot, engine, site, liaison, tmp_path) -> None:
    specs = [spec if spec.key in ("guests", "alerts") else replace(spec, factory=Panel)
             for spec in PANELS]
    window = MainWindow(Desk(engine, liaison), str(tmp_path / "desk.db"), idle_minutes=0,
                        panels=specs)
    qtbot.addWidget(window)
    window.show()
    panel = window.show_panel("guests")
    assert isinstance(panel, GuestsPanel)
    settle(qtbot, panel)
    open_guest(qtbot, panel, "李秀英")
    assert panel.record.health.follow_up.isHidden()  # not a key person: nothing to follow up
    open_guest(qtbot, panel, "王建国")
    button = panel.record.health.follow_up
    assert not button.isHidden()
    panel.record.tabs.setCurrentWidget(panel.record.health)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "alerts"
    alerts = window.current_panel()
    assert isinstance(alerts, AlertsPanel)
    assert alerts.tabs.currentWidget() is alerts.key_persons
    assert alerts.key_persons.current_stay() == site["王建国"]
    assert "王建国" in alerts.key_persons.person.text()  # ready to log the call


def test_history_reads_changes_as_field_old_new() -> None:
    assert describe_changes('{"phone": "138", "version": 1, "id": 4}',
                            '{"phone": "139", "version": 2, "id": 4}') == ["phone: 138 → 139"]
    assert describe_changes(None, '{"celsius": 38.2, "stay_id": 3, "symptoms": ""}') == [
        "temperature: 38.2"]
    assert describe_changes('{"exposure_date": null}', '{"exposure_date": "2022-04-01"}') == [
        "last exposure: — → 2022-04-01"]


# -- editing ------------------------------------------------------------------------------------


def test_validation_as_you_type_rejects_a_bad_check_digit(qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    open_guest(qtbot, panel, "王建国")
    identity = panel.record.identity
    save = panel.record.save_button
    assert not save.isEnabled()
    wrong = "0" if WANG_ID[-1] != "0" else "1"
    identity.id_number.setText(WANG_ID[:17] + wrong)
    message = identity.form._fields["id_number"].message
    assert message.isVisible() and "check digit" in message.text()
    assert not save.isEnabled()
    assert panel.record.tabs.tabText(0) == "Identity *"
    assert "Correct the marked fields" in panel.record.state.text()

    corrected = rid("19560412", "052")
    identity.id_number.setText(corrected.lower())  # typed in lower case: still valid
    assert message.isVisible() and message.text().startswith("valid: born 1956-04-12")
    assert save.isEnabled()
    identity.phone.setText("12")
    assert "has 2 digits" in identity.form._fields["phone"].message.text()
    assert not save.isEnabled()
    identity.phone.setText("138-0013-8000")  # the same number, typed differently
    assert identity.form.changes() == {"id_number": corrected}
    identity.birth_date.setText("1956-02-30")
    assert "not a real date" in identity.form._fields["birth_date"].message.text()
    identity.birth_date.setText("1956-04-12")
    assert save.isEnabled()
    assert panel.record.save()
    with read_session(engine) as s:
        assert guest_record.guest_record(s, site["王建国"]).guest.id_number == corrected
    assert not save.isEnabled() and panel.record.tabs.tabText(0) == "Identity"


def test_new_exposure_date_moves_the_period_shown_after_saving(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, messages = make_panel(qtbot, engine, liaison)
    open_guest(qtbot, panel, "王建国")
    stay = panel.record.stay
    exposure = (NOW - timedelta(days=3)).date()
    release = exposure + timedelta(days=7)
    stay.exposure.setText((NOW + timedelta(days=2)).date().isoformat())
    assert "in the future" in stay.form._fields["exposure_date"].message.text()
    stay.exposure.setText(exposure.isoformat())
    assert f"planned release {release.isoformat()}" in \
        stay.form._fields["exposure_date"].message.text()
    with qtbot.waitActive(panel):  # window shortcuts need the active window
        panel.activateWindow()
    stay.exposure.setFocus()
    qtbot.keyClick(stay.exposure, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stay.release.text() == release.isoformat()
    assert stay.basis.text() == f"{exposure.isoformat()} (last exposure)"
    assert f"planned release {release.isoformat()}" in messages[-1][0]
    with read_session(engine) as s:
        assert guest_record.guest_record(s, site["王建国"]).stay.planned_release == release


def test_medical_account_sees_identity_read_only_and_edits_health(
        qtbot, engine, site, medical) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, medical)
    open_guest(qtbot, panel, "王建国")
    identity = panel.record.identity
    assert identity.name.isReadOnly() and identity.id_number.isReadOnly()
    assert identity.phone.isReadOnly() and identity.notes.isReadOnly()
    assert not identity.id_type.isEnabled() and not identity.sex.isEnabled()
    assert identity.form.note.isVisible()
    assert panel.record.stay.batch.isReadOnly()
    health = panel.record.health
    assert not health.medication.isReadOnly() and not health.form.note.isVisible()
    health.medication.setText("氨氯地平 5 mg")
    health.vaccination.setValue(3)
    assert panel.record.save()
    with read_session(engine) as s:
        record = guest_record.guest_record(s, site["王建国"])
    assert record.health.medication == "氨氯地平 5 mg" and record.health.vaccination_doses == 3


def test_edit_conflict_between_two_desks_shows_both_and_overwrites_nothing(
        qtbot, engine, site, liaison, manager) -> None:  # type: ignore[no-untyped-def]
    desk, _ = make_panel(qtbot, engine, liaison)
    office, messages = make_panel(qtbot, engine, manager)
    for panel in (desk, office):
        open_guest(qtbot, panel, "王建国")
    desk.record.identity.phone.setText("13800000001")
    assert desk.record.save()

    office.record.identity.phone.setText("13911112222")
    office.record.identity.work_unit.setText("市第一中学")
    assert office.record.save_button.isEnabled()
    assert not office.record.save()
    dialog = office.record.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {dialog.model.row_at(n).name: dialog.model.row_at(n)
            for n in range(dialog.model.rowCount())}
    assert set(rows) == {"phone", "work_unit"}
    assert (rows["phone"].yours, rows["phone"].theirs) == ("13911112222", "13800000001")
    assert rows["phone"].they_changed and rows["phone"].you_changed
    assert (rows["work_unit"].yours, rows["work_unit"].theirs) == ("市第一中学", "—")
    assert dialog.model.data(dialog.model.index(0, 0)) == "phone"
    with read_session(engine) as s:
        saved = guest_record.guest_record(s, site["王建国"]).guest
    assert (saved.phone, saved.work_unit) == ("13800000001", "")  # nothing overwritten

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert office.record.conflict_dialog is None
    assert office.record.identity.phone.text() == "13800000001"
    assert office.record.identity.work_unit.text() == ""
    assert not office.record.save_button.isEnabled()
    assert "Their version of Identity is loaded" in messages[-1][0]
    office.record.identity.work_unit.setText("市第一中学")  # re-applied by hand: now it saves
    assert office.record.save()


def test_conflict_in_one_tab_saves_no_tab_and_keeps_the_other_edits(
        qtbot, engine, site, medical, manager) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, manager)
    open_guest(qtbot, panel, "王建国")
    panel.record.identity.notes.setPlainText("prefers calls after 9")
    panel.record.health.allergies.setText("青霉素")
    with write_session(engine) as s:  # a nurse saves the health record meanwhile
        record = guest_record.guest_record(s, site["王建国"])
        guest_editing.update_health(s, medical, record.guest.id, record.health.version,
                                    {"allergies": "磺胺"})
    assert not panel.record.save()
    dialog = panel.record.conflict_dialog
    assert dialog is not None and dialog.heading.text().startswith("Health:")
    with read_session(engine) as s:
        record = guest_record.guest_record(s, site["王建国"])
    assert record.guest.notes == "" and record.health.allergies == "磺胺"  # all or nothing
    dialog.reject()  # keep the edits on screen for now: still unsaved
    assert panel.record.health.allergies.text() == "青霉素"
    assert not panel.record.save() and panel.record.conflict_dialog is not None
    panel.record.conflict_dialog.accept()
    assert panel.record.health.allergies.text() == "磺胺"
    assert panel.record.identity.notes.toPlainText() == "prefers calls after 9"
    assert panel.record.save()
    with read_session(engine) as s:
        record = guest_record.guest_record(s, site["王建国"])
    assert record.guest.notes == "prefers calls after 9" and record.health.allergies == "磺胺"


def test_unsaved_edits_are_not_lost_by_opening_another_guest(
        qtbot, engine, site, liaison) -> None:  # type: ignore[no-untyped-def]
    panel, _ = make_panel(qtbot, engine, liaison)
    open_guest(qtbot, panel, "王建国")
    panel.record.identity.work_unit.setText("港务局")
    asked: list[str] = []

    def stay(name: str, detail: str) -> QMessageBox.StandardButton:
        asked.append(name)
        return QMessageBox.StandardButton.Cancel

    panel.record.ask_unsaved = stay  # type: ignore[method-assign]
    assert not panel.open_stay(site["李秀英"])
    assert asked == ["王建国"]
    assert panel.record.identity.work_unit.text() == "港务局"
    panel.record.undo_button.click()
    assert panel.open_stay(site["李秀英"])
    assert asked == ["王建国"]  # nothing unsaved: no question


# -- the table model ----------------------------------------------------------------------------


def _model(engine: Engine, page_size: int) -> GuestTableModel:
    def fetch(offset: int, limit: int) -> list[guest_search.GuestRow]:
        with read_session(engine) as s:
            return guest_search.search(s, "", limit=limit, offset=offset)

    model = GuestTableModel(page_size=page_size)
    model.reset_rows(fetch(0, page_size), fetch)
    return model


def test_table_model_passes_qt_model_tester(qtmodeltester, engine, site) -> None:  # type: ignore[no-untyped-def]
    model = _model(engine, page_size=2)
    qtmodeltester.check(model)
    model.sort(GuestTableModel.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_sorting_holds_as_pages_arrive_and_none_restores_search_order(engine, site) -> None:  # type: ignore[no-untyped-def]
    model = _model(engine, page_size=2)
    with read_session(engine) as s:
        search_order = [row.stay_id for row in guest_search.search(s, "")]
    assert model.rowCount() == 2 and model.has_more()
    model.sort(GuestTableModel.ROOM, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        rooms_now = [model.row_at(n).room for n in range(model.rowCount())]
        numbered = [r for r in rooms_now if r]
        assert numbered == sorted(numbered, key=lambda r: (len(r), r))  # 301 before 1203
        assert rooms_now[:len(numbered)] == numbered  # no room (expected, cancelled) last
    assert model.rowCount() == 5
    model.sort(-1)
    assert [model.row_at(n).stay_id for n in range(model.rowCount())] == search_order
    model.sort(GuestTableModel.RELEASE, Qt.SortOrder.DescendingOrder)
    releases = [model.row_at(n).planned_release for n in range(model.rowCount())]
    assert releases == sorted(releases, reverse=True)


def test_ctrl_f_finds_from_the_navigation_after_ctrl_3(
        qtbot, engine, site, liaison, db_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Desk(engine, liaison), str(db_path), idle_minutes=0)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    panel = window.current_panel()
    assert isinstance(panel, GuestsPanel)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_box.hasFocus()
