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
    read_model,
)
from .._typed import Mirror
from ..drift import Drift, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_channel_validation_error_meta_errors import (
        UpdateChannelValidationErrorMetaErrors,
    )


T = TypeVar("T", bound="UpdateChannelValidationErrorMeta")

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
    from ..models.update_channel_validation_error_meta_errors import (
        UpdateChannelValidationErrorMetaErrors,  # noqa: PLC0415
    )

    globals().update(
        {
            "UpdateChannelValidationErrorMetaErrors": UpdateChannelValidationErrorMetaErrors,
        }
    )
    _nested_imported = True


@_attrs_define
class UpdateChannelValidationErrorMeta:
    """
    Attributes:
        message (str | Unset):
        errors (UpdateChannelValidationErrorMetaErrors | Unset):
    """

    message: str | Unset = UNSET
    errors: UpdateChannelValidationErrorMetaErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
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
        if type(errors) is dict:
            errors = UpdateChannelValidationErrorMetaErrors.from_dict(errors)
            if errors.drift:
                drift = nested(drift, "errors", errors.drift)
        else:
            _absent += errors is UNSET
            errors, drift = read_model(
                errors, UpdateChannelValidationErrorMetaErrors.from_dict, "errors", drift
            )

        update_channel_validation_error_meta = object.__new__(cls)
        update_channel_validation_error_meta.message = message
        update_channel_validation_error_meta.errors = errors
        update_channel_validation_error_meta.additional_properties = (
            {}
            if len(_src) + _absent == 2
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        update_channel_validation_error_meta.drift = tuple(drift) if drift else ()
        return update_channel_validation_error_meta

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
    """UpdateChannelValidationErrorMeta's msgspec Struct mirror and its conversion into UpdateChannelValidationErrorMeta: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.update_channel_validation_error_meta_errors import (
        typed_mirror as _update_channel_validation_error_meta_errors_mirror,  # noqa: PLC0415
    )

    _update_channel_validation_error_meta_errors = (
        _update_channel_validation_error_meta_errors_mirror()
    )
    _convert_update_channel_validation_error_meta_errors = (
        _update_channel_validation_error_meta_errors.convert
    )
    new = object.__new__
    struct = msgspec.defstruct(
        "UpdateChannelValidationErrorMetaMirror",
        [
            ("message", str, UNSET),
            ("errors", _update_channel_validation_error_meta_errors.struct, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> UpdateChannelValidationErrorMeta:
        m = new(UpdateChannelValidationErrorMeta)
        m.message = s.message
        v = s.errors
        m.errors = v if v is UNSET else _update_channel_validation_error_meta_errors.convert(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
