from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from .._read import (
    NO_VALUE,
    as_object,
    read_items,
    read_list,
    read_number,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..types import UNSET

T = TypeVar("T", bound="SetDiscountBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_ids",
        "application_id",
        "discount",
    }
)


@_attrs_define
class SetDiscountBody:
    """
    Attributes:
        salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
        application_id (int): Marketplace application ID Example: 123.
        discount (float): Discount value (percent or fixed amount, depending on configuration) Example: 15.54.
    """

    salon_ids: list[int]
    application_id: int
    discount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_ids = []
        for salon_ids_item_data in self.salon_ids:
            salon_ids_item = (
                salon_ids_item_data
                if isinstance(salon_ids_item_data, int)
                else as_int(salon_ids_item_data)
            )
            salon_ids.append(salon_ids_item)

        application_id = (
            self.application_id
            if isinstance(self.application_id, int)
            else as_int(self.application_id)
        )

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_ids": salon_ids,
                "application_id": application_id,
                "discount": discount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        salon_ids = _get("salon_ids", UNSET)
        if type(salon_ids) is list:
            for _item in salon_ids:
                if type(_item) is not int:
                    salon_ids, drift = read_items(
                        salon_ids, as_int, "salon_ids", "an integer", drift
                    )
                    break
        else:
            _absent += salon_ids is UNSET
            salon_ids, drift = read_list(salon_ids, "salon_ids", drift, required=True)

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            _absent += application_id is UNSET
            application_id, drift = read_required(
                application_id, as_int, "application_id", "an integer", drift
            )

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read_required(discount, read_number, "discount", "a number", drift)

        if NO_VALUE in (
            application_id,
            discount,
        ):
            raise DriftError(drift or ())
        set_discount_body = object.__new__(cls)
        set_discount_body.salon_ids = salon_ids
        set_discount_body.application_id = application_id
        set_discount_body.discount = discount
        set_discount_body.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        set_discount_body.drift = tuple(drift) if drift else ()
        return set_discount_body

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
    """SetDiscountBody's msgspec Struct mirror and its conversion into SetDiscountBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "SetDiscountBodyMirror",
        [
            ("salon_ids", list[int]),
            ("application_id", int),
            ("discount", int | float),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SetDiscountBody:
        m = new(SetDiscountBody)
        m.salon_ids = s.salon_ids
        m.application_id = s.application_id
        m.discount = s.discount
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
