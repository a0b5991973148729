"""A client-side rate limiter shared by every thread and task that uses one client.

Altegio documents 200 requests per minute or 5 per second per IP. Each request reserves
the earliest moment at which it keeps within every window; callers then sleep until
then, outside the lock, with time.sleep or asyncio.sleep.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` requests in any `seconds`-long window."""

    requests: int
    seconds: float

    def __post_init__(self) -> None:
        if self.requests < 1 or self.seconds <= 0:
            raise ValueError(f"invalid rate limit {self.requests}/{self.seconds}s")


DEFAULT_RATE_LIMITS = (RateLimit(5, 1.0), RateLimit(200, 60.0))


class RateLimiter:
    def __init__(
        self, limits: Sequence[RateLimit], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._windows = [(limit, deque[float]()) for limit in limits]
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next free slot; return the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            start = now
            for limit, sent in self._windows:
                if len(sent) >= limit.requests:
                    start = max(start, sent[-limit.requests] + limit.seconds)
            for limit, sent in self._windows:
                sent.append(start)
                if len(sent) > limit.requests:
                    sent.popleft()
            return start - now
