"""``vacancy [--json]``: room counts by state and guests in quarantine (DESIGN.md §5)."""

from __future__ import annotations

import argparse

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.text import translate
from quarantine_desk.services import rooms as room_service

_LABELS = (
    ("rooms_total", "rooms"),
    ("available", "available"),
    ("reserved", "reserved"),
    ("occupied", "occupied"),
    ("awaiting_disinfection", "awaiting disinfection"),
    ("out_of_service", "out of service"),
    ("guests_in_quarantine", "guests in quarantine"),
)


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("vacancy", help="room counts by state and guests in quarantine")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_vacancy)


def _vacancy(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.read() as session:
        counts = room_service.vacancy(session)
    if args.json:
        ctx.print_json(counts)
        return 0
    width = max(len(_tr(label)) for _, label in _LABELS)
    for key, label in _LABELS:
        ctx.print(f"{_tr(label):<{width}}  {counts[key]:>6}")
    return 0
