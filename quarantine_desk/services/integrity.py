"""What the database refuses to hold twice, looked for by ``check`` (issue 14).

Migration 0006 has the database refuse a second reading of a stay at one moment and a sample
number on two tests; a database restored from an older backup, or written while those guards
were missing, may still hold such pairs, and ``check`` names them. (Two open rooms of a stay
and rooms over capacity are among ``maintenance``'s stay and room checks.)
"""

from __future__ import annotations

from sqlmodel import Session, func, select

from quarantine_desk.domain.text import translate
from quarantine_desk.store.models import Guest, LabTest, Reading, Stay


def _tr(text: str) -> str:
    return translate("maintenance", text)


def duplicate_problems(session: Session) -> list[str]:
    """One line per reading stored twice and per sample number used twice."""
    problems: list[str] = []
    for stay_id, name, taken_at, n in session.exec(
        select(Reading.stay_id, Guest.full_name, Reading.taken_at, func.count())
        .join(Stay, Stay.id == Reading.stay_id)  # type: ignore[arg-type]
        .join(Guest, Guest.id == Stay.guest_id)  # type: ignore[arg-type]
        .where(Reading.voided_at.is_(None))  # type: ignore[union-attr]
        .group_by(Reading.stay_id, Guest.full_name, Reading.taken_at)
        .having(func.count() > 1)
        .order_by(Reading.stay_id, Reading.taken_at)
    ):
        problems.append(_tr("stay {id} ({name}) has {n} readings at {time}: void all but "
                            "one").format(id=stay_id, name=name, n=n,
                                          time=taken_at.strftime("%Y-%m-%d %H:%M")))
    for number, n in session.exec(
        select(LabTest.sample_no, func.count())
        .where(LabTest.sample_no != "")
        .group_by(LabTest.sample_no)
        .having(func.count() > 1)
        .order_by(LabTest.sample_no)
    ):
        problems.append(_tr("sample number {no} is on {n} tests").format(no=number, n=n))
    return problems
