"""Case 3: async throughput, many small calls with a bounded number in flight (loopback)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bench import clients, speedups
from bench.config import Sizes
from bench.results import CaseResult, Figure, ratio_goal
from bench.routes import COUNTRIES_PATH, RAW_HEADERS
from bench.server import LoopbackServer
from bench.timing import Batch, interleave

GOAL = 0.95
OURS = "AsyncAltegioClient"
RAW = "raw httpx.AsyncClient + json.loads"

Call = Callable[[], Awaitable[Any]]


async def throughput(call: Call, calls: int, concurrency: int) -> float:
    """Requests per second for `calls` calls with at most `concurrency` in flight."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with semaphore:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    return calls / (time.perf_counter() - started)


def _http(concurrency: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx.AsyncClient(limits=limits)


def run(sizes: Sizes) -> CaseResult:
    calls, concurrency = sizes.async_calls, sizes.async_concurrency
    result = CaseResult(3, f"Async throughput ({calls} calls, {concurrency} in flight, loopback)")
    with LoopbackServer(locations=1) as server, asyncio.Runner() as runner:
        ours_http, raw_http = _http(concurrency), _http(concurrency)
        ours = clients.ours_async(server.origin, ours_http)
        url = server.origin + COUNTRIES_PATH

        async def raw_call() -> Any:
            response = await raw_http.get(url, headers=RAW_HEADERS)
            response.raise_for_status()
            return json.loads(response.content)

        def batch(call: Call) -> Batch:
            return lambda: runner.run(throughput(call, calls, concurrency))

        def serial(call: Call) -> Batch:
            calls = sizes.async_serial_calls
            return lambda: runner.run(throughput(call, calls, 1))

        variants = {OURS: batch(ours.dictionaries.list_countries), RAW: batch(raw_call)}
        serial_variants = {
            f"{OURS}, 1 in flight": serial(ours.dictionaries.list_countries),
            f"{RAW}, 1 in flight": serial(raw_call),
        }
        try:
            samples = interleave(variants, rounds=sizes.async_rounds, warmup=sizes.warmup)
            serial_samples = interleave(
                serial_variants, rounds=sizes.async_serial_rounds, warmup=sizes.warmup
            )
        finally:
            runner.run(ours_http.aclose())
            runner.run(raw_http.aclose())
    ours_figure, raw_figure = (Figure.of(name, values, "req/s") for name, values in samples.items())
    ours_serial, raw_serial = (
        Figure.of(name, values, "req/s", f"{sizes.async_serial_calls} calls/round")
        for name, values in serial_samples.items()
    )
    result.figures += [ours_figure, raw_figure, ours_serial, raw_serial]
    result.goals.append(ratio_goal("ours / raw throughput", ours_figure, raw_figure, ">=", GOAL))
    result.goals.append(
        ratio_goal("1 in flight: ours / raw throughput", ours_serial, raw_serial, ">=", GOAL)
    )
    result.notes.append(
        f"Both use httpx.Limits(max_connections={concurrency}, "
        f"max_keepalive_connections={concurrency}); rate_limits=None; asyncio.Semaphore "
        f"bounds the calls in flight. With this many connections both clients spend most of "
        f"their CPU in httpcore's pool bookkeeping, which scans every connection per request "
        f"(encode/httpcore#1035); that cost is the same for both and narrows the ratio. "
        f"Our client decodes bodies with {speedups.describe()} (this process's default)."
    )
    return result
