from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_int, as_str, format_datetime
from .._read import (
    NO_VALUE,
    as_object,
    read_number,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..types import UNSET

T = TypeVar("T", bound="NotifyPaymentBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "currency_iso",
        "application_id",
        "payment_sum",
        "payment_date",
        "period_from",
        "period_to",
    }
)


def _parse_payment_date(data: object) -> datetime.datetime | str:
    if isinstance(data, str):
        try:
            _payment_date_type_0 = data
            payment_date_type_0 = as_datetime(_payment_date_type_0)

            return payment_date_type_0
        except READ_ERRORS:
            pass
    _payment_date_type_1 = data
    payment_date_type_1 = (
        _payment_date_type_1 if type(_payment_date_type_1) is str else as_str(_payment_date_type_1)
    )

    return payment_date_type_1


def _read_payment_date(
    _payment_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        payment_date = _parse_payment_date(_payment_date)
    except READ_ERRORS as error:
        payment_date = cast(Any, NO_VALUE)
        drift = mismatch(drift, "payment_date", "a date-time or a string", _payment_date, error)
    return payment_date, drift


def _parse_period_from(data: object) -> datetime.datetime | str:
    if isinstance(data, str):
        try:
            _period_from_type_0 = data
            period_from_type_0 = as_datetime(_period_from_type_0)

            return period_from_type_0
        except READ_ERRORS:
            pass
    _period_from_type_1 = data
    period_from_type_1 = (
        _period_from_type_1 if type(_period_from_type_1) is str else as_str(_period_from_type_1)
    )

    return period_from_type_1


def _read_period_from(
    _period_from: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        period_from = _parse_period_from(_period_from)
    except READ_ERRORS as error:
        period_from = cast(Any, NO_VALUE)
        drift = mismatch(drift, "period_from", "a date-time or a string", _period_from, error)
    return period_from, drift


def _parse_period_to(data: object) -> datetime.datetime | str:
    if isinstance(data, str):
        try:
            _period_to_type_0 = data
            period_to_type_0 = as_datetime(_period_to_type_0)

            return period_to_type_0
        except READ_ERRORS:
            pass
    _period_to_type_1 = data
    period_to_type_1 = (
        _period_to_type_1 if type(_period_to_type_1) is str else as_str(_period_to_type_1)
    )

    return period_to_type_1


def _read_period_to(_period_to: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        period_to = _parse_period_to(_period_to)
    except READ_ERRORS as error:
        period_to = cast(Any, NO_VALUE)
        drift = mismatch(drift, "period_to", "a date-time or a string", _period_to, error)
    return period_to, drift


@_attrs_define
class NotifyPaymentBody:
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
        salon_id = self.salon_id if isinstance(self.salon_id, int) else as_int(self.salon_id)

        currency_iso = self.currency_iso

        application_id = (
            self.application_id
            if isinstance(self.application_id, int)
            else as_int(self.application_id)
        )

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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            _absent += salon_id is UNSET
            salon_id, drift = read_required(salon_id, as_int, "salon_id", "an integer", drift)

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str:
            _absent += currency_iso is UNSET
            currency_iso, drift = read_required(
                currency_iso, as_str, "currency_iso", "a string", drift
            )

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            _absent += application_id is UNSET
            application_id, drift = read_required(
                application_id, as_int, "application_id", "an integer", drift
            )

        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and type(payment_sum) is not int:
            _absent += payment_sum is UNSET
            payment_sum, drift = read_required(
                payment_sum, read_number, "payment_sum", "a number", drift
            )

        payment_date = _get("payment_date", UNSET)
        _absent += payment_date is UNSET
        payment_date, drift = _read_payment_date(payment_date, drift)

        period_from = _get("period_from", UNSET)
        _absent += period_from is UNSET
        period_from, drift = _read_period_from(period_from, drift)

        period_to = _get("period_to", UNSET)
        _absent += period_to is UNSET
        period_to, drift = _read_period_to(period_to, drift)

        if NO_VALUE in (
            salon_id,
            currency_iso,
            application_id,
            payment_sum,
            payment_date,
            period_from,
            period_to,
        ):
            raise DriftError(drift or ())
        notify_payment_body = object.__new__(cls)
        notify_payment_body.salon_id = salon_id
        notify_payment_body.currency_iso = currency_iso
        notify_payment_body.application_id = application_id
        notify_payment_body.payment_sum = payment_sum
        notify_payment_body.payment_date = payment_date
        notify_payment_body.period_from = period_from
        notify_payment_body.period_to = period_to
        notify_payment_body.additional_properties = (
            {}
            if len(_src) + _absent == 7
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        notify_payment_body.drift = tuple(drift) if drift else ()
        return notify_payment_body

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


@functools.cache
def typed_mirror() -> Mirror:
    """NotifyPaymentBody's msgspec Struct mirror and its conversion into NotifyPaymentBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "NotifyPaymentBodyMirror",
        [
            ("salon_id", int),
            ("currency_iso", str),
            ("application_id", int),
            ("payment_sum", int | float),
            ("payment_date", Any),
            ("period_from", Any),
            ("period_to", Any),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> NotifyPaymentBody:
        m = new(NotifyPaymentBody)
        m.salon_id = s.salon_id
        m.currency_iso = s.currency_iso
        m.application_id = s.application_id
        m.payment_sum = s.payment_sum
        m.payment_date = fitted(_read_payment_date(s.payment_date, None))
        m.period_from = fitted(_read_period_from(s.period_from, None))
        m.period_to = fitted(_read_period_to(s.period_to, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
