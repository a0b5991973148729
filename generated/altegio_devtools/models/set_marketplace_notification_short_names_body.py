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
from ..types import UNSET

T = TypeVar("T", bound="SetMarketplaceNotificationShortNamesBody")


@_attrs_define
class SetMarketplaceNotificationShortNamesBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
    """

    salon_id: int
    application_id: int
    short_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        short_names = self.short_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "short_names": short_names,
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

        _short_names = d.pop("short_names", UNSET)
        try:
            if _short_names == "":
                _short_names = []
            if not isinstance(_short_names, list):
                raise TypeError(f"expected a list, got {type(_short_names).__name__}")
            short_names = []
            for index, short_names_item_data in enumerate(_short_names):
                try:
                    _short_names_item = short_names_item_data
                    short_names_item = (
                        _short_names_item
                        if type(_short_names_item) is str
                        else as_str(_short_names_item)
                    )
                except READ_ERRORS as error:
                    drift = mismatch(
                        drift, f"short_names[{index}]", "a string", short_names_item_data, error
                    )
                    continue
                short_names.append(short_names_item)
        except READ_ERRORS as error:
            short_names = []
            drift = mismatch(drift, "short_names", "a list", _short_names, error)

        if unreadable:
            raise DriftError(drift or ())
        set_marketplace_notification_short_names_body = cls(
            salon_id=salon_id,
            application_id=application_id,
            short_names=short_names,
        )
        if drift:
            set_marketplace_notification_short_names_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_marketplace_notification_short_names_body.additional_properties = additional_properties
        return set_marketplace_notification_short_names_body

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
