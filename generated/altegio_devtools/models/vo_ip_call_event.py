from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.vo_ip_call_event_type import VoIPCallEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoIPCallEvent")


@_attrs_define
class VoIPCallEvent:
    """
    Attributes:
        command (Literal['event']): Operation type, always 'event' Default: 'event'.
        crm_token (str): CRM token from the VoIP Integration page of the client's chain Example:
            7cf262d6-1656-43f9-86ac-2826bdc125d2.
        diversion (str): Number the call came in through Example: +13155550176.
        phone (str): Caller number Example: +13155550175.
        type_ (VoIPCallEventType): Call type, here "incoming" Example: incoming.
        user (str | Unset): SIP number Example: external_user_id.
    """

    crm_token: str
    diversion: str
    phone: str
    type_: VoIPCallEventType
    command: Literal["event"] = "event"
    user: str | Unset = UNSET
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
            command = cast(Literal["event"], _command)
            if command != "event":
                raise ValueError(f"command must match const 'event', got '{command}'")
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "command", "'event'", _command, error)

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
            type_ = VoIPCallEventType(_type_ if type(_type_) is str else as_str(_type_))
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

        if unreadable:
            raise DriftError(drift or ())
        vo_ip_call_event = cls(
            command=command,
            crm_token=crm_token,
            diversion=diversion,
            phone=phone,
            type_=type_,
            user=user,
        )
        if drift:
            vo_ip_call_event.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        vo_ip_call_event.additional_properties = additional_properties
        return vo_ip_call_event

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
