from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
)
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch, nested
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
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

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

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _success = d.pop("success", UNSET)
        try:
            success = _success if type(_success) is bool else as_bool(_success)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "success", "a boolean", _success, error)

        _data = d.pop("data", UNSET)
        try:
            if _data == "":
                _data = []
            if not isinstance(_data, list):
                raise TypeError(f"expected a list, got {type(_data).__name__}")
            data = []
            for index, data_item_data in enumerate(_data):
                try:
                    data_item = GetBusinessTypesByGroupResponse200DataItem.from_dict(data_item_data)
                except READ_ERRORS as error:
                    drift = mismatch(drift, f"data[{index}]", "an object", data_item_data, error)
                    continue
                if data_item.drift:
                    drift = nested(drift, f"data[{index}]", data_item.drift)
                data.append(data_item)
        except READ_ERRORS as error:
            data = []
            drift = mismatch(drift, "data", "a list", _data, error)

        _meta = d.pop("meta", UNSET)
        try:

            def _parse_meta(
                data: object,
            ) -> GetBusinessTypesByGroupResponse200MetaType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = GetBusinessTypesByGroupResponse200MetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _meta_type_1 = data
                if not isinstance(_meta_type_1, list):
                    raise TypeError(f"expected a list, got {type(_meta_type_1).__name__}")
                meta_type_1 = []
                for meta_type_1_item_data in _meta_type_1:
                    meta_type_1_item = meta_type_1_item_data

                    meta_type_1.append(meta_type_1_item)

                return meta_type_1

            meta = _parse_meta(_meta)
        except READ_ERRORS as error:
            meta = UNSET
            drift = mismatch(drift, "meta", "an object or a list", _meta, error)
        else:
            drift = collect(drift, "meta", meta)

        if unreadable:
            raise DriftError(drift or ())
        get_business_types_by_group_response_200 = cls(
            success=success,
            data=data,
            meta=meta,
        )
        if drift:
            get_business_types_by_group_response_200.drift = tuple(drift)

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
