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

T = TypeVar("T", bound="LoyaltyCardEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "balance",
        "number",
        "phone",
    }
)


@_attrs_define
class LoyaltyCardEventData:
    """Reduced loyalty card payload.

    Attributes:
        id (int | Unset): Card ID
        balance (float | Unset): Card balance
        number (str | Unset): Card number
        phone (str | Unset): Phone linked to the card
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    number: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        balance = self.balance

        number = self.number

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if number is not UNSET:
            field_dict["number"] = number
        if phone is not UNSET:
            field_dict["phone"] = phone

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

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int:
            _absent += balance is UNSET
            balance, drift = read(balance, read_number, "balance", "a number", drift)

        number = _get("number", UNSET)
        if type(number) is not str:
            _absent += number is UNSET
            number, drift = read(number, as_str, "number", "a string", drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        loyalty_card_event_data = object.__new__(cls)
        loyalty_card_event_data.id = id
        loyalty_card_event_data.balance = balance
        loyalty_card_event_data.number = number
        loyalty_card_event_data.phone = phone
        loyalty_card_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 4
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        loyalty_card_event_data.drift = tuple(drift) if drift else ()
        return loyalty_card_event_data

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
    """LoyaltyCardEventData's msgspec Struct mirror and its conversion into LoyaltyCardEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "LoyaltyCardEventDataMirror",
        [
            ("id", int, UNSET),
            ("balance", int | float, UNSET),
            ("number", str, UNSET),
            ("phone", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> LoyaltyCardEventData:
        m = new(LoyaltyCardEventData)
        m.id = s.id
        m.balance = s.balance
        m.number = s.number
        m.phone = s.phone
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
