"""The desk: one database and the person acting on it, the core both faces hold.

The window and the command line reach the database only through a :class:`Desk`: it is the one
place outside ``store/`` that opens the database and makes sessions, so a transaction means the
same thing whichever face started it, and neither face touches tables or engines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quarantine_desk.services import site as site_service
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import AuthenticationFailed
from quarantine_desk.store.engine import (
    default_target,
    open_database,
    read_session,
    refresh_statistics,
    write_session,
)

P = ParamSpec("P")
T = TypeVar("T")


class NobodyActing(RuntimeError):
    """A write was asked of a desk nobody has signed in to (a programming error)."""


class Desk:
    """The database engine and, once someone signed in, the acting person."""

    def __init__(self, engine: Engine, actor: Actor | None = None) -> None:
        self._engine = engine
        self._actor = actor

    @classmethod
    def open(cls, target: str | None = None) -> Desk:
        """Open (creating or upgrading as needed) the database at ``target``
        (see :meth:`target_for`), with nobody acting yet."""
        return cls(open_database(cls.target_for(target)))

    @staticmethod
    def target_for(given: str | None) -> str:
        """The database a ``--db`` option names: ``given``, else ``$QUARANTINE_DESK_DB``,
        else a file in the user data folder."""
        return given or default_target()

    @property
    def engine(self) -> Engine:
        """For the maintenance services that work on the whole database (backup, check,
        demo); everything else goes through :meth:`read`, :meth:`write` and friends."""
        return self._engine

    @property
    def actor(self) -> Actor:
        """The person writes are attributed to."""
        if self._actor is None:
            raise NobodyActing("nobody has signed in to this desk")
        return self._actor

    def acting_as(self, actor: Actor) -> Desk:
        """The same database, with ``actor`` acting."""
        return Desk(self._engine, actor)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it changes is committed."""
        with read_session(self._engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with write_session(self._engine) as session:
            yield session

    def query(self, fn: Callable[Concatenate[Session, P], T],
              *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(session, *args, **kwargs)`` in a read session."""
        with self.read() as session:
            return fn(session, *args, **kwargs)

    def perform(self, use_case: Callable[Concatenate[Session, Actor, P], T],
                *args: P.args, **kwargs: P.kwargs) -> T:
        """``use_case(session, actor, *args, **kwargs)`` in one write transaction."""
        actor = self.actor
        with self.write() as session:
            return use_case(session, actor, *args, **kwargs)

    def sign_in(self, username: str, password: str, now: datetime | None = None, *,
                audited: bool = True) -> Actor:
        """Check a password; the person it belongs to, or :class:`AuthenticationFailed`.

        The one way into an account for both faces: the window's sign-in and lock screens, and
        every command line command that writes. Wrong passwords count towards the lock-out
        (:func:`staff.authenticate`), so a refusal is caught inside the transaction, the count
        committed, and only then raised again. ``audited=False`` (the command line) records no
        sign-in event: the command's own audit event names the person.
        """
        refusal: AuthenticationFailed | None = None
        with self.write() as session:
            try:
                return staff_service.authenticate(session, username, password, now=now,
                                                  audited=audited)
            except AuthenticationFailed as error:
                refusal = error
        raise refusal

    def site_name(self) -> str:
        """The site's name for headings and titles, or "" before first-run setup."""
        with self.read() as session:
            site = site_service.get_site(session)
            return site.name if site is not None else ""

    def refresh_statistics(self) -> None:
        """After a bulk load: the query planner learns the tables' sizes again."""
        refresh_statistics(self._engine)

    def dispose(self) -> None:
        """Close the database connections (the engine opens them again if used later)."""
        self._engine.dispose()
