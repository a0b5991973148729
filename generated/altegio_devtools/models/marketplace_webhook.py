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
    enum_reader,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..models.lifecycle_event_kind import LifecycleEventKind
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceWebhook")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "event",
        "partner_token",
    }
)


@_attrs_define
class MarketplaceWebhook:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 123.
        event (LifecycleEventKind): Event slug
        partner_token (str): The developer's bearer token, so the receiver can check where the call came from Example:
            yasdfkjah2328aj.
    """

    salon_id: int
    application_id: int
    event: LifecycleEventKind
    partner_token: str
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

        event = self.event.value

        partner_token = self.partner_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "event": event,
                "partner_token": partner_token,
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

        event = _get("event", UNSET)
        if type(event) is str:
            event = LifecycleEventKind(event)
        else:
            _absent += event is UNSET
            event, drift = read_required(
                event, enum_reader(LifecycleEventKind, False), "event", "a string", drift
            )

        partner_token = _get("partner_token", UNSET)
        if type(partner_token) is not str:
            _absent += partner_token is UNSET
            partner_token, drift = read_required(
                partner_token, as_str, "partner_token", "a string", drift
            )

        if NO_VALUE in (
            salon_id,
            application_id,
            event,
            partner_token,
        ):
            raise DriftError(drift or ())
        marketplace_webhook = object.__new__(cls)
        marketplace_webhook.salon_id = salon_id
        marketplace_webhook.application_id = application_id
        marketplace_webhook.event = event
        marketplace_webhook.partner_token = partner_token
        marketplace_webhook.additional_properties = (
            {}
            if len(_src) + _absent == 4
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        marketplace_webhook.drift = tuple(drift) if drift else ()
        return marketplace_webhook

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
    """MarketplaceWebhook's msgspec Struct mirror and its conversion into MarketplaceWebhook: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "MarketplaceWebhookMirror",
        [
            ("salon_id", int),
            ("application_id", int),
            ("event", str),
            ("partner_token", str),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> MarketplaceWebhook:
        m = new(MarketplaceWebhook)
        m.salon_id = s.salon_id
        m.application_id = s.application_id
        v = s.event
        m.event = LifecycleEventKind(v)
        m.partner_token = s.partner_token
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
