"""The window's automatic backups: on its first start of each day and when it closes.

Both run on a worker thread (``ui.common.background``), so neither the start nor the closing
waits for the copy: the window opens at once, and on closing it goes away at once while the
application waits for the copy before it ends. A failed backup at the start is said in one
line in the message bar (never a dialog: the desk's work goes on); at closing there is nobody
left to tell, so it is logged and the next start's backup tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from quarantine_desk.services import backups
from quarantine_desk.services.desk import Desk
from quarantine_desk.ui.common import background
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext

log = logging.getLogger(__name__)
_pools: list[ThreadPoolExecutor] = []  # held here so a closing backup's pool outlives the window
#: How long closing waits for its backup to start (not to finish).
_START_SECONDS = 2.0


class _Relay(QObject):
    """Carries a worker's failure to the GUI thread (a queued signal)."""

    failed = Signal(str)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AutoBackup", text)


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _start(name: str, job: Callable[[], object]) -> threading.Event | None:
    """Run ``job`` on a worker of its own; the event is set once it runs (a running job is
    waited for at the end, never dropped). None when the application is already ending."""
    pool = background.worker(name)
    _pools.append(pool)
    running = threading.Event()

    def run() -> None:
        running.set()
        job()

    try:
        pool.submit(run)
    except RuntimeError:  # the application is closing: its workers take no more jobs
        return None
    return running


def run_daily_backup(context: PanelContext, parent: QObject) -> None:
    """Take the day's first automatic backup in the background when none was taken today
    (SQLite only); a failure is reported on ``context``'s message bar in one calm line.
    ``parent``: the window, which the failure's message lives no longer than."""
    relay = _Relay(parent)
    relay.failed.connect(lambda text: context.report(text, MessageLevel.ERROR))
    engine = context.desk.engine

    def job() -> None:
        try:
            backups.automatic_backup(engine, daily=True)
        except Exception as error:  # noqa: BLE001 - a worker must report, never die silently
            if shiboken6.isValid(relay):
                relay.failed.emit(_tr(
                    "Today's automatic backup was not taken: {reason}. Settings › Backups "
                    "shows the folder and the backups there are.").format(reason=_reason(error)))

    _start("daily-backup", job)


def backup_on_close(desk: Desk) -> None:
    """Take an automatic backup of what was written since the last one, in the background,
    as the window closes (SQLite only)."""
    engine = desk.engine

    def job() -> None:
        try:
            backups.automatic_backup(engine, daily=False)
        except Exception:  # noqa: BLE001 - nobody left to tell; the next start tries again
            log.warning("the automatic backup on closing failed", exc_info=True)

    running = _start("closing-backup", job)
    if running is not None:  # started before the application ends, so it is waited for
        running.wait(_START_SECONDS)
