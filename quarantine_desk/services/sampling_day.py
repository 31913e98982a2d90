"""The samples taken on one day, so the due list and the collection sheet can show each tube
number beside the guest it was taken from."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from quarantine_desk.domain.enums import TestKind
from quarantine_desk.store.models import LabTest


def sample_numbers_on(session: Session, on: date) -> dict[tuple[int, TestKind], str]:
    """Sample numbers by (stay, kind) for samples taken on ``on``; when a guest gave two
    samples of a kind that day, the later one (a re-sample) is shown."""
    start = datetime.combine(on, datetime.min.time())
    rows = session.exec(
        select(LabTest.stay_id, LabTest.kind, LabTest.sample_no)
        .where(LabTest.sampled_at >= start,  # type: ignore[operator]
               LabTest.sampled_at < start + timedelta(days=1))  # type: ignore[operator]
        .order_by(LabTest.sampled_at, LabTest.id)
    ).all()
    return {(stay_id, TestKind(kind)): sample_no for stay_id, kind, sample_no in rows}
