"""Worker threads for the panels' slow reads, waited for before Qt and the database go away.

A panel's worker may still be running (a count, the overview's figures and their translated
report text) when the window closes or a screenshot is saved. If the process then tears down
the Qt application or disposes of the database engine underneath it, the worker crashes in
Qt's translator or SQLite. Every worker is made here so that :func:`wait_for_all` can stop new
work and wait for the running job before either goes away.
"""

from __future__ import annotations

import weakref
from concurrent.futures import ThreadPoolExecutor

_workers: weakref.WeakSet[ThreadPoolExecutor] = weakref.WeakSet()


def worker(name: str) -> ThreadPoolExecutor:
    """A single plain Python thread (not a QRunnable: see the overview panel) for one job at
    a time, registered so it is waited for at the end."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    _workers.add(pool)
    return pool


def wait_for_all() -> None:
    """Drop queued jobs and wait for the running ones; later submissions are refused."""
    for pool in list(_workers):
        pool.shutdown(wait=True, cancel_futures=True)
