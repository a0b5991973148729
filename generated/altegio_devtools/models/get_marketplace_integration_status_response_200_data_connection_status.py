from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_datetime,
    as_str,
    format_datetime,
    is_null_date,
)
from ..drift import READ_ERRORS, Drift, mismatch
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
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _status = d.pop("status", UNSET)
        try:
            status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus(
                    _status if type(_status) is str else as_str(_status)
                )
        except READ_ERRORS as error:
            status = UNSET
            drift = mismatch(drift, "status", "a string", _status, error)

        _created_at = d.pop("created_at", UNSET)
        try:

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

            created_at = _parse_created_at(_created_at)
        except READ_ERRORS as error:
            created_at = UNSET
            drift = mismatch(
                drift, "created_at", "a date-time or a string or null", _created_at, error
            )

        get_marketplace_integration_status_response_200_data_connection_status = cls(
            status=status,
            created_at=created_at,
        )
        if drift:
            get_marketplace_integration_status_response_200_data_connection_status.drift = tuple(
                drift
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
