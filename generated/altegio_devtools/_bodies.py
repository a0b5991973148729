"""The bodies Altegio posts, built from the description's models (testing re-exports them;
FakeAltegio sends them; see testing for their use).

make_event fills every field of the resource's payload model (nested models and lists
included) with an invented value of its type, then applies the overrides: envelope keys
replace theirs, `data=` is merged into the generated data. The bodies are what the models
write (`to_dict()`), so they read back without drift; values are invented, never anyone's.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
import hmac
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from . import models
from ._webhooks import PAYLOAD_BY_RESOURCE
from .types import Unset
from .webhooks import _js_number

__all__ = [
    "LIFECYCLE_EVENTS",
    "RESOURCES",
    "STATUSES",
    "make_event",
    "make_lifecycle_event",
    "sign_payment",
]

#: The `resource` values of entity events (locations come as `company` and as `salon`).
RESOURCES: tuple[str, ...] = tuple(sorted(PAYLOAD_BY_RESOURCE))
STATUSES = ("create", "update", "delete")
LIFECYCLE_EVENTS = ("uninstall", "freeze", "payment")
_OFFSET = datetime.timezone(datetime.timedelta(hours=2))
_MOMENT = datetime.datetime(2026, 1, 15, 10, 30, tzinfo=_OFFSET)
_NAMES: dict[str, Any] = {"Unset": Unset, "datetime": datetime}


def make_event(
    resource: str,
    status: str = "create",
    *,
    company_id: int = 1001,
    resource_id: int = 2002,
    data: Mapping[str, Any] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """An entity webhook body (a JSON-ready dict) for `resource` (see RESOURCES) and `status`
    (create, update, delete). `data` entries replace the generated ones; other keyword
    arguments are added to the body as sent (an unknown key, a quirk of production)."""
    if resource not in PAYLOAD_BY_RESOURCE:
        raise ValueError(f"unknown resource {resource!r}; one of {', '.join(RESOURCES)}")
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    model = PAYLOAD_BY_RESOURCE[resource]
    envelope = {
        "company_id": company_id,
        "resource": resource,
        "resource_id": resource_id,
        "status": status,
    }
    hint = _hints(model)["data"]
    body: dict[str, Any] = {**envelope, "data": _wire(_example(hint, "data", envelope))}
    if data is not None:
        if not isinstance(body["data"], dict):
            raise ValueError(f"a {resource} event's data is always an empty list")
        body["data"] = {**body["data"], **data}
    return {**body, **overrides}


def make_lifecycle_event(
    event: str,
    *,
    partner_token: str,
    salon_id: int = 1001,
    application_id: int = 3003,
    **overrides: Any,
) -> dict[str, Any]:
    """A marketplace lifecycle call (uninstall, freeze or payment) as Altegio posts it to
    the application's callback URL. A payment carries the fields of Altegio's hub and the
    `sign` of its salon_id, amount and discount after the overrides (unless `sign=` is one)."""
    if event not in LIFECYCLE_EVENTS:
        raise ValueError(f"unknown lifecycle event {event!r}; one of {', '.join(LIFECYCLE_EVENTS)}")
    if not partner_token:
        raise ValueError("partner_token must be a non-empty partner token")
    call: dict[str, Any] = {
        "salon_id": salon_id,
        "application_id": application_id,
        "event": event,
        "partner_token": partner_token,
    }
    if event != "payment":  # the description's own model (it knows no payment)
        kind = models.LifecycleEventKind(event)
        call = models.MarketplaceWebhook(salon_id, application_id, kind, partner_token).to_dict()
        return {**call, **overrides}
    call |= {
        "payment_id": 4004,
        "amount": 990.5,
        "currency_iso": "USD",
        "discount": None,
        "period_from": "2026-01-15 00:00:00",  # Altegio's Y-m-d H:i:s
        "period_to": "2026-02-15 00:00:00",
        "payment_date": "2026-01-15 10:30:00",
        "tariff_option_id": None,
    }
    call |= overrides
    if "sign" not in overrides:
        call["sign"] = sign_payment(
            partner_token,
            salon_id=call["salon_id"],
            amount=call["amount"],
            discount=call["discount"],
        )
    return call


def sign_payment(
    partner_token: str,
    *,
    salon_id: int | str,
    amount: float | str,
    discount: float | str | None = None,
) -> str:
    """A payment call's `sign`: HMAC-SHA256 keyed with the partner token (UTF-8) over
    `salon_id=<id>&amount=<amount>`, plus `&discount=<discount>` when there is one, as 64
    lower-case hex digits. A number is spelled as JavaScript's String() spells it (`100`,
    `99.9`); a string is signed as written."""
    if not partner_token:
        raise ValueError("partner_token must be a non-empty partner token")
    message = f"salon_id={salon_id}&amount={_spelled(amount)}"
    if discount is not None:
        message += f"&discount={_spelled(discount)}"
    key = partner_token.encode("utf-8", "surrogatepass")
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def _spelled(number: float | str) -> str:
    if isinstance(number, str):
        return number
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise TypeError(f"a signed amount is a number or a string, not {type(number).__name__}")
    return _js_number(float(number))


def _hints(model: type) -> dict[str, Any]:
    module = sys.modules[model.__module__]
    bind_nested = getattr(module, "_import_nested", None)
    if bind_nested is not None:  # the nested models' names (see the generated modules)
        bind_nested()
    return typing.get_type_hints(model, {**_NAMES, **vars(module)})


def _example(hint: Any, name: str, envelope: Mapping[str, Any]) -> Any:
    """An invented value of type `hint` for the field `name`."""
    options = [arg for arg in _union_args(hint) if arg not in (Unset, type(None))]
    chosen = options[0]
    origin = typing.get_origin(chosen)
    if origin is list:
        (item,) = typing.get_args(chosen)
        return [] if envelope["resource"] == "schedule" else [_example(item, name, envelope)]
    if chosen is Any or origin is dict or chosen is dict:
        return {}
    if isinstance(chosen, type) and issubclass(chosen, enum.Enum):
        return next(iter(chosen))
    if attrs.has(chosen):
        return _model(chosen, envelope)
    return _scalar(chosen, name, envelope)


def _model(model: type, envelope: Mapping[str, Any]) -> Any:
    hints = _hints(model)
    values = {
        field.name: _example(hints[field.name], field.name, envelope)
        for field in attrs.fields(model)
        if field.init  # not additional_properties nor drift
    }
    return model(**values)


def _scalar(kind: Any, name: str, envelope: Mapping[str, Any]) -> Any:
    if kind is bool:
        return True
    if kind is int:
        return {"id": envelope["resource_id"], "company_id": envelope["company_id"]}.get(name, 7)
    if kind is float:
        return 12.5
    if kind is str:
        return f"invented {name}"
    if kind is datetime.datetime:
        return _MOMENT
    if kind is datetime.date:
        return _MOMENT.date()
    raise TypeError(f"no example for {name}: {kind!r}")


def _union_args(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _wire(value: Any) -> Any:
    """What a model writes on the wire (`data` is a model, or a schedule event's [])."""
    return value.to_dict() if attrs.has(type(value)) else value
