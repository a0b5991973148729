from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        call_date (str | Unset): Call date and time
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    caller_phone: str | Unset = UNSET
    record_link: str | Unset = UNSET
    duration: int | Unset = UNSET
    status: ListVoipCallsResponse200DataItemStatus | Unset = UNSET
    type_: ListVoipCallsResponse200DataItemType | Unset = UNSET
    call_date: str | Unset = UNSET
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
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        caller_phone = d.pop("caller_phone", UNSET)

        record_link = d.pop("record_link", UNSET)

        duration = d.pop("duration", UNSET)

        _status = d.pop("status", UNSET)
        status: ListVoipCallsResponse200DataItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListVoipCallsResponse200DataItemStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: ListVoipCallsResponse200DataItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListVoipCallsResponse200DataItemType(_type_)

        call_date = d.pop("call_date", UNSET)

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

        list_voip_calls_response_200_data_item.additional_properties = d
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
