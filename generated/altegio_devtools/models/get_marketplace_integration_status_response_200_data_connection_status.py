from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_str, format_datetime, is_null_date
from ..models.get_marketplace_integration_status_response_200_data_connection_status_status import (
    GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200DataConnectionStatus")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200DataConnectionStatus:
    """Installation status

    Example:
        {'status': 'active', 'created_at': '2022-06-27 12:20:02'}

    Attributes:
        status (GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus | Unset): Install status in the
            location: pending = waiting for the partner to activate, freezed = frozen for non-payment, active = active.
        created_at (datetime.datetime | None | str | Unset): When the link was created Example: 2022-06-27 12:20:02.
    """

    status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus | Unset = UNSET
    created_at: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus(_status)

        def _parse_created_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _created_at_type_0 = data
                created_at_type_0 = as_datetime(_created_at_type_0)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            _created_at_type_1 = data
            created_at_type_1 = (
                _created_at_type_1
                if type(_created_at_type_1) is str
                else as_str(_created_at_type_1)
            )

            return created_at_type_1
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            created_at_type_2 = None

            return created_at_type_2

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        get_marketplace_integration_status_response_200_data_connection_status = cls(
            status=status,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_marketplace_integration_status_response_200_data_connection_status.additional_properties = additional_properties
        return get_marketplace_integration_status_response_200_data_connection_status

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
