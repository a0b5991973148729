"""The webhook table: which payload model each `resource` value of a delivery maps to,
read from the effective spec's `webhooks:` section (after the payloads were hoisted into
components.schemas), so a webhook added upstream needs no hand edit."""

from __future__ import annotations

from typing import Any

from generator.errors import BuildError

JSON = "application/json"


def webhook_table(spec: dict[str, Any]) -> dict[str, str]:
    """`resource` value → payload model (schema) name."""
    schemas = spec.get("components", {}).get("schemas", {})
    table: dict[str, str] = {}
    for name, path_item in sorted(spec.get("webhooks", {}).items()):
        ref = path_item["post"]["requestBody"]["content"][JSON]["schema"].get("$ref", "")
        model = ref.removeprefix("#/components/schemas/")
        resource = schemas.get(model, {}).get("properties", {}).get("resource", {})
        if not resource.get("enum"):
            raise BuildError(f"webhook {name}: its payload has no `resource` enum to route by")
        for value in resource["enum"]:
            if table.setdefault(value, model) != model:
                raise BuildError(
                    f"webhook resource {value!r} is claimed by {table[value]} and {model}"
                )
    return table


def render_webhooks_module(table: dict[str, str]) -> str:
    models = sorted(set(table.values()))
    lines = [
        '"""The webhook payload models by `resource`, read from the spec by `make generate`."""',
        "",
        f"from .models import {', '.join(models)}",
        "",
        f"WebhookPayload = {' | '.join(models)}",
        "",
        "PAYLOAD_BY_RESOURCE: dict[str, type[WebhookPayload]] = {",
        *(f"    {resource!r}: {model}," for resource, model in sorted(table.items())),
        "}",
        "",
    ]
    return "\n".join(lines)
