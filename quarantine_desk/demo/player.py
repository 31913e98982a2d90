"""The demo site (DESIGN.md §5 ``demo``): an empty database filled with a site that looks lived in.

The fortnight before ``as_of`` is played forward in time, up to ``as_of``, through the services
in one transaction: check-in of transfer batches, the rounds' readings and PCRs (entered in
bulk), fevers entered as readings, a positive result and its hospital transfer, destination
checks, follow-up calls, releases, terminal disinfection. The records therefore carry the
audit trail and the consistency those services give. A demo of more guests than the fortnight
holds (``--guests 100000``) has a past as well: the months before, entered in bulk
(:mod:`quarantine_desk.demo.history`).

Every choice is drawn from one ``random.Random(seed)`` and every moment is counted from
``as_of``, so the same seed and moment give the same data.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quarantine_desk.demo.arrivals import Arrivals
from quarantine_desk.demo.history import PastDrawer, Progress, Turn, history_days, timetable
from quarantine_desk.demo.names import People
from quarantine_desk.demo.plan import Planner
from quarantine_desk.demo.scene import Scene
from quarantine_desk.demo.site import open_site, open_staff, out_of_service_rooms, room_layout
from quarantine_desk.demo.stay_course import StayCourse
from quarantine_desk.demo.timeline import Timeline
from quarantine_desk.domain.policy import NINTH_EDITION, Policy
from quarantine_desk.domain.text import translate
from quarantine_desk.services import audit, events, guest_search, past_stays, policies
from quarantine_desk.services import rooms as room_service
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.records import RoomRecord

MIN_ROOMS, MAX_ROOMS = 20, 2000
MIN_GUESTS, MAX_GUESTS = 40, 200_000
#: The longest past a demo makes up: a site of too few rooms for its guests is refused.
MAX_PAST_DAYS = 5 * 365
#: The site opened this many days before ``as_of``, at 09:00.
OPENED_DAYS_BEFORE = 16


def _tr(text: str) -> str:
    return translate("demo", text)


def build_demo(
    engine: Engine,
    *,
    rooms: int = 120,
    guests: int = 80,
    seed: int = 1,
    as_of: datetime | None = None,
    progress: Progress | None = None,
) -> list[dict[str, str]]:
    """Fill an empty database with a demo site as of ``as_of`` (default: now).

    Returns the staff accounts made, one per role, with their passwords
    (``[{"username", "password", "role"}]``). Refuses a database that already has rooms or stays.
    """
    if not MIN_ROOMS <= rooms <= MAX_ROOMS:
        raise ValidationFailed(_tr("the demo needs between {low} and {high} rooms, not {n}")
                               .format(low=MIN_ROOMS, high=MAX_ROOMS, n=rooms))
    if not MIN_GUESTS <= guests <= MAX_GUESTS:
        raise ValidationFailed(_tr("the demo needs between {low} and {high} guests, not {n}")
                               .format(low=MIN_GUESTS, high=MAX_GUESTS, n=guests))
    if guests > rooms and rooms < MIN_GUESTS:
        raise ValidationFailed(_tr("a demo with more guests than rooms needs at least {n} "
                                   "rooms: the guests beyond the rooms' number become the "
                                   "site's past").format(n=MIN_GUESTS))
    moment = (as_of or datetime.now()).replace(microsecond=0)
    with Desk(engine).write() as session:
        if not _is_empty(session):
            raise ValidationFailed(
                _tr("the database is not empty; use --db with a new file"))
        accounts, site_id = _play(session, random.Random(seed), moment, rooms, guests,
                                   progress)
        audit.record(session, Actor.system(), "demo.build", "site", site_id,
                     after={"rooms": rooms, "guests": guests, "seed": seed,
                            "as_of": moment.isoformat()}, at=moment)
        events.changed(session, *events.Topic)  # a new site: everything changed
    Desk(engine).refresh_statistics()  # a whole site loaded at once: tell the planner
    return accounts


def _is_empty(session: Session) -> bool:
    """No rooms, stays or staff accounts yet (a site or a policy may be there). A site with
    accounts has people who must sign in to write, and the demo makes its own accounts."""
    return (room_service.vacancy(session)["rooms_total"] == 0
            and guest_search.count_search(session, "") == 0
            and not staff_service.has_any_staff(session))


def _play(session: Session, rng: random.Random, as_of: datetime, room_count: int,
          guests: int, progress: Progress | None) -> tuple[list[dict[str, str]], int | None]:
    """Open the site, enter its past (when the guests do not all fit in the fortnight shown),
    draw the plans, schedule everything and play it up to ``as_of``; the staff accounts and
    the site's id."""
    today = as_of.date()
    play_starts = datetime.combine(today - timedelta(days=OPENED_DAYS_BEFORE), time(9, 0))
    live = min(guests, max(room_count, MIN_GUESTS))
    timeline = Timeline(rng, as_of)
    people = People(rng, today)
    layout = room_layout(room_count)
    policy = _policy_to_come(session, today)
    turns: list[Turn] = []
    opened = play_starts
    if guests > live:  # the past decides when the site opened, so it is drawn first
        broken = out_of_service_rooms(rng, layout)
        beds = [RoomRecord(None, r.number, 0, r.kind.value, r.capacity, "available", "", 1)
                for r in layout if r.number not in broken]
        turns = timetable(rng, policy, beds, guests - live, today)
        days = history_days(turns, today)
        if days > MAX_PAST_DAYS:
            raise ValidationFailed(
                _tr("{rooms} rooms would take {years} years to have held {guests} guests: give "
                    "about {needed} rooms for a past of a year").format(
                    rooms=room_count, years=days // 365, guests=guests,
                    needed=min(MAX_ROOMS, room_count * days // 365 + 1)))
        opened = play_starts - timedelta(days=days)
    accounts, staff = open_staff(session, rng, people, opened)
    if not turns:  # drawn in the order the demo always drew them: the same seed, the same site
        broken = out_of_service_rooms(rng, layout)
    site_id, grid = open_site(session, people, staff, layout, broken, opened)
    if turns:
        drawer = PastDrawer(rng, people, grid, policy)
        for batch in drawer.batches(turns, opened.date() - today, progress):
            past_stays.record_past_stays(session, staff.manager, batch, now=play_starts)
    policy = policies.load(policies.policy_row_on(session, today))
    scene = Scene(session=session, rng=rng, timeline=timeline, people=people, staff=staff,
                  policy=policy, grid=grid)
    plans = Planner(rng, today, policy, people).plans(live)
    Arrivals(scene).schedule(plans)
    StayCourse(scene).schedule(plans)
    timeline.run()
    return accounts, site_id


def _policy_to_come(session: Session, today: date) -> Policy:
    """The rules the site will work under: those chosen before the demo, else the 9th edition
    (the one :func:`open_site` adopts)."""
    if policies.has_versions(session):
        return policies.load(policies.policy_row_on(session, today))
    return NINTH_EDITION
