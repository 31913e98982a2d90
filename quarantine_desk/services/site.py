"""The site itself (DESIGN.md §4): its name, address and phone, set at first run."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.records import SiteRecord, copy_row
from quarantine_desk.store.models import Site

MAX_NAME_LENGTH = 100
#: The languages a site can speak: the window's and the forms' (Chinese, or with English too).
LANGUAGES = ("zh", "en")


def _tr(text: str) -> str:
    return translate("site", text)


def get_site(session: Session) -> Site | None:
    """The site this database describes, or ``None`` before first-run setup."""
    return session.exec(select(Site).order_by(Site.id).limit(1)).first()


def site_record(session: Session) -> SiteRecord | None:
    """The site's details for the faces, or None before first-run setup."""
    site = get_site(session)
    return copy_row(SiteRecord, site) if site is not None else None


def setup_site(
    session: Session,
    actor: Actor,
    name: str,
    address: str = "",
    phone: str = "",
    now: datetime | None = None,
    *,
    code: str | None = None,
    language: str | None = None,
) -> Site:
    """Create the site, or change its details.

    Anyone may create it while none exists (first-run setup); changing an existing site is the
    point manager's job, as the name and phone are printed on every handover form.
    ``code`` (the command centre's number for the site) and ``language`` (``zh`` or ``en``:
    the window's language and English labels on the forms) are kept as they are when ``None``.
    """
    site = get_site(session)
    if site is not None:
        require(actor, Permission.POLICY)
    name = " ".join(name.split())
    if not name:
        raise ValidationFailed(
            _tr("the site needs a name: type it as the command centre writes it")
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationFailed(
            _tr("the site name has more than {n} characters: shorten it").format(
                n=MAX_NAME_LENGTH
            )
        )
    if language is not None and language not in LANGUAGES:
        raise ValidationFailed(
            _tr("the site's language '{language}' is not one of {choices}").format(
                language=language, choices=", ".join(LANGUAGES))
        )
    before = audit.snapshot(site)
    if site is None:
        site = Site(name=name)
    site.name = name
    site.address = address.strip()
    site.phone = phone.strip()
    if code is not None:
        site.code = code.strip()
    if language is not None:
        site.language = language
    audit.saved(session, actor, "site.setup" if before is None else "site.update",
                "site", site, before=before, at=now)
    events.changed(session, events.Topic.SITE)
    return site


def update_site(
    session: Session,
    actor: Actor,
    *,
    name: str | None = None,
    address: str | None = None,
    phone: str | None = None,
    code: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> SiteRecord:
    """Change only the details given (``None`` keeps the saved value), creating the site when
    none exists yet; through :func:`setup_site`, so checked and audited the same way.

    Unlike the window's first-run setup, this always needs the point manager's right, even
    when it creates the site: the command line's ``site set``.
    """
    require(actor, Permission.POLICY)
    site = get_site(session)
    if site is None and name is None:
        raise ValidationFailed(_tr("there is no site yet: give its name too"))
    return copy_row(SiteRecord, setup_site(
        session, actor,
        _kept(name, site.name if site else ""),
        _kept(address, site.address if site else ""),
        _kept(phone, site.phone if site else ""),
        now, code=code, language=language,
    ))


def _kept(given: str | None, saved: str) -> str:
    return saved if given is None else given
