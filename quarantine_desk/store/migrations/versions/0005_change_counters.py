"""change counters for live refresh between desks

One row per change topic, bumped by every SQLite transaction that changed it, so an open window
that notices another connection's commit (``PRAGMA data_version``) knows which panels to reload.
PostgreSQL desks learn the same by ``LISTEN``/``NOTIFY`` and leave the table empty.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_counter",
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("topic"),
    )


def downgrade() -> None:
    op.drop_table("change_counter")
