"""The Redis limiter through a server's faults (issue 24), against real Valkey servers:
restarted empty while several processes use it, and frozen (SIGSTOP) under sync threads
and async tasks. Times are time.monotonic(), one clock for every process on Linux."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
from collections.abc import Iterator
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, RateLimit, errors
from altegio_devtools._rate_limit import DEFAULT_RATE_LIMITS
from altegio_devtools.shared_limits import redis_rate_limiter
from tests import limit_worker
from tests.fault_server import FaultServer, ok
from tests.valkey import ValkeyServer

COUNTRIES = "/api/v1/countries"
#: Limits no test reaches: every answer is the store's, never a wait.
ROOMY = [RateLimit(10_000, 1.0)]
#: Each process asks this often (seconds), from a thread and from a task.
EVERY = 0.02

Outcome = tuple[float, str]  # (when it ended, "ok" or the exception's class name)


def ask_until_stopped(
    url: str, ready: Queue[bool], stop: Event, results: Queue[dict[str, list[Outcome]]]
) -> None:
    """One process of the restart test: one limiter, asked from a thread (depart) and from
    an asyncio task (adepart) every EVERY seconds until `stop` is set."""
    limiter = redis_rate_limiter(url, ROOMY, key="test:restart")
    sync: list[Outcome] = []
    async_: list[Outcome] = []

    def outcome(ask: object) -> str:
        return "ok" if ask == 0.0 else f"wait {ask}"

    def thread() -> None:
        while not stop.is_set():
            try:
                sync.append((time.monotonic(), outcome(limiter.depart())))
            except Exception as exc:
                sync.append((time.monotonic(), type(exc).__name__))
            time.sleep(EVERY)

    async def task() -> None:
        ready.put(True)
        while not stop.is_set():
            try:
                async_.append((time.monotonic(), outcome(await limiter.adepart())))
            except Exception as exc:
                async_.append((time.monotonic(), type(exc).__name__))
            await asyncio.sleep(EVERY)

    worker = threading.Thread(target=thread)
    worker.start()
    asyncio.run(task())
    worker.join()
    results.put({"sync": sync, "async": async_})


def test_a_restarted_empty_server_is_used_again_by_every_process(tmp_path: Path) -> None:
    """3 processes ask one limiter each, sync and async; the server stops for 1.5 s and
    comes back empty (no scripts, no windows) on its port. While it is down every answer
    is RateLimitBackendError; within 1 s of its coming back every process's thread and
    task are admitted again, by the same limiters; nothing else ever happens."""
    valkey = ValkeyServer(tmp_path / "valkey")
    valkey.start()
    context = multiprocessing.get_context("spawn")
    ready, results, stop = context.Queue(), context.Queue(), context.Event()
    processes = [
        context.Process(target=ask_until_stopped, args=(valkey.url, ready, stop, results))
        for _ in range(3)
    ]
    try:
        for process in processes:
            process.start()
        for _ in processes:
            ready.get(timeout=60)
        time.sleep(0.5)  # every process's thread and task have been admitted
        stopping = time.monotonic()
        valkey.stop()
        down = time.monotonic()
        time.sleep(1.5)
        restarting = time.monotonic()
        valkey.start()  # returns once it answers PING
        back = time.monotonic()
        time.sleep(2.5)
        stop.set()
        outcomes = [results.get(timeout=30) for _ in processes]
        for process in processes:
            process.join(timeout=30)
            assert process.exitcode == 0
    finally:
        stop.set()
        valkey.stop()
    recovered, since_start = [], []
    for result in outcomes:
        assert isinstance(result, dict)
        for kind in ("sync", "async"):
            answers: list[Outcome] = result[kind]
            assert {outcome for _, outcome in answers} == {"ok", "RateLimitBackendError"}
            before = [outcome for moment, outcome in answers if moment < stopping]
            assert before and set(before) == {"ok"}, kind
            during = [outcome for m, outcome in answers if down + 0.6 < m < restarting]
            assert during and set(during) == {"RateLimitBackendError"}, kind
            first_ok = min(m for m, outcome in answers if m > restarting and outcome == "ok")
            recovered.append(max(first_ok - back, 0.0))
            since_start.append(first_ok - restarting)
            assert {outcome for moment, outcome in answers if moment > first_ok} == {"ok"}, kind
    print(
        f"admitted again {max(since_start):.3f} s after the server was started again,"
        f" {max(recovered):.3f} s after it answered PING"
    )
    assert max(recovered) <= 1.0


# -- a frozen server ---------------------------------------------------------------------------


@pytest.fixture
def api() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        running.script(COUNTRIES, ok())
        yield running


@pytest.fixture
def valkey(tmp_path: Path) -> Iterator[ValkeyServer]:
    server = ValkeyServer(tmp_path / "valkey")
    server.start()
    try:
        yield server
    finally:
        server.stop()


CALLS = 6


@pytest.mark.parametrize(
    ("store_timeout", "total_timeout", "ends_after"),
    [(5.0, 1.5, 1.5), (1.0, None, 1.0)],
    ids=["the call's total_timeout", "the store's timeout"],
)
def test_calls_end_by_their_deadline_while_the_server_is_frozen(
    api: FaultServer,
    valkey: ValkeyServer,
    store_timeout: float,
    total_timeout: float | None,
    ends_after: float,
) -> None:
    """A frozen server (SIGSTOP: connections open, nothing answers): 6 threads of a sync
    client and 6 tasks of an async client, all at once, each end with
    RateLimitBackendError by the earlier of the call's total_timeout and the store's
    timeout (± 0.5 s), none waiting for another's round trip; nothing reaches the API.
    Thawed, the same clients send again."""
    # Altegio's limits when the call's deadline decides; else roomy ones, so that no call
    # waits its turn (the 6th in a second would) before asking the frozen server.
    limits = DEFAULT_RATE_LIMITS if total_timeout else ROOMY
    limiter = redis_rate_limiter(valkey.url, limits, key="test:frozen", timeout=store_timeout)
    options: dict[str, Any] = {
        "partner_token": "partner-token",
        "api_base_url": f"{api.url}/api/v1",
        "app_base_url": f"{api.url}/app",
        "rate_limits": limiter,
        "total_timeout": total_timeout,
    }
    sync_ended: list[tuple[float, str]] = []

    def sync_call(client: AltegioClient) -> None:
        started = time.monotonic()
        try:
            limit_worker.call(client)
            outcome = "ok"
        except errors.AltegioError as exc:
            outcome = type(exc).__name__
        sync_ended.append((time.monotonic() - started, outcome))

    async def async_call(client: AsyncAltegioClient) -> tuple[float, str]:
        started = time.monotonic()
        try:
            await limit_worker.acall(client)
            outcome = "ok"
        except errors.AltegioError as exc:
            outcome = type(exc).__name__
        return time.monotonic() - started, outcome

    async def async_calls(client: AsyncAltegioClient) -> list[tuple[float, str]]:
        return await asyncio.gather(*(async_call(client) for _ in range(CALLS)))

    with AltegioClient(**options) as client:
        sync_call(client)  # both clients have talked to the server before it freezes
        assert [outcome for _, outcome in sync_ended] == ["ok"]
        sync_ended.clear()
        valkey.freeze()
        threads = [threading.Thread(target=sync_call, args=(client,)) for _ in range(CALLS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        valkey.thaw()
        sync_frozen = list(sync_ended)
        sync_ended.clear()
        sync_call(client)
        sync_after = list(sync_ended)

    async def async_run() -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
        async with AsyncAltegioClient(**options) as client:
            assert (await async_call(client))[1] == "ok"
            valkey.freeze()
            frozen = await async_calls(client)
            valkey.thaw()
            return frozen, await async_calls(client)

    async_frozen, async_after = asyncio.run(async_run())
    print(f"sync ended after {sorted(t for t, _ in sync_frozen)}")
    print(f"async ended after {sorted(t for t, _ in async_frozen)}")
    assert len(sync_frozen) == len(async_frozen) == CALLS
    for ended, outcome in sync_frozen + async_frozen:
        assert outcome == "RateLimitBackendError"
        assert abs(ended - ends_after) <= 0.5
    assert [outcome for _, outcome in sync_after + async_after] == ["ok"] * (1 + CALLS)
    assert api.hits[COUNTRIES] == 2 + 1 + CALLS  # before the freeze, and after the thaw
