from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_str
from .._read import (
    NO_VALUE,
    as_object,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_event_meta import SendEventMeta


T = TypeVar("T", bound="SendEventResult")

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
    from ..models.send_event_meta import SendEventMeta  # noqa: PLC0415

    globals().update(
        {
            "SendEventMeta": SendEventMeta,
        }
    )
    _nested_imported = True


def _parse_data(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _data_type_0 = data
    data_type_0 = _data_type_0 if type(_data_type_0) is str else as_str(_data_type_0)

    return data_type_0


def _read_data(_data: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        data = _parse_data(_data)
    except READ_ERRORS as error:
        data = UNSET
        drift = mismatch(drift, "data", "a string or null", _data, error)
    return data, drift


def _parse_meta(data: object) -> list[Any] | SendEventMeta | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            meta_type_0 = SendEventMeta.from_dict(data)

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
class SendEventResult:
    """
    Attributes:
        success (bool): Success flag (true) Example: True.
        data (None | str | Unset): Always null
        meta (list[Any] | SendEventMeta | Unset): Metadata holding an "Accepted" message Example: {'message':
            'Accepted'}.
    """

    success: bool
    data: None | str | Unset = UNSET
    meta: list[Any] | SendEventMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_event_meta import SendEventMeta  # noqa: PLC0415

        success = self.success

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, SendEventMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
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
        _absent += data is UNSET
        data, drift = _read_data(data, drift)

        meta = _get("meta", UNSET)
        _absent += meta is UNSET
        meta, drift = _read_meta(meta, drift)

        if NO_VALUE in (success,):
            raise DriftError(drift or ())
        send_event_result = object.__new__(cls)
        send_event_result.success = success
        send_event_result.data = data
        send_event_result.meta = meta
        send_event_result.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        send_event_result.drift = tuple(drift) if drift else ()
        return send_event_result

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
    """SendEventResult's msgspec Struct mirror and its conversion into SendEventResult: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    new = object.__new__
    struct = msgspec.defstruct(
        "SendEventResultMirror",
        [
            ("success", bool),
            ("data", Any, UNSET),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SendEventResult:
        m = new(SendEventResult)
        m.success = s.success
        m.data = fitted(_read_data(s.data, None))
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
