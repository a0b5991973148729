"""Shared rate limits in one process, deterministically: two SharedRateLimiter instances on
one store stand for two processes, and a fake wall clock (the module's `_now_ms`) makes every
wait exact. What each departure or pause leaves in the store (a SQLite file, or a real Valkey
server) is read back directly; the sync (depart) and async (adepart) paths run alike.

The windows held by several real processes are tests/test_shared_limits.py's."""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import filelock
import pytest
import redis
import redis.asyncio

from altegio_devtools import RateLimit, errors, shared_limits
from altegio_devtools._rate_limit import Ticket
from altegio_devtools.shared_limits import (
    SharedRateLimiter,
    file_rate_limiter,
    redis_rate_limiter,
)
from tests.valkey import free_port

#: The fake wall clock's start, in milliseconds.
START = 1_750_000_000_000
KEY = "test:units"

Depart = Callable[[SharedRateLimiter], float]


class FakeClock:
    """The limiters' wall clock (ms): it moves only when a test sets `ms`."""

    def __init__(self) -> None:
        self.ms = START

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(shared_limits, "_now_ms", fake)
    return fake


@pytest.fixture
def server(valkey_url: str) -> Iterator[redis.Redis]:
    """An admin connection to the module's Valkey server, emptied for each test."""
    admin = redis.Redis.from_url(valkey_url, decode_responses=True)
    admin.flushdb()
    yield admin
    admin.close()


class FileStore:
    """A limiter's SQLite file, as another program reading it would see it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def limiter(
        self, limits: Sequence[RateLimit] | None = None, margin: float | None = None
    ) -> SharedRateLimiter:
        kwargs: dict[str, Any] = {} if margin is None else {"margin": margin}
        if limits is None:
            return file_rate_limiter(self.path, **kwargs)
        return file_rate_limiter(self.path, limits, **kwargs)

    def _rows(self, query: str) -> list[tuple[Any, ...]]:
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            return conn.execute(query).fetchall()

    def entries(self) -> list[tuple[str, int]]:
        """The departures in the windows: (name, timestamp in ms), oldest first."""
        rows = self._rows("SELECT name, item_timestamp FROM rate_bucket ORDER BY rowid")
        return [(str(name), int(stamp)) for name, stamp in rows]

    def paused_until(self) -> int | None:
        rows = self._rows("SELECT until_ms FROM altegio_pause")
        return int(rows[0][0]) if rows else None


class RedisStore:
    """A limiter's keys on the Valkey server, as another client would see them."""

    def __init__(self, url: str, admin: redis.Redis) -> None:
        self.url = url
        self.admin = admin

    def limiter(
        self, limits: Sequence[RateLimit] | None = None, margin: float | None = None
    ) -> SharedRateLimiter:
        kwargs: dict[str, Any] = {"key": KEY}
        if margin is not None:
            kwargs["margin"] = margin
        if limits is None:
            return redis_rate_limiter(self.url, **kwargs)
        return redis_rate_limiter(self.url, limits, **kwargs)

    def entries(self) -> list[tuple[str, int]]:
        """The departures in the windows: (name, timestamp in ms), oldest first (a member
        is `altegio:<random>`, unique in the sorted set)."""
        members = cast(
            "list[tuple[str, float]]", self.admin.zrange(f"{KEY}:window", 0, -1, withscores=True)
        )
        return [(str(member).split(":")[0], int(score)) for member, score in members]

    def paused_until(self) -> int | None:
        value = self.admin.get(f"{KEY}:pause")
        return None if value is None else int(value)


Store = FileStore | RedisStore


