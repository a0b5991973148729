"""Comparing an operation's parameters (a rename is a removal and an addition of one
parameter of the same kind and type).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.tooling.spec_diff.findings import Finding, code, diff_required, located
from generator.tooling.spec_diff.model import Operation, Schema, Specs
from generator.tooling.spec_diff.resolve import json_types, normalize, resolve, str_keys
from generator.tooling.spec_diff.schemas import Walk, diff_schema

_ParameterKey = tuple[str, str]  # (in, name); header names compare case-insensitively


def _parameters(document: Schema, operation: Operation) -> dict[_ParameterKey, Schema]:
    """Path-level parameters overridden by the operation's own, by (in, name)."""
    found: dict[_ParameterKey, Schema] = {}
    raw = [
        *(operation.path_item.get("parameters") or []),
        *(operation.operation.get("parameters") or []),
    ]
    for item in raw:
        _, parameter = resolve(document, item)
        where, name = str(parameter.get("in")), str(parameter.get("name"))
        found[(where, name.lower() if where == "header" else name)] = parameter
    return found


def _parameter_schema(parameter: Schema) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    media = list(str_keys(parameter.get("content")).values())
    return media[0].get("schema", {}) if media else {}


def _parameter_type(document: Schema, parameter: Schema) -> str:
    _, schema = resolve(document, _parameter_schema(parameter))
    return f"{parameter.get('in')} {sorted(json_types(document, normalize(document, schema)))}"


def _renames(
    specs: Specs,
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


def diff_parameters(specs: Specs, old_op: Operation, new_op: Operation) -> Iterator[Finding]:
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
            yield " ".join(_parameter_root(new[key])), f"renamed from {code(previous[1])}", True
            yield from _diff_parameter(specs, old[previous], new[key])
        elif key not in old:
            required = bool(new[key].get("required"))
            message = f"added ({'required' if required else 'optional'})"
            yield " ".join(_parameter_root(new[key])), message, required
        else:
            yield from _diff_parameter(specs, old[key], new[key])


def _diff_parameter(specs: Specs, old: Schema, new: Schema) -> Iterator[Finding]:
    root, name = _parameter_root(new)
    was, now = bool(old.get("required")), bool(new.get("required"))
    yield from diff_required(f"{root} {name}", was, now, "request")
    old_schema, new_schema = _parameter_schema(old), _parameter_schema(new)
    yield from located(root, diff_schema(Walk(specs, "request"), old_schema, new_schema, name))
