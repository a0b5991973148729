from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_settings_data import HookSettingsData
    from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0


T = TypeVar("T", bound="UpdateEventNotificationSettingsResponse201")


@_attrs_define
class UpdateEventNotificationSettingsResponse201:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (HookSettingsData): Object with data Example: {'urls': ['https://dev.tools.test.com/test/Hooks'], 'active':
            0, 'salon': 1, 'service_category': 0, 'service': 1, 'good': 1, 'master': 1, 'client': 1, 'record': 1,
            'goods_operations_sale': 1, 'goods_operations_receipt': 1, 'goods_operations_consumable': 1,
            'goods_operations_stolen': 1, 'goods_operations_move': 1, 'finances_operation': 1}.
        meta (list[Any] | ResponseMetaEmptyObjectType0 | Unset): Additional response data (an empty object or an empty
            array). Example: {}.
    """

    success: bool
    data: HookSettingsData
    meta: list[Any] | ResponseMetaEmptyObjectType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0  # noqa: PLC0415

        success = self.success

        data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ResponseMetaEmptyObjectType0):
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
        from ..models.hook_settings_data import HookSettingsData  # noqa: PLC0415
        from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0  # noqa: PLC0415

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
            data: HookSettingsData
            if type(_data) is dict:
                data = HookSettingsData.from_dict(_data)
                if data.drift:
                    drift = nested(drift, "data", data.drift)
            elif is_php_empty(_data):
                data = HookSettingsData.from_dict({})
            else:
                data = HookSettingsData.from_dict(_data)
        except READ_ERRORS as error:
            data = HookSettingsData.from_dict({})
            drift = mismatch(drift, "data", "an object", _data, error)

        _meta = d.pop("meta", UNSET)
        try:

            def _parse_meta(data: object) -> list[Any] | ResponseMetaEmptyObjectType0 | Unset:
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasresponse_meta_empty_object_type_0 = (
                        ResponseMetaEmptyObjectType0.from_dict(data)
                    )

                    return componentsschemasresponse_meta_empty_object_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _componentsschemasresponse_meta_empty_object_type_1 = data
                if not isinstance(_componentsschemasresponse_meta_empty_object_type_1, list):
                    raise TypeError(
                        f"expected a list, got {type(_componentsschemasresponse_meta_empty_object_type_1).__name__}"
                    )
                componentsschemasresponse_meta_empty_object_type_1 = []
                for (
                    componentsschemasresponse_meta_empty_object_type_1_item_data
                ) in _componentsschemasresponse_meta_empty_object_type_1:
                    componentsschemasresponse_meta_empty_object_type_1_item = (
                        componentsschemasresponse_meta_empty_object_type_1_item_data
                    )

                    componentsschemasresponse_meta_empty_object_type_1.append(
                        componentsschemasresponse_meta_empty_object_type_1_item
                    )

                return componentsschemasresponse_meta_empty_object_type_1

            meta = _parse_meta(_meta)
        except READ_ERRORS as error:
            meta = UNSET
            drift = mismatch(drift, "meta", "an object or a list", _meta, error)
        else:
            drift = collect(drift, "meta", meta)

        if unreadable:
            raise DriftError(drift or ())
        update_event_notification_settings_response_201 = cls(
            success=success,
            data=data,
            meta=meta,
        )
        if drift:
            update_event_notification_settings_response_201.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_event_notification_settings_response_201.additional_properties = (
            additional_properties
        )
        return update_event_notification_settings_response_201

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
