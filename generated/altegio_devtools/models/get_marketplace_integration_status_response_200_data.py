from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_marketplace_integration_status_response_200_data_connection_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,
    )
    from ..models.get_marketplace_integration_status_response_200_data_logs_item import (
        GetMarketplaceIntegrationStatusResponse200DataLogsItem,
    )
    from ..models.get_marketplace_integration_status_response_200_data_payments_item import (
        GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,
    )


T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200Data")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200Data:
    """
    Example:
        {'logs': [{'changed_at': '2022-06-27 12:20:02', 'status_from': 'uninstalled', 'status_to': 'pending', 'source':
            'marketplace'}, {'changed_at': '2022-06-27 12:22:02', 'status_from': 'pending', 'status_to': 'active', 'source':
            'partner_api'}], 'payments': [{'id': 1523, 'payment_sum': 1523.12, 'payment_date': '2022-06-27 12:22:02',
            'is_refunded': False, 'period_from': '2022-06-27 00:00:00', 'period_to': '2022-07-27 00:00:00'}],
            'connection_status': {'status': 'active', 'created_at': '2022-06-27 12:20:02'}}

    Attributes:
        connection_status (GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset): Installation status
            Example: {'status': 'active', 'created_at': '2022-06-27 12:20:02'}.
        payments (list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset): Payments Example: [{'id':
            1523, 'payment_sum': 1523.12, 'payment_date': '2022-06-27 12:22:02', 'is_refunded': False, 'period_from':
            '2022-06-27 00:00:00', 'period_to': '2022-07-27 00:00:00'}].
        logs (list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset): History of status changes in the
            location Example: [{'changed_at': '2022-06-27 12:20:02', 'status_from': 'uninstalled', 'status_to': 'pending',
            'source': 'marketplace'}, {'changed_at': '2022-06-27 12:22:02', 'status_from': 'pending', 'status_to': 'active',
            'source': 'partner_api'}].
    """

    connection_status: GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset = (
        UNSET
    )
    payments: list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset = UNSET
    logs: list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        connection_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_status is not UNSET:
            field_dict["connection_status"] = connection_status
        if payments is not UNSET:
            field_dict["payments"] = payments
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_marketplace_integration_status_response_200_data_connection_status import (
            GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_data_logs_item import (
            GetMarketplaceIntegrationStatusResponse200DataLogsItem,  # noqa: PLC0415
        )
        from ..models.get_marketplace_integration_status_response_200_data_payments_item import (
            GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,  # noqa: PLC0415
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _connection_status = d.pop("connection_status", UNSET)
        try:
            connection_status: (
                GetMarketplaceIntegrationStatusResponse200DataConnectionStatus | Unset
            )
            if type(_connection_status) is dict:
                connection_status = (
                    GetMarketplaceIntegrationStatusResponse200DataConnectionStatus.from_dict(
                        _connection_status
                    )
                )
                if connection_status.drift:
                    drift = nested(drift, "connection_status", connection_status.drift)
            elif _connection_status is UNSET or is_php_empty(_connection_status):
                connection_status = UNSET
            else:
                connection_status = (
                    GetMarketplaceIntegrationStatusResponse200DataConnectionStatus.from_dict(
                        _connection_status
                    )
                )
        except READ_ERRORS as error:
            connection_status = UNSET
            drift = mismatch(drift, "connection_status", "an object", _connection_status, error)

        _payments = d.pop("payments", UNSET)
        try:
            payments: list[GetMarketplaceIntegrationStatusResponse200DataPaymentsItem] | Unset = (
                UNSET
            )
            if _payments is not UNSET and _payments != "":
                if not isinstance(_payments, list):
                    raise TypeError(f"expected a list, got {type(_payments).__name__}")
                payments = []
                for index, payments_item_data in enumerate(_payments):
                    try:
                        payments_item = (
                            GetMarketplaceIntegrationStatusResponse200DataPaymentsItem.from_dict(
                                payments_item_data
                            )
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"payments[{index}]", "an object", payments_item_data, error
                        )
                        continue
                    if payments_item.drift:
                        drift = nested(drift, f"payments[{index}]", payments_item.drift)
                    payments.append(payments_item)
        except READ_ERRORS as error:
            payments = UNSET
            drift = mismatch(drift, "payments", "a list", _payments, error)

        _logs = d.pop("logs", UNSET)
        try:
            logs: list[GetMarketplaceIntegrationStatusResponse200DataLogsItem] | Unset = UNSET
            if _logs is not UNSET and _logs != "":
                if not isinstance(_logs, list):
                    raise TypeError(f"expected a list, got {type(_logs).__name__}")
                logs = []
                for index, logs_item_data in enumerate(_logs):
                    try:
                        logs_item = (
                            GetMarketplaceIntegrationStatusResponse200DataLogsItem.from_dict(
                                logs_item_data
                            )
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"logs[{index}]", "an object", logs_item_data, error
                        )
                        continue
                    if logs_item.drift:
                        drift = nested(drift, f"logs[{index}]", logs_item.drift)
                    logs.append(logs_item)
        except READ_ERRORS as error:
            logs = UNSET
            drift = mismatch(drift, "logs", "a list", _logs, error)

        get_marketplace_integration_status_response_200_data = cls(
            connection_status=connection_status,
            payments=payments,
            logs=logs,
        )
        if drift:
            get_marketplace_integration_status_response_200_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_marketplace_integration_status_response_200_data.additional_properties = (
            additional_properties
        )
        return get_marketplace_integration_status_response_200_data

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
