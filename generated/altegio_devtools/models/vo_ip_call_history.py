from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_int, as_str, format_datetime
from .._read import (
    NO_VALUE,
    as_object,
    enum_reader,
    read,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.vo_ip_call_history_status import VoIPCallHistoryStatus
from ..models.vo_ip_call_history_type import VoIPCallHistoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoIPCallHistory")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "command",
        "crm_token",
        "diversion",
        "phone",
        "type",
        "user",
        "duration",
        "link",
        "call_id",
        "status",
        "date",
    }
)


def _read_command(_command: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        command = cast(Literal["history"], _command)
        if command != "history":
            raise ValueError(f"command must match const 'history', got '{command}'")
    except READ_ERRORS as error:
        command = cast(Any, NO_VALUE)
        drift = mismatch(drift, "command", "'history'", _command, error)
    return command, drift


def _parse_date(data: object) -> datetime.datetime | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            _date_type_0 = data
            date_type_0 = as_datetime(_date_type_0)

            return date_type_0
        except READ_ERRORS:
            pass
    _date_type_1 = data
    date_type_1 = _date_type_1 if type(_date_type_1) is str else as_str(_date_type_1)

    return date_type_1


def _read_date(_date: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        date = _parse_date(_date)
    except READ_ERRORS as error:
        date = UNSET
        drift = mismatch(drift, "date", "a date-time or a string", _date, error)
    return date, drift


@_attrs_define
class VoIPCallHistory:
    """
    Attributes:
        command (Literal['history']): Operation type, always 'history' Default: 'history'.
        crm_token (str): CRM token from the VoIP Integration page of the client's chain Example:
            7cf262d6-1656-43f9-86ac-2826bdc125d2.
        diversion (str): Number the call came in through Example: +13155550176.
        phone (str): Caller number Example: +13155550175.
        type_ (VoIPCallHistoryType): Call type (incoming, outgoing, internal) Example: incoming.
        user (str | Unset): SIP subscriber ID Example: external_user_id.
        duration (int | Unset): Call length, seconds Example: 90.
        link (str | Unset): Link to the call recording Example: https://external.call.storage/call_record.mp3.
        call_id (str | Unset): Call ID in the VoIP system Example: external_call_id.
        status (VoIPCallHistoryStatus | Unset): Call status, 'success' or 'missed' Example: success.
        date (datetime.datetime | str | Unset): Call date and time (ISO 8601) Example: 2026-09-01T14:40:28-05:00.
    """

    crm_token: str
    diversion: str
    phone: str
    type_: VoIPCallHistoryType
    command: Literal["history"] = "history"
    user: str | Unset = UNSET
    duration: int | Unset = UNSET
    link: str | Unset = UNSET
    call_id: str | Unset = UNSET
    status: VoIPCallHistoryStatus | Unset = UNSET
    date: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        crm_token = self.crm_token

        diversion = self.diversion

        phone = self.phone

        type_ = self.type_.value

        user = self.user

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration if isinstance(self.duration, int) else as_int(self.duration)

        link = self.link

        call_id = self.call_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        date: str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date)
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "crm_token": crm_token,
                "diversion": diversion,
                "phone": phone,
                "type": type_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if duration is not UNSET:
            field_dict["duration"] = duration
        if link is not UNSET:
            field_dict["link"] = link
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        command = _get("command", UNSET)
        _absent += command is UNSET
        command, drift = _read_command(command, drift)

        crm_token = _get("crm_token", UNSET)
        if type(crm_token) is not str:
            _absent += crm_token is UNSET
            crm_token, drift = read_required(crm_token, as_str, "crm_token", "a string", drift)

        diversion = _get("diversion", UNSET)
        if type(diversion) is not str:
            _absent += diversion is UNSET
            diversion, drift = read_required(diversion, as_str, "diversion", "a string", drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read_required(phone, as_str, "phone", "a string", drift)

        type_ = _get("type", UNSET)
        if type(type_) is str:
            type_ = VoIPCallHistoryType(type_)
        else:
            _absent += type_ is UNSET
            type_, drift = read_required(
                type_, enum_reader(VoIPCallHistoryType, False), "type", "a string", drift
            )

        user = _get("user", UNSET)
        if type(user) is not str:
            _absent += user is UNSET
            user, drift = read(user, as_str, "user", "a string", drift)

        duration = _get("duration", UNSET)
        if type(duration) is not int:
            _absent += duration is UNSET
            duration, drift = read(duration, as_int, "duration", "an integer", drift)

        link = _get("link", UNSET)
        if type(link) is not str:
            _absent += link is UNSET
            link, drift = read(link, as_str, "link", "a string", drift)

        call_id = _get("call_id", UNSET)
        if type(call_id) is not str:
            _absent += call_id is UNSET
            call_id, drift = read(call_id, as_str, "call_id", "a string", drift)

        status = _get("status", UNSET)
        if type(status) is str:
            status = VoIPCallHistoryStatus(status)
        else:
            _absent += status is UNSET
            status, drift = read(
                status, enum_reader(VoIPCallHistoryStatus, False), "status", "a string", drift
            )

        date = _get("date", UNSET)
        _absent += date is UNSET
        date, drift = _read_date(date, drift)

        if NO_VALUE in (
            command,
            crm_token,
            diversion,
            phone,
            type_,
        ):
            raise DriftError(drift or ())
        vo_ip_call_history = object.__new__(cls)
        vo_ip_call_history.command = command
        vo_ip_call_history.crm_token = crm_token
        vo_ip_call_history.diversion = diversion
        vo_ip_call_history.phone = phone
        vo_ip_call_history.type_ = type_
        vo_ip_call_history.user = user
        vo_ip_call_history.duration = duration
        vo_ip_call_history.link = link
        vo_ip_call_history.call_id = call_id
        vo_ip_call_history.status = status
        vo_ip_call_history.date = date
        vo_ip_call_history.additional_properties = (
            {}
            if len(_src) + _absent == 11
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        vo_ip_call_history.drift = tuple(drift) if drift else ()
        return vo_ip_call_history

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
    """VoIPCallHistory's msgspec Struct mirror and its conversion into VoIPCallHistory: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "VoIPCallHistoryMirror",
        [
            ("command", Any),
            ("crm_token", str),
            ("diversion", str),
            ("phone", str),
            ("type_", str, msgspec.field(name="type")),
            ("user", str, UNSET),
            ("duration", int, UNSET),
            ("link", str, UNSET),
            ("call_id", str, UNSET),
            ("status", str, UNSET),
            ("date", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> VoIPCallHistory:
        m = new(VoIPCallHistory)
        m.command = fitted(_read_command(s.command, None))
        m.crm_token = s.crm_token
        m.diversion = s.diversion
        m.phone = s.phone
        v = s.type_
        m.type_ = VoIPCallHistoryType(v)
        m.user = s.user
        m.duration = s.duration
        m.link = s.link
        m.call_id = s.call_id
        v = s.status
        m.status = v if v is UNSET else VoIPCallHistoryStatus(v)
        m.date = fitted(_read_date(s.date, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
