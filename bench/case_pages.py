"""Case 8: pages beyond the 1000-location one: 10,000 locations, and the pages the typed fast
path must fall back on (one drifting item; every item PHP-typed), through
httpx.MockTransport: our client with speedups on the typed fast path, against the same client
with the typed path off (today's path) and raw httpx + json.loads."""

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
#: 10,000 locations: ours / raw
HUGE_GOAL = 0.9
#: the fallback pages: ours / today's path (typed path off)
DRIFTING_GOAL = 0.8
PHP_TYPED_GOAL = 1.05
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


def _check(ours_call: Callable[[], Any]) -> None:
    """The typed path reads the page as today's path does (models and drift)."""
    speedups.set_typed_path(False)
    today = ours_call()
    speedups.set_typed_path(True)
    typed = ours_call()
    if typed != today or typed.drift != today.drift:
        raise RuntimeError("the typed path read the page differently from today's path")


def _page(
    result: CaseResult, label: str, items: list[dict[str, Any]], sizes: Sizes
) -> tuple[Figure, Figure, Figure]:
    """Ours (speedups: the typed path, and today's path) and raw on one page; their figures."""
    body = envelope(items)
    count = len(items)
    calls = max(1, sizes.huge_locations // count)  # as many locations per sample as the largest
    ours_name = f"{label}: altegio_devtools, speedups (typed fast path)"
    today_name = f"{label}: altegio_devtools, speedups, typed path off (today's path)"
    raw_name = f"{label}: raw httpx + json.loads"
    with (
        speedups.kept(),
        httpx.Client(transport=httpx.MockTransport(_handler(body))) as ours_http,
        httpx.Client(transport=httpx.MockTransport(_handler(body))) as raw_http,
    ):
        ours = clients.ours(ORIGIN, ours_http)

        def ours_call() -> Any:  # the mock sends the whole page whatever `count` asks
            page = ours.marketplace.list_locations(
                APPLICATION_ID, page=1, count=min(count, MAX_PAGE_SIZE)
            )
            return page.body

        def raw_call() -> object:
            response = raw_http.get(URL, params={"page": 1, "count": count}, headers=RAW_HEADERS)
            response.raise_for_status()
            return json.loads(response.content)

        speedups.set_speedups(True)
        _check(ours_call)
        variants: dict[str, Batch] = {
            ours_name: speedups.under(True, per_call(ours_call, calls)),
            today_name: speedups.under(True, per_call(ours_call, calls), typed=False),
            raw_name: per_call(raw_call, calls),
        }
        samples = interleave(variants, rounds=sizes.pages_rounds, warmup=sizes.warmup)
    detail = f"{count:,} locations, {len(body):,} bytes, {calls} calls/round"
    ours_figure, today_figure, raw_figure = (
        Figure.of(name, [s * MILLISECONDS for s in samples[name]], "ms/call", detail)
        for name in (ours_name, today_name, raw_name)
    )
    result.figures += [ours_figure, today_figure, raw_figure]
    return ours_figure, today_figure, raw_figure


def run(sizes: Sizes) -> CaseResult:
    result = CaseResult(8, "Pages: 10,000 locations and the fallback pages (MockTransport)")
    if not speedups.available():
        raise RuntimeError("case 8 measures the typed fast path: install the [speedups] extra")
    huge = locations(sizes.huge_locations)
    huge_label = f"{len(huge):,} locations"
    ours, today, raw = _page(result, huge_label, huge, sizes)
    result.goals += [
        ratio_goal(f"{huge_label}: ours / raw", ours, raw, "<=", HUGE_GOAL),
        ratio_goal(f"{huge_label}: ours / today's path (no goal set)", ours, today),
    ]
    items = locations(sizes.fallback_locations)
    for label, page, goal in (
        ("one drifting item", drifting(items), DRIFTING_GOAL),
        ("every item PHP-typed", [php_typed(item) for item in items], PHP_TYPED_GOAL),
    ):
        ours, today, raw = _page(result, label, page, sizes)
        result.goals += [
            ratio_goal(f"{label}: ours / today's path", ours, today, "<=", goal),
            ratio_goal(f"{label}: ours / raw (no goal set)", ours, raw),
        ]
    result.notes.append(
        "Our client with speedups (msgspec) on the typed fast path (issue 26), the same client "
        "with the typed path switched off for the bench (today's path: msgspec decodes to "
        "dicts, `from_dict` builds the models; `bench.speedups.set_typed_path`), and raw httpx "
        "+ json.loads, interleaved; each sample reads as many locations as the largest page "
        "(the 1000-location pages 10 times), and ratios are medians of per-round ratios "
        "[min–max]. The fallback pages are the 1000-location page with one item whose "
        "`coordinate_lat` is text (drift: that item alone goes to `from_dict`), and with every "
        "item as PHP may send it (numbers as strings, booleans as 0/1, null objects as `[]`: "
        "nothing fits, and after a few such pages the operation skips the typed path for a "
        "while). Beforehand each page was read alike, models and drift, on both paths."
    )
    return result
