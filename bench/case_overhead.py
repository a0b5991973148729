"""Case 1: per-call overhead of one small call (list_countries, 2 countries)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from altegio_devtools import RateLimit
from bench import clients, instructions, speedups, yclients_peer
from bench.config import Sizes
from bench.data import COUNTRIES
from bench.results import CaseResult, Figure, ratio_goal
from bench.routes import COUNTRIES_PATH, RAW_HEADERS, Routes
from bench.server import LoopbackServer
from bench.timing import Batch, interleave, per_call

MOCK_ORIGIN = "http://127.0.0.1"
GOAL = 1.10
INSTRUCTIONS_GOAL = 1.10
LIMITER_LABEL = "altegio_devtools + redis_rate_limiter (MockTransport, Valkey on loopback)"
MICROSECONDS = 1e6


def raw_call(http: httpx.Client, url: str) -> Callable[[], Any]:
    def call() -> Any:
        response = http.get(url, headers=RAW_HEADERS)
        response.raise_for_status()
        return json.loads(response.content)

    return call


def _compare(
    result: CaseResult,
    *,
    where: str,
    make_http: Callable[[], httpx.Client],
    origin: str,
    calls: int,
    sizes: Sizes,
    peers: dict[str, Callable[[], Any]] | None = None,
) -> None:
    """Time our client against raw httpx (and `peers`) on one kind of transport; add figures
    and goals."""
    with make_http() as ours_http, make_http() as raw_http:
        ours = clients.ours(origin, ours_http)
        assert len(ours.dictionaries.list_countries().data) == 2
        variants: dict[str, Batch] = {
            f"altegio_devtools ({where})": per_call(ours.dictionaries.list_countries, calls),
            f"raw httpx + json.loads ({where})": per_call(
                raw_call(raw_http, origin + COUNTRIES_PATH), calls
            ),
        }
        variants |= {
            f"{name} ({where})": per_call(call, calls) for name, call in (peers or {}).items()
        }
        samples = interleave(variants, rounds=sizes.overhead_rounds, warmup=sizes.warmup)
    ours_figure, raw_figure, *peer_figures = (
        Figure.of(name, [s * MICROSECONDS for s in values], "µs/call", f"{calls} calls/round")
        for name, values in samples.items()
    )
    result.figures += [ours_figure, raw_figure, *peer_figures]
    result.goals.append(ratio_goal(f"{where}: ours / raw", ours_figure, raw_figure, "<=", GOAL))
    for figure in peer_figures:
        result.goals.append(
            ratio_goal(f"{where}: ours / {figure.variant} (no goal set)", ours_figure, figure)
        )


def _yclients(result: CaseResult, sizes: Sizes, routes: Routes) -> yclients_peer.Peer | None:
    """yclients' client on the mock routes when it parses the countries body; else a note."""
    loaded = yclients_peer.load(install=sizes.install_peers)
    if isinstance(loaded, str):
        result.notes.append(loaded)
        return None
    peer = yclients_peer.Peer(loaded, routes.handle, MOCK_ORIGIN)
    call, note = yclients_peer.check(peer, yclients_peer.COUNTRIES, len(COUNTRIES), COUNTRIES[0])
    result.notes.append(note)
    if call is None:
        peer.close()
        return None
    return peer


def _instructions(result: CaseResult, sizes: Sizes) -> None:
    """Instructions per call, ours / raw (valgrind), where valgrind is installed."""
    if sizes.instruction_calls == 0:
        result.notes.append("Instruction counts: not measured in a --quick run.")
        return
    if instructions.available() is None:
        result.notes.append("Instruction counts: valgrind is not installed, not measured.")
        return
    counts = {
        variant: instructions.per_call(variant, sizes.instruction_calls)
        for variant in instructions.VARIANTS
    }
    ours, raw = (
        Figure.of(f"{label}: instructions (valgrind)", [counts[variant]], "instr/call")
        for variant, label in (("ours", "altegio_devtools"), ("raw", "raw httpx + json.loads"))
    )
    result.figures += [ours, raw]
    result.goals.append(
        ratio_goal("MockTransport: instructions ours / raw", ours, raw, "<=", INSTRUCTIONS_GOAL)
    )
    result.notes.append(
        "Instructions: valgrind (cachegrind, no cache simulation) counts a fresh process making "
        f"{sizes.instruction_calls} calls more than another after the same set-up and warm-up "
        "(bench/instructions.py, PYTHONHASHSEED=0): unlike time, the count does not move "
        "with other work on the machine."
    )


