from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_datetime, as_int, format_datetime, is_null_date
from .._read import (
    as_object,
    read,
    read_number,
)
from .._typed import Mirror, fromisoformat
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "payment_sum",
        "id",
        "payment_date",
        "is_refunded",
        "period_from",
        "period_to",
    }
)


def _parse_payment_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _payment_date_type_0 = data
    payment_date_type_0 = as_datetime(_payment_date_type_0)

    return payment_date_type_0


def _read_payment_date(
    _payment_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        payment_date = _parse_payment_date(_payment_date)
    except READ_ERRORS as error:
        payment_date = UNSET
        drift = mismatch(drift, "payment_date", "a date-time or null", _payment_date, error)
    return payment_date, drift


def _parse_period_from(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _period_from_type_0 = data
    period_from_type_0 = as_datetime(_period_from_type_0)

    return period_from_type_0


def _read_period_from(
    _period_from: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        period_from = _parse_period_from(_period_from)
    except READ_ERRORS as error:
        period_from = UNSET
        drift = mismatch(drift, "period_from", "a date-time or null", _period_from, error)
    return period_from, drift


def _parse_period_to(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _period_to_type_0 = data
    period_to_type_0 = as_datetime(_period_to_type_0)

    return period_to_type_0


def _read_period_to(_period_to: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        period_to = _parse_period_to(_period_to)
    except READ_ERRORS as error:
        period_to = UNSET
        drift = mismatch(drift, "period_to", "a date-time or null", _period_to, error)
    return period_to, drift


@_attrs_define
class Payment:
    """
    Attributes:
        payment_sum (float | Unset): Amount paid for the period
        id (int | Unset): Payment ID
        payment_date (datetime.datetime | None | Unset): Payment date
        is_refunded (bool | Unset): Whether the payment was refunded
        period_from (datetime.datetime | None | Unset): Subscription start
        period_to (datetime.datetime | None | Unset): Subscription end
    """

    payment_sum: float | Unset = UNSET
    id: int | Unset = UNSET
    payment_date: datetime.datetime | None | Unset = UNSET
    is_refunded: bool | Unset = UNSET
    period_from: datetime.datetime | None | Unset = UNSET
    period_to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        payment_sum = self.payment_sum

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.datetime):
            payment_date = format_datetime(self.payment_date)
        else:
            payment_date = self.payment_date

        is_refunded = self.is_refunded

        period_from: None | str | Unset
        if isinstance(self.period_from, Unset):
            period_from = UNSET
        elif isinstance(self.period_from, datetime.datetime):
            period_from = format_datetime(self.period_from)
        else:
            period_from = self.period_from

        period_to: None | str | Unset
        if isinstance(self.period_to, Unset):
            period_to = UNSET
        elif isinstance(self.period_to, datetime.datetime):
            period_to = format_datetime(self.period_to)
        else:
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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and type(payment_sum) is not int:
            _absent += payment_sum is UNSET
            payment_sum, drift = read(payment_sum, read_number, "payment_sum", "a number", drift)

        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        payment_date = _get("payment_date", UNSET)
        if type(payment_date) is str:
            try:
                payment_date = as_datetime(payment_date)
            except READ_ERRORS:
                payment_date, drift = _read_payment_date(payment_date, drift)
        elif payment_date is not None:
            _absent += payment_date is UNSET
            payment_date, drift = _read_payment_date(payment_date, drift)

        is_refunded = _get("is_refunded", UNSET)
        if type(is_refunded) is not bool:
            _absent += is_refunded is UNSET
            is_refunded, drift = read(is_refunded, as_bool, "is_refunded", "a boolean", drift)

        period_from = _get("period_from", UNSET)
        if type(period_from) is str:
            try:
                period_from = as_datetime(period_from)
            except READ_ERRORS:
                period_from, drift = _read_period_from(period_from, drift)
        elif period_from is not None:
            _absent += period_from is UNSET
            period_from, drift = _read_period_from(period_from, drift)

        period_to = _get("period_to", UNSET)
        if type(period_to) is str:
            try:
                period_to = as_datetime(period_to)
            except READ_ERRORS:
                period_to, drift = _read_period_to(period_to, drift)
        elif period_to is not None:
            _absent += period_to is UNSET
            period_to, drift = _read_period_to(period_to, drift)

        payment = object.__new__(cls)
        payment.payment_sum = payment_sum
        payment.id = id
        payment.payment_date = payment_date
        payment.is_refunded = is_refunded
        payment.period_from = period_from
        payment.period_to = period_to
        payment.additional_properties = (
            {}
            if len(_src) + _absent == 6
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        payment.drift = tuple(drift) if drift else ()
        return payment

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
    """Payment's msgspec Struct mirror and its conversion into Payment: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "PaymentMirror",
        [
            ("payment_sum", int | float, UNSET),
            ("id", int, UNSET),
            ("payment_date", str | None, UNSET),
            ("is_refunded", bool, UNSET),
            ("period_from", str | None, UNSET),
            ("period_to", str | None, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> Payment:
        m = new(Payment)
        m.payment_sum = s.payment_sum
        m.id = s.id
        v = s.payment_date
        m.payment_date = v if v is UNSET or v is None else fromisoformat(v)
        m.is_refunded = s.is_refunded
        v = s.period_from
        m.period_from = v if v is UNSET or v is None else fromisoformat(v)
        v = s.period_to
        m.period_to = v if v is UNSET or v is None else fromisoformat(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
