"""Time a search keystroke in the Guests panel end to end at the scale of DESIGN.md §10.

Uses the database of ``bench_board_search.py`` (100,000 stays; built on first use, or reused
with ``--db``). For each keystroke of that benchmark it times what the panel does when the
typing pauses: the service's first page, the table model's reset and the view laying out the
new rows (``run_search`` plus one pass of the event loop). It also times reading the next
page as the table scrolls, the background count arriving, and opening a guest's record.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_guest_panel.py [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_board_search import KEYSTROKES, build  # noqa: E402

from quarantine_desk.services.context import Actor  # noqa: E402
from quarantine_desk.store.engine import open_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="reuse (or build into) this file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from quarantine_desk.services import guest_search
    from quarantine_desk.ui.common.panel import PanelContext
    from quarantine_desk.ui.guests.panel import GuestsPanel
    from quarantine_desk.ui.guests.table_model import PAGE_SIZE
    from quarantine_desk.ui.shell.app import create_application

    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    engine = open_database(str(path))
    create_application()
    panel = GuestsPanel(PanelContext(engine, Actor.console("bench"), lambda *_: None))
    panel.resize(1100, 700)
    panel.show()
    panel.activate()
    QApplication.processEvents()

    worst = 0.0
    for text in KEYSTROKES:
        alone = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            with panel.context.read() as session:
                guest_search.search(session, text, limit=PAGE_SIZE)
            alone.append((time.perf_counter() - start) * 1000)
        times = []
        for _ in range(args.repeat):
            panel.search_box.blockSignals(True)  # time the search itself, not the debounce
            panel.search_box.setText(text)
            panel.search_box.blockSignals(False)
            start = time.perf_counter()
            panel.run_search()
            QApplication.processEvents()  # the view lays out and paints the new rows
            times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        while panel.is_loading():
            QApplication.processEvents()
            time.sleep(0.002)
        counted = (time.perf_counter() - start) * 1000
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"keystroke {text!r:12} median {median:6.1f} ms (service alone "
              f"{statistics.median(alone):6.1f} ms); count shown {counted:6.1f} ms later "
              f"-> {panel.count_label.text()}")
    print(f"slowest keystroke (service + model reset + layout, median): {worst:.1f} ms")

    panel.search_box.setText("")
    panel.run_search()
    pages = []
    for _ in range(5):
        start = time.perf_counter()
        panel.model.fetchMore(QModelIndex())
        pages.append((time.perf_counter() - start) * 1000)
    print(f"next page on scroll: median {statistics.median(pages):.1f} ms "
          f"({panel.model.rowCount()} rows loaded)")
    opens = []
    for row in range(0, 50, 5):
        start = time.perf_counter()
        panel.open_row(row)
        QApplication.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
    print(f"open a record: first {opens[0]:.1f} ms, median {statistics.median(opens):.1f} ms")
    while panel.is_loading():
        QApplication.processEvents()
        time.sleep(0.002)
    panel.close()
    engine.dispose()


if __name__ == "__main__":
    main()
