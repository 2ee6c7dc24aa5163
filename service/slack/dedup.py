"""Remember which Slack deliveries were already handled, so a retry posts nothing new.

Slack retries an event it thinks failed (up to three times, with `X-Slack-Retry-Num`)
and every retry carries the same `event_id`. This cache lives in the process: with
several workers behind a load balancer a retry can land on a worker that never saw the
first delivery. Run the Slack endpoint in one worker (or Socket Mode, one connection)
or put a shared store behind `SeenDeliveries` to close that gap.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class SeenDeliveries:
    """A bounded TTL set of delivery ids (event_id, or trigger_id for interactions)."""

    def __init__(self, *, ttl_s: float = 3600.0, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        if ttl_s <= 0 or max_entries < 1:
            raise ValueError("ttl_s must be positive and max_entries at least 1")
        self._ttl_s = ttl_s
        self._max_entries = max_entries
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, delivery_id: str) -> bool:
        """True the first time an id is offered within the TTL; records it either way.

        Check and record happen without an await in between, so two concurrent
        deliveries of one event on the same event loop cannot both get True.
        """
        now = self._clock()
        self._expire(now)
        if delivery_id in self._seen:
            return False
        self._seen[delivery_id] = now + self._ttl_s
        if len(self._seen) > self._max_entries:
            self._seen.popitem(last=False)
        return True

    def _expire(self, now: float) -> None:
        while self._seen:
            oldest, expires = next(iter(self._seen.items()))
            if expires > now:
                return
            del self._seen[oldest]

    def __len__(self) -> int:
        return len(self._seen)
