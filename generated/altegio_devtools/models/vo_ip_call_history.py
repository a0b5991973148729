from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
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
        d = dict(src_dict)
        command = cast(Literal["history"], d.pop("command"))
        if command != "history":
            raise ValueError(f"command must match const 'history', got '{command}'")

        _crm_token = d.pop("crm_token")
        crm_token = _crm_token if type(_crm_token) is str else as_str(_crm_token)

        _diversion = d.pop("diversion")
        diversion = _diversion if type(_diversion) is str else as_str(_diversion)

        _phone = d.pop("phone")
        phone = _phone if type(_phone) is str else as_str(_phone)

        _type_ = d.pop("type")
        type_ = VoIPCallHistoryType(_type_)

        _user = d.pop("user", UNSET)
        user: str | Unset
        if _user is UNSET:
            user = UNSET
        else:
            user = _user if type(_user) is str else as_str(_user)

        _duration = d.pop("duration", UNSET)
        duration: int | Unset
        if _duration is UNSET:
            duration = UNSET
        else:
            duration = _duration if type(_duration) is int else as_int(_duration)

        _link = d.pop("link", UNSET)
        link: str | Unset
        if _link is UNSET:
            link = UNSET
        else:
            link = _link if type(_link) is str else as_str(_link)

        _call_id = d.pop("call_id", UNSET)
        call_id: str | Unset
        if _call_id is UNSET:
            call_id = UNSET
        else:
            call_id = _call_id if type(_call_id) is str else as_str(_call_id)

        _status = d.pop("status", UNSET)
        status: VoIPCallHistoryStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = VoIPCallHistoryStatus(_status)

        _date = d.pop("date", UNSET)
        date: str | Unset
        if _date is UNSET:
            date = UNSET
        else:
            date = _date if type(_date) is str else as_str(_date)

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
