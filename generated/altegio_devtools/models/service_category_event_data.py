from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str
from .._read import (
    as_object,
    read,
    read_items,
    read_list,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCategoryEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "weight",
        "api_id",
        "staff",
        "is_chain",
    }
)


@_attrs_define
class ServiceCategoryEventData:
    """Service category.

    Attributes:
        id (int | Unset): Category ID
        salon_service_id (int | Unset):
        title (str | Unset):
        weight (int | Unset): Sort order
        api_id (str | Unset):
        staff (list[int] | Unset): IDs of team members linked to the category
        is_chain (bool | Unset):
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    weight: int | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[int] | Unset = UNSET
    is_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        salon_service_id: int | Unset = UNSET
        if not isinstance(self.salon_service_id, Unset):
            salon_service_id = (
                self.salon_service_id
                if isinstance(self.salon_service_id, int)
                else as_int(self.salon_service_id)
            )

        title = self.title

        weight: int | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight if isinstance(self.weight, int) else as_int(self.weight)

        api_id = self.api_id

        staff: list[int] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = (
                    staff_item_data if isinstance(staff_item_data, int) else as_int(staff_item_data)
                )
                staff.append(staff_item)

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

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

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int:
            _absent += salon_service_id is UNSET
            salon_service_id, drift = read(
                salon_service_id, as_int, "salon_service_id", "an integer", drift
            )

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        weight = _get("weight", UNSET)
        if type(weight) is not int:
            _absent += weight is UNSET
            weight, drift = read(weight, as_int, "weight", "an integer", drift)

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str:
            _absent += api_id is UNSET
            api_id, drift = read(api_id, as_str, "api_id", "a string", drift)

        staff = _get("staff", UNSET)
        if type(staff) is list:
            for _item in staff:
                if type(_item) is not int:
                    staff, drift = read_items(staff, as_int, "staff", "an integer", drift)
                    break
        else:
            _absent += staff is UNSET
            staff, drift = read_list(staff, "staff", drift)

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool:
            _absent += is_chain is UNSET
            is_chain, drift = read(is_chain, as_bool, "is_chain", "a boolean", drift)

        service_category_event_data = object.__new__(cls)
        service_category_event_data.id = id
        service_category_event_data.salon_service_id = salon_service_id
        service_category_event_data.title = title
        service_category_event_data.weight = weight
        service_category_event_data.api_id = api_id
        service_category_event_data.staff = staff
        service_category_event_data.is_chain = is_chain
        service_category_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 7
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        service_category_event_data.drift = tuple(drift) if drift else ()
        return service_category_event_data

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
    """ServiceCategoryEventData's msgspec Struct mirror and its conversion into ServiceCategoryEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "ServiceCategoryEventDataMirror",
        [
            ("id", int, UNSET),
            ("salon_service_id", int, UNSET),
            ("title", str, UNSET),
            ("weight", int, UNSET),
            ("api_id", str, UNSET),
            ("staff", list[int], UNSET),
            ("is_chain", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ServiceCategoryEventData:
        m = new(ServiceCategoryEventData)
        m.id = s.id
        m.salon_service_id = s.salon_service_id
        m.title = s.title
        m.weight = s.weight
        m.api_id = s.api_id
        m.staff = s.staff
        m.is_chain = s.is_chain
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
