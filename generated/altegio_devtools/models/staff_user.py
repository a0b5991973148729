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

T = TypeVar("T", bound="StaffUser")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "phone",
        "email",
        "avatar",
    }
)


@_attrs_define
class StaffUser:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        avatar (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    avatar: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        name = self.name

        phone = self.phone

        email = self.email

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

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

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        email = _get("email", UNSET)
        if type(email) is not str:
            _absent += email is UNSET
            email, drift = read(email, as_str, "email", "a string", drift)

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str:
            _absent += avatar is UNSET
            avatar, drift = read(avatar, as_str, "avatar", "a string", drift)

        staff_user = object.__new__(cls)
        staff_user.id = id
        staff_user.name = name
        staff_user.phone = phone
        staff_user.email = email
        staff_user.avatar = avatar
        staff_user.additional_properties = (
            {}
            if len(_src) + _absent == 5
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        staff_user.drift = tuple(drift) if drift else ()
        return staff_user

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
    """StaffUser's msgspec Struct mirror and its conversion into StaffUser: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "StaffUserMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
            ("avatar", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> StaffUser:
        m = new(StaffUser)
        m.id = s.id
        m.name = s.name
        m.phone = s.phone
        m.email = s.email
        m.avatar = s.avatar
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
