"""``staff add|list|duty``: accounts (password from the environment or prompted) and who of
the medical staff is on duty (listed with their phone on the overview)."""

from __future__ import annotations

import argparse
import getpass
import os

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.text import translate
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.errors import ValidationFailed

PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="staff accounts")
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a staff account")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", default="", help="display name")
    add.add_argument("--phone", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)
    listing = actions.add_parser("list", help="list staff accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)
    duty = actions.add_parser("duty", help="mark a doctor or nurse on or off duty")
    duty.add_argument("username")
    duty.add_argument("state", choices=["on", "off"])
    duty.set_defaults(func=_duty)


def read_password(prompt: str = "Password: ") -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise ValidationFailed(_tr("the two passwords differ"))
    return first


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    password = read_password()
    actor = ctx.actor
    with ctx.write() as session:
        staff = staff_service.add_staff(
            session, actor, args.username, Role(args.role), password,
            display_name=args.name, phone=args.phone,
        )
        result = {"username": staff.username, "role": staff.role,
                  "display_name": staff.display_name}
    if args.json:
        ctx.print_json(result)
    else:
        ctx.print(_tr("created {role} account '{user}'").format(role=result["role"],
                                                               user=result["username"]))
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.read() as session:
        rows = [{"username": s.username, "display_name": s.display_name, "role": s.role.value,
                 "active": s.active, "on_duty": s.on_duty}
                for s in staff_service.list_staff(session)]
    if args.json:
        ctx.print_json(rows)
    else:
        for row in rows:
            notes = ("" if row["active"] else _tr("  (inactive)")) + (
                _tr("  (on duty)") if row["on_duty"] else "")
            ctx.print(f"{row['username']:<16} {row['role']:<8} {row['display_name']}{notes}")
    return 0


def _duty(args: argparse.Namespace, ctx: CliContext) -> int:
    on_duty = args.state == "on"
    actor = ctx.actor
    with ctx.write() as session:
        staff_service.set_on_duty(session, actor, args.username, on_duty)
    ctx.print((_tr("{user} is on duty") if on_duty else _tr("{user} is off duty"))
              .format(user=args.username))
    return 0
