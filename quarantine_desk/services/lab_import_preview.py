"""What importing a lab's results file would change, shown before anything is written.

The preview runs the real import (:func:`medical_import.import_results`) inside a savepoint and
rolls it back, reading the audit events the import wrote before that: which test gets which
result, which samples are new, which alerts open and whose period restarts. The preview and the
import therefore apply the same rules and cannot disagree, unless the data changes in between
(the window compares the import's report with the preview and says so).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import alerts, medical_import
from quarantine_desk.services.context import Actor, require
from quarantine_desk.services.medical_import import ImportReport
from quarantine_desk.services.stays import get_stay, guest_of
from quarantine_desk.store.models import AuditEvent


@dataclass(frozen=True)
class ResultChange:
    """One test the import will touch: a result set (or corrected), or a new sample."""

    stay_id: int
    guest_name: str
    room: str
    kind: TestKind
    sample_no: str
    sampled_at: datetime | None
    before: TestResult | None  # None: the import records this sample (it is not in the desk)
    after: TestResult

    @property
    def new_sample(self) -> bool:
        return self.before is None


@dataclass(frozen=True)
class AlertChange:
    """A positive alert the import opens, or a finding it adds to one still open."""

    stay_id: int
    guest_name: str
    room: str
    summary: str
    opens: bool  # False: added to the guest's alert already open


@dataclass(frozen=True)
class RestartChange:
    """A housemate of a positive whose period starts again (DESIGN.md §3 room sharing)."""

    stay_id: int
    guest_name: str
    room: str
    exposure_date: date
    planned_release: date
    previous_release: date


@dataclass(frozen=True)
class ResultPreview:
    """Everything the import of ``path`` would do, as of the moment it was computed."""

    path: Path
    imported: int
    skipped: tuple[tuple[int, str], ...]  # (spreadsheet row, reason)
    changes: tuple[ResultChange, ...]
    alerts: tuple[AlertChange, ...]
    restarts: tuple[RestartChange, ...]

    @property
    def positives(self) -> tuple[ResultChange, ...]:
        return tuple(c for c in self.changes if c.after is TestResult.POSITIVE)

    def agrees_with(self, report: ImportReport) -> bool:
        """Whether an import's report is the one this preview foretold."""
        return report.imported == self.imported and tuple(report.skipped) == self.skipped


def _events_since(session: Session, actor: Actor, last_id: int) -> list[AuditEvent]:
    """The audit events ``actor`` added after event ``last_id``, in order: the import's own
    (the rows it skipped wrote none)."""
    return list(session.exec(
        select(AuditEvent).where(AuditEvent.id > last_id,  # type: ignore[operator]
                                 AuditEvent.actor == actor.username)
        .order_by(AuditEvent.id)))  # type: ignore[arg-type]


def _json(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


class _Names:
    """Guest names and rooms of stays, looked up once each."""

    def __init__(self, session: Session, stay_ids: set[int]) -> None:
        self.session = session
        self.rooms = alerts.last_rooms(session, stay_ids) if stay_ids else {}
        self._names: dict[int, str] = {}

    def name(self, stay_id: int) -> str:
        if stay_id not in self._names:
            self._names[stay_id] = guest_of(self.session, get_stay(self.session, stay_id)).full_name
        return self._names[stay_id]

    def room(self, stay_id: int) -> str:
        return self.rooms.get(stay_id, "")


def _changes(events: list[AuditEvent], names: _Names) -> list[ResultChange]:
    """Per test, in the order the import met them: the result before the first event of the
    file and after the last (a sample listed twice shows once, with its final result)."""
    first_before: dict[int, TestResult | None] = {}
    last_after: dict[int, dict[str, Any]] = {}
    for audit_event in events:
        if audit_event.action not in ("test.sample", "test.result"):
            continue
        test_id = audit_event.entity_id or 0
        before = _json(audit_event.before)
        if test_id not in first_before:
            new = audit_event.action == "test.sample" and not before.get("sampled_at")
            first_before[test_id] = None if new else TestResult(before["result"])
        last_after[test_id] = _json(audit_event.after)
    changes = []
    for test_id, before_result in first_before.items():
        after = last_after[test_id]
        stay_id = int(after["stay_id"])
        sampled = after.get("sampled_at")
        changes.append(ResultChange(
            stay_id=stay_id, guest_name=names.name(stay_id), room=names.room(stay_id),
            kind=TestKind(after["kind"]), sample_no=after.get("sample_no") or "",
            sampled_at=datetime.fromisoformat(sampled) if sampled else None,
            before=before_result, after=TestResult(after["result"]),
        ))
    return changes


def _alerts(session: Session, events: list[AuditEvent], names: _Names) -> list[AlertChange]:
    found = []
    for audit_event in events:
        if audit_event.action not in ("alert.open", "alert.finding"):
            continue
        after = _json(audit_event.after)
        alert = alerts.get_alert(session, audit_event.entity_id or 0)
        found.append(AlertChange(
            stay_id=alert.stay_id, guest_name=names.name(alert.stay_id),
            room=names.room(alert.stay_id), summary=str(after.get("summary", "")),
            opens=audit_event.action == "alert.open",
        ))
    return found


def _restarts(events: list[AuditEvent], names: _Names) -> list[RestartChange]:
    found = []
    for audit_event in events:
        if audit_event.action != "stay.exposure_restart":
            continue
        before, after = _json(audit_event.before), _json(audit_event.after)
        stay_id = audit_event.entity_id or 0
        found.append(RestartChange(
            stay_id=stay_id, guest_name=names.name(stay_id), room=names.room(stay_id),
            exposure_date=date.fromisoformat(after["exposure_date"]),
            planned_release=date.fromisoformat(after["planned_release"]),
            previous_release=date.fromisoformat(before["planned_release"]),
        ))
    return found


def _stay_ids(session: Session, events: list[AuditEvent]) -> set[int]:
    ids = set()
    for audit_event in events:
        if audit_event.action.startswith("test."):
            ids.add(int(_json(audit_event.after)["stay_id"]))
        elif audit_event.action.startswith("alert."):
            ids.add(alerts.get_alert(session, audit_event.entity_id or 0).stay_id)
        elif audit_event.action == "stay.exposure_restart":
            ids.add(audit_event.entity_id or 0)
    return ids


def preview_results(session: Session, actor: Actor, path: Path,
                    now: datetime | None = None) -> ResultPreview:
    """Run the results import of ``path`` and undo it, reporting what it would do.

    Nothing survives: the import runs in a savepoint that is always rolled back. Raises what
    the import raises for a file it refuses whole (unreadable, a needed column missing).
    Call it with a session that is not committed afterwards (a read session), so no change
    notification goes out either.
    """
    require(actor, Permission.TESTS)
    savepoint = session.begin_nested()
    try:
        last_id = session.exec(select(func.max(AuditEvent.id))).one() or 0
        report = medical_import.import_results(session, actor, path, now=now)
        session.flush()
        kept = _events_since(session, actor, last_id)
        names = _Names(session, _stay_ids(session, kept))
        preview = ResultPreview(
            path=Path(path), imported=report.imported, skipped=tuple(report.skipped),
            changes=tuple(_changes(kept, names)), alerts=tuple(_alerts(session, kept, names)),
            restarts=tuple(_restarts(kept, names)),
        )
    finally:
        savepoint.rollback()
    return preview

