"""Property tests of schema drift (issue 10, "Real Altegio traffic").

For every webhook payload and every operation's success response, with the schemas read
from the effective spec at test time:

- a valid example (built from the schema) parses with no drift, leniently and strictly;
- random JSON values that are wrong for the schema, substituted at random field paths (or
  keys deleted), give leniently a typed result whose drift names exactly those paths, with
  nothing else changed, and strictly the typed error naming them;
- any JSON at all in a valid envelope gives a typed result or the typed error.

What is "wrong" is decided by `accepts`, which mirrors the rules documented in
altegio_devtools.drift (what the runtime reads losslessly is not drift).
"""

from __future__ import annotations

import copy
import datetime
import importlib
import inspect
import json
import math
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType, NoneType
from typing import Any, Final, Literal

import attrs
import httpx
import pytest
import yaml
from dateutil.parser import isoparse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from altegio_devtools import AltegioClient, Unset, api, drift, errors, webhooks
from altegio_devtools._operations import OPERATIONS
from altegio_devtools._webhooks import PAYLOAD_BY_RESOURCE
from altegio_devtools.models import WebhookStatus
from altegio_devtools.pagination import Page
from generator.pipeline.read_as import read_as_formats
from tests.conftest import EFFECTIVE_SPEC
from tests.test_properties import KEYS, json_values, model_conforms

Schema = dict[str, Any]
Path = tuple[str | int, ...]
#: "field": a model's property (PHP's empty values read as absent there);
#: "inner": a list item or a union variant (the value must be the type itself).
Where = Literal["field", "inner"]

