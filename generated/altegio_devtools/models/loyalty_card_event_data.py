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

T = TypeVar("T", bound="LoyaltyCardEventData")


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
        id = self.id

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

        _balance = d.pop("balance", UNSET)
        try:
            balance: float | Unset
            if _balance is UNSET:
                balance = UNSET
            else:
                balance = (
                    _balance
                    if type(_balance) is float or type(_balance) is int
                    else as_float(_balance)
                )
        except READ_ERRORS as error:
            balance = UNSET
            drift = mismatch(drift, "balance", "a number", _balance, error)

        _number = d.pop("number", UNSET)
        try:
            number: str | Unset
            if _number is UNSET:
                number = UNSET
            else:
                number = _number if type(_number) is str else as_str(_number)
        except READ_ERRORS as error:
            number = UNSET
            drift = mismatch(drift, "number", "a string", _number, error)

        _phone = d.pop("phone", UNSET)
        try:
            phone: str | Unset
            if _phone is UNSET:
                phone = UNSET
            else:
                phone = _phone if type(_phone) is str else as_str(_phone)
        except READ_ERRORS as error:
            phone = UNSET
            drift = mismatch(drift, "phone", "a string", _phone, error)

        loyalty_card_event_data = cls(
            id=id,
            balance=balance,
            number=number,
            phone=phone,
        )
        if drift:
            loyalty_card_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        loyalty_card_event_data.additional_properties = additional_properties
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
