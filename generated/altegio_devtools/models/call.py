from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_int, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    enum_reader,
    read,
)
from .._typed import Mirror, fromisoformat
from ..drift import READ_ERRORS, Drift, mismatch
from ..models.call_status import CallStatus
from ..models.call_type import CallType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "client_id",
        "caller_phone",
        "record_link",
        "duration",
        "status",
        "type",
        "call_date",
    }
)


def _parse_call_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _call_date_type_0 = data
    call_date_type_0 = as_datetime(_call_date_type_0)

    return call_date_type_0


def _read_call_date(_call_date: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        call_date = _parse_call_date(_call_date)
    except READ_ERRORS as error:
        call_date = UNSET
        drift = mismatch(drift, "call_date", "a date-time or null", _call_date, error)
    return call_date, drift


@_attrs_define
class Call:
    """
    Attributes:
        id (int | Unset): Call ID
        client_id (int | Unset): Client ID when the caller is in the client base
        caller_phone (str | Unset): Phone number
        record_link (str | Unset): Recording link, when there is one
        duration (int | Unset): Length in seconds
        status (CallStatus | Unset): Call status
        type_ (CallType | Unset): Call type
        call_date (datetime.datetime | None | Unset): Call date and time
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    caller_phone: str | Unset = UNSET
    record_link: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: CallStatus | Unset = UNSET
    type_: CallType | Unset = UNSET
    call_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        client_id: int | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = (
                self.client_id if isinstance(self.client_id, int) else as_int(self.client_id)
            )

        caller_phone = self.caller_phone

        record_link = self.record_link

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration if isinstance(self.duration, int) else as_int(self.duration)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        call_date: None | str | Unset
        if isinstance(self.call_date, Unset):
            call_date = UNSET
        elif isinstance(self.call_date, datetime.datetime):
            call_date = format_datetime(self.call_date)
        else:
            call_date = self.call_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if caller_phone is not UNSET:
            field_dict["caller_phone"] = caller_phone
        if record_link is not UNSET:
            field_dict["record_link"] = record_link
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_date is not UNSET:
            field_dict["call_date"] = call_date

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

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int:
            _absent += client_id is UNSET
            client_id, drift = read(client_id, as_int, "client_id", "an integer", drift)

        caller_phone = _get("caller_phone", UNSET)
        if type(caller_phone) is not str:
            _absent += caller_phone is UNSET
            caller_phone, drift = read(caller_phone, as_str, "caller_phone", "a string", drift)

        record_link = _get("record_link", UNSET)
        if type(record_link) is not str:
            _absent += record_link is UNSET
            record_link, drift = read(record_link, as_str, "record_link", "a string", drift)

        duration = _get("duration", UNSET)
        if type(duration) is not int:
            _absent += duration is UNSET
            duration, drift = read(duration, as_int, "duration", "an integer", drift)

        status = _get("status", UNSET)
        if type(status) is str:
            status = CallStatus(status)
        else:
            _absent += status is UNSET
            status, drift = read(
                status, enum_reader(CallStatus, False), "status", "a string", drift
            )

        type_ = _get("type", UNSET)
        if type(type_) is str:
            type_ = CallType(type_)
        else:
            _absent += type_ is UNSET
            type_, drift = read(type_, enum_reader(CallType, False), "type", "a string", drift)

        call_date = _get("call_date", UNSET)
        if type(call_date) is str:
            try:
                call_date = as_datetime(call_date)
            except READ_ERRORS:
                call_date, drift = _read_call_date(call_date, drift)
        elif call_date is not None:
            _absent += call_date is UNSET
            call_date, drift = _read_call_date(call_date, drift)

        call = object.__new__(cls)
        call.id = id
        call.client_id = client_id
        call.caller_phone = caller_phone
        call.record_link = record_link
        call.duration = duration
        call.status = status
        call.type_ = type_
        call.call_date = call_date
        call.additional_properties = (
            {}
            if len(_src) + _absent == 8
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        call.drift = tuple(drift) if drift else ()
        return call

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
    """Call's msgspec Struct mirror and its conversion into Call: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "CallMirror",
        [
            ("id", int, UNSET),
            ("client_id", int, UNSET),
            ("caller_phone", str, UNSET),
            ("record_link", str, UNSET),
            ("duration", int, UNSET),
            ("status", str, UNSET),
            ("type_", str, msgspec.field(default=UNSET, name="type")),
            ("call_date", str | None, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> Call:
        m = new(Call)
        m.id = s.id
        m.client_id = s.client_id
        m.caller_phone = s.caller_phone
        m.record_link = s.record_link
        m.duration = s.duration
        v = s.status
        m.status = v if v is UNSET else CallStatus(v)
        v = s.type_
        m.type_ = v if v is UNSET else CallType(v)
        v = s.call_date
        m.call_date = v if v is UNSET or v is None else fromisoformat(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
