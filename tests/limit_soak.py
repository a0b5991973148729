"""The shared rate limits on Altegio's real limits, as the server counts arrivals (issue 24):
`python -m tests.limit_soak --seconds 75 --runs 5`.

Each run starts a Valkey server and a loopback server that notes each request's arrival
(tests/arrival_server.py), then 4 processes, each with one redis_rate_limiter (default
limits 5/s and 200/min, default margin) shared by a sync client (3 threads) and an async
client (3 tasks), all calling as fast as the limiter lets them for `--seconds`. It prints,
per run, the most arrivals in any 1 s and any 60 s window and the tightest spans (the
shortest time holding 6, or 201, arrivals: over 1 s and 60 s when the limits hold), and
exits 1 when any run saw a window over the limits. tests/test_shared_limits_soak.py runs it
once in `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from altegio_devtools import AltegioClient, AsyncAltegioClient, errors
from altegio_devtools._rate_limit import DEFAULT_RATE_LIMITS
from altegio_devtools.shared_limits import redis_rate_limiter
from tests import limit_worker
from tests.arrival_server import ArrivalServer
from tests.valkey import ValkeyServer

PROCESSES = 4
THREADS = 3
TASKS = 3


def worker(redis_url: str, base_url: str, start_at: float, end_at: float) -> None:
    """One process: a sync client's threads and an async client's tasks share one limiter
    and call until `end_at` (wall clock); closing the clients ends the waits then."""
    limiter = redis_rate_limiter(redis_url)
    options: dict[str, Any] = {
        "partner_token": "partner-token",
        "api_base_url": f"{base_url}/api/v1",
        "app_base_url": f"{base_url}/app",
        "rate_limits": limiter,
    }
    sync_client = AltegioClient(**options)

    def calls() -> None:
        while time.time() < end_at:
            try:
                limit_worker.call(sync_client)
            except errors.ClientClosedError:
                return

    async def async_calls(client: AsyncAltegioClient) -> None:
        while time.time() < end_at:
            await limit_worker.acall(client)

    async def run_async() -> None:
        async with AsyncAltegioClient(**options) as client:
            tasks = [asyncio.create_task(async_calls(client)) for _ in range(TASKS)]
            await asyncio.sleep(max(0.0, end_at - time.time()))
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    time.sleep(max(0.0, start_at - time.time()))
    threads = [threading.Thread(target=calls) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    asyncio.run(run_async())
    sync_client.close()  # cuts the threads' waits short
    for thread in threads:
        thread.join(timeout=30)


def tightest_span(arrivals: list[float], count: int) -> float:
    """The shortest time holding `count` arrivals (inf when there are fewer)."""
    ordered = sorted(arrivals)
    spans = [ordered[i + count - 1] - ordered[i] for i in range(len(ordered) - count + 1)]
    return min(spans, default=float("inf"))


def most_in_window(arrivals: list[float], seconds: float) -> int:
    ordered = sorted(arrivals)
    best = end = 0
    for start, moment in enumerate(ordered):
        while end < len(ordered) and ordered[end] < moment + seconds:
            end += 1
        best = max(best, end - start)
    return best


def soak(seconds: float) -> dict[str, Any]:
    """One run; its figures."""
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as scratch, ArrivalServer().running() as server:
        valkey = ValkeyServer(Path(scratch) / "valkey")
        valkey.start()
        try:
            start_at = time.time() + 5.0  # every process loaded and connected by then
            end_at = start_at + seconds
            processes = [
                context.Process(target=worker, args=(valkey.url, server.url, start_at, end_at))
                for _ in range(PROCESSES)
            ]
            for process in processes:
                process.start()
            for process in processes:
                process.join(timeout=seconds + 60)
            exit_codes = [process.exitcode for process in processes]
        finally:
            valkey.stop()
        arrivals = list(server.arrivals)
    result: dict[str, Any] = {"seconds": seconds, "arrivals": len(arrivals)}
    if arrivals:
        result["span"] = round(max(arrivals) - min(arrivals), 3)
    result["exit_codes"] = exit_codes
    held = bool(arrivals) and all(code == 0 for code in exit_codes)
    for limit in DEFAULT_RATE_LIMITS:
        most = most_in_window(arrivals, limit.seconds)
        result[f"most_in_{limit.seconds:g}s"] = most
        result[f"tightest_{limit.requests + 1}"] = round(
            tightest_span(arrivals, limit.requests + 1), 4
        )
        held = held and most <= limit.requests
    result["held"] = held
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.limit_soak", description=__doc__)
    parser.add_argument("--seconds", type=float, default=75.0)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    held = True
    for run in range(1, args.runs + 1):
        result = soak(args.seconds)
        print(json.dumps({"run": run, **result}), flush=True)
        held = held and result["held"]
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
