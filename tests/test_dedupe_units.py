"""The de-duplication stores' defaults and edges, on a fake clock (memory) and on a real
Valkey server (Redis): how long a claim and a handled mark last, how long a delivery waits
for another one, which keys the server holds, and the race between SET NX and GET."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Coroutine, Iterator
from types import SimpleNamespace
from typing import Any, TypeVar

import pytest
import redis.asyncio
import redis.exceptions

from altegio_devtools import dedupe
from altegio_devtools.dedupe import DeliveryInProgress, MemoryDedupeStore, RedisDedupeStore

WEEK = 7 * 86400
T = TypeVar("T")


class FakeClock:
    """dedupe's `time.monotonic` and `asyncio.sleep`: time moves only when a delivery waits,
    by exactly what it waits for."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps = 0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(dedupe, "time", SimpleNamespace(monotonic=fake.monotonic))
    monkeypatch.setattr(dedupe, "asyncio", SimpleNamespace(sleep=fake.sleep))
    return fake


def run(scenario: Callable[[], Coroutine[Any, Any, T]]) -> T:
    return asyncio.run(scenario())


# -- MemoryDedupeStore ----------------------------------------------------------------------


def test_a_memory_claim_lasts_exactly_a_minute_by_default(clock: FakeClock) -> None:
    """A worker killed mid-handler blocks its event for claim_ttl (60 s), not a moment more."""

    async def scenario() -> list[bool]:
        store = MemoryDedupeStore(wait=0)
        results = [await store.claim("k")]
        clock.now += 59.999
        with pytest.raises(DeliveryInProgress):
            await store.claim("k")
        clock.now += 0.001  # 60 s after the claim: expired
        results.append(await store.claim("k"))
        return results

    assert run(scenario) == [True, True]


def test_a_memory_delivery_waits_ten_seconds_by_default_then_names_its_event(
    clock: FakeClock,
) -> None:
    async def scenario() -> tuple[float, DeliveryInProgress]:
        store = MemoryDedupeStore()
        await store.claim("event-1")
        started = clock.now
        with pytest.raises(DeliveryInProgress) as caught:
            await store.claim("event-1")
        return clock.now - started, caught.value

    waited, error = run(scenario)
    assert 10 <= waited < 10 + 2 * dedupe._POLL
    assert error.args == ("event-1",)


def test_a_delivery_that_may_not_wait_gives_up_without_sleeping(clock: FakeClock) -> None:
    async def scenario() -> None:
        store = MemoryDedupeStore(wait=0)
        await store.claim("k")
        with pytest.raises(DeliveryInProgress):
            await store.claim("k")

    run(scenario)
    assert clock.sleeps == 0


def test_the_memory_store_keeps_a_hundred_thousand_keys_by_default(clock: FakeClock) -> None:
    async def scenario() -> list[bool]:
        store = MemoryDedupeStore()
        for number in range(100_001):
            await store.done(f"event-{number}")
        # the next oldest is still a duplicate; the oldest of 100,001 was forgotten
        return [await store.claim("event-1"), await store.claim("event-0")]

    assert run(scenario) == [False, True]


def test_marking_a_key_again_makes_it_the_newest(clock: FakeClock) -> None:
    """A handled event is remembered from when it was handled, not from when it was claimed:
    the full store forgets an older key first."""

    async def scenario() -> list[bool]:
        store = MemoryDedupeStore(size=2, wait=0)
        await store.claim("a")
        await store.claim("b")
        await store.done("a")  # now newer than b
        await store.claim("c")  # three keys: the oldest (b) goes
        return [await store.claim("a"), await store.claim("b")]

    assert run(scenario) == [False, True]


def test_the_memory_store_bounds_bytes_as_well_as_keys(clock: FakeClock) -> None:
    """Keys count by their characters plus ENTRY_OVERHEAD: past max_bytes (64 MiB by
    default) the oldest go first, however few they are; what is released or expires no
    longer counts."""
    cost = dedupe.ENTRY_OVERHEAD + 1000
    assert MemoryDedupeStore()._max_bytes == 64 * 1024 * 1024

    async def scenario() -> list[Any]:
        store = MemoryDedupeStore(max_bytes=3 * cost, wait=0, claim_ttl=1)
        for name in "abc":
            await store.done(name * 1000)
        full = store._bytes
        await store.done("d" * 1000)  # a fourth: the oldest (a) goes
        kept = [await store.claim(name * 1000) for name in "bcda"]  # a claimed again: b goes
        await store.release("a" * 1000)
        after_release = store._bytes
        clock.now += 1
        await store.claim("x")  # the expired claims are dropped as they are met
        return [full, kept, after_release, len(store._keys)]

    full, kept, after_release, count = run(scenario)
    assert full == 3 * cost and kept == [False, False, False, True]
    assert after_release == 2 * cost and count == 3


def test_one_key_larger_than_max_bytes_is_not_kept(clock: FakeClock) -> None:
    async def scenario() -> list[Any]:
        store = MemoryDedupeStore(max_bytes=100, wait=0)
        await store.done("k" * 1000)
        return [store._bytes, await store.claim("k" * 1000)]

    assert run(scenario) == [0, True]


def test_releasing_a_key_the_store_does_not_hold_is_harmless(clock: FakeClock) -> None:
    async def scenario() -> bool:
        store = MemoryDedupeStore(claim_ttl=1)
        await store.release("never-claimed")
        await store.claim("expired")
        clock.now += 2
        await store.release("expired")
        return await store.claim("expired")

    assert run(scenario) is True


