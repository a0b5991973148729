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
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplacePartnerSettings")


@_attrs_define
class MarketplacePartnerSettings:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        api_key (str | Unset): API key for the messaging module Example: 2f181e2a-5c22-4ae7-9d9b-07104f312c28.
        webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
    """

    salon_id: int
    application_id: int
    api_key: str | Unset = UNSET
    webhook_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        api_key = self.api_key

        webhook_urls: list[str] | Unset = UNSET
        if not isinstance(self.webhook_urls, Unset):
            webhook_urls = self.webhook_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = webhook_urls

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

        _api_key = d.pop("api_key", UNSET)
        try:
            api_key: str | Unset
            if _api_key is UNSET:
                api_key = UNSET
            else:
                api_key = _api_key if type(_api_key) is str else as_str(_api_key)
        except READ_ERRORS as error:
            api_key = UNSET
            drift = mismatch(drift, "api_key", "a string", _api_key, error)

        _webhook_urls = d.pop("webhook_urls", UNSET)
        try:
            webhook_urls: list[str] | Unset = UNSET
            if _webhook_urls is not UNSET and _webhook_urls != "":
                if not isinstance(_webhook_urls, list):
                    raise TypeError(f"expected a list, got {type(_webhook_urls).__name__}")
                webhook_urls = []
                for index, webhook_urls_item_data in enumerate(_webhook_urls):
                    try:
                        _webhook_urls_item = webhook_urls_item_data
                        webhook_urls_item = (
                            _webhook_urls_item
                            if type(_webhook_urls_item) is str
                            else as_str(_webhook_urls_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"webhook_urls[{index}]",
                            "a string",
                            webhook_urls_item_data,
                            error,
                        )
                        continue
                    webhook_urls.append(webhook_urls_item)
        except READ_ERRORS as error:
            webhook_urls = UNSET
            drift = mismatch(drift, "webhook_urls", "a list", _webhook_urls, error)

        if unreadable:
            raise DriftError(drift or ())
        marketplace_partner_settings = cls(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )
        if drift:
            marketplace_partner_settings.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_partner_settings.additional_properties = additional_properties
        return marketplace_partner_settings

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
