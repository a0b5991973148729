"""FakeAltegio's state and its 19 operations (see fake_altegio.py, which routes requests here
and holds the lock around every call). Each operation reads a checked `Call` and answers an
`Answer`, or raises `Refusal` with Altegio's status and message."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: What Altegio answers to a repeated install ("the user has already installed this app").
ALREADY_INSTALLED = "Пользователь уже установил это приложение."
NOT_FOUND = "Not found"
_ALTEGIO_DATE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})")
#: The hook settings' flags (0/1), beside `urls` and `active`.
HOOK_FLAGS = (
    "salon", "service_category", "service", "good", "master", "client", "record",
    "goods_operations_sale", "goods_operations_receipt", "goods_operations_consumable",
    "goods_operations_stolen", "goods_operations_move", "finances_operation",
)  # fmt: skip
#: The flag that switches a resource's events (resources without one follow `active` only).
FLAG_OF_RESOURCE = {"company": "salon", "staff": "master"}
CHANNELS = ("sms", "whatsapp")
CALL_TYPES = ("incoming", "outgoing", "internal")
CALL_STATUSES = ("success", "missed", "cancel", "busy", "notallowed", "notavailable", "notfound")
COUNTRIES = (
    {"id": 1, "title": "Invented Republic", "full_title": "The Invented Republic",
     "iso_code": "IR", "phone_code": "99", "phone_template": "+99 ### ### ###",
     "phone_example": "+99 123 456 789", "currency": "EUR", "exchange": 1, "lang_id": 1,
     "group_type": 1, "is_eu": True},
    {"id": 2, "title": "Sample Kingdom", "full_title": "The Sample Kingdom", "iso_code": "SK",
     "phone_code": "98", "phone_template": "+98 ### ####", "phone_example": "+98 123 4567",
     "currency": "USD", "exchange": 0.9, "lang_id": 2, "group_type": 2, "is_eu": False},
)  # fmt: skip
CITIES = (
    {"id": 11, "country_id": 1, "title": "Example City"},
    {"id": 12, "country_id": 1, "title": "Testville"},
    {"id": 21, "country_id": 2, "title": "Sample Town"},
)
BUSINESS_GROUPS = (
    {"id": 1, "title": "Beauty", "image": "https://example.invalid/beauty.png",
     "image_small": "https://example.invalid/beauty-small.png",
     "types": [{"id": 1, "business_group_id": 1, "title": "Hair salon"},
               {"id": 2, "business_group_id": 1, "title": "Nail studio"}]},
)  # fmt: skip
TARIFFS = (
    {"id": 1, "options": [
        {"id": 10, "overall_price": 29.9, "duration_in_months": 1, "currency_iso": "EUR",
         "staff_amount": 5, "free_period_in_months": 0},
        {"id": 11, "overall_price": 299.0, "duration_in_months": 12, "currency_iso": "EUR",
         "staff_amount": 5, "free_period_in_months": 1}]},
)  # fmt: skip


class Refusal(Exception):
    """Altegio's refusal: the status and its `meta.message`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Call:
    """A request, matched and authenticated: its path IDs, query and body (bytes)."""

    ids: Mapping[str, int]
    query: Mapping[str, str]
    content: bytes
    stamp: Callable[[], str]  # the fake's clock, as Altegio's Y-m-d H:i:s

    def body(self) -> dict[str, Any]:
        try:
            body = json.loads(self.content)
        except ValueError:
            raise Refusal(422, "The body is not JSON.") from None
        if not isinstance(body, dict):
            raise Refusal(422, "The body is not a JSON object.")
        return body

    def query_int(self, name: str, default: int | None = None) -> int:
        text = self.query.get(name)
        if text is None and default is not None:
            return default
        if text is None or not text.isdigit() or int(text) < 1:
            raise Refusal(422, f"The {name} must be a positive integer.")
        return int(text)


@dataclass
class Answer:
    """A success: the status, the envelope's data and meta (no body when `empty`, only
    `{"success": true}` when `bare`), and the lifecycle calls Altegio would post to the
    application's callback URL."""

    status: int = 200
    data: Any = None
    meta: Any = field(default_factory=dict)
    empty: bool = False
    bare: bool = False
    lifecycle: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Integration:
    """One application in one location."""

    created_at: str
    status: str = "active"
    payments: list[dict[str, Any]] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)
    short_names: list[str] = field(default_factory=list)
    channels: dict[str, bool] = field(default_factory=dict)
    discount: float | None = None
    payment_links: list[str] = field(default_factory=list)


