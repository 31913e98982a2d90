"""``demo``: fill an empty database with a realistic site and print its staff accounts."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from quarantine_desk.cli.context import CliContext
from quarantine_desk.demo import build_demo
from quarantine_desk.domain.parsing import parse_datetime
from quarantine_desk.domain.text import translate
from quarantine_desk.services import rooms as room_service


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with a demo site (rooms, guests "
                          "at every stage, readings, tests, alerts, releases, staff accounts)")
    demo.add_argument("--rooms", type=int, default=120, help="number of rooms (default 120)")
    demo.add_argument("--guests", type=int, default=80,
                      help="number of stays (default 80); more than the rooms hold in a "
                           "fortnight become the site's past, up to 200000 (a year or more)")
    demo.add_argument("--seed", type=int, default=1,
                      help="the same seed gives the same data (default 1)")
    demo.add_argument("--as-of", metavar="DATETIME",
                      help="the moment the site is shown at (default: now)")
    demo.add_argument("--json", action="store_true",
                      help='print {"accounts": [{"username", "password", "role"}, ...]}')
    demo.set_defaults(func=_demo)


def _progress_line(ctx: CliContext) -> Callable[[int, int], None]:
    """How far the site's past has been entered, on one line of standard error rewritten in
    place (standard output keeps only the result, for --json)."""
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        line = _tr("Entering the site's past: {done} of {total} stays ({seconds:.0f} s)").format(
            done=f"{done:,}", total=f"{total:,}", seconds=time.monotonic() - started)
        sys.stderr.write("\r" + line + ("\n" if done >= total else ""))
        sys.stderr.flush()

    return show


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    as_of = parse_datetime(args.as_of) if args.as_of else None
    accounts = build_demo(ctx.desk.engine, rooms=args.rooms, guests=args.guests, seed=args.seed,
                          as_of=as_of, progress=_progress_line(ctx))
    if args.json:
        ctx.print_json({"accounts": accounts})
        return 0
    with ctx.read() as session:
        counts = room_service.vacancy(session)
    ctx.print(_tr("Demo site made in {target}: {rooms} rooms, {guests} guests in quarantine.")
              .format(target=ctx.target, rooms=counts["rooms_total"],
                      guests=counts["guests_in_quarantine"]))
    ctx.print(_tr("Staff accounts (demo passwords; change them before real use):"))
    headers = (_tr("role"), _tr("username"), _tr("password"))
    rows = [(a["role"], a["username"], a["password"]) for a in accounts]
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(3)]
    for row in (headers, tuple("-" * w for w in widths), *rows):
        ctx.print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                  .rstrip())
    return 0
