from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from ..models.schedule_event_resource import ScheduleEventResource
from ..models.webhook_status import WebhookStatus

if TYPE_CHECKING:
    from ..models.schedule_event_data_item import ScheduleEventDataItem


T = TypeVar("T", bound="ScheduleEvent")


@_attrs_define
class ScheduleEvent:
    """
    Attributes:
        company_id (int): Location where the event happened
        resource (ScheduleEventResource): Resource type
        resource_id (int): ID of the created/changed/deleted resource
        status (WebhookStatus): Kind of change
        data (list[ScheduleEventDataItem]): Always empty for this event.
    """

    company_id: int
    resource: ScheduleEventResource
    resource_id: int
    status: WebhookStatus
    data: list[ScheduleEventDataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        resource = self.resource.value

        resource_id = self.resource_id

        status = self.status.value

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "resource": resource,
                "resource_id": resource_id,
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_event_data_item import ScheduleEventDataItem  # noqa: PLC0415

        d = dict(src_dict)
        _company_id = d.pop("company_id")
        company_id = _company_id if type(_company_id) is int else as_int(_company_id)

        _resource = d.pop("resource")
        resource = ScheduleEventResource(_resource)

        _resource_id = d.pop("resource_id")
        resource_id = _resource_id if type(_resource_id) is int else as_int(_resource_id)

        _status = d.pop("status")
        status = WebhookStatus(_status)

        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError(f"expected a list, got {type(_data).__name__}")
        data = []
        for data_item_data in _data:
            _data_item = data_item_data
            data_item = ScheduleEventDataItem.from_dict(_data_item)

            data.append(data_item)

        schedule_event = cls(
            company_id=company_id,
            resource=resource,
            resource_id=resource_id,
            status=status,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        schedule_event.additional_properties = additional_properties
        return schedule_event

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
