from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        facebook = d.pop("facebook", UNSET)

        instagram = d.pop("instagram", UNSET)

        telegram = d.pop("telegram", UNSET)

        whatsapp = d.pop("whatsapp", UNSET)

        viber = d.pop("viber", UNSET)

        vk = d.pop("vk", UNSET)

        salon_event_data_social = cls(
            facebook=facebook,
            instagram=instagram,
            telegram=telegram,
            whatsapp=whatsapp,
            viber=viber,
            vk=vk,
        )

        salon_event_data_social.additional_properties = d
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