@dataclass
class State:
    """Everything a flow changes. Not thread-safe by itself: FakeAltegio locks around it."""

    locations: Mapping[int, str] | None
    crm_tokens: Mapping[str, int]
    integrations: dict[tuple[int, int], Integration] = field(default_factory=dict)
    payments: dict[int, tuple[int, int]] = field(default_factory=dict)
    hooks: dict[int, dict[str, Any]] = field(default_factory=dict)
    voip_enabled: set[str] = field(default_factory=set)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def title(self, salon_id: int) -> str:
        if self.locations is None:
            return f"Location {salon_id}"
        if salon_id not in self.locations:
            raise Refusal(404, NOT_FOUND)
        return self.locations[salon_id]

    def installed(self, salon_id: int, application_id: int) -> Integration:
        integration = self.integrations.get((salon_id, application_id))
        if integration is None or integration.status == "uninstalled":
            raise Refusal(403, "The application is not installed in this location.")
        return integration

    def hook_settings(self, salon_id: int) -> dict[str, Any]:
        self.title(salon_id)
        default = {"urls": [], "active": 0, **dict.fromkeys(HOOK_FLAGS, 0)}
        return self.hooks.setdefault(salon_id, default)

    def add_payment(self, key: tuple[int, int], **fields: Any) -> int:
        """Record a payment of an installed application; its ID (1, 2, ...)."""
        integration = self.installed(*key)
        payment_id = len(self.payments) + 1
        integration.payments.append({"id": payment_id, "is_refunded": False, **fields})
        self.payments[payment_id] = key
        return payment_id

    def change_status(self, integration: Integration, status: str, stamp: str) -> None:
        log = {"changed_at": stamp, "status_from": integration.status, "status_to": status}
        integration.logs.append({**log, "source": "partner_api"})
        integration.status = status


Operation = Callable[[State, Call], Answer]


def install(state: State, call: Call) -> Answer:
    body = call.body()
    salon_id, application_id = ids(body, "salon_id", "application_id")
    state.title(salon_id)
    urls = strings(body, "webhook_urls") if "webhook_urls" in body else []
    if "api_key" in body and not isinstance(body["api_key"], str):
        raise Refusal(422, "The api_key field must be a string.")
    key = (salon_id, application_id)
    known = state.integrations.get(key)
    if known is not None and known.status != "uninstalled":
        raise Refusal(403, ALREADY_INSTALLED)
    integration = Integration(created_at=call.stamp(), logs=known.logs if known else [])
    integration.status = "uninstalled"
    state.change_status(integration, "active", integration.created_at)
    state.integrations[key] = integration
    if urls:  # the install copies the application's hooks (all but schedule) to the location
        settings = state.hook_settings(salon_id)
        settings["urls"] = list(dict.fromkeys([*settings["urls"], *urls]))[:10]
        settings |= {"active": 1, **dict.fromkeys(HOOK_FLAGS, 1)}
    return Answer(201, empty=True)


def install_redirect(state: State, call: Call) -> Answer:
    install(state, call)
    return Answer(bare=True)


def uninstall(state: State, call: Call) -> Answer:
    key = (call.ids["location_id"], call.ids["application_id"])
    integration = state.integrations.get(key)
    if integration is None or integration.status == "uninstalled":
        raise Refusal(404, NOT_FOUND)
    state.change_status(integration, "uninstalled", call.stamp())
    lifecycle = {"event": "uninstall", "salon_id": key[0], "application_id": key[1]}
    return Answer(lifecycle=[lifecycle])


def list_locations(state: State, call: Call) -> Answer:
    application_id = call.ids["application_id"]
    page, count = call.query_int("page", 1), call.query_int("count", 20)
    connected = sorted(
        salon
        for (salon, application), integration in state.integrations.items()
        if application == application_id and integration.status != "uninstalled"
    )
    chosen = connected[(page - 1) * count : page * count]
    return Answer(data=[{"id": salon, "title": state.title(salon), "active": 1}
                        for salon in chosen])  # fmt: skip


def get_status(state: State, call: Call) -> Answer:
    integration = state.integrations.get((call.ids["location_id"], call.ids["application_id"]))
    if integration is None or integration.status == "uninstalled":
        raise Refusal(404, NOT_FOUND)
    status = {"status": integration.status, "created_at": integration.created_at}
    data = {
        "connection_status": status,
        "payments": [dict(payment) for payment in integration.payments],
        "logs": [dict(log) for log in integration.logs],
    }
    return Answer(data=data)


def notify_payment(state: State, call: Call) -> Answer:
    body = call.body()
    salon_id, application_id = ids(body, "salon_id", "application_id")
    for name in ("currency_iso", "payment_sum", "payment_date", "period_from", "period_to"):
        if name not in body:
            raise Refusal(422, f"The {name} field is required.")
    if not isinstance(body["currency_iso"], str):
        raise Refusal(422, "The currency_iso field must be a string.")
    amount = number(body, "payment_sum")
    for name in ("payment_date", "period_from", "period_to"):
        if not isinstance(body[name], str) or not _ALTEGIO_DATE.fullmatch(body[name]):
            raise Refusal(422, f"The {name} does not match the format Y-m-d H:i:s.")
    payment_id = state.add_payment(
        (salon_id, application_id), payment_sum=amount, payment_date=body["payment_date"],
        period_from=body["period_from"], period_to=body["period_to"],
    )  # fmt: skip
    return Answer(data={"id": payment_id})


