"""Time the start of the window and measure its memory on a large site (issue 16).

Three measures, each in fresh child processes so nothing is warm but the disk cache:

* the bare baseline: ``python -c`` importing the libraries the desk uses (PySide6, SQLAlchemy,
  sqlmodel, pyqtgraph, reportlab, openpyxl) and showing an empty ``QMainWindow``;
* the desk: ``quarantine-desk --db FILE --user U gui --exit-when-shown``, signed in with the
  password in ``$QUARANTINE_DESK_PASSWORD``, until the overview's figures are on screen;
* memory: the window visits every panel in navigation order, each until it has loaded, and
  the maximum resident size (``resource.getrusage``) is printed after each.

Each start is timed from the parent, from spawning the child to the line ``shown`` it prints
(so the interpreter's own start counts for both); the desk also says ``window`` when its window
is first on screen, the overview's figures perhaps still loading. Runs alternate; medians.

A large site (DESIGN.md §10) and a manager on it::

    .venv/bin/python benchmarks/bench_board_search.py --db /tmp/large.db
    QUARANTINE_DESK_NEW_PASSWORD=secret .venv/bin/quarantine-desk --db /tmp/large.db \\
        staff add boss --role manager
    QUARANTINE_DESK_PASSWORD=secret .venv/bin/python benchmarks/bench_startup.py \\
        --db /tmp/large.db --user boss [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"
REPO = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import PySide6.QtWidgets, sqlalchemy, sqlmodel, pyqtgraph, reportlab, openpyxl
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print("shown", flush=True)
"""


def child_env(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QUARANTINE_DESK_SETTINGS"] = str(settings)  # never the real window.ini
    return env


def time_to(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning ``command`` to each line it prints (``window``, ``shown``); it
    must print ``shown`` and then exit cleanly."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, cwd=REPO, text=True)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen[line.strip()] = time.perf_counter() - start
        if line.strip() == "shown":
            break
    _out, err = child.communicate()
    if "shown" not in seen or child.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed ({child.returncode}): {err.strip()}")
    return seen


def measure_startup(db: str, user: str, runs: int,
                    env: dict[str, str]) -> tuple[list[float], list[float], list[float]]:
    """Seconds to a shown bare window, to the desk's window on screen and to its overview's
    figures, started in turn ``runs`` times each."""
    bare = [sys.executable, "-c", BARE_WINDOW]
    desk = [sys.executable, "-m", "quarantine_desk", "--db", db, "--user", user, "gui",
            "--exit-when-shown"]
    time_to(desk, env)  # once unmeasured: the disk cache
    bare_times: list[float] = []
    window_times: list[float] = []
    desk_times: list[float] = []
    for _ in range(runs):
        bare_times.append(time_to(bare, env)["shown"])
        seen = time_to(desk, env)
        window_times.append(seen["window"])
        desk_times.append(seen["shown"])
    return bare_times, window_times, desk_times


def startup(db: str, user: str, runs: int, env: dict[str, str]) -> None:
    bare_times, window_times, desk_times = measure_startup(db, user, runs, env)
    bare_median = statistics.median(bare_times)
    window_median = statistics.median(window_times)
    desk_median = statistics.median(desk_times)
    print(f"bare window            median {bare_median:.3f} s  ({_spread(bare_times)})")
    print(f"desk window on screen  median {window_median:.3f} s  ({_spread(window_times)})"
          f"  ratio {window_median / bare_median:.2f}")
    print(f"desk overview figures  median {desk_median:.3f} s  ({_spread(desk_times)})"
          f"  ratio {desk_median / bare_median:.2f}")
    print("target: ratio at most 2.00")


def _spread(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def visit_panels(db: str, user: str) -> None:
    """In this process: open the window signed in and visit every panel until it has loaded,
    printing the time it took and the maximum resident size after it."""
    from quarantine_desk.services.desk import Desk
    from quarantine_desk.ui.common.background import wait_for_all
    from quarantine_desk.ui.shell.app import create_application
    from quarantine_desk.ui.shell.main_window import MainWindow
    from quarantine_desk.ui.shell.screenshot import settle

    create_application()
    desk = Desk.open(db)
    actor = desk.sign_in(user, os.environ[PASSWORD_ENV])
    window = MainWindow(desk.acting_as(actor), db, idle_minutes=0)
    window.resize(1366, 768)
    window.show()
    settle(50)
    print(f"window shown: max RSS {max_rss_mb():.0f} MB")
    for key in window.panel_keys():
        start = time.perf_counter()
        panel = window.show_panel(key)
        assert panel is not None, key
        settle(20)
        while panel.is_loading():
            settle(20)
        elapsed = time.perf_counter() - start
        print(f"{key:<13} {elapsed * 1000:7.0f} ms  max RSS {max_rss_mb():.0f} MB")
    window.close()
    wait_for_all()
    print(f"max RSS after every panel: {max_rss_mb():.0f} MB (target: at most 400 MB)")


def memory(db: str, user: str, env: dict[str, str]) -> str:
    """Every panel visited in a child process; what it printed (the last line: max RSS)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--db", db, "--user", user,
               "--visit-panels"]
    done = subprocess.run(command, env=env, cwd=REPO, check=True, capture_output=True,
                          text=True)
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="the site's database (SQLite file)")
    parser.add_argument("--user", required=True, help=f"an account; password in ${PASSWORD_ENV}")
    parser.add_argument("--runs", type=int, default=7, help="starts timed of each (default 7)")
    parser.add_argument("--skip-startup", action="store_true", help="measure memory only")
    parser.add_argument("--skip-memory", action="store_true", help="time start-up only")
    parser.add_argument("--visit-panels", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not os.environ.get(PASSWORD_ENV):
        raise SystemExit(f"set {PASSWORD_ENV} to the password of {args.user}")
    if not Path(args.db).exists():
        raise SystemExit(f"{args.db} does not exist: see this file's docstring to make one")
    if args.visit_panels:
        visit_panels(args.db, args.user)
        return
    with tempfile.TemporaryDirectory() as folder:
        env = child_env(Path(folder) / "window.ini")
        if not args.skip_startup:
            startup(args.db, args.user, args.runs, env)
        if not args.skip_memory:
            print(memory(args.db, args.user, env), end="")


if __name__ == "__main__":
    main()
