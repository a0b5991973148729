from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200MetaType0")


@_attrs_define
class GetBusinessTypesByGroupResponse200MetaType0:
    """Metadata with the number of business types found

    Example:
        {'count': 10}

    Attributes:
        count (int | Unset):  Example: 10.
    """

    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _count = d.pop("count", UNSET)
        try:
            count: int | Unset
            if _count is UNSET:
                count = UNSET
            else:
                count = _count if type(_count) is int else as_int(_count)
        except READ_ERRORS as error:
            count = UNSET
            drift = mismatch(drift, "count", "an integer", _count, error)

        get_business_types_by_group_response_200_meta_type_0 = cls(
            count=count,
        )
        if drift:
            get_business_types_by_group_response_200_meta_type_0.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_business_types_by_group_response_200_meta_type_0.additional_properties = (
            additional_properties
        )
        return get_business_types_by_group_response_200_meta_type_0

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
