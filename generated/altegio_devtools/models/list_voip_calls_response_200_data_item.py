from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_datetime,
    as_int,
    as_str,
    format_datetime,
    is_null_date,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..models.list_voip_calls_response_200_data_item_status import (
    ListVoipCallsResponse200DataItemStatus,
)
from ..models.list_voip_calls_response_200_data_item_type import (
    ListVoipCallsResponse200DataItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsResponse200DataItem")


@_attrs_define
class ListVoipCallsResponse200DataItem:
    """
    Attributes:
        id (int | Unset): Call ID
        client_id (int | Unset): Client ID when the caller is in the client base
        caller_phone (str | Unset): Phone number
        record_link (str | Unset): Recording link, when there is one
        duration (int | Unset): Length in seconds
        status (ListVoipCallsResponse200DataItemStatus | Unset): Call status
        type_ (ListVoipCallsResponse200DataItemType | Unset): Call type
        call_date (datetime.datetime | None | Unset): Call date and time
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    caller_phone: str | Unset = UNSET
    record_link: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: ListVoipCallsResponse200DataItemStatus | Unset = UNSET
    type_: ListVoipCallsResponse200DataItemType | Unset = UNSET
    call_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        caller_phone = self.caller_phone

        record_link = self.record_link

        duration = self.duration

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _client_id = d.pop("client_id", UNSET)
        try:
            client_id: int | Unset
            if _client_id is UNSET:
                client_id = UNSET
            else:
                client_id = _client_id if type(_client_id) is int else as_int(_client_id)
        except READ_ERRORS as error:
            client_id = UNSET
            drift = mismatch(drift, "client_id", "an integer", _client_id, error)

        _caller_phone = d.pop("caller_phone", UNSET)
        try:
            caller_phone: str | Unset
            if _caller_phone is UNSET:
                caller_phone = UNSET
            else:
                caller_phone = (
                    _caller_phone if type(_caller_phone) is str else as_str(_caller_phone)
                )
        except READ_ERRORS as error:
            caller_phone = UNSET
            drift = mismatch(drift, "caller_phone", "a string", _caller_phone, error)

        _record_link = d.pop("record_link", UNSET)
        try:
            record_link: str | Unset
            if _record_link is UNSET:
                record_link = UNSET
            else:
                record_link = _record_link if type(_record_link) is str else as_str(_record_link)
        except READ_ERRORS as error:
            record_link = UNSET
            drift = mismatch(drift, "record_link", "a string", _record_link, error)

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

        _status = d.pop("status", UNSET)
        try:
            status: ListVoipCallsResponse200DataItemStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = ListVoipCallsResponse200DataItemStatus(
                    _status if type(_status) is str else as_str(_status)
                )
        except READ_ERRORS as error:
            status = UNSET
            drift = mismatch(drift, "status", "a string", _status, error)

        _type_ = d.pop("type", UNSET)
        try:
            type_: ListVoipCallsResponse200DataItemType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = ListVoipCallsResponse200DataItemType(
                    _type_ if type(_type_) is str else as_str(_type_)
                )
        except READ_ERRORS as error:
            type_ = UNSET
            drift = mismatch(drift, "type", "a string", _type_, error)

        _call_date = d.pop("call_date", UNSET)
        try:

            def _parse_call_date(data: object) -> datetime.datetime | None | Unset:
                if data is None or is_null_date(data) or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _call_date_type_0 = data
                call_date_type_0 = as_datetime(_call_date_type_0)

                return call_date_type_0

            call_date = _parse_call_date(_call_date)
        except READ_ERRORS as error:
            call_date = UNSET
            drift = mismatch(drift, "call_date", "a date-time or null", _call_date, error)

        list_voip_calls_response_200_data_item = cls(
            id=id,
            client_id=client_id,
            caller_phone=caller_phone,
            record_link=record_link,
            duration=duration,
            status=status,
            type_=type_,
            call_date=call_date,
        )
        if drift:
            list_voip_calls_response_200_data_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_voip_calls_response_200_data_item.additional_properties = additional_properties
        return list_voip_calls_response_200_data_item

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
