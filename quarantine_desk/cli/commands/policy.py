"""``policy list|use|import|export``: the policy versions, adopting a shipped preset or a
policy file, and writing one (DESIGN.md §12), through the same services as the window's
policy editor (Settings › Policy)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from quarantine_desk.cli.commands.release import _writing
from quarantine_desk.cli.context import CliContext
from quarantine_desk.documents.output import write_private
from quarantine_desk.domain import presets
from quarantine_desk.domain.parsing import parse_date
from quarantine_desk.domain.policy import Policy
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies, policy_changes, policy_files
from quarantine_desk.services.errors import ValidationFailed


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    policy = sub.add_parser("policy", help="the quarantine policy versions")
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every version with its date, the one in force "
                                 "and how many stays in quarantine keep each")
    listing.add_argument("--date", metavar="D", help="the day whose version is marked in force "
                         "(default: today)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    use = actions.add_parser("use", help="adopt a shipped preset from a date (manager)")
    use.add_argument("preset", metavar="PRESET", help=", ".join(presets.PRESET_SLUGS))
    use.add_argument("--from", dest="effective_from", metavar="DATE", required=True,
                     help="the first day of check-ins under it")
    use.add_argument("--json", action="store_true")
    use.set_defaults(func=_use)

    bring = actions.add_parser("import", help="check a policy file and adopt it from a date "
                               "(manager); nothing is written if the file has any fault")
    bring.add_argument("file", metavar="FILE", help="a policy file (.json, docs/POLICY-FILE.md)")
    bring.add_argument("--from", dest="effective_from", metavar="DATE", required=True,
                       help="the first day of check-ins under it")
    bring.add_argument("--json", action="store_true")
    bring.set_defaults(func=_import)

    export = actions.add_parser("export", help="write a policy as a file to edit or pass on")
    export.add_argument("name", metavar="NAME", help="a preset (" + ", ".join(
        presets.PRESET_SLUGS) + "), current, or a version's number or name")
    export.add_argument("file", metavar="FILE", help="the file to write (.json)")
    export.add_argument("--date", metavar="D", help="the day whose version is current "
                        "(default: today)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(func=_export)


def preset(slug: str) -> Policy:
    """The shipped preset named ``slug`` (with its own effective date)."""
    try:
        return presets.preset(slug.strip().lower())
    except KeyError:
        raise ValidationFailed(_tr("unknown preset '{name}': choose {choices}").format(
            name=slug, choices=", ".join(presets.PRESET_SLUGS[:-1]) + _tr(" or ")
            + presets.PRESET_SLUGS[-1])) from None


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    on = parse_date(args.date) if args.date else date.today()
    with ctx.read() as session:
        versions = policies.version_records(session)
        in_force = policies.record_in_force(session, on)
        counts = policy_changes.stays_per_version(session)
    rows = [{"id": v.id, "name": v.name, "effective_from": v.effective_from,
             "in_force": v.id == in_force.id, "upcoming": v.effective_from > on,
             "stays": counts.get(v.id or 0, 0), "created_at": v.created_at,
             "created_by": v.created_by} for v in versions]
    if args.json:
        ctx.print_json(rows)
        return 0
    for row in rows:
        state = _tr("in force") if row["in_force"] else _tr("not yet") if row["upcoming"] else ""
        stays = _tr("{n} stay(s)").format(n=row["stays"])
        ctx.print(f"{row['effective_from']}  {state:<9} {stays:<11} {row['name']}")
    return 0


def _use(args: argparse.Namespace, ctx: CliContext) -> int:
    return _adopt(args, ctx, preset(args.preset))


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    return _adopt(args, ctx, policy_files.read_file(args.file))


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    on = parse_date(args.date) if args.date else date.today()
    with ctx.read() as session:
        policy = policy_files.named_policy(session, args.name, on)
    text = policy_files.file_text(policy).encode("utf-8")
    with _writing(args.file):
        write_private(args.file, lambda handle: handle.write(text), replace=args.force)
    ctx.print(_tr("'{name}' written to {path}").format(name=policy.name, path=args.file))
    return 0


def _adopt(args: argparse.Namespace, ctx: CliContext, chosen: Policy) -> int:
    policy = replace(chosen, effective_from=parse_date(args.effective_from))
    actor = ctx.actor
    with ctx.write() as session:
        row = policy_changes.adopt_policy(session, actor, policy)
        affected = len(policy_changes.affected_stays(session, policy))
        result = {"id": row.id, "name": row.name, "effective_from": row.effective_from,
                  "affected_stays": affected}
    if args.json:
        ctx.print_json(result)
        return 0
    ctx.print(_tr("'{name}' is adopted, in force from {day}").format(
        name=row.name, day=row.effective_from.isoformat()))
    if affected:
        ctx.print(_tr("{n} stay(s) in quarantine would change under it; they keep their rules "
                      "until you re-apply it in the window (Settings › Policy)").format(
            n=affected))
    return 0
