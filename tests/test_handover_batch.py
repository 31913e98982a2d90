"""A large batch of handover forms is drawn on several processes and joined in order."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_documents import need, page_count, pdf_text, run, sample_handover

from quarantine_desk.documents import handover_batch
from quarantine_desk.documents.handover_batch import split_for, write_handover_batch


@given(count=st.integers(1, 600), processes=st.integers(1, 4))
def test_parts_keep_every_form_once_in_order(count: int, processes: int) -> None:
    items = list(range(count))
    parts = split_for(items, processes)  # type: ignore[arg-type]
    assert [n for part in parts for n in part] == items
    assert len(parts) <= processes
    assert all(len(parts[0]) >= len(part) for part in parts)  # this process draws the most


def serials(path: Path) -> list[str]:
    return re.findall(r"XH-B\d{3}", pdf_text(path))


def forms(count: int):  # type: ignore[no-untyped-def]
    base = sample_handover(tests=3)
    return [dataclasses.replace(base, serial=f"XH-B{n:03d}") for n in range(count)]


def test_a_large_batch_drawn_on_helpers_has_every_page_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    need("pdftotext", "pdfinfo")
    monkeypatch.setattr(handover_batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(handover_batch, "HELPER_START_IN_FORMS", 0)
    monkeypatch.setattr(handover_batch.os, "cpu_count", lambda: 3)
    path = write_handover_batch(tmp_path / "all.pdf", forms(9))
    assert page_count(path) == 9
    found = serials(path)
    assert found == sorted(found) and len(set(found)) == 9  # each once, in the order given
    assert "PDFium" in run("pdfinfo", path)  # parts from helper processes were joined


def test_without_helpers_the_batch_is_still_made(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    need("pdftotext", "pdfinfo")

    class NoProcesses:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise OSError("no more processes allowed")

    monkeypatch.setattr(handover_batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(handover_batch.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(handover_batch, "ProcessPoolExecutor", NoProcesses)
    path = write_handover_batch(tmp_path / "all.pdf", forms(4))
    assert page_count(path) == 4
    assert len(set(serials(path))) == 4
