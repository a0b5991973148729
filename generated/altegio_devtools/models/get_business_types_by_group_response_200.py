from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_business_types_by_group_response_200_data_item import (
        GetBusinessTypesByGroupResponse200DataItem,
    )
    from ..models.get_business_types_by_group_response_200_meta_type_0 import (
        GetBusinessTypesByGroupResponse200MetaType0,
    )


T = TypeVar("T", bound="GetBusinessTypesByGroupResponse200")


@_attrs_define
class GetBusinessTypesByGroupResponse200:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (list[GetBusinessTypesByGroupResponse200DataItem]): Business groups Example: [{'id': 10, 'title': 'Domestic
            services', 'image': 'https://app.alteg.io/images/business-groups/services.png', 'types': [{'id': 31, 'title':
            'Studio', 'business_group_id': 10}]}, {'id': 1, 'title': 'beauty', 'image':
            'https://app.alteg.io/images/business-groups/beauty.png', 'types': [{'id': 1, 'title': 'Beauty Salons',
            'business_group_id': 1}, {'id': 25, 'title': 'Spa', 'business_group_id': 1}]}].
        meta (GetBusinessTypesByGroupResponse200MetaType0 | list[Any] | Unset): Metadata with the number of business
            types found Example: {'count': 10}.
    """

    success: bool
    data: list[GetBusinessTypesByGroupResponse200DataItem]
    meta: GetBusinessTypesByGroupResponse200MetaType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_business_types_by_group_response_200_meta_type_0 import (
            GetBusinessTypesByGroupResponse200MetaType0,  # noqa: PLC0415
        )

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, GetBusinessTypesByGroupResponse200MetaType0):
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
        from ..models.get_business_types_by_group_response_200_data_item import (
            GetBusinessTypesByGroupResponse200DataItem,  # noqa: PLC0415
        )
        from ..models.get_business_types_by_group_response_200_meta_type_0 import (
            GetBusinessTypesByGroupResponse200MetaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _success = d.pop("success")
        success = _success if type(_success) is bool else as_bool(_success)

        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError(f"expected a list, got {type(_data).__name__}")
        data = []
        for data_item_data in _data:
            _data_item = data_item_data
            data_item = GetBusinessTypesByGroupResponse200DataItem.from_dict(_data_item)

            data.append(data_item)

        def _parse_meta(
            data: object,
        ) -> GetBusinessTypesByGroupResponse200MetaType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _meta_type_0 = data
                meta_type_0 = GetBusinessTypesByGroupResponse200MetaType0.from_dict(_meta_type_0)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            _meta_type_1 = data
            if not isinstance(_meta_type_1, list):
                raise TypeError(f"expected a list, got {type(_meta_type_1).__name__}")
            meta_type_1 = []
            for meta_type_1_item_data in _meta_type_1:
                meta_type_1_item = meta_type_1_item_data

                meta_type_1.append(meta_type_1_item)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        get_business_types_by_group_response_200 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_business_types_by_group_response_200.additional_properties = additional_properties
        return get_business_types_by_group_response_200

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
