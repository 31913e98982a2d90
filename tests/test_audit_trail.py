"""Issue 14: the audit trail to read — ``audit`` with its filters and its spreadsheet (no cell a
formula, owner-only), and the Settings › Audit trail tab."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from release_scenario import resident_id
from sqlalchemy.engine import Engine

from quarantine_desk.cli.main import main
from quarantine_desk.domain.enums import Category, Role
from quarantine_desk.services import audit, checkin, rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.settings.panel import SettingsPanel
from quarantine_desk.ui.shell.app import create_application

TODAY = date.today()
D3, D2, D1 = (TODAY - timedelta(days=n) for n in (3, 2, 1))
HOSTILE = Actor(username="=HYPERLINK(\"http://evil\")", role=Role.MANAGER)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0))


@pytest.fixture
def trail(engine: Engine, manager: Actor, liaison: Actor) -> Engine:
    """Rooms added three days ago, one guest checked in on each of the next two days, and an
    event whose words would be formulas in a spreadsheet."""
    with write_session(engine) as s:
        rooms.add_rooms(s, manager, ["201-203"], now=_at(D3, 9))
    for n, (name, day) in enumerate((("王小明", D2), ("李四", D1)), start=1):
        with write_session(engine) as s:
            checkin.check_in(s, liaison, checkin.ArrivalInput(
                full_name=name, id_number=resident_id(n), category=Category.CLOSE_CONTACT,
                exposure_date=day - timedelta(days=1), arrival_at=_at(day, 9),
                room=f"20{n}"), now=_at(day, 10))
    with write_session(engine) as s:
        audit.record(s, HOSTILE, "=1+1", "@note", None, after={"text": "-2+3"},
                     at=_at(D1, 12))
    return engine


def test_the_trail_filters_by_day_person_and_guest(trail: Engine) -> None:
    with read_session(trail) as s:
        everything = audit.trail(s)
        by_day = audit.trail(s, since=D2, until=D2)
        by_desk = audit.trail(s, actor="DESK", since=D3)
        by_name = audit.trail(s, guest="小明")
        by_id = audit.trail(s, guest=resident_id(2))
        people = audit.actors(s)
    assert [r.at for r in everything] == sorted((r.at for r in everything), reverse=True)
    assert by_day and {r.at.date() for r in by_day} == {D2} and {r.actor for r in by_day} == {
        "desk"}
    assert {r.action for r in by_desk} >= {"guest.add", "stay.check_in"}
    assert {r.actor for r in by_desk} == {"desk"}
    assert by_name and {r.guest_name for r in by_name} == {"王小明"}
    assert by_id and {r.guest_name for r in by_id} == {"李四"}
    assert {"boss", "desk", HOSTILE.username} <= set(people)


def test_audit_command_reads_without_an_account(trail: Engine, db_target: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_target, "audit", "--since", D2.isoformat(), "--until",
                 D2.isoformat(), "--user", "DESK", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {e["actor"] for e in found} == {"desk"}
    assert {e["guest_name"] for e in found} == {"王小明"}
    check_in = next(e for e in found if e["action"] == "stay.check_in")
    assert check_in["entity"] == "stay" and isinstance(check_in["after"], dict)

    assert main(["--db", db_target, "audit", "--guest", "李四"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("李四" in line and "desk" in line for line in lines)

    assert main(["--db", db_target, "audit", "--since", D1.isoformat(), "--until",
                 D2.isoformat()]) == 1
    assert "before --since" in capsys.readouterr().err
    assert main(["--db", db_target, "audit", "--user", "nobody"]) == 0
    assert "no audit events match" in capsys.readouterr().out


def _cells(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), [c.value for c in row]
            found.append([cell.value for cell in row])
    return found


def test_audit_xlsx_is_private_and_has_no_formula(trail: Engine, db_target: str,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trail.xlsx"
    assert main(["--db", db_target, "audit", "--since", D3.isoformat(), "--xlsx",
                 str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    rows = _cells(out)
    assert rows[0][:3] == ["时间", "操作人", "操作"]
    hostile = next(row for row in rows if row[2] == "'=1+1")
    assert hostile[1] == "'" + HOSTILE.username and hostile[3] == "'@note"
    with read_session(trail) as s:
        assert len(audit.trail(s, since=D3)) == sum(
            1 for row in rows[1:] if isinstance(row[0], datetime))

    assert main(["--db", db_target, "audit", "--xlsx", str(out)]) == 1
    assert "add --force" in capsys.readouterr().err
    assert main(["--db", db_target, "audit", "--user", "desk", "--xlsx", str(out),
                 "--force"]) == 0


def test_the_settings_audit_tab_filters_and_exports(qtbot, trail: Engine, manager: Actor,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    create_application()
    messages: list[str] = []
    panel = SettingsPanel(PanelContext(Desk(trail, manager), lambda text, _lvl: messages.append(
        text)))
    qtbot.addWidget(panel)
    panel.resize(1366, 900)
    panel.show()
    panel.activate()
    panel.tabs.setCurrentWidget(panel.audit)
    tab = panel.audit
    assert tab.isVisible() and tab.model.rows()  # the last seven days, at once

    tab.set_filter(D2, D2)
    assert {row.payload.at.date() for row in tab.model.rows()} == {D2}
    tab.set_filter(D3, TODAY, person="boss")
    assert {row.cells[1] for row in tab.model.rows()} == {"boss"}
    assert {row.cells[2] for row in tab.model.rows()} >= {"room.add"}
    tab.set_filter(D3, TODAY, guest="李")
    assert tab.model.rows() and {row.cells[4] for row in tab.model.rows()} == {"李四"}
    assert tab.person.currentData() == ""  # everyone

    tab.guest.setText("小明")  # typing: read again after a pause
    qtbot.waitUntil(lambda: {row.cells[4] for row in tab.model.rows()} == {"王小明"},
                    timeout=3000)
    written = tab.export(tmp_path / "ui-trail.xlsx")
    assert written is not None and stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert "audit events written" in messages[-1]
    rows = _cells(written)
    assert len([row for row in rows[1:] if isinstance(row[0], datetime)]) == len(
        tab.model.rows())
