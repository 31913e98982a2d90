"""integrity kept by the database, an audit trail that cannot be rewritten

Several desks write at once (issue 14), so what must hold is no longer left to a check in
Python alone; the database refuses, on SQLite and PostgreSQL alike:

- a second open room assignment of a stay (partial unique index, ``end_at IS NULL``);
- a second reading of a stay at the same moment (partial unique index, ``voided_at IS NULL``);
- a sample number used twice (partial unique index, ``sample_no <> ''``);
- more open assignments in a room than its capacity (triggers on ``roomassignment``, and on
  ``room`` when its capacity is lowered);
- any ``UPDATE`` or ``DELETE`` of an audit event (triggers; on PostgreSQL ``TRUNCATE`` too).

A database written before may already hold what the indexes refuse; the upgrade resolves it
first rather than fail, and says so in the audit trail (actor ``system``):

- a stay with several open rooms keeps the one it entered last; the others end when it did
  (``stay.duplicate_room_closed``), and a room left empty awaits disinfection, as on leaving;
- a repeated reading keeps the first stored; the later ones are voided with the reason
  "duplicate found by upgrade" (``reading.void``), so they stay on record;
- a repeated sample number stays on the first test; each later test's number becomes
  ``NUMBER-ID`` (``test.sample_renumber``), so nothing a lab reported is lost.

A room already over its capacity is left as it is (who moves is a person's decision): ``check``
reports it, and the room takes nobody new until it is within capacity again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYSTEM = "system"
DUPLICATE_READING = "duplicate found by upgrade"
#: The messages the triggers refuse with; services.integrity recognises them.
OVER_CAPACITY = "room over capacity"
AUDIT_IS_FINAL = "audit events cannot be changed or deleted"

_OPEN_ONLY = "end_at IS NULL"
_CURRENT_READINGS = "voided_at IS NULL"
_NUMBERED = "sample_no <> ''"

# --- SQLite triggers --------------------------------------------------------------------------

_SQLITE_OVER = (f"SELECT RAISE(ABORT, '{OVER_CAPACITY}') WHERE (SELECT count(*) FROM "
                "roomassignment WHERE room_id = NEW.room_id AND end_at IS NULL) > (SELECT "
                "capacity FROM room WHERE id = NEW.room_id);")
_SQLITE_TRIGGERS = {
    "tr_roomassignment_capacity_insert":
        f"AFTER INSERT ON roomassignment WHEN NEW.end_at IS NULL BEGIN {_SQLITE_OVER} END",
    "tr_roomassignment_capacity_update":
        "AFTER UPDATE OF room_id, end_at ON roomassignment WHEN NEW.end_at IS NULL "
        f"BEGIN {_SQLITE_OVER} END",
    "tr_room_capacity_update":
        f"AFTER UPDATE OF capacity ON room BEGIN SELECT RAISE(ABORT, '{OVER_CAPACITY}') WHERE "
        "(SELECT count(*) FROM roomassignment WHERE room_id = NEW.id AND end_at IS NULL) > "
        "NEW.capacity; END",
    "tr_auditevent_no_update":
        f"BEFORE UPDATE ON auditevent BEGIN SELECT RAISE(ABORT, '{AUDIT_IS_FINAL}'); END",
    "tr_auditevent_no_delete":
        f"BEFORE DELETE ON auditevent BEGIN SELECT RAISE(ABORT, '{AUDIT_IS_FINAL}'); END",
}

# --- PostgreSQL functions and triggers ----------------------------------------------------------

# The room's row is locked first, so two desks placing guests in one room at the same moment
# count one after the other (a later statement sees what the earlier one committed).
_PG_FUNCTIONS = {
    "qd_assignment_within_capacity": f"""
        DECLARE
            beds integer;
            here integer;
        BEGIN
            IF NEW.end_at IS NULL THEN
                SELECT capacity INTO beds FROM room WHERE id = NEW.room_id FOR UPDATE;
                SELECT count(*) INTO here FROM roomassignment
                    WHERE room_id = NEW.room_id AND end_at IS NULL;
                IF here > beds THEN
                    RAISE EXCEPTION '{OVER_CAPACITY}' USING ERRCODE = 'check_violation';
                END IF;
            END IF;
            RETURN NULL;
        END""",
    "qd_room_capacity_kept": f"""
        BEGIN
            IF (SELECT count(*) FROM roomassignment
                WHERE room_id = NEW.id AND end_at IS NULL) > NEW.capacity THEN
                RAISE EXCEPTION '{OVER_CAPACITY}' USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END""",
    "qd_audit_is_final": f"""
        BEGIN
            RAISE EXCEPTION '{AUDIT_IS_FINAL}' USING ERRCODE = 'insufficient_privilege';
        END""",
}
_PG_TRIGGERS = {
    "tr_roomassignment_capacity": "AFTER INSERT OR UPDATE OF room_id, end_at ON roomassignment "
                                  "FOR EACH ROW EXECUTE FUNCTION qd_assignment_within_capacity()",
    "tr_room_capacity_update": "AFTER UPDATE OF capacity ON room FOR EACH ROW "
                               "EXECUTE FUNCTION qd_room_capacity_kept()",
    "tr_auditevent_no_change": "BEFORE UPDATE OR DELETE ON auditevent FOR EACH ROW "
                               "EXECUTE FUNCTION qd_audit_is_final()",
    "tr_auditevent_no_truncate": "BEFORE TRUNCATE ON auditevent FOR EACH STATEMENT "
                                 "EXECUTE FUNCTION qd_audit_is_final()",
}
_TABLE_OF = {"tr_roomassignment_capacity": "roomassignment", "tr_room_capacity_update": "room",
             "tr_auditevent_no_change": "auditevent", "tr_auditevent_no_truncate": "auditevent"}


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now().replace(microsecond=0)
    _close_duplicate_rooms(connection, now)
    _void_duplicate_readings(connection, now)
    _renumber_duplicate_samples(connection, now)
    op.create_index("ux_roomassignment_open_stay", "roomassignment", ["stay_id"], unique=True,
                    sqlite_where=sa.text(_OPEN_ONLY), postgresql_where=sa.text(_OPEN_ONLY))
    op.create_index("ux_reading_stay_moment", "reading", ["stay_id", "taken_at"], unique=True,
                    sqlite_where=sa.text(_CURRENT_READINGS),
                    postgresql_where=sa.text(_CURRENT_READINGS))
    op.create_index("ux_labtest_sample_no", "labtest", ["sample_no"], unique=True,
                    sqlite_where=sa.text(_NUMBERED), postgresql_where=sa.text(_NUMBERED))
    if connection.dialect.name == "postgresql":
        for name, body in _PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                       f"AS $body${body}\n$body$")
        for name, definition in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {definition}")
    else:
        for name, definition in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table in _TABLE_OF.items():
            op.execute(f"DROP TRIGGER {name} ON {table}")
        for name in _PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ux_labtest_sample_no", table_name="labtest")
    op.drop_index("ux_reading_stay_moment", table_name="reading")
    op.drop_index("ux_roomassignment_open_stay", table_name="roomassignment")


# --- resolving what an older database may hold -------------------------------------------------


def _audit(connection: sa.Connection, now: datetime, action: str, entity: str,
           entity_id: int, guest_id: int | None, before: dict, after: dict) -> None:
    connection.execute(
        sa.text("INSERT INTO auditevent (at, actor, action, entity, entity_id, guest_id, "
                "before, after) VALUES (:at, :actor, :action, :entity, :entity_id, :guest_id, "
                ":before, :after)").bindparams(sa.bindparam("at", type_=sa.DateTime())),
        {"at": now, "actor": SYSTEM, "action": action, "entity": entity,
         "entity_id": entity_id, "guest_id": guest_id,
         "before": json.dumps(before, ensure_ascii=False, default=str),
         "after": json.dumps(after, ensure_ascii=False, default=str)})


def _close_duplicate_rooms(connection: sa.Connection, now: datetime) -> None:
    stays = connection.execute(sa.text(
        "SELECT a.stay_id, s.guest_id FROM roomassignment a JOIN stay s ON s.id = a.stay_id "
        "WHERE a.end_at IS NULL GROUP BY a.stay_id, s.guest_id HAVING count(*) > 1")).all()
    ended = sa.text("UPDATE roomassignment SET end_at = :end_at WHERE id = :id").bindparams(
        sa.bindparam("end_at", type_=sa.DateTime()))
    left: set[int] = set()
    for stay_id, guest_id in stays:
        rows = connection.execute(sa.text(
            "SELECT a.id, a.room_id, a.start_at, r.number FROM roomassignment a "
            "JOIN room r ON r.id = a.room_id WHERE a.stay_id = :stay AND a.end_at IS NULL "
            "ORDER BY a.start_at DESC, a.id DESC").columns(start_at=sa.DateTime()),
            {"stay": stay_id}).all()
        kept, closed = rows[0], rows[1:]
        for assignment_id, room_id, _start, number in closed:
            connection.execute(ended, {"end_at": kept.start_at, "id": assignment_id})
            left.add(room_id)
            _audit(connection, now, "stay.duplicate_room_closed", "stay", stay_id, guest_id,
                   {"room": number, "assignment_id": assignment_id},
                   {"room": kept.number, "ended_at": kept.start_at.isoformat()})
    for room_id in sorted(left):
        connection.execute(sa.text(
            "UPDATE room SET state = 'awaiting_disinfection', version = version + 1 "
            "WHERE id = :id AND state = 'occupied' AND NOT EXISTS (SELECT 1 FROM "
            "roomassignment WHERE room_id = :id AND end_at IS NULL)"), {"id": room_id})


def _void_duplicate_readings(connection: sa.Connection, now: datetime) -> None:
    rows = connection.execute(sa.text(
        "SELECT r.id, s.guest_id, (SELECT min(o.id) FROM reading o "
        "WHERE o.stay_id = r.stay_id AND o.taken_at = r.taken_at AND o.voided_at IS NULL) "
        "AS kept FROM reading r JOIN stay s ON s.id = r.stay_id "
        "JOIN (SELECT stay_id, taken_at FROM reading WHERE voided_at IS NULL "
        "GROUP BY stay_id, taken_at HAVING count(*) > 1) d "
        "ON d.stay_id = r.stay_id AND d.taken_at = r.taken_at "
        "WHERE r.voided_at IS NULL ORDER BY r.id")).all()
    voided = sa.text("UPDATE reading SET voided_at = :at, voided_by = :by, void_reason = "
                     ":reason WHERE id = :id").bindparams(sa.bindparam("at", type_=sa.DateTime()))
    for reading_id, guest_id, kept in rows:
        if reading_id == kept:
            continue
        connection.execute(voided, {"at": now, "by": SYSTEM, "reason": DUPLICATE_READING,
                                    "id": reading_id})
        _audit(connection, now, "reading.void", "reading", reading_id, guest_id,
               {"voided_at": None},
               {"voided_at": now.isoformat(), "voided_by": SYSTEM,
                "void_reason": DUPLICATE_READING, "kept_reading_id": kept})


def _renumber_duplicate_samples(connection: sa.Connection, now: datetime) -> None:
    rows = connection.execute(sa.text(
        "SELECT t.id, t.sample_no, s.guest_id FROM labtest t JOIN stay s ON s.id = t.stay_id "
        "WHERE t.sample_no IN (SELECT sample_no FROM labtest WHERE sample_no <> '' "
        "GROUP BY sample_no HAVING count(*) > 1) ORDER BY t.sample_no, t.id")).all()
    taken = {number for (number,) in connection.execute(sa.text(
        "SELECT sample_no FROM labtest WHERE sample_no <> ''"))}
    seen: set[str] = set()
    for test_id, number, guest_id in rows:
        if number not in seen:
            seen.add(number)
            continue
        renumbered = f"{number}-{test_id}"
        while renumbered in taken:
            renumbered += "-"
        taken.add(renumbered)
        connection.execute(sa.text("UPDATE labtest SET sample_no = :new WHERE id = :id"),
                           {"new": renumbered, "id": test_id})
        _audit(connection, now, "test.sample_renumber", "labtest", test_id, guest_id,
               {"sample_no": number}, {"sample_no": renumbered})
