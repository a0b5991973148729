"""The drift records and the slow-path readers one function at a time (issue 17): what the
generated from_dict and the edges (responses, webhooks) rely on, pinned by exact results so
that a changed branch, text or default is noticed."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import pytest

from altegio_devtools import _read, drift
from altegio_devtools._coerce import as_int, as_str
from altegio_devtools.drift import MISSING, WITHHELD, Drift, DriftError, collect, describe_drift
from altegio_devtools.models import BookingWidgetPromo, Location, LocationList
from altegio_devtools.types import UNSET

# -- Drift, its text and MISSING ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (MISSING, "nothing (the key is missing)"),
        (WITHHELD, "a value left out of the pickle"),
        (None, "null"),
        (True, "a boolean"),
        (0, "a number"),
        (1.5, "a number"),
        ("", "a string of 0 characters"),
        ("Ünïcode", "a string of 7 characters"),
        ("x", "a string of 1 character"),
        ([1, True], "a list of 2 items"),
        ((1,), "a list of 1 item"),
        ({"a": [1, True]}, "an object of 1 key"),
        (MappingProxyType({}), "an object of 0 keys"),
    ],
)
def test_a_drift_entry_says_what_came_by_type_and_size(value: object, text: str) -> None:
    entry = Drift("data.id", "an integer", value)
    assert str(entry) == f"data.id: expected an integer, got {text}"
    assert drift.describe_value(value) == text


def test_a_drift_entry_never_shows_its_value() -> None:
    """People's names and phones are the values that drift: the text and the repr name the
    path and the type, the value is there for code that asks."""
    entry = Drift("data.client.phone", "a string", ["+10000000000", "Ada Example"])
    assert "+1000" not in str(entry) and "Ada" not in str(entry)
    assert repr(entry) == "Drift(path='data.client.phone', expected='a string')"
    assert entry.value == ["+10000000000", "Ada Example"]


def test_entries_hash_by_path_and_expectation_even_with_unhashable_values() -> None:
    first, second = Drift("a", "x", [1]), Drift("a", "x", {"b": 2})
    assert hash(first) == hash(second) == hash(("a", "x"))
    assert len({first, second, Drift("b", "x", [1])}) == 3  # equal only when values are


@pytest.mark.parametrize(("marker", "name"), [(MISSING, "MISSING"), (WITHHELD, "WITHHELD")])
def test_missing_and_withheld_are_one_object_each_that_survives_pickling(
    marker: object, name: str
) -> None:
    assert repr(marker) == name
    assert type(marker)() is marker
    assert pickle.loads(pickle.dumps(marker)) is marker
    entry = Drift("data.id", "an integer", marker)
    assert pickle.loads(pickle.dumps(entry)).value is marker


def test_describe_drift_names_ten_entries_then_counts_the_rest() -> None:
    entries = [Drift(f"f{i}", "a string", i) for i in range(12)]
    text = describe_drift(entries)
    assert text.startswith("f0: expected a string, got a number; f1: expected a string, ")
    assert text.endswith("f9: expected a string, got a number; and 2 more")
    assert describe_drift(entries[:11]).endswith("f9: expected a string, got a number; and 1 more")
    assert describe_drift(entries[:10]).endswith("f9: expected a string, got a number")
    assert describe_drift(entries[:1]) == "f0: expected a string, got a number"
    error = DriftError(entries)
    assert error.entries == tuple(entries) and str(error) == text
    assert isinstance(error, TypeError)


# -- recording: mismatch, nested, collect -------------------------------------------------


def test_mismatch_records_the_raw_value_or_takes_over_a_nested_failure() -> None:
    found = drift.mismatch(None, "data", "an object", "oops", ValueError("no"))
    assert found == [Drift("data", "an object", "oops")]
    assert drift.mismatch(found, "id", "an integer", UNSET, KeyError("id")) is found
    assert found[-1] == Drift("id", "an integer", MISSING)
    inner = DriftError([Drift("success", "a boolean", None), Drift("[0].id", "x", 1)])
    assert drift.mismatch(None, "data", "an object", {}, inner) == [
        Drift("data.success", "a boolean", None),
        Drift("data[0].id", "x", 1),
    ]


def test_collect_takes_over_the_drift_of_models_and_lists_of_models() -> None:
    odd = Location.from_dict({"id": "seven"})
    fine = Location.from_dict({"id": 7})
    assert odd.drift == (Drift("id", "an integer", "seven"),)
    assert collect(None, "data", fine) is None
    assert collect(None, "data", odd) == [Drift("data.id", "an integer", "seven")]
    assert collect(None, "data", [fine, odd, odd]) == [
        Drift("data[1].id", "an integer", "seven"),
        Drift("data[2].id", "an integer", "seven"),
    ]
    assert collect(None, "data", [1, "x"]) is None  # items without drift of their own
    assert collect(None, "data", "text") is None


# -- logging: once per source and path, types not values -----------------------------------


@pytest.fixture
def fresh_log(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    monkeypatch.setattr(drift, "_logged", set())
    caplog.set_level(logging.WARNING, logger="altegio_devtools.drift")
    yield


@pytest.mark.parametrize(
    ("value", "json_type"),
    [
        (MISSING, "nothing (the key is missing)"),
        (None, "null"),
        ({"a": 1}, "an object"),
        ([1], "a list"),
        ("secret phone", "a string"),
        (True, "a boolean"),
        (5, "a number"),
        (5.5, "a number"),
    ],
)
def test_a_drift_log_line_gives_the_json_type_never_the_value(
    fresh_log: None, caplog: pytest.LogCaptureFixture, value: object, json_type: str
) -> None:
    drift.log_drift("record", [Drift("data.phone", "an integer", value)])
    assert [record.getMessage() for record in caplog.records] == [
        f"record does not match the description: data.phone: expected an integer, got {json_type}"
    ]


def test_each_source_and_path_is_logged_once_with_indices_folded(
    fresh_log: None, caplog: pytest.LogCaptureFixture
) -> None:
    entries = [Drift("data[0].id", "an integer", "a"), Drift("data[12].id", "an integer", "b")]
    drift.log_drift("list_locations", entries)
    drift.log_drift("list_locations", entries)
    drift.log_drift("get_settings", entries[:1])
    messages = [record.getMessage() for record in caplog.records]
    line = "does not match the description: data[].id: expected an integer, got a string"
    assert messages == [f"list_locations {line}", f"get_settings {line}"]


def test_logging_stops_at_its_limit_and_says_so_once(
    fresh_log: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drift, "_LOGGED_LIMIT", 3)
    drift.log_drift("s", [Drift(f"f{i}", "x", 1) for i in range(2)])
    drift.log_drift("s", [Drift(f"g{i}", "x", 1) for i in range(3)])
    drift.log_drift("s", [Drift("h", "x", 1)])
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 4
    assert messages[2].startswith("s does not match the description: g0:")
    assert messages[3] == "drift logging stopped at 3 paths: see each model's drift"


def test_paths_that_exactly_fill_the_limit_are_all_logged_without_a_stop_notice(
    fresh_log: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drift, "_LOGGED_LIMIT", 3)
    drift.log_drift("s", [Drift(f"f{i}", "x", 1) for i in range(3)])
    messages = [record.getMessage() for record in caplog.records]
    assert [message.split(": ")[1] for message in messages] == ["f0", "f1", "f2"]


# -- the slow-path readers -----------------------------------------------------------------


def test_read_leaves_absence_alone_and_records_what_it_cannot_read() -> None:
    assert _read.read(UNSET, as_int, "id", "an integer", None) == (UNSET, None)
    assert _read.read("7", as_int, "id", "an integer", None) == (7, None)
    value, found = _read.read("x", as_int, "id", "an integer", None)
    assert value is UNSET and found == [Drift("id", "an integer", "x")]


def test_read_required_gives_no_value_for_absent_or_unreadable() -> None:
    assert _read.read_required(5, as_str, "title", "a string", None) == ("5", None)
    value, found = _read.read_required(UNSET, as_str, "title", "a string", None)
    assert value is _read.NO_VALUE and found == [Drift("title", "a string", MISSING)]
    value, found = _read.read_required([1], as_str, "title", "a string", None)
    assert value is _read.NO_VALUE and found == [Drift("title", "a string", [1])]
    assert repr(_read.NO_VALUE) == "NO_VALUE"


@pytest.mark.parametrize("empty", [[], ""])
def test_read_model_reads_php_nothing_as_absent_or_empty(empty: object) -> None:
    assert _read.read_model(empty, BookingWidgetPromo.from_dict, "promo", None) == (UNSET, None)
    model, found = _read.read_model(empty, BookingWidgetPromo.from_dict, "promo", None, True)
    assert model == BookingWidgetPromo.from_dict({}) and found is None


def test_read_model_records_a_missing_required_object_or_a_wrong_value() -> None:
    assert _read.read_model(UNSET, BookingWidgetPromo.from_dict, "promo", None) == (UNSET, None)
    model, found = _read.read_model(UNSET, BookingWidgetPromo.from_dict, "promo", None, True)
    assert model == BookingWidgetPromo.from_dict({})
    assert found == [Drift("promo", "an object", MISSING)]
    model, found = _read.read_model("on", BookingWidgetPromo.from_dict, "promo", None)
    assert model is UNSET and found == [Drift("promo", "an object", "on")]
    model, found = _read.read_model(7, BookingWidgetPromo.from_dict, "promo", None, True)
    assert model == BookingWidgetPromo.from_dict({}) and found == [Drift("promo", "an object", 7)]


def test_read_model_reads_a_mapping_and_takes_over_its_drift() -> None:
    source = MappingProxyType({"id": "seven", "title": "Invented"})
    model, found = _read.read_model(source, Location.from_dict, "location", None)
    assert isinstance(model, Location) and model.title == "Invented"
    assert found == [Drift("location.id", "an integer", "seven")]
    clean, none = _read.read_model(MappingProxyType({"id": 1}), Location.from_dict, "l", None)
    assert clean.id == 1 and none is None


def test_read_list_gives_absent_or_empty_lists_and_records_what_is_no_list() -> None:
    assert _read.read_list(UNSET, "photos", None) == (UNSET, None)
    assert _read.read_list(UNSET, "data", None, required=True) == (
        [],
        [Drift("data", "a list", MISSING)],
    )
    assert _read.read_list("", "photos", None) == (UNSET, None)
    assert _read.read_list("", "data", None, required=True) == ([], None)
    assert _read.read_list({"a": 1}, "photos", None) == (
        UNSET,
        [Drift("photos", "a list", {"a": 1})],
    )
    assert _read.read_list(5, "data", None, required=True) == ([], [Drift("data", "a list", 5)])


def test_read_items_reads_each_item_and_leaves_out_what_it_cannot() -> None:
    items, found = _read.read_items([1, "2", 3.0, "x", True], as_int, "ids", "an integer", None)
    assert items == [1, 2, 3]
    assert found == [Drift("ids[3]", "an integer", "x"), Drift("ids[4]", "an integer", True)]
    numbers, none = _read.read_items([1, 2.5, "3.5"], _read.read_number, "n", "a number", None)
    assert numbers == [1, 2.5, 3.5] and type(numbers[0]) is int and none is None


def test_read_number_keeps_integers_and_refuses_booleans() -> None:
    assert type(_read.read_number(3)) is int
    assert _read.read_number("2.5") == 2.5
    with pytest.raises(TypeError):
        _read.read_number(True)


def test_as_object_copies_mappings_and_refuses_the_rest() -> None:
    source = {"a": 1}
    assert _read.as_object(source) == source and _read.as_object(source) is not source
    assert _read.as_object(MappingProxyType(source)) == source
    with pytest.raises(TypeError, match="expected an object, got list"):
        _read.as_object([1])


def test_an_integer_enum_reads_integers_but_not_booleans() -> None:
    reader = _read.enum_reader(int, True)
    assert reader("3") == 3
    with pytest.raises(TypeError):
        reader(True)
    assert _read.enum_reader(str, False)(5) == "5"


def test_the_readers_add_to_the_drift_found_before() -> None:
    def earlier() -> list[Drift]:
        return [Drift("before", "a string", 1)]

    before = earlier()
    results = [
        _read.read("x", as_int, "id", "an integer", earlier())[1],
        _read.read_required(UNSET, as_int, "id", "an integer", earlier())[1],
        _read.read_list(5, "id", earlier())[1],
        _read.read_list(UNSET, "id", earlier(), required=True)[1],
        _read.read_model(5, BookingWidgetPromo.from_dict, "id", earlier())[1],
        _read.read_model({"id": "x"}, Location.from_dict, "l", earlier())[1],
        _read.read_items(["x"], as_int, "id", "an integer", earlier())[1],
        drift.mismatch(earlier(), "id", "x", 1),
        collect(earlier(), "l", Location.from_dict({"id": "x"})),
    ]
    for found in results:
        assert found is not None and found[0] == before[0] and len(found) == 2, found


def test_the_readers_take_over_a_nested_model_that_cannot_be_built() -> None:
    # LocationList needs `success`: from_dict raises DriftError, whose entries the readers
    # place under their key instead of recording the whole object as one value.
    def unbuildable() -> MappingProxyType[str, Any]:
        return MappingProxyType({"data": []})

    page = LocationList.from_dict
    nested = [Drift("p.success", "a boolean", MISSING)]
    assert _read.read(unbuildable(), page, "p", "an object", None) == (UNSET, nested)
    assert _read.read_required(unbuildable(), page, "p", "an object", None)[1] == nested
    assert _read.read_model(unbuildable(), page, "p", None)[1] == nested
    items, found = _read.read_items([unbuildable()], page, "p", "an object", None)
    assert items == [] and found == [Drift("p[0].success", "a boolean", MISSING)]
