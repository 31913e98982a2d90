"""``staff add|list|duty|passwd|activate|deactivate``: accounts (new passwords from the
environment or asked twice at a terminal) and who of the medical staff is on duty (listed with
their phone on the overview)."""

from __future__ import annotations

import argparse
import os

from quarantine_desk.cli.context import PASSWORD_ENV, CliContext, ask_secret
from quarantine_desk.domain.enums import Role
from quarantine_desk.domain.text import translate
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.errors import ValidationFailed

__all__ = ["NEW_PASSWORD_ENV", "PASSWORD_ENV", "read_new_password", "register"]

#: The new password of ``staff add`` and ``staff passwd``, for scripts (DESIGN.md §5).
NEW_PASSWORD_ENV = "QUARANTINE_DESK_NEW_PASSWORD"


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    staff = sub.add_parser("staff", help="staff accounts")
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a staff account (manager; on a new database "
                             f"the first account, a manager); password from ${NEW_PASSWORD_ENV} "
                             "or asked twice")
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
    passwd = actions.add_parser("passwd", help="set a new password (manager; anyone for their "
                                f"own account); from ${NEW_PASSWORD_ENV} or asked twice")
    passwd.add_argument("username")
    passwd.add_argument("--json", action="store_true")
    passwd.set_defaults(func=_passwd)
    for name, active, text in (("activate", True, "let a deactivated account sign in again "
                                "(manager)"),
                               ("deactivate", False, "stop an account from signing in; its "
                                "history stays (manager)")):
        parser = actions.add_parser(name, help=text)
        parser.add_argument("username")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(func=_set_active, active=active)


def read_new_password(username: str) -> str:
    """The new password of ``username``: from the environment, else typed twice at a terminal
    (the two must match)."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    first = ask_secret(_tr("New password for {user}: ").format(user=username))
    if not first:
        raise ValidationFailed(_tr("give the new password of {user} in {env} or run at a "
                                   "terminal").format(user=username, env=NEW_PASSWORD_ENV))
    if ask_secret(_tr("Repeat the new password: ")) != first:
        raise ValidationFailed(_tr("the two passwords differ"))
    return first


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor  # signed in, and allowed, before the new password is asked for
    ctx.desk.query(staff_service.check_may_add_staff, actor)
    password = read_new_password(args.username.strip())
    with ctx.write() as session:
        staff = staff_service.record_of(staff_service.add_staff(
            session, actor, args.username, Role(args.role), password,
            display_name=args.name, phone=args.phone,
        ))
    result = {"username": staff.username, "role": staff.role.value,
              "display_name": staff.display_name}
    return ctx.answer(args.json, result,
                      _tr("created {role} account '{user}'").format(role=result["role"],
                                                                   user=result["username"]))


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


def _passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor  # the acting person's current password first
    ctx.desk.query(staff_service.check_may_set_password, actor, args.username)
    password = read_new_password(args.username.strip())
    with ctx.write() as session:
        staff = staff_service.record_of(
            staff_service.set_password(session, actor, args.username, password))
    return ctx.answer(args.json, {"username": staff.username, "password_changed": True},
                      _tr("new password set for '{user}'").format(user=staff.username))


def _set_active(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.actor
    with ctx.write() as session:
        staff = staff_service.record_of(
            staff_service.set_active(session, actor, args.username, args.active))
    text = (_tr("'{user}' is active: it can sign in") if staff.active
            else _tr("'{user}' is deactivated: it can no longer sign in"))
    return ctx.answer(args.json, {"username": staff.username, "active": staff.active},
                      text.format(user=staff.username))
