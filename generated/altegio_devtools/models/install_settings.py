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
    read,
    read_items,
    read_list,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallSettings")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "api_key",
        "webhook_urls",
    }
)


@_attrs_define
class InstallSettings:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        api_key (str | Unset): API key for the messaging module Example: 2f181e2a-5c22-4ae7-9d9b-07104f312c28.
        webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
    """

    salon_id: int
    application_id: int
    api_key: str | Unset = UNSET
    webhook_urls: list[str] | Unset = UNSET
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

        api_key = self.api_key

        webhook_urls: list[str] | Unset = UNSET
        if not isinstance(self.webhook_urls, Unset):
            webhook_urls = self.webhook_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = webhook_urls

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

        api_key = _get("api_key", UNSET)
        if type(api_key) is not str:
            _absent += api_key is UNSET
            api_key, drift = read(api_key, as_str, "api_key", "a string", drift)

        webhook_urls = _get("webhook_urls", UNSET)
        if type(webhook_urls) is list:
            for _item in webhook_urls:
                if type(_item) is not str:
                    webhook_urls, drift = read_items(
                        webhook_urls, as_str, "webhook_urls", "a string", drift
                    )
                    break
        else:
            _absent += webhook_urls is UNSET
            webhook_urls, drift = read_list(webhook_urls, "webhook_urls", drift)

        if NO_VALUE in (
            salon_id,
            application_id,
        ):
            raise DriftError(drift or ())
        install_settings = object.__new__(cls)
        install_settings.salon_id = salon_id
        install_settings.application_id = application_id
        install_settings.api_key = api_key
        install_settings.webhook_urls = webhook_urls
        install_settings.additional_properties = (
            {}
            if len(_src) + _absent == 4
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        install_settings.drift = tuple(drift) if drift else ()
        return install_settings

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
    """InstallSettings's msgspec Struct mirror and its conversion into InstallSettings: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "InstallSettingsMirror",
        [
            ("salon_id", int),
            ("application_id", int),
            ("api_key", str, UNSET),
            ("webhook_urls", list[str], UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> InstallSettings:
        m = new(InstallSettings)
        m.salon_id = s.salon_id
        m.application_id = s.application_id
        m.api_key = s.api_key
        m.webhook_urls = s.webhook_urls
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
