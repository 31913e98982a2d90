"""``policy list|use``: the policy versions and adopting a shipped preset, through the same
service as the window's policy editor (Settings › Policy, DESIGN.md §3)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.parsing import parse_date
from quarantine_desk.domain.policy import NINTH_EDITION, TWENTY_MEASURES, Policy
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies, policy_changes
from quarantine_desk.services.errors import ValidationFailed

#: The shipped presets by the name typed on the command line (the only place they are named).
PRESETS: dict[str, Policy] = {"9th-edition": NINTH_EDITION, "20-measures": TWENTY_MEASURES}


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
    use.add_argument("preset", metavar="PRESET", help=" or ".join(PRESETS))
    use.add_argument("--from", dest="effective_from", metavar="DATE", required=True,
                     help="the first day of check-ins under it")
    use.add_argument("--json", action="store_true")
    use.set_defaults(func=_use)


def preset(slug: str) -> Policy:
    """The shipped preset named ``slug`` (with its own effective date)."""
    found = PRESETS.get(slug.strip().lower())
    if found is None:
        raise ValidationFailed(_tr("unknown preset '{name}': choose {choices}").format(
            name=slug, choices=" or ".join(PRESETS)))
    return found


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
    policy = replace(preset(args.preset), effective_from=parse_date(args.effective_from))
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
