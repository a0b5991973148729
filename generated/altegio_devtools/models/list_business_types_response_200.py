from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from .._read import (
    NO_VALUE,
    as_object,
    read,
    read_list,
    read_required,
)
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_group import BusinessGroup
    from ..models.list_business_types_response_200_meta_type_0 import (
        ListBusinessTypesResponse200MetaType0,
    )


T = TypeVar("T", bound="ListBusinessTypesResponse200")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.business_group import BusinessGroup  # noqa: PLC0415
    from ..models.list_business_types_response_200_meta_type_0 import (
        ListBusinessTypesResponse200MetaType0,  # noqa: PLC0415
    )

    globals().update(
        {
            "BusinessGroup": BusinessGroup,
            "ListBusinessTypesResponse200MetaType0": ListBusinessTypesResponse200MetaType0,
        }
    )
    _nested_imported = True


def _parse_meta(data: object) -> list[Any] | ListBusinessTypesResponse200MetaType0 | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            meta_type_0 = ListBusinessTypesResponse200MetaType0.from_dict(data)

            return meta_type_0
        except READ_ERRORS:
            pass
    _meta_type_1 = data
    if not isinstance(_meta_type_1, list):
        raise TypeError(f"expected a list, got {type(_meta_type_1).__name__}")
    meta_type_1 = []
    for meta_type_1_item_data in _meta_type_1:
        meta_type_1_item = meta_type_1_item_data

        meta_type_1.append(meta_type_1_item)

    return meta_type_1


def _read_meta(_meta: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        meta = _parse_meta(_meta)
    except READ_ERRORS as error:
        meta = UNSET
        drift = mismatch(drift, "meta", "an object or a list", _meta, error)
    else:
        drift = collect(drift, "meta", meta)
    return meta, drift


@_attrs_define
class ListBusinessTypesResponse200:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (list[BusinessGroup]): Business groups Example: [{'id': 10, 'title': 'Domestic services', 'image':
            'https://app.alteg.io/images/business-groups/services.png', 'types': [{'id': 31, 'title': 'Studio',
            'business_group_id': 10}]}, {'id': 1, 'title': 'beauty', 'image': 'https://app.alteg.io/images/business-
            groups/beauty.png', 'types': [{'id': 1, 'title': 'Beauty Salons', 'business_group_id': 1}, {'id': 25, 'title':
            'Spa', 'business_group_id': 1}]}].
        meta (list[Any] | ListBusinessTypesResponse200MetaType0 | Unset): Metadata with the number of business types
            found Example: {'count': 10}.
    """

    success: bool
    data: list[BusinessGroup]
    meta: list[Any] | ListBusinessTypesResponse200MetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_business_types_response_200_meta_type_0 import (
            ListBusinessTypesResponse200MetaType0,  # noqa: PLC0415
        )

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ListBusinessTypesResponse200MetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        success = _get("success", UNSET)
        if type(success) is not bool:
            _absent += success is UNSET
            success, drift = read_required(success, as_bool, "success", "a boolean", drift)

        data = _get("data", UNSET)
        if type(data) is list:
            _items = []
            for _index, _item in enumerate(data):
                if type(_item) is dict:
                    _item = BusinessGroup.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"data[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, BusinessGroup.from_dict, f"data[{_index}]", "an object", drift
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            data = _items
        else:
            _absent += data is UNSET
            data, drift = read_list(data, "data", drift, required=True)

        meta = _get("meta", UNSET)
        _absent += meta is UNSET
        meta, drift = _read_meta(meta, drift)

        if NO_VALUE in (success,):
            raise DriftError(drift or ())
        list_business_types_response_200 = object.__new__(cls)
        list_business_types_response_200.success = success
        list_business_types_response_200.data = data
        list_business_types_response_200.meta = meta
        list_business_types_response_200.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        list_business_types_response_200.drift = tuple(drift) if drift else ()
        return list_business_types_response_200

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
