from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.marketplace_webhook_body_event import MarketplaceWebhookBodyEvent
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceWebhookBody")


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
        salon_id = self.salon_id

        application_id = self.application_id

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _salon_id = d.pop("salon_id", UNSET)
        try:
            salon_id = _salon_id if type(_salon_id) is int else as_int(_salon_id)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "salon_id", "an integer", _salon_id, error)

        _application_id = d.pop("application_id", UNSET)
        try:
            application_id = (
                _application_id if type(_application_id) is int else as_int(_application_id)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "application_id", "an integer", _application_id, error)

        _event = d.pop("event", UNSET)
        try:
            event = MarketplaceWebhookBodyEvent(_event if type(_event) is str else as_str(_event))
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "event", "a string", _event, error)

        _partner_token = d.pop("partner_token", UNSET)
        try:
            partner_token = (
                _partner_token if type(_partner_token) is str else as_str(_partner_token)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "partner_token", "a string", _partner_token, error)

        if unreadable:
            raise DriftError(drift or ())
        marketplace_webhook_body = cls(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )
        if drift:
            marketplace_webhook_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_webhook_body.additional_properties = additional_properties
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
