from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_datetime,
    as_float,
    as_int,
    as_str,
    format_datetime,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceNotificationPaymentCallbackBody")


@_attrs_define
class MarketplaceNotificationPaymentCallbackBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
        application_id (int): Application ID Example: 123.
        payment_sum (float): Amount paid Example: 990.99.
        payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01 10:10:00.
        period_from (datetime.datetime | str): First day of the paid period (inclusive) Example: 2022-01-01 10:10:00.
        period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example: 2022-02-01 10:10:00.
    """

    salon_id: int
    currency_iso: str
    application_id: int
    payment_sum: float
    payment_date: datetime.datetime | str
    period_from: datetime.datetime | str
    period_to: datetime.datetime | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        currency_iso = self.currency_iso

        application_id = self.application_id

        payment_sum = self.payment_sum

        payment_date: str
        if isinstance(self.payment_date, datetime.datetime):
            payment_date = format_datetime(self.payment_date)
        else:
            payment_date = self.payment_date

        period_from: str
        if isinstance(self.period_from, datetime.datetime):
            period_from = format_datetime(self.period_from)
        else:
            period_from = self.period_from

        period_to: str
        if isinstance(self.period_to, datetime.datetime):
            period_to = format_datetime(self.period_to)
        else:
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

        _currency_iso = d.pop("currency_iso", UNSET)
        try:
            currency_iso = _currency_iso if type(_currency_iso) is str else as_str(_currency_iso)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "currency_iso", "a string", _currency_iso, error)

        _application_id = d.pop("application_id", UNSET)
        try:
            application_id = (
                _application_id if type(_application_id) is int else as_int(_application_id)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "application_id", "an integer", _application_id, error)

        _payment_sum = d.pop("payment_sum", UNSET)
        try:
            payment_sum = (
                _payment_sum
                if type(_payment_sum) is float or type(_payment_sum) is int
                else as_float(_payment_sum)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "payment_sum", "a number", _payment_sum, error)

        _payment_date = d.pop("payment_date", UNSET)
        try:

            def _parse_payment_date(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    _payment_date_type_0 = data
                    payment_date_type_0 = as_datetime(_payment_date_type_0)

                    return payment_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _payment_date_type_1 = data
                payment_date_type_1 = (
                    _payment_date_type_1
                    if type(_payment_date_type_1) is str
                    else as_str(_payment_date_type_1)
                )

                return payment_date_type_1

            payment_date = _parse_payment_date(_payment_date)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "payment_date", "a date-time or a string", _payment_date, error)

        _period_from = d.pop("period_from", UNSET)
        try:

            def _parse_period_from(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    _period_from_type_0 = data
                    period_from_type_0 = as_datetime(_period_from_type_0)

                    return period_from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _period_from_type_1 = data
                period_from_type_1 = (
                    _period_from_type_1
                    if type(_period_from_type_1) is str
                    else as_str(_period_from_type_1)
                )

                return period_from_type_1

            period_from = _parse_period_from(_period_from)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "period_from", "a date-time or a string", _period_from, error)

        _period_to = d.pop("period_to", UNSET)
        try:

            def _parse_period_to(data: object) -> datetime.datetime | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    _period_to_type_0 = data
                    period_to_type_0 = as_datetime(_period_to_type_0)

                    return period_to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _period_to_type_1 = data
                period_to_type_1 = (
                    _period_to_type_1
                    if type(_period_to_type_1) is str
                    else as_str(_period_to_type_1)
                )

                return period_to_type_1

            period_to = _parse_period_to(_period_to)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "period_to", "a date-time or a string", _period_to, error)

        if unreadable:
            raise DriftError(drift or ())
        marketplace_notification_payment_callback_body = cls(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )
        if drift:
            marketplace_notification_payment_callback_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_notification_payment_callback_body.additional_properties = additional_properties
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