SPEC: Final[dict[str, Any]] = yaml.safe_load(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
# What the generator reads: a schema documented as several date forms (x-altegio-read-as)
# is one date-time or date, read by the runtime in all its forms.
read_as_formats(SPEC)
RESPONSE_ENVELOPE: Final = frozenset({"success"})
EVENT_ENVELOPE: Final = frozenset(webhooks.ENVELOPE)
STATUSES: Final = sorted(status.value for status in WebhookStatus)
NULL_DATES: Final = frozenset({"", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
#: The formats read as dates (`format: date-time` a datetime, `format: date` a date).
DATE_FORMATS: Final = ("date-time", "date")
WIRE_DATETIME: Final = "%Y-%m-%d %H:%M:%S"
UNKNOWN_KEY: Final = "x_not_in_the_spec"


def budget(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- the schemas ----------------------------------------------------------------------------


def resolve(schema: Schema) -> Schema:
    """The schema a (chain of) local `$ref` points to."""
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def variants(node: Schema) -> list[Schema] | None:
    """The alternatives of a union (anyOf/oneOf, or a list of types); None if not a union."""
    if "anyOf" in node or "oneOf" in node:
        return [resolve(v) for v in node.get("anyOf", []) + node.get("oneOf", [])]
    types = node.get("type")
    if isinstance(types, list) and len(types) > 1:
        return [{**node, "type": name} for name in types]
    return None


def kind(node: Schema) -> str | None:
    """The one type of a schema that is not a union ("object", "integer", ...)."""
    types = node.get("type")
    if isinstance(types, list):
        types = types[0] if types else None
    if types is None and "properties" in node:
        return "object"
    return types if isinstance(types, str) else None


def nullable(alternatives: list[Schema]) -> bool:
    return any(kind(v) == "null" for v in alternatives)


def stand_in(schema: Schema) -> Any:
    """What a required field becomes (in to_dict) when its value cannot be read."""
    node = resolve(schema)
    alternatives = variants(node)
    if alternatives is not None:
        assert nullable(alternatives), "a required union without null has no stand-in"
        return None
    return {} if kind(node) == "object" else []


def has_stand_in(schema: Schema) -> bool:
    node = resolve(schema)
    alternatives = variants(node)
    if alternatives is not None:
        return nullable(alternatives)
    return kind(node) in ("object", "array")


# -- the oracle: what the runtime reads without drift at a position --------------------------

_INTEGER = re.compile(r"\s*[-+]?[0-9]+\s*")  # ASCII digits only, as the runtime reads them


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _integral(value: Any) -> bool:
    return _is_number(value) and (isinstance(value, int) or value.is_integer())


def _integer_string(value: Any) -> bool:
    return isinstance(value, str) and _INTEGER.fullmatch(value) is not None


def _number_string(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return math.isfinite(float(value))  # "nan" and "inf" are no numbers
    except ValueError:
        return False


def takes_dates(alternatives: list[Schema]) -> bool:
    return any(kind(v) == "string" and v.get("format") in DATE_FORMATS for v in alternatives)


def _day_string(value: Any) -> bool:
    """A date alone (`format: date`): what datetime.date.fromisoformat reads."""
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date_string(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.datetime.fromisoformat(value)
    except ValueError:
        try:
            isoparse(value.strip())
        except (ValueError, OverflowError):
            return False
    return True


def accepts(schema: Schema, value: Any, where: Where = "field") -> bool:
    """Whether the runtime reads `value` where `schema` is declared without drift AT this
    position (a dict for an object, or a list for a model's list field, is read: what is
    inside is judged at the inner positions). The rules of altegio_devtools.drift."""
    node = resolve(schema)
    alternatives = variants(node)
    if alternatives is not None:
        kinds = {kind(v) for v in alternatives}
        # PHP's empty values where an object or list (and no string) is declared.
        php_empty_union = bool(kinds & {"object", "array"}) and "string" not in kinds
        # Nullable unions read null, (taking a date) PHP's null dates, (taking an object
        # and no list) [] and (see above) "" as None; an optional one reads "" as absent.
        if nullable(alternatives) and (
            value is None
            or (
                takes_dates(alternatives) and isinstance(value, str) and value.strip() in NULL_DATES
            )
            or (value == [] and "object" in kinds and "array" not in kinds)
            or (value == "" and php_empty_union)
        ):
            return True
        if where == "field" and value == "" and php_empty_union:
            return True
        # Each variant but the last takes only its own JSON type; the last reads leniently.
        *first, last = [v for v in alternatives if kind(v) != "null"]
        return any(takes(v, value) for v in first) or accepts(last, value, "inner")
    php_empty = where == "field" and (value == "" or (type(value) is list and not value))
    match kind(node):
        case _ if "const" in node:
            return bool(value == node["const"])
        case "integer" if "enum" in node:  # open: any integer, as for any integer field
            return _integral(value) or _integer_string(value)
        case _ if "enum" in node:  # open: any string, and a finite number as its text
            return isinstance(value, str) or (_is_number(value) and math.isfinite(value))
        case "null":
            return value is None
        case "boolean":
            return isinstance(value, bool) or value in (0, 1, "0", "1", "true", "false")
        case "integer":
            return _integral(value) or _integer_string(value)
        case "number":
            return _is_number(value) or _number_string(value)
        case "string" if node.get("format") in DATE_FORMATS:
            # PHP's null dates read as absent in a field (no date field is required).
            null_date = where == "field" and isinstance(value, str) and value.strip() in NULL_DATES
            day = node.get("format") == "date"
            return null_date or (_day_string(value) if day else _date_string(value))
        case "string":  # a finite number reads as its text
            return isinstance(value, str) or (_is_number(value) and math.isfinite(value))
        case "array":
            items = node.get("items", {})
            if where == "field":  # items that do not fit are drift at `key[i]`
                return isinstance(value, list) or value == ""
            return isinstance(value, list) and all(accepts(items, i, "inner") for i in value)
        case "object":
            return isinstance(value, dict) or php_empty
        case _:
            return True  # no type: anything


_JSON_TYPES: Final[dict[str, type | tuple[type, ...]]] = {
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "string": str,
    "object": dict,
    "array": list,
    "null": NoneType,
}


def takes(variant: Schema, value: Any) -> bool:
    """Whether a union variant that is not the last reads the value: of its own JSON type
    (not a bool for a number), and readable."""
    expected = _JSON_TYPES.get(kind(variant) or "", object)
    if isinstance(value, bool) and kind(variant) != "boolean":
        return False
    return isinstance(value, expected) and accepts(variant, value, "inner")


# -- valid examples -------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=6)
_datetimes = st.datetimes(datetime.datetime(1970, 1, 1), datetime.datetime(2100, 1, 1))
_wire_dates = _datetimes.map(lambda d: d.strftime(WIRE_DATETIME))
_iso_dates = _datetimes.flatmap(
    lambda d: st.sampled_from(
        [
            d.isoformat(),
            d.strftime("%Y-%m-%dT%H:%M:%S+0400"),
            d.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
            d.strftime("%Y-%m-%dT%H:%M:%SZ"),
        ]
    )
)


def _taken_by_none_of(earlier: list[Schema]) -> Callable[[Any], bool]:
    return lambda value: not any(takes(e, value) for e in earlier)


def examples(schema: Schema, where: Where = "field", *, lossless: bool) -> st.SearchStrategy[Any]:
    """Valid JSON values for `schema`. Canonical ones (`lossless=False`) read back to the
    same JSON through to_dict; `lossless=True` adds the forms the runtime coerces without
    drift (numeric strings, 0/1 flags, PHP's empty values, ISO dates with offsets, ...)."""
    node = resolve(schema)
    alternatives = variants(node)
    if alternatives is not None:
        # Only the last variant reads coerced forms; canonical values are read by the
        # variant they came from (no earlier one takes them).
        *first, last = [v for v in alternatives if kind(v) != "null"]
        options = st.one_of(
            [
                examples(v, "inner", lossless=lossless and v is last).filter(
                    _taken_by_none_of(first[:k])
                )
                for k, v in enumerate([*first, last])
            ]
        )
        if not nullable(alternatives):
            return options
        options |= st.none()
        dates = takes_dates(alternatives)
        if not lossless:  # a nullable union of dates reads null dates as None (not canonical)
            return options.filter(
                lambda v: not (dates and isinstance(v, str) and v.strip() in NULL_DATES)
            )
        nulls: list[Any] = ["", "0000-00-00 00:00:00"] if dates else []
        kinds = {kind(v) for v in alternatives}
        if "object" in kinds and "array" not in kinds:
            nulls.append([])
        if kinds & {"object", "array"} and "string" not in kinds:
            nulls.append("")
        return options | st.sampled_from(nulls) if nulls else options
    strategy: st.SearchStrategy[Any]
    coerced: list[Any] = []
    match kind(node):
        case _ if "const" in node:
            return st.just(node["const"])
        case "integer" if "enum" in node:  # open enums keep unknown values
            enum_ints = st.sampled_from(node["enum"]) | st.integers(-3, 99)
            return enum_ints | enum_ints.map(str) if lossless else enum_ints
        case _ if "enum" in node:
            return st.sampled_from(node["enum"]) | st.text(max_size=6)
        case "null":
            return st.none()
        case "boolean":
            strategy, coerced = st.booleans(), [0, 1, "0", "1", "true", "false"]
        case "integer":
            low, high = node.get("minimum"), node.get("maximum")
            ints = st.integers(
                None if low is None else math.ceil(low), None if high is None else math.floor(high)
            )
            strategy = ints
            if lossless:
                strategy |= ints.map(str) | ints.map(lambda i: f" {i} ")
                strategy |= ints.filter(lambda i: abs(i) < 2**53).map(float)
        case "number":
            low, high = node.get("minimum"), node.get("maximum")
            floats = st.floats(low, high, allow_nan=False, allow_infinity=False)
            strategy = floats | st.integers(
                -1000 if low is None else math.ceil(low), 1000 if high is None else math.floor(high)
            )
            if lossless:
                strategy = strategy | floats.map(repr)
        case "string" if node.get("format") == "date":
            strategy = _datetimes.map(lambda d: d.date().isoformat())
            if lossless:
                coerced = sorted(NULL_DATES) if where == "field" else []
        case "string" if node.get("format") == "date-time":
            strategy = _wire_dates
            if lossless:
                strategy = strategy | _iso_dates
                coerced = sorted(NULL_DATES) if where == "field" else []
        case "string" if "pattern" in node:
            strategy = st.from_regex(node["pattern"], fullmatch=True)
        case "string":
            strategy = st.text(max_size=8)
            if lossless:
                strategy = (
                    strategy | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                )
        case "array":
            items = examples(node.get("items", {}), "inner", lossless=lossless)
            strategy = st.lists(
                items, min_size=node.get("minItems", 0), max_size=min(node.get("maxItems", 3), 3)
            )
            coerced = [""] if where == "field" else []
        case "object":
            properties = node.get("properties", {})
            required = set(node.get("required", ()))
            if properties:
                optional = {
                    key: examples(value, lossless=lossless)
                    for key, value in properties.items()
                    if key not in required
                }
                present = {key: examples(properties[key], lossless=lossless) for key in required}
                sparse = st.fixed_dictionaries(
                    present, optional={**optional, UNKNOWN_KEY: _scalars}
                )
                dense = st.fixed_dictionaries({**present, **optional})  # deep paths are common
                strategy = sparse | dense
            else:  # free-form: whatever it holds is kept in additional_properties
                strategy = st.dictionaries(st.text(max_size=5), _scalars, max_size=3)
            coerced = ["", []] if where == "field" and not required else []
        case _:
            return _scalars
    if lossless and coerced:
        strategy = strategy | st.sampled_from(coerced)
    return strategy


# -- where a value can be substituted ------------------------------------------------------


@dataclass(frozen=True)
class Position:
    path: Path
    schema: Schema = field(compare=False, repr=False)
    where: Where
    required: bool

    @property
    def shape(self) -> tuple[int, bool]:
        """How deep, and whether a list item."""
        return len(self.path), isinstance(self.path[-1], int)


def render(path: Path) -> str:
    """A path as drift entries write it: `data.staff.api_id`, `data[3].id`, `meta`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def positions(schema: Schema, value: Any, envelope: frozenset[str]) -> Iterator[Position]:
    """The schema-declared positions in `value`: properties at any depth (not the envelope,
    not under additionalProperties) and items of lists that are a model's field."""

    def walk(schema: Schema, value: Any, path: Path, in_union: bool) -> Iterator[Position]:
        node = resolve(schema)
        alternatives = variants(node)
        if alternatives is not None:  # continue in the variant the value was read as
            for variant in alternatives:
                if (kind(variant) == "object" and isinstance(value, dict)) or (
                    kind(variant) == "array" and isinstance(value, list)
                ):
                    yield from walk(variant, value, path, True)
                    break
        elif kind(node) == "object" and isinstance(value, dict):
            required = set(node.get("required", ()))
            for key, sub in node.get("properties", {}).items():
                if key in value:
                    if path or key not in envelope:
                        yield Position((*path, key), resolve(sub), "field", key in required)
                    yield from walk(sub, value[key], (*path, key), False)
        elif kind(node) == "array" and isinstance(value, list):
            items = node.get("items", {})
            for index, item in enumerate(value):
                if not in_union:  # a union's list fails as a whole, not item by item
                    yield Position((*path, index), resolve(items), "inner", False)
                yield from walk(items, item, (*path, index), False)

    return walk(schema, value, (), False)


PROBES: Final[list[Any]] = [
    None, True, False, 0, 1, -7, 2.5, 1e20, "", " ", "abc", "12", "1.5", "true", "soon",
    "0000-00-00 00:00:00", "2024-01-02T03:04:05+0400", [], [1], ["x"], [None], [{}], [[]],
    {}, {"a": 1}, {"id": "x"},
    # Edges that once escaped as other exceptions or read as something else:
    "9999-12-31T24:00:00", "1e400", "nan", float("inf"), float("nan"), "\u0661\u0662", "1_000",
]  # fmt: skip


def wrong_values(position: Position) -> list[Any]:
    return [value for value in PROBES if not accepts(position.schema, value, position.where)]


DELETE: Final = object()


@dataclass(frozen=True)
class Change:
    position: Position
    value: Any  # DELETE: the key is removed

    @property
    def is_drift(self) -> bool:
        return self.value is not DELETE or self.position.required


def draw_changes(data: st.DataObject, candidates: list[Position]) -> list[Change]:
    """1-3 changes at disjoint positions: a wrong value, or a key deleted."""
    changes: list[Change] = []
    for _ in range(data.draw(st.integers(1, 3), label="how many")):
        free = [
            p
            for p in candidates
            if all(
                p.path[: len(c.position.path)] != c.position.path
                and c.position.path[: len(p.path)] != p.path
                for c in changes
            )
        ]
        if not free:
            break
        # Pick the depth and whether an item first, so deep paths and items are not rare.
        shapes = sorted({p.shape for p in free})
        shape = data.draw(st.sampled_from(shapes), label="shape")
        position = data.draw(
            st.sampled_from([p for p in free if p.shape == shape]), label="position"
        )
        wrong = wrong_values(position)
        actions = (["substitute"] * 3 if wrong else []) + (
            ["delete"] if position.where == "field" else []
        )
        if not actions:
            continue
        if data.draw(st.sampled_from(actions), label="action") == "delete":
            changes.append(Change(position, DELETE))
            continue
        value = data.draw(json_values | st.sampled_from(wrong), label="value")
        if accepts(position.schema, value, position.where):
            value = data.draw(st.sampled_from(wrong), label="wrong value")
        changes.append(Change(position, value))
    return changes


def changed(example: Any, changes: list[Change]) -> Any:
    """The example with the changes made (paths are disjoint, so indices stay put)."""
    body = copy.deepcopy(example)
    for change in changes:
        *parents, last = change.position.path
        parent = body
        for part in parents:
            parent = parent[part]
        if change.value is DELETE:
            del parent[last]
        else:
            parent[last] = change.value
    return body


_GONE: Final = object()


def expected_dict(baseline: dict[str, Any], changes: list[Change]) -> Any:
    """What to_dict() gives after the changes: the valid example's to_dict() without the
    changed positions (a required one holds its stand-in; a list item is left out)."""
    result = copy.deepcopy(baseline)
    for change in changes:
        *parents, last = change.position.path
        parent: Any = result
        for part in parents:
            parent = parent[part]
        if isinstance(last, int):
            parent[last] = _GONE
        elif change.position.required:
            parent[last] = stand_in(change.position.schema)
        else:
            parent.pop(last, None)

    def drop_gone(value: Any) -> Any:
        if isinstance(value, list):
            return [drop_gone(item) for item in value if item is not _GONE]
        if isinstance(value, dict):
            return {key: drop_gone(item) for key, item in value.items()}
        return value

    return drop_gone(result)


def typed_at(model: Any, path: Path) -> Any:
    """The attribute of a parsed model at a path of names (`type` is the attribute `type_`)."""
    value = model
    for name in map(str, path):
        names = {attribute.name for attribute in attrs.fields(type(value))}
        value = getattr(value, name if name in names else f"{name}_")
    return value


def same_json(one: Any, other: Any) -> bool:
    """Equal as JSON (so True is not 1 and "1" is not 1)."""
    return json.dumps(one, sort_keys=True) == json.dumps(other, sort_keys=True)


def lookup(body: Any, path: str) -> Any:
    """The value at a drift path (`data[2].title`) in a JSON body."""
    value = body
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        value = value[int(index)] if index else value[name]
    return value


# -- the targets: webhook payloads and success responses ------------------------------------


class _Answer:
    """A MockTransport handler answering with whatever body the test set."""

    status = 200
    body = b"{}"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.body)


ANSWER: Final = _Answer()
CLIENT: Final = AltegioClient(
    partner_token="partner-secret",
    user_token="user-secret",
    rate_limits=None,
    max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(ANSWER)),
)


@dataclass(frozen=True)
class Target:
    name: str
    schema: Schema = field(repr=False)
    model: type[Any] = field(repr=False)
    envelope: frozenset[str]
    resource: str = ""  # webhooks
    status: int = 0  # responses
    module: ModuleType | None = field(default=None, repr=False)
    call: Callable[[AltegioClient], Any] | None = field(default=None, repr=False)

    @property
    def is_webhook(self) -> bool:
        return self.module is None

    def envelope_values(self, data: st.DataObject) -> dict[str, Any]:
        if self.is_webhook:
            ids = st.integers(1, 2**40)
            return {
                "company_id": data.draw(ids, label="company_id"),
                "resource": self.resource,
                "resource_id": data.draw(ids, label="resource_id"),
                "status": data.draw(st.sampled_from(STATUSES), label="status"),
            }
        return {"success": True}

    def parse(self, body: Any) -> Any:
        """Lenient: webhooks.parse_event, or the endpoint's generated parser."""
        content = json.dumps(body).encode()
        if self.module is None:
            return webhooks.parse_event(content)
        return self.module._parse_response(httpx.Response(self.status, content=content))

    def parse_with_client(self, body: Any, *, strict: bool) -> Any:
        """Strict or not: webhooks.parse_event(strict=...) for webhooks; for responses,
        through AltegioClient.with_options(strict=...): a real call over a MockTransport
        where the operation's arguments are simple, else the endpoint's _build_response
        with the client (what a call does once the body has arrived)."""
        content = json.dumps(body).encode()
        if self.module is None:
            return webhooks.parse_event(content, strict=strict)
        client = CLIENT.with_options(strict=strict)
        if self.call is not None:
            ANSWER.status, ANSWER.body = self.status, content
            return self.call(client)
        request = httpx.Request("POST", "https://api.alteg.io/api/v1/x")
        response = httpx.Response(self.status, content=content, request=request)
        return self.module._build_response(client._client, response).parsed

    @property
    def error(self) -> type[Exception]:
        return errors.InvalidWebhookError if self.is_webhook else errors.ResponseValidationError


def _webhook_targets() -> list[Target]:
    schemas = SPEC["components"]["schemas"]
    return [
        Target(f"{resource} event", schemas[model.__name__], model, EVENT_ENVELOPE, resource)
        for resource, model in sorted(PAYLOAD_BY_RESOURCE.items())
    ]


def _module(operation_id: str) -> ModuleType:
    for tag in pkgutil.iter_modules(api.__path__):
        try:
            name = OPERATIONS[operation_id].python_name
            return importlib.import_module(f"{api.__name__}.{tag.name}.{name}")
        except ModuleNotFoundError:
            continue
    raise LookupError(operation_id)


def _caller(module: ModuleType) -> Callable[[AltegioClient], Any] | None:
    """client.<tag>.<operation>(1, ...) for an operation whose required arguments are
    numbers or strings (any value does: the transport answers the same); None otherwise
    (a request body)."""
    tag, operation_id = module.__name__.split(".")[-2:]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.annotation not in (int, float, str):
            return None
        value = parameter.annotation(1)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)

    def call(client: AltegioClient) -> Any:
        result = getattr(getattr(client, tag), operation_id)(*args, **kwargs)
        return result.body if isinstance(result, Page) else result  # a paginated call

    return call


def _response_targets() -> list[Target]:
    targets = []
    for methods in SPEC["paths"].values():
        for operation in methods.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            module = _module(operation["operationId"])
            returns = typing.get_type_hints(module._parse_response)["return"]
            models = [m for m in typing.get_args(returns) or (returns,) if m is not NoneType]
            for code, response in operation.get("responses", {}).items():
                content = resolve(response).get("content", {}).get("application/json")
                if not str(code).isdigit() or not 200 <= int(code) < 300 or not content:
                    continue
                [model] = [m for m in models if m.__name__.endswith(f"Response{code}")] or models
                targets.append(
                    Target(
                        f"{operation['operationId']} {code}",
                        content["schema"],
                        model,
                        RESPONSE_ENVELOPE,
                        status=int(code),
                        module=module,
                        call=_caller(module),
                    )
                )
    return targets


WEBHOOK_TARGETS: Final = _webhook_targets()
RESPONSE_TARGETS: Final = _response_targets()
TARGETS: Final = WEBHOOK_TARGETS + RESPONSE_TARGETS
_STRATEGIES: dict[tuple[str, bool], st.SearchStrategy[Any]] = {}


def draw_example(data: st.DataObject, target: Target, *, lossless: bool) -> dict[str, Any]:
    key = (target.name, lossless)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = examples(target.schema, "inner", lossless=lossless)
    example: dict[str, Any] = data.draw(_STRATEGIES[key], label="example")
    return {**example, **target.envelope_values(data)}


def has_positions(target: Target) -> bool:
    properties = resolve(target.schema).get("properties", {})
    return any(key not in target.envelope for key in properties)


# -- the properties -------------------------------------------------------------------------


def test_every_payload_and_success_response_is_a_target() -> None:
    assert len(WEBHOOK_TARGETS) == len(PAYLOAD_BY_RESOURCE)
    assert len({t.model for t in WEBHOOK_TARGETS}) == 11
    assert {t.name.split()[0] for t in RESPONSE_TARGETS} >= {
        "get_country_list",
        "list_voip_calls",
        "get_marketplace_integration_status",
    }
    assert all(isinstance(t.model, type) for t in TARGETS)


@budget(300)
@given(data=st.data(), target=st.sampled_from(TARGETS), lossless=st.booleans())
def test_a_valid_example_parses_without_drift(
    data: st.DataObject, target: Target, lossless: bool
) -> None:
    example = draw_example(data, target, lossless=lossless)
    parsed = target.parse(example)
    assert type(parsed) is target.model
    assert parsed.drift == (), [str(entry) for entry in parsed.drift]
    assert model_conforms(parsed)
    if not lossless:  # canonical values read back unchanged
        assert same_json(parsed.to_dict(), example)
    strict = target.parse_with_client(example, strict=True)
    assert same_json(strict.to_dict(), parsed.to_dict())


@budget(800)
@given(
    data=st.data(),
    target=st.sampled_from([t for t in TARGETS if has_positions(t)]),
    lossless=st.booleans(),
)
def test_wrong_values_at_random_paths_are_drift_at_exactly_those_paths(
    data: st.DataObject, target: Target, lossless: bool
) -> None:
    example = draw_example(data, target, lossless=lossless)
    candidates = [
        p
        for p in positions(target.schema, example, target.envelope)
        if not p.required or has_stand_in(p.schema)
    ]
    changes = draw_changes(data, candidates)
    for change in changes:  # see --hypothesis-show-statistics
        *_, last = change.position.path
        what = "an item" if isinstance(last, int) else "a field"
        action = "delete" if change.value is DELETE else "substitute"
        event(f"{action} {what} at depth {len(change.position.path)}")
    body = changed(example, changes)
    expected = {render(c.position.path): c for c in changes if c.is_drift}

    baseline = target.parse(example)
    assert baseline.drift == ()
    # Lenient: never raises; a typed result; drift at exactly the changed paths.
    parsed = target.parse(body)
    assert type(parsed) is target.model
    entries = {entry.path: entry for entry in parsed.drift}
    assert len(entries) == len(parsed.drift), [str(entry) for entry in parsed.drift]
    assert entries.keys() == expected.keys(), [str(entry) for entry in parsed.drift]
    for path, change in expected.items():
        if change.value is DELETE:
            assert entries[path].value is drift.MISSING
        else:
            assert same_json(entries[path].value, change.value), str(entries[path])
    # What did not fit is UNSET (or its stand-in), never a wrong type; the rest is kept.
    assert model_conforms(parsed)
    for change in changes:
        if not any(isinstance(part, int) for part in change.position.path):
            typed = typed_at(parsed, change.position.path)
            if change.position.required:
                assert typed is None or typed == [] or typed.to_dict() == {}, typed
            else:
                assert isinstance(typed, Unset), typed
    assert same_json(parsed.to_dict(), expected_dict(baseline.to_dict(), changes))
    assert [e.path for e in target.parse_with_client(body, strict=False).drift] == [
        e.path for e in parsed.drift
    ]
    # Strict: the typed error naming every path.
    if not expected:
        assert same_json(target.parse_with_client(body, strict=True).to_dict(), parsed.to_dict())
        return
    with pytest.raises(target.error) as caught:
        target.parse_with_client(body, strict=True)
    error: Any = caught.value
    assert {entry.path for entry in error.drift} == expected.keys()
    for path in expected:
        assert f"{path}: expected " in str(error)


#: Any JSON under the top-level keys: `data`, `meta`, other declared names, anything.
_top_level = st.builds(
    lambda declared, others: {**others, **declared},
    st.fixed_dictionaries({}, optional={"data": json_values, "meta": json_values}),
    st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), json_values, max_size=5),
)


def _check_any_body(target: Target, body: dict[str, Any]) -> None:
    try:
        parsed = target.parse_with_client(body, strict=False)
    except target.error:
        with pytest.raises(target.error):
            target.parse_with_client(body, strict=True)
        return
    assert type(parsed) is target.model
    assert model_conforms(parsed)
    for entry in parsed.drift:  # each entry locates the raw value that came
        if entry.value is not drift.MISSING:
            assert same_json(lookup(body, entry.path), entry.value), str(entry)
    if not parsed.drift:
        target.parse_with_client(body, strict=True)
        return
    with pytest.raises(target.error) as caught:
        target.parse_with_client(body, strict=True)
    error: Any = caught.value
    assert [entry.path for entry in error.drift] == [entry.path for entry in parsed.drift]


@budget(300)
@given(data=st.data(), target=st.sampled_from(WEBHOOK_TARGETS), extra=_top_level)
def test_any_json_in_a_valid_event_envelope_is_an_event_or_the_typed_error(
    data: st.DataObject, target: Target, extra: dict[str, Any]
) -> None:
    _check_any_body(target, {**extra, **target.envelope_values(data)})


@budget(300)
@given(data=st.data(), target=st.sampled_from(RESPONSE_TARGETS), extra=_top_level)
def test_any_json_in_a_success_envelope_is_a_model_or_the_typed_error(
    data: st.DataObject, target: Target, extra: dict[str, Any]
) -> None:
    _check_any_body(target, {**extra, **target.envelope_values(data)})


# -- a regression the properties found ----------------------------------------------------


def test_a_boolean_at_an_integer_enum_is_drift() -> None:
    """Python takes True for 1: an open IntEnum would read `true` as its member 1."""
    body = {"company_id": 1, "resource": "client", "resource_id": 2, "status": "update"}
    parsed = webhooks.parse_event({**body, "data": {"sex_id": True}})
    assert [(entry.path, entry.value) for entry in parsed.drift] == [("data.sex_id", True)]
