from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
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
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

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

        _salon_service_id = d.pop("salon_service_id", UNSET)
        try:
            salon_service_id: int | Unset
            if _salon_service_id is UNSET:
                salon_service_id = UNSET
            else:
                salon_service_id = (
                    _salon_service_id
                    if type(_salon_service_id) is int
                    else as_int(_salon_service_id)
                )
        except READ_ERRORS as error:
            salon_service_id = UNSET
            drift = mismatch(drift, "salon_service_id", "an integer", _salon_service_id, error)

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

        _weight = d.pop("weight", UNSET)
        try:
            weight: int | Unset
            if _weight is UNSET:
                weight = UNSET
            else:
                weight = _weight if type(_weight) is int else as_int(_weight)
        except READ_ERRORS as error:
            weight = UNSET
            drift = mismatch(drift, "weight", "an integer", _weight, error)

        _api_id = d.pop("api_id", UNSET)
        try:
            api_id: str | Unset
            if _api_id is UNSET:
                api_id = UNSET
            else:
                api_id = _api_id if type(_api_id) is str else as_str(_api_id)
        except READ_ERRORS as error:
            api_id = UNSET
            drift = mismatch(drift, "api_id", "a string", _api_id, error)

        _staff = d.pop("staff", UNSET)
        try:
            staff: list[int] | Unset = UNSET
            if _staff is not UNSET and _staff != "":
                if not isinstance(_staff, list):
                    raise TypeError(f"expected a list, got {type(_staff).__name__}")
                staff = []
                for index, staff_item_data in enumerate(_staff):
                    try:
                        _staff_item = staff_item_data
                        staff_item = (
                            _staff_item if type(_staff_item) is int else as_int(_staff_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"staff[{index}]", "an integer", staff_item_data, error
                        )
                        continue
                    staff.append(staff_item)
        except READ_ERRORS as error:
            staff = UNSET
            drift = mismatch(drift, "staff", "a list", _staff, error)

        _is_chain = d.pop("is_chain", UNSET)
        try:
            is_chain: bool | Unset
            if _is_chain is UNSET:
                is_chain = UNSET
            else:
                is_chain = _is_chain if type(_is_chain) is bool else as_bool(_is_chain)
        except READ_ERRORS as error:
            is_chain = UNSET
            drift = mismatch(drift, "is_chain", "a boolean", _is_chain, error)

        service_category_event_data = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            weight=weight,
            api_id=api_id,
            staff=staff,
            is_chain=is_chain,
        )
        if drift:
            service_category_event_data.drift = tuple(drift)

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