@pytest.fixture(params=["file", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "file":
        return FileStore(tmp_path / "limits.sqlite")
    return RedisStore(request.getfixturevalue("valkey_url"), request.getfixturevalue("server"))


@pytest.fixture(params=["depart", "adepart"])
def depart(request: pytest.FixtureRequest) -> Iterator[Depart]:
    """A departure as a sync client asks for it, or as an async one (one event loop, as an
    async client runs in; for a file limiter adepart is depart)."""
    if request.param == "depart":
        yield lambda limiter: limiter.depart()
        return
    loop = asyncio.new_event_loop()
    try:
        yield lambda limiter: loop.run_until_complete(limiter.adepart())
    finally:
        loop.close()


# -- both stores ----------------------------------------------------------------------------


def test_every_limiter_counts_the_departures_of_the_others(
    store: Store, depart: Depart, clock: FakeClock
) -> None:
    """A departure by one process fills the window for all: each is stored once (named
    `altegio`, at its departure time), and a refused one says exactly how long to wait
    (until the oldest entry in the window leaves it), and stores nothing. (reserve() plans
    only this process's own requests: the first of each is not held.)"""
    first = store.limiter([RateLimit(2, 1.0)], margin=0.0)
    second = store.limiter([RateLimit(2, 1.0)], margin=0.0)
    assert depart(first) == 0.0
    clock.ms = START + 100
    assert depart(second) == 0.0
    assert store.entries() == [("altegio", START), ("altegio", START + 100)]

    clock.ms = START + 300
    assert depart(first) == 0.701  # the entry at START leaves at START + 1000 (+1 ms)
    assert depart(second) == 0.701
    assert first.reserve() == second.reserve() == 0.0
    clock.ms = START + 1000  # the window's start is inclusive: START is still in it
    assert depart(second) == 0.001
    assert store.entries() == [("altegio", START), ("altegio", START + 100)]

    clock.ms = START + 1001
    assert depart(second) == 0.0
    assert store.entries()[-1] == ("altegio", START + 1001)


def test_the_margin_lengthens_every_window(store: Store, clock: FakeClock) -> None:
    """Each window is held `margin` seconds longer than stated (1 s + 0.25 s here)."""
    first = store.limiter([RateLimit(1, 1.0)], margin=0.25)
    second = store.limiter([RateLimit(1, 1.0)], margin=0.25)
    assert first.depart() == 0.0
    clock.ms = START + 500
    assert second.depart() == 0.751


def test_the_default_windows_are_5_per_second_and_200_per_minute(
    store: Store, clock: FakeClock
) -> None:
    """Without arguments a limiter holds Altegio's 5 per second and 200 per minute, each
    window 50 ms longer (the default margin)."""
    limiter = store.limiter()
    for offset in range(5):
        clock.ms = START - 100_000 + offset
        assert limiter.depart() == 0.0
    clock.ms = START - 100_000 + 10
    assert limiter.depart() == 1.041  # the first of the five leaves after 1.05 s

    # 4 per second: within 5/s, but the 201st in a minute must wait.
    for index in range(200):
        clock.ms = START + 250 * index
        assert limiter.depart() == 0.0
    clock.ms = START + 50_000
    assert limiter.depart() == 10.051  # the one at START leaves after 60.05 s


def test_a_pause_by_one_limiter_holds_the_others(
    store: Store, depart: Depart, clock: FakeClock
) -> None:
    """A 429's Retry-After seen by one process pauses all of them: the pause is stored as
    the moment it ends, the others wait exactly until then (storing nothing), and from
    that moment on they go."""
    first = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    second = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    first.pause(1.5)
    assert store.paused_until() == START + 1500
    clock.ms = START + 200
    assert depart(second) == 1.3
    assert second.reserve() == 0.0
    assert store.entries() == []

    clock.ms = START + 1500
    assert depart(second) == 0.0
    assert store.entries() == [("altegio", START + 1500)]


def test_a_longer_pause_is_not_cut_short(store: Store, clock: FakeClock) -> None:
    """A shorter Retry-After seen later by another process keeps the longer pause."""
    first = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    second = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    first.pause(2.0)
    clock.ms = START + 100
    second.pause(1.0)
    assert store.paused_until() == START + 2000
    clock.ms = START + 1500
    assert first.depart() == 0.5


@pytest.mark.parametrize("seconds", [0.0, -1.0, math.nan, math.inf, -math.inf])
def test_a_pause_that_is_not_a_positive_finite_number_is_ignored(
    store: Store, clock: FakeClock, seconds: float
) -> None:
    """Retry-After: 0 (or a nonsensical value) stores no pause and holds nobody."""
    first = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    second = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    first.pause(seconds)
    assert store.paused_until() is None
    assert second.depart() == 0.0


def test_old_entries_are_dropped_every_64_departures_from_the_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The file does not grow without end: every 64th departure of a limiter drops the
    entries older than every window (here another process's entry from 5 s before), and
    only then."""
    store = FileStore(tmp_path / "limits.sqlite")
    other = store.limiter([RateLimit(100, 1.0)], margin=0.0)
    limiter = store.limiter([RateLimit(100, 1.0)], margin=0.0)
    assert other.depart() == 0.0
    for index in range(63):
        clock.ms = START + 5000 + index
        assert limiter.depart() == 0.0
    entries = store.entries()
    assert len(entries) == 64 and entries[0] == ("altegio", START)

    clock.ms = START + 5063
    assert limiter.depart() == 0.0
    assert [stamp for _, stamp in store.entries()] == [START + 5000 + i for i in range(64)]


def test_every_admission_on_redis_drops_what_left_every_window(
    valkey_url: str, server: redis.Redis, depart: Depart, clock: FakeClock
) -> None:
    """On Redis each admitted departure drops the entries older than the longest window
    (with its margin), and the windows' key expires when its last entry leaves them: the
    store holds no more than the windows."""
    store = RedisStore(valkey_url, server)
    limiter = store.limiter([RateLimit(3, 1.0), RateLimit(4, 2.0)], margin=0.5)
    assert depart(limiter) == 0.0
    clock.ms = START + 2500  # the entry at START is still in the 2.5 s window
    assert depart(limiter) == 0.0
    assert store.entries() == [("altegio", START), ("altegio", START + 2500)]
    clock.ms = START + 2501
    refused = store.limiter([RateLimit(1, 0.1)], margin=0.0)
    assert depart(refused) == 0.1  # refused: nothing dropped, nothing stored
    assert len(store.entries()) == 2
    assert depart(limiter) == 0.0
    assert store.entries() == [("altegio", START + 2500), ("altegio", START + 2501)]
    assert 2400 < server.pttl(f"{KEY}:window") <= 2500


def test_an_invalid_margin_is_refused(store: Store) -> None:
    """The margin is checked as for the memory limiter: a negative one would let a window
    hold more than the server allows."""
    with pytest.raises(ValueError, match=re.escape("margin must be a finite number >= 0")):
        store.limiter(margin=-0.01)


def test_the_repr_names_the_store(store: Store) -> None:
    """repr() says which file or which server and key a limiter counts in."""
    expected = (
        f"SharedRateLimiter(file {store.path})"
        if isinstance(store, FileStore)
        else f"SharedRateLimiter(redis {KEY} at {store.url})"
    )
    assert repr(store.limiter()) == expected


# -- a file ---------------------------------------------------------------------------------


def test_a_pause_is_stamped_with_the_wall_clock_in_ms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Processes compare their stamps: they are the wall clock (time.time_ns) in ms."""
    store = FileStore(tmp_path / "limits.sqlite")
    limiter = store.limiter()
    with monkeypatch.context() as patched:
        patched.setattr(time, "time_ns", lambda: 1_750_000_000_123_456_789)
        limiter.pause(1.5)
    assert store.paused_until() == 1_750_000_000_123 + 1500


def test_the_file_lock_serialises_the_writers(tmp_path: Path, clock: FakeClock) -> None:
    """`path + ".lock"` is the lock every process takes to write: while another process
    holds it, a pause waits, and is written once it is released."""
    store = FileStore(tmp_path / "limits.sqlite")
    limiter = store.limiter()
    lock_path = f"{store.path}.lock"
    assert Path(lock_path).exists()
    held = filelock.FileLock(lock_path)
    with held:
        pausing = threading.Thread(target=limiter.pause, args=(5.0,), daemon=True)
        pausing.start()
        pausing.join(0.3)
        assert pausing.is_alive()
        assert store.paused_until() is None
    pausing.join(10)
    assert not pausing.is_alive()
    assert store.paused_until() == START + 5000


def test_a_broken_file_is_a_typed_error_naming_it(tmp_path: Path) -> None:
    """A file that cannot be opened, or whose tables are gone, raises RateLimitBackendError
    naming the file (never another error, never an unlimited request)."""
    with pytest.raises(errors.RateLimitBackendError) as raised:
        file_rate_limiter(tmp_path)  # a directory
    assert str(raised.value).startswith(f"cannot open the rate-limit file {tmp_path}: ")

    store = FileStore(tmp_path / "limits.sqlite")
    limiter = store.limiter()
    with contextlib.closing(sqlite3.connect(store.path)) as conn:
        conn.execute("DROP TABLE altegio_pause")
        conn.commit()
    unreachable = re.escape(f"the shared rate limiter (file {store.path}) is unreachable: ")
    with pytest.raises(errors.RateLimitBackendError, match=unreachable + "no such table"):
        limiter.depart()
    with pytest.raises(errors.RateLimitBackendError, match=unreachable + "no such table"):
        limiter.pause(1.0)


# -- Redis / Valkey -------------------------------------------------------------------------


def test_the_default_keys_and_the_pause_ttl(
    valkey_url: str, server: redis.Redis, clock: FakeClock
) -> None:
    """By default the windows live in `altegio-devtools:rate:window` and the pause in
    `altegio-devtools:rate:pause`, which expires when the pause ends."""
    limiter = redis_rate_limiter(valkey_url)
    assert limiter.depart() == 0.0
    limiter.pause(600.0)
    pause, window = "altegio-devtools:rate:pause", "altegio-devtools:rate:window"
    assert sorted(server.keys("*")) == [pause, window]
    assert server.get(pause) == str(START + 600_000)
    assert 540_000 < server.pttl(pause) <= 600_000


def test_the_timeout_bounds_every_connection(
    valkey_url: str, server: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeout` (2 s by default) bounds connecting and each round trip, on the sync and on
    the asyncio connection alike. (Recorded at redis-py's from_url: a slow connect cannot be
    told from a fast one on 127.0.0.1 without timing it.)"""
    opened: list[tuple[str, dict[str, Any]]] = []
    sync_from_url = redis.Redis.from_url
    async_from_url = redis.asyncio.Redis.from_url

    def sync_spy(url: str, **kwargs: Any) -> Any:
        opened.append(("sync", kwargs))
        return sync_from_url(url, **kwargs)

    def async_spy(url: str, **kwargs: Any) -> Any:
        opened.append(("async", kwargs))
        return async_from_url(url, **kwargs)

    monkeypatch.setattr(redis.Redis, "from_url", sync_spy)
    monkeypatch.setattr(redis.asyncio.Redis, "from_url", async_spy)
    assert asyncio.run(redis_rate_limiter(valkey_url, key=KEY).adepart()) == 0.0
    assert asyncio.run(redis_rate_limiter(valkey_url, key=KEY, timeout=0.7).adepart()) == 0.0
    timeouts = [
        (kind, kwargs["socket_timeout"], kwargs["socket_connect_timeout"])
        for kind, kwargs in opened
    ]
    assert timeouts == [
        ("sync", 2.0, 2.0), ("async", 2.0, 2.0), ("sync", 0.7, 0.7), ("async", 0.7, 0.7)
    ]  # fmt: skip
    # Nothing retried past the call's deadline; nothing asked of the server on connecting.
    for _, kwargs in opened:
        assert kwargs["retry"].get_retries() == 0
        assert kwargs["protocol"] == 2 and kwargs["driver_info"] is None


def test_a_stalled_server_is_a_typed_error_within_the_timeout(
    valkey_url: str, server: redis.Redis
) -> None:
    """A server that stops answering (here: writes paused for 3 s) fails each call after
    `timeout` with RateLimitBackendError naming the key and server, sync and async."""
    limiter = redis_rate_limiter(valkey_url, key=KEY, timeout=0.2)
    unreachable = re.escape(f"the shared rate limiter (redis {KEY} at {valkey_url}) is unreachable")
    server.client_pause(3000, all=False)  # WRITE: EVALSHA waits, GET answers
    try:
        with pytest.raises(errors.RateLimitBackendError, match=unreachable):
            limiter.depart()
        with pytest.raises(errors.RateLimitBackendError, match=unreachable):
            asyncio.run(limiter.adepart())
        with pytest.raises(errors.RateLimitBackendError, match=unreachable):
            limiter.pause(1.0)
    finally:
        server.client_unpause()


def test_an_unreachable_server_is_named_in_the_error() -> None:
    """A limiter that cannot reach its server at creation says which server."""
    url = f"redis://127.0.0.1:{free_port()}/0"
    with pytest.raises(errors.RateLimitBackendError) as raised:
        redis_rate_limiter(url, timeout=0.5)
    assert str(raised.value).startswith(f"cannot reach the rate-limit server {url}: ")


def test_one_async_connection_per_event_loop(
    valkey_url: str, server: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An async client opens one asyncio connection for its event loop and keeps it; a new
    event loop (one it cannot use) gets a new one."""
    opened: list[str] = []
    async_from_url = redis.asyncio.Redis.from_url

    def spy(url: str, **kwargs: Any) -> Any:
        opened.append(url)
        return async_from_url(url, **kwargs)

    monkeypatch.setattr(redis.asyncio.Redis, "from_url", spy)
    limiter = redis_rate_limiter(valkey_url, [RateLimit(10, 1.0)], key=KEY)

    async def three() -> list[float]:
        return [await limiter.adepart() for _ in range(3)]

    assert asyncio.run(three()) == [0.0, 0.0, 0.0]
    assert opened == [valkey_url]
    assert asyncio.run(limiter.adepart()) == 0.0
    assert opened == [valkey_url, valkey_url]
    assert len(server.zrange(f"{KEY}:window", 0, -1)) == 4


class Monitor:
    """The commands clients send to the server (MONITOR), without those scripts run."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.commands: list[str] = []

    @contextlib.contextmanager
    def watching(self) -> Iterator[list[str]]:
        admin = redis.Redis.from_url(self.url, decode_responses=True)
        ready = threading.Event()

        def watch() -> None:
            with admin.monitor() as monitor:  # type: ignore[no-untyped-call]
                ready.set()
                for command in monitor.listen():
                    if command["command"] == "ECHO monitor-end":
                        return
                    if command.get("client_type") != "lua":
                        self.commands.append(command["command"].split()[0])

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        ready.wait(5)
        time.sleep(0.1)  # MONITOR is on before the first command
        yield self.commands
        # A connection that sends nothing else (RESP2, no CLIENT SETINFO) says when to stop.
        with redis.Redis.from_url(self.url, protocol=2, driver_info=None) as ender:
            ender.echo("monitor-end")
        watcher.join(10)
        admin.close()


def test_one_round_trip_per_decision(valkey_url: str, server: redis.Redis) -> None:
    """Each decision, admitted or refused, sync or async, is one EVALSHA: the pause, the
    windows, the entry and its expiry are all the script's (MONITOR shows what clients
    send)."""
    limiter = redis_rate_limiter(valkey_url, [RateLimit(3, 1.0)], key=KEY)

    async def decisions() -> list[float]:
        return [await limiter.adepart() for _ in range(5)]

    loop = asyncio.new_event_loop()
    try:
        with Monitor(valkey_url).watching() as commands:
            sync_waits = [limiter.depart() for _ in range(5)]
            async_waits = loop.run_until_complete(decisions())
        assert sync_waits[:3] == [0.0] * 3 and all(wait > 0 for wait in sync_waits[3:])
        assert all(wait > 0 for wait in async_waits)
        assert commands == ["EVALSHA"] * 10
    finally:
        loop.close()


def test_a_server_that_lost_the_script_gets_it_again(valkey_url: str, server: redis.Redis) -> None:
    """After a restart the server has forgotten the script (NOSCRIPT): the decision sends
    it whole (EVAL, which caches it again), and the next ones use its hash again; sync and
    async, with the same limiter."""
    limiter = redis_rate_limiter(valkey_url, [RateLimit(10, 1.0)], key=KEY)
    loop = asyncio.new_event_loop()
    try:
        assert limiter.depart() == loop.run_until_complete(limiter.adepart()) == 0.0
        with Monitor(valkey_url).watching() as commands:
            server.script_flush()
            assert limiter.depart() == limiter.depart() == 0.0
            server.script_flush()
            assert loop.run_until_complete(limiter.adepart()) == 0.0
            assert loop.run_until_complete(limiter.adepart()) == 0.0
        expected = ["SCRIPT", "EVALSHA", "EVAL", "EVALSHA"]
        assert commands == expected * 2
        assert len(store_entries(server)) == 6
    finally:
        loop.close()


def store_entries(server: redis.Redis) -> list[Any]:
    return cast("list[Any]", server.zrange(f"{KEY}:window", 0, -1))


def test_a_ticket_moves_its_entry_on_redis(
    valkey_url: str, server: redis.Redis, clock: FakeClock
) -> None:
    """Charged again with its ticket (a request leaving late), a request's entry moves to
    the new moment in the same round trip: it is counted once. Refused, it holds none."""
    limiter = RedisStore(valkey_url, server).limiter([RateLimit(2, 1.0)], margin=0.0)
    ticket = Ticket()
    assert limiter.depart(ticket=ticket) == 0.0
    first = ticket.entry
    clock.ms = START + 300
    assert limiter.depart(ticket=ticket) == 0.0
    assert ticket.entry != first and store_entries(server) == [ticket.entry]
    assert server.zscore(f"{KEY}:window", str(ticket.entry)) == START + 300
    limiter.pause(1.0)
    assert limiter.depart(ticket=ticket) == 1.0
    assert ticket.entry is None and store_entries(server) == []


def test_a_file_cannot_move_an_entry(tmp_path: Path, clock: FakeClock) -> None:
    """The file's bucket cannot take an entry out: a request charged again holds two."""
    store = FileStore(tmp_path / "limits.sqlite")
    limiter = store.limiter([RateLimit(5, 1.0)], margin=0.0)
    ticket = Ticket()
    assert limiter.depart(ticket=ticket) == limiter.depart(ticket=ticket) == 0.0
    assert ticket.entry is None and len(store.entries()) == 2


def test_a_stalled_server_is_given_up_at_the_calls_deadline(
    valkey_url: str, server: redis.Redis
) -> None:
    """The call's deadline ends a wait for the store sooner than its own `timeout` (5 s
    here), sync and async."""
    limiter = redis_rate_limiter(valkey_url, key=KEY, timeout=5.0)
    server.client_pause(3000, all=False)  # WRITE: EVALSHA waits
    try:
        started = time.monotonic()
        with pytest.raises(errors.RateLimitBackendError):
            limiter.depart(started + 0.3)
        sync_took = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(errors.RateLimitBackendError):
            asyncio.run(limiter.adepart(started + 0.3))
        async_took = time.monotonic() - started
    finally:
        server.client_unpause()
    assert 0.25 < sync_took < 0.8 and 0.25 < async_took < 0.8
