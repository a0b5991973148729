"""A client-side rate limiter shared by every thread and task that uses one client.

Altegio documents 200 requests per minute or 5 per second per IP, counted where the
requests arrive. Each request first reserves the earliest moment at which it keeps within
every window and sleeps until then (outside the lock, with time.sleep or asyncio.sleep);
then it departs only if the requests that actually left keep it within every window,
else it waits again. Windows are held `margin` seconds longer than stated, so that jitter
between leaving here and arriving there cannot fit one request too many into a window. A
429 with Retry-After pauses every request through the limiter (pause()).

A request admitted by depart() may still take a while to leave: opening its connection (a
TLS handshake to Altegio takes longer than the margin), a shared store's slow answer, or a
thread the OS held. So the admission is checked again the moment the request's first byte
is written (Departure, httpcore's `trace` hook): later than usual (a decision's usual time,
`usual_decision`) by more than half the margin (`leeway`), its entry is moved to that
moment (a Ticket holds it), waiting if the windows are full by then, and again if that
move came back late too (at most `_RECHARGES` times). The other half of the margin covers
the way from there to the server.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from . import errors


class Ticket:
    """The entry one request holds in a limiter's windows, so that charging it again as it
    leaves moves that entry instead of adding another (None: it holds none)."""

    __slots__ = ("entry",)

    def __init__(self) -> None:
        self.entry: object = None


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
        #: Seconds a request may take to leave after its admission before it is charged
        #: again as it leaves (see the module docstring).
        self.leeway: float = margin / 2
        #: How long an admission usually takes from asking to answer (seconds; a shared
        #: store's round trip): every request leaves that late, so only a delay beyond it
        #: counts against `leeway`.
        self.usual_decision: float = math.inf

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

    def depart(self, deadline: float = math.inf, ticket: Ticket | None = None) -> float:
        """Record a request leaving now and return 0.0; or, when the requests that left
        (or a pause) do not allow it yet, record nothing and return the seconds to wait
        before asking again. A shared limiter gives up asking its store at `deadline`
        (time.monotonic()); this one answers at once. With a `ticket`, the entry it holds
        (the request's earlier admission) is taken out first: the request is counted once,
        when it leaves."""
        with self._lock:
            now = self._clock()
            if ticket is not None and ticket.entry is not None:
                for _, _, _, sent in self._windows:
                    with contextlib.suppress(ValueError):  # already out of the window
                        sent.remove(ticket.entry)  # type: ignore[arg-type]  # its own
                ticket.entry = None
            start = max(now, self._paused_until)
            for requests, seconds, _, sent in self._windows:
                if len(sent) >= requests:
                    start = max(start, sent[-requests] + seconds)
            if start > now:
                return start - now
            for _, seconds, _, sent in self._windows:
                sent.append(now)
                while sent[0] + seconds <= now:  # out of the window
                    sent.popleft()
            if ticket is not None:
                ticket.entry = now
            return 0.0

    def note_decision(self, seconds: float) -> None:
        """Track usual_decision: the fastest recent admissions (down at once, up slowly,
        so that a server that became slower for good is followed)."""
        usual = self.usual_decision
        self.usual_decision = seconds if seconds < usual else usual + (seconds - usual) / 16

    async def adepart(self, deadline: float = math.inf, ticket: Ticket | None = None) -> float:
        """depart() for async clients (a shared limiter asks its store over asyncio)."""
        return self.depart(deadline, ticket)

    def pause(self, seconds: float) -> None:
        """Hold every request through this limiter for `seconds` from now (the server said
        so with Retry-After)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)


#: httpcore's trace events just before a request's first byte is written.
_SENDING = frozenset({"http11.send_request_headers.started", "http2.send_request_headers.started"})
#: At most so many charges again as a request leaves (each came back late, a busy host).
_RECHARGES = 3


class _DepartureBase:
    def __init__(
        self,
        limiter: RateLimiter,
        request: httpx.Request,
        deadline: float,
        extend: Callable[[float], None],
    ) -> None:
        self.limiter = limiter
        self.request = request
        self.deadline = deadline
        self.extend = extend  # the attempt's own timeout does not count the waits at departure
        self.admitted = -math.inf  # when the admission that holds was asked for (monotonic)
        self.ticket = Ticket()

    def _check(self, wait: float) -> None:
        if time.monotonic() + wait > self.deadline:
            raise errors.APITimeoutError(self.request)

    def _late(self) -> bool:
        limiter = self.limiter
        return time.monotonic() - self.admitted > limiter.usual_decision + limiter.leeway

    def _admitted(self, asked: float) -> None:
        self.admitted = asked
        self.limiter.note_decision(time.monotonic() - asked)


class Departure(_DepartureBase):
    """One attempt's way through the limiter, for the sync client: admit() waits until the
    limiter admits it; called by httpcore as the request leaves (the request's `trace`
    extension), it charges it again if it leaves late (see the module docstring).
    Transports that do not trace keep the admission made before sending. Waiting past the
    call's deadline raises errors.APITimeoutError."""

    def __init__(
        self,
        limiter: RateLimiter,
        request: httpx.Request,
        deadline: float,
        sleep: Callable[[float], None],
        extend: Callable[[float], None],
    ) -> None:
        super().__init__(limiter, request, deadline, extend)
        self.sleep = sleep

    def admit(self) -> None:
        self._depart(self.limiter.reserve())

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event in _SENDING:
            for _ in range(_RECHARGES):
                if not self._late():
                    return
                self.extend(self._depart(0.0))

    def _depart(self, wait: float) -> float:
        """Wait `wait`, then until the limiter admits; return the seconds waited."""
        waited = 0.0
        while True:
            if wait > 0:
                self._check(wait)
                self.sleep(wait)
                waited += wait
            asked = time.monotonic()
            wait = self.limiter.depart(self.deadline, self.ticket)
            if wait <= 0:
                self._admitted(asked)
                return waited


class AsyncDeparture(_DepartureBase):
    """Departure for the async client (its waits are asyncio sleeps)."""

    def __init__(
        self,
        limiter: RateLimiter,
        request: httpx.Request,
        deadline: float,
        sleep: Callable[[float], Awaitable[None]],
        extend: Callable[[float], None],
    ) -> None:
        super().__init__(limiter, request, deadline, extend)
        self.sleep = sleep

    async def admit(self) -> None:
        await self._depart(self.limiter.reserve())

    async def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event in _SENDING:
            for _ in range(_RECHARGES):
                if not self._late():
                    return
                self.extend(await self._depart(0.0))

    async def _depart(self, wait: float) -> float:
        waited = 0.0
        while True:
            if wait > 0:
                self._check(wait)
                await self.sleep(wait)
                waited += wait
            asked = time.monotonic()
            wait = await self.limiter.adepart(self.deadline, self.ticket)
            if wait <= 0:
                self._admitted(asked)
                return waited
