"""``staff add``: create accounts (password from the environment or prompted)."""

from __future__ import annotations

import argparse
import getpass
import os

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.errors import ValidationFailed

PASSWORD_ENV = "QUARANTINE_DESK_PASSWORD"


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


def read_password(prompt: str = "Password: ") -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise ValidationFailed("the two passwords differ")
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
        ctx.print(f"created {result['role']} account '{result['username']}'")
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.read() as session:
        rows = [{"username": s.username, "display_name": s.display_name, "role": s.role,
                 "active": s.active} for s in staff_service.list_staff(session)]
    if args.json:
        ctx.print_json(rows)
    else:
        for row in rows:
            ctx.print(f"{row['username']:<16} {row['role']:<8} {row['display_name']}"
                      f"{'' if row['active'] else '  (inactive)'}")
    return 0
