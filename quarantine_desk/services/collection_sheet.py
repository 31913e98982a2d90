"""The data of the collection sheet (核酸采样登记表), gathered for ``documents.collection_sheet``:
who is due a sample on a day, in walking order, with the tube numbers already recorded, so a
sheet printed mid-round still tells the truth. Labelled in the documents' language
(:func:`on_paper`) whatever the window or the console speaks."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from quarantine_desk.domain.paper_language import on_paper
from quarantine_desk.domain.paper_records import CollectionSheetData, SheetRow
from quarantine_desk.services import labtests, policies, sampling_day, site


def collection_sheet_data(session: Session, on: date,
                          now: datetime | None = None) -> CollectionSheetData:
    """Who is due a sample on ``on`` (labtests.tests_due, in walking order) with the tube
    numbers already recorded that day, labelled in the documents' language."""
    with on_paper():
        return _sheet_data(session, on, now)


def _sheet_data(session: Session, on: date, now: datetime | None) -> CollectionSheetData:
    numbers = sampling_day.sample_numbers_on(session, on)
    rows = [
        SheetRow(floor=due.floor, room=due.room, name=due.guest_name, test_label=due.label,
                 kind_label=policies.test_kind_label(due.kind), note=due.reason,
                 sample_no=numbers.get((due.stay_id, due.kind), "") if due.sampled else "",
                 sampled=due.sampled)
        for due in labtests.tests_due(session, on)
    ]
    current = site.get_site(session)
    return CollectionSheetData(site_name=current.name if current else "", on=on, rows=tuple(rows),
                               printed_at=(now or datetime.now()).replace(microsecond=0))
