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

T = TypeVar("T", bound="SalonEventDataSocial")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "facebook",
        "instagram",
        "telegram",
        "whatsapp",
        "viber",
        "vk",
    }
)


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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        facebook = _get("facebook", UNSET)
        if type(facebook) is not str:
            _absent += facebook is UNSET
            facebook, drift = read(facebook, as_str, "facebook", "a string", drift)

        instagram = _get("instagram", UNSET)
        if type(instagram) is not str:
            _absent += instagram is UNSET
            instagram, drift = read(instagram, as_str, "instagram", "a string", drift)

        telegram = _get("telegram", UNSET)
        if type(telegram) is not str:
            _absent += telegram is UNSET
            telegram, drift = read(telegram, as_str, "telegram", "a string", drift)

        whatsapp = _get("whatsapp", UNSET)
        if type(whatsapp) is not str:
            _absent += whatsapp is UNSET
            whatsapp, drift = read(whatsapp, as_str, "whatsapp", "a string", drift)

        viber = _get("viber", UNSET)
        if type(viber) is not str:
            _absent += viber is UNSET
            viber, drift = read(viber, as_str, "viber", "a string", drift)

        vk = _get("vk", UNSET)
        if type(vk) is not str:
            _absent += vk is UNSET
            vk, drift = read(vk, as_str, "vk", "a string", drift)

        salon_event_data_social = object.__new__(cls)
        salon_event_data_social.facebook = facebook
        salon_event_data_social.instagram = instagram
        salon_event_data_social.telegram = telegram
        salon_event_data_social.whatsapp = whatsapp
        salon_event_data_social.viber = viber
        salon_event_data_social.vk = vk
        salon_event_data_social.additional_properties = (
            {}
            if len(_src) + _absent == 6
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        salon_event_data_social.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """SalonEventDataSocial's msgspec Struct mirror and its conversion into SalonEventDataSocial: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "SalonEventDataSocialMirror",
        [
            ("facebook", str, UNSET),
            ("instagram", str, UNSET),
            ("telegram", str, UNSET),
            ("whatsapp", str, UNSET),
            ("viber", str, UNSET),
            ("vk", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SalonEventDataSocial:
        m = new(SalonEventDataSocial)
        m.facebook = s.facebook
        m.instagram = s.instagram
        m.telegram = s.telegram
        m.whatsapp = s.whatsapp
        m.viber = s.viber
        m.vk = s.vk
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
