from __future__ import annotations

import functools
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
from .._typed import Mirror, Tally, fitted, list_of, read_raw_items
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_group import BusinessGroup
    from ..models.business_group_list_meta import BusinessGroupListMeta


T = TypeVar("T", bound="BusinessGroupList")

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
    from ..models.business_group_list_meta import BusinessGroupListMeta  # noqa: PLC0415

    globals().update(
        {
            "BusinessGroup": BusinessGroup,
            "BusinessGroupListMeta": BusinessGroupListMeta,
        }
    )
    _nested_imported = True


def _parse_meta(data: object) -> BusinessGroupListMeta | list[Any] | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            meta_type_0 = BusinessGroupListMeta.from_dict(data)

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
class BusinessGroupList:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (list[BusinessGroup]): Business groups Example: [{'id': 10, 'title': 'Domestic services', 'image':
            'https://app.alteg.io/images/business-groups/services.png', 'types': [{'id': 31, 'title': 'Studio',
            'business_group_id': 10}]}, {'id': 1, 'title': 'beauty', 'image': 'https://app.alteg.io/images/business-
            groups/beauty.png', 'types': [{'id': 1, 'title': 'Beauty Salons', 'business_group_id': 1}, {'id': 25, 'title':
            'Spa', 'business_group_id': 1}]}].
        meta (BusinessGroupListMeta | list[Any] | Unset): Metadata with the number of business types found Example:
            {'count': 10}.
    """

    success: bool
    data: list[BusinessGroup]
    meta: BusinessGroupListMeta | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_group_list_meta import BusinessGroupListMeta  # noqa: PLC0415

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, BusinessGroupListMeta):
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
        business_group_list = object.__new__(cls)
        business_group_list.success = success
        business_group_list.data = data
        business_group_list.meta = meta
        business_group_list.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        business_group_list.drift = tuple(drift) if drift else ()
        return business_group_list

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


@functools.cache
def typed_mirror() -> Mirror:
    """BusinessGroupList's msgspec Struct mirror and its conversion into BusinessGroupList: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.business_group import typed_mirror as _business_group_mirror  # noqa: PLC0415

    _business_group = _business_group_mirror()
    _convert_business_group = _business_group.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "BusinessGroupListMirror",
        [
            ("success", bool),
            ("data", list_of(_business_group.struct)),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> BusinessGroupList:
        m = new(BusinessGroupList)
        m.success = s.success
        v = s.data
        m.data = [_convert_business_group(i) for i in v]
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "BusinessGroupListLaxMirror",
        [
            ("success", bool),
            ("data", list[msgspec.Raw]),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> BusinessGroupList:
        m = new(BusinessGroupList)
        drift: list[Drift] | None = None
        m.success = s.success
        v = s.data
        v, drift = read_raw_items(
            v, _business_group, BusinessGroup.from_dict, "data", drift, tally=tally
        )
        m.data = v
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
