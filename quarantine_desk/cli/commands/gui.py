"""``gui``: open the window (the default command), render it into a PNG, or open the demo.

Qt is imported only when this command runs, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import platformdirs

from quarantine_desk.cli.context import PASSWORD_ENV, CliContext
from quarantine_desk.cli.main import CommandFailed
from quarantine_desk.domain.text import translate
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.desk import Desk

DEMO_DATABASE = "demo.db"
DEMO_ACCOUNTS = "demo-accounts.json"
#: Screens other than panels that ``--screenshot`` can render.
DIALOG_SCREENS = ("signin", "setup")


def register(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help="open the application window (the default command)")
    gui.add_argument("--screenshot", metavar="FILE", type=Path,
                     help="render the window into a PNG file and exit; signs in as --user "
                     f"with the password in ${PASSWORD_ENV}")
    gui.add_argument("--panel", default="overview",
                     help="panel for --screenshot: overview, rooms, guests, temperatures, "
                     "tests, releases, alerts, settings (or the dialogs signin, setup)")
    gui.add_argument("--size", default="1366x768", metavar="WxH",
                     help="window size for --screenshot (default 1366x768)")
    gui.add_argument("--exit-when-shown", action="store_true",
                     help="for timing start-up: sign in as --user with the password in "
                     f"${PASSWORD_ENV}, show the window, print 'window' once it is on screen and "
                     "'shown' once the overview's figures are, then exit")
    gui.add_argument("--demo", action="store_true",
                     help="open the demo database in the user data folder (made on first use)")
    gui.set_defaults(func=_run)


def demo_folder() -> Path:
    return Path(platformdirs.user_data_dir("quarantine-desk", appauthor=False))


def _run(args: argparse.Namespace, ctx: CliContext) -> int:
    from quarantine_desk.ui.shell.idle import idle_minutes_from_env

    if args.demo and args.db:
        raise CommandFailed("--demo opens its own database: leave out --db")
    try:
        idle_minutes = idle_minutes_from_env()
    except ValueError as error:
        raise CommandFailed(str(error)) from None
    if args.screenshot is not None:
        # A picture needs no screen; an explicit platform choice still wins.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display():
        raise CommandFailed("no display to open the window on: run it from a desktop session, "
                            "or make a picture with --screenshot FILE")
    if not args.demo:
        return _open(args, ctx, ctx.desk, ctx.target, [], idle_minutes)
    from quarantine_desk.ui.shell.app import create_application

    # Before the demo is made, so the text it stores (alert summaries) is in the window's
    # language rather than in English.
    create_application()
    target = str(demo_folder() / DEMO_DATABASE)
    desk = Desk.open(target)
    try:
        accounts = _prepare_demo(ctx, desk, demo_folder() / DEMO_ACCOUNTS)
        _print_accounts(ctx, target, accounts)
        return _open(args, ctx, desk, target, accounts, idle_minutes)
    finally:
        desk.dispose()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _prepare_demo(ctx: CliContext, desk: Desk,
                  accounts_file: Path) -> list[dict[str, Any]]:
    """Fill an empty demo database as the ``demo`` command does; keep its accounts beside it
    (demo passwords only) so later runs can show them again."""
    if desk.query(staff_service.has_any_staff):
        if accounts_file.exists():
            return list(json.loads(accounts_file.read_text(encoding="utf-8")))
        return []
    try:
        from quarantine_desk.demo import build_demo
    except ModuleNotFoundError as error:
        if error.name != "quarantine_desk.demo":
            raise
        raise CommandFailed("this version cannot make demo data yet: open your own database "
                            "with --db instead") from None
    ctx.print("Making the demo database (first use only)…")
    accounts = build_demo(desk.engine)
    fd = os.open(accounts_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(accounts, out, ensure_ascii=False, indent=2)
    return accounts


def _print_accounts(ctx: CliContext, target: str, accounts: list[dict[str, Any]]) -> None:
    ctx.print(f"Demo database: {target}")
    if not accounts:
        ctx.print("Its accounts were printed when it was made; delete the file to make it anew.")
        return
    ctx.print("Accounts (username, password, role):")
    for account in accounts:
        ctx.print(f"  {account['username']:<16} {account['password']:<16} {account['role']}")


def _manager(accounts: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((a for a in accounts if a.get("role") == "manager"), None)


def _open(args: argparse.Namespace, ctx: CliContext, desk: Desk, target: str,
          accounts: list[dict[str, Any]], idle_minutes: float) -> int:
    from quarantine_desk.ui.shell.app import create_application, run_desk

    manager = _manager(accounts)
    username = args.user or (manager["username"] if manager else "")
    if args.screenshot is not None:
        return _screenshot(args, ctx, desk, target, accounts, username)
    if args.exit_when_shown:
        return _until_shown(ctx, desk, target, accounts, username or ctx.username)
    create_application()
    return run_desk(desk, target, username=username, note=_accounts_note(accounts),
                    idle_minutes=idle_minutes)


def _password(accounts: list[dict[str, Any]], username: str) -> str:
    """The password of ``username`` from the environment (or the demo's accounts); "" if none."""
    return os.environ.get(PASSWORD_ENV) or next(
        (a["password"] for a in accounts if a["username"] == username), "")


def _until_shown(ctx: CliContext, desk: Desk, target: str, accounts: list[dict[str, Any]],
                 username: str) -> int:
    from quarantine_desk.ui.shell.app import create_application, run_until_shown, warm_up

    password = _password(accounts, username)
    if not password:
        raise CommandFailed(translate(
            "cli", "set {env} to the password of '{user}' to time the start of the window"
        ).format(env=PASSWORD_ENV, user=username))
    create_application()
    warm_up()  # as the sign-in dialog does while the password is typed
    actor = desk.sign_in(username, password)

    def report(stage: str) -> None:
        ctx.print(stage)
        ctx.out.flush()  # at once: the timer reads it through a pipe

    return run_until_shown(desk, target, actor, report)


def _accounts_note(accounts: list[dict[str, Any]]) -> str:
    """The demo accounts for the sign-in dialog (translated, so after the app exists)."""
    if not accounts:
        return ""
    from PySide6.QtCore import QCoreApplication

    from quarantine_desk.domain.enums import Role
    from quarantine_desk.ui.shell.status import role_label

    listed = "\n".join(
        f"{a['username']} / {a['password']} — {role_label(Role(a['role']))}" for a in accounts
    )
    return QCoreApplication.translate(
        "demo", "Demo database, made-up people. Accounts:\n{accounts}"
    ).format(accounts=listed)


def _screenshot(args: argparse.Namespace, ctx: CliContext, desk: Desk, target: str,
                accounts: list[dict[str, Any]], username: str) -> int:
    from quarantine_desk.ui.common.background import wait_for_all
    from quarantine_desk.ui.shell.app import create_application
    from quarantine_desk.ui.shell.main_window import MainWindow
    from quarantine_desk.ui.shell.registry import PANELS, find_spec
    from quarantine_desk.ui.shell.screenshot import (
        ScreenshotFailed,
        parse_size,
        save_dialog,
        save_window,
    )
    from quarantine_desk.ui.shell.setup import FirstRunDialog
    from quarantine_desk.ui.shell.signin import SignInDialog

    key = args.panel.strip().lower()
    if key not in DIALOG_SCREENS and find_spec(key) is None:
        names = ", ".join([*(spec.key for spec in PANELS), *DIALOG_SCREENS])
        raise CommandFailed(f"unknown panel '{args.panel}': choose one of {names}")
    try:
        size = parse_size(args.size)
        create_application()
        if key == "signin":
            save_dialog(SignInDialog(desk, target, username=username,
                                     note=_accounts_note(accounts)), args.screenshot)
        elif key == "setup":
            save_dialog(FirstRunDialog(desk, target), args.screenshot)
        else:
            username = username or ctx.username
            password = _password(accounts, username)
            if not password:
                raise CommandFailed(f"set {PASSWORD_ENV} to the password of '{username}' "
                                    "to make a picture of the window")
            window = MainWindow(desk.acting_as(desk.sign_in(username, password)), target,
                                idle_minutes=0)
            try:
                save_window(window, key, size, args.screenshot)
            finally:
                window.close()
                wait_for_all()  # before the database and Qt go away under a running worker
                window.deleteLater()
    except ScreenshotFailed as error:
        raise CommandFailed(str(error)) from None
    ctx.print(f"saved {args.screenshot}")
    return 0
