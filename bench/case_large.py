"""Case 2: one large page (marketplace.list_locations) through httpx.MockTransport, our
client with and without its optional C decoder (msgspec), against raw httpx + json.loads,
a pydantic v2 peer and the yclients package."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from bench import clients, speedups, yclients_peer
from bench.config import Sizes
from bench.data import locations
from bench.profiling import profile
from bench.results import CaseResult, Figure, Goal, ratio_goal
from bench.routes import APPLICATION_ID, RAW_HEADERS, Routes, base_urls, locations_url
from bench.timing import Batch, interleave, per_call

if TYPE_CHECKING:
    from altegio_devtools.models import LocationList
    from bench.pydantic_peer import LocationsEnvelope

ORIGIN = "http://127.0.0.1"
GOAL = 1.7
SPEEDUPS_GOAL = 1.35
MILLISECONDS = 1e3
OURS_FAST = f"altegio_devtools, speedups ({speedups.ON})"
OURS_PLAIN = f"altegio_devtools, no speedups ({speedups.OFF})"
RAW = "raw httpx + json.loads"
PEER = "pydantic v2 peer (model_validate_json)"
YCLIENTS = f"{yclients_peer.LABEL} (marketplace.list_salons)"
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


def _check_decoders(call: Callable[[], object]) -> None:
    """Both variants of our client parse the page alike, each with the decoder it names."""
    speedups.set_speedups(False)
    plain = call()
    speedups.set_speedups(True)
    if speedups.decoded_by_msgspec(call) != 1:
        raise RuntimeError("with speedups on, msgspec did not decode the page's body")
    if call() != plain:
        raise RuntimeError("the page parses differently with and without speedups")


def _profiled(label: str, call: Callable[[], object], calls: int) -> str:
    where = profile(call, calls=calls, limit=4)
    return (
        f"{label}: "
        + ", ".join(where.by_group)
        + "; top functions: "
        + ", ".join(where.by_function)
    )


def _yclients(
    result: CaseResult, sizes: Sizes, routes: Routes, count: int
) -> tuple[yclients_peer.Peer | None, Callable[[], Any] | None]:
    """The yclients peer and its call when it parses the page; notes why not otherwise."""
    loaded = yclients_peer.load(install=sizes.install_peers)
    if isinstance(loaded, str):
        result.notes.append(loaded)
        return None, None
    peer = yclients_peer.Peer(loaded, routes.handle, ORIGIN)
    item = locations(1)[0]
    call, note = yclients_peer.check(peer, yclients_peer.LOCATIONS, count, item)
    result.notes.append(note)
    if call is None:
        peer.close()
        return None, None
    return peer, call


def _goals(figures: dict[str, Figure]) -> list[Goal]:
    """Issue 14's goals for the page, and the other ratios worth a row (no goal set)."""
    goals: list[Goal] = []
    plain = figures[OURS_PLAIN]
    goals.append(ratio_goal("no speedups: ours / raw", plain, figures[RAW], "<=", GOAL))
    fast = figures.get(OURS_FAST)
    if fast is not None:
        goals.append(ratio_goal("speedups: ours / raw", fast, figures[RAW], "<=", SPEEDUPS_GOAL))
    if PEER in figures:
        if fast is not None:
            goals.append(ratio_goal("speedups: ours / pydantic", fast, figures[PEER], "<", 1.0))
        goals.append(ratio_goal("no speedups: ours / pydantic (no goal set)", plain, figures[PEER]))
    if YCLIENTS in figures:
        mode = "speedups" if fast is not None else "no speedups"
        ours = fast or plain
        goals.append(ratio_goal(f"{mode}: ours / yclients (no goal set)", ours, figures[YCLIENTS]))
    return goals


def run(sizes: Sizes) -> CaseResult:
    count = sizes.large_locations
    result = CaseResult(2, f"Large response ({count} locations, MockTransport)")
    routes = Routes(locations=count)
    profiles: list[str] = []
    yclients, yclients_call = _yclients(result, sizes, routes, count)
    with (
        speedups.kept(),
        httpx.Client(transport=routes.mock_transport()) as ours_http,
        httpx.Client(transport=routes.mock_transport()) as raw_http,
        httpx.Client(transport=routes.mock_transport()) as peer_http,
    ):
        ours = clients.ours(ORIGIN, ours_http)

        def ours_call() -> LocationList:  # the page object's first body: one page parsed
            return ours.marketplace.list_locations(APPLICATION_ID, page=1, count=count).body

        assert len(ours_call().data) == count, "our client parsed another page"
        variants: dict[str, Batch] = {}
        if speedups.available():
            _check_decoders(ours_call)
            variants[OURS_FAST] = speedups.under(True, per_call(ours_call, sizes.large_calls))
        else:
            result.notes.append("msgspec is not installed: our client ran without speedups only.")
        variants[OURS_PLAIN] = speedups.under(False, per_call(ours_call, sizes.large_calls))
        variants[RAW] = per_call(
            lambda: json.loads(_raw_get(raw_http, count).content), sizes.large_calls
        )
        peer = _pydantic_variant(peer_http, count)
        if isinstance(peer, str):
            result.notes.append(peer)
        else:
            assert len(peer().data or ()) == count
            variants[PEER] = per_call(peer, sizes.large_calls)
        if yclients_call is not None:
            variants[YCLIENTS] = per_call(yclients_call, sizes.large_calls)
        try:
            samples = interleave(variants, rounds=sizes.large_rounds, warmup=sizes.warmup)
        finally:
            if yclients is not None:
                yclients.close()
        for name, enabled in ((OURS_FAST, True), (OURS_PLAIN, False)):
            if name in variants:
                speedups.set_speedups(enabled)
                profiles.append(_profiled(name, ours_call, sizes.large_calls))
    figures = {
        name: Figure.of(
            name, [s * MILLISECONDS for s in values], "ms/call", f"{len(routes.locations):,} bytes"
        )
        for name, values in samples.items()
    }
    result.figures += figures.values()
    result.goals += _goals(figures)
    result.notes.append(
        "Ours returns attrs models with every field coerced (dates parsed); raw returns dicts; "
        "the pydantic peer validates the same schema with every field Optional. Our two "
        "variants are one client in one process: each round switches "
        "`altegio_devtools._json` to msgspec or to json.loads before its batch and checks "
        "`speedups_enabled()`; beforehand msgspec was seen decoding the body with speedups on, "
        "and both variants returned equal pages."
    )
    result.notes += [f"Under cProfile, own time by package: {line}." for line in profiles]
    return result
