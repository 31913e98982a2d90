"""Issue 14 in the window: Settings › Backups lists the automatic and hand-made backups of the
folder the manager chose, restores one after a confirmation naming its time; the window's
daily and closing backups run in the background and a failure is one calm line."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from change_wiring import hear_changes
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import Engine

from quarantine_desk.services import backups, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.settings.auto_backup import backup_on_close, run_daily_backup
from quarantine_desk.ui.settings.panel import SettingsPanel
from quarantine_desk.ui.shell.app import create_application

pytestmark = pytest.mark.sqlite_only  # the window's automatic backups are SQLite files

DAY = datetime(2022, 4, 10, 8, 0)


@pytest.fixture(autouse=True)
def application(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return create_application()


class Bar(list):
    """The window's message bar, as a list of (text, level)."""

    def __call__(self, text: str, level: MessageLevel) -> None:
        self.append((text, level))


def _room_numbers(engine: Engine) -> list[str]:
    with read_session(engine) as s:
        return sorted(room.number for room in rooms.room_records(s))


@pytest.fixture
def tab(qtbot, engine: Engine, manager: Actor):  # type: ignore[no-untyped-def]
    bar = Bar()
    panel = SettingsPanel(PanelContext(Desk(engine, manager), bar))
    qtbot.addWidget(panel)
    hear_changes(panel)
    panel.resize(1366, 900)
    panel.tabs.setCurrentWidget(panel.backups)
    panel.show()
    panel.activate()
    panel.backups.bar = bar
    return panel.backups


def test_the_tab_lists_backups_of_the_chosen_folder(qtbot, tab, engine: Engine,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    tab.use_folder(stick)
    qtbot.waitUntil(lambda: str(stick) in tab.folder_label.text(), timeout=2000)
    assert "Backups now go to" in tab.bar[-1][0]
    backups.automatic_backup(engine, daily=True, now=DAY)
    by_hand = tab.back_up(None)
    assert by_hand is not None and by_hand.parent == stick
    rows = tab.recent.rows()
    assert [row.cells[1] for row in rows] == ["by hand", "automatic"]
    assert [row.cells[4] for row in rows] == ["verified", "verified"]
    assert rows[1].cells[0] == "2022-04-10 08:00"
    assert not tab.restore_button.isEnabled()
    tab.recent_view.selectRow(1)
    assert tab.restore_button.isEnabled() and tab.selected().automatic


def test_restore_asks_naming_the_time_and_keeps_a_safety_copy(  # type: ignore[no-untyped-def]
        qtbot, tab, engine: Engine, manager: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201"])
    made = backups.automatic_backup(engine, daily=True, now=DAY)
    assert made is not None
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["202"])
    tab.refresh()
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(when: str, path: Path) -> bool:
        asked.append(when)
        return answer["yes"]

    monkeypatch.setattr(tab, "confirm_restore", confirm)
    tab.recent_view.selectRow(0)
    tab.restore_selected()
    assert asked == ["2022-04-10 08:00"] and _room_numbers(engine) == ["201", "202"]

    answer["yes"] = True
    tab.restore_selected()
    assert _room_numbers(engine) == ["201"]  # the open desk sees the restored data
    text, level = tab.bar[-1]
    assert level is MessageLevel.INFO and "Restored the backup of 2022-04-10 08:00" in text
    safety = Path(text.split("kept in ")[1].rstrip("."))
    assert safety.exists() and "before-restore" in safety.name


def test_the_daily_backup_runs_in_the_background_once(qtbot, engine: Engine,  # type: ignore[no-untyped-def]
                                                      manager: Actor, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    bar = Bar()
    context = PanelContext(Desk(engine, manager), bar)
    run_daily_backup(context, window)
    qtbot.waitUntil(lambda: len(backups.list_backups(engine)) == 1, timeout=5000)
    (made,) = backups.list_backups(engine)
    assert made.automatic and made.verified and made.taken_at.date() == datetime.now().date()
    run_daily_backup(context, window)  # the same day: nothing more
    qtbot.wait(300)
    assert len(backups.list_backups(engine)) == 1 and bar == []

    backup_on_close(context.desk)  # nothing written since: no copy
    qtbot.wait(300)
    assert len(backups.list_backups(engine)) == 1
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["301"])
    backup_on_close(context.desk)
    qtbot.waitUntil(lambda: len(backups.list_backups(engine)) == 2, timeout=5000)


def test_a_failed_automatic_backup_is_one_calm_line(qtbot, tab, engine: Engine,  # type: ignore[no-untyped-def]
                                                    manager: Actor, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    tab.use_folder(stick)
    shutil.rmtree(stick)  # the stick was pulled out
    bar = Bar()
    window = QWidget()
    qtbot.addWidget(window)
    run_daily_backup(PanelContext(Desk(engine, manager), bar), window)
    qtbot.waitUntil(lambda: bool(bar), timeout=5000)
    ((text, level),) = bar
    assert level is MessageLevel.ERROR and "\n" not in text
    assert text.startswith("Today's automatic backup was not taken") and str(stick) in text
