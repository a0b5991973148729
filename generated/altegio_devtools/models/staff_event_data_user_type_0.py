from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffEventDataUserType0")


@_attrs_define
class StaffEventDataUserType0:
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
        id = self.id

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _name = d.pop("name", UNSET)
        try:
            name: str | Unset
            if _name is UNSET:
                name = UNSET
            else:
                name = _name if type(_name) is str else as_str(_name)
        except READ_ERRORS as error:
            name = UNSET
            drift = mismatch(drift, "name", "a string", _name, error)

        _phone = d.pop("phone", UNSET)
        try:
            phone: str | Unset
            if _phone is UNSET:
                phone = UNSET
            else:
                phone = _phone if type(_phone) is str else as_str(_phone)
        except READ_ERRORS as error:
            phone = UNSET
            drift = mismatch(drift, "phone", "a string", _phone, error)

        _email = d.pop("email", UNSET)
        try:
            email: str | Unset
            if _email is UNSET:
                email = UNSET
            else:
                email = _email if type(_email) is str else as_str(_email)
        except READ_ERRORS as error:
            email = UNSET
            drift = mismatch(drift, "email", "a string", _email, error)

        _avatar = d.pop("avatar", UNSET)
        try:
            avatar: str | Unset
            if _avatar is UNSET:
                avatar = UNSET
            else:
                avatar = _avatar if type(_avatar) is str else as_str(_avatar)
        except READ_ERRORS as error:
            avatar = UNSET
            drift = mismatch(drift, "avatar", "a string", _avatar, error)

        staff_event_data_user_type_0 = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            avatar=avatar,
        )
        if drift:
            staff_event_data_user_type_0.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        staff_event_data_user_type_0.additional_properties = additional_properties
        return staff_event_data_user_type_0

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
