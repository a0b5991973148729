"""The rewritten from_dict against the previous one (issue 14, "Parsing at the speed limit").

The previous behaviour is built at test time: today's openapi.yaml and overrides/ with the
templates the rewrite replaced (REWRITTEN) as they were at REFERENCE_COMMIT (kept in
tests/fixtures/differential/, so that a shallow clone builds it too), through the real
build, imported as `altegio_reference` (see build_reference for why not generated/ of that
commit). On hypothesis-generated bodies, both packages must give the same outcome:

- every model's `from_dict`, on valid bodies (canonical and with the lossless coercions),
  bodies with wrong values or deleted keys at random paths, arbitrary JSON objects over the
  model's keys and values that are not objects at all (also as a non-dict Mapping);
- `webhooks.parse_event`, leniently and strictly, on events (as bytes and as a dict);
- each endpoint's `_parse_response` on response bodies (bytes), with the msgspec decoder
  and with the standard library's (the new `_json` forced to json.loads).

"The same" is `differences()`: both raise the same exception class with the same message
(and the same drift), or both return values that are equal attribute by attribute, with
the same types (models and enums by their class name: the classes of the two packages
differ), UNSET for UNSET, the same `drift` entries and `additional_properties`, and the
same to_dict(). Known differences would be strict xfails named REGRESSION, so that the rest
runs and a fix turns them into failures to remove.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib
import json
import re
import shutil
import sys
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType, ModuleType, NoneType, UnionType
from typing import Any, Final, Literal

import attrs
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName, PythonIdentifier

import tests.test_drift_properties as props
from altegio_devtools import _json, models, webhooks
from altegio_devtools.types import Unset
from generator.pipeline.build import build
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout
from generator.pipeline.names import load_names
from tests.conftest import ROOT
from tests.test_properties import json_values

#: The last commit before the from_dict rewrite of issue 14: the templates it rewrote are
#: taken from there ("the previous behaviour"). Pinned so that later commits (the rewrite
#: itself included) cannot move the baseline.
REFERENCE_COMMIT: Final = "5b3bc99c12132a8e8ba937437469aed678416a89"
#: Those templates, copied out of that commit: CI checks out one commit (`--depth 1`), with
#: no history to read them from.
BASELINE: Final = ROOT / "tests" / "fixtures" / "differential"
#: Their SHA-256 as at REFERENCE_COMMIT (`git show <commit>:<path> | sha256sum`): an edit
#: to the baseline fails test_the_baseline_is_the_pinned_commits_templates.
BASELINE_SHA256: Final = {
    "model.py.jinja": "893ac001818016396dcb615ac128287c3a2629c02bd667398c6ff7953066a9b6",
    "endpoint_module.py.jinja": "ddbb389a0b9884da159d3e7cbfeeb3e0bf3d39e659aba4fd5f320da00111aca4",
    "model_property.py.jinja": "e0a2233c4fd49d524aac8c771603d687a651aec4d4529f8cbe5dbe63a1f528dd",
}
#: What the rewrite replaced: from_dict (and the endpoints' decoding of the body).
REWRITTEN: Final = (
    "overrides/templates/model.py.jinja",
    "overrides/templates/endpoint_module.py.jinja",
    "overrides/templates/property_templates/model_property.py.jinja",
)
#: What the rewrite added, which the previous templates do not use. (_json.py stays: today's
#: client decodes success bodies with it, for the previous templates as for the new.)
ADDED: Final = ("overrides/runtime/_read.py",)
REFERENCE: Final = "altegio_reference"
#: overrides/names.yaml: operationId -> method, generated class name -> model name.
NAMES: Final = load_names(ROOT / "overrides" / "names.yaml")
PACKAGES: Final = ("altegio_devtools", REFERENCE)

Schema = dict[str, Any]
Decoder = Literal["msgspec", "stdlib"]
DECODERS: Final[list[Decoder]] = ["msgspec", "stdlib"]


# -- the reference package: the previous templates, built from today's overrides -------------


def _at_reference_commit(path: str) -> bytes:
    """A REWRITTEN template as it was at REFERENCE_COMMIT (from BASELINE)."""
    return (BASELINE / Path(path).name).read_bytes()


def build_reference(directory: Path) -> ModuleType:
    """The package the build makes from today's openapi.yaml and overrides/ with REWRITTEN
    as they were at REFERENCE_COMMIT, imported as `altegio_reference`.

    Not generated/ of that commit: the rest of overrides/ (the coercions of _coerce.py, the
    union template, ...) moves on with deliberate changes of its own, which that snapshot
    would report as differences. Built this way, both packages share them, and what
    differs is the rewrite alone."""
    root = directory / "repo"
    shutil.copytree(
        ROOT / "overrides", root / "overrides", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    for path in REWRITTEN:
        (root / path).write_bytes(_at_reference_commit(path))
    # Since issue 16 the endpoint modules are named by Python name (overrides/names.yaml),
    # and OPERATIONS stays keyed by operationId: look the operation up the new way.
    endpoint_template = root / REWRITTEN[1]
    endpoint_template.write_text(
        endpoint_template.read_text(encoding="utf-8")
        .replace("import OPERATIONS\n", "import BY_PYTHON_NAME\n")
        .replace('OPERATIONS["{{ endpoint.name }}"]', 'BY_PYTHON_NAME["{{ endpoint.name }}"]')
        # Since issue 23 the parameters' annotations take the values users have (Decimal
        # amounts, date-times, literals: altegio_macros' request inputs).
        .replace(
            "from typing import Any, cast\n",
            "import datetime\nfrom decimal import Decimal\nfrom typing import Any, Literal, cast\n",
        ),
        encoding="utf-8",
    )
    for path in ADDED:
        (root / path).unlink(missing_ok=True)
    try:
        build(Layout.of(root), root / "generated")
    except BuildError as error:
        pytest.fail(
            f"the templates of {REFERENCE_COMMIT[:7]} no longer build: {error}", pytrace=False
        )
    package = directory / REFERENCE
    (root / "generated" / PACKAGES[0]).rename(package)
    # The generated code and the runtime import each other relatively; an absolute import
    # would load the new package into the reference, so rewrite any (docstrings included).
    absolute = re.compile(r"^(\s*)(from|import) altegio_devtools\b", re.MULTILINE)
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if absolute.search(text):
            source.write_text(absolute.sub(rf"\1\2 {REFERENCE}", text), encoding="utf-8")
    sys.path.insert(0, str(directory))
    try:
        for module in ("models", "webhooks", "api"):
            importlib.import_module(f"{REFERENCE}.{module}")
        return importlib.import_module(REFERENCE)
    finally:
        sys.path.remove(str(directory))


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    package = build_reference(tmp_path_factory.mktemp("reference"))
    yield package
    for name in [m for m in sys.modules if m == REFERENCE or m.startswith(f"{REFERENCE}.")]:
        del sys.modules[name]


def counterpart(reference: ModuleType, module: ModuleType) -> ModuleType:
    """The reference's module of the same name (`altegio_reference.api.voip.list_calls`)."""
    return importlib.import_module(REFERENCE + module.__name__.removeprefix(PACKAGES[0]))


