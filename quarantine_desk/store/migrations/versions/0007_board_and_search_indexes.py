"""covering indexes for the room board and search-as-you-type

Two plain indexes, the same on SQLite and PostgreSQL, that let the two busiest reads answer
from an index instead of the table:

- ``labtest (stay_id, result)``: the room board asks, for each guest now in a room, whether
  any test of the stay came back positive; one index probe per guest instead of reading every
  test row of the stay.
- ``guest (id_number, phone, full_name)``: a keystroke of rare text (the last four digits of
  an ID, part of a phone) has to compare every guest; this index holds just the compared
  fields, so the pass reads a fraction of the pages the guest table takes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_labtest_stay_result", "labtest", ["stay_id", "result"], unique=False)
    op.create_index("ix_guest_search_fields", "guest", ["id_number", "phone", "full_name"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_guest_search_fields", table_name="guest")
    op.drop_index("ix_labtest_stay_result", table_name="labtest")
