"""Comparing two schemas field by field. Who reads the data decides what breaks: a change
that the API may refuse breaks a request, one a reader may not expect breaks a response.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from generator.tooling.spec_diff.findings import Finding, child, code, diff_required
from generator.tooling.spec_diff.model import Direction, Schema, Specs
from generator.tooling.spec_diff.resolve import (
    is_null,
    json_types,
    normalize,
    nullable,
    resolve,
    str_keys,
)


@dataclass(frozen=True)
class Walk:
    """What comparing two schemas needs besides the schemas themselves."""

    specs: Specs
    direction: Direction
    seen: frozenset[tuple[str, str]] = frozenset()  # the $ref pairs being compared


def diff_schema(walk: Walk, old: Any, new: Any, path: str = "") -> Iterator[Finding]:
    """Changes from `old` to `new`, each at a field path like `data[].id`."""
    old_ref, old_schema = resolve(walk.specs.old, old)
    new_ref, new_schema = resolve(walk.specs.new, new)
    if old_ref or new_ref:
        # Recursive schemas: a pair of refs seen further up is being compared already.
        pair = (old_ref or f"inline {id(old)}", new_ref or f"inline {id(new)}")
        if pair in walk.seen:
            return
        walk = replace(walk, seen=walk.seen | {pair})
    old_schema = normalize(walk.specs.old, old_schema)
    new_schema = normalize(walk.specs.new, new_schema)
    yield from _diff_type(walk, old_schema, new_schema, path)
    yield from _diff_enum(walk, old_schema, new_schema, path)
    yield from _diff_properties(walk, old_schema, new_schema, path)
    old_types, new_types = (
        json_types(walk.specs.old, old_schema),
        json_types(walk.specs.new, new_schema),
    )
    if "array" in old_types and "array" in new_types:
        old_items, new_items = old_schema.get("items", {}), new_schema.get("items", {})
        yield from diff_schema(walk, old_items, new_items, f"{path}[]")
    old_extra = old_schema.get("additionalProperties")
    new_extra = new_schema.get("additionalProperties")
    if isinstance(old_extra, dict) and isinstance(new_extra, dict):
        yield from diff_schema(walk, old_extra, new_extra, f"{path}{{}}")
    for keyword in ("oneOf", "anyOf"):
        yield from _diff_branches(walk, old_schema, new_schema, keyword, path)


def _diff_type(walk: Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_types, new_types = json_types(walk.specs.old, old), json_types(walk.specs.new, new)
    if old_types != new_types:
        # Leaving or reaching "any" loses nobody: a reader of anything copes with less, and a
        # writer of something is still accepted. Every other type change breaks someone.
        widened = not new_types if walk.direction == "request" else not old_types
        message = f"type changed: {_show_types(old_types)} → {_show_types(new_types)}"
        yield path, message, not widened
    if old.get("format") != new.get("format"):
        old_format, new_format = old.get("format") or "none", new.get("format") or "none"
        yield path, f"format changed: {code(old_format)} → {code(new_format)}", True
    was, now = nullable(walk.specs.old, old), nullable(walk.specs.new, new)
    if was != now:
        # A request may no longer carry null; a response may now hold a null nobody expects.
        breaking = was if walk.direction == "request" else now
        yield path, "became nullable" if now else "became non-nullable", breaking


def _show_types(types: frozenset[str]) -> str:
    return code(" | ".join(sorted(types)) or "any")


def _enum(schema: Schema) -> dict[str, Any] | None:
    """Allowed values (without null) by their JSON text, or None when any value goes."""
    values = schema.get("enum", [schema["const"]] if "const" in schema else None)
    if not isinstance(values, list):
        return None
    return {json.dumps(value, sort_keys=True): value for value in values if value is not None}


def _diff_enum(walk: Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_values, new_values = _enum(old), _enum(new)
    request = walk.direction == "request"
    if old_values is None and new_values is None:
        return
    if old_values is None:  # the API now rejects values it took before
        shown = ", ".join(code(value) for value in (new_values or {}).values())
        yield path, f"restricted to enum values {shown}", request
        return
    if new_values is None:
        yield path, "enum restriction removed", False
        return
    added = [code(value) for key, value in new_values.items() if key not in old_values]
    removed = [code(value) for key, value in old_values.items() if key not in new_values]
    if added:  # enums are open: the client keeps values it does not know
        yield path, f"enum values added: {', '.join(added)}", False
    if removed:  # the API no longer accepts them; a reader just stops seeing them
        yield path, f"enum values removed: {', '.join(removed)}", request


def _diff_properties(walk: Walk, old: Schema, new: Schema, path: str) -> Iterator[Finding]:
    old_fields, new_fields = str_keys(old.get("properties")), str_keys(new.get("properties"))
    old_required = {str(name) for name in old.get("required") or []}
    new_required = {str(name) for name in new.get("required") or []}
    for name in sorted(old_fields.keys() | new_fields.keys()):
        field = child(path, name)
        if name not in new_fields:
            yield field, "field removed", True
        elif name not in old_fields:
            required = name in new_required
            message = f"field added ({'required' if required else 'optional'})"
            yield field, message, required and walk.direction == "request"
        else:
            was, now = name in old_required, name in new_required
            yield from diff_required(field, was, now, walk.direction)
            yield from diff_schema(walk, old_fields[name], new_fields[name], field)


def _branches(document: Schema, schema: Schema, keyword: str) -> list[tuple[str, Any]]:
    """The non-null `oneOf`/`anyOf` branches, each with its title or component name ("")."""
    named = []
    for branch in schema.get(keyword) or []:
        if is_null(document, branch):
            continue
        ref, target = resolve(document, branch)
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
    walk: Walk, old: Schema, new: Schema, keyword: str, path: str
) -> Iterator[Finding]:
    old_branches, new_branches = _labelled(
        _branches(walk.specs.old, old, keyword), _branches(walk.specs.new, new, keyword)
    )
    for label in sorted(old_branches.keys() | new_branches.keys()):
        where = f"{child(path, keyword)}[{label}]"
        if label not in new_branches:  # the API no longer accepts that shape
            yield where, "branch removed", walk.direction == "request"
        elif label not in old_branches:  # the client may get a shape it does not know
            yield where, "branch added", walk.direction == "response"
        else:
            yield from diff_schema(walk, old_branches[label], new_branches[label], where)
