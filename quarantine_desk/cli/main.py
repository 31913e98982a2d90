"""Entry point of ``quarantine-desk``: global options, subcommands, one-line errors."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib import metadata
from pathlib import Path

import platformdirs

import quarantine_desk
from quarantine_desk import i18n
from quarantine_desk.cli.context import CliContext
from quarantine_desk.domain.parsing import ParseError
from quarantine_desk.domain.text import translate
from quarantine_desk.services import failures
from quarantine_desk.services.errors import ServiceError

#: Subcommand modules under ``quarantine_desk.cli.commands``, each with ``register()``.
COMMAND_MODULES = ("staff", "gui", "imports", "release", "rooms", "vacancy", "demo", "maintenance",
                   "site", "policy", "audit")
#: The command run when none is named. For it alone only its own module is imported: the others
#: bring what their work needs (openpyxl, reportlab, the demo), which the window need not load
#: before it shows (issue 16).
DEFAULT_COMMAND = "gui"
#: The global options that take a value (see :func:`build_parser`).
_VALUED_OPTIONS = ("--db", "--user")


#: Where the store announces what it did on its own (a new database made): said on stderr.
NOTICE_LOGGER = "quarantine_desk.store"


class CommandFailed(Exception):
    """A subcommand failed in a way it has already explained in the message."""


def _tr(text: str) -> str:
    return translate("cli", text)


class _StderrNotice(logging.Handler):
    """Says a notice on the standard error of the moment (tests swap it) as one line."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"quarantine-desk: {record.getMessage()}", file=sys.stderr)


@contextmanager
def _notices_on_stderr() -> Iterator[None]:
    """While a command runs, and only then (the window and tests open databases too)."""
    logger = logging.getLogger(NOTICE_LOGGER)
    handler, level = _StderrNotice(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def error_log() -> Path:
    """Where the full trace of an unexpected error is kept: ``errors.log`` in the user data
    folder, so the one-line message can point to it."""
    return Path(platformdirs.user_data_dir("quarantine-desk", appauthor=False)) / "errors.log"


def _unexpected(error: BaseException, argv: Sequence[str]) -> str:
    """Keep the trace of a fault in the program in :func:`error_log` and return the one line
    that says so; when the log cannot be written the trace goes to stderr instead."""
    trace = "".join(traceback.format_exception(error))
    log = error_log()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} quarantine-desk "
                         f"{' '.join(argv)} ({program_version()})\n{trace}\n")
    except OSError:
        sys.stderr.write(trace)
        log = None
    summary = f"{type(error).__name__}: {error}".strip().splitlines()[0]
    if log is None:
        return _tr("unexpected error ({error}); this is a fault in Quarantine Desk").format(
            error=summary)
    return _tr("unexpected error ({error}); this is a fault in Quarantine Desk: the details "
               "are in {log}, please send them to whoever looks after the desk").format(
        error=summary, log=log)


def program_version() -> str:
    """The installed package's version; the package's own when it is not installed (the
    packaged program carries no metadata)."""
    try:
        return metadata.version("quarantine-desk")
    except metadata.PackageNotFoundError:
        return getattr(quarantine_desk, "__version__", "unknown")


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up (package metadata, slow to read) only when
    asked for, not on every start."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS,
                 help: str = "show program's version number and exit") -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"quarantine-desk {program_version()}")  # on stdout, as argparse's own does
        parser.exit()


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser of the global options and the commands ``modules`` register."""
    parser = argparse.ArgumentParser(
        prog="quarantine-desk",
        description="Run a centralized quarantine hotel: rooms, guests, readings, tests, "
        "releases and handover forms.",
    )
    parser.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: "
                        "$QUARANTINE_DESK_DB, else a file in the user data folder)")
    parser.add_argument("--user", help="the staff account a command that writes acts as, "
                        "signed in with its password ($QUARANTINE_DESK_PASSWORD or asked); "
                        "not needed to read, nor on a database with no account yet")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        module = importlib.import_module(f"quarantine_desk.cli.commands.{name}")
        module.register(sub)
    return parser


def named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, None when it names none; "" when it needs every command's
    parser to be understood (help, the version, an option not known here)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUED_OPTIONS:
            if next(tokens, None) is None:
                return ""
        elif token.startswith(tuple(f"{option}=" for option in _VALUED_OPTIONS)):
            continue
        elif token.startswith("-"):
            return ""
        else:
            return token
    return None


def main(argv: Sequence[str] | None = None) -> int:
    named = named_command(sys.argv[1:] if argv is None else argv)
    parser = build_parser((DEFAULT_COMMAND,) if named in (None, DEFAULT_COMMAND)
                          else COMMAND_MODULES)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    ctx = CliContext.from_args(args.db, args.user)
    i18n.install(i18n.command_line_language())
    with _notices_on_stderr():
        return _run(args, ctx, argv if argv is not None else sys.argv[1:])


def _run(args: argparse.Namespace, ctx: CliContext, argv: Sequence[str]) -> int:
    """The command, with every failure said in one line on stderr and a non-zero status."""
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
    except Exception as error:  # noqa: BLE001 - one line either way; faults keep their trace
        message = failures.explain(error, ctx.target)
        if message is None:
            message = _unexpected(error, argv)
        print(f"quarantine-desk: {message}", file=sys.stderr)
        return 1
    finally:
        ctx.dispose()
