from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    as_object,
    read,
    read_number,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffOption")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "overall_price",
        "duration_in_months",
        "currency_iso",
        "staff_amount",
        "free_period_in_months",
    }
)


@_attrs_define
class TariffOption:
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
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        overall_price = self.overall_price

        duration_in_months: int | Unset = UNSET
        if not isinstance(self.duration_in_months, Unset):
            duration_in_months = (
                self.duration_in_months
                if isinstance(self.duration_in_months, int)
                else as_int(self.duration_in_months)
            )

        currency_iso = self.currency_iso

        staff_amount: int | Unset = UNSET
        if not isinstance(self.staff_amount, Unset):
            staff_amount = (
                self.staff_amount
                if isinstance(self.staff_amount, int)
                else as_int(self.staff_amount)
            )

        free_period_in_months: int | Unset = UNSET
        if not isinstance(self.free_period_in_months, Unset):
            free_period_in_months = (
                self.free_period_in_months
                if isinstance(self.free_period_in_months, int)
                else as_int(self.free_period_in_months)
            )

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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        overall_price = _get("overall_price", UNSET)
        if type(overall_price) is not float and type(overall_price) is not int:
            _absent += overall_price is UNSET
            overall_price, drift = read(
                overall_price, read_number, "overall_price", "a number", drift
            )

        duration_in_months = _get("duration_in_months", UNSET)
        if type(duration_in_months) is not int:
            _absent += duration_in_months is UNSET
            duration_in_months, drift = read(
                duration_in_months, as_int, "duration_in_months", "an integer", drift
            )

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str:
            _absent += currency_iso is UNSET
            currency_iso, drift = read(currency_iso, as_str, "currency_iso", "a string", drift)

        staff_amount = _get("staff_amount", UNSET)
        if type(staff_amount) is not int:
            _absent += staff_amount is UNSET
            staff_amount, drift = read(staff_amount, as_int, "staff_amount", "an integer", drift)

        free_period_in_months = _get("free_period_in_months", UNSET)
        if type(free_period_in_months) is not int:
            _absent += free_period_in_months is UNSET
            free_period_in_months, drift = read(
                free_period_in_months, as_int, "free_period_in_months", "an integer", drift
            )

        tariff_option = object.__new__(cls)
        tariff_option.id = id
        tariff_option.title = title
        tariff_option.overall_price = overall_price
        tariff_option.duration_in_months = duration_in_months
        tariff_option.currency_iso = currency_iso
        tariff_option.staff_amount = staff_amount
        tariff_option.free_period_in_months = free_period_in_months
        tariff_option.additional_properties = (
            {}
            if len(_src) + _absent == 7
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        tariff_option.drift = tuple(drift) if drift else ()
        return tariff_option

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
    """TariffOption's msgspec Struct mirror and its conversion into TariffOption: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "TariffOptionMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("overall_price", int | float, UNSET),
            ("duration_in_months", int, UNSET),
            ("currency_iso", str, UNSET),
            ("staff_amount", int, UNSET),
            ("free_period_in_months", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> TariffOption:
        m = new(TariffOption)
        m.id = s.id
        m.title = s.title
        m.overall_price = s.overall_price
        m.duration_in_months = s.duration_in_months
        m.currency_iso = s.currency_iso
        m.staff_amount = s.staff_amount
        m.free_period_in_months = s.free_period_in_months
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
