"""The branches of the generated from_dict that a body matching the description skips (issue
14): each field's value of the exact JSON type is read inline, everything else goes to the
slow path, and both must give what the lenient reading promises. test_differential.py
compares whole models against the previous generation; these pin the edges by name."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, _json, _typed
from altegio_devtools.drift import MISSING, Drift
from altegio_devtools.models import BookingWidgetPromo, Location, LocationList
from altegio_devtools.models import location as location_module
from altegio_devtools.types import UNSET


def location(**fields: Any) -> dict[str, Any]:
    return {"id": 7, "title": "Invented Studio", **fields}


def test_unknown_keys_are_kept_when_known_ones_are_absent() -> None:
    # As many keys as the model declares minus one absent, plus one unknown: a count that
    # only compared sizes would miss it.
    known = sorted(location_module._KNOWN_KEYS)
    body = dict.fromkeys(known[1:])
    body["unknown_flag"] = 1
    assert len(body) == len(known)
    assert Location.from_dict(body).additional_properties == {"unknown_flag": 1}
    assert Location.from_dict(dict.fromkeys(known)).additional_properties == {}


def test_a_value_that_is_unset_counts_as_present() -> None:
    parsed = Location.from_dict({**location(), "title": UNSET, "extra": "kept"})
    assert parsed.additional_properties == {"extra": "kept"}
    assert parsed.title is UNSET


def test_an_object_without_declared_fields_keeps_every_key_in_a_copy() -> None:
    source = {"enabled": True, "text": "-10%"}
    promo = BookingWidgetPromo.from_dict(source)
    assert promo.additional_properties == source
    assert promo.additional_properties is not source
    assert promo.drift == ()


def test_a_list_of_strings_is_kept_or_read_item_by_item() -> None:
    parsed = Location.from_dict(location(photos=["/a.jpg", "/b.jpg"]))
    assert parsed.photos == ["/a.jpg", "/b.jpg"]
    assert parsed.drift == ()
    mixed = Location.from_dict(location(photos=["/a.jpg", 5, None, "/c.jpg"]))
    assert mixed.photos == ["/a.jpg", "5", "/c.jpg"]
    assert mixed.drift == (Drift("photos[2]", "a string", None),)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-25T19:40:00+05:30", datetime.datetime.fromisoformat("2026-03-25T19:40:00+05:30")),
        ("2026-03-25 19:40:00", datetime.datetime(2026, 3, 25, 19, 40)),
        ("2026-03-25T19:40:00+0530", datetime.datetime.fromisoformat("2026-03-25T19:40:00+05:30")),
        (" 2026-03-25 19:40:00 ", datetime.datetime(2026, 3, 25, 19, 40)),
        ("0000-00-00 00:00:00", None),
        (" 0000-00-00 ", None),
        ("", None),
        (None, None),
    ],
)
def test_a_nullable_date_time_reads_dates_and_php_nothing(value: object, expected: object) -> None:
    parsed = Location.from_dict(location(next_slot=value))
    assert parsed.next_slot == expected
    assert parsed.drift == ()


@pytest.mark.parametrize("value", ["soon", 5, ["2026-01-01"], True])
def test_a_nullable_date_time_records_what_is_no_date(value: object) -> None:
    parsed = Location.from_dict(location(next_slot=value))
    assert parsed.next_slot is UNSET
    assert parsed.drift == (Drift("next_slot", "a date-time or null", value),)


def test_an_absent_date_time_stays_unset_without_drift() -> None:
    parsed = Location.from_dict(location())
    assert parsed.next_slot is UNSET
    assert parsed.drift == ()


@pytest.mark.parametrize(("value", "expected"), [(None, None), ([], None), ("", None)])
def test_a_nullable_object_reads_php_nothing_as_null(value: object, expected: object) -> None:
    parsed = Location.from_dict(location(booking_widget_promo=value))
    assert parsed.booking_widget_promo is expected
    assert parsed.drift == ()


def test_a_nullable_object_reads_an_object_and_records_what_is_not_one() -> None:
    parsed = Location.from_dict(location(booking_widget_promo={"enabled": True}))
    assert isinstance(parsed.booking_widget_promo, BookingWidgetPromo)
    assert parsed.booking_widget_promo.additional_properties == {"enabled": True}
    wrong = Location.from_dict(location(booking_widget_promo="on"))
    assert wrong.booking_widget_promo is UNSET
    assert wrong.drift == (Drift("booking_widget_promo", "an object or null", "on"),)


def test_a_missing_required_value_is_recorded_as_missing() -> None:
    page = LocationList.from_dict({"success": True})
    assert page.data == []
    assert page.drift == (Drift("data", "a list", MISSING),)


def test_a_success_body_is_decoded_once_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # The client decodes a success body to look for `success: false` and hands the value to
    # the parser, which must not decode it again.
    decoded: list[bytes] = []
    real_loads = _json.loads

    def counting_loads(content: bytes) -> Any:
        decoded.append(content)
        return real_loads(content)

    monkeypatch.setattr(_json, "loads", counting_loads)
    monkeypatch.setattr(_typed, "_DECODERS", {})  # today's path (the typed one: test_typed.py)
    body = {"success": True, "data": [location(), location(id=8)], "meta": {"total_count": 2}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with AltegioClient(
        partner_token="invented-partner", http_client=httpx.Client(transport=transport)
    ) as client:
        page = client.marketplace.list_locations(1, page=1, count=2)
        raw = client.with_raw_response.marketplace.list_locations(1, page=1, count=2)
    assert [item.id for item in page.data] == [7, 8]
    assert raw.parsed == page.body
    assert len(decoded) == 2
