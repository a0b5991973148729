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
    from ..models.call import Call
    from ..models.empty_meta import EmptyMeta


T = TypeVar("T", bound="CallList")

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
    from ..models.call import Call  # noqa: PLC0415
    from ..models.empty_meta import EmptyMeta  # noqa: PLC0415

    globals().update(
        {
            "Call": Call,
            "EmptyMeta": EmptyMeta,
        }
    )
    _nested_imported = True


def _parse_meta(data: object) -> EmptyMeta | list[Any] | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            componentsschemasresponse_meta_empty_object_type_0 = EmptyMeta.from_dict(data)

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
class CallList:
    """
    Attributes:
        success (bool): Response status Example: True.
        data (list[Call]): Calls Example: [{'id': 8923525, 'client_id': 51342134, 'caller_phone': '+13155550175',
            'record_link': 'https://records.example.com/somelink.mp3', 'duration': 244, 'status': 'success', 'type':
            'outgoing', 'call_date': '2026-01-17T23:52:21-05:00'}, {'id': 66795308, 'client_id': 0, 'caller_phone':
            '+13155550175', 'record_link': '', 'duration': 0, 'status': 'missed', 'type': 'incoming', 'call_date':
            '2026-01-17T12:31:12-05:00'}].
        meta (EmptyMeta | list[Any] | Unset): Additional response data (an empty object or an empty array). Example: {}.
    """

    success: bool
    data: list[Call]
    meta: EmptyMeta | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.empty_meta import EmptyMeta  # noqa: PLC0415

        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, EmptyMeta):
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
                    _item = Call.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"data[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, Call.from_dict, f"data[{_index}]", "an object", drift
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
        call_list = object.__new__(cls)
        call_list.success = success
        call_list.data = data
        call_list.meta = meta
        call_list.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        call_list.drift = tuple(drift) if drift else ()
        return call_list

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
    """CallList's msgspec Struct mirror and its conversion into CallList: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.call import typed_mirror as _call_mirror  # noqa: PLC0415

    _call = _call_mirror()
    _convert_call = _call.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "CallListMirror",
        [
            ("success", bool),
            ("data", list_of(_call.struct)),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> CallList:
        m = new(CallList)
        m.success = s.success
        v = s.data
        m.data = [_convert_call(i) for i in v]
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "CallListLaxMirror",
        [
            ("success", bool),
            ("data", list[msgspec.Raw]),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> CallList:
        m = new(CallList)
        drift: list[Drift] | None = None
        m.success = s.success
        v = s.data
        v, drift = read_raw_items(v, _call, Call.from_dict, "data", drift, tally=tally)
        m.data = v
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
