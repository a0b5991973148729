from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessGroupListMeta")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "count",
    }
)


@_attrs_define
class BusinessGroupListMeta:
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

        business_group_list_meta = object.__new__(cls)
        business_group_list_meta.count = count
        business_group_list_meta.additional_properties = (
            {}
            if len(_src) + _absent == 1
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        business_group_list_meta.drift = tuple(drift) if drift else ()
        return business_group_list_meta

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
    """BusinessGroupListMeta's msgspec Struct mirror and its conversion into BusinessGroupListMeta: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "BusinessGroupListMetaMirror",
        [
            ("count", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> BusinessGroupListMeta:
        m = new(BusinessGroupListMeta)
        m.count = s.count
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
