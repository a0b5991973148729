"""A client-side rate limiter shared by every thread and task that uses one client.

Altegio documents 200 requests per minute or 5 per second per IP, counted where the
requests arrive. Each request first reserves the earliest moment at which it keeps within
every window and sleeps until then (outside the lock, with time.sleep or asyncio.sleep);
then it departs only if the requests that actually left keep it within every window,
else it waits again. Windows are held `margin` seconds longer than stated, so that jitter
between leaving here and arriving there cannot fit one request too many into a window. A
429 with Retry-After pauses every request through the limiter (pause()).
"""

from __future__ import annotations

import math
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
#: Seconds added to every window (see the module docstring).
DEFAULT_MARGIN = 0.05


class RateLimiter:
    def __init__(
        self,
        limits: Sequence[RateLimit],
        clock: Callable[[], float] = time.monotonic,
        *,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        if not (math.isfinite(margin) and margin >= 0):
            raise ValueError(f"margin must be a finite number >= 0, not {margin!r}")
        # Per limit: its length with the margin, the planned and the actual departures.
        self._windows = [
            (limit.requests, limit.seconds + margin, deque[float](), deque[float]())
            for limit in limits
        ]
        self._clock = clock
        self._lock = threading.Lock()
        self._paused_until = -math.inf

    def reserve(self) -> float:
        """Take the next planned slot; return the seconds to wait before depart()."""
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            for requests, seconds, planned, _ in self._windows:
                if len(planned) >= requests:
                    start = max(start, planned[-requests] + seconds)
            for requests, _, planned, _ in self._windows:
                planned.append(start)
                if len(planned) > requests:
                    planned.popleft()
            return start - now

    def depart(self) -> float:
        """Record a request leaving now and return 0.0; or, when the requests that left
        (or a pause) do not allow it yet, record nothing and return the seconds to wait
        before asking again."""
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            for requests, seconds, _, sent in self._windows:
                if len(sent) >= requests:
                    start = max(start, sent[-requests] + seconds)
            if start > now:
                return start - now
            for requests, _, _, sent in self._windows:
                sent.append(now)
                if len(sent) > requests:
                    sent.popleft()
            return 0.0

    def pause(self, seconds: float) -> None:
        """Hold every request through this limiter for `seconds` from now (the server said
        so with Retry-After)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)
