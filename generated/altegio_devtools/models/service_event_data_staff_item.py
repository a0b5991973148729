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

T = TypeVar("T", bound="ServiceEventDataStaffItem")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "seance_length",
    }
)


@_attrs_define
class ServiceEventDataStaffItem:
    """
    Attributes:
        id (int | Unset):
        seance_length (int | Unset):
    """

    id: int | Unset = UNSET
    seance_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        seance_length: int | Unset = UNSET
        if not isinstance(self.seance_length, Unset):
            seance_length = (
                self.seance_length
                if isinstance(self.seance_length, int)
                else as_int(self.seance_length)
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length

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

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not int:
            _absent += seance_length is UNSET
            seance_length, drift = read(seance_length, as_int, "seance_length", "an integer", drift)

        service_event_data_staff_item = object.__new__(cls)
        service_event_data_staff_item.id = id
        service_event_data_staff_item.seance_length = seance_length
        service_event_data_staff_item.additional_properties = (
            {}
            if len(_src) + _absent == 2
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        service_event_data_staff_item.drift = tuple(drift) if drift else ()
        return service_event_data_staff_item

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
    """ServiceEventDataStaffItem's msgspec Struct mirror and its conversion into ServiceEventDataStaffItem: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "ServiceEventDataStaffItemMirror",
        [
            ("id", int, UNSET),
            ("seance_length", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ServiceEventDataStaffItem:
        m = new(ServiceEventDataStaffItem)
        m.id = s.id
        m.seance_length = s.seance_length
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
