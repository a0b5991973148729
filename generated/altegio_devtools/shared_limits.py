"""Rate limits shared by several processes: a file on one host, or Redis/Valkey across hosts.

Altegio counts requests per IP, so every process behind one address must draw from one
budget. These limiters keep the windows in a pyrate-limiter bucket (a sliding-window log:
SQLite behind a file lock, or a Redis sorted set checked and filled by one Lua script) and
the Retry-After pause beside it, so a 429 seen by one process pauses all of them. They are
RateLimiter subclasses: pass one as `rate_limits=` to AltegioClient or AsyncAltegioClient.

Each request is admitted when it leaves (depart()), so the windows hold as the server counts
them; every window is `margin` seconds longer than stated, as in the memory limiter. When the
store cannot be reached the call raises errors.RateLimitBackendError: a limiter that cannot
count never lets a request through.

Timestamps are this host's wall clock in milliseconds: hosts sharing a Redis limiter need
synchronised clocks (NTP), as the sliding window compares their timestamps.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import os
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from ._rate_limit import DEFAULT_MARGIN, DEFAULT_RATE_LIMITS, RateLimit, RateLimiter
from .errors import RateLimitBackendError

__all__ = ["SharedRateLimiter", "file_rate_limiter", "redis_rate_limiter"]

#: Old entries are dropped from the store once every so many admitted requests.
_LEAK_EVERY = 64
#: The wait when the store refuses without saying for how long (seconds).
_FALLBACK_WAIT = 0.01

_PAUSE_SCRIPT = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 0
"""


class _PauseStore(Protocol):
    def paused_until(self) -> int: ...
    def pause_until(self, until_ms: int, seconds: float) -> None: ...


#: Makes (bucket, paused_until) on the running event loop, for async clients.
AsyncStoreFactory = Callable[[], Awaitable[tuple[Any, Callable[[], Awaitable[int]]]]]


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class SharedRateLimiter(RateLimiter):
    """A RateLimiter whose windows and pause live in a store other processes share."""

    def __init__(
        self,
        limits: Sequence[RateLimit],
        bucket: Any,
        pauses: _PauseStore,
        backend_errors: tuple[type[BaseException], ...],
        *,
        margin: float = DEFAULT_MARGIN,
        description: str,
        async_store: AsyncStoreFactory | None = None,
    ) -> None:
        super().__init__(limits, margin=margin)  # validates margin; its own windows stay unused
        self._bucket = bucket
        self._pauses = pauses
        self._backend_errors = backend_errors
        self._description = description
        self._admitted = itertools.count(1)
        self._store_lock = threading.Lock()  # one connection: one operation at a time
        self._async_store = async_store
        # Per event loop (an asyncio connection belongs to the loop that opened it).
        self._async: tuple[Any, Any, Callable[[], Awaitable[int]], asyncio.Lock] | None = None

    def __repr__(self) -> str:
        return f"SharedRateLimiter({self._description})"

    def reserve(self) -> float:
        # Nothing to plan locally: the shared store decides at departure.
        return 0.0

    def depart(self) -> float:
        from pyrate_limiter import RateItem  # noqa: PLC0415 (an optional extra)

        with self._store_lock:
            try:
                paused = self._pauses.paused_until()
                now = _now_ms()  # after that round trip: as close to departure as can be
                if paused > now:
                    return (paused - now) / 1000
                item = RateItem("altegio", now)
                decision = self._bucket.put_decision(item)
                if decision.allowed:
                    if next(self._admitted) % _LEAK_EVERY == 0:
                        self._bucket.leak(now)
                    return 0.0
                wait_ms = decision.retry_after_ms
            except self._backend_errors as exc:
                raise RateLimitBackendError(
                    f"the shared rate limiter ({self._description}) is unreachable: {exc}"
                ) from exc
        return max(wait_ms / 1000, 0.001) if wait_ms is not None else _FALLBACK_WAIT

    async def adepart(self) -> float:
        """depart() for async clients: over an asyncio connection where the backend has
        one (Redis), so that waiting on the store never blocks the event loop."""
        if self._async_store is None:
            return self.depart()  # SQLite on a local file: a short, local operation
        from pyrate_limiter import RateItem  # noqa: PLC0415 (an optional extra)

        loop = asyncio.get_running_loop()
        try:
            if self._async is None or self._async[0] is not loop:
                bucket, paused_until = await self._async_store()
                self._async = (loop, bucket, paused_until, asyncio.Lock())
            _, bucket, paused_until, lock = self._async
            async with lock:  # the bucket keeps its last verdict: one check at a time
                paused = await paused_until()
                now = _now_ms()
                if paused > now:
                    return (paused - now) / 1000
                decision = await bucket.put_decision(RateItem("altegio", now))
                if decision.allowed:
                    if next(self._admitted) % _LEAK_EVERY == 0:
                        await bucket.leak(now)
                    return 0.0
                wait_ms = decision.retry_after_ms
        except self._backend_errors as exc:
            raise RateLimitBackendError(
                f"the shared rate limiter ({self._description}) is unreachable: {exc}"
            ) from exc
        return max(wait_ms / 1000, 0.001) if wait_ms is not None else _FALLBACK_WAIT

    def pause(self, seconds: float) -> None:
        if not (math.isfinite(seconds) and seconds > 0):
            return
        with self._store_lock:
            try:
                self._pauses.pause_until(_now_ms() + math.ceil(seconds * 1000), seconds)
            except self._backend_errors as exc:
                raise RateLimitBackendError(
                    f"the shared rate limiter ({self._description}) is unreachable: {exc}"
                ) from exc


