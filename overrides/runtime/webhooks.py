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

Error messages name fields by path, JSON type and size, never by value: webhook bodies
carry people's names and phones, and applications log exceptions (so does the receiver's
400 answer, which names paths only). A lifecycle call's `partner_token` is checked before
its body is parsed: a forged call costs a bounded scan, not a parse.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._coerce import as_datetime, as_int, is_null_date
from ._json import describe_decode_error
from ._webhooks import PAYLOAD_BY_RESOURCE, WebhookPayload
from .drift import (
    READ_ERRORS,
    Drift,
    DriftError,
    describe_drift,
    describe_value,
    log_drift,
    nested,
)
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
#: A resource, status or lifecycle event that goes into an event_key as it is; any other
#: value (unknown, unauthenticated input of any length) goes in as a digest.
_KEY_TEXT = re.compile(r"[A-Za-z0-9_.-]{1,40}")
#: The keys of a lifecycle call that an error may name; any other key is named by its
#: length alone (a key is input too: an object may be keyed by phone number).
_LIFECYCLE_KEYS = frozenset(
    (*LIFECYCLE, "amount", "sign", "discount", "currency_iso", "payment_id", "period_from",
     "period_to", "payment_date", "tariff_option_id")
)  # fmt: skip
#: How many `"partner_token"` keys the scan before parsing looks at: Altegio sends one.
_TOKEN_KEYS = 4


@dataclass(frozen=True)
class UnknownEvent:
    """An entity event for a resource or status this client does not know (yet)."""

    company_id: int
    resource: str
    resource_id: int
    status: str
    data: Any = field(repr=False)
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
    was verified.

    The dates are read as datetimes (`Y-m-d H:i:s`, ISO 8601 or a date alone); None when
    absent, empty or not a date at all (`raw` keeps every field as sent)."""

    salon_id: int
    application_id: int
    payment_id: int | None
    amount: float
    currency_iso: str | None
    discount: float | None
    period_from: datetime.datetime | None
    period_to: datetime.datetime | None
    payment_date: datetime.datetime | None
    tariff_option_id: int | None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The call's fields as sent, without partner_token and sign."""


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