# -- comparing outcomes ----------------------------------------------------------------------


def kind_of(value: object) -> str:
    """A value's class, the package's own classes named relative to their package."""
    cls = type(value)
    for package in PACKAGES:
        if cls.__module__ == package or cls.__module__.startswith(f"{package}."):
            return f"<package>{cls.__module__.removeprefix(package)}.{cls.__qualname__}"
    return f"{cls.__module__}.{cls.__qualname__}"


def differences(new: Any, old: Any, at: str = "$") -> list[str]:
    """Where `new` and `old` differ (empty: equal, with the same types all the way down)."""
    if kind_of(new) != kind_of(old):
        return [f"{at}: {kind_of(new)} {new!r:.200} != {kind_of(old)} {old!r:.200}"]
    found: list[str] = []
    if isinstance(new, BaseException):
        if str(new) != str(old):
            found.append(f"{at}: message {str(new)!r:.300} != {str(old)!r:.300}")
        for name in ("drift", "entries"):
            if hasattr(new, name) or hasattr(old, name):
                found += differences(getattr(new, name, None), getattr(old, name, None), at)
        return found + differences(new.__cause__, old.__cause__, f"{at}.__cause__")
    pairs: list[tuple[str, Any, Any]] = []
    if attrs.has(type(new)):  # every field: drift and additional_properties too
        pairs = [
            (f".{f.name}", getattr(new, f.name), getattr(old, f.name))
            for f in attrs.fields(type(new))
        ]
    elif dataclasses.is_dataclass(new):  # Drift entries, UnknownEvent
        pairs = [
            (f".{f.name}", getattr(new, f.name), getattr(old, f.name))
            for f in dataclasses.fields(new)
        ]
    elif isinstance(new, enum.Enum):
        pairs = [(".value", new.value, old.value)]
    elif isinstance(new, list | tuple):
        if len(new) != len(old):
            return [f"{at}: {len(new)} items != {len(old)}: {new!r:.200} != {old!r:.200}"]
        pairs = [
            (f"[{i}]", one, other) for i, (one, other) in enumerate(zip(new, old, strict=True))
        ]
    elif isinstance(new, dict):
        if list(new) != list(old):
            return [f"{at}: keys {list(new)} != {list(old)}"]
        pairs = [(f"[{key!r}]", new[key], old[key]) for key in new]
    else:
        # Scalars, dates and the packages' sentinels (UNSET, MISSING: equal only to
        # themselves): repr tells -0.0 from 0.0, NaN from NaN, an aware date from a naive one.
        sentinel = kind_of(new).startswith("<package>")
        if repr(new) == repr(old) and (sentinel or new != new or new == old):
            return []
        return [f"{at}: {new!r:.200} != {old!r:.200}"]
    for where, one, other in pairs:
        found += differences(one, other, at + where)
    return found


