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

T = TypeVar("T", bound="RecordEventDataRecordLabelsItem")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "color",
        "icon",
        "font_color",
    }
)


@_attrs_define
class RecordEventDataRecordLabelsItem:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        color (str | Unset):
        icon (str | Unset):
        font_color (str | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    icon: str | Unset = UNSET
    font_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        color = self.color

        icon = self.icon

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

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

        color = _get("color", UNSET)
        if type(color) is not str:
            _absent += color is UNSET
            color, drift = read(color, as_str, "color", "a string", drift)

        icon = _get("icon", UNSET)
        if type(icon) is not str:
            _absent += icon is UNSET
            icon, drift = read(icon, as_str, "icon", "a string", drift)

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str:
            _absent += font_color is UNSET
            font_color, drift = read(font_color, as_str, "font_color", "a string", drift)

        record_event_data_record_labels_item = object.__new__(cls)
        record_event_data_record_labels_item.id = id
        record_event_data_record_labels_item.title = title
        record_event_data_record_labels_item.color = color
        record_event_data_record_labels_item.icon = icon
        record_event_data_record_labels_item.font_color = font_color
        record_event_data_record_labels_item.additional_properties = (
            {}
            if len(_src) + _absent == 5
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        record_event_data_record_labels_item.drift = tuple(drift) if drift else ()
        return record_event_data_record_labels_item

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
    """RecordEventDataRecordLabelsItem's msgspec Struct mirror and its conversion into RecordEventDataRecordLabelsItem: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "RecordEventDataRecordLabelsItemMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("color", str, UNSET),
            ("icon", str, UNSET),
            ("font_color", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> RecordEventDataRecordLabelsItem:
        m = new(RecordEventDataRecordLabelsItem)
        m.id = s.id
        m.title = s.title
        m.color = s.color
        m.icon = s.icon
        m.font_color = s.font_color
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
