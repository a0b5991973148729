from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_422_unprocessable_entity_response_data_type_0 import (
        Field422UnprocessableEntityResponseDataType0,
    )
    from ..models.field_422_unprocessable_entity_response_meta import (
        Field422UnprocessableEntityResponseMeta,
    )


T = TypeVar("T", bound="Field422UnprocessableEntityResponse")


@_attrs_define
class Field422UnprocessableEntityResponse:
    """
    Attributes:
        success (bool | Unset): Response status. Example: False.
        data (Field422UnprocessableEntityResponseDataType0 | None | Unset): Response data.
        meta (Field422UnprocessableEntityResponseMeta | Unset): Additional response data.
    """

    success: bool | Unset = UNSET
    data: Field422UnprocessableEntityResponseDataType0 | None | Unset = UNSET
    meta: Field422UnprocessableEntityResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_422_unprocessable_entity_response_data_type_0 import (
            Field422UnprocessableEntityResponseDataType0,  # noqa: PLC0415
        )

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, Field422UnprocessableEntityResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        from ..models.field_422_unprocessable_entity_response_data_type_0 import (
            Field422UnprocessableEntityResponseDataType0,  # noqa: PLC0415
        )
        from ..models.field_422_unprocessable_entity_response_meta import (
            Field422UnprocessableEntityResponseMeta,  # noqa: PLC0415
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _success = d.pop("success", UNSET)
        try:
            success: bool | Unset
            if _success is UNSET:
                success = UNSET
            else:
                success = _success if type(_success) is bool else as_bool(_success)
        except READ_ERRORS as error:
            success = UNSET
            drift = mismatch(drift, "success", "a boolean", _success, error)

        _data = d.pop("data", UNSET)
        try:

            def _parse_data(
                data: object,
            ) -> Field422UnprocessableEntityResponseDataType0 | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Field422UnprocessableEntityResponseDataType0.from_dict(data)

                return data_type_0

            data = _parse_data(_data)
        except READ_ERRORS as error:
            data = UNSET
            drift = mismatch(drift, "data", "an object or null", _data, error)
        else:
            drift = collect(drift, "data", data)

        _meta = d.pop("meta", UNSET)
        try:
            meta: Field422UnprocessableEntityResponseMeta | Unset
            if type(_meta) is dict:
                meta = Field422UnprocessableEntityResponseMeta.from_dict(_meta)
                if meta.drift:
                    drift = nested(drift, "meta", meta.drift)
            elif _meta is UNSET or is_php_empty(_meta):
                meta = UNSET
            else:
                meta = Field422UnprocessableEntityResponseMeta.from_dict(_meta)
        except READ_ERRORS as error:
            meta = UNSET
            drift = mismatch(drift, "meta", "an object", _meta, error)

        field_422_unprocessable_entity_response = cls(
            success=success,
            data=data,
            meta=meta,
        )
        if drift:
            field_422_unprocessable_entity_response.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        field_422_unprocessable_entity_response.additional_properties = additional_properties
        return field_422_unprocessable_entity_response

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
