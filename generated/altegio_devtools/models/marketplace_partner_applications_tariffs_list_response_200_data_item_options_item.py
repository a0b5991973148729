from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_float,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem:
    """
    Attributes:
        id (int | Unset): Option ID Example: 123.
        title (str | Unset): Option name Example: Solo professional.
        overall_price (float | Unset): Total price Example: 500.
        duration_in_months (int | Unset): Duration, months Example: 1.
        currency_iso (str | Unset): ISO currency code Example: USD.
        staff_amount (int | Unset): Max team members covered by this option Example: 1.
        free_period_in_months (int | Unset): Free trial length, months
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    overall_price: float | Unset = UNSET
    duration_in_months: int | Unset = UNSET
    currency_iso: str | Unset = UNSET
    staff_amount: int | Unset = UNSET
    free_period_in_months: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        overall_price = self.overall_price

        duration_in_months = self.duration_in_months

        currency_iso = self.currency_iso

        staff_amount = self.staff_amount

        free_period_in_months = self.free_period_in_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if overall_price is not UNSET:
            field_dict["overall_price"] = overall_price
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if staff_amount is not UNSET:
            field_dict["staff_amount"] = staff_amount
        if free_period_in_months is not UNSET:
            field_dict["free_period_in_months"] = free_period_in_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _title = d.pop("title", UNSET)
        try:
            title: str | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = _title if type(_title) is str else as_str(_title)
        except READ_ERRORS as error:
            title = UNSET
            drift = mismatch(drift, "title", "a string", _title, error)

        _overall_price = d.pop("overall_price", UNSET)
        try:
            overall_price: float | Unset
            if _overall_price is UNSET:
                overall_price = UNSET
            else:
                overall_price = (
                    _overall_price
                    if type(_overall_price) is float or type(_overall_price) is int
                    else as_float(_overall_price)
                )
        except READ_ERRORS as error:
            overall_price = UNSET
            drift = mismatch(drift, "overall_price", "a number", _overall_price, error)

        _duration_in_months = d.pop("duration_in_months", UNSET)
        try:
            duration_in_months: int | Unset
            if _duration_in_months is UNSET:
                duration_in_months = UNSET
            else:
                duration_in_months = (
                    _duration_in_months
                    if type(_duration_in_months) is int
                    else as_int(_duration_in_months)
                )
        except READ_ERRORS as error:
            duration_in_months = UNSET
            drift = mismatch(drift, "duration_in_months", "an integer", _duration_in_months, error)

        _currency_iso = d.pop("currency_iso", UNSET)
        try:
            currency_iso: str | Unset
            if _currency_iso is UNSET:
                currency_iso = UNSET
            else:
                currency_iso = (
                    _currency_iso if type(_currency_iso) is str else as_str(_currency_iso)
                )
        except READ_ERRORS as error:
            currency_iso = UNSET
            drift = mismatch(drift, "currency_iso", "a string", _currency_iso, error)

        _staff_amount = d.pop("staff_amount", UNSET)
        try:
            staff_amount: int | Unset
            if _staff_amount is UNSET:
                staff_amount = UNSET
            else:
                staff_amount = (
                    _staff_amount if type(_staff_amount) is int else as_int(_staff_amount)
                )
        except READ_ERRORS as error:
            staff_amount = UNSET
            drift = mismatch(drift, "staff_amount", "an integer", _staff_amount, error)

        _free_period_in_months = d.pop("free_period_in_months", UNSET)
        try:
            free_period_in_months: int | Unset
            if _free_period_in_months is UNSET:
                free_period_in_months = UNSET
            else:
                free_period_in_months = (
                    _free_period_in_months
                    if type(_free_period_in_months) is int
                    else as_int(_free_period_in_months)
                )
        except READ_ERRORS as error:
            free_period_in_months = UNSET
            drift = mismatch(
                drift, "free_period_in_months", "an integer", _free_period_in_months, error
            )

        marketplace_partner_applications_tariffs_list_response_200_data_item_options_item = cls(
            id=id,
            title=title,
            overall_price=overall_price,
            duration_in_months=duration_in_months,
            currency_iso=currency_iso,
            staff_amount=staff_amount,
            free_period_in_months=free_period_in_months,
        )
        if drift:
            marketplace_partner_applications_tariffs_list_response_200_data_item_options_item.drift = tuple(
                drift
            )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_partner_applications_tariffs_list_response_200_data_item_options_item.additional_properties = additional_properties
        return marketplace_partner_applications_tariffs_list_response_200_data_item_options_item

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
