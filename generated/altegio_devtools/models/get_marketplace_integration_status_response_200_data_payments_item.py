from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200DataPaymentsItem")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200DataPaymentsItem:
    """
    Attributes:
        payment_sum (float | Unset): Amount paid for the period
        id (int | Unset): Payment ID
        payment_date (str | Unset): Payment date
        is_refunded (bool | Unset): Whether the payment was refunded
        period_from (str | Unset): Subscription start
        period_to (str | Unset): Subscription end
    """

    payment_sum: float | Unset = UNSET
    id: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    is_refunded: bool | Unset = UNSET
    period_from: str | Unset = UNSET
    period_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_sum = self.payment_sum

        id = self.id

        payment_date = self.payment_date

        is_refunded = self.is_refunded

        period_from = self.period_from

        period_to = self.period_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = payment_sum
        if id is not UNSET:
            field_dict["id"] = id
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded
        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        if period_to is not UNSET:
            field_dict["period_to"] = period_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_sum = d.pop("payment_sum", UNSET)

        id = d.pop("id", UNSET)

        payment_date = d.pop("payment_date", UNSET)

        is_refunded = d.pop("is_refunded", UNSET)

        period_from = d.pop("period_from", UNSET)

        period_to = d.pop("period_to", UNSET)

        get_marketplace_integration_status_response_200_data_payments_item = cls(
            payment_sum=payment_sum,
            id=id,
            payment_date=payment_date,
            is_refunded=is_refunded,
            period_from=period_from,
            period_to=period_to,
        )

        get_marketplace_integration_status_response_200_data_payments_item.additional_properties = d
        return get_marketplace_integration_status_response_200_data_payments_item

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
