"""What every subcommand gets: the desk (the database), the acting person, output helpers."""

from __future__ import annotations

import getpass
import json
import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from sqlmodel import Session

from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk


@dataclass
class CliContext:
    target: str
    username: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _desk: Desk | None = None
    _actor: Actor | None = None

    @classmethod
    def from_args(cls, db: str | None, user: str | None) -> CliContext:
        return cls(target=Desk.target_for(db), username=user or _os_user())

    @property
    def desk(self) -> Desk:
        """The database, opened (and upgraded) when a command first needs it."""
        if self._desk is None:
            self._desk = Desk.open(self.target)
        return self._desk

    @property
    def actor(self) -> Actor:
        """An active staff account's role applies; anyone else is the console operator."""
        if self._actor is None:
            self._actor = self.desk.query(_acting_person, self.username)
        return self._actor

    def write(self) -> AbstractContextManager[Session]:
        return self.desk.write()

    def read(self) -> AbstractContextManager[Session]:
        return self.desk.read()

    def print_json(self, document: Any) -> None:
        json.dump(document, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def dispose(self) -> None:
        if self._desk is not None:
            self._desk.dispose()


def _acting_person(session: Session, username: str) -> Actor:
    staff = staff_service.find(session, username)
    if staff is not None and staff.active:
        return staff_service.actor_for(staff)
    return Actor.console(username)


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
