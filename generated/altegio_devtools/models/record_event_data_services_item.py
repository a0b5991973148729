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

T = TypeVar("T", bound="RecordEventDataServicesItem")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
    }
)


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
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount: int | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount if isinstance(self.amount, int) else as_int(self.amount)

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

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int:
            _absent += cost is UNSET
            cost, drift = read(cost, read_number, "cost", "a number", drift)

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and type(cost_to_pay) is not int:
            _absent += cost_to_pay is UNSET
            cost_to_pay, drift = read(cost_to_pay, read_number, "cost_to_pay", "a number", drift)

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is not float and type(manual_cost) is not int:
            _absent += manual_cost is UNSET
            manual_cost, drift = read(manual_cost, read_number, "manual_cost", "a number", drift)

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int:
            _absent += cost_per_unit is UNSET
            cost_per_unit, drift = read(
                cost_per_unit, read_number, "cost_per_unit", "a number", drift
            )

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read(discount, read_number, "discount", "a number", drift)

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int:
            _absent += first_cost is UNSET
            first_cost, drift = read(first_cost, read_number, "first_cost", "a number", drift)

        amount = _get("amount", UNSET)
        if type(amount) is not int:
            _absent += amount is UNSET
            amount, drift = read(amount, as_int, "amount", "an integer", drift)

        record_event_data_services_item = object.__new__(cls)
        record_event_data_services_item.id = id
        record_event_data_services_item.title = title
        record_event_data_services_item.cost = cost
        record_event_data_services_item.cost_to_pay = cost_to_pay
        record_event_data_services_item.manual_cost = manual_cost
        record_event_data_services_item.cost_per_unit = cost_per_unit
        record_event_data_services_item.discount = discount
        record_event_data_services_item.first_cost = first_cost
        record_event_data_services_item.amount = amount
        record_event_data_services_item.additional_properties = (
            {}
            if len(_src) + _absent == 9
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        record_event_data_services_item.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """RecordEventDataServicesItem's msgspec Struct mirror and its conversion into RecordEventDataServicesItem: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "RecordEventDataServicesItemMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("cost", int | float, UNSET),
            ("cost_to_pay", int | float, UNSET),
            ("manual_cost", int | float, UNSET),
            ("cost_per_unit", int | float, UNSET),
            ("discount", int | float, UNSET),
            ("first_cost", int | float, UNSET),
            ("amount", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> RecordEventDataServicesItem:
        m = new(RecordEventDataServicesItem)
        m.id = s.id
        m.title = s.title
        m.cost = s.cost
        m.cost_to_pay = s.cost_to_pay
        m.manual_cost = s.manual_cost
        m.cost_per_unit = s.cost_per_unit
        m.discount = s.discount
        m.first_cost = s.first_cost
        m.amount = s.amount
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
