"""What every step of the demo's play shares: the one transaction, the one random source, the
timeline, the people drawn so far, who acts, the policy in force and the grid workers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from quarantine_desk.demo.names import People
from quarantine_desk.demo.site import Grid, Staff
from quarantine_desk.demo.timeline import Timeline
from quarantine_desk.domain.policy import Policy


@dataclass
class Scene:
    """Set up once the site is open; passed to each step instead of a dozen arguments."""

    session: Session
    rng: random.Random
    timeline: Timeline
    people: People
    staff: Staff
    policy: Policy
    grid: Grid

    @property
    def as_of(self) -> datetime:
        return self.timeline.as_of

    @property
    def today(self) -> date:
        return self.timeline.as_of.date()
