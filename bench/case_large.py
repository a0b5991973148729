"""Case 2: one large page (marketplace.list_locations) through httpx.MockTransport, our
client with speedups (msgspec: the typed fast path, and today's path it falls back on) and
without them, against raw httpx + json.loads, a pydantic v2 peer and the yclients package."""

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
#: without speedups (issue 14)
GOAL = 1.7
#: with speedups, the typed fast path (issue 26): against raw, its stretch, against pydantic
SPEEDUPS_GOAL = 0.75
SPEEDUPS_STRETCH = 0.65
PEER_GOAL = 0.6
MILLISECONDS = 1e3
OURS_FAST = f"altegio_devtools, speedups ({speedups.ON}, typed fast path)"
OURS_TODAY = f"altegio_devtools, speedups ({speedups.ON}, typed path off: today's path)"
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


def _check_decoders(call: Callable[[], Any]) -> None:
    """Our three variants parse the page alike (models and drift), each the way it names."""
    speedups.set_speedups(False)
    plain = call()
    speedups.set_speedups(True)
    speedups.set_typed_path(False)
    if speedups.typed_models(call) != 0 or speedups.decoded_by_msgspec(call) != 1:
        raise RuntimeError("with the typed path off, msgspec did not decode the body to dicts")
    today = call()
    speedups.set_typed_path(True)
    if speedups.typed_models(call) != 1:
        raise RuntimeError("with speedups on, the typed path did not read the page")
    typed = call()
    if not plain == today == typed or not plain.drift == today.drift == typed.drift:
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
    """Issue 26's goals for the page with speedups, issue 14's without them, and the other
    ratios worth a row (no goal set)."""
    goals: list[Goal] = []
    plain, raw = figures[OURS_PLAIN], figures[RAW]
    fast = figures.get(OURS_FAST)
    if fast is not None:
        goals += [
            ratio_goal("speedups: ours / raw", fast, raw, "<=", SPEEDUPS_GOAL),
            ratio_goal("speedups: ours / raw (stretch)", fast, raw, "<=", SPEEDUPS_STRETCH),
        ]
        if PEER in figures:
            goals.append(
                ratio_goal("speedups: ours / pydantic", fast, figures[PEER], "<=", PEER_GOAL)
            )
        goals.append(
            ratio_goal(
                "speedups: typed path / today's path (no goal set)", fast, figures[OURS_TODAY]
            )
        )
        goals.append(
            ratio_goal("speedups, today's path: ours / raw (no goal set)", figures[OURS_TODAY], raw)
        )
    goals.append(ratio_goal("no speedups: ours / raw", plain, raw, "<=", GOAL))
    if PEER in figures:
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
            variants[OURS_TODAY] = speedups.under(
                True, per_call(ours_call, sizes.large_calls), typed=False
            )
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
                speedups.set_typed_path(True)
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
        "the pydantic peer validates the same schema with every field Optional. Our three "
        "variants are one client in one process: each round switches "
        "`altegio_devtools._json` to msgspec or to json.loads before its batch and checks "
        "`speedups_enabled()`. With speedups, the typed fast path (issue 26: msgspec decodes "
        "the body into Structs mirroring our models, converted into the attrs models) is "
        'what a user gets; "today\'s path" is the same client with the typed path switched '
        "off for the bench (`bench.speedups.set_typed_path`): msgspec decodes to dicts and "
        "`from_dict` builds the models, which is also where the typed path sends what does "
        "not fit. Beforehand the typed path was seen reading the page (and not with it off), "
        "msgspec decoding the body on today's path, and all three variants returned equal "
        "pages with equal drift."
    )
    result.notes += [f"Under cProfile, own time by package: {line}." for line in profiles]
    return result
