from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCategoryEventData")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        weight = self.weight

        api_id = self.api_id

        staff: list[int] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

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
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _salon_service_id = d.pop("salon_service_id", UNSET)
        salon_service_id: int | Unset
        if _salon_service_id is UNSET:
            salon_service_id = UNSET
        else:
            salon_service_id = (
                _salon_service_id if type(_salon_service_id) is int else as_int(_salon_service_id)
            )

        _title = d.pop("title", UNSET)
        title: str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            title = _title if type(_title) is str else as_str(_title)

        _weight = d.pop("weight", UNSET)
        weight: int | Unset
        if _weight is UNSET:
            weight = UNSET
        else:
            weight = _weight if type(_weight) is int else as_int(_weight)

        _api_id = d.pop("api_id", UNSET)
        api_id: str | Unset
        if _api_id is UNSET:
            api_id = UNSET
        else:
            api_id = _api_id if type(_api_id) is str else as_str(_api_id)

        _staff = d.pop("staff", UNSET)
        staff: list[int] | Unset = UNSET
        if _staff is not UNSET:
            if not isinstance(_staff, list):
                raise TypeError(f"expected a list, got {type(_staff).__name__}")
            staff = []
            for staff_item_data in _staff:
                _staff_item = staff_item_data
                staff_item = _staff_item if type(_staff_item) is int else as_int(_staff_item)

                staff.append(staff_item)

        _is_chain = d.pop("is_chain", UNSET)
        is_chain: bool | Unset
        if _is_chain is UNSET:
            is_chain = UNSET
        else:
            is_chain = _is_chain if type(_is_chain) is bool else as_bool(_is_chain)

        service_category_event_data = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            weight=weight,
            api_id=api_id,
            staff=staff,
            is_chain=is_chain,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        service_category_event_data.additional_properties = additional_properties
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
