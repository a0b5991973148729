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
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._coerce import as_int
from ._webhooks import PAYLOAD_BY_RESOURCE, WebhookPayload
from .drift import READ_ERRORS, Drift, DriftError, describe_drift, log_drift, nested
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
#: An ID as a JSON string: ASCII digits only (int() would also take "١٢٣" and "1_000").
_ID_TEXT = re.compile(r"[0-9]+")
#: An amount as a JSON string: JSON's own number syntax (float() would take "1_000", "nan").
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


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
            under_index = tuple(nested(None, f"[{index}]", error.drift) or ())
            raise InvalidWebhookError(f"[{index}]: {error}", under_index) from error
    return events


def _parse_one(payload: dict[str, Any], strict: bool) -> Event:
    company_id, resource_id = _envelope_ids(payload)
    resource, status = payload["resource"], payload["status"]
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
    (compared in constant time), and a `payment` must carry the right HMAC-SHA256 `sign`.

    The sign covers `salon_id=<id>&amount=<amount>[&discount=<discount>]`. Each number is
    accepted spelled the JavaScript way (`99.9`, `100`: how Altegio's integration hub
    formats the parsed value), whether the body comes as bytes or as a decoded dict, and
    spelled as written in raw bytes (`99.90`, `1e2`); no other spelling. A body that
    repeats a key, or an ID that is not ASCII digits, is rejected."""
    if not partner_token:
        # An empty token would make every forged call (and its sign) check out.
        raise ValueError("partner_token must be your non-empty partner token")
    payload = _load_lifecycle(body)
    _require(payload, LIFECYCLE)
    if not _same_secret(payload["partner_token"], partner_token):
        raise WebhookAuthenticationError("lifecycle call with a wrong partner_token")
    salon_id = _lifecycle_id(payload, "salon_id")
    application_id = _lifecycle_id(payload, "application_id")
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
    amount, amount_texts = _amount(payload, "amount")
    discount: float | None = None
    discount_texts: tuple[str | None, ...] = (None,)
    if payload.get("discount") is not None:
        discount, discount_texts = _amount(payload, "discount")
    salon = payload["salon_id"]  # as sent: a string ID is signed as written
    salon_text = salon if isinstance(salon, str) else str(salon_id)
    key = partner_token.encode("utf-8", "surrogatepass")
    sign = payload["sign"]
    received = sign.lower().encode() if isinstance(sign, str) and sign.isascii() else b""
    verified = False
    for amount_text in amount_texts:
        for discount_text in discount_texts:
            message = f"salon_id={salon_text}&amount={amount_text}"
            if discount_text is not None:
                message += f"&discount={discount_text}"
            expected = hmac.new(key, message.encode(), hashlib.sha256).hexdigest()
            verified |= hmac.compare_digest(received, expected.encode())
    if not verified:
        raise WebhookAuthenticationError("payment call with a wrong sign")
    return Payment(
        salon_id=salon_id,
        application_id=application_id,
        payment_id=_optional_lifecycle_id(payload, "payment_id"),
        amount=amount,
        currency_iso=_optional_str(payload, "currency_iso"),
        discount=discount,
        period_from=_optional_str(payload, "period_from"),
        period_to=_optional_str(payload, "period_to"),
        payment_date=_optional_str(payload, "payment_date"),
        tariff_option_id=_optional_lifecycle_id(payload, "tariff_option_id"),
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
            f"marketplace:{_text(event.event)}:{event.application_id}:{event.salon_id}:"
            f"{_digest(fields)}"
        )
    raw = event.raw if isinstance(event, UnknownEvent) else event.to_dict()
    content: Any = raw
    if event.drift:  # what did not fit is not in to_dict(), but still tells deliveries apart
        content = [raw, [[entry.path, entry.value] for entry in event.drift]]
    envelope = ":".join(
        _text(raw.get(name)) for name in ("resource", "company_id", "resource_id", "status")
    )
    return f"{envelope}:{_digest(content)}"


def _load(body: Body) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, list):
        return body
    try:
        return json.loads(body)  # entity events are not signed: no number spelling to keep
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise InvalidWebhookError(f"the body is not JSON: {error}") from error


class _RepeatedKey(ValueError):
    pass


def _load_lifecycle(body: Body) -> dict[str, Any]:
    """A lifecycle body as a dict: JSON with no repeated key (which copy would a signer
    and a reader each take?), no NaN or Infinity, numbers remembering their spelling."""
    payload: Any
    if isinstance(body, Mapping):
        payload = dict(body)
    elif isinstance(body, list):
        payload = body
    else:
        try:
            payload = json.loads(
                body,
                parse_float=_keep_float_text,
                parse_constant=_no_constant,
                object_pairs_hook=_unique_keys,
            )
        except _RepeatedKey as error:
            raise InvalidWebhookError(f"the body repeats the key {error}") from None
        except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
            raise InvalidWebhookError(f"the body is not JSON: {error}") from error
    if not isinstance(payload, dict):
        raise InvalidWebhookError(f"the body is a JSON {_json_type(payload)}, not an object")
    return payload


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKey(ascii(key))
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _same_secret(received: object, expected: str) -> bool:
    """Constant-time equality of a received token with ours; a non-string, or a string
    that cannot be UTF-8 (a lone surrogate such as "\\ud800"), is simply not equal."""
    if not isinstance(received, str):
        return False
    try:
        data = received.encode()
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(data, expected.encode("utf-8", "surrogatepass"))


def _lifecycle_id(payload: dict[str, Any], name: str) -> int:
    """An ID: a JSON integer, or a string of ASCII digits."""
    value = payload[name]
    if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
        return int(value)
    if isinstance(value, str) and _ID_TEXT.fullmatch(value):
        return int(value)
    raise InvalidWebhookError(f"{name} is not an integer: {value!r}")


def _optional_lifecycle_id(payload: dict[str, Any], name: str) -> int | None:
    return None if payload.get(name) is None else _lifecycle_id(payload, name)


def _amount(payload: dict[str, Any], name: str) -> tuple[float, tuple[str, ...]]:
    """A signed amount and the spellings its sign may use (see _spellings)."""
    try:
        return _spellings(payload[name])
    except (ValueError, OverflowError):  # not a number, or none a double holds (1e400)
        raise InvalidWebhookError(f"{name} is not a finite number") from None


def _spellings(value: object) -> tuple[float, tuple[str, ...]]:
    """The number, its JavaScript spelling, and its spelling in the body when that is known
    (raw bytes, a string, a Decimal); for a float from a decoded dict only JavaScript's."""
    literal: str | None
    if isinstance(value, str):
        if not _NUMBER_TEXT.fullmatch(value):
            raise ValueError(value)
        number, literal = float(value), value
        if math.isfinite(number):
            return number, (value,)  # JavaScript keeps a string as it is
    elif isinstance(value, _FloatText):
        number, literal = float(value), value.text
    elif isinstance(value, float):
        number, literal = value, None
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        number, literal = float(value), str(value)
    else:
        raise ValueError(value)
    if not math.isfinite(number):
        raise ValueError(value)
    spelled = _js_number(number)
    return number, (spelled,) if literal in (None, spelled) else (spelled, literal)


