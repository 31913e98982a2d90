"""Who is acting, and the permission check every write starts with."""

from __future__ import annotations

from dataclasses import dataclass

from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.permissions import Permission, allowed
from quarantine_desk.domain.text import translate
from quarantine_desk.services.errors import PermissionDenied

#: Role names as people say them (the English source equals the code, so messages stay as before).
_ROLE_NAMES = {Role.LIAISON: "liaison", Role.MEDICAL: "medical", Role.MANAGER: "manager"}

_ACTION_NAMES = {
    Permission.CHECK_IN: "check guests in",
    Permission.MOVE: "move guests between rooms",
    Permission.ROOMS: "change rooms",
    Permission.READINGS: "enter temperature readings",
    Permission.TESTS: "enter samples and test results",
    Permission.HEALTH: "edit health records",
    Permission.ALERTS: "handle alerts",
    Permission.FOLLOW_UP: "log follow-up calls to key persons",
    Permission.DESTINATION: "record destination checks",
    Permission.GUEST_EDIT: "edit guest details",
    Permission.REPORTS: "see reports",
    Permission.RELEASE: "release guests",
    Permission.POLICY: "change the quarantine policy",
    Permission.STAFF: "manage staff accounts",
    Permission.BACKUP: "back up or restore the database",
    Permission.VIEW: "view the site",
}


@dataclass(frozen=True)
class Actor:
    """The person a write is attributed to in the audit trail."""

    username: str
    role: Role
    display_name: str = ""
    staff_id: int | None = None

    @classmethod
    def console(cls, name: str) -> Actor:
        """The console operator: manager's rights, recorded as ``console:NAME`` (§5)."""
        return cls(username=f"console:{name}", role=Role.MANAGER, display_name=name)

    @classmethod
    def system(cls) -> Actor:
        return cls(username="system", role=Role.MANAGER, display_name="system")

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor``'s role allows ``permission``."""
    if not actor.can(permission):
        raise PermissionDenied(
            translate("permissions", "{user} ({role}) may not {action}").format(
                user=actor.username,
                role=translate("permissions", _ROLE_NAMES[actor.role]),
                action=translate("permissions", _ACTION_NAMES[permission]),
            )
        )
