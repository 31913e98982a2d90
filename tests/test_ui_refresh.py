"""One refresh path: a panel's own write reloads it once, through the change the write
announces, and a change to another topic leaves it alone."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from medical_support import add_rooms, admit
from PySide6.QtCore import Qt
from sqlalchemy.engine import Engine

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.store.engine import write_session
from quarantine_desk.ui.guests.panel import GuestsPanel
from quarantine_desk.ui.guests.record import GuestRecordView
from quarantine_desk.ui.shell.app import create_application
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.registry import PANELS
from quarantine_desk.ui.tests.due import DuePage
from quarantine_desk.ui.tests.panel import TestsPanel
from quarantine_desk.ui.tests.results import ResultsPage

#: Long enough for a second, stray reload to arrive if there were one.
QUIET_MS = 100


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


@pytest.fixture
def reloads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the Tests panel and its two lists have read their data again."""
    counts: Counter[str] = Counter()
    for cls, name in ((TestsPanel, "refresh"), (DuePage, "reload"), (ResultsPage, "reload")):
        original = getattr(cls, name)

        def counted(self, *args, _original=original, _key=cls.__name__, **kwargs):  # type: ignore[no-untyped-def]
            counts[_key] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, counted)
    return counts


def _tests_panel(qtbot, engine: Engine, actor: Actor, db_path: Path) -> TestsPanel:  # type: ignore[no-untyped-def]
    specs = [spec for spec in PANELS if spec.key == "tests"]
    window = MainWindow(Desk(engine, actor), str(db_path), idle_minutes=0, panels=specs)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    panel = window.current_panel()
    assert isinstance(panel, TestsPanel)
    return panel


def test_recording_a_sample_reloads_the_panel_once(qtbot, engine: Engine, manager: Actor,
                                                   liaison: Actor, medical: Actor,
                                                   db_path: Path, reloads: Counter[str]) -> None:
    add_rooms(engine, manager, "201-202")
    arrival = datetime.combine(date.today(), datetime.min.time())
    first = admit(engine, liaison, 1, "201", arrival=arrival)
    panel = _tests_panel(qtbot, engine, medical, db_path)
    assert reloads == Counter(TestsPanel=1, DuePage=1, ResultsPage=1)  # shown: loaded once
    assert panel.due.current_row().due.stay_id == first

    qtbot.keyClicks(panel.due.sample_field, "A-0001")
    qtbot.keyClick(panel.due.sample_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reloads["TestsPanel"] == 2)
    qtbot.wait(QUIET_MS)
    assert reloads == Counter(TestsPanel=2, DuePage=2, ResultsPage=2)
    assert panel.due.model.rows()[0].due.sampled
    assert panel.results is not None and panel.results.model.rowCount() == 1


def test_a_change_to_another_topic_does_not_reload_the_panel(
        qtbot, engine: Engine, manager: Actor, medical: Actor, db_path: Path,
        reloads: Counter[str]) -> None:
    window = _tests_panel(qtbot, engine, medical, db_path).window()
    assert isinstance(window, MainWindow)
    before = reloads.copy()
    with qtbot.waitSignal(window.changes.changed, timeout=3000) as heard:
        with write_session(engine) as session:
            staff_service.add_staff(session, manager, "night", Role.MEDICAL, TEST_PASSWORD)
    assert heard.args == [frozenset({Topic.STAFF})]
    qtbot.wait(QUIET_MS)
    assert reloads == before


def test_saving_a_guest_record_reads_it_once(qtbot, engine: Engine, manager: Actor,
                                             liaison: Actor, db_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    add_rooms(engine, manager, "301")
    admit(engine, liaison, 1, "301", arrival=datetime.combine(date.today(), datetime.min.time()))
    window = MainWindow(Desk(engine, liaison), str(db_path), idle_minutes=0,
                        panels=[spec for spec in PANELS if spec.key == "guests"])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    panel = window.current_panel()
    assert isinstance(panel, GuestsPanel)
    qtbot.waitUntil(lambda: panel.record.record is not None)
    loads: list[int] = []
    original = GuestRecordView.load

    def counted(self, stay_id: int) -> bool:  # type: ignore[no-untyped-def]
        loads.append(stay_id)
        return original(self, stay_id)

    monkeypatch.setattr(GuestRecordView, "load", counted)
    panel.record.identity.work_unit.setText("市第一医院")
    with qtbot.waitSignal(window.changes.changed, timeout=3000):
        assert panel.record.save()
    qtbot.wait(QUIET_MS)
    assert len(loads) == 1
    assert panel.record.record is not None
    assert panel.record.record.guest.work_unit == "市第一医院"
