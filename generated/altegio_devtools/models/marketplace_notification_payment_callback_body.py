from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketplaceNotificationPaymentCallbackBody")


@_attrs_define
class MarketplaceNotificationPaymentCallbackBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
        application_id (int): Application ID Example: 123.
        payment_sum (float): Amount paid Example: 990.99.
        payment_date (str): Payment date and time Example: 2022-01-01 10:10:00.
        period_from (str): First day of the paid period (inclusive) Example: 2022-01-01 10:10:00.
        period_to (str): Last day of the paid period (inclusive) Example: 2022-02-01 10:10:00.
    """

    salon_id: int
    currency_iso: str
    application_id: int
    payment_sum: float
    payment_date: str
    period_from: str
    period_to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        currency_iso = self.currency_iso

        application_id = self.application_id

        payment_sum = self.payment_sum

        payment_date = self.payment_date

        period_from = self.period_from

        period_to = self.period_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "currency_iso": currency_iso,
                "application_id": application_id,
                "payment_sum": payment_sum,
                "payment_date": payment_date,
                "period_from": period_from,
                "period_to": period_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        currency_iso = d.pop("currency_iso")

        application_id = d.pop("application_id")

        payment_sum = d.pop("payment_sum")

        payment_date = d.pop("payment_date")

        period_from = d.pop("period_from")

        period_to = d.pop("period_to")

        marketplace_notification_payment_callback_body = cls(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        marketplace_notification_payment_callback_body.additional_properties = d
        return marketplace_notification_payment_callback_body

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
