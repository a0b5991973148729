from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    as_object,
    read,
    read_list,
)
from .._typed import Mirror, Tally, list_of, read_raw_items
from ..drift import Drift, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_type import BusinessType


T = TypeVar("T", bound="BusinessGroup")

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


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.business_type import BusinessType  # noqa: PLC0415

    globals().update(
        {
            "BusinessType": BusinessType,
        }
    )
    _nested_imported = True


@_attrs_define
class BusinessGroup:
    """
    Attributes:
        id (int | Unset): Group ID
        title (str | Unset): Group name
        image (str | Unset): Group image
        image_small (str | Unset): Small group image
        types (list[BusinessType] | Unset): Business types of the group
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    image: str | Unset = UNSET
    image_small: str | Unset = UNSET
    types: list[BusinessType] | Unset = UNSET
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
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        image = _get("image", UNSET)
        if type(image) is not str:
            _absent += image is UNSET
            image, drift = read(image, as_str, "image", "a string", drift)

        image_small = _get("image_small", UNSET)
        if type(image_small) is not str:
            _absent += image_small is UNSET
            image_small, drift = read(image_small, as_str, "image_small", "a string", drift)

        types = _get("types", UNSET)
        if type(types) is list:
            _items = []
            for _index, _item in enumerate(types):
                if type(_item) is dict:
                    _item = BusinessType.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"types[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, BusinessType.from_dict, f"types[{_index}]", "an object", drift
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            types = _items
        else:
            _absent += types is UNSET
            types, drift = read_list(types, "types", drift)

        business_group = object.__new__(cls)
        business_group.id = id
        business_group.title = title
        business_group.image = image
        business_group.image_small = image_small
        business_group.types = types
        business_group.additional_properties = (
            {}
            if len(_src) + _absent == 5
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        business_group.drift = tuple(drift) if drift else ()
        return business_group

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
    """BusinessGroup's msgspec Struct mirror and its conversion into BusinessGroup: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.business_type import typed_mirror as _business_type_mirror  # noqa: PLC0415

    _business_type = _business_type_mirror()
    _convert_business_type = _business_type.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "BusinessGroupMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("image", str, UNSET),
            ("image_small", str, UNSET),
            ("types", list_of(_business_type.struct), UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> BusinessGroup:
        m = new(BusinessGroup)
        m.id = s.id
        m.title = s.title
        m.image = s.image
        m.image_small = s.image_small
        v = s.types
        m.types = v if v is UNSET else [_convert_business_type(i) for i in v]
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "BusinessGroupLaxMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("image", str, UNSET),
            ("image_small", str, UNSET),
            ("types", list[msgspec.Raw], UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> BusinessGroup:
        m = new(BusinessGroup)
        drift: list[Drift] | None = None
        m.id = s.id
        m.title = s.title
        m.image = s.image
        m.image_small = s.image_small
        v = s.types
        if v is not UNSET:
            v, drift = read_raw_items(
                v, _business_type, BusinessType.from_dict, "types", drift, tally=tally
            )
        m.types = v
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
