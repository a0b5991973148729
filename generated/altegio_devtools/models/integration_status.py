from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._read import (
    as_object,
    read,
    read_list,
    read_model,
)
from ..drift import Drift, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_status import ConnectionStatus
    from ..models.integration_log import IntegrationLog
    from ..models.payment import Payment


T = TypeVar("T", bound="IntegrationStatus")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "connection_status",
        "payments",
        "logs",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.connection_status import ConnectionStatus  # noqa: PLC0415
    from ..models.integration_log import IntegrationLog  # noqa: PLC0415
    from ..models.payment import Payment  # noqa: PLC0415

    globals().update(
        {
            "ConnectionStatus": ConnectionStatus,
            "IntegrationLog": IntegrationLog,
            "Payment": Payment,
        }
    )
    _nested_imported = True


@_attrs_define
class IntegrationStatus:
    """
    Example:
        {'logs': [{'changed_at': '2022-06-27 12:20:02', 'status_from': 'uninstalled', 'status_to': 'pending', 'source':
            'marketplace'}, {'changed_at': '2022-06-27 12:22:02', 'status_from': 'pending', 'status_to': 'active', 'source':
            'partner_api'}], 'payments': [{'id': 1523, 'payment_sum': 1523.12, 'payment_date': '2022-06-27 12:22:02',
            'is_refunded': False, 'period_from': '2022-06-27 00:00:00', 'period_to': '2022-07-27 00:00:00'}],
            'connection_status': {'status': 'active', 'created_at': '2022-06-27 12:20:02'}}

    Attributes:
        connection_status (ConnectionStatus | Unset): Installation status Example: {'status': 'active', 'created_at':
            '2022-06-27 12:20:02'}.
        payments (list[Payment] | Unset): Payments Example: [{'id': 1523, 'payment_sum': 1523.12, 'payment_date':
            '2022-06-27 12:22:02', 'is_refunded': False, 'period_from': '2022-06-27 00:00:00', 'period_to': '2022-07-27
            00:00:00'}].
        logs (list[IntegrationLog] | Unset): History of status changes in the location Example: [{'changed_at':
            '2022-06-27 12:20:02', 'status_from': 'uninstalled', 'status_to': 'pending', 'source': 'marketplace'},
            {'changed_at': '2022-06-27 12:22:02', 'status_from': 'pending', 'status_to': 'active', 'source':
            'partner_api'}].
    """

    connection_status: ConnectionStatus | Unset = UNSET
    payments: list[Payment] | Unset = UNSET
    logs: list[IntegrationLog] | Unset = UNSET
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
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        connection_status = _get("connection_status", UNSET)
        if type(connection_status) is dict:
            connection_status = ConnectionStatus.from_dict(connection_status)
            if connection_status.drift:
                drift = nested(drift, "connection_status", connection_status.drift)
        else:
            _absent += connection_status is UNSET
            connection_status, drift = read_model(
                connection_status, ConnectionStatus.from_dict, "connection_status", drift
            )

        payments = _get("payments", UNSET)
        if type(payments) is list:
            _items = []
            for _index, _item in enumerate(payments):
                if type(_item) is dict:
                    _item = Payment.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"payments[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, Payment.from_dict, f"payments[{_index}]", "an object", drift
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            payments = _items
        else:
            _absent += payments is UNSET
            payments, drift = read_list(payments, "payments", drift)

        logs = _get("logs", UNSET)
        if type(logs) is list:
            _items = []
            for _index, _item in enumerate(logs):
                if type(_item) is dict:
                    _item = IntegrationLog.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"logs[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item, IntegrationLog.from_dict, f"logs[{_index}]", "an object", drift
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            logs = _items
        else:
            _absent += logs is UNSET
            logs, drift = read_list(logs, "logs", drift)

        integration_status = object.__new__(cls)
        integration_status.connection_status = connection_status
        integration_status.payments = payments
        integration_status.logs = logs
        integration_status.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        integration_status.drift = tuple(drift) if drift else ()
        return integration_status

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
