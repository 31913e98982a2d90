"""``import readings FILE`` and ``import results FILE`` (DESIGN.md §5)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.text import translate
from quarantine_desk.services import medical_import
from quarantine_desk.services.context import Actor
from quarantine_desk.services.medical_import import ImportReport

Importer = Callable[[Session, Actor, Path, datetime | None], ImportReport]


def _tr(text: str) -> str:
    return translate("cli", text)


def register_import(actions: argparse._SubParsersAction) -> None:
    """Add ``readings`` and ``results`` to the ``import`` group (see ``imports.py``)."""
    readings = actions.add_parser(
        "readings", help="temperature readings (id_number or room, taken_at, celsius, "
        "optional symptoms)")
    readings.add_argument("file", type=Path, metavar="FILE")
    readings.add_argument("--json", action="store_true", help="print the report as JSON")
    readings.set_defaults(func=_import_readings)
    results = actions.add_parser(
        "results", help="test results (id_number or sample_no, kind, sampled_at, result, "
        "optional reported_at, lab, ct_orf1ab, ct_n)")
    results.add_argument("file", type=Path, metavar="FILE")
    results.add_argument("--json", action="store_true", help="print the report as JSON")
    results.set_defaults(func=_import_results)


def _import_readings(args: argparse.Namespace, ctx: CliContext) -> int:
    return _run(args, ctx, medical_import.import_readings, _tr("readings"))


def _import_results(args: argparse.Namespace, ctx: CliContext) -> int:
    return _run(args, ctx, medical_import.import_results, _tr("results"))


def _run(args: argparse.Namespace, ctx: CliContext, importer: Importer, what: str) -> int:
    """Skipped rows are reported, not failures: the exit status is 0 whenever the file was
    read (a file that cannot be read at all raises and exits non-zero with one line)."""
    actor = ctx.actor
    with ctx.write() as session:
        report = importer(session, actor, args.file, None)
    if args.json:
        ctx.print_json(report.to_json())
        return 0
    ctx.print(_tr("imported {n} {what} from {file}").format(n=report.imported, what=what,
                                                            file=args.file.name))
    if report.skipped:
        ctx.print(_tr("skipped {n} row(s):").format(n=len(report.skipped)))
        for row, reason in report.skipped:
            ctx.print(_tr("  row {row}: {reason}").format(row=row, reason=reason))
    return 0
