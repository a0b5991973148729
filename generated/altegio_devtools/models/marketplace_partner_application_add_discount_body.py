from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_float,
    as_int,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..types import UNSET

T = TypeVar("T", bound="MarketplacePartnerApplicationAddDiscountBody")


@_attrs_define
class MarketplacePartnerApplicationAddDiscountBody:
    """
    Attributes:
        salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
        application_id (int): Marketplace application ID Example: 123.
        discount (float): Discount value (percent or fixed amount, depending on configuration) Example: 15.54.
    """

    salon_ids: list[int]
    application_id: int
    discount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_ids = self.salon_ids

        application_id = self.application_id

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_ids": salon_ids,
                "application_id": application_id,
                "discount": discount,
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
        _salon_ids = d.pop("salon_ids", UNSET)
        try:
            if _salon_ids == "":
                _salon_ids = []
            if not isinstance(_salon_ids, list):
                raise TypeError(f"expected a list, got {type(_salon_ids).__name__}")
            salon_ids = []
            for index, salon_ids_item_data in enumerate(_salon_ids):
                try:
                    _salon_ids_item = salon_ids_item_data
                    salon_ids_item = (
                        _salon_ids_item if type(_salon_ids_item) is int else as_int(_salon_ids_item)
                    )
                except READ_ERRORS as error:
                    drift = mismatch(
                        drift, f"salon_ids[{index}]", "an integer", salon_ids_item_data, error
                    )
                    continue
                salon_ids.append(salon_ids_item)
        except READ_ERRORS as error:
            salon_ids = []
            drift = mismatch(drift, "salon_ids", "a list", _salon_ids, error)

        _application_id = d.pop("application_id", UNSET)
        try:
            application_id = (
                _application_id if type(_application_id) is int else as_int(_application_id)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "application_id", "an integer", _application_id, error)

        _discount = d.pop("discount", UNSET)
        try:
            discount = (
                _discount
                if type(_discount) is float or type(_discount) is int
                else as_float(_discount)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "discount", "a number", _discount, error)

        if unreadable:
            raise DriftError(drift or ())
        marketplace_partner_application_add_discount_body = cls(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
        )
        if drift:
            marketplace_partner_application_add_discount_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_partner_application_add_discount_body.additional_properties = (
            additional_properties
        )
        return marketplace_partner_application_add_discount_body

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
