"""``audit``: the audit trail to read — who did what to which record, when (read-only)."""

from __future__ import annotations

import argparse
from datetime import date

from quarantine_desk.cli.commands.release import _writing
from quarantine_desk.cli.context import CliContext
from quarantine_desk.cli.main import CommandFailed
from quarantine_desk.documents.audit_trail import write_audit_xlsx
from quarantine_desk.domain.parsing import parse_date
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    trail = sub.add_parser("audit", help="the audit trail: who did what to which record, when "
                           "(read-only)")
    trail.add_argument("--since", metavar="D", help="from this day on")
    trail.add_argument("--until", metavar="D", help="up to the end of this day")
    # dest "person": --user before the command is the global option (the acting account)
    trail.add_argument("--user", dest="person", metavar="U",
                       help="only what this account did (any case)")
    trail.add_argument("--guest", metavar="TEXT",
                       help="only what concerns a guest whose name contains TEXT or whose ID "
                       "number starts with it")
    output = trail.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--xlsx", metavar="OUT", help="write the trail as a spreadsheet")
    trail.add_argument("--force", action="store_true",
                       help="replace an output file that exists already")
    trail.set_defaults(func=_audit)


def _day(value: str | None) -> date | None:
    return parse_date(value) if value else None


def _audit(args: argparse.Namespace, ctx: CliContext) -> int:
    since, until = _day(args.since), _day(args.until)
    if since and until and until < since:
        raise CommandFailed(_tr("--until {until} is before --since {since}").format(
            until=until, since=since))
    with ctx.read() as session:
        records = audit.trail(session, since=since, until=until, actor=args.person,
                              guest=args.guest)
    if args.xlsx:
        with _writing(args.xlsx):
            written = write_audit_xlsx(args.xlsx, records, since=since, until=until,
                                       person=args.person or "", guest=args.guest or "",
                                       replace=args.force)
        ctx.print(_tr("{n} audit events written to {path}").format(n=len(records),
                                                                   path=written))
        return 0
    if args.json:
        ctx.print_json([record.to_json() for record in records])
        return 0
    if not records:
        ctx.print(_tr("no audit events match"))
    for record in records:
        target = record.entity + (f" {record.entity_id}" if record.entity_id is not None else "")
        ctx.print("  ".join(part for part in (
            f"{record.at:%Y-%m-%d %H:%M:%S}", record.actor, record.action, target,
            record.guest_name) if part))
    return 0