def _js_number(number: float) -> str:
    """String(number) in JavaScript (ECMAScript Number::toString): the shortest digits that
    read back as the same double, like Python's repr, laid out as JavaScript does:
    100 (not 100.0), 1e+21, 1e-7, 0.000001."""
    if number == 0:
        return "0"
    if number < 0:
        return "-" + _js_number(-number)
    _, digit_tuple, exponent = Decimal(repr(number)).as_tuple()
    assert isinstance(exponent, int)  # a finite number
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    exponent += len(digit_tuple) - len(digits)
    k = len(digits)
    n = k + exponent  # the number is 0.<digits> x 10**n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return f"{digits[:n]}.{digits[n:]}"
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    mantissa = digits if k == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{mantissa}e{'+' if n - 1 >= 0 else '-'}{abs(n - 1)}"


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


def _envelope_ids(payload: dict[str, Any]) -> tuple[int, int]:
    """An event's company_id and resource_id, or one error naming every envelope problem
    (the IDs read as the models read integers: 7, "7", 7.0)."""
    missing = [name for name in ENVELOPE if name not in payload]
    problems = [f"the body lacks {', '.join(missing)}"] if missing else []
    ids: list[int] = []
    for name in ("company_id", "resource_id"):
        try:
            ids.append(as_int(payload[name]))
        except KeyError:
            pass
        except (TypeError, ValueError):
            problems.append(f"{name} is not an integer: {payload[name]!r}")
    if problems:
        raise InvalidWebhookError("; ".join(problems))
    return ids[0], ids[1]


def _require(payload: dict[str, Any], names: tuple[str, ...]) -> None:
    missing = [name for name in names if name not in payload]
    if missing:
        raise InvalidWebhookError(f"the body lacks {', '.join(missing)}")


def _optional_str(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    return None if value is None else str(value)


def _text(value: object) -> str:
    """A key part that any store can take: lone UTF-16 surrogates (valid in JSON, not in
    UTF-8) escaped."""
    return str(value).encode("utf-8", "backslashreplace").decode()


def _digest(value: Any) -> str:
    try:
        canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    except RecursionError:  # nested deeper than the stack allows: the same text, iteratively
        canonical = _canonical(value)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


class _Syntax(str):
    """JSON punctuation on _canonical's stack (a plain str there is a value)."""

    __slots__ = ()


def _canonical(value: Any) -> str:
    """json.dumps(value, sort_keys=True, separators=(",", ":"), default=str) without
    recursion."""
    parts: list[str] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _Syntax):
            parts.append(item)
        elif isinstance(item, dict):
            keys = sorted(item)
            stack.append(_Syntax("}"))
            for index in reversed(range(len(keys))):
                stack.append(item[keys[index]])
                stack.append(_Syntax(("," if index else "") + json.dumps(keys[index]) + ":"))
            stack.append(_Syntax("{"))
        elif isinstance(item, list | tuple):
            stack.append(_Syntax("]"))
            for index in reversed(range(len(item))):
                stack.append(item[index])
                if index:
                    stack.append(_Syntax(","))
            stack.append(_Syntax("["))
        else:
            parts.append(json.dumps(item, default=str))
    return "".join(parts)
