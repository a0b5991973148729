from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancesOperationEventDataClient")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "surname",
        "patronymic",
        "phone",
        "email",
    }
)


@_attrs_define
class FinancesOperationEventDataClient:
    """Client, e-mail included

    Attributes:
        id (int | Unset):
        name (str | Unset):
        surname (str | Unset):
        patronymic (str | Unset):
        phone (str | Unset):
        email (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        phone = self.phone

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

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

        name = _get("name", UNSET)
        if type(name) is not str:
            _absent += name is UNSET
            name, drift = read(name, as_str, "name", "a string", drift)

        surname = _get("surname", UNSET)
        if type(surname) is not str:
            _absent += surname is UNSET
            surname, drift = read(surname, as_str, "surname", "a string", drift)

        patronymic = _get("patronymic", UNSET)
        if type(patronymic) is not str:
            _absent += patronymic is UNSET
            patronymic, drift = read(patronymic, as_str, "patronymic", "a string", drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        email = _get("email", UNSET)
        if type(email) is not str:
            _absent += email is UNSET
            email, drift = read(email, as_str, "email", "a string", drift)

        finances_operation_event_data_client = object.__new__(cls)
        finances_operation_event_data_client.id = id
        finances_operation_event_data_client.name = name
        finances_operation_event_data_client.surname = surname
        finances_operation_event_data_client.patronymic = patronymic
        finances_operation_event_data_client.phone = phone
        finances_operation_event_data_client.email = email
        finances_operation_event_data_client.additional_properties = (
            {}
            if len(_src) + _absent == 6
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        finances_operation_event_data_client.drift = tuple(drift) if drift else ()
        return finances_operation_event_data_client

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
    """FinancesOperationEventDataClient's msgspec Struct mirror and its conversion into FinancesOperationEventDataClient: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "FinancesOperationEventDataClientMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("surname", str, UNSET),
            ("patronymic", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> FinancesOperationEventDataClient:
        m = new(FinancesOperationEventDataClient)
        m.id = s.id
        m.name = s.name
        m.surname = s.surname
        m.patronymic = s.patronymic
        m.phone = s.phone
        m.email = s.email
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
