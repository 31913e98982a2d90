"""indexes on when stays began and ended

The overview's "arrived today" and "released today", the daily report and the release list of
a day ask for the stays that arrived or left within one day. Without an index on those moments
each question read every stay of the site's history (about 80 ms on 100,000 stays, DESIGN.md
§10); with one it reads the day's stays only, so the cost follows the day, not the history.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_stay_arrival_at", "stay", ["arrival_at"], unique=False)
    op.create_index("ix_stay_exit_at", "stay", ["exit_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_stay_exit_at", table_name="stay")
    op.drop_index("ix_stay_arrival_at", table_name="stay")
