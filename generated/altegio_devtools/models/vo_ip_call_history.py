from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.vo_ip_call_history_status import VoIPCallHistoryStatus
from ..models.vo_ip_call_history_type import VoIPCallHistoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoIPCallHistory")


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
        date (str | Unset): Call date and time (ISO 8601) Example: 2026-09-01T14:40:28-05:00.
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
    date: str | Unset = UNSET
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

        duration = self.duration

        link = self.link

        call_id = self.call_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _command = d.pop("command", UNSET)
        try:
            command = cast(Literal["history"], _command)
            if command != "history":
                raise ValueError(f"command must match const 'history', got '{command}'")
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "command", "'history'", _command, error)

        _crm_token = d.pop("crm_token", UNSET)
        try:
            crm_token = _crm_token if type(_crm_token) is str else as_str(_crm_token)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "crm_token", "a string", _crm_token, error)

        _diversion = d.pop("diversion", UNSET)
        try:
            diversion = _diversion if type(_diversion) is str else as_str(_diversion)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "diversion", "a string", _diversion, error)

        _phone = d.pop("phone", UNSET)
        try:
            phone = _phone if type(_phone) is str else as_str(_phone)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "phone", "a string", _phone, error)

        _type_ = d.pop("type", UNSET)
        try:
            type_ = VoIPCallHistoryType(_type_ if type(_type_) is str else as_str(_type_))
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "type", "a string", _type_, error)

        _user = d.pop("user", UNSET)
        try:
            user: str | Unset
            if _user is UNSET:
                user = UNSET
            else:
                user = _user if type(_user) is str else as_str(_user)
        except READ_ERRORS as error:
            user = UNSET
            drift = mismatch(drift, "user", "a string", _user, error)

        _duration = d.pop("duration", UNSET)
        try:
            duration: int | Unset
            if _duration is UNSET:
                duration = UNSET
            else:
                duration = _duration if type(_duration) is int else as_int(_duration)
        except READ_ERRORS as error:
            duration = UNSET
            drift = mismatch(drift, "duration", "an integer", _duration, error)

        _link = d.pop("link", UNSET)
        try:
            link: str | Unset
            if _link is UNSET:
                link = UNSET
            else:
                link = _link if type(_link) is str else as_str(_link)
        except READ_ERRORS as error:
            link = UNSET
            drift = mismatch(drift, "link", "a string", _link, error)

        _call_id = d.pop("call_id", UNSET)
        try:
            call_id: str | Unset
            if _call_id is UNSET:
                call_id = UNSET
            else:
                call_id = _call_id if type(_call_id) is str else as_str(_call_id)
        except READ_ERRORS as error:
            call_id = UNSET
            drift = mismatch(drift, "call_id", "a string", _call_id, error)

        _status = d.pop("status", UNSET)
        try:
            status: VoIPCallHistoryStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = VoIPCallHistoryStatus(_status if type(_status) is str else as_str(_status))
        except READ_ERRORS as error:
            status = UNSET
            drift = mismatch(drift, "status", "a string", _status, error)

        _date = d.pop("date", UNSET)
        try:
            date: str | Unset
            if _date is UNSET:
                date = UNSET
            else:
                date = _date if type(_date) is str else as_str(_date)
        except READ_ERRORS as error:
            date = UNSET
            drift = mismatch(drift, "date", "a string", _date, error)

        if unreadable:
            raise DriftError(drift or ())
        vo_ip_call_history = cls(
            command=command,
            crm_token=crm_token,
            diversion=diversion,
            phone=phone,
            type_=type_,
            user=user,
            duration=duration,
            link=link,
            call_id=call_id,
            status=status,
            date=date,
        )
        if drift:
            vo_ip_call_history.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        vo_ip_call_history.additional_properties = additional_properties
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
