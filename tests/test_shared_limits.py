"""Rate limits shared past one process (issue 13): 4 processes x 10 calls against one
loopback server that records arrivals; the windows are checked as the server saw them.
The limits are Altegio's 5/s and 200/min scaled down (tests/limit_worker.py)."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from altegio_devtools import AsyncAltegioClient, RateLimiter, errors
from altegio_devtools.shared_limits import file_rate_limiter, redis_rate_limiter
from tests import limit_worker
from tests.fault_server import FaultServer, Reply, ok
from tests.valkey import free_port, valkey_server

COUNTRIES = "/api/v1/countries"
PROCESSES = 4
CALLS = 10


@pytest.fixture
def redis_url(valkey_url: str) -> str:
    redis.Redis.from_url(valkey_url).flushdb()
    return valkey_url


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        running.script(COUNTRIES, ok())
        yield running


def max_in_window(arrivals: list[float], seconds: float) -> int:
    """The most arrivals any `seconds`-long window holds."""
    arrivals = sorted(arrivals)
    best = 0
    end = 0
    for start, moment in enumerate(arrivals):
        while end < len(arrivals) and arrivals[end] < moment + seconds:
            end += 1
        best = max(best, end - start)
    return best


def run_processes(backend: str, where: str, server: FaultServer) -> dict[float, int]:
    context = multiprocessing.get_context("spawn")  # fresh interpreters, as separate workers
    start_at = time.time() + 1.5  # all processes loaded and connected by then
    processes = [
        context.Process(target=limit_worker.run, args=(backend, where, server.url, CALLS, start_at))
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    arrivals = [moment for path, moment in server.arrivals if path == COUNTRIES]
    assert len(arrivals) == PROCESSES * CALLS
    maxima = {
        limit.seconds: max_in_window(arrivals, limit.seconds) for limit in limit_worker.LIMITS
    }
    print(f"{backend}: most arrivals per window {maxima}")  # the figures the issue asks for
    return maxima


def within_limits(maxima: dict[float, int]) -> bool:
    return all(maxima[limit.seconds] <= limit.requests for limit in limit_worker.LIMITS)


def test_processes_sharing_redis_hold_every_window(redis_url: str, server: FaultServer) -> None:
    assert within_limits(run_processes("redis", redis_url, server))


def test_processes_sharing_a_file_hold_every_window(tmp_path: Path, server: FaultServer) -> None:
    assert within_limits(run_processes("file", str(tmp_path / "limits.sqlite"), server))


def test_processes_with_memory_limiters_overshoot(server: FaultServer) -> None:
    # Each process holds its own limits: together they send about 4 times as many.
    maxima = run_processes("memory", "", server)
    assert not within_limits(maxima)
    longest = limit_worker.LIMITS[-1]
    assert maxima[longest.seconds] > longest.requests


@pytest.mark.parametrize("backend", ["redis", "file"])
def test_a_429_pauses_every_limiter_on_the_backend(
    backend: str, redis_url: str, tmp_path: Path, server: FaultServer
) -> None:
    where = redis_url if backend == "redis" else str(tmp_path / "limits.sqlite")
    server.script(COUNTRIES, Reply(429, {"success": False}, {"Retry-After": "0.5"}), ok())
    # Two limiters on one backend stand for two processes.
    with (
        limit_worker.make_client(server.url, limit_worker.limiter(backend, where)) as first,
        limit_worker.make_client(server.url, limit_worker.limiter(backend, where)) as second,
    ):
        with pytest.raises(errors.RateLimitError):
            limit_worker.call(first.with_options(max_retries=0))
        limit_worker.call(second)
    (_, refused), (_, next_one) = server.arrivals
    assert next_one - refused >= 0.5 - 0.02


def test_an_unreachable_redis_is_a_typed_error(tmp_path: Path, server: FaultServer) -> None:
    with pytest.raises(errors.RateLimitBackendError):
        redis_rate_limiter(f"redis://127.0.0.1:{free_port()}/0", timeout=0.5)
    with valkey_server(tmp_path / "short-lived") as url:
        shared = redis_rate_limiter(url, timeout=0.5)
    # The server is gone: the call fails instead of going out unlimited.
    with limit_worker.make_client(server.url, shared) as client:
        with pytest.raises(errors.RateLimitBackendError, match="unreachable"):
            limit_worker.call(client)
    with pytest.raises(errors.RateLimitBackendError, match="unreachable"):
        asyncio.run(call_async(server, shared, 1))
    assert server.arrivals == []


def test_an_unusable_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(errors.RateLimitBackendError):
        file_rate_limiter(tmp_path)  # a directory, not a file


def test_the_async_client_shares_a_redis_limiter(redis_url: str, server: FaultServer) -> None:
    shared = redis_rate_limiter(redis_url, limit_worker.LIMITS, key="test:async")
    asyncio.run(call_async(server, shared, 12))
    arrivals = [moment for _, moment in server.arrivals]
    shortest = limit_worker.LIMITS[0]
    assert len(arrivals) == 12
    assert max_in_window(arrivals, shortest.seconds) <= shortest.requests
    assert shared._store._async is not None  # type: ignore[attr-defined]  # over redis.asyncio


async def call_async(server: FaultServer, shared: RateLimiter, calls: int) -> None:
    async with AsyncAltegioClient(
        partner_token="partner-token",
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        rate_limits=shared,
    ) as client:
        await asyncio.gather(*(limit_worker.acall(client) for _ in range(calls)))
