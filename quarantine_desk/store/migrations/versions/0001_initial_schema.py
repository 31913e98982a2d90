"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ = sqlmodel  # AutoString appears in generated migrations


def upgrade() -> None:

    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("guest_id", sa.Integer(), nullable=True),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("after", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_actor"), ["actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_guest_id"), ["guest_id"], unique=False)

    op.create_table(
        "guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id_number", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sex", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("home_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("work_unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("incomplete", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("id_type", "id_number", name="uq_guest_document"),
    )
    with op.batch_alter_table("guest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guest_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_guest_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_guest_phone"), ["phone"], unique=False)

    op.create_table(
        "policyversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("data", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("policyversion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_policyversion_effective_from"), ["effective_from"], unique=False
        )

    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_floor"), ["floor"], unique=False)
        batch_op.create_index(batch_op.f("ix_room_number"), ["number"], unique=True)
        batch_op.create_index(batch_op.f("ix_room_state"), ["state"], unique=False)

    op.create_table(
        "serialcounter",
        sa.Column("series", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series"),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("on_duty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_username"), ["username"], unique=True)

    op.create_table(
        "healthrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("conditions", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("medication", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("allergies", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("vaccination_doses", sa.Integer(), nullable=True),
        sa.Column("psychological", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("needs", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guest.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("guest_id"),
    )
    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("arrival_at", sa.DateTime(), nullable=True),
        sa.Column("expected_at", sa.DateTime(), nullable=True),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("batch", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("household", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("community", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("exposure_date", sa.Date(), nullable=True),
        sa.Column("basis_date", sa.Date(), nullable=False),
        sa.Column("planned_release", sa.Date(), nullable=False),
        sa.Column("exit_at", sa.DateTime(), nullable=True),
        sa.Column("exit_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("released_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("release_serial", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guest.id"],
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policyversion.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("release_serial"),
    )
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stay_batch"), ["batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_stay_guest_id"), ["guest_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stay_planned_release"), ["planned_release"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stay_status"), ["status"], unique=False)

    op.create_table(
        "destinationcheck",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("street", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("community", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("grid_worker", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("grid_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("verified_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("suitable", sa.Boolean(), nullable=True),
        sa.Column("handed_to_authority", sa.Boolean(), nullable=False),
        sa.Column("transfer_plate", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("escort", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("escort_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notified_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stay_id"),
    )
    op.create_table(
        "followupcall",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("needs", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("followupcall", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followupcall_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "labtest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sample_no", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scheduled_for", sa.Date(), nullable=True),
        sa.Column("sampled_at", sa.DateTime(), nullable=True),
        sa.Column("lab", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("result", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ct_orf1ab", sa.Float(), nullable=True),
        sa.Column("ct_n", sa.Float(), nullable=True),
        sa.Column("reported_at", sa.DateTime(), nullable=True),
        sa.Column("entered_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("labtest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_labtest_result"), ["result"], unique=False)
        batch_op.create_index(batch_op.f("ix_labtest_sample_no"), ["sample_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_labtest_sampled_at"), ["sampled_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_labtest_scheduled_for"), ["scheduled_for"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_labtest_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("celsius", sa.Float(), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("symptoms", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entered_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("void_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.create_index("ix_reading_stay_taken", ["stay_id", "taken_at"], unique=False)
        batch_op.create_index("ix_reading_taken", ["taken_at"], unique=False)

    op.create_table(
        "roomassignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["room.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("roomassignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roomassignment_end_at"), ["end_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_roomassignment_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_roomassignment_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reading_id", sa.Integer(), nullable=True),
        sa.Column("test_id", sa.Integer(), nullable=True),
        sa.Column("escalated_to", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reading_id"],
            ["reading.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["stay.id"],
        ),
        sa.ForeignKeyConstraint(
            ["test_id"],
            ["labtest.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("alert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_alert_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "alertaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"],
            ["alert.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("alertaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alertaction_alert_id"), ["alert_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("alertaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alertaction_alert_id"))

    op.drop_table("alertaction")
    with op.batch_alter_table("alert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_stay_id"))
        batch_op.drop_index(batch_op.f("ix_alert_status"))

    op.drop_table("alert")
    with op.batch_alter_table("roomassignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roomassignment_stay_id"))
        batch_op.drop_index(batch_op.f("ix_roomassignment_room_id"))
        batch_op.drop_index(batch_op.f("ix_roomassignment_end_at"))

    op.drop_table("roomassignment")
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.drop_index("ix_reading_taken")
        batch_op.drop_index("ix_reading_stay_taken")

    op.drop_table("reading")
    with op.batch_alter_table("labtest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_labtest_stay_id"))
        batch_op.drop_index(batch_op.f("ix_labtest_scheduled_for"))
        batch_op.drop_index(batch_op.f("ix_labtest_sampled_at"))
        batch_op.drop_index(batch_op.f("ix_labtest_sample_no"))
        batch_op.drop_index(batch_op.f("ix_labtest_result"))

    op.drop_table("labtest")
    with op.batch_alter_table("followupcall", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followupcall_stay_id"))

    op.drop_table("followupcall")
    op.drop_table("destinationcheck")
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_status"))
        batch_op.drop_index(batch_op.f("ix_stay_planned_release"))
        batch_op.drop_index(batch_op.f("ix_stay_guest_id"))
        batch_op.drop_index(batch_op.f("ix_stay_batch"))

    op.drop_table("stay")
    op.drop_table("healthrecord")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_username"))

    op.drop_table("staff")
    op.drop_table("site")
    op.drop_table("serialcounter")
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_state"))
        batch_op.drop_index(batch_op.f("ix_room_number"))
        batch_op.drop_index(batch_op.f("ix_room_floor"))

    op.drop_table("room")
    with op.batch_alter_table("policyversion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policyversion_effective_from"))

    op.drop_table("policyversion")
    with op.batch_alter_table("guest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guest_phone"))
        batch_op.drop_index(batch_op.f("ix_guest_id_number"))
        batch_op.drop_index(batch_op.f("ix_guest_full_name"))

    op.drop_table("guest")
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditevent_guest_id"))
        batch_op.drop_index(batch_op.f("ix_auditevent_at"))
        batch_op.drop_index(batch_op.f("ix_auditevent_actor"))
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("auditevent")
