"""Receiving what Altegio posts to the partner: entity events and marketplace lifecycle calls.

    from altegio_devtools import webhooks

    event = webhooks.parse_event(request_body)        # SalonEvent, RecordEvent, ... UnknownEvent
    events = webhooks.parse_events(request_body)      # one event, or a JSON array of them
    call = webhooks.parse_marketplace_event(request_body, partner_token=PARTNER_TOKEN)
    key = webhooks.event_key(event)                   # deliveries can repeat: deduplicate

The parsers accept bytes, str or an already decoded value, and raise only
errors.InvalidWebhookError (answer 400) and errors.WebhookAuthenticationError (answer 401).

An entity event that deviates from the description is not rejected: what fits is typed,
and `event.drift` lists what did not (logged once per event kind and path at WARNING).
`strict=True` raises InvalidWebhookError naming every such field instead. Only a body that
is not JSON, not an object, or lacks the envelope (`company_id`, `resource`,
`resource_id`, `status`) is rejected in both modes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._webhooks import PAYLOAD_BY_RESOURCE, WebhookPayload
from .drift import READ_ERRORS, Drift, DriftError, describe_drift, log_drift
from .errors import InvalidWebhookError, WebhookAuthenticationError
from .models import WebhookStatus

__all__ = [
    "Event",
    "Freeze",
    "MarketplaceEvent",
    "Payment",
    "Uninstall",
    "UnknownEvent",
    "UnknownMarketplaceEvent",
    "WebhookPayload",
    "event_key",
    "parse_event",
    "parse_events",
    "parse_marketplace_event",
]

Body = bytes | str | Mapping[str, Any] | list[Any]
ENVELOPE = ("company_id", "resource", "resource_id", "status")
LIFECYCLE = ("salon_id", "application_id", "event", "partner_token")
KNOWN_STATUSES = frozenset(status.value for status in WebhookStatus)


@dataclass(frozen=True)
class UnknownEvent:
    """An entity event for a resource or status this client does not know (yet)."""

    company_id: int
    resource: str
    resource_id: int
    status: str
    data: Any
    raw: dict[str, Any] = field(repr=False)
    drift: tuple[Drift, ...] = field(default=(), repr=False)
    """Always empty: nothing is expected of an unknown event."""


Event = WebhookPayload | UnknownEvent


@dataclass(frozen=True)
class Uninstall:
    """The application was switched off for the location."""

    salon_id: int
    application_id: int


@dataclass(frozen=True)
class Freeze:
    """The integration was frozen: the paid period ran out."""

    salon_id: int
    application_id: int


@dataclass(frozen=True)
class Payment:
    """A location paid for the application through Altegio (production only); its `sign`
    was verified."""

    salon_id: int
    application_id: int
    payment_id: int | None
    amount: float
    currency_iso: str | None
    discount: float | None
    period_from: str | None
    period_to: str | None
    payment_date: str | None
    tariff_option_id: int | None


@dataclass(frozen=True)
class UnknownMarketplaceEvent:
    """An authenticated lifecycle call with an event this client does not know (yet)."""

    event: str
    salon_id: int
    application_id: int
    raw: dict[str, Any] = field(repr=False)


MarketplaceEvent = Uninstall | Freeze | Payment | UnknownMarketplaceEvent


def parse_event(body: Body, *, strict: bool = False) -> Event:
    """An entity event (`company_id`, `resource`, `resource_id`, `status`, `data`) as its
    generated payload model, or UnknownEvent for a resource or status not in the spec.
    `resource: company` (what Altegio sends for locations) reads as a SalonEvent.

    A field that deviates from the description is listed in the event's `drift` (and
    logged), or, with `strict=True`, raises InvalidWebhookError naming every such field."""
    payload = _load(body)
    if not isinstance(payload, dict):
        raise InvalidWebhookError(
            f"the body is a JSON {_json_type(payload)}, not an object"
            + (" (use parse_events for a list of events)" if isinstance(payload, list) else "")
        )
    return _parse_one(payload, strict)


def parse_events(body: Body, *, strict: bool = False) -> list[Event]:
    """The events of a delivery whose body is one event object or a JSON array of them
    (some receivers have seen arrays), each as parse_event reads it. An array item that
    is not an event fails the whole body, its index named (`[2]: ...`)."""
    payload = _load(body)
    if isinstance(payload, dict):
        return [_parse_one(payload, strict)]
    if not isinstance(payload, list):
        raise InvalidWebhookError(
            f"the body is a JSON {_json_type(payload)}, not an event or a list of events"
        )
    events = []
    for index, item in enumerate(payload):
        if not isinstance(item, dict):
            raise InvalidWebhookError(f"[{index}]: a JSON {_json_type(item)}, not an event")
        try:
            events.append(_parse_one(item, strict))
        except InvalidWebhookError as error:
            raise InvalidWebhookError(f"[{index}]: {error}", error.drift) from error
    return events


def _parse_one(payload: dict[str, Any], strict: bool) -> Event:
    _require(payload, ENVELOPE)
    resource, status = payload["resource"], payload["status"]
    company_id = _integer(payload, "company_id")
    resource_id = _integer(payload, "resource_id")
    model = PAYLOAD_BY_RESOURCE.get(resource) if isinstance(resource, str) else None
    if model is None or not isinstance(status, str) or status not in KNOWN_STATUSES:
        return UnknownEvent(
            company_id, str(resource), resource_id, str(status), payload.get("data"), payload
        )
    try:
        event = model.from_dict(payload)
    except DriftError as error:
        raise InvalidWebhookError(
            f"{resource} event cannot be read: {error}", error.entries
        ) from error
    except (*READ_ERRORS, RecursionError) as error:
        raise InvalidWebhookError(f"{resource} event cannot be read: {error}") from error
    if event.drift:
        if strict:
            raise InvalidWebhookError(
                f"{resource} event does not match the description: {describe_drift(event.drift)}",
                event.drift,
            )
        log_drift(f"{resource} event", event.drift)
    return event


def parse_marketplace_event(body: Body, *, partner_token: str) -> MarketplaceEvent:
    """A marketplace lifecycle call, authenticated: its `partner_token` must equal ours
    (compared in constant time), and a `payment` must carry the right HMAC-SHA256 `sign`."""
    if not partner_token:
        # An empty token would make every forged call (and its sign) check out.
        raise ValueError("partner_token must be your non-empty partner token")
    payload = _load_object(body)
    _require(payload, LIFECYCLE)
    received = payload["partner_token"]
    if not isinstance(received, str) or not hmac.compare_digest(
        received.encode(), partner_token.encode()
    ):
        raise WebhookAuthenticationError("lifecycle call with a wrong partner_token")
    salon_id = _integer(payload, "salon_id")
    application_id = _integer(payload, "application_id")
    event = payload["event"]
    if event == "uninstall":
        return Uninstall(salon_id, application_id)
    if event == "freeze":
        return Freeze(salon_id, application_id)
    if event == "payment":
        return _payment(payload, salon_id, application_id, partner_token)
    return UnknownMarketplaceEvent(str(event), salon_id, application_id, payload)


def _payment(
    payload: dict[str, Any], salon_id: int, application_id: int, partner_token: str
) -> Payment:
    _require(payload, ("amount", "sign"))
    discount = payload.get("discount")
    # sign = HMAC-SHA256(partner_token, "salon_id=..&amount=..[&discount=..]"), numbers
    # written as the sender (JavaScript/PHP) writes them: 100, not 100.0.
    message = f"salon_id={salon_id}&amount={_wire_number(payload, 'amount')}"
    if discount is not None:
        message += f"&discount={_wire_number(payload, 'discount')}"
    expected = hmac.new(partner_token.encode(), message.encode(), hashlib.sha256).hexdigest()
    sign = payload["sign"]
    if not isinstance(sign, str) or not hmac.compare_digest(
        sign.lower().encode(), expected.encode()
    ):
        raise WebhookAuthenticationError("payment call with a wrong sign")
    return Payment(
        salon_id=salon_id,
        application_id=application_id,
        payment_id=_optional_integer(payload, "payment_id"),
        amount=float(_number(payload, "amount")),
        currency_iso=_optional_str(payload, "currency_iso"),
        discount=None if discount is None else float(_number(payload, "discount")),
        period_from=_optional_str(payload, "period_from"),
        period_to=_optional_str(payload, "period_to"),
        payment_date=_optional_str(payload, "payment_date"),
        tariff_option_id=_optional_integer(payload, "tariff_option_id"),
    )


def event_key(event: Event | MarketplaceEvent) -> str:
    """A stable key to deduplicate repeated deliveries: the same delivery always gives the
    same key. Uninstall and Freeze carry no more than the location and application, so
    two real ones (a freeze a month later) share a key: deduplicate those only within a
    short window, or not at all (handling them twice is harmless)."""
    if isinstance(event, Payment):
        detail = event.payment_id if event.payment_id is not None else _digest(vars(event))
        return f"marketplace:payment:{event.application_id}:{event.salon_id}:{detail}"
    if isinstance(event, Uninstall | Freeze):
        name = type(event).__name__.lower()
        return f"marketplace:{name}:{event.application_id}:{event.salon_id}"
    if isinstance(event, UnknownMarketplaceEvent):
        fields = {k: v for k, v in event.raw.items() if k not in ("partner_token", "sign")}
        return (
            f"marketplace:{event.event}:{event.application_id}:{event.salon_id}:{_digest(fields)}"
        )
    raw = event.raw if isinstance(event, UnknownEvent) else event.to_dict()
    content: Any = raw
    if event.drift:  # what did not fit is not in to_dict(), but still tells deliveries apart
        content = [raw, [[entry.path, entry.value] for entry in event.drift]]
    envelope = ":".join(
        str(raw.get(name)) for name in ("resource", "company_id", "resource_id", "status")
    )
    return f"{envelope}:{_digest(content)}"


def _load(body: Body) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, list):
        return body
    try:
        return json.loads(body, parse_float=_keep_float_text)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise InvalidWebhookError(f"the body is not JSON: {error}") from error


def _load_object(body: Body) -> dict[str, Any]:
    payload = _load(body)
    if not isinstance(payload, dict):
        raise InvalidWebhookError(f"the body is a JSON {_json_type(payload)}, not an object")
    return payload


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


class _FloatText(float):
    """A JSON number that remembers how it was written (for the payment `sign`)."""

    text: str


def _keep_float_text(text: str) -> float:
    number = _FloatText(text)
    number.text = text
    return number


def _wire_number(payload: dict[str, Any], name: str) -> str:
    value = payload[name]
    if isinstance(value, _FloatText):
        return value.text
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _require(payload: dict[str, Any], names: tuple[str, ...]) -> None:
    missing = [name for name in names if name not in payload]
    if missing:
        raise InvalidWebhookError(f"the body lacks {', '.join(missing)}")


def _integer(payload: dict[str, Any], name: str) -> int:
    value = payload[name]
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidWebhookError(f"{name} is not an integer: {value!r}")
    try:
        return int(value)
    except ValueError:
        raise InvalidWebhookError(f"{name} is not an integer: {value!r}") from None


def _optional_integer(payload: dict[str, Any], name: str) -> int | None:
    return None if payload.get(name) is None else _integer(payload, name)


def _number(payload: dict[str, Any], name: str) -> float:
    value = payload[name]
    try:
        if isinstance(value, bool):
            raise TypeError
        return float(value)
    except (TypeError, ValueError):
        raise InvalidWebhookError(f"{name} is not a number: {value!r}") from None


def _optional_str(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    return None if value is None else str(value)


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
