"""Case 2: one large page (list_marketplace_app_locations) through httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

from altegio_devtools.models import ListMarketplaceAppLocationsResponse200
from bench import clients
from bench.config import Sizes
from bench.profiling import profile
from bench.results import CaseResult, Figure, ratio_goal
from bench.routes import APPLICATION_ID, RAW_HEADERS, Routes, base_urls, locations_url
from bench.timing import Batch, interleave, per_call

if TYPE_CHECKING:
    from bench.pydantic_peer import LocationsEnvelope

ORIGIN = "http://127.0.0.1"
GOAL = 1.5
MILLISECONDS = 1e3
OURS = "altegio_devtools"
RAW = "raw httpx + json.loads"
PEER = "pydantic v2 peer (model_validate_json)"
URL = locations_url(base_urls(ORIGIN)[1])


def _raw_get(http: httpx.Client, count: int) -> httpx.Response:
    response = http.get(URL, params={"page": 1, "count": count}, headers=RAW_HEADERS)
    response.raise_for_status()
    return response


def _pydantic_variant(http: httpx.Client, count: int) -> Callable[[], LocationsEnvelope] | str:
    """The peer's call, or why it cannot run."""
    try:
        from bench.pydantic_peer import LocationsEnvelope  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - pydantic ships with the generator
        return f"pydantic is not importable ({exc}); the peer was not measured."

    def call() -> LocationsEnvelope:
        return LocationsEnvelope.model_validate_json(_raw_get(http, count).content)

    return call


def run(sizes: Sizes) -> CaseResult:
    count = sizes.large_locations
    result = CaseResult(2, f"Large response ({count} locations, MockTransport)")
    routes = Routes(locations=count)
    with (
        httpx.Client(transport=routes.mock_transport()) as ours_http,
        httpx.Client(transport=routes.mock_transport()) as raw_http,
        httpx.Client(transport=routes.mock_transport()) as peer_http,
    ):
        ours = clients.ours(ORIGIN, ours_http)

        def ours_call() -> ListMarketplaceAppLocationsResponse200:
            return ours.marketplace.list_marketplace_app_locations(
                APPLICATION_ID, page=1, count=count
            )

        assert len(ours_call().data) == count, "our client parsed another page"
        variants: dict[str, Batch] = {
            OURS: per_call(ours_call, sizes.large_calls),
            RAW: per_call(lambda: json.loads(_raw_get(raw_http, count).content), sizes.large_calls),
        }
        peer = _pydantic_variant(peer_http, count)
        if isinstance(peer, str):
            result.notes.append(peer)
        else:
            assert len(peer().data or ()) == count
            variants[PEER] = per_call(peer, sizes.large_calls)
        samples = interleave(variants, rounds=sizes.large_rounds, warmup=sizes.warmup)
        where = profile(ours_call, calls=sizes.large_calls)
    figures = {
        name: Figure.of(
            name, [s * MILLISECONDS for s in values], "ms/call", f"{len(routes.locations):,} bytes"
        )
        for name, values in samples.items()
    }
    result.figures += figures.values()
    result.goals.append(ratio_goal("ours / raw", figures[OURS], figures[RAW], "<=", GOAL))
    if PEER in figures:
        result.goals.append(ratio_goal("ours / pydantic", figures[OURS], figures[PEER], "<", 1.0))
    result.notes.append(
        "Ours returns attrs models with every field coerced (dates parsed); raw returns dicts; "
        "the pydantic peer validates the same schema with every field Optional."
    )
    result.notes.append(
        "Our call under cProfile, own time by package: "
        + ", ".join(where.by_group)
        + "; top functions: "
        + ", ".join(where.by_function)
        + "."
    )
    return result
