"""What every subcommand gets: the desk (the database), the acting person, output helpers.

Who acts (DESIGN.md §5): a command that writes asks for :attr:`CliContext.actor`; commands that
only read never do, so they need no account. While the database has no staff account (a new
site being set up) the actor is the console operator, with the manager's rights, recorded as
``console:NAME`` for the operating-system user. Once it has one, the actor is the account
``--user`` names, signed in with its password through :meth:`Desk.sign_in`, the same door the
window uses (wrong passwords count towards its lock-out).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

from sqlmodel import Session

from quarantine_desk.domain.text import translate
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import AuthenticationFailed

#: The acting account's password, for commands run by scripts; else it is asked at a terminal.
PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"


def _tr(text: str) -> str:
    return translate("cli", text)


@dataclass
class CliContext:
    target: str
    #: ``--user`` as given, else the operating-system user (the account ``gui`` signs in as).
    username: str
    #: ``--user`` as given (None when left out): the account a writing command acts as.
    user: str | None = None
    #: The operating-system user: the console operator's NAME while there is no account.
    operator: str = field(default_factory=lambda: _os_user())
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _desk: Desk | None = None
    _actor: Actor | None = None

    @classmethod
    def from_args(cls, db: str | None, user: str | None) -> CliContext:
        operator = _os_user()
        return cls(target=Desk.target_for(db), username=user or operator, user=user,
                   operator=operator)

    @property
    def desk(self) -> Desk:
        """The database, opened (and upgraded) when a command first needs it."""
        if self._desk is None:
            self._desk = Desk.open(self.target)
        return self._desk

    @property
    def actor(self) -> Actor:
        """The person a writing command acts as (see the module docstring); asking for it is
        what makes a command need an account. Refusals raise :class:`AuthenticationFailed`
        before the command has written anything."""
        if self._actor is None:
            self._actor = self._sign_in()
        return self._actor

    def _sign_in(self) -> Actor:
        if not self.desk.query(staff_service.has_any_staff):
            return Actor.console(self.operator)
        if self.user is None:
            raise AuthenticationFailed(_tr(
                "this database has staff accounts: give yours with --user NAME and its "
                "password in {env} or at a terminal").format(env=PASSWORD_ENV))
        name = self.user.strip()
        if not name:
            raise AuthenticationFailed(_tr("--user is empty: give the name of your staff "
                                           "account"))
        password = os.environ.get(PASSWORD_ENV) or ask_secret(
            _tr("Password of {user}: ").format(user=name))
        if not password:
            raise AuthenticationFailed(_tr(
                "give the password of {user} in {env} or run at a terminal").format(
                    user=name, env=PASSWORD_ENV))
        return self.desk.sign_in(name, password, audited=False)

    def write(self) -> AbstractContextManager[Session]:
        return self.desk.write()

    def read(self) -> AbstractContextManager[Session]:
        return self.desk.read()

    def print_json(self, document: Any) -> None:
        json.dump(document, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def answer(self, as_json: bool, document: Any, text: str) -> int:
        """Print what a command did: ``document`` under ``--json``, else the sentence ``text``;
        the exit status (0) for the command to return."""
        if as_json:
            self.print_json(document)
        else:
            self.print(text)
        return 0

    def dispose(self) -> None:
        if self._desk is not None:
            self._desk.dispose()


def ask_secret(prompt: str) -> str:
    """A password typed at the terminal (not echoed); "" when there is no terminal to ask
    at (a script, a pipe) or nothing was typed."""
    if sys.stdin is None or not sys.stdin.isatty():
        return ""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


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
