from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceNotificationSettingsRedirectCallbackResponse200")


@_attrs_define
class MarketplaceNotificationSettingsRedirectCallbackResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
    """

    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _success = d.pop("success", UNSET)
        try:
            success: bool | Unset
            if _success is UNSET:
                success = UNSET
            else:
                success = _success if type(_success) is bool else as_bool(_success)
        except READ_ERRORS as error:
            success = UNSET
            drift = mismatch(drift, "success", "a boolean", _success, error)

        marketplace_notification_settings_redirect_callback_response_200 = cls(
            success=success,
        )
        if drift:
            marketplace_notification_settings_redirect_callback_response_200.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_notification_settings_redirect_callback_response_200.additional_properties = (
            additional_properties
        )
        return marketplace_notification_settings_redirect_callback_response_200

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
