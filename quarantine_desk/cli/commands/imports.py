"""``import LIST FILE``: the one ``import`` command group shared by the lists the desk receives.

Several modules read lists (arrivals, readings, results). Each exposes
``register_import(actions)`` that adds its own ``import`` subcommand; name it in
``IMPORT_PARTS``. The parts are imported only when the parser is built.
"""

from __future__ import annotations

import argparse
import importlib

#: Modules under ``quarantine_desk.cli.commands`` that add subcommands to ``import``.
IMPORT_PARTS = ("arrivals", "medical")


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("import", help="import a list from an .xlsx or .csv file")
    actions = group.add_subparsers(dest="import_command", metavar="LIST", required=True)
    for name in IMPORT_PARTS:
        module = importlib.import_module(f"quarantine_desk.cli.commands.{name}")
        module.register_import(actions)
