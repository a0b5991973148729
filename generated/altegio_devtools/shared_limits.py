"""Rate limits shared by several processes: a file on one host, or Redis/Valkey across hosts.

Altegio counts requests per IP, so every process behind one address must draw from one
budget. These limiters keep the windows (a sliding-window log of departures) and the
Retry-After pause in a store the processes share, so a 429 seen by one process pauses all
of them: on one host a pyrate-limiter SQLite bucket behind a file lock; across hosts a
Redis sorted set that one Lua script checks and fills, pause included, in one round trip.
They are RateLimiter subclasses: pass one as `rate_limits=` to AltegioClient or
AsyncAltegioClient.

Each request is admitted when it leaves (depart(), checked again as its first byte is
written: see _rate_limit), so the windows hold as the server counts them; every window is
`margin` seconds longer than stated, as in the memory limiter, and reserve() spaces this
process's own requests as the memory limiter does before they ask the store. When the
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
from collections.abc import Sequence
from typing import Any, Protocol

from ._rate_limit import DEFAULT_MARGIN, DEFAULT_RATE_LIMITS, RateLimit, RateLimiter, Ticket
from .errors import RateLimitBackendError

__all__ = ["SharedRateLimiter", "file_rate_limiter", "redis_rate_limiter"]

#: The file's old entries are dropped once every so many admitted requests.
_LEAK_EVERY = 64
#: The wait when the file's bucket refuses without saying for how long (seconds).
_FALLBACK_WAIT = 0.01

#: One decision. KEYS: the windows (a sorted set of departures, scored by their time in ms)
#: and the pause (the moment it ends, in ms). ARGV: now (ms), a unique member for this
#: departure, the member it replaces (its request's earlier admission, taken out first;
#: '' for none), then the requests and the length (ms) of each window. Returns 0 when the
#: departure is admitted and stored, else the milliseconds to wait before asking again.
#: Entries stamped a moment after `now` (another process took its time a moment later but
#: ran first) count too: counting only up to `now` lets one request too many into a window.
_DECIDE_SCRIPT = """
if ARGV[3] ~= '' then
    redis.call('ZREM', KEYS[1], ARGV[3])
end
local now = tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then
    return paused - now
end
local wait = 0
local longest = 0
for i = 4, #ARGV, 2 do
    local requests = tonumber(ARGV[i])
    local window = tonumber(ARGV[i + 1])
    longest = math.max(longest, window)
    local count = redis.call('ZCOUNT', KEYS[1], now - window, '+inf')
    if count >= requests then
        local frees = redis.call('ZRANGEBYSCORE', KEYS[1], now - window, '+inf',
                                 'WITHSCORES', 'LIMIT', count - requests, 1)
        wait = math.max(wait, tonumber(frees[2]) + window + 1 - now)
    end
end
if wait > 0 then
    return wait
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('(%d', now - longest))
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('PEXPIRE', KEYS[1], longest)
return 0
"""

_PAUSE_SCRIPT = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 0
"""


class _Store(Protocol):
    #: What the store raises when it cannot be used.
    errors: tuple[type[BaseException], ...]
    #: Whether it can take an entry out (else a request charged again holds two).
    moves: bool

    def decide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int: ...
    async def adecide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int: ...
    def pause_until(self, until_ms: int, seconds: float) -> None: ...


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class SharedRateLimiter(RateLimiter):
    """A RateLimiter whose windows and pause live in a store other processes share."""

    def __init__(
        self,
        limits: Sequence[RateLimit],
        store: _Store,
        *,
        margin: float = DEFAULT_MARGIN,
        description: str,
    ) -> None:
        super().__init__(limits, margin=margin)  # its windows space this process's requests
        self._store = store
        self._description = description

    def __repr__(self) -> str:
        return f"SharedRateLimiter({self._description})"

    def depart(self, deadline: float = math.inf, ticket: Ticket | None = None) -> float:
        entry, replacing = self._entries(ticket)
        try:
            wait_ms = self._store.decide(_now_ms(), deadline, entry, replacing)
        except self._store.errors as exc:
            raise self._unreachable(exc) from exc
        return self._decided(wait_ms, ticket, entry)

    async def adepart(self, deadline: float = math.inf, ticket: Ticket | None = None) -> float:
        """depart() for async clients: over an asyncio connection where the store has one
        (Redis), so that waiting on the store never blocks the event loop."""
        entry, replacing = self._entries(ticket)
        try:
            wait_ms = await self._store.adecide(_now_ms(), deadline, entry, replacing)
        except self._store.errors as exc:
            raise self._unreachable(exc) from exc
        return self._decided(wait_ms, ticket, entry)

    def _entries(self, ticket: Ticket | None) -> tuple[str, str]:
        """A new entry's unique name, and the one it replaces ("" for none)."""
        replacing = ticket.entry if ticket is not None and ticket.entry is not None else ""
        return f"altegio:{os.urandom(9).hex()}", str(replacing)

    def _decided(self, wait_ms: int, ticket: Ticket | None, entry: str) -> float:
        if ticket is not None:  # the store took out the entry it replaces, admitted or not
            ticket.entry = entry if wait_ms == 0 and self._store.moves else None
        return wait_ms / 1000

    def pause(self, seconds: float) -> None:
        if not (math.isfinite(seconds) and seconds > 0):
            return
        try:
            self._store.pause_until(_now_ms() + math.ceil(seconds * 1000), seconds)
        except self._store.errors as exc:
            raise self._unreachable(exc) from exc

    def _unreachable(self, exc: BaseException) -> RateLimitBackendError:
        reason = str(exc) or type(exc).__name__
        return RateLimitBackendError(
            f"the shared rate limiter ({self._description}) is unreachable: {reason}"
        )


