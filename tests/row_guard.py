"""A guard for the layer rule that no table row reaches a face.

Every table class's attribute reads are watched; a read made by code in ``ui/``, ``cli/`` or
``documents/`` is noted, and the autouse fixture in ``conftest.py`` fails the test that made
it, naming the row's class, the attribute and the line. The services hand out records
(``services/records.py``) instead.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlmodel import SQLModel

from quarantine_desk.store import models

FACES = ("quarantine_desk.ui", "quarantine_desk.cli", "quarantine_desk.documents")

#: (table class, attribute, module, line) of every read a face made since the last clear.
reads: set[tuple[str, str, str, int]] = set()


def _watch(table: type[SQLModel]) -> None:
    plain = table.__getattribute__

    def watched(self: Any, name: str) -> Any:
        if not name.startswith("_"):
            caller = sys._getframe(1)
            module = caller.f_globals.get("__name__", "")
            if module.startswith(FACES):
                reads.add((table.__name__, name, module, caller.f_lineno))
        return plain(self, name)

    table.__getattribute__ = watched  # type: ignore[method-assign]


def install() -> None:
    """Watch every table class of ``store.models``."""
    for value in vars(models).values():
        if (isinstance(value, type) and issubclass(value, SQLModel)
                and getattr(value, "__table__", None) is not None
                and value.__module__ == models.__name__):
            _watch(value)
