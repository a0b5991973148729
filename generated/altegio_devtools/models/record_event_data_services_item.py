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

T = TypeVar("T", bound="RecordEventDataServicesItem")


@_attrs_define
class RecordEventDataServicesItem:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        cost (float | Unset):
        cost_to_pay (float | Unset):
        manual_cost (float | Unset):
        cost_per_unit (float | Unset):
        discount (float | Unset):
        first_cost (float | Unset):
        amount (int | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount

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

        _cost = d.pop("cost", UNSET)
        try:
            cost: float | Unset
            if _cost is UNSET:
                cost = UNSET
            else:
                cost = _cost if type(_cost) is float or type(_cost) is int else as_float(_cost)
        except READ_ERRORS as error:
            cost = UNSET
            drift = mismatch(drift, "cost", "a number", _cost, error)

        _cost_to_pay = d.pop("cost_to_pay", UNSET)
        try:
            cost_to_pay: float | Unset
            if _cost_to_pay is UNSET:
                cost_to_pay = UNSET
            else:
                cost_to_pay = (
                    _cost_to_pay
                    if type(_cost_to_pay) is float or type(_cost_to_pay) is int
                    else as_float(_cost_to_pay)
                )
        except READ_ERRORS as error:
            cost_to_pay = UNSET
            drift = mismatch(drift, "cost_to_pay", "a number", _cost_to_pay, error)

        _manual_cost = d.pop("manual_cost", UNSET)
        try:
            manual_cost: float | Unset
            if _manual_cost is UNSET:
                manual_cost = UNSET
            else:
                manual_cost = (
                    _manual_cost
                    if type(_manual_cost) is float or type(_manual_cost) is int
                    else as_float(_manual_cost)
                )
        except READ_ERRORS as error:
            manual_cost = UNSET
            drift = mismatch(drift, "manual_cost", "a number", _manual_cost, error)

        _cost_per_unit = d.pop("cost_per_unit", UNSET)
        try:
            cost_per_unit: float | Unset
            if _cost_per_unit is UNSET:
                cost_per_unit = UNSET
            else:
                cost_per_unit = (
                    _cost_per_unit
                    if type(_cost_per_unit) is float or type(_cost_per_unit) is int
                    else as_float(_cost_per_unit)
                )
        except READ_ERRORS as error:
            cost_per_unit = UNSET
            drift = mismatch(drift, "cost_per_unit", "a number", _cost_per_unit, error)

        _discount = d.pop("discount", UNSET)
        try:
            discount: float | Unset
            if _discount is UNSET:
                discount = UNSET
            else:
                discount = (
                    _discount
                    if type(_discount) is float or type(_discount) is int
                    else as_float(_discount)
                )
        except READ_ERRORS as error:
            discount = UNSET
            drift = mismatch(drift, "discount", "a number", _discount, error)

        _first_cost = d.pop("first_cost", UNSET)
        try:
            first_cost: float | Unset
            if _first_cost is UNSET:
                first_cost = UNSET
            else:
                first_cost = (
                    _first_cost
                    if type(_first_cost) is float or type(_first_cost) is int
                    else as_float(_first_cost)
                )
        except READ_ERRORS as error:
            first_cost = UNSET
            drift = mismatch(drift, "first_cost", "a number", _first_cost, error)

        _amount = d.pop("amount", UNSET)
        try:
            amount: int | Unset
            if _amount is UNSET:
                amount = UNSET
            else:
                amount = _amount if type(_amount) is int else as_int(_amount)
        except READ_ERRORS as error:
            amount = UNSET
            drift = mismatch(drift, "amount", "an integer", _amount, error)

        record_event_data_services_item = cls(
            id=id,
            title=title,
            cost=cost,
            cost_to_pay=cost_to_pay,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount=discount,
            first_cost=first_cost,
            amount=amount,
        )
        if drift:
            record_event_data_services_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        record_event_data_services_item.additional_properties = additional_properties
        return record_event_data_services_item

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
