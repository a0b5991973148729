"""The durable inbox through faults, the way it is deployed: uvicorn workers running the
receiver with an inbox, inbox worker processes (`python -m altegio_devtools.inbox work`), a
real Valkey, and a sender behaving as Altegio does (at most 2 retries 1.5 s apart, 10 s
timeout). tests/inbox_acceptance.py runs the full 1,000-delivery plan; this is its smaller
version, and Valkey restarts without persistence and stalls."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from tests.inbox_acceptance import (
    TIMEOUT,
    Outcome,
    Plan,
    altegio_delivers,
    body,
    effects,
    key_of,
    settle,
    start_consumer,
    start_receiver,
)
from tests.valkey import ValkeyServer

ROOT = Path(__file__).resolve().parent.parent


def test_nothing_is_lost_or_doubled_through_kills_a_restart_and_failures() -> None:
    """`python -m tests.inbox_acceptance` (README) at 150 deliveries: a uvicorn worker and a
    consumer (mid-handler) SIGKILLed, Valkey restarted (AOF), handlers failing for 5 s
    (longer than Altegio retries), duplicates concurrent and 5 s late."""
    command = [sys.executable, "-m", "tests.inbox_acceptance", "--deliveries", "150",
               "--fail-for", "5", "--rate", "30", "--reclaim-after", "4", "--backoff", "0.25",
               "--backoff-limit", "2", "--max-attempts", "8", "--json"]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                            check=False)  # fmt: skip
    print(result.stdout, result.stderr)
    assert result.returncode in (0, 3)  # 3: only the p99 goal missed (timing: not judged here)
    figures = json.loads(result.stdout.splitlines()[-1])
    assert figures["completed_once"] == figures["expected"] == 134  # each exactly once
    assert figures["doubled"] == figures["missing"] == figures["unexpected_dead"] == 0
    assert figures["dead"] >= figures["poison"] == 2  # the poison events: dead letters
    assert figures["worker_killed"] and figures["valkey_down"] > 0
    assert figures["killed_mid_handler"] >= 0


@contextmanager
def deployment(tmp: Path, server: ValkeyServer) -> Iterator[tuple[str, Path]]:
    """The receiver (2 uvicorn workers) and one consumer on `server`; yields the events URL
    and the file of side effects."""
    effects_file = tmp / "effects.log"
    (tmp / "marks").mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INBOX_REDIS_URL": server.url,
           "INBOX_EFFECTS": str(effects_file), "INBOX_MARKS": str(tmp / "marks")}  # fmt: skip
    plan = Plan(reclaim_after=4.0)
    with ExitStack() as stack:
        url, _master = start_receiver(stack, env, tmp)
        start_consumer(stack, env, tmp, plan, "handle", "consumer")
        settle(url, server.url, ["consumer"])
        yield f"{url}/altegio/events", effects_file


def send(url: str, numbers: list[int], outcome: Outcome, spread: float = 0.0) -> None:
    async def all_of_them() -> None:
        async with httpx.AsyncClient(timeout=TIMEOUT) as client:

            async def one(index: int, n: int) -> None:
                await asyncio.sleep(spread * index / max(1, len(numbers)))
                await altegio_delivers(client, url, body(n), outcome)

            await asyncio.gather(*(one(index, n) for index, n in enumerate(numbers)))

    asyncio.run(all_of_them())


def done(effects_file: Path) -> Counter[str]:
    return Counter(key for kind, _pid, key in effects(effects_file) if kind == "done")


def wait_for_done(effects_file: Path, numbers: list[int], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not all(done(effects_file)[key_of(n)] for n in numbers):
        assert time.monotonic() < deadline, "not handled in time"
        time.sleep(0.05)


def test_a_restart_without_persistence_forgets_what_it_held(tmp_path: Path) -> None:
    """What the docs say happens without AOF: deliveries after the restart are handled (the
    group is created again); entries not yet processed are lost, and a redelivery of an event
    handled before runs again."""
    server = ValkeyServer(tmp_path / "valkey", aof=False)
    server.start()
    outcome = Outcome()
    try:
        with deployment(tmp_path, server) as (url, effects_file):
            send(url, list(range(20)), outcome)
            wait_for_done(effects_file, list(range(20)))
            server.restart()  # empty
            send(url, [*range(20, 40), 0], outcome)  # 0 again: its done marker is gone
            wait_for_done(effects_file, list(range(20, 40)))
            deadline = time.monotonic() + 30
            while done(effects_file)[key_of(0)] < 2:
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        server.stop()
    counts = done(effects_file)
    assert all(counts[key_of(n)] == 1 for n in range(1, 40))
    assert counts[key_of(0)] == 2
    assert outcome.given_up == 0


def test_a_stalled_server_delays_deliveries_and_loses_none(tmp_path: Path) -> None:
    """Valkey frozen (SIGSTOP) for 2.5 s while deliveries arrive: the receiver answers 503
    within its 2 s timeout, Altegio's retry 1.5 s later goes through, and every event is
    handled exactly once."""
    server = ValkeyServer(tmp_path / "valkey", aof=True)
    server.start()
    outcome = Outcome()
    numbers = list(range(60))
    try:
        with deployment(tmp_path, server) as (url, effects_file):

            async def stall() -> None:
                await asyncio.sleep(1.0)
                server.freeze()
                await asyncio.sleep(2.5)
                server.thaw()

            staller = threading.Thread(target=asyncio.run, args=(stall(),))
            staller.start()
            send(url, numbers, outcome, spread=3.0)  # 20 a second
            staller.join()
            wait_for_done(effects_file, numbers)
    finally:
        server.stop()
    counts = done(effects_file)
    assert all(counts[key_of(n)] == 1 for n in numbers)
    assert outcome.given_up == 0
    assert outcome.statuses["503"] > 0  # the stall was felt, and answered 503
