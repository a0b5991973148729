from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_str
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, collect, mismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_item import ValidationErrorItem
    from ..models.validation_error_map import ValidationErrorMap


T = TypeVar("T", bound="ValidationErrorBodyMeta")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "errors",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415
    from ..models.validation_error_map import ValidationErrorMap  # noqa: PLC0415

    globals().update(
        {
            "ValidationErrorItem": ValidationErrorItem,
            "ValidationErrorMap": ValidationErrorMap,
        }
    )
    _nested_imported = True


def _parse_errors(data: object) -> list[ValidationErrorItem] | Unset | ValidationErrorMap:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, list):
        try:
            _errors_type_0 = data
            if not isinstance(_errors_type_0, list):
                raise TypeError(f"expected a list, got {type(_errors_type_0).__name__}")
            errors_type_0 = []
            for errors_type_0_item_data in _errors_type_0:
                errors_type_0_item = ValidationErrorItem.from_dict(errors_type_0_item_data)

                errors_type_0.append(errors_type_0_item)

            return errors_type_0
        except READ_ERRORS:
            pass
    if not isinstance(data, dict):
        raise TypeError()
    errors_type_1 = ValidationErrorMap.from_dict(data)

    return errors_type_1


def _read_errors(_errors: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        errors = _parse_errors(_errors)
    except READ_ERRORS as error:
        errors = UNSET
        drift = mismatch(drift, "errors", "a list or an object", _errors, error)
    else:
        drift = collect(drift, "errors", errors)
    return errors, drift


@_attrs_define
class ValidationErrorBodyMeta:
    """Additional response data.

    Attributes:
        message (str | Unset): Error message. Example: An error has occurred..
        errors (list[ValidationErrorItem] | Unset | ValidationErrorMap): Validation error messages.
    """

    message: str | Unset = UNSET
    errors: list[ValidationErrorItem] | Unset | ValidationErrorMap = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        message = _get("message", UNSET)
        if type(message) is not str:
            _absent += message is UNSET
            message, drift = read(message, as_str, "message", "a string", drift)

        errors = _get("errors", UNSET)
        _absent += errors is UNSET
        errors, drift = _read_errors(errors, drift)

        validation_error_body_meta = object.__new__(cls)
        validation_error_body_meta.message = message
        validation_error_body_meta.errors = errors
        validation_error_body_meta.additional_properties = (
            {}
            if len(_src) + _absent == 2
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        validation_error_body_meta.drift = tuple(drift) if drift else ()
        return validation_error_body_meta

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
    """ValidationErrorBodyMeta's msgspec Struct mirror and its conversion into ValidationErrorBodyMeta: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    new = object.__new__
    struct = msgspec.defstruct(
        "ValidationErrorBodyMetaMirror",
        [
            ("message", str, UNSET),
            ("errors", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ValidationErrorBodyMeta:
        m = new(ValidationErrorBodyMeta)
        m.message = s.message
        m.errors = fitted(_read_errors(s.errors, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
