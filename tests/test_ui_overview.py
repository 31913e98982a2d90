"""The Overview panel: figures true to a small site, cards leading to their panel, the lists,
the forecast chart and the daily report on the clipboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Category, RoomState, StayStatus
from quarantine_desk.domain.identity import resident_id_check_char
from quarantine_desk.services import checkin, readings, rooms
from quarantine_desk.services import site as site_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import write_session
from quarantine_desk.ui.alerts.panel import AlertsPanel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.guests.panel import GuestsPanel
from quarantine_desk.ui.overview.panel import OverviewPanel
from quarantine_desk.ui.rooms.panel import RoomsPanel
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS

NOW = datetime(2022, 4, 8, 10, 0)
SITE = "城东集中隔离点"


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


def rid(seq: str, birth: str = "19900101") -> str:
    first17 = f"320602{birth}{seq}"
    return first17 + resident_id_check_char(first17)


def arrival(name: str, seq: str, room: str, arrived: datetime, *, birth: str = "19900101",
            exposure: date | None = None) -> checkin.ArrivalInput:
    return checkin.ArrivalInput(full_name=name, id_number=rid(seq, birth),
                                category=Category.CLOSE_CONTACT, room=room, arrival_at=arrived,
                                exposure_date=exposure)


@pytest.fixture
def site(engine: Engine, manager: Actor, liaison: Actor, medical: Actor) -> None:
    """Rooms 201-205 (205 reserved); 今到 arrived today, aged 72 and febrile; 明走 leaves
    tomorrow; 超期 is two days past release; 待到 is expected."""
    with write_session(engine) as s:
        site_service.setup_site(s, manager, SITE)
        rooms.add_rooms(s, manager, ["201-205"], now=NOW)
        rooms.set_state(s, manager, "205", RoomState.RESERVED, now=NOW)
        today = checkin.check_in(s, liaison, arrival("今到", "001", "201", NOW - timedelta(
            hours=2), birth="19500101"), now=NOW - timedelta(hours=2))
        checkin.check_in(s, liaison, arrival("明走", "002", "202", datetime(2022, 4, 3, 9),
                                             exposure=date(2022, 4, 2)),
                         now=datetime(2022, 4, 3, 9))
        checkin.check_in(s, liaison, arrival("超期", "003", "203", datetime(2022, 3, 31, 9),
                                             exposure=date(2022, 3, 30)),
                         now=datetime(2022, 3, 31, 9))
        checkin.register_expected(s, liaison, arrival("待到", "004", "", NOW), now=NOW)
        readings.record_reading(s, medical, today.id or 0, 38.2, taken_at=NOW, now=NOW)


def open_overview(qtbot, engine: Engine, actor: Actor,  # type: ignore[no-untyped-def]
                  db_path: Path, real: tuple[str, ...] = ("overview", "rooms"),
                  ) -> tuple[MainWindow, OverviewPanel]:
    # The other panels as empty base panels: these tests are about the Overview and where it
    # leads, not about what the other panels load.
    specs = [spec if spec.key in real else replace(spec, factory=Panel) for spec in PANELS]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    panel = window.current_panel()
    assert isinstance(panel, OverviewPanel)
    panel.clock = lambda: NOW
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.data is not None
                    and panel.data.now == NOW, timeout=5000)
    return window, panel


def figure(panel: OverviewPanel, key: str) -> str:
    return panel.cards[key].number.text()


def test_figures_and_lists_match_the_site(qtbot, engine: Engine, site: None, manager: Actor,
                                          db_path: Path) -> None:
    _, panel = open_overview(qtbot, engine, manager, db_path)
    assert figure(panel, "in_quarantine") == "3"
    assert figure(panel, "arrivals") == "1"
    assert panel.cards["arrivals"].detail.text() == "1 more expected"
    assert figure(panel, "fevers") == "1"
    assert figure(panel, "positives") == "0"
    assert figure(panel, "alerts") == "1"
    assert figure(panel, "key_persons") == "1"
    assert (figure(panel, "rooms_total"), figure(panel, "available"), figure(panel, "occupied"),
            figure(panel, "reserved")) == ("5", "1", "3", "1")
    assert panel.cards["releases"].detail.text() == "due: 0 today, 1 tomorrow"

    def column(card, col: int) -> list[str]:  # type: ignore[no-untyped-def]
        model = card.model
        return [model.index(r, col).data() for r in range(model.rowCount())]

    assert column(panel.alerts, 3) == ["今到"] and column(panel.alerts, 1) == ["fever"]
    assert column(panel.expected, 1) == ["待到"]
    assert column(panel.due_tomorrow, 1) == ["明走"] and panel.due_today.model.rowCount() == 0
    assert panel.due_today.empty.isVisibleTo(panel)
    assert column(panel.overdue, 1) == ["超期"] and column(panel.overdue, 3) == ["2"]
    assert column(panel.overdue, 4)[0]  # why the stay is still here
    assert panel.chart.values[0] == (NOW.date(), 2)  # 204 free, 203 overdue counts as leaving
    assert [day for day, _ in panel.chart.values] == [NOW.date() + timedelta(days=k)
                                                      for k in range(14)]
    assert SITE in panel.report.toPlainText()


def test_cards_lead_to_their_panel(qtbot, engine: Engine, site: None, manager: Actor,
                                   db_path: Path) -> None:
    window, panel = open_overview(qtbot, engine, manager, db_path)
    qtbot.mouseClick(panel.cards["alerts"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "alerts"

    window.show_panel("overview")
    qtbot.mouseClick(panel.cards["reserved"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "rooms"
    rooms_panel = window.current_panel()
    assert isinstance(rooms_panel, RoomsPanel)
    assert [t.number for t in rooms_panel.board.tiles()] == ["205"]

    window.show_panel("overview")
    panel.cards["fevers"].setFocus()
    qtbot.keyClick(panel.cards["fevers"], Qt.Key.Key_Return)
    assert window.current_key() == "temperatures"


def test_the_key_persons_card_opens_their_list(qtbot, engine: Engine, site: None,
                                               manager: Actor, db_path: Path) -> None:
    window, panel = open_overview(qtbot, engine, manager, db_path, ("overview", "alerts"))
    assert figure(panel, "key_persons") == "1"
    qtbot.mouseClick(panel.cards["key_persons"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "alerts"
    alerts_panel = window.current_panel()
    assert isinstance(alerts_panel, AlertsPanel)
    assert alerts_panel.tabs.currentWidget() is alerts_panel.key_persons
    rows = alerts_panel.key_persons.model
    assert [rows.row_at(n).cells[1] for n in range(rows.rowCount())] == ["今到"]


def test_the_in_quarantine_figure_lists_exactly_those_guests(qtbot, engine: Engine, site: None,
                                                           manager: Actor,
                                                           db_path: Path) -> None:
    window, panel = open_overview(qtbot, engine, manager, db_path, ("overview", "guests"))
    qtbot.mouseClick(panel.cards["in_quarantine"], Qt.MouseButton.LeftButton)
    guests_panel = window.current_panel()
    assert isinstance(guests_panel, GuestsPanel)
    qtbot.waitUntil(lambda: not guests_panel.is_loading(), timeout=5000)
    assert guests_panel.status_filter.currentData() == StayStatus.IN_QUARANTINE.value
    assert guests_panel.model.rowCount() == int(figure(panel, "in_quarantine"))  # 3, not 4


def test_copy_report_puts_the_text_on_the_clipboard(qtbot, engine: Engine, site: None,
                                                    liaison: Actor, db_path: Path) -> None:
    window, panel = open_overview(qtbot, engine, liaison, db_path)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == panel.report.toPlainText()
    assert SITE in text and "2022年4月8日" in text
    assert "copied" in window.messages.text


def test_medical_staff_see_no_report_and_changes_refresh(qtbot, engine: Engine, site: None,
                                                        medical: Actor, manager: Actor,
                                                        db_path: Path) -> None:
    _, panel = open_overview(qtbot, engine, medical, db_path)
    assert not panel.copy_button.isVisibleTo(panel)
    assert panel.data is not None and panel.data.report == ""
    with write_session(engine) as s:
        rooms.set_state(s, manager, "204", RoomState.OUT_OF_SERVICE, now=NOW)
    qtbot.waitUntil(lambda: figure(panel, "out_of_service") == "1", timeout=5000)
    assert figure(panel, "available") == "0"


def test_refresh_while_the_application_closes_does_not_hang(qtbot, engine: Engine, site: None,
                                                            manager: Actor,
                                                            db_path: Path) -> None:
    from quarantine_desk.ui.common import background

    _, panel = open_overview(qtbot, engine, manager, db_path)
    background.wait_for_all()
    panel.refresh()  # its worker is closed: the panel keeps what it shows and is not loading
    assert not panel.is_loading()
    assert figure(panel, "in_quarantine") == "3"
