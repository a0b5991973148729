"""The typed fast path's runtime (altegio_devtools._typed), piece by piece: the item-by-item
read, the per-operation memory, the client's and the parser's hooks, webhook events.
(That it reads every body as today's path does: test_typed_differential.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest

from altegio_devtools import AltegioClient, _json, _typed, webhooks
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.drift import Drift
from altegio_devtools.models import Location, LocationList, SalonEvent
from altegio_devtools.models.location import typed_mirror as location_mirror
from altegio_devtools.models.location_list import typed_mirror as page_mirror
from altegio_devtools.types import UNSET

LIST_LOCATIONS = OPERATIONS["list_marketplace_app_locations"]


def item(index: int, **fields: Any) -> dict[str, Any]:
    return {"id": index, "title": f"Invented Studio {index}", **fields}


def page(items: list[Any]) -> bytes:
    return json.dumps({"success": True, "data": items, "meta": []}).encode()


def today(content: bytes) -> LocationList:
    return LocationList.from_dict(json.loads(content))


class Counting:
    """A mirror whose decoders count their calls."""

    def __init__(self, mirror: _typed.Mirror) -> None:
        self.mirror, self.whole, self.lax, self.items = mirror, 0, 0, 0

    def __call__(self) -> _typed.Mirror:
        return self  # type: ignore[return-value]

    def decode(self, content: bytes) -> Any:
        self.whole += 1
        return self.mirror.decode(content)

    def lax_decode(self, content: bytes) -> Any:
        self.lax += 1
        assert self.mirror.lax_decode is not None
        return self.mirror.lax_decode(content)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.mirror, name)


@pytest.fixture
def decoders() -> Iterator[dict[str, Any]]:
    """No operation registered, and webhook decoders built afresh."""
    saved = _typed._DECODERS
    _typed._DECODERS = {}
    _typed._head_decoder.cache_clear()
    _typed._event_decoder.cache_clear()
    yield _typed._DECODERS
    _typed._DECODERS = saved
    _typed._event_decoder.cache_clear()


# -- the pieces --------------------------------------------------------------------------------


def test_a_tally_gives_up_after_so_many_misfits_in_a_row() -> None:
    tally = _typed.Tally()
    for _ in range(_typed.GIVE_UP_AFTER - 1):
        tally.misfit()
    tally.fit()  # a fitting item starts the count again
    for _ in range(_typed.GIVE_UP_AFTER - 1):
        tally.misfit()
    assert tally.trying
    assert tally.misfits == 2 * _typed.GIVE_UP_AFTER - 2
    tally.misfit()
    assert not tally.trying
    assert _typed.GIVE_UP_AFTER == 8


def test_fitted_takes_a_value_read_without_drift_only() -> None:
    assert _typed.fitted((5, None)) == 5
    assert _typed.fitted((5, [])) == 5
    with pytest.raises(_typed.Misfit):
        _typed.fitted((5, [Drift("x", "an integer", "five")]))


def test_mirror_types_are_built_at_run_time() -> None:
    assert msgspec.json.decode(b"[1]", type=_typed.list_of(int)) == [1]
    assert msgspec.json.decode(b"null", type=_typed.or_null(int)) is None
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(b'["1"]', type=_typed.list_of(int))


def test_a_mirror_keeps_its_struct_conversions_and_decoders() -> None:
    struct = msgspec.defstruct("Pair", [("a", int)], forbid_unknown_fields=True)

    def convert(value: Any) -> Any:
        return ("converted", value)

    def lax_convert(value: Any, tally: _typed.Tally) -> Any:
        return ("lax", value)

    mirror = _typed.Mirror(struct, convert)
    assert mirror.struct is struct
    assert mirror.convert is convert
    assert mirror.decode(b'{"a": 1}') == struct(a=1)
    assert (mirror.lax_decode, mirror.lax_convert) == (None, None)
    lax = msgspec.defstruct("LaxPair", [("a", str)])
    mirror = _typed.Mirror(struct, convert, lax, lax_convert)
    assert mirror.lax_decode is not None
    assert mirror.lax_decode('{"a": "x", "b": 2}') == lax(a="x")
    assert mirror.lax_convert is lax_convert


def test_a_mirror_without_items_read_one_by_one_has_no_lax_form() -> None:
    mirror = location_mirror()
    assert mirror.lax_decode is None
    assert mirror.lax_convert is None
    assert mirror.struct.__name__ == "LocationMirror"
    assert page_mirror().lax_decode is not None


def test_raw_items_that_fit_are_typed_and_the_others_read_as_today() -> None:
    items: list[Any] = [
        item(1),
        item(2, id="two"),
        None,
        7,
        item(3, extra=True),
        item(4),
        item(5, title=["not", "a", "title"]),
    ]
    content = page(items)
    raws = msgspec.json.decode(json.dumps(items).encode(), type=list[msgspec.Raw])
    tally = _typed.Tally()
    read, drift = _typed.read_raw_items(
        raws, location_mirror(), Location.from_dict, "data", None, tally=tally
    )
    expected = today(content)
    assert read == expected.data
    assert tuple(drift or ()) == expected.drift
    paths = ["data[1].id", "data[2]", "data[3]", "data[6].title"]
    assert [d.path for d in expected.drift] == paths
    assert read[2].additional_properties == {"extra": True}  # None and 7 are left out
    assert tally.misfits == 5
    assert tally.trying


def test_after_giving_up_the_items_left_are_not_tried() -> None:
    counting = Counting(location_mirror())
    raws = [msgspec.Raw(json.dumps(item(i, id=str(i))).encode()) for i in range(12)]
    tally = _typed.Tally()
    read, drift = _typed.read_raw_items(
        raws,
        counting,  # type: ignore[arg-type]
        Location.from_dict,
        "data",
        None,
        tally=tally,
    )
    assert [location.id for location in read] == list(range(12))
    assert drift is None
    assert counting.whole == _typed.GIVE_UP_AFTER
    assert not tally.trying


# -- the per-operation memory --------------------------------------------------------------


def test_a_page_that_fits_is_typed_in_one_pass() -> None:
    counting = Counting(page_mirror())
    decoder = _typed._Decoder(counting)
    content = page([item(1), item(2)])
    assert decoder.decode(content) == today(content)
    assert (counting.whole, counting.lax) == (1, 0)


def test_a_page_with_an_item_that_does_not_fit_is_read_item_by_item() -> None:
    counting = Counting(page_mirror())
    decoder = _typed._Decoder(counting)
    content = page([item(1), item(2, title=["not", "a", "title"])])
    parsed = decoder.decode(content)
    assert parsed == today(content)
    assert parsed.drift == today(content).drift != ()
    assert (counting.whole, counting.lax) == (1, 1)
    decoder.decode(content)  # the next page goes straight to the item-by-item read
    assert (counting.whole, counting.lax) == (1, 2)
    fitting = page([item(1)])
    decoder.decode(fitting)  # which fits: the one after that is tried whole again
    decoder.decode(fitting)
    assert (counting.whole, counting.lax) == (2, 3)


def test_an_operation_whose_pages_keep_not_fitting_skips_the_typed_path_a_while() -> None:
    counting = Counting(page_mirror())
    decoder = _typed._Decoder(counting)
    misfit = json.dumps({"success": True, "data": [], "meta": [], "extra": 1}).encode()
    for _ in range(_typed.MAX_MISSES):
        assert decoder.decode(misfit) is None
    tried = counting.whole + counting.lax
    assert tried == 2 * _typed.MAX_MISSES  # whole, then item by item, each time
    fitting = page([item(1)])
    for _ in range(_typed.SKIP_CALLS):
        assert decoder.decode(fitting) is None  # today's path, not tried
    assert counting.whole + counting.lax == tried
    assert decoder.decode(misfit) is None  # tried again, and one miss skips again
    assert decoder.decode(fitting) is None
    assert counting.whole + counting.lax == tried + 2
    assert (_typed.MAX_MISSES, _typed.SKIP_CALLS) == (3, 64)


def test_a_success_resets_the_misses() -> None:
    counting = Counting(page_mirror())
    decoder = _typed._Decoder(counting)
    misfit = json.dumps({"success": True, "data": [], "meta": [], "extra": 1}).encode()
    fitting = page([item(1)])
    for _ in range(_typed.MAX_MISSES - 1):
        decoder.decode(misfit)
    assert decoder.decode(fitting) is not None
    for _ in range(_typed.MAX_MISSES - 1):
        decoder.decode(misfit)
    assert decoder.decode(fitting) is not None  # not skipped


def test_a_page_read_item_by_item_resets_the_misses_too() -> None:
    decoder = _typed._Decoder(page_mirror)
    misfit = json.dumps({"success": True, "data": [], "meta": [], "extra": 1}).encode()
    one_drifting = page([item(1), item(2, title=["not", "a", "title"])])
    for _ in range(_typed.MAX_MISSES - 1):
        decoder.decode(misfit)
    assert decoder.decode(one_drifting) is not None
    for _ in range(_typed.MAX_MISSES - 1):
        decoder.decode(misfit)
    assert decoder.decode(page([item(1)])) is not None  # not skipped


def test_the_mirror_is_built_once() -> None:
    built = 0

    def mirror() -> _typed.Mirror:
        nonlocal built
        built += 1
        return page_mirror()

    decoder = _typed._Decoder(mirror)
    decoder.decode(page([item(1)]))
    decoder.decode(page([item(2)]))
    assert built == 1


def test_a_page_that_gives_up_item_by_item_is_read_and_counts_as_a_miss() -> None:
    counting = Counting(page_mirror())
    decoder = _typed._Decoder(counting)
    content = page([item(i, id=str(i)) for i in range(_typed.GIVE_UP_AFTER + 2)])
    for _ in range(_typed.MAX_MISSES):
        assert decoder.decode(content) == today(content)
    assert decoder.decode(content) is None  # skipped now


def test_a_page_whose_envelope_does_not_fit_goes_to_today() -> None:
    decoder = _typed._Decoder(page_mirror)
    assert decoder.decode(b'{"success": true, "data": [], "meta": [], "x": 1}') is None
    assert decoder.decode(b"not json") is None


def test_a_model_without_lists_of_objects_has_one_typed_attempt() -> None:
    counting = Counting(location_mirror())
    decoder = _typed._Decoder(counting)
    assert decoder.decode(json.dumps(item(1, id="1")).encode()) is None
    assert (counting.whole, counting.lax) == (1, 0)


def test_a_model_that_cannot_be_mirrored_keeps_today_s_path() -> None:
    built = 0

    def unbuildable() -> _typed.Mirror:
        nonlocal built
        built += 1
        raise RecursionError  # e.g. a model that holds itself

    decoder = _typed._Decoder(unbuildable)
    content = page([item(1)])
    assert decoder.decode(content) is None
    assert decoder.decode(content) is None
    assert built == 1


# -- the hooks -----------------------------------------------------------------------------


def response(content: bytes, status: int = 200) -> httpx.Response:
    request = httpx.Request("GET", "https://app.alteg.io/marketplace/application/1/salons")
    return httpx.Response(status, content=content, request=request)


def test_decode_success_keeps_the_typed_model_for_the_parser(decoders: dict[str, Any]) -> None:
    _typed.register(LIST_LOCATIONS, page_mirror)
    content = page([item(1)])
    answer = response(content)
    parsed = _typed.decode_success(answer, LIST_LOCATIONS)
    assert type(parsed) is LocationList
    assert _typed.parsed_model(answer, LocationList) is parsed
    again = _typed.parsed_model(answer, LocationList)  # taken: a second parse reads afresh
    assert again == parsed
    assert again is not parsed


@pytest.mark.parametrize("status", [199, 300, 404])
def test_decode_success_reads_other_statuses_as_today(
    decoders: dict[str, Any], status: int
) -> None:
    _typed.register(LIST_LOCATIONS, page_mirror)
    answer = response(page([item(1)]), status)
    assert type(_typed.decode_success(answer, LIST_LOCATIONS)) is dict
    assert type(_typed.parsed_model(answer, LocationList)) is LocationList


def test_decode_success_reads_an_unregistered_operation_as_today(
    decoders: dict[str, Any],
) -> None:
    answer = response(page([item(1)]))
    assert type(_typed.decode_success(answer, LIST_LOCATIONS)) is dict


def test_decode_success_leaves_success_false_to_the_client(decoders: dict[str, Any]) -> None:
    _typed.register(LIST_LOCATIONS, page_mirror)
    content = json.dumps({"success": False, "data": [], "meta": []}).encode()
    assert _typed.decode_success(response(content), LIST_LOCATIONS) == json.loads(content)


def test_without_speedups_nothing_is_typed(
    decoders: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _typed.register(LIST_LOCATIONS, page_mirror)
    monkeypatch.setattr(_json, "_decode", None)
    monkeypatch.setattr(_json, "_looked", True)
    answer = response(page([item(1)]))
    assert type(_typed.decode_success(answer, LIST_LOCATIONS)) is dict
    event = json.dumps(salon_event()).encode()
    assert _typed.typed_event(event, lambda resource, status: SalonEvent) is None


def test_a_model_without_success_is_kept_too(decoders: dict[str, Any]) -> None:
    _typed.register(LIST_LOCATIONS, location_mirror)  # a body that is no envelope
    answer = response(json.dumps(item(1)).encode())
    parsed = _typed.decode_success(answer, LIST_LOCATIONS)
    assert type(parsed) is Location
    assert _typed.parsed_model(answer, Location) is parsed


def test_parsed_model_of_another_model_reads_the_body(decoders: dict[str, Any]) -> None:
    _typed.register(LIST_LOCATIONS, page_mirror)
    answer = response(json.dumps(item(1)).encode())
    _typed.decode_success(answer, LIST_LOCATIONS)
    answer.extensions["altegio_devtools.model"] = today(page([]))
    assert _typed.parsed_model(answer, Location) == Location.from_dict(item(1))


def test_a_call_takes_the_typed_path_and_decodes_no_dicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_dicts(content: bytes) -> Any:
        raise AssertionError("decoded to dicts")

    content = page([item(1), item(2)])
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    with AltegioClient(
        partner_token="invented-partner", http_client=httpx.Client(transport=transport)
    ) as client:
        expected = client.marketplace.list_locations(1, count=2).body
        monkeypatch.setattr(_json, "loads", no_dicts)
        monkeypatch.setattr(_typed, "decode_response", no_dicts)
        assert client.marketplace.list_locations(1, count=2).body == expected


# -- webhook events ------------------------------------------------------------------------


def salon_event(**fields: Any) -> dict[str, Any]:
    return {
        "company_id": 4,
        "resource": "salon",
        "resource_id": 4,
        "status": "update",
        "data": {"id": 4, "title": "Invented Studio"},
        **fields,
    }


def route(resource: Any, status: Any) -> type | None:
    return SalonEvent if (resource, status) == ("salon", "update") else None


@pytest.mark.parametrize("as_text", [False, True])
def test_an_event_that_fits_is_typed(decoders: dict[str, Any], as_text: bool) -> None:
    content = json.dumps(salon_event()).encode()
    body = content.decode() if as_text else content
    event = _typed.typed_event(body, route)
    assert type(event) is SalonEvent
    assert event == SalonEvent.from_dict(salon_event())
    assert webhooks.parse_event(body) == event


@pytest.mark.parametrize(
    "body",
    [
        salon_event(),  # already decoded
        b"not json",
        json.dumps(salon_event(status="archived")).encode(),  # not routed
        json.dumps(salon_event(resource=7)).encode(),
        json.dumps(salon_event(extra=1)).encode(),  # does not fit
        json.dumps(salon_event(company_id=None)).encode(),
        json.dumps({k: v for k, v in salon_event().items() if k != "company_id"}).encode(),
        json.dumps({k: v for k, v in salon_event().items() if k != "resource_id"}).encode(),
        json.dumps([salon_event()]).encode(),
    ],
)
def test_other_events_are_left_to_today(decoders: dict[str, Any], body: Any) -> None:
    assert _typed.typed_event(body, route) is None


def test_an_event_list_of_one_is_typed(decoders: dict[str, Any]) -> None:
    content = json.dumps(salon_event()).encode()
    assert webhooks.parse_events(content) == [SalonEvent.from_dict(salon_event())]
    assert _typed._event_decoder.cache_info().currsize == 1  # it took the typed path


class _Envelope:
    def __init__(self, company_id: Any, resource_id: Any) -> None:
        self.company_id, self.resource_id = company_id, resource_id


@pytest.mark.parametrize(
    ("company_id", "resource_id", "typed"),
    [(1, 2, True), (UNSET, 2, False), (1, UNSET, False), ("1", 2, False), (1, 2.0, False)],
)
def test_an_event_whose_ids_are_not_integers_is_left_to_today(
    decoders: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    company_id: Any,
    resource_id: Any,
    typed: bool,
) -> None:
    # Payload models declare both IDs as required integers today; a model that did not
    # would leave them to today's path, which names what is wrong with them.
    event = _Envelope(company_id, resource_id)

    class Stub:
        def decode(self, content: bytes | str) -> Any:
            return event

    monkeypatch.setattr(_typed, "_event_decoder", lambda model: Stub())
    content = json.dumps(salon_event()).encode()
    assert (_typed.typed_event(content, route) is event) is typed
