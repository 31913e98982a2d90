"""The command line run in process as one of the ``accounts`` fixture's staff accounts."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

from conftest import TEST_PASSWORD

from quarantine_desk.cli.context import PASSWORD_ENV
from quarantine_desk.cli.main import main


def main_as(user: str, db: str | Path, *args: str) -> int:
    """``quarantine-desk --db DB --user USER ARGS…``, signed in with the accounts' password
    (a database with accounts lets a writing command act only so)."""
    with mock.patch.dict(os.environ, {PASSWORD_ENV: TEST_PASSWORD}):
        return main(["--db", str(db), "--user", user, *args])
