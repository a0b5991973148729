from __future__ import annotations

import functools
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
from .._typed import Mirror, Tally, list_of, read_raw_items
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


@functools.cache
def typed_mirror() -> Mirror:
    """IntegrationStatus's msgspec Struct mirror and its conversion into IntegrationStatus: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.connection_status import typed_mirror as _connection_status_mirror  # noqa: PLC0415
    from ..models.integration_log import typed_mirror as _integration_log_mirror  # noqa: PLC0415
    from ..models.payment import typed_mirror as _payment_mirror  # noqa: PLC0415

    _connection_status = _connection_status_mirror()
    _convert_connection_status = _connection_status.convert
    _payment = _payment_mirror()
    _convert_payment = _payment.convert
    _integration_log = _integration_log_mirror()
    _convert_integration_log = _integration_log.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "IntegrationStatusMirror",
        [
            ("connection_status", _connection_status.struct, UNSET),
            ("payments", list_of(_payment.struct), UNSET),
            ("logs", list_of(_integration_log.struct), UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> IntegrationStatus:
        m = new(IntegrationStatus)
        v = s.connection_status
        m.connection_status = v if v is UNSET else _connection_status.convert(v)
        v = s.payments
        m.payments = v if v is UNSET else [_convert_payment(i) for i in v]
        v = s.logs
        m.logs = v if v is UNSET else [_convert_integration_log(i) for i in v]
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "IntegrationStatusLaxMirror",
        [
            ("connection_status", _connection_status.struct, UNSET),
            ("payments", list[msgspec.Raw], UNSET),
            ("logs", list[msgspec.Raw], UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> IntegrationStatus:
        m = new(IntegrationStatus)
        drift: list[Drift] | None = None
        v = s.connection_status
        m.connection_status = v if v is UNSET else _connection_status.convert(v)
        v = s.payments
        if v is not UNSET:
            v, drift = read_raw_items(
                v, _payment, Payment.from_dict, "payments", drift, tally=tally
            )
        m.payments = v
        v = s.logs
        if v is not UNSET:
            v, drift = read_raw_items(
                v, _integration_log, IntegrationLog.from_dict, "logs", drift, tally=tally
            )
        m.logs = v
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
