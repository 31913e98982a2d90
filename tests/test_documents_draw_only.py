"""The documents layer only draws what it is given: the services gather, so no document module
reaches the database or the services, even indirectly."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import quarantine_desk.documents

FORBIDDEN = ("quarantine_desk.store", "quarantine_desk.services", "sqlmodel", "sqlalchemy")

_PROBE = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def loaded_by(modules: list[str]) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(modules)],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_documents_reach_neither_the_database_nor_the_services() -> None:
    documents = [info.name for info in pkgutil.walk_packages(
        quarantine_desk.documents.__path__, "quarantine_desk.documents.")]
    assert "quarantine_desk.documents.handover" in documents
    reached = {m for m in loaded_by(documents) if m.startswith(FORBIDDEN)}
    assert not reached, f"documents import {sorted(reached)}"


def test_the_probe_sees_the_services() -> None:
    """The rule can fail: a module that gathers is seen."""
    assert "quarantine_desk.store.models" in loaded_by(["quarantine_desk.services.paperwork"])
