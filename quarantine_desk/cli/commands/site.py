"""``site set|show``: the site's details printed on every form, as Settings › Site keeps them."""

from __future__ import annotations

import argparse

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.text import translate
from quarantine_desk.services import site as site_service
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.records import SiteRecord

#: The details ``site set`` changes, by option name.
_FIELDS = ("name", "address", "phone", "code", "language")


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    site = sub.add_parser("site", help="the site's name, address, code and phone printed on "
                          "every form")
    actions = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)

    change = actions.add_parser("set", help="change the details given, keep the others "
                                "(manager; creates the site on a new database)")
    change.add_argument("--name", help="the site's name as the command centre writes it")
    change.add_argument("--address")
    change.add_argument("--phone", help="the number guests and communities call")
    change.add_argument("--code", help="the command centre's number for the site")
    change.add_argument("--language", choices=site_service.LANGUAGES,
                        help="zh: Chinese; en: Chinese with English labels on the forms")
    change.add_argument("--json", action="store_true")
    change.set_defaults(func=_set)

    show = actions.add_parser("show", help="the site's details")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)


def _as_dict(site: SiteRecord | None) -> dict[str, object]:
    """The details as saved; empty ones (and Chinese) before the site is set up."""
    return {
        "name": site.name if site else "",
        "address": site.address if site else "",
        "code": site.code if site else "",
        "phone": site.phone if site else "",
        "language": site.language if site else "zh",
        "opened_on": site.opened_on if site else None,
        "set_up": site is not None,
    }


def _set(args: argparse.Namespace, ctx: CliContext) -> int:
    given = {field: getattr(args, field) for field in _FIELDS if getattr(args, field) is not None}
    if not given:
        raise ValidationFailed(
            _tr("nothing to change: give --name, --address, --phone, --code or --language"))
    actor = ctx.actor
    with ctx.write() as session:
        site = _as_dict(site_service.update_site(session, actor, **given))
    return ctx.answer(args.json, site,
                      _tr("the site's details are saved: {name}").format(name=site["name"]))


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.read() as session:
        site = _as_dict(site_service.site_record(session))
    if args.json:
        ctx.print_json(site)
    elif not site["set_up"]:
        ctx.print(_tr("no site is set up yet: set it with site set --name NAME"))
    else:
        labels = ((_tr("name"), site["name"]), (_tr("address"), site["address"]),
                  (_tr("code"), site["code"]), (_tr("phone"), site["phone"]),
                  (_tr("language"), site["language"]))
        width = max(len(label) for label, _ in labels)
        for label, value in labels:
            ctx.print(f"{label:<{width}}  {value}".rstrip())
    return 0
