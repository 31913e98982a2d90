"""Who may do what (DESIGN.md §1 and the core issue): enforced by the services."""

from enum import StrEnum

from quarantine_desk.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    CHECK_IN = "check_in"
    MOVE = "move"
    ROOMS = "rooms"
    READINGS = "readings"
    TESTS = "tests"
    HEALTH = "health"
    ALERTS = "alerts"
    FOLLOW_UP = "follow_up"  # phone key persons and log the call
    DESTINATION = "destination"
    GUEST_EDIT = "guest_edit"
    REPORTS = "reports"
    RELEASE = "release"
    POLICY = "policy"
    STAFF = "staff"
    BACKUP = "backup"


_MEDICAL = {Permission.VIEW, Permission.READINGS, Permission.TESTS, Permission.HEALTH,
            Permission.ALERTS, Permission.FOLLOW_UP}
_LIAISON = {Permission.VIEW, Permission.CHECK_IN, Permission.MOVE, Permission.ROOMS,
            Permission.DESTINATION, Permission.GUEST_EDIT, Permission.REPORTS,
            Permission.FOLLOW_UP}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MEDICAL: frozenset(_MEDICAL),
    Role.LIAISON: frozenset(_LIAISON),
    Role.MANAGER: frozenset(Permission),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
