"""A schema as the client sees it: local `$ref`s followed, `allOf` merged, nullable
unions unwrapped, and the JSON types a value may have.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.pipeline.errors import BuildError
from generator.tooling.spec_diff.model import Schema


def str_keys(mapping: Any) -> dict[str, Any]:
    """YAML turns unquoted `200:` or `on:` keys into ints and bools; compare them as text."""
    return {str(key): value for key, value in mapping.items()} if isinstance(mapping, dict) else {}


def resolve(document: Schema, node: Any) -> tuple[str | None, Any]:
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
        if isinstance(node, dict) and part in str_keys(node):
            node = str_keys(node)[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise BuildError(f"$ref {ref!r} points to nothing")
    return node


def json_types(
    document: Schema, schema: Schema, refs: frozenset[str] = frozenset()
) -> frozenset[str]:
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
        ref, target = resolve(document, branch)
        if is_null(document, branch) or ref in refs:
            continue
        branch_types = json_types(
            document, normalize(document, target), refs | {ref} if ref else refs
        )
        if not branch_types:  # one branch takes anything, so does the union
            return set()
        types |= branch_types
    return types


def is_null(document: Schema, branch: Any) -> bool:
    _, schema = resolve(document, branch)
    if not isinstance(schema, dict):
        return False
    return schema.get("type") in ("null", ["null"]) or schema.get("enum") == [None]


def nullable(document: Schema, schema: Schema) -> bool:
    declared = schema.get("type")
    branches = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    return (
        schema.get("nullable") is True  # OpenAPI 3.0
        or declared == "null"
        or (isinstance(declared, list) and "null" in declared)
        or None in (schema.get("enum") or [])
        or any(is_null(document, branch) for branch in branches)
    )


def normalize(document: Schema, schema: Any, refs: frozenset[str] = frozenset()) -> Schema:
    """The schema as the client sees it: `allOf` parts merged into one object, and a
    `oneOf: [X, null]` wrapper read as a nullable X, so such rewrites are not reported."""
    if not isinstance(schema, dict):
        return {}
    merged: dict[str, Any] = _merge_all_of(document, schema, refs) if "allOf" in schema else schema
    for keyword in ("oneOf", "anyOf"):
        branches = merged.get(keyword) or []
        solid = [branch for branch in branches if not is_null(document, branch)]
        if len(solid) == 1 and len(branches) == 2 and "type" not in merged:
            ref, inner = resolve(document, solid[0])
            if ref in refs:  # a schema wrapping itself: leave it as it is
                break
            rest = {key: value for key, value in merged.items() if key != keyword}
            return {
                **normalize(document, inner, refs | {ref} if ref else refs),
                **rest,
                "nullable": True,
            }
    return merged


def _merge_all_of(document: Schema, schema: Schema, refs: frozenset[str]) -> dict[str, Any]:
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    properties = dict(str_keys(merged.get("properties")))
    required = list(merged.get("required") or [])
    for branch in schema["allOf"]:
        ref, part = resolve(document, branch)
        if ref in refs:  # a schema that includes itself adds nothing new
            continue
        part = normalize(document, part, refs | {ref} if ref else refs)
        properties.update(str_keys(part.get("properties")))
        required += part.get("required") or []
        for key, value in part.items():
            merged.setdefault(key, value)
    merged["properties"] = properties
    merged["required"] = required
    return merged
