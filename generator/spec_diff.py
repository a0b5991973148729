"""`python -m generator.spec_diff [OLD] [NEW] [--report-only] [--markdown F] [--json F]`: what
changed in the API.

Compares two OpenAPI descriptions and prints a Markdown changelog for a pull request, one
section per operation, each entry marked **breaking** when code written against the generated
client may stop working. OLD and NEW are each a file path or a git ref (whose openapi.yaml is
read); the defaults are openapi.yaml at HEAD and in the working tree. The Markdown goes to
standard output and, with --markdown, to a file; --json writes the same changelog as data
(`breaking`, `other`, and `changes`: operation, operation_id, location, message, breaking).

Exit status: 1 when something is breaking, 0 otherwise (always 0 with --report-only), 2 when a
description cannot be read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from generator.errors import BuildError
from generator.yaml_io import load_yaml, parse_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON = "application/json"

Schema = Mapping[str, Any]
Direction = Literal["request", "response"]
"""Who reads the data: the API (a request) or the client (a response, a webhook payload)."""
Finding = tuple[str, str, bool]
"""(location, message, breaking) inside one operation."""


@dataclass(frozen=True)
class Change:
    """One entry of the changelog."""

    operation: str  # "GET /path", "webhook POST Name", or "" for the API as a whole
    location: str  # e.g. "query parameter page", "response 200 data[].id"; "" for the operation
    message: str
    breaking: bool
    operation_id: str = ""


@dataclass(frozen=True)
class _Operation:
    operation: Schema
    path_item: Schema
    webhook: bool

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId") or "")


@dataclass(frozen=True)
class _Specs:
    """Both descriptions, so that `$ref`s resolve against the side they come from."""

    old: Schema
    new: Schema


# --- loading -------------------------------------------------------------------------------


def load_description(source: str, root: Path = ROOT) -> dict[str, Any]:
    """An existing file at `source`, or else openapi.yaml at git ref `source` in `root`."""
    path = Path(source)
    if path.is_file():
        return _as_description(load_yaml(path), str(path))
    return _as_description(parse_yaml(_git_show(source, root), f"{source}:{SPEC_NAME}"), source)


def _git_show(ref: str, root: Path) -> str:
    git = shutil.which("git")
    if git is None:
        raise BuildError(f"{ref!r} is not a file and git is not installed to read it as a ref")
    if ref.startswith("-"):  # would be read as an option by git
        raise BuildError(f"{ref!r} is neither a file nor a git ref")
    result = subprocess.run(
        [git, "show", f"{ref}:./{SPEC_NAME}"],
        cwd=root,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [f"git exited {result.returncode}"])[-1]
        raise BuildError(f"{ref!r} is neither a file nor a git ref with {SPEC_NAME}: {reason}")
    return result.stdout


def _as_description(document: Any, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or "openapi" not in document:
        raise BuildError(f"{name} is not an OpenAPI description (no `openapi` field)")
    return document


# --- small helpers -------------------------------------------------------------------------


def _str_keys(mapping: Any) -> dict[str, Any]:
    """YAML turns unquoted `200:` or `on:` keys into ints and bools; compare them as text."""
    return {str(key): value for key, value in mapping.items()} if isinstance(mapping, dict) else {}


def _resolve(document: Schema, node: Any) -> tuple[str | None, Any]:
    """Follow a local `$ref` (and refs to refs); return the first ref taken and the target.

    Keys beside a `$ref` (allowed in 3.1) override the target's.
    """
    first: str | None = None
    taken: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in taken:
            raise BuildError(f"$ref {ref!r} refers to itself")
        taken.add(ref)
        first = first or ref
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        target = _pointer(document, ref)
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return first, node


def _pointer(document: Schema, ref: str) -> Any:
    if not ref.startswith("#"):
        raise BuildError(f"only local $refs can be compared, not {ref!r}")
    node: Any = document
    for token in filter(None, ref[1:].split("/")):
        part = unquote(token).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in _str_keys(node):
            node = _str_keys(node)[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise BuildError(f"$ref {ref!r} points to nothing")
    return node


def _code(value: Any) -> str:
    if isinstance(value, str):
        return f"`{value}`"
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _located(root: str, findings: Iterable[Finding]) -> Iterator[Finding]:
    """Prefix schema paths with where the schema sits: "response 200" + "data[].id"."""
    for path, message, breaking in findings:
        yield (f"{root} {path}" if path else root), message, breaking


def _diff_required(location: str, was: bool, now: bool, direction: Direction) -> Iterator[Finding]:
    if was == now:
        return
    if now:  # the caller must now send it
        yield location, "made required", direction == "request"
    else:  # a reader can no longer rely on it being there
        yield location, "made optional", direction == "response"


# --- schemas -------------------------------------------------------------------------------


def _types(document: Schema, schema: Schema, refs: frozenset[str] = frozenset()) -> frozenset[str]:
    """The JSON types a value may have, without "null" (nullability is compared on its own);
    empty when any type goes."""
    declared = schema.get("type")
    if isinstance(declared, str | list):
        types = {declared} if isinstance(declared, str) else {str(item) for item in declared}
    elif "properties" in schema:
        types = {"object"}
    elif "items" in schema:
        types = {"array"}
    else:
        types = _branch_types(document, schema, refs)
    return frozenset(types - {"null"})


def _branch_types(document: Schema, schema: Schema, refs: frozenset[str]) -> set[str]:
    """The types of a `oneOf`/`anyOf` union: those of its branches together."""
    types: set[str] = set()
    for branch in [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]:
        ref, target = _resolve(document, branch)
        if _is_null(document, branch) or ref in refs:
            continue
        branch_types = _types(document, _normalize(document, target), refs | {ref} if ref else refs)
        if not branch_types:  # one branch takes anything, so does the union
            return set()
        types |= branch_types
    return types


def _show_types(types: frozenset[str]) -> str:
    return _code(" | ".join(sorted(types)) or "any")


def _is_null(document: Schema, branch: Any) -> bool:
    _, schema = _resolve(document, branch)
    if not isinstance(schema, dict):
        return False
    return schema.get("type") in ("null", ["null"]) or schema.get("enum") == [None]


def _nullable(document: Schema, schema: Schema) -> bool:
    declared = schema.get("type")
    branches = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    return (
        schema.get("nullable") is True  # OpenAPI 3.0
        or declared == "null"
        or (isinstance(declared, list) and "null" in declared)
        or None in (schema.get("enum") or [])
        or any(_is_null(document, branch) for branch in branches)
    )


def _normalize(document: Schema, schema: Any, refs: frozenset[str] = frozenset()) -> Schema:
    """The schema as the client sees it: `allOf` parts merged into one object, and a
    `oneOf: [X, null]` wrapper read as a nullable X, so such rewrites are not reported."""
    if not isinstance(schema, dict):
        return {}
    merged: dict[str, Any] = _merge_all_of(document, schema, refs) if "allOf" in schema else schema
    for keyword in ("oneOf", "anyOf"):
        branches = merged.get(keyword) or []
        solid = [branch for branch in branches if not _is_null(document, branch)]
        if len(solid) == 1 and len(branches) == 2 and "type" not in merged:
            ref, inner = _resolve(document, solid[0])
            if ref in refs:  # a schema wrapping itself: leave it as it is
                break
            rest = {key: value for key, value in merged.items() if key != keyword}
            return {
                **_normalize(document, inner, refs | {ref} if ref else refs),
                **rest,
                "nullable": True,
            }
    return merged


def _merge_all_of(document: Schema, schema: Schema, refs: frozenset[str]) -> dict[str, Any]:
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    properties = dict(_str_keys(merged.get("properties")))
    required = list(merged.get("required") or [])
    for branch in schema["allOf"]:
        ref, part = _resolve(document, branch)
        if ref in refs:  # a schema that includes itself adds nothing new
            continue
        part = _normalize(document, part, refs | {ref} if ref else refs)
        properties.update(_str_keys(part.get("properties")))
        required += part.get("required") or []
        for key, value in part.items():
            merged.setdefault(key, value)
    merged["properties"] = properties
    merged["required"] = required
    return merged


@dataclass(frozen=True)
class _Walk:
    """What comparing two schemas needs besides the schemas themselves."""

    specs: _Specs
    direction: Direction
    seen: frozenset[tuple[str, str]] = frozenset()  # the $ref pairs being compared


def _diff_schema(walk: _Walk, old: Any, new: Any, path: str = "") -> Iterator[Finding]:
    """Changes from `old` to `new`, each at a field path like `data[].id`."""
    old_ref, old_schema = _resolve(walk.specs.old, old)
    new_ref, new_schema = _resolve(walk.specs.new, new)
    if old_ref or new_ref:
        # Recursive schemas: a pair of refs seen further up is being compared already.
        pair = (old_ref or f"inline {id(old)}", new_ref or f"inline {id(new)}")
        if pair in walk.seen:
            return
        walk = replace(walk, seen=walk.seen | {pair})
    old_schema = _normalize(walk.specs.old, old_schema)
    new_schema = _normalize(walk.specs.new, new_schema)
    yield from _diff_type(walk, old_schema, new_schema, path)
    yield from _diff_enum(walk, old_schema, new_schema, path)
    yield from _diff_properties(walk, old_schema, new_schema, path)
    old_types, new_types = _types(walk.specs.old, old_schema), _types(walk.specs.new, new_schema)
    if "array" in old_types and "array" in new_types:
        old_items, new_items = old_schema.get("items", {}), new_schema.get("items", {})
        yield from _diff_schema(walk, old_items, new_items, f"{path}[]")
    old_extra = old_schema.get("additionalProperties")
    new_extra = new_schema.get("additionalProperties")
    if isinstance(old_extra, dict) and isinstance(new_extra, dict):
        yield from _diff_schema(walk, old_extra, new_extra, f"{path}{{}}")
    for keyword in ("oneOf", "anyOf"):
        yield from _diff_branches(walk, old_schema, new_schema, keyword, path)


def _diff_type(walk: _Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_types, new_types = _types(walk.specs.old, old), _types(walk.specs.new, new)
    if old_types != new_types:
        # Leaving or reaching "any" loses nobody: a reader of anything copes with less, and a
        # writer of something is still accepted. Every other type change breaks someone.
        widened = not new_types if walk.direction == "request" else not old_types
        message = f"type changed: {_show_types(old_types)} → {_show_types(new_types)}"
        yield path, message, not widened
    if old.get("format") != new.get("format"):
        old_format, new_format = old.get("format") or "none", new.get("format") or "none"
        yield path, f"format changed: {_code(old_format)} → {_code(new_format)}", True
    was, now = _nullable(walk.specs.old, old), _nullable(walk.specs.new, new)
    if was != now:
        # A request may no longer carry null; a response may now hold a null nobody expects.
        breaking = was if walk.direction == "request" else now
        yield path, "became nullable" if now else "became non-nullable", breaking


def _enum(schema: Schema) -> dict[str, Any] | None:
    """Allowed values (without null) by their JSON text, or None when any value goes."""
    values = schema.get("enum", [schema["const"]] if "const" in schema else None)
    if not isinstance(values, list):
        return None
    return {json.dumps(value, sort_keys=True): value for value in values if value is not None}


def _diff_enum(walk: _Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_values, new_values = _enum(old), _enum(new)
    request = walk.direction == "request"
    if old_values is None and new_values is None:
        return
    if old_values is None:  # the API now rejects values it took before
        shown = ", ".join(_code(value) for value in (new_values or {}).values())
        yield path, f"restricted to enum values {shown}", request
        return
    if new_values is None:
        yield path, "enum restriction removed", False
        return
    added = [_code(value) for key, value in new_values.items() if key not in old_values]
    removed = [_code(value) for key, value in old_values.items() if key not in new_values]
    if added:  # enums are open: the client keeps values it does not know
        yield path, f"enum values added: {', '.join(added)}", False
    if removed:  # the API no longer accepts them; a reader just stops seeing them
        yield path, f"enum values removed: {', '.join(removed)}", request


def _diff_properties(walk: _Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_fields, new_fields = _str_keys(old.get("properties")), _str_keys(new.get("properties"))
    old_required = {str(name) for name in old.get("required") or []}
    new_required = {str(name) for name in new.get("required") or []}
    for name in sorted(old_fields.keys() | new_fields.keys()):
        field = _child(path, name)
        if name not in new_fields:
            yield field, "field removed", True
        elif name not in old_fields:
            required = name in new_required
            message = f"field added ({'required' if required else 'optional'})"
            yield field, message, required and walk.direction == "request"
        else:
            was, now = name in old_required, name in new_required
            yield from _diff_required(field, was, now, walk.direction)
            yield from _diff_schema(walk, old_fields[name], new_fields[name], field)


def _branches(document: Schema, schema: Schema, keyword: str) -> list[tuple[str, Any]]:
    """The non-null `oneOf`/`anyOf` branches, each with its title or component name ("")."""
    named = []
    for branch in schema.get(keyword) or []:
        if _is_null(document, branch):
            continue
        ref, target = _resolve(document, branch)
        title = target.get("title") if isinstance(target, dict) else None
        named.append((str(title or (ref.rsplit("/", 1)[-1] if ref else "")), branch))
    return named


def _labelled(old: list[tuple[str, Any]], new: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """Pair branches by name when every branch has a distinct one, else by position."""
    names = [[name for name, _ in side] for side in (old, new)]
    if all("" not in side and len(set(side)) == len(side) for side in names):
        return [dict(old), dict(new)]
    return [{str(index): branch for index, (_, branch) in enumerate(side)} for side in (old, new)]


def _diff_branches(
    walk: _Walk, old: Schema, new: Schema, keyword: str, path: str
) -> Iterator[Finding]:
    old_branches, new_branches = _labelled(
        _branches(walk.specs.old, old, keyword), _branches(walk.specs.new, new, keyword)
    )
    for label in sorted(old_branches.keys() | new_branches.keys()):
        where = f"{_child(path, keyword)}[{label}]"
        if label not in new_branches:  # the API no longer accepts that shape
            yield where, "branch removed", walk.direction == "request"
        elif label not in old_branches:  # the client may get a shape it does not know
            yield where, "branch added", walk.direction == "response"
        else:
            yield from _diff_schema(walk, old_branches[label], new_branches[label], where)


# --- operations ----------------------------------------------------------------------------


def _operations(document: Schema) -> dict[str, _Operation]:
    """Every operation by key: `METHOD /path`, and `webhook METHOD Name` for webhooks."""
    found = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for name, raw_item in _str_keys(document.get(section)).items():
            _, item = _resolve(document, raw_item)
            for method in METHODS:
                operation = item.get(method) if isinstance(item, dict) else None
                if isinstance(operation, dict):
                    prefix = "webhook " if webhook else ""
                    found[f"{prefix}{method.upper()} {name}"] = _Operation(operation, item, webhook)
    return found


def _diff_operation(
    specs: _Specs, key: str, old: _Operation | None, new: _Operation | None
) -> list[Change]:
    if new is None:
        assert old is not None
        # A removed webhook also removes its payload model from the client.
        return [Change(key, "", "operation removed", True, old.operation_id)]
    if old is None:
        return [Change(key, "", "operation added", False, new.operation_id)]
    if new.webhook:
        findings = [*_diff_identity(old, new), *_diff_body(specs, old, new, "payload", "response")]
    else:
        findings = [
            *_diff_identity(old, new),
            *_diff_parameters(specs, old, new),
            *_diff_body(specs, old, new, "request body", "request"),
            *_diff_responses(specs, old, new),
            *_diff_security(specs, old, new),
            *_diff_operation_servers(specs, old, new),
        ]
    return [Change(key, where, message, bad, new.operation_id) for where, message, bad in findings]


def _diff_identity(old: _Operation, new: _Operation) -> Iterator[Finding]:
    if old.operation_id != new.operation_id:
        # The operationId is the Python method name; a webhook's is not used by the client.
        message = f"operationId changed: {_code(old.operation_id)} → {_code(new.operation_id)}"
        yield "", message, not new.webhook
    old_tags, new_tags = old.operation.get("tags") or [""], new.operation.get("tags") or [""]
    if old_tags[0] != new_tags[0] and not new.webhook:
        # The first tag is the client namespace: `client.<tag>.<operationId>`.
        yield "", f"tag changed: {_code(old_tags[0])} → {_code(new_tags[0])}", True
    if not old.operation.get("deprecated") and new.operation.get("deprecated"):
        yield "", "deprecated", False


# --- parameters ----------------------------------------------------------------------------

_ParameterKey = tuple[str, str]  # (in, name); header names compare case-insensitively


def _parameters(document: Schema, operation: _Operation) -> dict[_ParameterKey, Schema]:
    """Path-level parameters overridden by the operation's own, by (in, name)."""
    found: dict[_ParameterKey, Schema] = {}
    raw = [
        *(operation.path_item.get("parameters") or []),
        *(operation.operation.get("parameters") or []),
    ]
    for item in raw:
        _, parameter = _resolve(document, item)
        where, name = str(parameter.get("in")), str(parameter.get("name"))
        found[(where, name.lower() if where == "header" else name)] = parameter
    return found


