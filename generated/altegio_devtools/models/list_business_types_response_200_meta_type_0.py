from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from .._read import (
    as_object,
    read,
)
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListBusinessTypesResponse200MetaType0")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "count",
    }
)


@_attrs_define
class ListBusinessTypesResponse200MetaType0:
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
        count: int | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count if isinstance(self.count, int) else as_int(self.count)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        count = _get("count", UNSET)
        if type(count) is not int:
            _absent += count is UNSET
            count, drift = read(count, as_int, "count", "an integer", drift)

        list_business_types_response_200_meta_type_0 = object.__new__(cls)
        list_business_types_response_200_meta_type_0.count = count
        list_business_types_response_200_meta_type_0.additional_properties = (
            {}
            if len(_src) + _absent == 1
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        list_business_types_response_200_meta_type_0.drift = tuple(drift) if drift else ()
        return list_business_types_response_200_meta_type_0

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
