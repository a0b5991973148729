from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int
from .._read import (
    NO_VALUE,
    as_object,
    enum_reader,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..models.channel_slug import ChannelSlug
from ..types import UNSET

T = TypeVar("T", bound="UpdateChannelBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "channel_slug",
        "is_available",
    }
)


@_attrs_define
class UpdateChannelBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        channel_slug (ChannelSlug): Channel whose availability changes Example: sms.
        is_available (bool): Whether the channel is available Example: True.
    """

    salon_id: int
    application_id: int
    channel_slug: ChannelSlug
    is_available: bool
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

        channel_slug = self.channel_slug.value

        is_available = self.is_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "channel_slug": channel_slug,
                "is_available": is_available,
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

        channel_slug = _get("channel_slug", UNSET)
        if type(channel_slug) is str:
            channel_slug = ChannelSlug(channel_slug)
        else:
            _absent += channel_slug is UNSET
            channel_slug, drift = read_required(
                channel_slug, enum_reader(ChannelSlug, False), "channel_slug", "a string", drift
            )

        is_available = _get("is_available", UNSET)
        if type(is_available) is not bool:
            _absent += is_available is UNSET
            is_available, drift = read_required(
                is_available, as_bool, "is_available", "a boolean", drift
            )

        if NO_VALUE in (
            salon_id,
            application_id,
            channel_slug,
            is_available,
        ):
            raise DriftError(drift or ())
        update_channel_body = object.__new__(cls)
        update_channel_body.salon_id = salon_id
        update_channel_body.application_id = application_id
        update_channel_body.channel_slug = channel_slug
        update_channel_body.is_available = is_available
        update_channel_body.additional_properties = (
            {}
            if len(_src) + _absent == 4
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        update_channel_body.drift = tuple(drift) if drift else ()
        return update_channel_body

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
    """UpdateChannelBody's msgspec Struct mirror and its conversion into UpdateChannelBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "UpdateChannelBodyMirror",
        [
            ("salon_id", int),
            ("application_id", int),
            ("channel_slug", str),
            ("is_available", bool),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> UpdateChannelBody:
        m = new(UpdateChannelBody)
        m.salon_id = s.salon_id
        m.application_id = s.application_id
        v = s.channel_slug
        m.channel_slug = ChannelSlug(v)
        m.is_available = s.is_available
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
