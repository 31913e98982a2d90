"""First-run setup (DESIGN.md §4): the site and its point manager's account, written together;
then the rooms, the step the window offers next."""

from __future__ import annotations

from sqlmodel import Session, select

from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.text import translate
from quarantine_desk.services import site as site_service
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.models import Room


def _tr(text: str) -> str:
    return translate("first_run", text)


def set_up_site(
    session: Session,
    *,
    site_name: str,
    address: str,
    phone: str,
    username: str,
    display_name: str,
    password: str,
) -> Actor:
    """Create the first manager and the site in the caller's one transaction; the manager,
    who is recorded as having set the site up.

    Anyone may do this on an empty database; a refusal of either part (a bad username, a site
    without a name) leaves nothing behind once the transaction rolls back.
    """
    if not username.strip():
        raise ValidationFailed(_tr("enter a username for the point manager, e.g. zhang.wei"))
    staff = staff_service.add_staff(session, None, username, Role.MANAGER, password,
                                    display_name=display_name)
    manager = staff_service.actor_for(staff)
    site_service.setup_site(session, manager, site_name, address, phone)
    return manager


def needs_rooms(session: Session) -> bool:
    """True while the site has no rooms yet: adding them is the next step of a new site."""
    return session.exec(select(Room.id).limit(1)).first() is None
