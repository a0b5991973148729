from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    read,
)
from .._typed import Mirror, fromisoformat
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLog")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "changed_at",
        "status_from",
        "status_to",
        "source",
    }
)


def _parse_changed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _changed_at_type_0 = data
    changed_at_type_0 = as_datetime(_changed_at_type_0)

    return changed_at_type_0


def _read_changed_at(_changed_at: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        changed_at = _parse_changed_at(_changed_at)
    except READ_ERRORS as error:
        changed_at = UNSET
        drift = mismatch(drift, "changed_at", "a date-time or null", _changed_at, error)
    return changed_at, drift


@_attrs_define
class IntegrationLog:
    """
    Attributes:
        changed_at (datetime.datetime | None | Unset): When the status changed
        status_from (str | Unset): Previous status
        status_to (str | Unset): New status
        source (str | Unset): Who/what changed the status
    """

    changed_at: datetime.datetime | None | Unset = UNSET
    status_from: str | Unset = UNSET
    status_to: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        changed_at: None | str | Unset
        if isinstance(self.changed_at, Unset):
            changed_at = UNSET
        elif isinstance(self.changed_at, datetime.datetime):
            changed_at = format_datetime(self.changed_at)
        else:
            changed_at = self.changed_at

        status_from = self.status_from

        status_to = self.status_to

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if status_from is not UNSET:
            field_dict["status_from"] = status_from
        if status_to is not UNSET:
            field_dict["status_to"] = status_to
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        changed_at = _get("changed_at", UNSET)
        if type(changed_at) is str:
            try:
                changed_at = as_datetime(changed_at)
            except READ_ERRORS:
                changed_at, drift = _read_changed_at(changed_at, drift)
        elif changed_at is not None:
            _absent += changed_at is UNSET
            changed_at, drift = _read_changed_at(changed_at, drift)

        status_from = _get("status_from", UNSET)
        if type(status_from) is not str:
            _absent += status_from is UNSET
            status_from, drift = read(status_from, as_str, "status_from", "a string", drift)

        status_to = _get("status_to", UNSET)
        if type(status_to) is not str:
            _absent += status_to is UNSET
            status_to, drift = read(status_to, as_str, "status_to", "a string", drift)

        source = _get("source", UNSET)
        if type(source) is not str:
            _absent += source is UNSET
            source, drift = read(source, as_str, "source", "a string", drift)

        integration_log = object.__new__(cls)
        integration_log.changed_at = changed_at
        integration_log.status_from = status_from
        integration_log.status_to = status_to
        integration_log.source = source
        integration_log.additional_properties = (
            {}
            if len(_src) + _absent == 4
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        integration_log.drift = tuple(drift) if drift else ()
        return integration_log

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
    """IntegrationLog's msgspec Struct mirror and its conversion into IntegrationLog: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "IntegrationLogMirror",
        [
            ("changed_at", str | None, UNSET),
            ("status_from", str, UNSET),
            ("status_to", str, UNSET),
            ("source", str, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> IntegrationLog:
        m = new(IntegrationLog)
        v = s.changed_at
        m.changed_at = v if v is UNSET or v is None else fromisoformat(v)
        m.status_from = s.status_from
        m.status_to = s.status_to
        m.source = s.source
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
