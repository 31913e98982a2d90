"""DESIGN.md §9: nothing below ``ui`` may import Qt or pyqtgraph; the faces (window, command
line, papers) reach the database only through the services; modules stay small."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from importlib.util import resolve_name
from pathlib import Path

import pytest
import row_guard

import quarantine_desk
from quarantine_desk.store.models import Guest

LOWER_LAYERS = ("domain", "store", "services", "documents")
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6")
PACKAGE_DIR = Path(quarantine_desk.__file__).parent
#: Packages that must not import ``quarantine_desk.store`` (tables, engine, sessions).
FACES = ("ui", "cli", "documents")
STORE = "quarantine_desk.store"
MAX_MODULE_LINES = 700
MAX_UI_ROOT_MODULES = 12

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


# -- the faces reach the database through the services only ---------------------------------------


def module_name(path: Path) -> str:
    """``quarantine_desk/ui/shell/app.py`` -> ``quarantine_desk.ui.shell.app``."""
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module (or name from a module) ``source`` imports, wherever the import statement
    stands, functions included; relative imports resolved as if the source were ``module``."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = resolve_name("." * node.level + (node.module or ""), package) \
                if node.level else node.module or ""
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def store_imports(source: str, module: str, is_package: bool = False) -> list[str]:
    """What of ``quarantine_desk.store`` the source imports (``from quarantine_desk import
    store`` counts as ``quarantine_desk.store``)."""
    return sorted(name for name in imported_names(source, module, is_package)
                  if name == STORE or name.startswith(STORE + "."))


def face_files() -> list[Path]:
    return sorted(path for face in FACES for path in (PACKAGE_DIR / face).rglob("*.py"))


def test_every_face_is_checked() -> None:
    files = face_files()
    for face in FACES:
        assert any(path.is_relative_to(PACKAGE_DIR / face) for path in files), face


def test_the_faces_do_not_import_the_store() -> None:
    found = {}
    for path in face_files():
        hits = store_imports(path.read_text(encoding="utf-8"), module_name(path),
                             path.name == "__init__.py")
        if hits:
            found[module_name(path)] = hits
    assert not found, f"faces importing {STORE} (go through the services): {found}"


@pytest.mark.parametrize("source", [
    "from quarantine_desk.store.models import Room",
    "import quarantine_desk.store.engine",
    "import quarantine_desk.store as db",
    "from quarantine_desk import store",
    "from quarantine_desk import services, store",
    "from quarantine_desk.store import engine",
    "def show():\n    from quarantine_desk.store.engine import read_session\n",
    "class Panel:\n    def refresh(self):\n        import quarantine_desk.store.models\n",
    "from ...store.models import Room",  # relative, from quarantine_desk.ui.shell
    "from ... import store",
])
def test_the_store_check_catches_every_way_of_importing_it(source: str) -> None:
    assert store_imports(source, "quarantine_desk.ui.shell.probe")


@pytest.mark.parametrize("source", [
    "from quarantine_desk.services import staff",
    "from quarantine_desk import services",
    "from quarantine_desk.services.desk import Desk",
    "from .. import common",
    "import sqlmodel",
])
def test_the_store_check_lets_the_services_through(source: str) -> None:
    assert not store_imports(source, "quarantine_desk.ui.shell.probe")


def test_the_store_check_reads_a_module_on_disk(tmp_path: Path) -> None:
    """The check as the face test runs it: a file read from disk, its import in a function."""
    probe = tmp_path / "probe.py"
    probe.write_text("def rooms():\n    from quarantine_desk.store.models import Room\n"
                     "    return Room\n", encoding="utf-8")
    assert store_imports(probe.read_text(encoding="utf-8"), "quarantine_desk.cli.probe") \
        == ["quarantine_desk.store.models", "quarantine_desk.store.models.Room"]


# -- small modules -------------------------------------------------------------------------------


def test_no_module_is_over_the_line_limit() -> None:
    lengths = {str(path.relative_to(PACKAGE_DIR.parent)): len(path.read_text(
        encoding="utf-8").splitlines()) for path in PACKAGE_DIR.rglob("*.py")}
    over = {path: n for path, n in lengths.items() if n > MAX_MODULE_LINES}
    assert not over, f"modules over {MAX_MODULE_LINES} lines (split them): {over}"


def test_the_ui_root_holds_few_modules() -> None:
    """The ui is arranged by panel: its root keeps only a handful of modules."""
    root = sorted(path.name for path in (PACKAGE_DIR / "ui").glob("*.py"))
    assert len(root) <= MAX_UI_ROOT_MODULES, f"{len(root)} modules at ui/'s root: {root}"


def test_the_row_guard_catches_a_face_reading_a_table_row() -> None:
    """The autouse guard of conftest.py: a read from ui/ is noted, one from services/ is not."""
    guest = Guest(full_name="王建国", id_number="320602195604120517")
    for module, expected in (("quarantine_desk.services.probe", set()),
                             ("quarantine_desk.ui.probe",
                              {("Guest", "full_name", "quarantine_desk.ui.probe", 1)})):
        row_guard.reads.clear()
        exec("guest.full_name", {"__name__": module, "guest": guest})  # noqa: S102
        assert row_guard.reads == expected
    row_guard.reads.clear()
