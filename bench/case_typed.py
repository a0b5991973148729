"""The typed fast path (issue 26, altegio_devtools._typed), for the bench to pick up: pages
of locations through MockTransport with speedups on, the typed path on ("ours") and off
("today": msgspec decodes to dicts, from_dict builds), against raw httpx + json.loads and
the pydantic v2 peer; and the fallback pages (one drifting item, every item PHP-typed).

`python -m bench.case_typed [rounds]` prints, per comparison, the median of the per-round
ratios with [min–max] (each round times every variant once, interleaved). It times CPU
seconds (time.process_time), which a busy shared machine disturbs far less than wall time.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import httpx

from altegio_devtools import _typed
from bench import clients, speedups
from bench.data import envelope, locations
from bench.pydantic_peer import LocationsEnvelope
from bench.routes import APPLICATION_ID, RAW_HEADERS, base_urls, locations_url
from bench.timing import Batch, interleave

ORIGIN = "http://127.0.0.1"
URL = locations_url(base_urls(ORIGIN)[1])


def drifting(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item in the middle with a value that is drift (a title that is an object)."""
    items = [dict(item) for item in items]
    items[len(items) // 2]["title"] = {"unexpected": True}
    return items


def php_typed(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item as PHP may send it: numbers as strings, 0/1 flags, `[]` for no object."""
    out = []
    for original in items:
        item = dict(original)
        item["id"], item["active"] = str(item["id"]), str(item["active"])
        item["phone_confirmation"] = int(item["phone_confirmation"])
        item["booking_widget_promo"] = item["booking_widget_promo"] or []
        out.append(item)
    return out


@contextmanager
def typed_off() -> Iterator[None]:
    """Today's path: msgspec decodes bodies to dicts, from_dict builds the models."""
    with mock.patch.object(_typed, "speedups_enabled", lambda: False):
        yield


def _page(body: bytes) -> tuple[Callable[[], Any], Callable[[], Any], Callable[[], Any]]:
    """Our call, the raw call and the peer's call for a page served from `body`."""
    headers = {"Content-Type": "application/json"}
    http = httpx.Client(
        transport=httpx.MockTransport(lambda _: httpx.Response(200, content=body, headers=headers))
    )
    ours = clients.ours(ORIGIN, http)
    count = body.count(b'"title"')

    def call() -> Any:
        return ours.marketplace.list_locations(APPLICATION_ID, page=1, count=1000).body

    def raw_get() -> httpx.Response:
        response = http.get(URL, params={"page": 1, "count": count}, headers=RAW_HEADERS)
        response.raise_for_status()
        return response

    def raw() -> Any:
        return json.loads(raw_get().content)

    def peer() -> Any:
        return LocationsEnvelope.model_validate_json(raw_get().content)

    return call, raw, peer


def per_call(call: Callable[[], object], calls: int) -> Batch:
    """A batch of `calls` calls whose sample is the mean CPU seconds per call."""

    def batch() -> float:
        started = time.process_time()
        for _ in range(calls):
            call()
        return (time.process_time() - started) / calls

    return batch


def _ratios(samples: dict[str, list[float]], ours: str, base: str) -> str:
    ratios = [a / b for a, b in zip(samples[ours], samples[base], strict=True)]
    return f"{statistics.median(ratios):.2f}× [{min(ratios):.2f}–{max(ratios):.2f}]"


def _today(call: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with typed_off():
            return call()

    return run


def run(rounds: int = 15) -> list[str]:
    speedups.set_speedups(True)
    lines = []
    items = locations(10_000)
    pages = {
        "1000 locations": (envelope(items[:1000]), 3, True),
        "10,000 locations": (envelope(items), 1, True),
        # pydantic's peer does not read these (a wrong type fails the whole page)
        "1000, one drifting item": (envelope(drifting(items[:1000])), 3, False),
        "1000, all PHP-typed": (envelope(php_typed(items[:1000])), 3, False),
    }
    for name, (body, calls, with_peer) in pages.items():
        call, raw, peer = _page(body)
        with typed_off():
            expected = call()
        if call() != expected or call().drift != expected.drift:
            raise RuntimeError(f"{name}: the typed path read the page differently")
        variants = {
            "ours": per_call(call, calls),
            "today": per_call(_today(call), calls),
            "raw": per_call(raw, calls),
        }
        if with_peer:
            variants["pydantic"] = per_call(peer, calls)
        samples = interleave(variants, rounds=rounds, warmup=2)
        median = statistics.median(samples["ours"]) * 1e3
        lines.append(
            f"{name}: ours {median:.2f} ms; ours/raw {_ratios(samples, 'ours', 'raw')}, "
            + (f"ours/pydantic {_ratios(samples, 'ours', 'pydantic')}, " if with_peer else "")
            + f"ours/today {_ratios(samples, 'ours', 'today')}"
        )
    return lines


if __name__ == "__main__":
    for line in run(int(sys.argv[1]) if len(sys.argv) > 1 else 15):
        print(line)
