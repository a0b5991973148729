from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, is_null_date
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_404_not_found_response_data_type_0 import Field404NotFoundResponseDataType0
    from ..models.field_404_not_found_response_meta_type_0 import Field404NotFoundResponseMetaType0


T = TypeVar("T", bound="Field404NotFoundResponse")


@_attrs_define
class Field404NotFoundResponse:
    """
    Attributes:
        success (bool | Unset): Response status. Example: False.
        data (Field404NotFoundResponseDataType0 | None | Unset): Response data.
        meta (Field404NotFoundResponseMetaType0 | list[Any] | Unset): Additional response data (an empty object or an
            empty array).
    """

    success: bool | Unset = UNSET
    data: Field404NotFoundResponseDataType0 | None | Unset = UNSET
    meta: Field404NotFoundResponseMetaType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_404_not_found_response_data_type_0 import (
            Field404NotFoundResponseDataType0,  # noqa: PLC0415
        )
        from ..models.field_404_not_found_response_meta_type_0 import (
            Field404NotFoundResponseMetaType0,  # noqa: PLC0415
        )

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, Field404NotFoundResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, Field404NotFoundResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_404_not_found_response_data_type_0 import (
            Field404NotFoundResponseDataType0,  # noqa: PLC0415
        )
        from ..models.field_404_not_found_response_meta_type_0 import (
            Field404NotFoundResponseMetaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _success = d.pop("success", UNSET)
        success: bool | Unset
        if _success is UNSET:
            success = UNSET
        else:
            success = _success if type(_success) is bool else as_bool(_success)

        def _parse_data(data: object) -> Field404NotFoundResponseDataType0 | None | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _data_type_0 = data
                data_type_0 = Field404NotFoundResponseDataType0.from_dict(_data_type_0)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            data_type_1 = None

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        def _parse_meta(data: object) -> Field404NotFoundResponseMetaType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _meta_type_0 = data
                meta_type_0 = Field404NotFoundResponseMetaType0.from_dict(_meta_type_0)

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

        field_404_not_found_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        field_404_not_found_response.additional_properties = additional_properties
        return field_404_not_found_response

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