# -- RedisDedupeStore on a real server --------------------------------------------------------


async def _server_view(url: str, name: str) -> tuple[object, int]:
    """What Valkey holds under `name`: its value and seconds to live (-1: none, -2: absent)."""
    server = redis.asyncio.Redis.from_url(url)
    try:
        return await server.get(name), await server.ttl(name)
    finally:
        await server.aclose()


def test_the_redis_store_keys_claims_and_marks_for_a_minute_and_a_week(valkey_url: str) -> None:
    """Defaults as the server sees them: prefix `altegio-devtools:webhook:`, a claim for 60 s,
    a handled event for 7 days."""

    async def scenario() -> list[tuple[object, int]]:
        store = RedisDedupeStore(valkey_url)
        try:
            await store.claim("defaults-1")
            name = "altegio-devtools:webhook:defaults-1"
            claimed = await _server_view(valkey_url, name)
            await store.done("defaults-1")
            return [claimed, await _server_view(valkey_url, name)]
        finally:
            await store.aclose()

    claimed, handled = run(scenario)
    assert claimed[0] == b"pending" and 59 <= claimed[1] <= 60
    assert handled[0] == b"done" and WEEK - 2 <= handled[1] <= WEEK


def test_redis_lifetimes_round_to_whole_seconds_of_at_least_one(valkey_url: str) -> None:
    """Redis expires in whole seconds: 0.3 s becomes 1 s (never 0, which it refuses), and
    2.6 s becomes 3 s."""

    async def scenario() -> list[int]:
        short = RedisDedupeStore(valkey_url, prefix="round:", ttl=0.2, claim_ttl=0.3)
        longer = RedisDedupeStore(valkey_url, prefix="round:", ttl=2.6, claim_ttl=2.6)
        try:
            await short.claim("a")
            await longer.claim("b")
            ttls = [(await _server_view(valkey_url, f"round:{k}"))[1] for k in "ab"]
            await short.done("a")
            await longer.done("b")
            return ttls + [(await _server_view(valkey_url, f"round:{k}"))[1] for k in "ab"]
        finally:
            await short.aclose()
            await longer.aclose()

    assert run(scenario) == [1, 3, 1, 3]


def test_a_redis_delivery_waits_ten_seconds_by_default_then_names_its_event(
    valkey_url: str, clock: FakeClock
) -> None:
    async def scenario() -> tuple[float, DeliveryInProgress]:
        first = RedisDedupeStore(valkey_url, prefix="wait:")
        second = RedisDedupeStore(valkey_url, prefix="wait:")
        try:
            await first.claim("event-2")
            started = clock.now
            with pytest.raises(DeliveryInProgress) as caught:
                await second.claim("event-2")
            return clock.now - started, caught.value
        finally:
            await first.aclose()
            await second.aclose()

    waited, error = run(scenario)
    assert 10 <= waited < 10 + 2 * dedupe._POLL
    assert error.args == ("event-2",)


def test_a_redis_delivery_that_may_not_wait_gives_up_without_sleeping(
    valkey_url: str, clock: FakeClock
) -> None:
    async def scenario() -> None:
        first = RedisDedupeStore(valkey_url, prefix="nowait:")
        second = RedisDedupeStore(valkey_url, prefix="nowait:", wait=0)
        try:
            await first.claim("k")
            with pytest.raises(DeliveryInProgress):
                await second.claim("k")
        finally:
            await first.aclose()
            await second.aclose()

    run(scenario)
    assert clock.sleeps == 0


def test_a_claim_released_between_set_and_get_is_claimed_again(valkey_url: str) -> None:
    """The other worker's claim vanishes (released, or expired) after our SET NX failed and
    before our GET: this delivery must claim the event, not report a duplicate."""

    async def scenario() -> tuple[bool, object]:
        holder = RedisDedupeStore(valkey_url, prefix="race:")
        store = RedisDedupeStore(valkey_url, prefix="race:")
        await holder.claim("k")
        client = store._redis  # the race needs a GET that lands right after the release
        real_get = client.get

        async def get_after_release(name: str) -> Any:
            await holder.release("k")
            return await real_get(name)

        client.get = get_after_release
        try:
            return await store.claim("k"), (await _server_view(valkey_url, "race:k"))[0]
        finally:
            await holder.aclose()
            await store.aclose()

    assert run(scenario) == (True, b"pending")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)  # it looks at `stop` every 0.1 s
    assert not thread.is_alive()
    for connection in accepted:
        connection.close()
    listener.close()


def test_a_redis_server_that_stops_answering_fails_the_claim(silent_server: int) -> None:
    """Without a socket timeout a hung Valkey would hold every delivery forever."""

    async def scenario() -> None:
        store = RedisDedupeStore(f"redis://127.0.0.1:{silent_server}/0", timeout=0.2)
        try:
            with pytest.raises(redis.exceptions.TimeoutError):
                await asyncio.wait_for(store.claim("k"), timeout=10)
        finally:
            await store.aclose()

    run(scenario)


def test_the_redis_timeout_bounds_connecting_and_every_command() -> None:
    """2 s by default. A connection that never completes cannot be made on loopback, so this
    reads what redis-py is given (its public connection_kwargs)."""
    for store, timeout in [
        (RedisDedupeStore("redis://127.0.0.1:1/0"), 2.0),
        (RedisDedupeStore("redis://127.0.0.1:1/0", timeout=0.5), 0.5),
    ]:
        options = store._redis.connection_pool.connection_kwargs
        assert options["socket_timeout"] == options["socket_connect_timeout"] == timeout