def _redis_limiter(result: CaseResult, sizes: Sizes, routes: Routes) -> None:
    """Per call with a Redis rate limiter (one round trip to a real Valkey per call) next to
    the same client without limits."""
    try:
        from altegio_devtools.shared_limits import redis_rate_limiter  # noqa: PLC0415
        from tests.valkey import ValkeyServer, server_binary  # noqa: PLC0415 - the tests'

        server_binary()
    except (ImportError, AssertionError) as exc:
        result.notes.append(f"Redis limiter: not measured, no Valkey to start ({exc}).")
        return
    calls = sizes.overhead_mock_calls
    with tempfile.TemporaryDirectory(prefix="bench-valkey-") as scratch:
        server = ValkeyServer(Path(scratch))
        server.start()
        try:
            limiter = redis_rate_limiter(server.url, [RateLimit(10**9, 1.0)], key="bench:rate")
            with (
                httpx.Client(transport=routes.mock_transport()) as limited_http,
                httpx.Client(transport=routes.mock_transport()) as plain_http,
            ):
                limited = clients.ours(MOCK_ORIGIN, limited_http).with_options(rate_limits=limiter)
                plain = clients.ours(MOCK_ORIGIN, plain_http)
                samples = interleave(
                    {
                        LIMITER_LABEL: per_call(limited.dictionaries.list_countries, calls),
                        "altegio_devtools, rate_limits=None (MockTransport)": per_call(
                            plain.dictionaries.list_countries, calls
                        ),
                    },
                    rounds=sizes.overhead_rounds,
                    warmup=sizes.warmup,
                )
        finally:
            server.stop()
    with_limiter, without = (
        Figure.of(name, [s * MICROSECONDS for s in values], "µs/call", f"{calls} calls/round")
        for name, values in samples.items()
    )
    result.figures += [with_limiter, without]
    result.goals.append(
        ratio_goal("Redis limiter: with / without (no goal set)", with_limiter, without)
    )
    result.notes.append(
        "Redis limiter: `shared_limits.redis_rate_limiter` against a Valkey server started for "
        "the run on 127.0.0.1 (tests/valkey.py), limits too high to wait; each call is one "
        f"round trip to it. Its cost per call: {with_limiter.median - without.median:.0f} µs."
    )


def run(sizes: Sizes) -> CaseResult:
    result = CaseResult(1, "Per-call overhead (list_countries, 2 countries)")
    routes = Routes(locations=1)
    peer = _yclients(result, sizes, routes)
    try:
        _compare(
            result,
            where="MockTransport",
            make_http=lambda: httpx.Client(transport=routes.mock_transport()),
            origin=MOCK_ORIGIN,
            calls=sizes.overhead_mock_calls,
            sizes=sizes,
            peers=(
                {}
                if peer is None
                else {yclients_peer.LABEL: peer.call(yclients_peer.COUNTRIES, len(COUNTRIES))}
            ),
        )
    finally:
        if peer is not None:
            peer.close()
    _instructions(result, sizes)
    _redis_limiter(result, sizes, routes)
    with LoopbackServer(locations=1) as server:
        _compare(
            result,
            where="loopback",
            make_http=httpx.Client,
            origin=server.origin,
            calls=sizes.overhead_loopback_calls,
            sizes=sizes,
        )
    result.notes.append(
        "Raw baseline: `httpx.Client.get` with the same Authorization and Accept headers, "
        "`raise_for_status()`, `json.loads(response.content)`. Loopback: a keep-alive HTTP/1.1 "
        "asyncio server on 127.0.0.1 in a separate process (bench/server.py). Our client "
        f"decodes bodies with {speedups.describe()} (this process's default)."
    )
    return result
