"""De-duplication of webhook deliveries, keyed by webhooks.event_key.

Altegio redelivers what it believes was not received, and may deliver one event twice at
once to two workers. A store lets exactly one delivery of an event run the handler:

- claim(key) is True for the delivery that must run it. While another delivery holds the
  claim it waits (up to `wait`) for that one to finish: done means a duplicate (False),
  released (its handler failed) means this delivery runs it after all. Past `wait` it raises
  DeliveryInProgress, which the receiver answers 409 so that Altegio tries again later.
- done(key) marks the event handled, for `ttl` seconds; only after the handler succeeded.
- release(key) drops the claim after the handler failed, so the redelivery runs it.

A claim expires after `claim_ttl` seconds, so a worker killed mid-handler does not block the
event for good. MemoryDedupeStore serves one process; RedisDedupeStore every worker and host
that shares the server (`SET key pending NX EX claim_ttl`, then `SET key done EX ttl`).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Protocol

__all__ = ["DedupeStore", "DeliveryInProgress", "MemoryDedupeStore", "RedisDedupeStore"]

_PENDING = "pending"
_DONE = "done"
#: What a MemoryDedupeStore counts for one entry besides its key's characters: the dict
#: slot, the (state, expiry) tuple and the float, roughly (CPython, 64-bit).
ENTRY_OVERHEAD = 200
#: How often a delivery waiting on another one's claim looks again (seconds).
_POLL = 0.02


class DeliveryInProgress(Exception):
    """Another delivery of this event still runs its handler."""


class DedupeStore(Protocol):
    async def claim(self, key: str) -> bool: ...
    async def done(self, key: str) -> None: ...
    async def release(self, key: str) -> None: ...
    async def ping(self) -> None: ...
    async def aclose(self) -> None: ...


class MemoryDedupeStore:
    """Keys in this process's memory: enough for one worker, not for several. It holds at
    most `size` keys and about `max_bytes` bytes (each key's characters plus
    ENTRY_OVERHEAD), forgetting the oldest first."""

    def __init__(
        self,
        *,
        ttl: float = 7 * 86400,
        claim_ttl: float = 60,
        wait: float = 10,
        size: int = 100_000,
        max_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        self._ttl = ttl
        self._claim_ttl = claim_ttl
        self._wait = wait
        self._size = size
        self._max_bytes = max_bytes
        self._bytes = 0
        self._keys: dict[str, tuple[str, float]] = {}  # key -> (state, expiry), oldest first

    def _state(self, key: str) -> str | None:
        entry = self._keys.get(key)
        if entry is None or entry[1] <= time.monotonic():
            return None  # an expired entry is replaced by the claim that follows
        return entry[0]

    def _set(self, key: str, state: str, ttl: float) -> None:
        self._forget(key)
        self._keys[key] = (state, time.monotonic() + ttl)
        self._bytes += _cost(key)
        while self._keys and (len(self._keys) > self._size or self._bytes > self._max_bytes):
            self._forget(next(iter(self._keys)))  # the oldest first

    def _forget(self, key: str) -> None:
        if self._keys.pop(key, None) is not None:
            self._bytes -= _cost(key)

    async def claim(self, key: str) -> bool:
        deadline = time.monotonic() + self._wait
        while True:
            state = self._state(key)
            if state is None:
                self._set(key, _PENDING, self._claim_ttl)
                return True
            if state == _DONE:
                return False
            if time.monotonic() >= deadline:
                raise DeliveryInProgress(key)
            await asyncio.sleep(_POLL)

    async def done(self, key: str) -> None:
        self._set(key, _DONE, self._ttl)

    async def release(self, key: str) -> None:
        self._forget(key)

    async def ping(self) -> None:
        return None

    async def aclose(self) -> None:
        return None


def _cost(key: str) -> int:
    return len(key) + ENTRY_OVERHEAD


class RedisDedupeStore:
    """Keys in Redis/Valkey at `url`, shared by every worker and host using it (the `redis`
    extra). Server errors propagate: the receiver answers 503 and Altegio redelivers."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "altegio-devtools:webhook:",
        ttl: float = 7 * 86400,
        claim_ttl: float = 60,
        wait: float = 10,
        timeout: float = 2.0,
    ) -> None:
        import redis.asyncio  # noqa: PLC0415 (an optional extra)

        self._redis: Any = redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._prefix = prefix
        self._ttl = max(1, round(ttl))
        self._claim_ttl = max(1, round(claim_ttl))
        self._wait = wait

    async def claim(self, key: str) -> bool:
        name = self._prefix + key
        deadline = time.monotonic() + self._wait
        while True:
            if await self._redis.set(name, _PENDING, nx=True, ex=self._claim_ttl):
                return True
            state = await self._redis.get(name)
            if state == _DONE.encode():
                return False
            if state is None:
                continue  # released or expired between the two commands: claim again
            if time.monotonic() >= deadline:
                raise DeliveryInProgress(key)
            await asyncio.sleep(_POLL)

    async def done(self, key: str) -> None:
        await self._redis.set(self._prefix + key, _DONE, ex=self._ttl)

    async def release(self, key: str) -> None:
        await self._redis.delete(self._prefix + key)

    async def ping(self) -> None:
        await self._redis.ping()

    async def aclose(self) -> None:
        await self._redis.aclose()
