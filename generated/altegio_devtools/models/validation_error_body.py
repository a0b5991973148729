from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from .._read import (
    as_object,
    read,
    read_model,
)
from .._typed import Mirror, or_null
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_body_meta import ValidationErrorBodyMeta
    from ..models.validation_error_data import ValidationErrorData


T = TypeVar("T", bound="ValidationErrorBody")

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
    from ..models.validation_error_body_meta import ValidationErrorBodyMeta  # noqa: PLC0415
    from ..models.validation_error_data import ValidationErrorData  # noqa: PLC0415

    globals().update(
        {
            "ValidationErrorBodyMeta": ValidationErrorBodyMeta,
            "ValidationErrorData": ValidationErrorData,
        }
    )
    _nested_imported = True


def _parse_data(data: object) -> None | Unset | ValidationErrorData:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    data_type_0 = ValidationErrorData.from_dict(data)

    return data_type_0


def _read_data(_data: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        data = _parse_data(_data)
    except READ_ERRORS as error:
        data = UNSET
        drift = mismatch(drift, "data", "an object or null", _data, error)
    else:
        drift = collect(drift, "data", data)
    return data, drift


@_attrs_define
class ValidationErrorBody:
    """
    Attributes:
        success (bool | Unset): Response status. Example: False.
        data (None | Unset | ValidationErrorData): Response data.
        meta (ValidationErrorBodyMeta | Unset): Additional response data.
    """

    success: bool | Unset = UNSET
    data: None | Unset | ValidationErrorData = UNSET
    meta: ValidationErrorBodyMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_error_data import ValidationErrorData  # noqa: PLC0415

        success = self.success

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ValidationErrorData):
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
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        success = _get("success", UNSET)
        if type(success) is not bool:
            _absent += success is UNSET
            success, drift = read(success, as_bool, "success", "a boolean", drift)

        data = _get("data", UNSET)
        if type(data) is dict:
            data = ValidationErrorData.from_dict(data)
            if data.drift:
                drift = nested(drift, "data", data.drift)
        elif data is not None:
            _absent += data is UNSET
            data, drift = _read_data(data, drift)

        meta = _get("meta", UNSET)
        if type(meta) is dict:
            meta = ValidationErrorBodyMeta.from_dict(meta)
            if meta.drift:
                drift = nested(drift, "meta", meta.drift)
        else:
            _absent += meta is UNSET
            meta, drift = read_model(meta, ValidationErrorBodyMeta.from_dict, "meta", drift)

        validation_error_body = object.__new__(cls)
        validation_error_body.success = success
        validation_error_body.data = data
        validation_error_body.meta = meta
        validation_error_body.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        validation_error_body.drift = tuple(drift) if drift else ()
        return validation_error_body

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
    """ValidationErrorBody's msgspec Struct mirror and its conversion into ValidationErrorBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.validation_error_body_meta import (
        typed_mirror as _validation_error_body_meta_mirror,  # noqa: PLC0415
    )
    from ..models.validation_error_data import typed_mirror as _validation_error_data_mirror  # noqa: PLC0415

    _validation_error_data = _validation_error_data_mirror()
    _convert_validation_error_data = _validation_error_data.convert
    _validation_error_body_meta = _validation_error_body_meta_mirror()
    _convert_validation_error_body_meta = _validation_error_body_meta.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "ValidationErrorBodyMirror",
        [
            ("success", bool, UNSET),
            ("data", or_null(_validation_error_data.struct), UNSET),
            ("meta", _validation_error_body_meta.struct, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ValidationErrorBody:
        m = new(ValidationErrorBody)
        m.success = s.success
        v = s.data
        m.data = v if v is UNSET or v is None else _validation_error_data.convert(v)
        v = s.meta
        m.meta = v if v is UNSET else _validation_error_body_meta.convert(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
