from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.marketplace_partner_applications_update_channel_body_channel_slug import (
    MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
)
from ..types import UNSET

T = TypeVar("T", bound="MarketplacePartnerApplicationsUpdateChannelBody")


@_attrs_define
class MarketplacePartnerApplicationsUpdateChannelBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        channel_slug (MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug): Channel whose availability changes
            Example: sms.
        is_available (bool): Whether the channel is available Example: True.
    """

    salon_id: int
    application_id: int
    channel_slug: MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug
    is_available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        channel_slug = self.channel_slug.value

        is_available = self.is_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "channel_slug": channel_slug,
                "is_available": is_available,
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

        _channel_slug = d.pop("channel_slug", UNSET)
        try:
            channel_slug = MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug(
                _channel_slug if type(_channel_slug) is str else as_str(_channel_slug)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "channel_slug", "a string", _channel_slug, error)

        _is_available = d.pop("is_available", UNSET)
        try:
            is_available = _is_available if type(_is_available) is bool else as_bool(_is_available)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "is_available", "a boolean", _is_available, error)

        if unreadable:
            raise DriftError(drift or ())
        marketplace_partner_applications_update_channel_body = cls(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
        )
        if drift:
            marketplace_partner_applications_update_channel_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_partner_applications_update_channel_body.additional_properties = (
            additional_properties
        )
        return marketplace_partner_applications_update_channel_body

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