def refund_payment(state: State, call: Call) -> Answer:
    key = state.payments.get(call.ids["payment_id"])
    if key is None:
        raise Refusal(404, NOT_FOUND)
    payment = next(p for p in state.integrations[key].payments if p["id"] == call.ids["payment_id"])
    if payment["is_refunded"]:
        raise Refusal(422, "The payment is already refunded.")
    payment["is_refunded"] = True
    return Answer(empty=True)


def set_sms_sender_names(state: State, call: Call) -> Answer:
    body = call.body()
    integration = state.installed(*ids(body, "salon_id", "application_id"))
    integration.short_names = strings(body, "short_names")
    return Answer(201, empty=True)


def update_channel(state: State, call: Call) -> Answer:
    body = call.body()
    integration = state.installed(*ids(body, "salon_id", "application_id"))
    slug = body.get("channel_slug")
    if slug not in CHANNELS:
        raise Refusal(422, "The channel_slug must be one of sms, whatsapp.")
    available = body.get("is_available")
    if not isinstance(available, bool):
        raise Refusal(422, "The is_available field must be a boolean.")
    integration.channels[slug] = available
    return Answer(data={})


def set_discount(state: State, call: Call) -> Answer:
    body = call.body()
    (application_id,) = ids(body, "application_id")
    salon_ids = body.get("salon_ids")
    if not isinstance(salon_ids, list) or not salon_ids or not all(map(_is_int, salon_ids)):
        raise Refusal(422, "The salon_ids field must be a non-empty list of integers.")
    discount = number(body, "discount")
    if not 0 <= discount <= 100:
        raise Refusal(422, "The discount must be between 0 and 100.")
    integrations = [state.integrations.get((salon, application_id)) for salon in salon_ids]
    if any(i is None or i.status == "uninstalled" for i in integrations):
        raise Refusal(404, NOT_FOUND)
    for integration in integrations:
        integration.discount = discount  # type: ignore[union-attr]
    return Answer(data={})


def get_payment_link(state: State, call: Call) -> Answer:
    salon_id, application_id = call.query_int("salon_id"), call.query_int("application_id")
    integration = state.integrations.get((salon_id, application_id))
    if integration is None or integration.status == "uninstalled":
        raise Refusal(404, NOT_FOUND)
    discount = call.query.get("discount")
    number = len(integration.payment_links) + 1
    url = f"https://app.alteg.io/payment/{salon_id}/{application_id}/{number}"
    if discount is not None:
        url += f"?discount={discount}"
    integration.payment_links.append(url)
    return Answer(data={"url": url})


def list_tariffs(state: State, call: Call) -> Answer:
    return Answer(data=[{**tariff, "id": call.ids["application_id"]} for tariff in TARIFFS])


def get_hook_settings(state: State, call: Call) -> Answer:
    return Answer(data=_copy(state.hook_settings(call.ids["location_id"])))


def update_hook_settings(state: State, call: Call) -> Answer:
    body = call.body()
    settings = state.hook_settings(call.ids["location_id"])
    urls = strings(body, "urls")
    if not 1 <= len(set(urls)) <= 10:
        raise Refusal(422, "The urls field must hold 1 to 10 unique URLs.")
    flags = {"active": flag(body, "active", required=True)}
    flags |= {name: flag(body, name) for name in (*HOOK_FLAGS, "self_sending")}
    settings.clear()  # the POST replaces the whole location's configuration
    settings |= {"urls": list(dict.fromkeys(urls)), **flags}
    settings.pop("self_sending")
    return Answer(201, data=_copy(settings))


def voip_event(state: State, call: Call) -> Answer:
    body = call.body()
    command, token = body.get("command"), body.get("crm_token")
    if not isinstance(token, str) or token not in state.crm_tokens:
        raise Refusal(404, "The integration is not found.")
    if command == "setup":
        kind = choice(body, "type", ("enable", "disable"))
        (state.voip_enabled.add if kind == "enable" else state.voip_enabled.discard)(token)
        return Answer(202, meta={"message": "Accepted"})
    if command not in ("event", "history"):
        raise Refusal(422, "The command must be one of setup, event, history.")
    if token not in state.voip_enabled:
        raise Refusal(403, "The integration is disabled.")
    kind = choice(body, "type", CALL_TYPES)
    phone, _ = text(body, "phone"), text(body, "diversion")
    if command == "history":
        state.calls.append(_call_record(state, body, token, kind, phone))
    return Answer(202, meta={"message": "Accepted"})


