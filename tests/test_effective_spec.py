"""Each overlay fix holds in the effective spec (generated/openapi.effective.yaml)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from altegio_devtools._operations import OPERATIONS

JSON = "application/json"
Spec = dict[str, Any]


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def schemas(spec: Spec) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every schema object that declares a `type` (examples excluded)."""
    for path, node in walk(spec):
        if isinstance(node, dict) and isinstance(node.get("type"), str | list):
            if not any(part in ("example", "examples") for part in path):
                yield path, node


def types_of(schema: dict[str, Any]) -> set[str]:
    declared = schema["type"]
    return set(declared) if isinstance(declared, list) else {declared}


def resolve(spec: Spec, node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def validator(spec: Spec, *pointer: str) -> jsonschema.Draft202012Validator:
    """A JSON Schema 2020-12 validator for the schema at `pointer`, with the spec's $refs."""
    registry: Registry = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    escaped = "/".join(p.replace("~", "~0").replace("/", "~1") for p in pointer)
    return jsonschema.Draft202012Validator({"$ref": f"urn:spec#/{escaped}"}, registry=registry)


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_no_id_is_a_float(effective_spec: Spec) -> None:
    floats = [
        "/".join(map(str, path))
        for path, schema in schemas(effective_spec)
        if len(path) > 1
        and path[-2] == "properties"
        and (path[-1] == "id" or str(path[-1]).endswith("_id"))
        and "number" in types_of(schema)
    ]
    params = [
        f"{path} {param['name']}"
        for path, _, operation in operations(effective_spec)
        for param in operation.get("parameters", [])
        if param["name"].endswith("_id") and param["schema"]["type"] != "integer"
    ]
    assert floats == [] and params == []


def test_salon_ids_are_integers(effective_spec: Spec) -> None:
    body = effective_spec["paths"]["/marketplace/application/add_discount"]["post"]["requestBody"]
    assert body["content"][JSON]["schema"]["properties"]["salon_ids"]["items"] == {
        "type": "integer"
    }


def test_api_key_is_a_string(effective_spec: Spec) -> None:
    settings = effective_spec["components"]["schemas"]["marketplace_partner_settings"]
    assert settings["properties"]["api_key"]["type"] == "string"
    validator(effective_spec, "components", "schemas", "marketplace_partner_settings").validate(
        {"salon_id": 123, "application_id": 456, "api_key": "2f181e2a-5c22-4ae7-9d9b-07104f312c28"}
    )


def test_no_operation_declares_accept_content_type_or_authorization(effective_spec: Spec) -> None:
    headers = [
        (path, method, resolve(effective_spec, param)["name"])
        for path, method, operation in operations(effective_spec)
        for param in operation.get("parameters", [])
        if resolve(effective_spec, param)["in"] == "header"
    ]
    assert headers == []
    assert effective_spec["components"].get("parameters", {}) == {}


def test_every_array_has_an_item_type(effective_spec: Spec) -> None:
    missing = [
        "/".join(map(str, path))
        for path, schema in schemas(effective_spec)
        if "array" in types_of(schema) and "items" not in schema
    ]
    assert missing == []


def success_responses(spec: Spec) -> Iterator[tuple[str, tuple[str, ...]]]:
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            if status.startswith("2") and JSON in response.get("content", {}):
                yield (
                    operation["operationId"],
                    ("paths", path, method, "responses", status, "content", JSON, "schema"),
                )


@pytest.mark.parametrize("meta", [[], {}, {"message": "Accepted"}, {"count": 3}])
def test_every_success_envelope_accepts_meta_as_php_array_or_object(
    effective_spec: Spec, meta: Any
) -> None:
    checked = 0
    for operation_id, pointer in success_responses(effective_spec):
        if "meta" in effective_spec_at(effective_spec, pointer).get("properties", {}):
            body = {"success": True, "data": None, "meta": meta}
            errors = [
                e.message
                for e in validator(effective_spec, *pointer).iter_errors(body)
                if "meta" in e.absolute_path or e.validator == "required"
            ]
            assert errors == [], (operation_id, errors)
            checked += 1
    assert checked == 15  # all but callback/redirect's 200 `{success}`


def effective_spec_at(spec: Spec, pointer: tuple[str, ...]) -> Any:
    node: Any = spec
    for part in pointer:
        node = node[part]
    return node


def test_voip_accepted_response_allows_null_data(effective_spec: Spec) -> None:
    pointer = ("paths", "/voip/integration", "post", "responses", "202", "content", JSON, "schema")
    validator(effective_spec, *pointer).validate(
        {"success": True, "data": None, "meta": {"message": "Accepted"}}
    )


VOIP_BODIES: dict[str, list[dict[str, Any]]] = {
    "VoIP setup command": [
        {"command": "setup", "type": "enable", "crm_token": "t"},
        {"command": "setup", "type": "disable", "crm_token": "t"},
    ],
    "VoIP call event": [
        {"command": "event", "type": "incoming", "crm_token": "t", "phone": "+1", "diversion": "+2"}
    ],
    "VoIP call history": [
        {
            "command": "history",
            "type": "outgoing",
            "crm_token": "t",
            "phone": "+1",
            "diversion": "+2",
            "duration": 90,
            "status": "missed",
        }
    ],
}


@pytest.mark.parametrize(
    ("title", "body"),
    [(title, body) for title, bodies in VOIP_BODIES.items() for body in bodies],
)
def test_each_voip_body_matches_exactly_one_variant(
    effective_spec: Spec, title: str, body: dict[str, Any]
) -> None:
    pointer = ("paths", "/voip/integration", "post", "requestBody", "content", JSON, "schema")
    variants = effective_spec_at(effective_spec, pointer)["oneOf"]
    matching = [
        variant["title"]
        for index, variant in enumerate(variants)
        if validator(effective_spec, *pointer, "oneOf", str(index)).is_valid(body)
    ]
    assert matching == [title]
    validator(effective_spec, *pointer).validate(body)


def test_request_bodies_are_required(effective_spec: Spec) -> None:
    optional = [
        operation["operationId"]
        for _, _, operation in operations(effective_spec)
        if "requestBody" in operation and not operation["requestBody"].get("required")
    ]
    assert optional == []


def test_operations_keep_their_operation_ids_and_hosts(effective_spec: Spec) -> None:
    ids = sorted(operation["operationId"] for _, _, operation in operations(effective_spec))
    assert ids == sorted(OPERATIONS) and len(ids) == 19
    app = sorted(name for name, operation in OPERATIONS.items() if operation.host == "app")
    assert app == [
        "get_marketplace_integration_status",
        "list_marketplace_app_locations",
        "marketplace_notification_payment_callback",
        "marketplace_notification_settings_callback",
        "marketplace_notification_settings_redirect_callback",
        "marketplace_payment_refund_callback",
        "set_marketplace_notification_short_names",
        "uninstall_marketplace_app",
    ]
    user = sorted(
        name for name, operation in OPERATIONS.items() if operation.auth == "partner_user"
    )
    assert user == [
        "get_event_notification_settings",
        "list_voip_calls",
        "update_event_notification_settings",
    ]


def test_webhook_payloads_are_component_schemas_referenced_from_webhooks(
    effective_spec: Spec,
) -> None:
    for name, item in effective_spec["webhooks"].items():
        schema = item["post"]["requestBody"]["content"][JSON]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{name}"}
        assert name in effective_spec["components"]["schemas"]
    assert len(effective_spec["webhooks"]) == 12  # 11 entity events, the lifecycle call


def test_the_lifecycle_call_is_a_webhook_not_an_operation(effective_spec: Spec) -> None:
    # QUIRKS.md #53: moved from paths by 80-marketplace-webhook.yaml, operationId kept.
    assert "/marketplace_webhook" not in effective_spec["paths"]
    webhook = effective_spec["webhooks"]["MarketplaceWebhook"]["post"]
    assert webhook["operationId"] == "marketplace_webhook"
    assert webhook["parameters"] == []  # its Accept header went with every operation's
    payload = effective_spec["components"]["schemas"]["MarketplaceWebhook"]
    assert payload["required"] == ["salon_id", "application_id", "event", "partner_token"]
    resource = effective_spec["components"]["schemas"]["SalonEvent"]["properties"]["resource"]
    assert resource["enum"] == ["salon", "company"]