def _parameter_schema(parameter: Schema) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    media = list(_str_keys(parameter.get("content")).values())
    return media[0].get("schema", {}) if media else {}


def _parameter_type(document: Schema, parameter: Schema) -> str:
    _, schema = _resolve(document, _parameter_schema(parameter))
    return f"{parameter.get('in')} {sorted(_types(document, _normalize(document, schema)))}"


def _renames(
    specs: _Specs,
    old: dict[_ParameterKey, Schema],
    new: dict[_ParameterKey, Schema],
) -> dict[_ParameterKey, _ParameterKey]:
    """Removed → added parameter, when exactly one of each shares `in` and schema type."""
    removed: dict[str, list[_ParameterKey]] = {}
    added: dict[str, list[_ParameterKey]] = {}
    for key in old.keys() - new.keys():
        removed.setdefault(_parameter_type(specs.old, old[key]), []).append(key)
    for key in new.keys() - old.keys():
        added.setdefault(_parameter_type(specs.new, new[key]), []).append(key)
    return {
        keys[0]: added[kind][0]
        for kind, keys in removed.items()
        if len(keys) == 1 and len(added.get(kind, [])) == 1
    }


def _parameter_root(parameter: Schema) -> tuple[str, str]:
    return f"{parameter.get('in')} parameter", str(parameter.get("name"))


