"""Admission charged when the request actually leaves (issue 24): a request admitted by the
limiter that takes longer than `leeway` (half the margin) to leave (a new connection's
set-up, a pool created on first use, a thread the OS held) is charged again as its first
byte is written, so the windows hold as the server counts arrivals. Departure is the
request's httpcore `trace` hook; these tests drive it directly with a fake clock, then
through both clients against a loopback server that records arrivals."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, RateLimit, RateLimiter, errors
from altegio_devtools._rate_limit import AsyncDeparture, Departure, Ticket
from tests import limit_worker
from tests.fault_server import FaultServer, ok
from tests.limit_soak import tightest_span
from tests.test_shared_limits import max_in_window

SENDING = "http11.send_request_headers.started"
COUNTRIES = "/api/v1/countries"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        running.script(COUNTRIES, ok())
        yield running


class Clock:
    """The limiter's clock, moved by the test (and by the departure's sleeps)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def departure_with(
    limiter: RateLimiter, deadline: float = float("inf")
) -> tuple[Departure, list[float], list[float]]:
    slept: list[float] = []
    extended: list[float] = []
    request = httpx.Request("GET", "https://api.example.test/api/v1/countries")
    departure = Departure(limiter, request, deadline, slept.append, extended.append)
    return departure, slept, extended


def test_a_request_leaving_within_the_leeway_is_charged_once() -> None:
    clock = Clock()
    limiter = RateLimiter([RateLimit(2, 1.0)], clock=clock, margin=1000.0)  # leeway 500 s
    assert limiter.leeway == 500.0
    departure, slept, extended = departure_with(limiter)
    departure.admit()
    departure(SENDING, {})
    assert limiter.depart() == 0.0  # the second slot was still free
    assert limiter.depart() > 0
    assert slept == extended == []


#: A margin of 1/32 s: its windows' ends are exact in binary (the fake clock adds them).
MARGIN = 0.03125
#: Longer than the leeway (half the margin), in real (monotonic) time.
LATE = 0.03


def test_a_request_leaving_late_is_counted_when_it_leaves() -> None:
    """Past the leeway the request's entry moves to the moment it leaves (it is counted
    once, then); other trace events (connecting, reading) change nothing."""
    clock = Clock()
    limiter = RateLimiter([RateLimit(3, 1.0)], clock=clock, margin=MARGIN)
    assert limiter.leeway == MARGIN / 2
    departure, slept, extended = departure_with(limiter)
    departure.admit()
    assert departure.ticket.entry == 100.0
    time.sleep(LATE)
    for event in ("connection.connect_tcp.started", "http11.send_request_headers.complete"):
        departure(event, {})
    assert limiter.depart() == 0.0  # another request, also at 100.0
    clock.now += 0.5
    departure(SENDING, {})  # the request left at 100.5
    assert departure.ticket.entry == 100.5
    assert [limiter.depart(), limiter.depart()] == [0.0, 0.53125]  # 100.0, 100.5, 100.5
    clock.now = 101.03125
    assert [limiter.depart(), limiter.depart()] == [0.0, 0.5]  # the two at 100.5 hold on
    assert slept == [] and extended == [0.0]


def test_a_late_request_waits_at_the_door_and_its_attempt_is_extended() -> None:
    """If it cannot leave when it is ready (a pause began meanwhile), the late request
    waits at the door (the sleep the client gives it), holding no entry, and its attempt's
    timeout is moved on by that wait."""
    clock = Clock()
    limiter = RateLimiter([RateLimit(2, 1.0)], clock=clock, margin=MARGIN)
    departure, slept, extended = departure_with(limiter)

    def sleep(seconds: float) -> None:
        assert departure.ticket.entry is None
        slept.append(seconds)
        clock.now += seconds

    departure.sleep = sleep
    departure.admit()
    clock.now += 0.25
    limiter.pause(0.5)
    time.sleep(LATE)
    departure(SENDING, {})
    assert slept == extended == [0.5]  # until the pause ends
    assert departure.ticket.entry == 100.75
    assert [limiter.depart(), limiter.depart()] == [0.0, 1.03125]  # only 100.75 was left


def test_waiting_at_the_door_past_the_deadline_is_a_timeout() -> None:
    clock = Clock()
    limiter = RateLimiter([RateLimit(1, 1.0)], clock=clock, margin=MARGIN)
    departure, slept, _ = departure_with(limiter, deadline=time.monotonic() + 0.5)
    departure.admit()
    limiter.pause(1.0)
    time.sleep(LATE)
    with pytest.raises(errors.APITimeoutError):
        departure(SENDING, {})
    assert slept == []


class SlowLimiter(RateLimiter):
    """A memory limiter whose decisions take `seconds[i]` (real time), as a store's would."""

    def __init__(self, seconds: list[float]) -> None:
        super().__init__([RateLimit(100, 1.0)], margin=MARGIN)
        self.seconds = seconds
        self.decisions = 0

    def depart(self, deadline: float = float("inf"), ticket: Ticket | None = None) -> float:
        time.sleep(self.seconds[min(self.decisions, len(self.seconds) - 1)])
        self.decisions += 1
        return super().depart(deadline, ticket)


