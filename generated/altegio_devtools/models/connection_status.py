from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, format_datetime, is_null_date
from .._read import (
    as_object,
    enum_reader,
    read,
)
from .._typed import Mirror, fromisoformat
from ..drift import READ_ERRORS, Drift, mismatch
from ..models.connection_state import ConnectionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionStatus")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "created_at",
    }
)


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _created_at_type_0 = data
    created_at_type_0 = as_datetime(_created_at_type_0)

    return created_at_type_0


def _read_created_at(_created_at: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        created_at = _parse_created_at(_created_at)
    except READ_ERRORS as error:
        created_at = UNSET
        drift = mismatch(drift, "created_at", "a date-time or null", _created_at, error)
    return created_at, drift


@_attrs_define
class ConnectionStatus:
    """Installation status

    Example:
        {'status': 'active', 'created_at': '2022-06-27 12:20:02'}

    Attributes:
        status (ConnectionState | Unset): Install status in the location: pending = waiting for the partner to activate,
            freezed = frozen for non-payment, active = active.
        created_at (datetime.datetime | None | Unset): When the link was created Example: 2022-06-27 12:20:02.
    """

    status: ConnectionState | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        status = _get("status", UNSET)
        if type(status) is str:
            status = ConnectionState(status)
        else:
            _absent += status is UNSET
            status, drift = read(
                status, enum_reader(ConnectionState, False), "status", "a string", drift
            )

        created_at = _get("created_at", UNSET)
        if type(created_at) is str:
            try:
                created_at = as_datetime(created_at)
            except READ_ERRORS:
                created_at, drift = _read_created_at(created_at, drift)
        elif created_at is not None:
            _absent += created_at is UNSET
            created_at, drift = _read_created_at(created_at, drift)

        connection_status = object.__new__(cls)
        connection_status.status = status
        connection_status.created_at = created_at
        connection_status.additional_properties = (
            {}
            if len(_src) + _absent == 2
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        connection_status.drift = tuple(drift) if drift else ()
        return connection_status

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
    """ConnectionStatus's msgspec Struct mirror and its conversion into ConnectionStatus: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "ConnectionStatusMirror",
        [
            ("status", str, UNSET),
            ("created_at", str | None, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ConnectionStatus:
        m = new(ConnectionStatus)
        v = s.status
        m.status = v if v is UNSET else ConnectionState(v)
        v = s.created_at
        m.created_at = v if v is UNSET or v is None else fromisoformat(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