def parse_events(body: Body, *, strict: bool = False, max_events: int | None = None) -> list[Event]:
    """The events of a delivery whose body is one event object or a JSON array of them
    (some receivers have seen arrays), each as parse_event reads it. An array item that
    is not an event fails the whole body, its index named (`[2]: ...`), and so does an
    array of more than `max_events` items (None: no limit)."""
    payload = _load(body)
    if isinstance(payload, dict):
        return [_parse_one(payload, strict)]
    if not isinstance(payload, list):
        raise InvalidWebhookError(
            f"the body is a JSON {_json_type(payload)}, not an event or a list of events"
        )
    if max_events is not None and len(payload) > max_events:
        raise InvalidWebhookError(
            f"the body is a list of {len(payload)} events, more than the {max_events} "
            "taken in one delivery"
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
        # Not chained: a reader's error text may quote the value.
        raise InvalidWebhookError(
            f"{resource} event cannot be read ({type(error).__name__})"
        ) from None
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
    repeats a key, or an ID that is not ASCII digits, is rejected.

    The token is checked first: raw bytes (or a str) are scanned for a `"partner_token"`
    string equal to ours (a bounded look at each of the first few such keys), and only a
    body that has one is parsed. So a call without our token is refused in time linear in
    its size at memchr speed, whatever it holds, and never told why its body was wrong."""
    check_secret(partner_token, "partner_token")
    if isinstance(body, bytes | str) and not _carries_token(body, partner_token):
        raise WebhookAuthenticationError("lifecycle call with a wrong partner_token")
    payload = _load_lifecycle(body)
    if not _same_secret(payload.get("partner_token"), partner_token):
        raise WebhookAuthenticationError("lifecycle call with a wrong partner_token")
    _require(payload, LIFECYCLE)
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


def check_secret(value: object, name: str) -> None:
    """ValueError unless `value` is a usable secret: a non-blank string with no whitespace
    around it (pasted with a newline, it would never match what Altegio sends)."""
    if not isinstance(value, str) or not value.strip():
        # An empty token would make every forged call (and its sign) check out.
        raise ValueError(f"{name} must be a non-empty string, not blank")
    if value != value.strip():
        raise ValueError(f"{name} has whitespace around it: remove it (a pasted newline?)")


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
        period_from=_optional_date(payload, "period_from"),
        period_to=_optional_date(payload, "period_to"),
        payment_date=_optional_date(payload, "payment_date"),
        tariff_option_id=_optional_lifecycle_id(payload, "tariff_option_id"),
        raw={k: v for k, v in payload.items() if k not in ("partner_token", "sign")},
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
        name = _key_part(event.event)
        return f"marketplace:{name}:{event.application_id}:{event.salon_id}:{_digest(fields)}"
    raw = event.raw if isinstance(event, UnknownEvent) else event.to_dict()
    content: Any = raw
    if event.drift:  # what did not fit is not in to_dict(), but still tells deliveries apart
        content = [raw, [[entry.path, entry.value] for entry in event.drift]]
    envelope = ":".join(
        _key_part(raw.get(name)) for name in ("resource", "company_id", "resource_id", "status")
    )
    return f"{envelope}:{_digest(content)}"


def _key_part(value: object) -> str:
    """A value in an event_key: a short name or an integer as it is, anything else (an
    unknown resource of any length) as a digest, so that a key stays short."""
    if type(value) is int or (isinstance(value, str) and _KEY_TEXT.fullmatch(value)):
        return str(value)
    return "#" + _digest(value)


def _load(body: Body) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, list):
        return body
    try:
        return json.loads(body)  # entity events are not signed: no number spelling to keep
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise InvalidWebhookError(f"the body is {describe_decode_error(error)}") from None


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
            raise InvalidWebhookError(f"the body repeats {error}") from None
        except _Constant as error:
            raise InvalidWebhookError(f"the body is not JSON: {error}") from None
        except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
            raise InvalidWebhookError(f"the body is {describe_decode_error(error)}") from None
    if not isinstance(payload, dict):
        raise InvalidWebhookError(f"the body is a JSON {_json_type(payload)}, not an object")
    return payload


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKey(
                    f"the key {key!r}"
                    if key in _LIFECYCLE_KEYS
                    else f"a key of {len(key)} characters"
                )
            seen.add(key)
    return result


class _Constant(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Constant(f"{name} is not a JSON number")  # NaN, Infinity or -Infinity


#: What follows a `"partner_token"` key: a colon and a JSON string (escapes allowed) of at
#: most %d bytes.
_TOKEN_VALUE = rb'[ \t\n\r]{0,64}:[ \t\n\r]{0,64}"((?:[^"\\\x00-\x1f]|\\.){0,%d})"'
_TOKEN_KEY = b'"partner_token"'


def _carries_token(body: bytes | str, partner_token: str) -> bool:
    """Whether one of the first _TOKEN_KEYS `"partner_token"` keys of the raw body has our
    token as its string value: a necessary condition for the parse to find it at the top.
    Bounded work: a search for the key, and a look at a value no longer than the longest
    JSON spelling of our token (6 bytes a character, as `\\u0041`)."""
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    value = re.compile(_TOKEN_VALUE % (6 * len(partner_token)))
    start = 0
    for _ in range(_TOKEN_KEYS):
        at = data.find(_TOKEN_KEY, start)
        if at < 0:
            return False
        start = at + len(_TOKEN_KEY)
        found = value.match(data, start)
        if found is not None:
            try:
                received = json.loads(b'"' + found.group(1) + b'"')
            except ValueError:  # not a JSON string after all (a bad escape, bad UTF-8)
                continue
            if _same_secret(received, partner_token):
                return True
    return False


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
    raise InvalidWebhookError(f"{name} is not an integer: {describe_value(value)}")


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
            problems.append(f"{name} is not an integer: {describe_value(payload[name])}")
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


def _optional_date(payload: dict[str, Any], name: str) -> datetime.datetime | None:
    """A date of a verified payment, or None: a payment is never refused for its dates."""
    value = payload.get(name)
    if value is None or is_null_date(value):
        return None
    try:
        return as_datetime(value)
    except READ_ERRORS:
        return None


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
