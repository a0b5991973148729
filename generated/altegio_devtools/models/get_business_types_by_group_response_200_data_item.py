from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_business_types_by_group_response_200_data_item_types_item import (
        GetBusinessTypesByGroupResponse200DataItemTypesItem,
    )


T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200DataItem")


@_attrs_define
class GetBusinessTypesByGroupResponse200DataItem:
    """
    Attributes:
        id (int | Unset): Group ID
        title (str | Unset): Group name
        image (str | Unset): Group image
        image_small (str | Unset): Small group image
        types (list[GetBusinessTypesByGroupResponse200DataItemTypesItem] | Unset): Business types of the group
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    image: str | Unset = UNSET
    image_small: str | Unset = UNSET
    types: list[GetBusinessTypesByGroupResponse200DataItemTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        image = self.image

        image_small = self.image_small

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image
        if image_small is not UNSET:
            field_dict["image_small"] = image_small
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_business_types_by_group_response_200_data_item_types_item import (
            GetBusinessTypesByGroupResponse200DataItemTypesItem,  # noqa: PLC0415
        )

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

        _image = d.pop("image", UNSET)
        try:
            image: str | Unset
            if _image is UNSET:
                image = UNSET
            else:
                image = _image if type(_image) is str else as_str(_image)
        except READ_ERRORS as error:
            image = UNSET
            drift = mismatch(drift, "image", "a string", _image, error)

        _image_small = d.pop("image_small", UNSET)
        try:
            image_small: str | Unset
            if _image_small is UNSET:
                image_small = UNSET
            else:
                image_small = _image_small if type(_image_small) is str else as_str(_image_small)
        except READ_ERRORS as error:
            image_small = UNSET
            drift = mismatch(drift, "image_small", "a string", _image_small, error)

        _types = d.pop("types", UNSET)
        try:
            types: list[GetBusinessTypesByGroupResponse200DataItemTypesItem] | Unset = UNSET
            if _types is not UNSET and _types != "":
                if not isinstance(_types, list):
                    raise TypeError(f"expected a list, got {type(_types).__name__}")
                types = []
                for index, types_item_data in enumerate(_types):
                    try:
                        types_item = GetBusinessTypesByGroupResponse200DataItemTypesItem.from_dict(
                            types_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"types[{index}]", "an object", types_item_data, error
                        )
                        continue
                    if types_item.drift:
                        drift = nested(drift, f"types[{index}]", types_item.drift)
                    types.append(types_item)
        except READ_ERRORS as error:
            types = UNSET
            drift = mismatch(drift, "types", "a list", _types, error)

        get_business_types_by_group_response_200_data_item = cls(
            id=id,
            title=title,
            image=image,
            image_small=image_small,
            types=types,
        )
        if drift:
            get_business_types_by_group_response_200_data_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_business_types_by_group_response_200_data_item.additional_properties = (
            additional_properties
        )
        return get_business_types_by_group_response_200_data_item

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