def outcome(function: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[str, Any]:
    try:
        return "returned", function(*args, **kwargs)
    except Exception as error:  # the error is the outcome
        return "raised", error


def check_same(
    new: Callable[..., Any], old: Callable[..., Any], body: Any, *args: Any, **kwargs: Any
) -> None:
    """`new(*args, **kwargs)` and `old(...)` agree on everything, to_dict() included."""
    one, other = outcome(new, *args, **kwargs), outcome(old, *args, **kwargs)
    found = differences(one, other)
    if not found and one[0] == "returned" and hasattr(one[1], "to_dict"):
        found = differences(outcome(one[1].to_dict), outcome(other[1].to_dict), "$.to_dict()")
    assert not found, (
        f"the rewrite differs from {REFERENCE_COMMIT[:7]} on {body!r:.600}:\n"
        + "\n".join(found[:20])
    )


# -- the models and the schemas they are read from ------------------------------------------

MODEL_NAMESPACE: Final[dict[str, Any]] = {name: getattr(models, name) for name in models.__all__}
MODEL_NAMES: Final = sorted(name for name, cls in MODEL_NAMESPACE.items() if attrs.has(cls))
FIELD_PREFIX: Final = "field_"  # openapi-python-client's default


def _hints(owner: Any) -> dict[str, Any]:
    module = sys.modules[owner.__module__]
    return typing.get_type_hints(owner, globalns=vars(module), localns=MODEL_NAMESPACE)


def _alternatives(hint: Any) -> list[Any]:
    """The types of a union annotation, without Unset and None."""
    if typing.get_origin(hint) in (typing.Union, UnionType):
        return [t for arg in typing.get_args(hint) for t in _alternatives(arg)]
    return [] if hint in (Unset, NoneType) else [hint]


def _field_names(cls: type[Any]) -> frozenset[str]:
    return frozenset(f.name for f in attrs.fields(cls)) - {"additional_properties", "drift"}


def _map_model(schema: Schema, cls: type[Any], found: dict[str, Schema]) -> None:
    node = props.resolve(schema)
    if cls.__name__ in found:
        return
    found[cls.__name__] = node
    hints = _hints(cls)
    for key, sub in node.get("properties", {}).items():
        _map_value(sub, hints[str(PythonIdentifier(key, FIELD_PREFIX))], found)


def _map_value(schema: Schema, hint: Any, found: dict[str, Schema]) -> None:
    """Follow a property's schema and its annotation to the models under it."""
    node = props.resolve(schema)
    alternatives = props.variants(node) or [node]
    types = _alternatives(hint)
    classes = [t for t in types if attrs.has(t)]
    items = [typing.get_args(t)[0] for t in types if typing.get_origin(t) is list]
    objects = [v for v in alternatives if props.kind(v) == "object"]
    arrays = [v for v in alternatives if props.kind(v) == "array"]
    for variant in objects:  # told apart by their fields; a lone one is the lone class
        keys = {str(PythonIdentifier(k, FIELD_PREFIX)) for k in variant.get("properties", {})}
        matching = [c for c in classes if _field_names(c) == keys]
        if len(matching) != 1 and len(classes) == len(objects) == 1:
            matching = classes
        if len(matching) == 1:
            _map_model(variant, matching[0], found)
    if len(arrays) == len(items):
        for variant, item in zip(arrays, items, strict=True):
            _map_value(variant.get("items", {}), item, found)


def _model_schemas() -> dict[str, Schema]:
    """The schema each model is read from: from the webhook payloads and success responses
    of test_drift_properties, the component schemas, request bodies and error responses."""
    found: dict[str, Schema] = {}
    for target in props.TARGETS:
        _map_model(target.schema, target.model, found)
    for name, schema in props.SPEC["components"]["schemas"].items():
        generated = str(ClassName(name, FIELD_PREFIX))
        cls = MODEL_NAMESPACE.get(NAMES.models.get(generated, generated))
        if cls is not None and attrs.has(cls):
            _map_model(schema, cls, found)
    for methods in props.SPEC["paths"].values():
        for operation in methods.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            module = props._module(operation["operationId"])
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                _map_value(body["schema"], _hints(module.sync)["body"], found)
            prefix = ClassName(NAMES.python_name(operation["operationId"]), FIELD_PREFIX)
            for code, response in operation.get("responses", {}).items():
                content = props.resolve(response).get("content", {}).get("application/json")
                generated = f"{prefix}Response{code}"
                cls = MODEL_NAMESPACE.get(NAMES.models.get(generated, generated))
                if content and cls is not None and attrs.has(cls):
                    _map_model(content["schema"], cls, found)
    return found


MODEL_SCHEMAS: Final = _model_schemas()


# -- bodies ----------------------------------------------------------------------------------

_ANY_OBJECT: dict[str, st.SearchStrategy[Any]] = {}
_EXAMPLES: dict[tuple[str, bool], st.SearchStrategy[Any]] = {}


def _keys(name: str) -> list[str]:
    schema = MODEL_SCHEMAS.get(name)
    if schema is not None:
        return sorted(schema.get("properties", {}))
    module = sys.modules[MODEL_NAMESPACE[name].__module__]
    return sorted(getattr(module, "_KNOWN_KEYS", _field_names(MODEL_NAMESPACE[name])))


def model_body(data: st.DataObject, name: str) -> Any:
    """A body for a model: valid (canonical or coerced), drifted at random paths, any JSON
    object over the model's keys, or no object at all."""
    schema = MODEL_SCHEMAS.get(name)
    kinds = ["valid", "drifted"] if schema else []
    kinds += ["any object", "no object"]
    kind = data.draw(st.sampled_from(kinds), label="kind")
    if kind == "no object":
        return data.draw(json_values.filter(lambda v: not isinstance(v, dict)), label="body")
    if kind == "any object":
        if name not in _ANY_OBJECT:
            keys = st.sampled_from(_keys(name) or ["id"]) | st.text(max_size=6)
            _ANY_OBJECT[name] = st.dictionaries(keys, json_values, max_size=8)
        body = data.draw(_ANY_OBJECT[name], label="body")
    else:
        assert schema is not None
        key = (name, data.draw(st.booleans(), label="lossless"))
        if key not in _EXAMPLES:
            _EXAMPLES[key] = props.examples(schema, "inner", lossless=key[1])
        body = data.draw(_EXAMPLES[key], label="example")
        if kind == "drifted" and isinstance(body, dict):
            candidates = list(props.positions(schema, body, frozenset()))
            body = props.changed(body, props.draw_changes(data, candidates))
    if data.draw(st.integers(0, 9), label="as a Mapping") == 0:  # from_dict takes a Mapping
        return MappingProxyType(body)
    return body


def target_body(data: st.DataObject, target: props.Target) -> Any:
    """An event or a response: valid, drifted, any JSON in the envelope, or any JSON."""
    kind = data.draw(st.sampled_from(["valid", "drifted", "any in envelope", "any"]))
    if kind == "any":
        return data.draw(json_values, label="body")
    if kind == "any in envelope":
        extra = data.draw(props._top_level, label="extra")
        return {**extra, **target.envelope_values(data)}
    example = props.draw_example(data, target, lossless=data.draw(st.booleans(), label="lossless"))
    if kind == "drifted":
        candidates = list(props.positions(target.schema, example, target.envelope))
        example = props.changed(example, props.draw_changes(data, candidates))
    return example


def encode(data: st.DataObject, body: Any) -> bytes:
    """JSON text as a server may send it: ASCII-escaped or not, with a BOM, in UTF-16."""
    form = data.draw(st.sampled_from(["ascii", "utf-8", "utf-8-sig", "utf-16"]), label="form")
    text = json.dumps(body, ensure_ascii=form == "ascii")
    return text.encode("utf-8" if form == "ascii" else form)


@contextmanager
def decoding_with(decoder: Decoder) -> Iterator[None]:
    """The new package's `_json` with msgspec, or forced to json.loads."""
    saved = _json._decode, _json._refused, _json._looked
    try:
        if decoder == "stdlib":
            _json._decode, _json._looked = None, True
        elif not _json.speedups_enabled():
            pytest.skip("msgspec is not installed (pip install altegio-devtools[speedups])")
        yield
    finally:
        _json._decode, _json._refused, _json._looked = saved


def answer(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content)


# -- the properties --------------------------------------------------------------------------


def test_the_reference_is_the_previous_generation(reference: ModuleType) -> None:
    assert reference.__file__ is not None and REFERENCE in reference.__file__
    package = Path(reference.__file__).parent
    assert not (package / "_read.py").exists()
    endpoint = (package / "api" / "dictionaries" / "list_countries.py").read_text("utf-8")
    assert "response.json()" in endpoint, "not the previous endpoint template"
    model = (package / "models" / "client_event_data.py").read_text("utf-8")
    assert "d = dict(src_dict)" in model, "not the previous model template"
    missing = sorted(set(reference.models.__all__) - set(models.__all__))
    assert not missing, f"models of {REFERENCE_COMMIT[:7]} that are gone: {missing}"
    assert len(MODEL_NAMES) > 100


def test_the_baseline_is_the_pinned_commits_templates() -> None:
    digests = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in BASELINE.iterdir()
    }
    assert digests == BASELINE_SHA256
    assert sorted(Path(path).name for path in REWRITTEN) == sorted(BASELINE_SHA256)


