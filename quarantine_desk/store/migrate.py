"""Alembic migrations, applied whenever a database is opened (upgraded, never rebuilt)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from quarantine_desk.domain.text import translate
from quarantine_desk.store.engine import DatabaseUnusable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _tr(text: str) -> str:
    return translate("store", text)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine, *, read_only: bool = False) -> None:
    """Bring the database to the newest schema; nothing is written when it is there already.

    Refused in one line (:class:`DatabaseUnusable`) when the schema is newer than this program
    knows, or when an older schema would need writing on a read-only database.
    """
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == scripts.get_current_head():
            return
        known = {script.revision for script in scripts.walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseUnusable(_tr(
                "{url} was made by a newer version of Quarantine Desk (schema {rev}): update the "
                "application").format(url=engine.url.render_as_string(hide_password=True),
                                      rev=current))
        if read_only:
            raise DatabaseUnusable(_tr(
                "{url} needs its schema upgraded but is read-only: copy it to a writable place "
                "and open the copy").format(url=engine.url.render_as_string(hide_password=True)))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
