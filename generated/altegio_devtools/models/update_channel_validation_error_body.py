from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from .._read import (
    NO_VALUE,
    as_object,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_channel_validation_error_meta import UpdateChannelValidationErrorMeta


T = TypeVar("T", bound="UpdateChannelValidationErrorBody")

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
    from ..models.update_channel_validation_error_meta import UpdateChannelValidationErrorMeta  # noqa: PLC0415

    globals().update(
        {
            "UpdateChannelValidationErrorMeta": UpdateChannelValidationErrorMeta,
        }
    )
    _nested_imported = True


def _read_data(_data: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        if _data is not None:
            raise TypeError(f"expected null, got {_data!r}")
        data = None
    except READ_ERRORS as error:
        data = cast(Any, NO_VALUE)
        drift = mismatch(drift, "data", "null", _data, error)
    return data, drift


def _parse_meta(data: object) -> list[Any] | Unset | UpdateChannelValidationErrorMeta:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            meta_type_0 = UpdateChannelValidationErrorMeta.from_dict(data)

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
class UpdateChannelValidationErrorBody:
    """
    Attributes:
        success (bool):
        data (None):
        meta (list[Any] | Unset | UpdateChannelValidationErrorMeta):
    """

    success: bool
    data: None
    meta: list[Any] | Unset | UpdateChannelValidationErrorMeta = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_channel_validation_error_meta import UpdateChannelValidationErrorMeta  # noqa: PLC0415

        success = self.success

        data = self.data

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, UpdateChannelValidationErrorMeta):
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
        _absent += data is UNSET
        data, drift = _read_data(data, drift)

        meta = _get("meta", UNSET)
        _absent += meta is UNSET
        meta, drift = _read_meta(meta, drift)

        if NO_VALUE in (
            success,
            data,
        ):
            raise DriftError(drift or ())
        update_channel_validation_error_body = object.__new__(cls)
        update_channel_validation_error_body.success = success
        update_channel_validation_error_body.data = data
        update_channel_validation_error_body.meta = meta
        update_channel_validation_error_body.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        update_channel_validation_error_body.drift = tuple(drift) if drift else ()
        return update_channel_validation_error_body

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
    """UpdateChannelValidationErrorBody's msgspec Struct mirror and its conversion into UpdateChannelValidationErrorBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    new = object.__new__
    struct = msgspec.defstruct(
        "UpdateChannelValidationErrorBodyMirror",
        [
            ("success", bool),
            ("data", Any),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> UpdateChannelValidationErrorBody:
        m = new(UpdateChannelValidationErrorBody)
        m.success = s.success
        m.data = fitted(_read_data(s.data, None))
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
