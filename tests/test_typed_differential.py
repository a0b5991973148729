"""Differential fuzz test of the typed fast path (issue 26, _typed.py).

For every model reachable from a success response or a webhook payload, random bodies
around its description (examples from the effective spec in their canonical and coerced
forms: PHP's `[]` for objects, 0/1 booleans, nulls, numeric strings, dates with offsets
without colons; then random mutations: wrong JSON values, big integers, nulls, unknown
keys, deleted keys, duplicate keys) are parsed with the typed fast path and without it
(today's lenient path: from_dict over the decoded body). Both must give the same outcome:
equal models, compared value by value with their types (so 1 is not 1.0 nor True), equal
`drift` and equal `additional_properties` at every depth, or the same error; through the
client and webhooks.parse_event in lenient and strict mode too.

Examples per test: the `typed-fuzz` hypothesis profile below (make test), or
`TYPED_FUZZ_EXAMPLES=N` for a deeper run.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import os
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final
from unittest import mock

import attrs
import httpx
import msgspec
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from altegio_devtools import _json, _typed, drift, webhooks
from altegio_devtools.types import Unset
from tests.test_drift_properties import (
    CLIENT,
    RESPONSE_TARGETS,
    TARGETS,
    UNKNOWN_KEY,
    WEBHOOK_TARGETS,
    Schema,
    Target,
    examples,
    kind,
    resolve,
    variants,
)
from tests.test_properties import json_values

#: Examples per test in `make test`: EXAMPLES for each of the four differential tests, a
#: third of it for the canonical-body test (150: 650 cases).
EXAMPLES: Final = int(os.environ.get("TYPED_FUZZ_EXAMPLES", "150"))
FUZZ: Final = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
UNKNOWN_KEYS: Final = ["x_not_in_the_spec", "id", "data", "title", ""]
BIG: Final = st.sampled_from([2**63, -(2**63) - 1, 2**64, 10**30, -(10**30)])


# -- the models and their schemas ------------------------------------------------------------


def _object_schemas(schema: Schema) -> list[Schema]:
    """The object schemas a property's value may be: itself, a list's items, a union's."""
    node = resolve(schema)
    alternatives = variants(node)
    if alternatives is not None:
        return [o for v in alternatives for o in _object_schemas(v)]
    if kind(node) == "array":
        return _object_schemas(node.get("items", {}))
    return [node] if kind(node) == "object" else []


def _classes(hint: Any) -> list[type]:
    if attrs.has(hint):
        return [hint]
    return [c for arg in typing.get_args(hint) for c in _classes(arg)]


def _mirror(model: type) -> _typed.Mirror:
    return importlib.import_module(model.__module__).typed_mirror()  # type: ignore[no-any-return]


def _model_schemas() -> dict[type, Schema]:
    """Every model reachable from a target, with its schema (matched through the fields)."""
    found: dict[type, Schema] = {}
    todo = [(target.model, target.schema) for target in TARGETS]
    while todo:
        model, schema = todo.pop()
        if model in found:
            continue
        found[model] = resolve(schema)
        struct = _mirror(model).struct
        if not isinstance(struct, type) or not issubclass(struct, msgspec.Struct):
            continue  # a free-form object: no fields
        names = {f.encode_name: f.name for f in msgspec.structs.fields(struct)}
        hints = typing.get_type_hints(model)
        for key, sub in found[model].get("properties", {}).items():
            classes = _classes(hints[names[key]])
            objects = _object_schemas(sub)
            if classes and objects:
                todo.append((classes[0], objects[0]))
    return found


MODELS: Final = _model_schemas()


# -- bodies around the description -----------------------------------------------------------


@attrs.frozen
class Pairs:
    """An object written with its keys as given (a key may repeat)."""

    items: list[tuple[str, Any]]


def encode(value: Any) -> str:
    if isinstance(value, Pairs):
        return "{" + ",".join(f"{json.dumps(k)}:{encode(v)}" for k, v in value.items) + "}"
    if isinstance(value, dict):
        return encode(Pairs(list(value.items())))
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    return json.dumps(value)


