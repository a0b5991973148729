from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalonEventDataSocial")


@_attrs_define
class SalonEventDataSocial:
    """Social network links

    Attributes:
        facebook (str | Unset):
        instagram (str | Unset):
        telegram (str | Unset):
        whatsapp (str | Unset):
        viber (str | Unset):
        vk (str | Unset):
    """

    facebook: str | Unset = UNSET
    instagram: str | Unset = UNSET
    telegram: str | Unset = UNSET
    whatsapp: str | Unset = UNSET
    viber: str | Unset = UNSET
    vk: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        facebook = self.facebook

        instagram = self.instagram

        telegram = self.telegram

        whatsapp = self.whatsapp

        viber = self.viber

        vk = self.vk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if telegram is not UNSET:
            field_dict["telegram"] = telegram
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if viber is not UNSET:
            field_dict["viber"] = viber
        if vk is not UNSET:
            field_dict["vk"] = vk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _facebook = d.pop("facebook", UNSET)
        try:
            facebook: str | Unset
            if _facebook is UNSET:
                facebook = UNSET
            else:
                facebook = _facebook if type(_facebook) is str else as_str(_facebook)
        except READ_ERRORS as error:
            facebook = UNSET
            drift = mismatch(drift, "facebook", "a string", _facebook, error)

        _instagram = d.pop("instagram", UNSET)
        try:
            instagram: str | Unset
            if _instagram is UNSET:
                instagram = UNSET
            else:
                instagram = _instagram if type(_instagram) is str else as_str(_instagram)
        except READ_ERRORS as error:
            instagram = UNSET
            drift = mismatch(drift, "instagram", "a string", _instagram, error)

        _telegram = d.pop("telegram", UNSET)
        try:
            telegram: str | Unset
            if _telegram is UNSET:
                telegram = UNSET
            else:
                telegram = _telegram if type(_telegram) is str else as_str(_telegram)
        except READ_ERRORS as error:
            telegram = UNSET
            drift = mismatch(drift, "telegram", "a string", _telegram, error)

        _whatsapp = d.pop("whatsapp", UNSET)
        try:
            whatsapp: str | Unset
            if _whatsapp is UNSET:
                whatsapp = UNSET
            else:
                whatsapp = _whatsapp if type(_whatsapp) is str else as_str(_whatsapp)
        except READ_ERRORS as error:
            whatsapp = UNSET
            drift = mismatch(drift, "whatsapp", "a string", _whatsapp, error)

        _viber = d.pop("viber", UNSET)
        try:
            viber: str | Unset
            if _viber is UNSET:
                viber = UNSET
            else:
                viber = _viber if type(_viber) is str else as_str(_viber)
        except READ_ERRORS as error:
            viber = UNSET
            drift = mismatch(drift, "viber", "a string", _viber, error)

        _vk = d.pop("vk", UNSET)
        try:
            vk: str | Unset
            if _vk is UNSET:
                vk = UNSET
            else:
                vk = _vk if type(_vk) is str else as_str(_vk)
        except READ_ERRORS as error:
            vk = UNSET
            drift = mismatch(drift, "vk", "a string", _vk, error)

        salon_event_data_social = cls(
            facebook=facebook,
            instagram=instagram,
            telegram=telegram,
            whatsapp=whatsapp,
            viber=viber,
            vk=vk,
        )
        if drift:
            salon_event_data_social.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        salon_event_data_social.additional_properties = additional_properties
        return salon_event_data_social

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