def test_every_model_has_a_schema_to_draw_valid_bodies_from() -> None:
    """Else _model_schemas misses a root: the model gets only arbitrary objects."""
    assert sorted(set(MODEL_NAMES) - MODEL_SCHEMAS.keys()) == []


@pytest.mark.parametrize("name", MODEL_NAMES)
@props.budget(12)
@given(data=st.data())
def test_from_dict_agrees_with_the_reference(
    reference: ModuleType, name: str, data: st.DataObject
) -> None:
    body = model_body(data, name)
    new, old = MODEL_NAMESPACE[name], getattr(reference.models, name)
    check_same(new.from_dict, old.from_dict, body, body)


@props.budget(300)
@given(data=st.data())
def test_parse_event_agrees_with_the_reference(reference: ModuleType, data: st.DataObject) -> None:
    target = data.draw(st.sampled_from(props.WEBHOOK_TARGETS), label="target")
    body = target_body(data, target)
    # parse_event takes the raw bytes or the decoded object.
    given_as = encode(data, body) if data.draw(st.booleans(), label="bytes") else body
    for strict in (False, True):
        check_same(
            webhooks.parse_event, reference.webhooks.parse_event, body, given_as, strict=strict
        )


@pytest.mark.parametrize("decoder", DECODERS)
@props.budget(200)
@given(data=st.data())
def test_parse_response_agrees_with_the_reference(
    reference: ModuleType, decoder: Decoder, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from(props.RESPONSE_TARGETS), label="target")
    assert target.module is not None
    if data.draw(st.integers(0, 9), label="raw bytes") == 0:
        content = data.draw(st.binary(max_size=40), label="content")
        body: Any = content
    else:
        body = target_body(data, target)
        content = encode(data, body)
    # The documented status, or another success status (read as the documented one).
    status = data.draw(st.sampled_from([target.status, 203]), label="status")
    old = counterpart(reference, target.module)._parse_response
    with decoding_with(decoder):
        check_same(target.module._parse_response, old, body, answer(status, content))


