"""Entry point of ``quarantine-desk``: global options, subcommands, one-line errors."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from importlib import metadata

import quarantine_desk
from quarantine_desk import i18n
from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.parsing import ParseError
from quarantine_desk.services.errors import ServiceError

#: Subcommand modules under ``quarantine_desk.cli.commands``, each with ``register()``.
COMMAND_MODULES = ("staff", "gui", "imports", "release", "rooms", "vacancy", "demo", "maintenance",
                   "site", "policy")


class CommandFailed(Exception):
    """A subcommand failed in a way it has already explained in the message."""


def program_version() -> str:
    """The installed package's version; the package's own when it is not installed (the
    packaged program carries no metadata)."""
    try:
        return metadata.version("quarantine-desk")
    except metadata.PackageNotFoundError:
        return getattr(quarantine_desk, "__version__", "unknown")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quarantine-desk",
        description="Run a centralized quarantine hotel: rooms, guests, readings, tests, "
        "releases and handover forms.",
    )
    parser.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: "
                        "$QUARANTINE_DESK_DB, else a file in the user data folder)")
    parser.add_argument("--user", help="staff account the actions are attributed to "
                        "(default: the operating-system user)")
    parser.add_argument("--version", action="version",
                        version=f"quarantine-desk {program_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"quarantine_desk.cli.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    ctx = CliContext.from_args(args.db, args.user)
    i18n.install(i18n.command_line_language())
    try:
        return int(args.func(args, ctx) or 0)
    except (ServiceError, ParseError, CommandFailed) as error:
        print(f"quarantine-desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("quarantine-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away: stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        ctx.dispose()
