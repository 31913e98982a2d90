"""DESIGN.md §9: nothing below ``ui`` may import Qt or pyqtgraph."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import quarantine_desk

LOWER_LAYERS = ("domain", "store", "services", "documents")
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6")

_PROBE = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


def lower_layer_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quarantine_desk.__path__, "quarantine_desk."):
        parts = info.name.split(".")
        if len(parts) > 1 and parts[1] in LOWER_LAYERS and "migrations" not in parts:
            names.append(info.name)
    return names


def loaded_top_level_modules(modules: list[str]) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(modules)],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_every_layer_is_probed() -> None:
    modules = lower_layer_modules()
    for layer in ("domain", "store", "services"):
        assert any(m.startswith(f"quarantine_desk.{layer}.") for m in modules)


def test_lower_layers_do_not_import_qt() -> None:
    loaded = loaded_top_level_modules(lower_layer_modules())
    assert not loaded & set(FORBIDDEN), f"Qt imported below ui: {loaded & set(FORBIDDEN)}"


def test_the_probe_detects_qt() -> None:
    """The rule can fail: importing a Qt module is seen."""
    loaded = loaded_top_level_modules(["PySide6.QtCore"])
    assert "PySide6" in loaded
