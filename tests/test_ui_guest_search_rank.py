"""In the Guests panel, "207" and Enter opens the guest of room 207, even when the guest of
room 217 (whose phone holds 207) arrived later or is the one open (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import Engine
from test_guest_search_rank import NOW, _build

from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.guests.panel import GuestsPanel
from quarantine_desk.ui.shell.app import create_application


@pytest.fixture(autouse=True)
def application(qapp):  # type: ignore[no-untyped-def]
    return create_application()


def _panel(qtbot, engine: Engine, actor: Actor) -> GuestsPanel:  # type: ignore[no-untyped-def]
    panel = GuestsPanel(PanelContext(Desk(engine, actor), lambda *_: None))
    qtbot.addWidget(panel)
    panel.resize(1300, 760)
    panel.show()
    panel.activate()
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=5000)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    return panel


@pytest.mark.parametrize("open_first", ["", "吴邻"])
def test_room_number_and_enter_open_the_guest_of_that_room(
        qtbot, engine, manager, liaison, open_first) -> None:  # type: ignore[no-untyped-def]
    assert NOW  # the site's clock (the search is read for today: days differ, ranks do not)
    _build(engine, manager, liaison, family_newest=False)
    panel = _panel(qtbot, engine, liaison)
    assert panel.record.record is not None  # the newest guest in quarantine opened first
    if open_first:
        panel.search_box.setText(open_first)
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
        assert panel.record.record.guest.full_name == open_first
    panel.search_box.setFocus()
    panel.search_box.selectAll()
    qtbot.keyClicks(panel.search_box, "207")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert {panel.model.row_at(0).room, panel.model.row_at(1).room} == {"207"}
    assert panel.record.record.guest.full_name == panel.model.row_at(0).name
