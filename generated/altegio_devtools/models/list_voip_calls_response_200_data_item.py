from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_int, as_str, format_datetime, is_null_date
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
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _client_id = d.pop("client_id", UNSET)
        client_id: int | Unset
        if _client_id is UNSET:
            client_id = UNSET
        else:
            client_id = _client_id if type(_client_id) is int else as_int(_client_id)

        _caller_phone = d.pop("caller_phone", UNSET)
        caller_phone: str | Unset
        if _caller_phone is UNSET:
            caller_phone = UNSET
        else:
            caller_phone = _caller_phone if type(_caller_phone) is str else as_str(_caller_phone)

        _record_link = d.pop("record_link", UNSET)
        record_link: str | Unset
        if _record_link is UNSET:
            record_link = UNSET
        else:
            record_link = _record_link if type(_record_link) is str else as_str(_record_link)

        _duration = d.pop("duration", UNSET)
        duration: int | Unset
        if _duration is UNSET:
            duration = UNSET
        else:
            duration = _duration if type(_duration) is int else as_int(_duration)

        _status = d.pop("status", UNSET)
        status: ListVoipCallsResponse200DataItemStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = ListVoipCallsResponse200DataItemStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: ListVoipCallsResponse200DataItemType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = ListVoipCallsResponse200DataItemType(_type_)

        def _parse_call_date(data: object) -> datetime.datetime | None | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _call_date_type_0 = data
                call_date_type_0 = as_datetime(_call_date_type_0)

                return call_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            call_date_type_1 = None

            return call_date_type_1

        call_date = _parse_call_date(d.pop("call_date", UNSET))

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
