from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    NO_VALUE,
    as_object,
    read_items,
    read_list,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..types import UNSET

T = TypeVar("T", bound="SetSmsSenderNamesBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "short_names",
    }
)


@_attrs_define
class SetSmsSenderNamesBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
    """

    salon_id: int
    application_id: int
    short_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id if isinstance(self.salon_id, int) else as_int(self.salon_id)

        application_id = (
            self.application_id
            if isinstance(self.application_id, int)
            else as_int(self.application_id)
        )

        short_names = self.short_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "short_names": short_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            _absent += salon_id is UNSET
            salon_id, drift = read_required(salon_id, as_int, "salon_id", "an integer", drift)

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            _absent += application_id is UNSET
            application_id, drift = read_required(
                application_id, as_int, "application_id", "an integer", drift
            )

        short_names = _get("short_names", UNSET)
        if type(short_names) is list:
            for _item in short_names:
                if type(_item) is not str:
                    short_names, drift = read_items(
                        short_names, as_str, "short_names", "a string", drift
                    )
                    break
        else:
            _absent += short_names is UNSET
            short_names, drift = read_list(short_names, "short_names", drift, required=True)

        if NO_VALUE in (
            salon_id,
            application_id,
        ):
            raise DriftError(drift or ())
        set_sms_sender_names_body = object.__new__(cls)
        set_sms_sender_names_body.salon_id = salon_id
        set_sms_sender_names_body.application_id = application_id
        set_sms_sender_names_body.short_names = short_names
        set_sms_sender_names_body.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        set_sms_sender_names_body.drift = tuple(drift) if drift else ()
        return set_sms_sender_names_body

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
    """SetSmsSenderNamesBody's msgspec Struct mirror and its conversion into SetSmsSenderNamesBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "SetSmsSenderNamesBodyMirror",
        [
            ("salon_id", int),
            ("application_id", int),
            ("short_names", list[str]),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SetSmsSenderNamesBody:
        m = new(SetSmsSenderNamesBody)
        m.salon_id = s.salon_id
        m.application_id = s.application_id
        m.short_names = s.short_names
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
