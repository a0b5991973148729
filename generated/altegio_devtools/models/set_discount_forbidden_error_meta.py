from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_str
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDiscountForbiddenErrorMeta")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
    }
)


@_attrs_define
class SetDiscountForbiddenErrorMeta:
    """
    Attributes:
        message (str | Unset):  Example: No access to application.
    """

    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        message = _get("message", UNSET)
        if type(message) is not str:
            _absent += message is UNSET
            message, drift = read(message, as_str, "message", "a string", drift)

        set_discount_forbidden_error_meta = object.__new__(cls)
        set_discount_forbidden_error_meta.message = message
        set_discount_forbidden_error_meta.additional_properties = (
            {}
            if len(_src) + _absent == 1
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        set_discount_forbidden_error_meta.drift = tuple(drift) if drift else ()
        return set_discount_forbidden_error_meta

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
    """SetDiscountForbiddenErrorMeta's msgspec Struct mirror and its conversion into SetDiscountForbiddenErrorMeta: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "SetDiscountForbiddenErrorMetaMirror",
        [
            ("message", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SetDiscountForbiddenErrorMeta:
        m = new(SetDiscountForbiddenErrorMeta)
        m.message = s.message
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
