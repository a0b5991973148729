from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._read import (
    as_object,
)
from .._typed import Mirror
from ..drift import Drift

T = TypeVar("T", bound="ScheduleEventDataItem")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class ScheduleEventDataItem:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        schedule_event_data_item = object.__new__(cls)
        schedule_event_data_item.additional_properties = dict(_src)
        schedule_event_data_item.drift = ()
        return schedule_event_data_item

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
    """ScheduleEventDataItem's msgspec Struct mirror and its conversion into ScheduleEventDataItem: the
    typed fast path (speedups only, built on first use; see _typed.py)."""

    new = object.__new__
    # No declared field: the whole object is additional_properties, as from_dict keeps it.
    struct = dict[str, Any]

    def convert(s: Any) -> ScheduleEventDataItem:
        m = new(ScheduleEventDataItem)
        m.additional_properties = s
        m.drift = ()
        return m

    return Mirror(struct, convert)