def mutate(data: st.DataObject, value: Any, depth: int = 0) -> Any:
    """The value with random changes at random depths (most of it left alone)."""
    if isinstance(value, list):
        return [mutate(data, item, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    items = [(k, mutate(data, v, depth + 1)) for k, v in value.items()]
    if not data.draw(st.integers(0, 1 + depth), label="mutate here") == 0:
        return dict(items)
    action = data.draw(
        st.sampled_from(["wrong", "big", "null", "unknown", "delete", "duplicate"]), label="action"
    )
    event(f"mutation: {action}")
    if action == "unknown" or not items:
        key = data.draw(st.sampled_from(UNKNOWN_KEYS), label="unknown key")
        return Pairs([*items, (key, data.draw(json_values, label="unknown value"))])
    index = data.draw(st.integers(0, len(items) - 1), label="key")
    key, old = items[index]
    if action == "delete":
        return Pairs(items[:index] + items[index + 1 :])
    if action == "duplicate":  # the last one counts; the first may be anything
        first = data.draw(st.sampled_from([old, None, "x", []]) | json_values, label="first")
        second_first = data.draw(st.booleans(), label="wrong one last")
        pair = [(key, first), (key, old)] if not second_first else [(key, old), (key, first)]
        return Pairs(items[:index] + pair + items[index + 1 :])
    new = {"wrong": json_values, "big": BIG, "null": st.none()}[action]
    items[index] = (key, data.draw(new, label=action))
    return Pairs(items)


_STRATEGIES: dict[int, st.SearchStrategy[Any]] = {}


def body_for(data: st.DataObject, schema: Schema, envelope: dict[str, Any]) -> bytes:
    key = id(schema)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = examples(schema, "inner", lossless=False) | examples(
            schema, "inner", lossless=True
        )
    example = {**data.draw(_STRATEGIES[key], label="example"), **envelope}
    if data.draw(st.booleans(), label="mutated"):
        return encode(mutate(data, example)).encode()
    return encode(example).encode()


# -- comparing outcomes ----------------------------------------------------------------------


def deep(value: Any) -> Any:
    """A value as a comparable tree that keeps types: models field by field (drift and
    additional_properties included), datetimes with their offsets, 1 apart from 1.0."""
    if attrs.has(type(value)) and not isinstance(value, drift.Drift):
        return (
            type(value).__name__,
            tuple((f.name, deep(getattr(value, f.name))) for f in attrs.fields(type(value))),
        )
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(deep(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((deep(k), deep(v)) for k, v in value.items()))
    if isinstance(value, datetime.datetime | datetime.date | enum.Enum | Unset | drift.Drift):
        return (type(value).__name__, repr(value))
    return (type(value).__name__, value)


def outcome(parse: Callable[[], Any]) -> Any:
    try:
        return ("parsed", deep(parse()))
    except Exception as error:
        entries = getattr(error, "entries", None) or getattr(error, "drift", None)
        return ("raised", type(error).__name__, str(error), deep(entries))


@contextmanager
def typed_path(on: bool) -> Iterator[None]:
    """With the typed path (fresh decoders: no memory of earlier examples), or without it
    (msgspec still decodes the body to dicts, as it does today)."""
    saved = _typed._DECODERS
    _typed._DECODERS = {name: _typed._Decoder(d._typed_mirror) for name, d in saved.items()}
    _typed._event_decoder.cache_clear()
    try:
        with mock.patch.object(_typed, "speedups_enabled", lambda: on):
            yield
    finally:
        _typed._DECODERS = saved


def record_path(content: bytes, model: type) -> None:
    """Which path a body took (see --hypothesis-show-statistics)."""
    mirror = _mirror(model)
    try:
        mirror.convert(mirror.decode(content))
    except Exception:
        event("fallback (whole body or items)")
    else:
        event("typed")


# -- the properties --------------------------------------------------------------------------


def test_every_reachable_model_is_fuzzed() -> None:
    assert len(MODELS) >= 90, len(MODELS)
    assert {t.model for t in TARGETS} <= set(MODELS)


@FUZZ
@given(data=st.data(), model=st.sampled_from(sorted(MODELS, key=lambda m: m.__name__)))
def test_a_model_reads_alike_with_and_without_the_typed_path(
    data: st.DataObject, model: type
) -> None:
    content = body_for(data, MODELS[model], {})
    record_path(content, model)
    today = outcome(lambda: model.from_dict(_json.loads(content)))  # type: ignore[attr-defined]
    decoder = _typed._Decoder(importlib.import_module(model.__module__).typed_mirror)
    fast = outcome(
        lambda: decoder.decode(content) or model.from_dict(_json.loads(content))  # type: ignore[attr-defined]
    )
    assert fast == today


@FUZZ
@given(data=st.data(), target=st.sampled_from(RESPONSE_TARGETS), strict=st.booleans())
def test_a_success_response_reads_alike_through_the_client(
    data: st.DataObject, target: Target, strict: bool
) -> None:
    content = body_for(data, target.schema, {"success": True})
    record_path(content, target.model)
    client = CLIENT.with_options(strict=strict)._client
    module = target.module
    assert module is not None

    def parse() -> Any:
        request = httpx.Request("GET", "https://api.alteg.io/api/v1/x")
        response = httpx.Response(target.status, content=content, request=request)
        _typed.decode_success(response, module._OPERATION)  # what Client.send does
        return module._build_response(client, response).parsed

    with typed_path(on=False):
        today = outcome(parse)
    with typed_path(on=True):
        fast = outcome(parse)
    assert fast == today


@FUZZ
@given(data=st.data(), target=st.sampled_from(WEBHOOK_TARGETS), strict=st.booleans())
def test_a_webhook_event_reads_alike(data: st.DataObject, target: Target, strict: bool) -> None:
    envelope = target.envelope_values(data)
    content = body_for(data, target.schema, envelope)
    record_path(content, target.model)
    as_text = data.draw(st.booleans(), label="as text")
    body: bytes | str = content.decode() if as_text else content
    with typed_path(on=False):
        today = outcome(lambda: webhooks.parse_event(body, strict=strict))
        today_list = outcome(lambda: webhooks.parse_events(body, strict=strict))
    with typed_path(on=True):
        fast = outcome(lambda: webhooks.parse_event(body, strict=strict))
        fast_list = outcome(lambda: webhooks.parse_events(body, strict=strict))
    assert fast == today
    assert fast_list == today_list


@FUZZ
@given(data=st.data(), target=st.sampled_from(RESPONSE_TARGETS), count=st.integers(1, 24))
def test_a_page_with_items_that_do_not_fit_reads_alike(
    data: st.DataObject, target: Target, count: int
) -> None:
    """Long lists of objects, some items fitting and some not: the item-by-item read."""
    node = resolve(target.schema)
    lists = [
        key
        for key, sub in node.get("properties", {}).items()
        if kind(resolve(sub)) == "array" and _object_schemas(sub)
    ]
    if not lists:
        return
    key = data.draw(st.sampled_from(lists), label="list")
    [item_schema, *_] = _object_schemas(node["properties"][key])
    item = examples(item_schema, "inner", lossless=False)
    items = [
        mutate(data, data.draw(item, label="item")) if data.draw(st.booleans()) else data.draw(item)
        for _ in range(count)
    ]
    example = {**data.draw(examples(target.schema, "inner", lossless=False)), "success": True}
    content = encode({**example, key: items}).encode()
    model = target.model
    today = outcome(lambda: model.from_dict(_json.loads(content)))
    decoder = _typed._Decoder(importlib.import_module(model.__module__).typed_mirror)
    fast = outcome(lambda: decoder.decode(content) or model.from_dict(_json.loads(content)))
    assert fast == today


@settings(FUZZ, max_examples=max(EXAMPLES // 3, 10))
@given(data=st.data(), target=st.sampled_from(TARGETS))
def test_a_body_as_described_takes_the_typed_path(data: st.DataObject, target: Target) -> None:
    """The comparisons above are not all fallbacks: a body as described (canonical values,
    no undocumented key) fits its mirror, and builds the model from_dict builds."""
    example = without_unknown_keys(data.draw(examples(target.schema, "inner", lossless=False)))
    example |= target.envelope_values(data)
    content = encode(example).encode()
    mirror = _mirror(target.model)
    typed = mirror.convert(mirror.decode(content))
    assert deep(typed) == deep(target.model.from_dict(json.loads(content)))


def without_unknown_keys(value: Any) -> Any:
    """An example without the undocumented key the examples sometimes add."""
    if isinstance(value, list):
        return [without_unknown_keys(item) for item in value]
    if isinstance(value, dict):
        return {k: without_unknown_keys(v) for k, v in value.items() if k != UNKNOWN_KEY}
    return value