def _rates(limits: Sequence[RateLimit], margin: float) -> list[tuple[int, int]]:
    """(requests, window in ms) of each limit, the margin included."""
    return [(limit.requests, math.ceil((limit.seconds + margin) * 1000)) for limit in limits]


# -- one host: SQLite behind a file lock --------------------------------------------------------


class _FileStore:
    """A pyrate-limiter SQLite bucket and a pause table beside it, in one file. A local
    file answers in microseconds: one operation at a time in this process (the file lock
    serialises the processes' writes)."""

    errors: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)
    moves = False

    def __init__(self, bucket: Any) -> None:
        self._bucket = bucket
        self._lock = threading.Lock()
        self._admitted = itertools.count(1)
        with bucket.lock:
            bucket.conn.execute(
                "CREATE TABLE IF NOT EXISTS altegio_pause"
                " (id INTEGER PRIMARY KEY CHECK (id = 1), until_ms INTEGER NOT NULL)"
            )
            bucket.conn.commit()

    def decide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int:
        from pyrate_limiter import RateItem  # noqa: PLC0415 (an optional extra)

        with self._lock:
            row = self._bucket.conn.execute("SELECT until_ms FROM altegio_pause").fetchone()
            paused = int(row[0]) if row else 0
            if paused > now_ms:
                return paused - now_ms
            decision = self._bucket.put_decision(RateItem("altegio", now_ms))
            if decision.allowed:
                if next(self._admitted) % _LEAK_EVERY == 0:
                    self._bucket.leak(now_ms)
                return 0
        wait_ms = decision.retry_after_ms
        return max(int(wait_ms), 1) if wait_ms is not None else round(_FALLBACK_WAIT * 1000)

    async def adecide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int:
        return self.decide(now_ms, deadline, entry, replacing)  # a short, local operation

    def pause_until(self, until_ms: int, seconds: float) -> None:
        with self._lock, self._bucket.lock:  # the file lock: one writer across processes
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
    from pyrate_limiter import Rate, SQLiteBucket  # noqa: PLC0415 (an optional extra)

    rates = [Rate(requests, window) for requests, window in _rates(limits, margin)]
    try:
        bucket = SQLiteBucket.init_from_file(rates, db_path=os.fspath(path), use_file_lock=True)
        store = _FileStore(bucket)
    except _FileStore.errors as exc:
        raise RateLimitBackendError(f"cannot open the rate-limit file {path}: {exc}") from exc
    return SharedRateLimiter(limits, store, margin=margin, description=f"file {os.fspath(path)}")


# -- several hosts: Redis or Valkey ------------------------------------------------------------


