from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReceipt")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
    }
)


@_attrs_define
class PaymentReceipt:
    """Data

    Attributes:
        id (int | Unset): Payment ID Example: 123.
    """

    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        payment_receipt = object.__new__(cls)
        payment_receipt.id = id
        payment_receipt.additional_properties = (
            {}
            if len(_src) + _absent == 1
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        payment_receipt.drift = tuple(drift) if drift else ()
        return payment_receipt

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
    """PaymentReceipt's msgspec Struct mirror and its conversion into PaymentReceipt: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "PaymentReceiptMirror",
        [
            ("id", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> PaymentReceipt:
        m = new(PaymentReceipt)
        m.id = s.id
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
