from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from .._read import (
    as_object,
    read,
    read_list,
)
from ..drift import Drift, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_business_types_by_group_response_200_data_item_types_item import (
        GetBusinessTypesByGroupResponse200DataItemTypesItem,
    )


T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200DataItem")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "image",
        "image_small",
        "types",
    }
)


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
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

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

        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        drift: list[Drift] | None = None
        id = _src.get("id", UNSET)
        if type(id) is not int:
            id, drift = read(id, as_int, "id", "an integer", drift)

        title = _src.get("title", UNSET)
        if type(title) is not str:
            title, drift = read(title, as_str, "title", "a string", drift)

        image = _src.get("image", UNSET)
        if type(image) is not str:
            image, drift = read(image, as_str, "image", "a string", drift)

        image_small = _src.get("image_small", UNSET)
        if type(image_small) is not str:
            image_small, drift = read(image_small, as_str, "image_small", "a string", drift)

        types = _src.get("types", UNSET)
        if type(types) is list:
            _items = []
            for _index, _item in enumerate(types):
                if type(_item) is dict:
                    _item = GetBusinessTypesByGroupResponse200DataItemTypesItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"types[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        GetBusinessTypesByGroupResponse200DataItemTypesItem.from_dict,
                        f"types[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            types = _items
        else:
            types, drift = read_list(types, "types", drift)

        get_business_types_by_group_response_200_data_item = object.__new__(cls)
        get_business_types_by_group_response_200_data_item.id = id
        get_business_types_by_group_response_200_data_item.title = title
        get_business_types_by_group_response_200_data_item.image = image
        get_business_types_by_group_response_200_data_item.image_small = image_small
        get_business_types_by_group_response_200_data_item.types = types
        get_business_types_by_group_response_200_data_item.additional_properties = (
            {}
            if _KNOWN_KEYS.issuperset(_src)
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        get_business_types_by_group_response_200_data_item.drift = tuple(drift) if drift else ()
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