# -- the decoders at their edges -------------------------------------------------------------

_DEEP: Final = 3000  # deeper than either decoder goes

#: Bodies where msgspec and json.loads part ways (the new _json must hide it), and what
#: the rewrite does with them (`{"success": true, "meta": ...}` around each value).
DECODER_EDGES: Final[dict[str, bytes]] = {
    "NaN": b"NaN",
    "Infinity": b"-Infinity",
    "out-of-range float": b"1e400",
    "tiny float": b"1e-400",
    "big integer": b"123456789012345678901234567890",
    "escaped lone surrogate": b'"\\ud800"',
    "escaped surrogate pair": b'"\\ud83d\\ude00"',
    "utf-8 lone surrogate": b'"\xed\xa0\x80"',
    "invalid utf-8": b'"\xff"',
    "control character": b'"a\x01b"',
    "repeated key": b'{"a": 1, "a": 2}',
    "too deep": b"[" * _DEEP + b"]" * _DEEP,
}


def _edge_cases() -> Iterator[Any]:
    for decoder in DECODERS:
        for name, value in DECODER_EDGES.items():
            yield pytest.param(decoder, value, id=f"{decoder}-{name}")


@pytest.mark.parametrize(("decoder", "value"), list(_edge_cases()))
def test_decoding_edge_cases_agree_with_the_reference(
    reference: ModuleType, decoder: Decoder, value: bytes
) -> None:
    target = props.RESPONSE_TARGETS[0]
    assert target.module is not None
    old = counterpart(reference, target.module)._parse_response
    prefixes = (b'{"success": true, "meta": ', b'\xef\xbb\xbf{"success": true, "meta": ')
    with decoding_with(decoder):
        for content in (prefix + value + b"}" for prefix in prefixes):
            check_same(target.module._parse_response, old, content, answer(200, content))