def _diff_parameters(specs: _Specs, old_op: _Operation, new_op: _Operation) -> Iterator[Finding]:
    old, new = _parameters(specs.old, old_op), _parameters(specs.new, new_op)
    renames = _renames(specs, old, new)
    renamed_from = {new_key: old_key for old_key, new_key in renames.items()}
    for key in sorted(old.keys() | new.keys()):
        if key in renames:
            continue  # reported under its new name
        if key not in new:
            yield " ".join(_parameter_root(old[key])), "removed", True
        elif key in renamed_from:
            previous = renamed_from[key]
            yield " ".join(_parameter_root(new[key])), f"renamed from {_code(previous[1])}", True
            yield from _diff_parameter(specs, old[previous], new[key])
        elif key not in old:
            required = bool(new[key].get("required"))
            message = f"added ({'required' if required else 'optional'})"
            yield " ".join(_parameter_root(new[key])), message, required
        else:
            yield from _diff_parameter(specs, old[key], new[key])


def _diff_parameter(specs: _Specs, old: Schema, new: Schema) -> Iterator[Finding]:
    root, name = _parameter_root(new)
    was, now = bool(old.get("required")), bool(new.get("required"))
    yield from _diff_required(f"{root} {name}", was, now, "request")
    old_schema, new_schema = _parameter_schema(old), _parameter_schema(new)
    yield from _located(root, _diff_schema(_Walk(specs, "request"), old_schema, new_schema, name))


