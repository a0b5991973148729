"""Property tests: whatever body arrives, parsing gives a model or ResponseValidationError
(lenient: only for a body that is not JSON or not the envelope; strict: also for drift)."""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altegio_devtools import errors
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.client import Client
from tests.conftest import EFFECTIVE_SPEC

TAGS = ("marketplace", "webhooks", "voip", "dictionaries")


def _module(operation_id: str) -> ModuleType:
    for tag in TAGS:
        try:
            name = OPERATIONS[operation_id].python_name
            return importlib.import_module(f"altegio_devtools.api.{tag}.{name}")
        except ModuleNotFoundError:
            continue
    raise LookupError(operation_id)


MODULES = {name: _module(name) for name in sorted(OPERATIONS)}
LENIENT = Client(partner_token="p", rate_limits=None)
STRICT = LENIENT.with_options(strict=True)


def _property_names(node: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        names.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else {})
        for value in node.values():
            names |= _property_names(value)
    elif isinstance(node, list):
        for value in node:
            names |= _property_names(value)
    return names


# Keys and values that steer random bodies into the models' real fields and edge cases.
KEYS = sorted(_property_names(yaml.safe_load(EFFECTIVE_SPEC.read_text(encoding="utf-8"))))
TRICKY = ["0000-00-00 00:00:00", "2022-01-01 10:10:00", "2026-03-07T14:44:39+0400", "16", "1.5",
          "", "true", "1", "archived", "active"]  # fmt: skip
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(TRICKY)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), children, max_size=6)
    ),
    max_leaves=40,
)
envelopes = st.fixed_dictionaries(
    {"success": st.just(True)}, optional={"data": json_values, "meta": json_values}
)
bodies = (
    envelopes.map(lambda v: json.dumps(v).encode())
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.binary(max_size=64)
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operation_id=st.sampled_from(sorted(MODULES)),
    status=st.sampled_from([200, 201, 202, 204, 301]),
    body=bodies,
    client=st.sampled_from([LENIENT, STRICT]),
)
def test_any_body_parses_or_raises_the_validation_error(
    operation_id: str, status: int, body: bytes, client: Client
) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x")
    response = httpx.Response(status, content=body, request=request)
    try:
        parsed = MODULES[operation_id]._build_response(client, response).parsed
    except errors.ResponseValidationError as error:
        assert error.status_code == status
    else:
        drift: tuple[object, ...] = getattr(parsed, "drift", ())
        assert not (client.strict and drift)


# -- a parsed model holds exactly the declared types (no silent type lies) ----------------

import datetime  # noqa: E402
import types as builtin_types  # noqa: E402
import typing  # noqa: E402

import attrs  # noqa: E402

from altegio_devtools import Unset, models  # noqa: E402

NAMESPACE = {name: getattr(models, name) for name in models.__all__}
NAMESPACE |= {"Unset": Unset, "datetime": datetime, "Any": typing.Any}


def conforms(value: Any, hint: Any) -> bool:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is typing.Any:
        return True
    if origin in (typing.Union, builtin_types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is list:
        return isinstance(value, list) and all(conforms(item, args[0]) for item in value)
    if origin is tuple:
        return isinstance(value, tuple) and all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(conforms(v, args[1]) for v in value.values())
    if origin is typing.Literal:
        return value in args
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if attrs.has(hint):
        return isinstance(value, hint) and model_conforms(value)
    return isinstance(value, hint)


def model_conforms(model: Any) -> bool:
    module = vars(__import__(type(model).__module__, fromlist=["_"]))
    hints = typing.get_type_hints(type(model), globalns={**module, **NAMESPACE})
    return all(conforms(getattr(model, f.name), hints[f.name]) for f in attrs.fields(type(model)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operation_id=st.sampled_from(sorted(MODULES)), body=envelopes.map(json.dumps))
def test_a_parsed_model_holds_the_declared_types(operation_id: str, body: str) -> None:
    """Lenient parsing keeps the types honest: what does not fit is UNSET, not a lie."""
    request = httpx.Request("GET", "http://127.0.0.1/x")
    response = httpx.Response(200, content=body.encode(), request=request)
    try:
        parsed = MODULES[operation_id]._build_response(LENIENT, response).parsed
    except errors.ResponseValidationError:
        return
    assert parsed is None or model_conforms(parsed), body
