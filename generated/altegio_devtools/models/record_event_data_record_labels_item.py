from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordEventDataRecordLabelsItem")


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
        id = self.id

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

        _color = d.pop("color", UNSET)
        try:
            color: str | Unset
            if _color is UNSET:
                color = UNSET
            else:
                color = _color if type(_color) is str else as_str(_color)
        except READ_ERRORS as error:
            color = UNSET
            drift = mismatch(drift, "color", "a string", _color, error)

        _icon = d.pop("icon", UNSET)
        try:
            icon: str | Unset
            if _icon is UNSET:
                icon = UNSET
            else:
                icon = _icon if type(_icon) is str else as_str(_icon)
        except READ_ERRORS as error:
            icon = UNSET
            drift = mismatch(drift, "icon", "a string", _icon, error)

        _font_color = d.pop("font_color", UNSET)
        try:
            font_color: str | Unset
            if _font_color is UNSET:
                font_color = UNSET
            else:
                font_color = _font_color if type(_font_color) is str else as_str(_font_color)
        except READ_ERRORS as error:
            font_color = UNSET
            drift = mismatch(drift, "font_color", "a string", _font_color, error)

        record_event_data_record_labels_item = cls(
            id=id,
            title=title,
            color=color,
            icon=icon,
            font_color=font_color,
        )
        if drift:
            record_event_data_record_labels_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        record_event_data_record_labels_item.additional_properties = additional_properties
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
