"""Reshape the description for openapi-python-client without changing its meaning."""

from __future__ import annotations

import re
from typing import Any

from generator.pipeline.errors import BuildError

JSON = "application/json"


def hoist_webhook_payloads(document: dict[str, Any]) -> None:
    """Move each inline `webhooks:` payload schema into `components.schemas` under the
    webhook's name, leaving a `$ref` behind.

    openapi-python-client reads only `paths` and `components`, so without this the 11
    webhook payloads would get no models. The move changes no meaning (it is what a
    bundler does), so the effective spec still validates the same payloads.
    """
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name, path_item in document.get("webhooks", {}).items():
        for operation in path_item.values():
            media = operation.get("requestBody", {}).get("content", {}).get(JSON)
            if media is None or "$ref" in media.get("schema", {"$ref": None}):
                continue
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name) or name in schemas:
                raise BuildError(f"cannot hoist webhook payload {name!r} into components.schemas")
            schemas[name] = media["schema"]
            media["schema"] = {"$ref": f"#/components/schemas/{name}"}


def parameter_docs_on_schemas(document: dict[str, Any]) -> None:
    """Copy each parameter's `description` and `example` onto its schema, where neither
    is given there.

    The description puts them on the parameter; openapi-python-client reads a parameter's
    docstring text from its schema only, so without this every argument of a method would
    be documented as its type alone. Used on the generator's copy of the spec only.
    """
    for path_item in document.get("paths", {}).values():
        operations = [op for op in path_item.values() if isinstance(op, dict)]
        for parameter in [
            *path_item.get("parameters", []),
            *(p for op in operations for p in op.get("parameters", [])),
        ]:
            _describe_schema(parameter)
    for parameter in document.get("components", {}).get("parameters", {}).values():
        _describe_schema(parameter)


def _describe_schema(parameter: dict[str, Any]) -> None:
    schema = parameter.get("schema")
    if not isinstance(schema, dict):  # a $ref parameter: described in components
        return
    for key in ("description", "example"):
        if key in parameter and key not in schema:
            schema[key] = parameter[key]