def test_a_charge_that_came_back_late_is_made_again_three_times_at_most() -> None:
    """The charge at the door can itself come back late (a busy host): it is made again,
    until one comes back in time, or three were made."""
    fast_then_slow = SlowLimiter([0.0, LATE, 0.0])
    departure, _, _ = departure_with(fast_then_slow)
    departure.admit()
    time.sleep(LATE)
    departure(SENDING, {})
    assert fast_then_slow.decisions == 1 + 2  # late, late again, then in time

    always_late = SlowLimiter([0.0, LATE])
    departure, _, _ = departure_with(always_late)
    departure.admit()
    time.sleep(LATE)
    departure(SENDING, {})
    assert always_late.decisions == 1 + 3


def test_a_store_that_is_always_slow_is_not_late() -> None:
    """Every decision of a distant store takes its round trip: the requests all leave that
    late, so that alone charges nothing again."""
    distant = SlowLimiter([LATE])
    for _ in range(3):
        departure, _, _ = departure_with(distant)
        departure.admit()
        departure(SENDING, {})
    assert distant.decisions == 3
    assert LATE <= distant.usual_decision < LATE + distant.leeway


def test_the_usual_decision_follows_the_fastest_recent_ones() -> None:
    limiter = RateLimiter([RateLimit(1, 1.0)])
    assert limiter.usual_decision == float("inf")
    limiter.note_decision(0.5)
    assert limiter.usual_decision == 0.5  # the first one
    limiter.note_decision(0.25)
    assert limiter.usual_decision == 0.25  # down at once
    limiter.note_decision(0.25 + 1.0)
    assert limiter.usual_decision == 0.25 + 1.0 / 16  # up by a sixteenth of the way


def test_the_async_departure_moves_a_late_request_and_waits_at_the_door() -> None:
    clock = Clock()
    limiter = RateLimiter([RateLimit(2, 1.0)], clock=clock, margin=MARGIN)
    slept: list[float] = []
    extended: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    async def run() -> AsyncDeparture:
        request = httpx.Request("GET", "https://api.example.test/api/v1/countries")
        departure = AsyncDeparture(limiter, request, float("inf"), sleep, extended.append)
        await departure.admit()
        clock.now += 0.25
        limiter.pause(0.5)
        await asyncio.sleep(LATE)
        await departure("connection.connect_tcp.started", {})
        assert slept == []
        await departure(SENDING, {})
        return departure

    assert asyncio.run(run()).ticket.entry == 100.75
    assert slept == extended == [0.5]


# -- through the clients -------------------------------------------------------------------

#: The first request's connection takes this long to open (seconds).
SLOW_START = 0.3


class SlowFirstTransport(httpx.HTTPTransport):
    """httpx's own transport, whose first request is held before it reaches httpcore, as a
    slow connection set-up (a TLS handshake) holds it."""

    def __init__(self) -> None:
        super().__init__()
        self._first = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._first.is_set():
            self._first.set()
            time.sleep(SLOW_START)
        return super().handle_request(request)


class AsyncSlowFirstTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self._first = True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._first:
            self._first = False
            await asyncio.sleep(SLOW_START)
        return await super().handle_async_request(request)


def arrivals(server: FaultServer) -> list[float]:
    return [moment for path, moment in server.arrivals if path == COUNTRIES]


def client_options(server: FaultServer) -> dict[str, Any]:
    return {
        "partner_token": "partner-token",
        "api_base_url": f"{server.url}/api/v1",
        "app_base_url": f"{server.url}/app",
        "rate_limits": RateLimiter([RateLimit(2, 1.0)]),
    }


def test_a_slow_first_connection_does_not_crowd_a_window(server: FaultServer) -> None:
    """2 per second; the first request leaves 0.3 s after its admission. Charged at its
    admission only, the server would see it with the second one and then a third 0.75 s
    later (3 in a second); charged again as it leaves, never more than 2."""
    with (
        httpx.Client(transport=SlowFirstTransport()) as http,
        AltegioClient(**client_options(server), http_client=http) as client,
    ):
        for _ in range(4):
            limit_worker.call(client)
    seen = arrivals(server)
    assert len(seen) == 4
    assert max_in_window(seen, 1.0) == 2


def test_a_slow_first_connection_does_not_crowd_a_window_async(server: FaultServer) -> None:
    async def run() -> None:
        async with (
            httpx.AsyncClient(transport=AsyncSlowFirstTransport()) as http,
            AsyncAltegioClient(**client_options(server), http_client=http) as client,
        ):
            for _ in range(4):
                await limit_worker.acall(client)

    asyncio.run(run())
    seen = arrivals(server)
    assert len(seen) == 4
    assert max_in_window(seen, 1.0) == 2


def test_two_async_clients_sharing_a_limiter_hold_its_windows(server: FaultServer) -> None:
    """Issue 24: two AsyncAltegioClients sharing one RateLimiter (5/s), 12 calls at once:
    each client's first requests open its pool and connections after their admission. As
    the server counts them, no second holds more than 5, in any of 3 rounds."""
    shared = RateLimiter([RateLimit(5, 1.0)])

    async def run() -> None:
        options = {**client_options(server), "rate_limits": shared}
        async with AsyncAltegioClient(**options) as one, AsyncAltegioClient(**options) as two:
            await asyncio.gather(*(limit_worker.acall(c) for c in [one, two] * 6))

    for _ in range(3):
        server.arrivals.clear()
        asyncio.run(run())
        seen = arrivals(server)
        assert len(seen) == 12
        assert max_in_window(seen, 1.0) <= 5, f"6 arrivals in {tightest_span(seen, 6):.3f} s"
        time.sleep(1.1)  # the next round starts with empty windows
