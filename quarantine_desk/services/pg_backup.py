"""Backups of a PostgreSQL database: ``pg_dump`` in its custom format, restored by
``pg_restore`` into an empty database.

The server's own tools are used because only they copy a live server database consistently;
they come with Debian's ``postgresql-client`` package. Each is run with the database's URL in
libpq's form and the password, when the URL has one, in ``PGPASSWORD`` (never on a command line
other users can read). A dump counts as verified when ``pg_restore --list`` reads it whole.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url

from quarantine_desk.domain.text import translate
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.store.engine import create_db_engine

#: The ending of a dump's file name (beside ``.db`` for SQLite backups).
DUMP_SUFFIX = ".dump"
#: The first bytes of a custom-format dump.
DUMP_MAGIC = b"PGDMP"


def _tr(text_: str) -> str:
    return translate("maintenance", text_)


def tool(name: str) -> str:
    """The path of the PostgreSQL client program ``name``; refused in one line when it is not
    installed on this desk."""
    found = shutil.which(name)
    if found is None:
        raise ValidationFailed(_tr(
            "{tool} is not installed on this desk: install the PostgreSQL client tools (on "
            "Debian: sudo apt-get install postgresql-client) and try again").format(tool=name))
    return found


def _libpq(url: URL | str) -> tuple[str, dict[str, str]]:
    """``url`` as libpq reads it (no driver name, no password) and the environment that
    carries the password."""
    parsed = make_url(url) if isinstance(url, str) else url
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    """Run a client tool; its failure becomes one line: the tool and the first thing it said."""
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise ValidationFailed(_tr("{tool} could not be run ({reason})").format(
            tool=Path(command[0]).name, reason=exc.strerror or exc)) from exc
    if done.returncode != 0:
        said = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        reason = said[0] if said else _tr("exit status {code}").format(code=done.returncode)
        raise ValidationFailed(_tr("{tool} failed: {reason}").format(
            tool=Path(command[0]).name, reason=reason))


def verify_dump(path: Path) -> None:
    """Refuse a file ``pg_restore`` cannot read whole (a cut-short or foreign file)."""
    listing = tool("pg_restore")
    if not path.is_file():
        raise ValidationFailed(
            _tr("{path} is not a file: give the path of a backup").format(path=path))
    try:
        _run([listing, "--list", str(path)], dict(os.environ))
    except ValidationFailed as refusal:
        raise ValidationFailed(_tr("{path} is not a sound PostgreSQL backup ({reason}); "
                                   "nothing was changed").format(path=path, reason=refusal)
                               ) from None


def dump(url: URL, dest: Path) -> None:
    """Write the database at ``url`` into the new file ``dest`` (reserved, empty), verified.

    The dump is written beside it under a temporary name and takes ``dest``'s name only once
    ``pg_restore --list`` has read it; a failure leaves no file."""
    program = tool("pg_dump")
    tool("pg_restore")  # the verification needs it: refuse before the work, not after
    temp = dest.with_name(f".{dest.name}.part")
    try:
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        uri, env = _libpq(url)
        _run([program, "--format=custom", "--no-password", f"--file={temp}",
              f"--dbname={uri}"], env)
        verify_dump(temp)
        os.replace(temp, dest)
    except BaseException:
        temp.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)
        raise


def _is_empty(target: str) -> bool:
    """Whether the database at ``target`` has no table yet (opened without migrations, which
    would fill it)."""
    engine = create_db_engine(target)
    try:
        with engine.connect() as connection:
            return not inspect(connection).get_table_names()
    finally:
        engine.dispose()


def restore_into_empty(target: str, from_path: Path) -> None:
    """Load the dump ``from_path`` into the empty database ``target`` in one transaction
    (a failure leaves it empty). A database that holds tables is refused: restoring over a
    site's data would mix two sites, so a new database is made for it."""
    program = tool("pg_restore")
    verify_dump(from_path)
    if not _is_empty(target):
        shown = make_url(target).render_as_string(hide_password=True)
        raise ValidationFailed(_tr(
            "{db} is not empty: a PostgreSQL backup is restored into a new, empty database "
            "(createdb NAME, then --db with its URL); nothing was changed").format(db=shown))
    uri, env = _libpq(target)
    _run([program, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
          "--no-password", f"--dbname={uri}", str(from_path)], env)
