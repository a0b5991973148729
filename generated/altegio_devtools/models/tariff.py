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
    from ..models.tariff_option import TariffOption


T = TypeVar("T", bound="Tariff")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "options",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.tariff_option import TariffOption  # noqa: PLC0415

    globals().update(
        {
            "TariffOption": TariffOption,
        }
    )
    _nested_imported = True


@_attrs_define
class Tariff:
    """
    Attributes:
        id (int | Unset): Tariff ID Example: 89.
        title (str | Unset): Tariff name Example: 1 month.
        options (list[TariffOption] | Unset): Tariff options
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    options: list[TariffOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if options is not UNSET:
            field_dict["options"] = options

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

        options = _get("options", UNSET)
        if type(options) is list:
            _items = []
            for _index, _item in enumerate(options):
                if type(_item) is dict:
                    _item = TariffOption.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"options[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, TariffOption.from_dict, f"options[{_index}]", "an object", drift
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            options = _items
        else:
            _absent += options is UNSET
            options, drift = read_list(options, "options", drift)

        tariff = object.__new__(cls)
        tariff.id = id
        tariff.title = title
        tariff.options = options
        tariff.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        tariff.drift = tuple(drift) if drift else ()
        return tariff

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
    """Tariff's msgspec Struct mirror and its conversion into Tariff: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.tariff_option import typed_mirror as _tariff_option_mirror  # noqa: PLC0415

    _tariff_option = _tariff_option_mirror()
    _convert_tariff_option = _tariff_option.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "TariffMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("options", list_of(_tariff_option.struct), UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> Tariff:
        m = new(Tariff)
        m.id = s.id
        m.title = s.title
        v = s.options
        m.options = v if v is UNSET else [_convert_tariff_option(i) for i in v]
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "TariffLaxMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("options", list[msgspec.Raw], UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> Tariff:
        m = new(Tariff)
        drift: list[Drift] | None = None
        m.id = s.id
        m.title = s.title
        v = s.options
        if v is not UNSET:
            v, drift = read_raw_items(
                v, _tariff_option, TariffOption.from_dict, "options", drift, tally=tally
            )
        m.options = v
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
