from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from .._read import (
    NO_VALUE,
    as_object,
    enum_reader,
    read_required,
)
from ..drift import Drift, DriftError
from ..models.marketplace_webhook_body_event import MarketplaceWebhookBodyEvent
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceWebhookBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "event",
        "partner_token",
    }
)


@_attrs_define
class MarketplaceWebhookBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        event (MarketplaceWebhookBodyEvent): Event slug
        partner_token (str): The developer's bearer token, so the receiver can check where the call came from Example:
            yasdfkjah2328aj.
    """

    salon_id: int
    application_id: int
    event: MarketplaceWebhookBodyEvent
    partner_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id if isinstance(self.salon_id, int) else as_int(self.salon_id)

        application_id = (
            self.application_id
            if isinstance(self.application_id, int)
            else as_int(self.application_id)
        )

        event = self.event.value

        partner_token = self.partner_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "event": event,
                "partner_token": partner_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        drift: list[Drift] | None = None
        salon_id = _src.get("salon_id", UNSET)
        if type(salon_id) is not int:
            salon_id, drift = read_required(salon_id, as_int, "salon_id", "an integer", drift)

        application_id = _src.get("application_id", UNSET)
        if type(application_id) is not int:
            application_id, drift = read_required(
                application_id, as_int, "application_id", "an integer", drift
            )

        event = _src.get("event", UNSET)
        if type(event) is str:
            event = MarketplaceWebhookBodyEvent(event)
        else:
            event, drift = read_required(
                event, enum_reader(MarketplaceWebhookBodyEvent, False), "event", "a string", drift
            )

        partner_token = _src.get("partner_token", UNSET)
        if type(partner_token) is not str:
            partner_token, drift = read_required(
                partner_token, as_str, "partner_token", "a string", drift
            )

        if NO_VALUE in (
            salon_id,
            application_id,
            event,
            partner_token,
        ):
            raise DriftError(drift or ())
        marketplace_webhook_body = object.__new__(cls)
        marketplace_webhook_body.salon_id = salon_id
        marketplace_webhook_body.application_id = application_id
        marketplace_webhook_body.event = event
        marketplace_webhook_body.partner_token = partner_token
        marketplace_webhook_body.additional_properties = (
            {}
            if _KNOWN_KEYS.issuperset(_src)
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        marketplace_webhook_body.drift = tuple(drift) if drift else ()
        return marketplace_webhook_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