# --- bodies and responses ------------------------------------------------------------------


def _diff_body(
    specs: _Specs, old_op: _Operation, new_op: _Operation, root: str, direction: Direction
) -> Iterator[Finding]:
    _, old = _resolve(specs.old, old_op.operation.get("requestBody"))
    _, new = _resolve(specs.new, new_op.operation.get("requestBody"))
    if old is None and new is None:
        return
    if new is None:
        yield root, "removed", True
    elif old is None:
        required = bool(new.get("required"))
        message = f"added ({'required' if required else 'optional'})"
        yield root, message, required and direction == "request"
    else:
        if direction == "request":  # a webhook receiver does not choose whether it gets one
            was, now = bool(old.get("required")), bool(new.get("required"))
            yield from _diff_required(root, was, now, direction)
        yield from _diff_content(specs, old.get("content"), new.get("content"), root, direction)


def _diff_content(
    specs: _Specs, old: Any, new: Any, root: str, direction: Direction
) -> Iterator[Finding]:
    old_media, new_media = _str_keys(old), _str_keys(new)
    for media in sorted(old_media.keys() - new_media.keys()):
        yield root, f"media type {_code(media)} removed", True
    for media in sorted(new_media.keys() - old_media.keys()):
        yield root, f"media type {_code(media)} added", False
    common = [media for media in old_media if media in new_media]
    if not common:
        return
    # One representation is enough: JSON is what the client sends and parses.
    media = JSON if JSON in common else common[0]
    old_schema = (old_media[media] or {}).get("schema", {})
    new_schema = (new_media[media] or {}).get("schema", {})
    yield from _located(root, _diff_schema(_Walk(specs, direction), old_schema, new_schema))


