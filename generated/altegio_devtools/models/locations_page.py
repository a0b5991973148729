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
    from ..models.location import Location
    from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0


T = TypeVar("T", bound="LocationsPage")

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
    from ..models.location import Location  # noqa: PLC0415
    from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0  # noqa: PLC0415

    globals().update(
        {
            "Location": Location,
            "ResponseMetaEmptyObjectType0": ResponseMetaEmptyObjectType0,
        }
    )
    _nested_imported = True


def _parse_meta(data: object) -> list[Any] | ResponseMetaEmptyObjectType0 | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            componentsschemasresponse_meta_empty_object_type_0 = (
                ResponseMetaEmptyObjectType0.from_dict(data)
            )

            return componentsschemasresponse_meta_empty_object_type_0
        except READ_ERRORS:
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
class LocationsPage:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (list[Location]): Array of objects Example: [{'id': 1050, 'title': 'La Visage', 'public_title': 'La Visage
            Beauty', 'short_descr': 'Beauty saloon', 'logo': 'https://app.alteg.io/images/no-master.png', 'active': 1,
            'phone': '+13155550175', 'phones': ['+13155550175'], 'email': 'info@lavisage.com', 'country_id': 7, 'schedule':
            '', 'country': 'United States', 'city_id': 181, 'city': 'New York', 'timezone': -5, 'timezone_name':
            'America/New_York', 'address': 'New York, 787 Jackson Drive', 'coordinate_lat': 40.73061, 'coordinate_lon':
            -73.935242, 'phone_confirmation': True, 'active_staff_count': 2, 'next_slot': '2026-03-23T10:10:00-05:00',
            'app_ios': '', 'app_android': '', 'currency_short_title': '$', 'reminds_sms_disabled': False,
            'reminds_sms_default': 1, 'group_priority': 900, 'bookform_group_priority': 0, 'description': '<p>Welcome to La
            Visage</p>', 'photos': [], 'booking_widget_promo': None}].
        meta (list[Any] | ResponseMetaEmptyObjectType0 | Unset): Additional response data (an empty object or an empty
            array). Example: {}.
    """

    success: bool
    data: list[Location]
    meta: list[Any] | ResponseMetaEmptyObjectType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0  # noqa: PLC0415

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
                    _item = Location.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"data[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, Location.from_dict, f"data[{_index}]", "an object", drift
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
        locations_page = object.__new__(cls)
        locations_page.success = success
        locations_page.data = data
        locations_page.meta = meta
        locations_page.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        locations_page.drift = tuple(drift) if drift else ()
        return locations_page

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
