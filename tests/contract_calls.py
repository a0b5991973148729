"""One realistic call per operation, shared by the contract suites (Prism and openapi-core).

Request bodies are built from the description's own examples through the generated
models, so a model that mistypes a field (an ID as a float, api_key as a number) changes
what goes on the wire and the suites point at that field. The model's fields are then
passed as the method's keyword arguments (VoIP's `send_event`: with `command=` picking the
variant; test_names.py covers its `body=` form).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import attrs
import yaml

from altegio_devtools import models
from altegio_devtools.api import AsyncResources, Resources
from tests.conftest import EFFECTIVE_SPEC

JSON = "application/json"
SPEC: dict[str, Any] = yaml.safe_load(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
APPLICATION, LOCATION = 456, 123


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def sample(schema: Any) -> Any:
    """A value for `schema`: its example, else one built from its parts."""
    schema = resolve(schema)
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0])
    types = schema.get("type", "object")
    kind = next(t for t in types if t != "null") if isinstance(types, list) else types
    if kind == "object":
        return {name: sample(sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [] if schema.get("maxItems") == 0 else [sample(schema.get("items", {}))]
    if kind == "string" and schema.get("format") in FORMATTED:
        return FORMATTED[schema["format"]]
    return {"integer": 1, "number": 1.5, "boolean": True, "string": "text"}[kind]


#: A string in each format the parser reads as more than a string.
FORMATTED = {"date-time": "2026-01-02 10:30:00", "date": "2026-01-02"}


def fields(model: Any) -> dict[str, Any]:
    """A body model's fields as the keyword arguments of its resource method."""
    return {f.name: getattr(model, f.name) for f in attrs.fields(type(model)) if f.init}


def body_schema(path: str, method: str = "post", variant: str | None = None) -> Any:
    schema = resolve(SPEC["paths"][path][method]["requestBody"]["content"][JSON]["schema"])
    if variant is not None:
        return next(v for v in schema["oneOf"] if v["title"] == variant)
    return schema


def example_body(path: str, method: str = "post", variant: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = sample(body_schema(path, method, variant))
    return body


# Each entry: the body the call sends (None: no body), and the call itself.
Call = Callable[[Resources | AsyncResources], Any]
CALLS: dict[str, tuple[dict[str, Any] | None, Call]] = {}


def _call(operation_id: str, body: dict[str, Any] | None = None) -> Callable[[Call], Call]:
    def register(call: Call) -> Call:
        CALLS[operation_id] = (body, call)
        return call

    return register


PARTNER_SETTINGS = example_body("/marketplace/partner/callback")
PAYMENT = example_body("/marketplace/partner/payment")
SHORT_NAMES = example_body("/marketplace/partner/short_names")
DISCOUNT = example_body("/marketplace/application/add_discount")
CHANNEL = example_body("/marketplace/application/update_channel")
HOOKS = example_body("/hooks_settings/{location_id}")
CALL_EVENT = example_body("/voip/integration", variant="VoIP call event")
CALLS_FILTER = example_body("/voip/integration/calls", method="get")


def first_page(page: Any) -> Any:
    """A paginated call's first body (its page object's `body`), sync or async: the
    contract is checked for the one request the call sends."""
    if inspect.isawaitable(page):

        async def body() -> Any:
            return (await page).body

        return body()
    return page.body


@_call("list_marketplace_app_locations")
def _(c: Any) -> Any:
    return first_page(c.marketplace.list_locations(APPLICATION, page=1, count=1000))


@_call("marketplace_partner_applications_tariffs_list")
def _(c: Any) -> Any:
    return c.marketplace.list_tariffs(APPLICATION)


@_call("marketplace_partner_application_add_discount", DISCOUNT)
def _(c: Any) -> Any:
    return c.marketplace.set_discount(**fields(models.SetDiscountBody.from_dict(DISCOUNT)))


@_call("marketplace_partner_application_payment_link")
def _(c: Any) -> Any:
    return c.marketplace.get_payment_link(
        salon_id=LOCATION, application_id=APPLICATION, discount=15.5
    )


@_call("marketplace_partner_applications_update_channel", CHANNEL)
def _(c: Any) -> Any:
    return c.marketplace.update_channel(**fields(models.UpdateChannelBody.from_dict(CHANNEL)))


@_call("get_marketplace_integration_status")
def _(c: Any) -> Any:
    return c.marketplace.get_status(LOCATION, APPLICATION)


@_call("uninstall_marketplace_app")
def _(c: Any) -> Any:
    return c.marketplace.uninstall(LOCATION, APPLICATION)


@_call("marketplace_notification_settings_callback", PARTNER_SETTINGS)
def _(c: Any) -> Any:
    return c.marketplace.install(**fields(models.InstallSettings.from_dict(PARTNER_SETTINGS)))


@_call("marketplace_notification_settings_redirect_callback", PARTNER_SETTINGS)
def _(c: Any) -> Any:
    return c.marketplace.install_redirect(
        **fields(models.InstallSettings.from_dict(PARTNER_SETTINGS))
    )


@_call("marketplace_notification_payment_callback", PAYMENT)
def _(c: Any) -> Any:
    return c.marketplace.notify_payment(**fields(models.NotifyPaymentBody.from_dict(PAYMENT)))


@_call("marketplace_payment_refund_callback")
def _(c: Any) -> Any:
    return c.marketplace.refund_payment(1523)


@_call("set_marketplace_notification_short_names", SHORT_NAMES)
def _(c: Any) -> Any:
    return c.marketplace.set_sms_sender_names(
        **fields(models.SetSmsSenderNamesBody.from_dict(SHORT_NAMES))
    )


@_call("get_event_notification_settings")
def _(c: Any) -> Any:
    return c.webhooks.get_settings(LOCATION)


@_call("update_event_notification_settings", HOOKS)
def _(c: Any) -> Any:
    return c.webhooks.update_settings(
        LOCATION, **fields(models.UpdateSettingsBody.from_dict(HOOKS))
    )


@_call("handle_voip_integration_event", CALL_EVENT)
def _(c: Any) -> Any:
    return c.voip.send_event(**fields(models.VoIPCallEvent.from_dict(CALL_EVENT)))


@_call("list_voip_calls", CALLS_FILTER)
def _(c: Any) -> Any:
    return first_page(c.voip.list_calls(**fields(models.ListCallsBody.from_dict(CALLS_FILTER))))


@_call("get_country_list")
def _(c: Any) -> Any:
    return c.dictionaries.list_countries()


@_call("get_city_list")
def _(c: Any) -> Any:
    return c.dictionaries.list_cities(country_id=7, company_id=LOCATION)


@_call("get_business_types_by_group")
def _(c: Any) -> Any:
    return c.dictionaries.list_business_types()


def json_differences(sent: Any, documented: Any, path: str = "body") -> list[str]:
    """Where the JSON we sent differs from the documented example, types included
    (123.0 is not 123 on the wire)."""
    if isinstance(documented, dict) and isinstance(sent, dict):
        keys = sorted(set(sent) | set(documented))
        return [
            d for k in keys for d in json_differences(sent.get(k), documented.get(k), f"{path}.{k}")
        ]
    if isinstance(documented, list) and isinstance(sent, list) and len(sent) == len(documented):
        pairs = zip(sent, documented, strict=True)
        return [d for i, (s, e) in enumerate(pairs) for d in json_differences(s, e, f"{path}[{i}]")]
    if json.dumps(sent) != json.dumps(documented):
        return [f"{path}: sent {json.dumps(sent)}, documented {json.dumps(documented)}"]
    return []