def _diff_responses(specs: _Specs, old_op: _Operation, new_op: _Operation) -> Iterator[Finding]:
    old = _str_keys(old_op.operation.get("responses"))
    new = _str_keys(new_op.operation.get("responses"))
    for status in sorted(old.keys() | new.keys()):
        root = f"response {status}"
        if status not in new:  # callers may rely on a success answer, not on an error one
            yield root, "status code removed", status.startswith("2")
        elif status not in old:
            yield root, "status code added", False
        else:
            _, old_response = _resolve(specs.old, old[status])
            _, new_response = _resolve(specs.new, new[status])
            old_content = (old_response or {}).get("content")
            new_content = (new_response or {}).get("content")
            yield from _diff_content(specs, old_content, new_content, root, "response")


# --- security and servers ------------------------------------------------------------------


def _security(document: Schema, operation: _Operation) -> list[list[str]]:
    """The alternatives of scheme names the operation accepts ([] when no auth is needed)."""
    declared = operation.operation.get("security", document.get("security")) or []
    return [sorted(str(name) for name in requirement) for requirement in declared]


def _show_security(alternatives: list[list[str]]) -> str:
    shown = [" + ".join(names) or "no authentication" for names in alternatives]
    return _code(" or ".join(shown) or "no authentication")


def _diff_security(specs: _Specs, old_op: _Operation, new_op: _Operation) -> Iterator[Finding]:
    old, new = _security(specs.old, old_op), _security(specs.new, new_op)
    if old == new:
        return
    # The client authenticates with the first requirement; needing none breaks nobody.
    old_first, new_first = (old or [[]])[0], (new or [[]])[0]
    breaking = new_first not in (old_first, [])
    yield "security", f"changed: {_show_security(old)} → {_show_security(new)}", breaking