class _RedisStore:
    """The windows and the pause on a Redis/Valkey server. Each decision is one EVALSHA on
    a connection of redis-py's pool, its reply awaited until `timeout` or the call's
    deadline, whichever comes first; a server that lost the script (a restart) gets it
    with EVAL, in that same round trip. No lock: threads and tasks ask concurrently."""

    def __init__(self, url: str, key: str, rates: list[tuple[int, int]], timeout: float) -> None:
        import redis  # noqa: PLC0415 (an optional extra)
        from redis.retry import Retry  # noqa: PLC0415 (an optional extra)

        self.errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError, TimeoutError)
        self.moves = True
        self._url = url
        self._timeout = timeout
        self._keys = (f"{key}:window", f"{key}:pause")
        self._rates = [value for rate in rates for value in rate]
        self._redis = redis.Redis.from_url(url, **self._options(Retry))
        self._sha = self._redis.script_load(_DECIDE_SCRIPT)  # also: is the server there?
        self._pause = self._redis.register_script(_PAUSE_SCRIPT)
        self._async: tuple[asyncio.AbstractEventLoop, Any] | None = None

    def _options(self, retry: Any) -> dict[str, Any]:
        from redis.backoff import NoBackoff  # noqa: PLC0415 (an optional extra)

        return {
            "socket_timeout": self._timeout,
            "socket_connect_timeout": self._timeout,
            # A failed round trip is reported, not retried past the call's deadline.
            "retry": retry(NoBackoff(), 0),
            # RESP2 and no CLIENT SETINFO: a new connection sends nothing before its first
            # command (without a password), so only that round trip waits on the server.
            "protocol": 2,
            "driver_info": None,
        }

    def _args(self, now_ms: int, entry: str, replacing: str) -> list[Any]:
        return [2, *self._keys, now_ms, entry, replacing, *self._rates]

    def _seconds_left(self, deadline: float) -> float:
        return max(min(self._timeout, deadline - time.monotonic()), 0.001)

    def decide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int:
        from redis.exceptions import NoScriptError  # noqa: PLC0415 (an optional extra)

        args = self._args(now_ms, entry, replacing)
        try:
            return self._round_trip(deadline, "EVALSHA", self._sha, *args)
        except NoScriptError:
            return self._round_trip(deadline, "EVAL", _DECIDE_SCRIPT, *args)

    def _round_trip(self, deadline: float, *command: Any) -> int:
        """One command on a pooled connection, its reply awaited until the deadline."""
        from redis.exceptions import ResponseError  # noqa: PLC0415 (an optional extra)

        pool = self._redis.connection_pool
        connection: Any = pool.get_connection()
        try:
            connection.send_command(*command)
            return int(connection.read_response(timeout=self._seconds_left(deadline)))
        except ResponseError:
            raise  # an answer: the connection is in step
        except BaseException:
            connection.disconnect()  # a reply may still be on its way: never reuse it
            raise
        finally:
            pool.release(connection)

    async def adecide(self, now_ms: int, deadline: float, entry: str, replacing: str) -> int:
        from redis.exceptions import NoScriptError  # noqa: PLC0415 (an optional extra)

        client = self._async_client()
        args = self._args(now_ms, entry, replacing)
        async with asyncio.timeout(self._seconds_left(deadline)):
            try:
                return int(await client.execute_command("EVALSHA", self._sha, *args))
            except NoScriptError:
                return int(await client.execute_command("EVAL", _DECIDE_SCRIPT, *args))

    def _async_client(self) -> Any:
        """redis.asyncio's client for the running event loop (its connections belong to
        the loop that opened them)."""
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            import redis.asyncio  # noqa: PLC0415 (an optional extra)
            from redis.asyncio.retry import Retry  # noqa: PLC0415 (an optional extra)

            client = redis.asyncio.Redis.from_url(self._url, **self._options(Retry))
            self._async = (loop, client)
        return self._async[1]

    def pause_until(self, until_ms: int, seconds: float) -> None:
        self._pause(keys=[self._keys[1]], args=[until_ms, math.ceil(seconds * 1000)])


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
    AltegioClient and AsyncAltegioClient (over redis.asyncio) alike: each decision is one
    round trip, and threads and tasks do not wait for each other's. `timeout` bounds
    connecting and each round trip, and so does the call's total_timeout; past either the
    call raises errors.RateLimitBackendError. A server restarted empty is used again as
    soon as it answers."""
    import redis  # noqa: PLC0415 (an optional extra)

    try:
        store = _RedisStore(url, key, _rates(limits, margin), timeout)
    except (redis.RedisError, OSError) as exc:
        raise RateLimitBackendError(f"cannot reach the rate-limit server {url}: {exc}") from exc
    return SharedRateLimiter(limits, store, margin=margin, description=f"redis {key} at {url}")
