"""The demo's clock: moments of the site's life, played in the order they happened.

Each step of the play schedules what happens at a moment; running the timeline calls them in
time order (ties in the order they were scheduled), so a service always sees the records it
would have seen on that day. What would happen after ``as_of`` never does.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta


class Timeline:
    """A queue of dated actions up to ``as_of``."""

    def __init__(self, rng: random.Random, as_of: datetime) -> None:
        self.rng = rng
        self.as_of = as_of
        self._queue: list[tuple[datetime, int, Callable[[], None]]] = []
        self._order = 0

    def at(self, moment: datetime, action: Callable[[], None]) -> None:
        """Schedule ``action`` at ``moment``, unless that is after ``as_of``."""
        if moment <= self.as_of:
            self._order += 1
            heapq.heappush(self._queue, (moment, self._order, action))

    def run(self) -> None:
        """Play every scheduled action in time order, including those scheduled meanwhile."""
        while self._queue:
            _moment, _order, action = heapq.heappop(self._queue)
            action()

    def clock(self, day: date, hour: int, minute: int = 0, jitter: int = 0) -> datetime:
        """``hour:minute`` on ``day``, give or take up to ``jitter`` minutes."""
        moment = datetime.combine(day, time(hour, minute))
        return moment + timedelta(minutes=self.rng.randint(-jitter, jitter)) if jitter else moment
