"""Case 8: pages beyond the 1000-location one: 10,000 locations, and the pages a typed fast
path must fall back on (one drifting item; every item PHP-typed), through
httpx.MockTransport, our client (speedups on) against raw httpx + json.loads."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from altegio_devtools._client import MAX_PAGE_SIZE
from bench import clients, speedups
from bench.config import Sizes
from bench.data import envelope, locations
from bench.results import CaseResult, Figure, ratio_goal
from bench.routes import APPLICATION_ID, RAW_HEADERS, base_urls, locations_url
from bench.timing import Batch, interleave, per_call

ORIGIN = "http://127.0.0.1"
URL = locations_url(base_urls(ORIGIN)[1])
HUGE_GOAL = 0.9
MILLISECONDS = 1e3


def drifting(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page with one item that does not fit the description (a text coordinate)."""
    middle = len(items) // 2
    return [*items[:middle], {**items[middle], "coordinate_lat": "n/a"}, *items[middle + 1 :]]


def php_typed(value: Any) -> Any:
    """A value as Altegio's PHP backend may send it: numbers as strings, booleans as 0/1,
    an absent object as `[]`."""
    if isinstance(value, dict):
        return {key: php_typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [php_typed(item) for item in value]
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return str(value)
    return [] if value is None else value


def _handler(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return handle


def _page(
    result: CaseResult, label: str, items: list[dict[str, Any]], sizes: Sizes
) -> tuple[Figure, Figure]:
    """Ours (speedups) and raw on one page; their figures."""
    body = envelope(items)
    count = len(items)
    ours_name, raw_name = f"{label}: altegio_devtools, speedups", f"{label}: raw httpx + json.loads"
    with (
        speedups.kept(),
        httpx.Client(transport=httpx.MockTransport(_handler(body))) as ours_http,
        httpx.Client(transport=httpx.MockTransport(_handler(body))) as raw_http,
    ):
        ours = clients.ours(ORIGIN, ours_http)

        def ours_call() -> object:  # the mock sends the whole page whatever `count` asks
            page = ours.marketplace.list_locations(
                APPLICATION_ID, page=1, count=min(count, MAX_PAGE_SIZE)
            )
            return page.body

        def raw_call() -> object:
            response = raw_http.get(URL, params={"page": 1, "count": count}, headers=RAW_HEADERS)
            response.raise_for_status()
            return json.loads(response.content)

        speedups.set_speedups(speedups.available())
        ours_call()
        variants: dict[str, Batch] = {
            ours_name: speedups.under(speedups.available(), per_call(ours_call, 1)),
            raw_name: per_call(raw_call, 1),
        }
        samples = interleave(variants, rounds=sizes.pages_rounds, warmup=sizes.warmup)
    detail = f"{count:,} locations, {len(body):,} bytes"
    ours_figure, raw_figure = (
        Figure.of(name, [s * MILLISECONDS for s in samples[name]], "ms/call", detail)
        for name in (ours_name, raw_name)
    )
    result.figures += [ours_figure, raw_figure]
    return ours_figure, raw_figure


def run(sizes: Sizes) -> CaseResult:
    result = CaseResult(8, "Pages: 10,000 locations and the fallback pages (MockTransport)")
    huge = locations(sizes.huge_locations)
    ours, raw = _page(result, f"{len(huge):,} locations", huge, sizes)
    result.goals.append(
        ratio_goal(f"{len(huge):,} locations: ours / raw", ours, raw, "<=", HUGE_GOAL)
    )
    items = locations(sizes.fallback_locations)
    for label, page in (
        ("one drifting item", drifting(items)),
        ("every item PHP-typed", [php_typed(item) for item in items]),
    ):
        ours, raw = _page(result, label, page, sizes)
        result.goals.append(ratio_goal(f"{label}: ours / raw (no goal set)", ours, raw))
    result.notes.append(
        "Our client with speedups (msgspec) against raw httpx + json.loads, interleaved, one "
        "page per sample. The fallback pages are the 1000-location page with one item whose "
        "`coordinate_lat` is text (drift), and with every item as PHP may send it (numbers as "
        "strings, booleans as 0/1, null objects as `[]`). Their goals (≤ 0.8× and ≤ 1.05× of "
        "the lenient path) compare the typed fast path with the lenient path it falls back on: "
        "until the fast path exists (issue 26, item 1) both are the lenient path, and only "
        "the ratio to raw is shown."
    )
    return result
