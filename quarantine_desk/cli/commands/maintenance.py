"""``backup``, ``backup list``, ``restore`` and ``check``: keeping the database safe
(DESIGN.md §5)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from quarantine_desk.cli.context import CliContext
from quarantine_desk.cli.main import CommandFailed
from quarantine_desk.domain.text import translate
from quarantine_desk.services import backups, failures, maintenance
from quarantine_desk.services.context import Actor


def _tr(text: str) -> str:
    return translate("cli", text)


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="online backup of the database (pg_dump on "
                            "PostgreSQL), or list the backups with: backup list")
    backup.add_argument("what", nargs="?", choices=["list"],
                        help="list: the backups in the site's backup folder, newest first")
    backup.add_argument("--to", metavar="PATH",
                        help="a new file, or a folder (default: the folder chosen in Settings "
                        "› Backups, else backups/ in the user data folder, with the time in "
                        "the name)")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(func=_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup (a safety "
                             "copy of the current one is kept)")
    restore.add_argument("path", metavar="PATH", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=_restore)

    check = sub.add_parser("check", help="integrity and consistency check (read-only)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=_check)


def _backup(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.what == "list":
        if args.to:
            raise CommandFailed(_tr("backup list takes no --to: it lists the site's backup "
                                    "folder"))
        return _list(args, ctx)
    to = Path(args.to) if args.to else None
    if to is not None and args.to.endswith(("/", os.sep)) and not to.is_dir():
        raise CommandFailed(_tr("folder {folder} does not exist: choose an existing folder")
                            .format(folder=to))
    path = maintenance.backup(ctx.desk.engine, to, actor=ctx.actor)
    size = path.stat().st_size
    return ctx.answer(args.json, {"path": str(path), "bytes": size},
                      _tr("backup written to {path} ({kb} KB)").format(path=path,
                                                                      kb=round(size / 1024)))


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    """The backups, newest first: when, size, verified, automatic or by hand (read-only)."""
    found = backups.list_backups(ctx.desk.engine)
    if args.json:
        ctx.print_json([record.to_json() for record in found])
        return 0
    if not found:
        ctx.print(_tr("no backup of this database yet"))
    for record in found:
        ctx.print("  ".join((
            f"{record.taken_at:%Y-%m-%d %H:%M:%S}",
            f"{max(1, round(record.size / 1024)):>8} KB",
            _tr("verified") if record.verified else _tr("NOT WHOLE"),
            _tr("automatic") if record.automatic else _tr("by hand"),
            str(record.path))))
    return 0


def _acting(ctx: CliContext, database: Path) -> Actor:
    """The acting person as recorded in the database being replaced; when there is none, or
    it cannot be read (damaged, not a database: what restore is for), the console operator."""
    if not database.exists():
        return Actor.console(ctx.operator)
    try:
        return ctx.actor
    except failures.OPENING_ERRORS:
        return Actor.console(ctx.operator)
    finally:
        ctx.dispose()


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    server = maintenance.server_database(ctx.target)
    if server is not None:
        return _restore_server(args, ctx, server)
    database = maintenance.sqlite_file(ctx.target)
    maintenance.verify_backup(args.path)
    if not args.yes and sys.stdin.isatty():
        answer = input(_tr("Replace {db} with {backup}? A safety copy of the current database "
                           "is kept. [y/N] ").format(db=database, backup=args.path))
        if answer.strip().lower() not in ("y", "yes"):
            raise CommandFailed(_tr("restore cancelled; nothing was changed"))
    safety = maintenance.restore(ctx.target, args.path, actor=_acting(ctx, database))
    ctx.print(_tr("restored {db} from {backup}").format(db=database, backup=args.path))
    if safety is not None:
        ctx.print(_tr("the database it replaced is kept in {path}").format(path=safety))
    return 0


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    report = maintenance.check(ctx.desk.engine)
    if args.json:
        ctx.print_json(report.to_json())
    elif report.ok:
        ctx.print(_tr("no problems found"))
    for problem in report.problems:
        print(f"quarantine-desk: {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def _restore_server(args: argparse.Namespace, ctx: CliContext, server: str) -> int:
    """pg_restore into an empty server database: it holds no account yet, so the console
    operator acts, and there is nothing to keep a safety copy of."""
    maintenance.restore(ctx.target, args.path, actor=Actor.console(ctx.operator))
    ctx.print(_tr("restored {backup} into {db}").format(backup=args.path, db=server))
    return 0
