"""stay search order index

The guest search lists stays in quarantine first, then expected ones, then the rest, newest
arrival first; this expression index lets a keystroke read its first page in index order.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RANK = "(CASE status WHEN 'in_quarantine' THEN 0 WHEN 'expected' THEN 1 ELSE 2 END)"


def upgrade() -> None:
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stay_search_order",
            [sa.text(_RANK), sa.text("coalesce(arrival_at, expected_at) DESC"),
             sa.text("id DESC")],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.drop_index("ix_stay_search_order")