def _rates(limits: Sequence[RateLimit], margin: float) -> list[Any]:
    from pyrate_limiter import Rate  # noqa: PLC0415 (an optional extra)

    return [Rate(limit.requests, math.ceil((limit.seconds + margin) * 1000)) for limit in limits]


# -- one host: SQLite behind a file lock --------------------------------------------------------


class _SQLitePauses:
    def __init__(self, bucket: Any) -> None:
        self._bucket = bucket
        with bucket.lock:
            bucket.conn.execute(
                "CREATE TABLE IF NOT EXISTS altegio_pause"
                " (id INTEGER PRIMARY KEY CHECK (id = 1), until_ms INTEGER NOT NULL)"
            )
            bucket.conn.commit()

    def paused_until(self) -> int:
        row = self._bucket.conn.execute("SELECT until_ms FROM altegio_pause").fetchone()
        return int(row[0]) if row else 0

    def pause_until(self, until_ms: int, seconds: float) -> None:
        with self._bucket.lock:  # the file lock: one writer across processes
            self._bucket.conn.execute(
                "INSERT INTO altegio_pause (id, until_ms) VALUES (1, ?) ON CONFLICT (id)"
                " DO UPDATE SET until_ms = max(until_ms, excluded.until_ms)",
                (until_ms,),
            )
            self._bucket.conn.commit()


def file_rate_limiter(
    path: str | os.PathLike[str],
    limits: Sequence[RateLimit] = DEFAULT_RATE_LIMITS,
    *,
    margin: float = DEFAULT_MARGIN,
) -> SharedRateLimiter:
    """Limits shared by every process on this host that names the same `path` (an SQLite
    file, created if missing; `path + ".lock"` serialises them). Needs the `file` extra.
    Create it in each process (after a fork), not before."""
    from pyrate_limiter import SQLiteBucket  # noqa: PLC0415 (an optional extra)

    errors = (sqlite3.Error, OSError)
    try:
        bucket = SQLiteBucket.init_from_file(
            _rates(limits, margin), db_path=os.fspath(path), use_file_lock=True
        )
        pauses = _SQLitePauses(bucket)
    except errors as exc:
        raise RateLimitBackendError(f"cannot open the rate-limit file {path}: {exc}") from exc
    return SharedRateLimiter(
        limits, bucket, pauses, errors, margin=margin, description=f"file {os.fspath(path)}"
    )


# -- several hosts: Redis or Valkey ------------------------------------------------------------


class _RedisPauses:
    def __init__(self, redis: Any, key: str) -> None:
        self._redis = redis
        self._key = key
        self._script = redis.register_script(_PAUSE_SCRIPT)

    def paused_until(self) -> int:
        value = self._redis.get(self._key)
        return int(value) if value else 0

    def pause_until(self, until_ms: int, seconds: float) -> None:
        self._script(keys=[self._key], args=[until_ms, math.ceil(seconds * 1000)])


def redis_rate_limiter(
    url: str,
    limits: Sequence[RateLimit] = DEFAULT_RATE_LIMITS,
    *,
    key: str = "altegio-devtools:rate",
    margin: float = DEFAULT_MARGIN,
    timeout: float = 2.0,
) -> SharedRateLimiter:
    """Limits shared by every process, on any host, that names the same server `url`
    (`redis://host:6379/0`, `rediss://...`) and `key`. Needs the `redis` extra. Works for
    AltegioClient and AsyncAltegioClient (over redis.asyncio) alike: each request costs two
    short round trips.
    `timeout` bounds each of them; past it the call raises errors.RateLimitBackendError."""
    import redis  # noqa: PLC0415 (an optional extra)
    from pyrate_limiter import RedisBucket  # noqa: PLC0415 (an optional extra)
    from pyrate_limiter.buckets.redis_bucket import LuaScript  # noqa: PLC0415

    client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
    errors = (redis.RedisError, OSError)
    # Processes take their timestamps before their scripts run, so an entry stamped a moment
    # after ours may already be there: count it too (the stock script counts up to `now`,
    # which let a sixth request into a window of five).
    script = LuaScript.PUT_ITEM.replace(
        "redis.call('ZCOUNT', bucket, window_start, now)",
        "redis.call('ZCOUNT', bucket, window_start, '+inf')",
    )
    if script == LuaScript.PUT_ITEM:
        raise RuntimeError("pyrate-limiter's Redis script changed: review redis_rate_limiter")
    rates = _rates(limits, margin)
    try:
        bucket = RedisBucket(rates, client, f"{key}:window", client.script_load(script))
        pauses = _RedisPauses(client, f"{key}:pause")
    except errors as exc:
        raise RateLimitBackendError(f"cannot reach the rate-limit server {url}: {exc}") from exc

    async def async_store() -> tuple[Any, Callable[[], Awaitable[int]]]:
        import redis.asyncio  # noqa: PLC0415 (an optional extra)

        aclient = redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        abucket = RedisBucket(rates, aclient, f"{key}:window", await aclient.script_load(script))

        async def paused_until() -> int:
            value = await aclient.get(f"{key}:pause")
            return int(value) if value else 0

        return abucket, paused_until

    return SharedRateLimiter(
        limits,
        bucket,
        pauses,
        errors,
        margin=margin,
        description=f"redis {key} at {url}",
        async_store=async_store,
    )
