"""staff username unique in any case

A username names one account whatever the case it is typed in (CaoLiJuan is caolijuan), so a
unique index on the lower-case name keeps a second spelling out. A database that already holds
two spellings of one name keeps the oldest account's name; each later one is renamed NAME-ID
(audited), so its owner signs in with the name the manager's staff list shows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _rename_second_spellings(op.get_bind())
    op.create_index("ux_staff_username_lower", "staff", [sa.text("lower(username)")],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ux_staff_username_lower", table_name="staff")


def _rename_second_spellings(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text("SELECT id, username FROM staff ORDER BY id")).all()
    taken = {username.lower() for _, username in rows}
    seen: set[str] = set()
    for staff_id, username in rows:
        if username.lower() not in seen:
            seen.add(username.lower())
            continue
        renamed = f"{username}-{staff_id}"
        while renamed.lower() in taken:
            renamed += "-"
        taken.add(renamed.lower())
        seen.add(renamed.lower())
        connection.execute(sa.text("UPDATE staff SET username = :new WHERE id = :id"),
                           {"new": renamed, "id": staff_id})
        connection.execute(
            sa.text("INSERT INTO auditevent (at, actor, action, entity, entity_id, before, "
                    "after) VALUES (:at, 'system', 'staff.rename', 'staff', :id, :before, "
                    ":after)").bindparams(sa.bindparam("at", type_=sa.DateTime())),
            {"at": datetime.now().replace(microsecond=0), "id": staff_id,
             "before": json.dumps({"username": username}),
             "after": json.dumps({"username": renamed})})
