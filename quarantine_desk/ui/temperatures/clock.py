"""The clock of the Temperatures panel: which slot is now, and when a typed reading was taken.

The panel asks this module, never ``datetime.now()`` directly, so one place decides how the
rounds sheet follows the wall clock. The slots are the policy's rounds of the sheet's day
(:func:`quarantine_desk.services.readings.rounds_day`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from quarantine_desk.services.readings import Slot


def now() -> datetime:
    """The desk's wall clock to the second."""
    return datetime.now().replace(microsecond=0)


def slot_at(moment: datetime, slots: Sequence[Slot]) -> str:
    """The code of the slot ``moment`` falls in (morning before 12:00, afternoon from 12:00
    on a COVID-19 day)."""
    return next((slot.code for slot in slots if slot.holds(moment.time())), slots[-1].code)


def taken_at_for(on: date, slot: Slot, moment: datetime) -> datetime:
    """The time to file a reading typed at ``moment`` on the sheet of ``on``/``slot``: the
    moment itself during the slot, else the slot's round time, so that a round entered late
    is filed under its own slot, not "now" (a slot still to come is refused by the service as
    a reading in the future)."""
    start, end = slot.bounds(on)
    if start <= moment < end:
        return moment
    return datetime.combine(on, slot.round_time)
