"""Staff accounts: creation, sign-in with lock-out, deactivation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import AuthenticationFailed, NotFound, ValidationFailed
from quarantine_desk.services.passwords import hash_password, verify_password
from quarantine_desk.store.models import Staff

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 6


def _tr(text: str) -> str:
    return translate("staff", text)


def has_any_staff(session: Session) -> bool:
    return bool(session.exec(select(func.count()).select_from(Staff)).one())


def find(session: Session, username: str) -> Staff | None:
    """The account ``username`` names, whatever the case it is typed in: CaoLiJuan and
    caolijuan are one account (DESIGN.md §5; the database holds a unique index on the lower
    case name, so there is never more than one)."""
    return session.exec(
        select(Staff).where(func.lower(Staff.username) == username.strip().lower())
    ).first()


def _is_own(actor: Actor, staff: Staff) -> bool:
    """Whether ``staff`` is the acting person's own account (names compared as :func:`find`
    does; a console operator's ``console:NAME`` never matches an account)."""
    return actor.username.lower() == staff.username.lower()


@dataclass(frozen=True)
class StaffRecord:
    """A staff account as the faces show it: never its password hash or lock-out count."""

    username: str
    display_name: str
    role: Role
    phone: str
    active: bool
    on_duty: bool


def record_of(staff: Staff) -> StaffRecord:
    """The account without its secrets, for the faces."""
    return StaffRecord(username=staff.username, display_name=staff.display_name,
                       role=Role(staff.role), phone=staff.phone, active=staff.active,
                       on_duty=staff.on_duty)


def list_staff(session: Session) -> list[StaffRecord]:
    return [record_of(s)
            for s in session.exec(select(Staff).order_by(Staff.role, Staff.username))]


def staff_record(session: Session, username: str) -> StaffRecord | None:
    """One account by its username (in any case), or None."""
    staff = find(session, username)
    return record_of(staff) if staff is not None else None


def actor_for(staff: Staff) -> Actor:
    return Actor(
        username=staff.username,
        role=Role(staff.role),
        display_name=staff.display_name or staff.username,
        staff_id=staff.id,
    )


