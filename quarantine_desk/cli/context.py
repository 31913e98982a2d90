"""What every subcommand gets: the database, the acting person, output helpers."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.store.engine import default_target, open_database, read_session, write_session


@dataclass
class CliContext:
    target: str
    username: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _engine: Engine | None = None
    _actor: Actor | None = None

    @classmethod
    def from_args(cls, db: str | None, user: str | None) -> CliContext:
        return cls(target=db or default_target(), username=user or _os_user())

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = open_database(self.target)
        return self._engine

    @property
    def actor(self) -> Actor:
        """An active staff account's role applies; anyone else is the console operator."""
        if self._actor is None:
            with read_session(self.engine) as session:
                staff = staff_service.find(session, self.username)
                if staff is not None and staff.active:
                    self._actor = staff_service.actor_for(staff)
                else:
                    self._actor = Actor.console(self.username)
        return self._actor

    @contextmanager
    def write(self) -> Iterator[Session]:
        with write_session(self.engine) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    def print_json(self, document: Any) -> None:
        json.dump(document, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "operator"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
