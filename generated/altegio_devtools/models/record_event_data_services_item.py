from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_float, as_int, as_str
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
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = as_int(_id)

        _title = d.pop("title", UNSET)
        title: str | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = as_str(_title)

        _cost = d.pop("cost", UNSET)
        cost: float | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = as_float(_cost)

        _cost_to_pay = d.pop("cost_to_pay", UNSET)
        cost_to_pay: float | Unset
        if isinstance(_cost_to_pay, Unset):
            cost_to_pay = UNSET
        else:
            cost_to_pay = as_float(_cost_to_pay)

        _manual_cost = d.pop("manual_cost", UNSET)
        manual_cost: float | Unset
        if isinstance(_manual_cost, Unset):
            manual_cost = UNSET
        else:
            manual_cost = as_float(_manual_cost)

        _cost_per_unit = d.pop("cost_per_unit", UNSET)
        cost_per_unit: float | Unset
        if isinstance(_cost_per_unit, Unset):
            cost_per_unit = UNSET
        else:
            cost_per_unit = as_float(_cost_per_unit)

        _discount = d.pop("discount", UNSET)
        discount: float | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = as_float(_discount)

        _first_cost = d.pop("first_cost", UNSET)
        first_cost: float | Unset
        if isinstance(_first_cost, Unset):
            first_cost = UNSET
        else:
            first_cost = as_float(_first_cost)

        _amount = d.pop("amount", UNSET)
        amount: int | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = as_int(_amount)

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