def add_staff(
    session: Session,
    actor: Actor | None,
    username: str,
    role: Role,
    password: str,
    *,
    display_name: str = "",
    phone: str = "",
    now: datetime | None = None,
) -> Staff:
    """Create an account. With no staff yet, the first manager may be created by anyone
    (first-run setup); afterwards only a manager may add accounts."""
    first_run = not has_any_staff(session)
    if first_run and role is not Role.MANAGER:
        raise ValidationFailed(_tr("the first account must be a manager"))
    acting = actor or Actor.system()
    if not first_run:
        require(acting, Permission.STAFF)
    username = username.strip()
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", username):
        raise ValidationFailed(
            _tr("username '{name}' must be 2–32 letters, digits, '.', '_' or '-'").format(
                name=username
            )
        )
    if find(session, username) is not None:
        raise ValidationFailed(_tr("username '{name}' is already taken").format(name=username))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            _tr("password must have at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        )
    staff = Staff(
        username=username,
        display_name=display_name.strip() or username,
        role=role.value,
        phone=phone,
        password_hash=hash_password(password),
    )
    audit.saved(session, acting, "staff.add", "staff", staff, at=now)
    events.changed(session, events.Topic.STAFF)
    return staff


def authenticate(session: Session, username: str, password: str,
                 now: datetime | None = None, *, audited: bool = True) -> Actor:
    """Check a password; five wrong ones lock the account for five minutes.

    Run it in a write session: failed attempts are counted even though sign-in is refused,
    so the caller must commit after catching :class:`AuthenticationFailed`. ``audited=False``
    leaves a successful sign-in out of the audit trail: the command line signs in for every
    command, whose own audit event names the person, and a refused command writes nothing.
    """
    now = now or datetime.now()
    staff = find(session, username.strip())
    refused = _tr("wrong username or password")
    if staff is None or not staff.active:
        raise AuthenticationFailed(refused)
    if staff.locked_until is not None and staff.locked_until > now:
        minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
        raise AuthenticationFailed(
            _tr("account locked after {n} wrong passwords: try again in {m} minute(s)").format(
                n=MAX_FAILED_ATTEMPTS, m=minutes
            )
        )
    if not verify_password(password, staff.password_hash):
        staff.failed_attempts += 1
        actor = actor_for(staff)
        if staff.failed_attempts >= MAX_FAILED_ATTEMPTS:
            staff.locked_until = now + LOCKOUT
            staff.failed_attempts = 0
            audit.record(session, actor, "staff.locked", "staff", staff.id, at=now)
            session.add(staff)
            raise AuthenticationFailed(
                _tr("account locked after {n} wrong passwords: try again in {m} minute(s)")
                .format(n=MAX_FAILED_ATTEMPTS, m=int(LOCKOUT.total_seconds() // 60))
            )
        session.add(staff)
        raise AuthenticationFailed(refused)
    if staff.failed_attempts or staff.locked_until:
        staff.failed_attempts = 0
        staff.locked_until = None
        session.add(staff)
    actor = actor_for(staff)
    if audited:
        audit.record(session, actor, "staff.sign_in", "staff", staff.id, at=now)
    return actor


def check_may_add_staff(session: Session, actor: Actor) -> None:
    """Refuse before a new account's password is asked for, as :func:`add_staff` would."""
    if has_any_staff(session):
        require(actor, Permission.STAFF)


def check_may_set_password(session: Session, actor: Actor, username: str) -> None:
    """Refuse before a new password is asked for, as :func:`set_password` would."""
    _password_target(session, actor, username)


def _password_target(session: Session, actor: Actor, username: str) -> Staff:
    """The account whose password ``actor`` may set: the manager anyone's, a person their own."""
    staff = find(session, username)
    if staff is None or not _is_own(actor, staff):
        require(actor, Permission.STAFF)
    if staff is None:
        raise NotFound(_tr("no staff account '{name}'").format(name=username))
    return staff


def set_password(session: Session, actor: Actor, username: str, password: str) -> Staff:
    """A new password for ``username``: the manager sets anyone's, a person their own."""
    staff = _password_target(session, actor, username)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            _tr("password must have at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        )
    staff.password_hash = hash_password(password)
    staff.failed_attempts = 0
    staff.locked_until = None
    session.add(staff)
    audit.record(session, actor, "staff.set_password", "staff", staff.id)
    return staff


def set_active(session: Session, actor: Actor, username: str, active: bool) -> Staff:
    require(actor, Permission.STAFF)
    staff = find(session, username)
    if staff is None:
        raise NotFound(_tr("no staff account '{name}'").format(name=username))
    if not active and _is_own(actor, staff):
        raise ValidationFailed(
            _tr("you cannot deactivate your own account: ask another manager"))
    if staff.active == active:
        return staff  # already so: nothing to change or record
    before = audit.snapshot(staff)
    staff.active = active
    if not active:
        staff.on_duty = False  # nobody to call: off the overview's duty list
    session.add(staff)
    audit.record(session, actor, "staff.activate" if active else "staff.deactivate", "staff",
                 staff.id, before=before, after=audit.snapshot(staff))
    events.changed(session, events.Topic.STAFF)
    return staff


def set_on_duty(session: Session, actor: Actor, username: str, on_duty: bool) -> Staff:
    """Mark a doctor or nurse on or off duty: the overview lists who is on duty with their
    phone. The manager marks anyone; a person may mark their own account at shift change."""
    staff = find(session, username)
    if staff is None or not _is_own(actor, staff):
        require(actor, Permission.STAFF)
    if staff is None:
        raise NotFound(_tr("no staff account '{name}'").format(name=username))
    if on_duty and staff.role != Role.MEDICAL.value:
        raise ValidationFailed(
            _tr("{name} is not a doctor or nurse: only medical staff are listed on duty")
            .format(name=username))
    if on_duty and not staff.active:
        raise ValidationFailed(
            _tr("{name} is deactivated: reactivate the account before marking it on duty")
            .format(name=username))
    before = audit.snapshot(staff)
    staff.on_duty = on_duty
    session.add(staff)
    audit.record(session, actor, "staff.on_duty" if on_duty else "staff.off_duty", "staff",
                 staff.id, before=before, after=audit.snapshot(staff))
    events.changed(session, events.Topic.STAFF)
    return staff
