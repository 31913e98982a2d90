"""The clock of the Temperatures panel: which slot is now, and when a typed reading was taken.

The panel asks this module, never ``datetime.now()`` directly, so one place decides how the
rounds sheet follows the wall clock.
"""

from __future__ import annotations

from datetime import date, datetime, time

from quarantine_desk.services.readings import NOON, slot_bounds

MORNING = "morning"
AFTERNOON = "afternoon"

#: When a round of a slot already over is entered late, the reading is put at the slot's
#: usual round time rather than at "now", which would file it under the wrong slot.
ROUND_TIMES = {MORNING: time(8, 0), AFTERNOON: time(16, 0)}


def now() -> datetime:
    """The desk's wall clock to the second."""
    return datetime.now().replace(microsecond=0)


def slot_at(moment: datetime) -> str:
    """Morning before 12:00, afternoon from 12:00."""
    return MORNING if moment.time() < NOON else AFTERNOON


def taken_at_for(on: date, slot: str, moment: datetime) -> datetime:
    """The time to file a reading typed at ``moment`` on the sheet of ``on``/``slot``: the
    moment itself during the slot, else the slot's usual round time (a slot still to come is
    refused by the service as a reading in the future)."""
    start, end = slot_bounds(on, slot)
    if start <= moment < end:
        return moment
    return datetime.combine(on, ROUND_TIMES[slot])