def _server_urls(servers: Any) -> list[str]:
    return [str(server.get("url")) for server in servers or [] if isinstance(server, dict)]


def _diff_servers(old: list[str], new: list[str], location: str) -> Iterator[Finding]:
    if old == new:
        return
    # The client has a base URL per host; a host that went away breaks calls to it.
    lost_hosts = {urlsplit(url).netloc for url in old} - {urlsplit(url).netloc for url in new}
    shown_old, shown_new = _code(", ".join(old) or "none"), _code(", ".join(new) or "none")
    yield location, f"changed: {shown_old} → {shown_new}", bool(lost_hosts)


def _diff_operation_servers(
    specs: _Specs, old_op: _Operation, new_op: _Operation
) -> Iterator[Finding]:
    """Operation or path-level servers; changes of the global list are reported once."""
    old_own = old_op.operation.get("servers") or old_op.path_item.get("servers")
    new_own = new_op.operation.get("servers") or new_op.path_item.get("servers")
    if not old_own and not new_own:
        return
    old = _server_urls(old_own or specs.old.get("servers"))
    new = _server_urls(new_own or specs.new.get("servers"))
    yield from _diff_servers(old, new, "servers")


def _diff_global(specs: _Specs) -> Iterator[Change]:
    old_servers = _server_urls(specs.old.get("servers"))
    new_servers = _server_urls(specs.new.get("servers"))
    for location, message, breaking in _diff_servers(old_servers, new_servers, "servers"):
        yield Change("", location, message, breaking)
    old_schemes = _str_keys(_str_keys(specs.old.get("components")).get("securitySchemes"))
    new_schemes = _str_keys(_str_keys(specs.new.get("components")).get("securitySchemes"))
    for name in sorted(old_schemes.keys() | new_schemes.keys()):
        location = f"security scheme {name}"
        if name not in new_schemes:
            yield Change("", location, "removed", True)
        elif name not in old_schemes:
            yield Change("", location, "added", False)
        elif _scheme_shape(old_schemes[name]) != _scheme_shape(new_schemes[name]):
            yield Change("", location, "changed how credentials are sent", True)


