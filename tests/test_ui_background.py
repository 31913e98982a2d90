"""Workers are waited for before the window's Qt application and database go away."""

from __future__ import annotations

import threading
import time

from quarantine_desk.ui.common import background


def test_wait_for_all_waits_for_the_running_job_and_drops_queued_ones() -> None:
    pool = background.worker("test-wait")
    started = threading.Event()
    finished: list[str] = []

    def slow(name: str) -> None:
        started.set()
        time.sleep(0.3)
        finished.append(name)

    pool.submit(slow, "running")
    queued = pool.submit(slow, "queued")
    assert started.wait(2)
    background.wait_for_all()
    assert finished == ["running"]  # the job under way ended before wait_for_all returned
    assert queued.cancelled()


def test_a_worker_refuses_new_jobs_once_the_application_is_closing() -> None:
    pool = background.worker("test-closed")
    background.wait_for_all()
    try:
        pool.submit(print, "never")
    except RuntimeError:
        return
    raise AssertionError("a closed worker took a new job")