def _call_record(
    state: State, body: dict[str, Any], token: str, kind: str, phone: str
) -> dict[str, Any]:
    date = body.get("date")
    if not isinstance(date, str) or not _ISO_MOMENT.fullmatch(date):
        raise Refusal(422, "The date must be an ISO 8601 moment with its offset.")
    status = choice(body, "status", ("success", "missed"))
    duration = body.get("duration", 0)
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise Refusal(422, "The duration field must be an integer.")
    return {
        "id": len(state.calls) + 1, "salon_id": state.crm_tokens[token], "client_id": 0,
        "caller_phone": phone, "record_link": str(body.get("link", "")),
        "duration": duration, "status": status, "type": kind, "call_date": date,
    }  # fmt: skip


def list_calls(state: State, call: Call) -> Answer:
    body = call.body()
    (salon_id,) = ids(body, "salon_id")
    state.title(salon_id)
    dates = []
    for name in ("date_from", "date_to"):
        if not isinstance(body.get(name), str) or not _DAY.fullmatch(body[name]):
            raise Refusal(422, f"The {name} does not match the format Y-m-d.")
        dates.append(body[name])
    types, statuses = body.get("types", CALL_TYPES), body.get("statuses", CALL_STATUSES)
    chosen = [
        {k: v for k, v in record.items() if k != "salon_id"}
        for record in state.calls
        if record["salon_id"] == salon_id
        and dates[0] <= record["call_date"][:10] <= dates[1]
        and record["type"] in types
        and record["status"] in statuses
        and body.get("phone", record["caller_phone"]) == record["caller_phone"]
    ]
    page, limit = body.get("page", 1), body.get("limit", 25)
    if any(isinstance(n, bool) or not isinstance(n, int) or n < 1 for n in (page, limit)):
        raise Refusal(422, "The page and limit must be positive integers.")
    return Answer(data=chosen[(page - 1) * limit : page * limit])


def list_countries(state: State, call: Call) -> Answer:
    return Answer(data=_copy(list(COUNTRIES)))


def list_cities(state: State, call: Call) -> Answer:
    country = call.query_int("country_id") if "country_id" in call.query else None
    if "company_id" in call.query:
        state.title(call.query_int("company_id"))
    return Answer(data=[dict(c) for c in CITIES if country in (None, c["country_id"])])


def list_business_types(state: State, call: Call) -> Answer:
    return Answer(data=_copy(list(BUSINESS_GROUPS)), meta={"count": len(BUSINESS_GROUPS)})


#: Each operation of the description (its operationId) and what answers it.
OPERATIONS: dict[str, Operation] = {
    "marketplace_notification_settings_callback": install,
    "marketplace_notification_settings_redirect_callback": install_redirect,
    "uninstall_marketplace_app": uninstall,
    "list_marketplace_app_locations": list_locations,
    "get_marketplace_integration_status": get_status,
    "marketplace_notification_payment_callback": notify_payment,
    "marketplace_payment_refund_callback": refund_payment,
    "set_marketplace_notification_short_names": set_sms_sender_names,
    "marketplace_partner_applications_update_channel": update_channel,
    "marketplace_partner_application_add_discount": set_discount,
    "marketplace_partner_application_payment_link": get_payment_link,
    "marketplace_partner_applications_tariffs_list": list_tariffs,
    "get_event_notification_settings": get_hook_settings,
    "update_event_notification_settings": update_hook_settings,
    "handle_voip_integration_event": voip_event,
    "list_voip_calls": list_calls,
    "get_country_list": list_countries,
    "get_city_list": list_cities,
    "get_business_types_by_group": list_business_types,
}


def ids(body: Mapping[str, Any], *names: str) -> tuple[int, ...]:
    for name in names:
        if not _is_int(body.get(name)):
            raise Refusal(422, f"The {name} field must be an integer.")
    return tuple(body[name] for name in names)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def number(body: Mapping[str, Any], name: str) -> float:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refusal(422, f"The {name} field must be a number.")
    return value


def flag(body: Mapping[str, Any], name: str, *, required: bool = False) -> int:
    value = body.get(name, None if required else 0)
    if isinstance(value, bool) or value not in (0, 1):
        raise Refusal(422, f"The {name} field must be 0 or 1.")
    return int(value)


def choice(body: Mapping[str, Any], name: str, options: tuple[str, ...]) -> str:
    value = body.get(name)
    if value not in options:
        raise Refusal(422, f"The {name} must be one of {', '.join(options)}.")
    return str(value)


def text(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise Refusal(422, f"The {name} field must be a string.")
    return value


def strings(body: Mapping[str, Any], name: str) -> list[str]:
    value = body.get(name)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise Refusal(422, f"The {name} field must be a list of strings.")
    return value


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value))
