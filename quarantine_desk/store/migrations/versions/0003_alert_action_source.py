"""alert action source

Each finding added to an alert (a later fever, a second positive) now names the reading or test
it came from, as the alert itself does, so the desk can show its text in the language of
whoever reads it. Older actions keep only their stored note.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite cannot add a foreign key to a table in place, so batch mode copies the table. Its
    # reflection of the tables it points to skips the expression index of 0002 (which stays
    # as it is) and would say so on the console of whoever opens an old database.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index")
        with op.batch_alter_table("alertaction", schema=None) as batch_op:
            batch_op.add_column(sa.Column("reading_id", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("test_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key("fk_alertaction_reading_id_reading", "reading",
                                        ["reading_id"], ["id"])
            batch_op.create_foreign_key("fk_alertaction_test_id_labtest", "labtest",
                                        ["test_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("alertaction", schema=None) as batch_op:
        batch_op.drop_constraint("fk_alertaction_test_id_labtest", type_="foreignkey")
        batch_op.drop_constraint("fk_alertaction_reading_id_reading", type_="foreignkey")
        batch_op.drop_column("test_id")
        batch_op.drop_column("reading_id")
