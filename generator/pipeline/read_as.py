"""`x-altegio-read-as`: a value the description must document as several string forms (for
the validators: Prism, openapi-core) that the client reads as one type.

Altegio's dates come as `Y-m-d H:i:s` or as ISO 8601 with an offset with or without a colon:
only the last is RFC 3339's `date-time`, so an overlay documents the others as `anyOf`
patterns. openapi-python-client would type that `datetime | str`, though the runtime's
reader (`_coerce.as_datetime`) reads every form. On the generator's copy of the spec only, a
schema marked `x-altegio-read-as: date-time` (or `date`) becomes that one format (nullable
when a variant is null): typed `datetime` (`date`), a form the reader cannot read is drift.
"""

from __future__ import annotations

from typing import Any

from generator.pipeline.errors import BuildError

MARK = "x-altegio-read-as"
FORMATS = ("date-time", "date")
#: What the schema keeps besides the type: its documentation.
KEPT = ("description", "example", "examples", "title", "deprecated")


def read_as_formats(node: Any) -> None:
    """Replace every marked schema inside `node` by its one string format, in place."""
    if isinstance(node, list):
        for item in node:
            read_as_formats(item)
        return
    if not isinstance(node, dict):
        return
    if MARK in node:
        _collapse(node)
    for value in node.values():
        read_as_formats(value)


def _collapse(schema: dict[str, Any]) -> None:
    read_as = schema[MARK]
    variants = schema.get("anyOf") or schema.get("oneOf") or [schema]
    if read_as not in FORMATS or not all(_is_string_or_null(v) for v in variants):
        raise BuildError(
            f"{MARK}: {read_as!r} must be one of {list(FORMATS)}, on a schema of strings "
            f"(or null), not {schema}"
        )
    nullable = any(_is_null(v) for v in variants)
    kept = {key: schema[key] for key in KEPT if key in schema}
    schema.clear()
    schema.update(kept, type=["string", "null"] if nullable else "string", format=read_as)


def _types(schema: Any) -> list[Any]:
    types = schema.get("type") if isinstance(schema, dict) else None
    return types if isinstance(types, list) else [types]


def _is_null(schema: Any) -> bool:
    return "null" in _types(schema)


def _is_string_or_null(schema: Any) -> bool:
    return set(_types(schema)) <= {"string", "null"}
