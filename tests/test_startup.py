"""The window's start (issue 16): only the ``gui`` command is loaded to open it, nothing heavy the
overview does not need, and ``gui --exit-when-shown`` reports the window and its figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_PASSWORD
from sqlalchemy.engine import Engine

from quarantine_desk.cli import main as cli_main
from quarantine_desk.services import rooms
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import write_session

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("argv", "named"), [
    ([], None),
    (["--db", "x.db", "--user", "boss"], None),
    (["--db=x.db", "gui", "--screenshot", "a.png"], "gui"),
    (["--user", "boss", "staff", "list"], "staff"),
    (["--help"], ""),
    (["--version"], ""),
    (["--db"], ""),
    (["--us", "boss", "gui"], ""),  # an abbreviation: the full parser decides
])
def test_the_command_is_found_before_the_parser_is_built(argv: list[str],
                                                         named: str | None) -> None:
    assert cli_main.named_command(argv) == named


def test_the_gui_parser_alone_reads_a_gui_command_as_the_full_one_does() -> None:
    argv = ["--db", "x.db", "--user", "boss", "gui", "--screenshot", "a.png", "--panel", "rooms"]
    light = vars(cli_main.build_parser((cli_main.DEFAULT_COMMAND,)).parse_args(argv))
    full = vars(cli_main.build_parser().parse_args(argv))
    assert {k: v for k, v in light.items() if k != "func"} == \
        {k: v for k, v in full.items() if k != "func"}


def test_version_is_printed_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli_main.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"quarantine-desk {cli_main.program_version()}\n"


def test_exit_when_shown_reports_the_window_then_the_figures(
        manager: Actor, db_target: str) -> None:
    """In its own process: the application it runs ends for good when the window has shown."""
    done = _desk_process(["--db", db_target, "--user", "boss", "gui", "--exit-when-shown"])
    assert done.returncode == 0, done.stderr
    assert done.stdout == "window\nshown\n"


def _desk_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "QUARANTINE_DESK_PASSWORD": TEST_PASSWORD}
    return subprocess.run([sys.executable, "-m", "quarantine_desk", *argv], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120, check=False)


def test_exit_when_shown_asks_for_the_password(
        manager: Actor, db_target: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("QUARANTINE_DESK_PASSWORD", raising=False)
    code = cli_main.main(["--db", db_target, "--user", "boss", "gui", "--exit-when-shown"])
    assert code == 1
    assert "QUARANTINE_DESK_PASSWORD" in capsys.readouterr().err


def test_opening_the_window_loads_no_document_or_spreadsheet_library(
        engine: Engine, manager: Actor, db_target: str) -> None:
    """In a fresh interpreter: reportlab and openpyxl wait until a paper or a sheet is made.
    (A site with rooms, so the window opens on the overview, not on Settings › Rooms.)"""
    with write_session(engine) as session:
        rooms.add_rooms(session, manager, ["101"])
    engine.dispose()
    script = (
        "import sys\n"
        "from quarantine_desk.cli.main import main\n"
        f"code = main(['--db', {db_target!r}, '--user', 'boss', 'gui', '--exit-when-shown'])\n"
        "heavy = sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules)\n"
        "print('heavy', heavy, code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "QUARANTINE_DESK_PASSWORD": TEST_PASSWORD}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120, check=False)
    assert done.stdout.splitlines()[-1] == "heavy [] 0", done.stderr
