from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch, nested
from ..models.staff_event_resource import StaffEventResource
from ..models.webhook_status import WebhookStatus
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.staff_event_data import StaffEventData


T = TypeVar("T", bound="StaffEvent")


@_attrs_define
class StaffEvent:
    """
    Attributes:
        company_id (int): Location where the event happened
        resource (StaffEventResource): Resource type
        resource_id (int): ID of the created/changed/deleted resource
        status (WebhookStatus): Kind of change
        data (StaffEventData): Team member as returned by the team member detail API.
    """

    company_id: int
    resource: StaffEventResource
    resource_id: int
    status: WebhookStatus
    data: StaffEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        resource = self.resource.value

        resource_id = self.resource_id

        status = self.status.value

        data = self.data.to_dict()

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
        from ..models.staff_event_data import StaffEventData  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _company_id = d.pop("company_id", UNSET)
        try:
            company_id = _company_id if type(_company_id) is int else as_int(_company_id)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "company_id", "an integer", _company_id, error)

        _resource = d.pop("resource", UNSET)
        try:
            resource = StaffEventResource(
                _resource if type(_resource) is str else as_str(_resource)
            )
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "resource", "a string", _resource, error)

        _resource_id = d.pop("resource_id", UNSET)
        try:
            resource_id = _resource_id if type(_resource_id) is int else as_int(_resource_id)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "resource_id", "an integer", _resource_id, error)

        _status = d.pop("status", UNSET)
        try:
            status = WebhookStatus(_status if type(_status) is str else as_str(_status))
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "status", "a string", _status, error)

        _data = d.pop("data", UNSET)
        try:
            data: StaffEventData
            if type(_data) is dict:
                data = StaffEventData.from_dict(_data)
                if data.drift:
                    drift = nested(drift, "data", data.drift)
            elif is_php_empty(_data):
                data = StaffEventData.from_dict({})
            else:
                data = StaffEventData.from_dict(_data)
        except READ_ERRORS as error:
            data = StaffEventData.from_dict({})
            drift = mismatch(drift, "data", "an object", _data, error)

        if unreadable:
            raise DriftError(drift or ())
        staff_event = cls(
            company_id=company_id,
            resource=resource,
            resource_id=resource_id,
            status=status,
            data=data,
        )
        if drift:
            staff_event.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        staff_event.additional_properties = additional_properties
        return staff_event

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
