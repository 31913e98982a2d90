"""Errors a user sees: each message says what is wrong and how to fix it."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Base of every refusal; ``str(error)`` is the one-line message for the user."""


class PermissionDenied(ServiceError):
    pass


class ValidationFailed(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass


class ChangedElsewhere(ServiceError):
    """Someone else saved the same record meanwhile; both versions travel with the error."""

    def __init__(self, message: str, mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


class DamageFound(ServiceError):
    """A database, or a copy of it, fails SQLite's integrity check; the message names the
    newest sound backup to restore."""
