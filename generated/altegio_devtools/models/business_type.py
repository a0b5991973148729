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
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessType")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "business_group_id",
    }
)


@_attrs_define
class BusinessType:
    """
    Attributes:
        id (int | Unset): Type ID
        title (str | Unset): Type name
        business_group_id (int | Unset): Group ID
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    business_group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        business_group_id: int | Unset = UNSET
        if not isinstance(self.business_group_id, Unset):
            business_group_id = (
                self.business_group_id
                if isinstance(self.business_group_id, int)
                else as_int(self.business_group_id)
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id

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

        business_group_id = _get("business_group_id", UNSET)
        if type(business_group_id) is not int:
            _absent += business_group_id is UNSET
            business_group_id, drift = read(
                business_group_id, as_int, "business_group_id", "an integer", drift
            )

        business_type = object.__new__(cls)
        business_type.id = id
        business_type.title = title
        business_type.business_group_id = business_group_id
        business_type.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        business_type.drift = tuple(drift) if drift else ()
        return business_type

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
    """BusinessType's msgspec Struct mirror and its conversion into BusinessType: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "BusinessTypeMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("business_group_id", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> BusinessType:
        m = new(BusinessType)
        m.id = s.id
        m.title = s.title
        m.business_group_id = s.business_group_id
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