def _scheme_shape(scheme: Any) -> dict[str, Any]:
    """What decides how credentials are sent (descriptions do not)."""
    keys = ("type", "scheme", "in", "name", "flows", "openIdConnectUrl")
    return {key: scheme.get(key) for key in keys} if isinstance(scheme, dict) else {}


# --- the whole diff and its report ---------------------------------------------------------


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, sorted by operation key, then location."""
    specs = _Specs(old, new)
    changes = list(_diff_global(specs))
    old_operations, new_operations = _operations(old), _operations(new)
    for key in old_operations.keys() | new_operations.keys():
        changes += _diff_operation(specs, key, old_operations.get(key), new_operations.get(key))
    return sorted(changes, key=_order)


def _order(change: Change) -> tuple[str, str, str, bool]:
    return change.operation, change.location, change.message, change.breaking


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render_markdown(changes: list[Change], breaking_first: bool = False, level: int = 3) -> str:
    """The changelog: a summary line, then one section per operation (a heading of `level`).

    With `breaking_first`, the breaking entries come first under a "Breaking changes"
    heading of `level` and the rest under "Other changes", each grouped by operation one
    level below: what a reviewer must look at is at the top.
    """
    if not changes:
        return "No changes.\n"
    lines = [summary_line(changes)]
    if not breaking_first:
        lines += _sections(changes, level)
        return "\n".join(lines) + "\n"
    for title, breaking in (("Breaking changes", True), ("Other changes", False)):
        group = [change for change in changes if change.breaking is breaking]
        if group:
            lines += ["", f"{'#' * level} {title}", *_sections(group, level + 1)]
    return "\n".join(lines) + "\n"


def summary_line(changes: list[Change]) -> str:
    """`**2 breaking changes**, 3 other changes` (or `No breaking changes, ...`)."""
    breaking = sum(change.breaking for change in changes)
    head = f"**{_count(breaking, 'breaking change')}**" if breaking else "No breaking changes"
    return f"{head}, {_count(len(changes) - breaking, 'other change')}"


def _sections(changes: list[Change], level: int) -> list[str]:
    lines: list[str] = []
    for operation, group in groupby(sorted(changes, key=_order), key=lambda c: c.operation):
        entries = list(group)
        lines += ["", f"{'#' * level} {_heading(operation, entries[0].operation_id)}", ""]
        lines += [_entry(change) for change in entries]
    return lines


def _heading(operation: str, operation_id: str) -> str:
    if not operation:
        return "Whole API"
    return f"`{operation}`" + (f" (`{operation_id}`)" if operation_id else "")


def _entry(change: Change) -> str:
    mark = "**breaking** " if change.breaking else ""
    where = f"`{change.location}`: " if change.location else ""
    return f"- {mark}{where}{change.message}"


def changelog_json(changes: list[Change]) -> dict[str, Any]:
    """The changelog as data: counts, then every entry in the Markdown's order."""
    breaking = sum(change.breaking for change in changes)
    return {
        "breaking": breaking,
        "other": len(changes) - breaking,
        "changes": [asdict(change) for change in sorted(changes, key=_order)],
    }


def write_json(path: Path, document: Any) -> None:
    """A report's machine-readable form: stable key order, one trailing newline."""
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.spec_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", nargs="?", default="HEAD", help="file or git ref (default: HEAD)")
    parser.add_argument(
        "new", nargs="?", help=f"file or git ref (default: the working-tree {SPEC_NAME})"
    )
    parser.add_argument(
        "--report-only", action="store_true", help="exit 0 even when something is breaking"
    )
    parser.add_argument("--markdown", type=Path, help="also write the Markdown to this file")
    parser.add_argument("--json", type=Path, help="also write the changelog as JSON to this file")
    args = parser.parse_args(argv)
    try:
        old = load_description(args.old, root)
        if args.new is None:
            new = _as_description(load_yaml(root / SPEC_NAME), str(root / SPEC_NAME))
        else:
            new = load_description(args.new, root)
        changes = diff_specs(old, new)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    markdown = render_markdown(changes)
    print(markdown, end="")
    if args.markdown is not None:
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json is not None:
        write_json(args.json, changelog_json(changes))
    return 1 if any(change.breaking for change in changes) and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
