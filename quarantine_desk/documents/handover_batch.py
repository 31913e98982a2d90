"""Many handover forms into one PDF, using every core of the desk PC.

A release day at a large site prints hundreds of forms at once (DESIGN.md §10: 500 in ten
seconds). ReportLab lays a page out in pure Python, one core at a time, so a large batch is cut
into parts: this process draws the first part while fresh processes draw the others, and the
parts are joined page by page with PDFium. Each part embeds its own subset of the font; the
pages are the same as from one process. A small batch, a single-core machine or a helper that
cannot start is simply drawn here in one go.

The helpers are started with ``spawn``: they import only this layer (no Qt), so they are safe
to start from the window. The form's data was gathered in the documents' language before it
got here, and the form's own labels are its Chinese (and English) source wording, which the
translation files leave as it is, so the helpers need no translator.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pypdfium2

from quarantine_desk.documents.handover import draw_forms
from quarantine_desk.documents.output import write_private
from quarantine_desk.domain.paper_records import HandoverData

#: Below this many forms a helper process costs more than it saves.
PARALLEL_FROM = 80
#: Roughly how many forms this process draws while a helper starts (imports, font).
HELPER_START_IN_FORMS = 25
MAX_PROCESSES = 4


def render_forms(items: Sequence[HandoverData]) -> bytes:
    """The forms as one PDF, drawn in this process."""
    buffer = io.BytesIO()
    draw_forms(buffer, items)
    return buffer.getvalue()


def split_for(items: Sequence[HandoverData], processes: int) -> list[Sequence[HandoverData]]:
    """Consecutive parts, one a process; the first (drawn here, with no start-up to wait
    for) a little larger than the others."""
    count = len(items)
    if processes < 2:
        return [items]
    rest = max(1, math.ceil((count - HELPER_START_IN_FORMS) / processes))
    first = count - rest * (processes - 1)
    while first < rest:  # a small batch: do not hand a helper more than this process draws
        rest -= 1
        first = count - rest * (processes - 1)
    parts = [items[:first]]
    parts += [items[first + k * rest:first + (k + 1) * rest] for k in range(processes - 1)]
    return [part for part in parts if part]


def join_pdfs(parts: Sequence[bytes]) -> bytes:
    """The parts' pages in order in one PDF; the first part's title and author are kept."""
    if len(parts) == 1:
        return parts[0]
    joined = pypdfium2.PdfDocument(parts[0])
    try:
        for part in parts[1:]:
            other = pypdfium2.PdfDocument(part)
            try:
                joined.import_pages(other)
            finally:
                other.close()
        out = io.BytesIO()
        joined.save(out)
        return out.getvalue()
    finally:
        joined.close()


def _processes(count: int) -> int:
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES))


def render_batch(items: Sequence[HandoverData]) -> bytes:
    """All the forms as one PDF, one page each in the order given."""
    if not items:
        raise ValueError("no handover forms to write")
    parts = split_for(items, _processes(len(items)))
    if len(parts) == 1:
        return render_forms(items)
    try:
        with ProcessPoolExecutor(max_workers=len(parts) - 1,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(render_forms, part) for part in parts[1:]]
            drawn = [render_forms(parts[0]), *(future.result() for future in futures)]
    except (BrokenProcessPool, OSError):
        return render_forms(items)  # no helper: slower, but the forms are still made
    return join_pdfs(drawn)


def write_handover_batch(path: str | Path, items: Sequence[HandoverData], *,
                         replace: bool = True) -> Path:
    """Write several forms into one combined PDF, one page each, in the order given
    (owner-only; an existing file is replaced only when ``replace``)."""
    return write_private(path, lambda handle: handle.write(render_batch(items)),
                         replace=replace)
