"""The webhook table: which payload model each `resource` value of a delivery maps to,
read from the effective spec's `webhooks:` section (after the payloads were hoisted into
components.schemas), so a webhook added upstream needs no hand edit.

Only entity events (payloads with a `resource`) are routed by it. The marketplace
lifecycle call (MarketplaceWebhook, moved there by 80-marketplace-webhook.yaml) carries
no `resource`: webhooks.parse_marketplace_event reads it, by its `event`."""

from __future__ import annotations

from typing import Any

from generator.pipeline.errors import BuildError

JSON = "application/json"
#: Webhooks that are no entity event: parsed by webhooks.parse_marketplace_event.
LIFECYCLE_WEBHOOKS = frozenset({"MarketplaceWebhook"})


def webhook_table(spec: dict[str, Any]) -> dict[str, str]:
    """`resource` value → payload model (schema) name."""
    schemas = spec.get("components", {}).get("schemas", {})
    table: dict[str, str] = {}
    for name, path_item in sorted(spec.get("webhooks", {}).items()):
        ref = path_item["post"]["requestBody"]["content"][JSON]["schema"].get("$ref", "")
        model = ref.removeprefix("#/components/schemas/")
        properties = schemas.get(model, {}).get("properties", {})
        if name in LIFECYCLE_WEBHOOKS and "resource" not in properties:
            continue
        resource = properties.get("resource", {})
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
