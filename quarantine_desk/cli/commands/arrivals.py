"""``import arrivals FILE [--dry-run] [--json]``: register and check in an arrival list (§6)."""

from __future__ import annotations

import argparse
from pathlib import Path

from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.text import translate
from quarantine_desk.services.arrivals import ArrivalImportReport, import_arrivals


def _tr(text: str) -> str:
    return translate("cli", text)


class _DryRunDone(Exception):
    """Raised inside a dry run's transaction so that ``write_session`` rolls it back."""

    def __init__(self, report: ArrivalImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def register_import(actions: argparse._SubParsersAction) -> None:
    """Add ``arrivals`` to the ``import`` group (see ``imports.py``)."""
    parser = actions.add_parser(
        "arrivals", help="register arriving guests from an .xlsx or .csv list and check "
        "them in (columns: 姓名/name, 证件号码/id_number, 人员类别/category, …)")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the list and report what would happen; write nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=_import_arrivals)


def _import_arrivals(args: argparse.Namespace, ctx: CliContext) -> int:
    """Exit 0 whenever the file was read, skipped rows included; an unreadable file raises
    (one line on stderr, non-zero exit) and the transaction writes nothing."""
    actor = ctx.actor
    try:
        with ctx.write() as session:
            report = import_arrivals(session, actor, args.file)
            if args.dry_run:
                raise _DryRunDone(report)
    except _DryRunDone as done:
        report = done.report
    if args.json:
        document = report.to_dict()
        if args.dry_run:
            document["dry_run"] = True
        ctx.print_json(document)
        return 0
    if args.dry_run:
        ctx.print(_tr("dry run, nothing written: {n} arrival(s) from {file} would be checked "
                      "in").format(n=report.imported, file=args.file.name))
    else:
        ctx.print(_tr("checked in {n} arrival(s) from {file}").format(n=report.imported,
                                                                       file=args.file.name))
    if report.skipped:
        ctx.print(_tr("skipped {n} row(s):").format(n=len(report.skipped)))
        for skipped in report.skipped:
            ctx.print(_tr("  row {row}: {reason}").format(row=skipped.row,
                                                          reason=skipped.reason))
    return 0
