from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_datetime, as_int, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    read,
    read_model,
    read_number,
)
from .._typed import Mirror, fitted, fromisoformat, or_null
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finances_operation_event_data_account import FinancesOperationEventDataAccount
    from ..models.finances_operation_event_data_client import FinancesOperationEventDataClient
    from ..models.finances_operation_event_data_expense import FinancesOperationEventDataExpense
    from ..models.finances_operation_event_data_master import FinancesOperationEventDataMaster
    from ..models.finances_operation_event_data_record import FinancesOperationEventDataRecord
    from ..models.finances_operation_event_data_supplier import FinancesOperationEventDataSupplier


T = TypeVar("T", bound="FinancesOperationEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "date",
        "amount",
        "comment",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
        "expense",
        "master",
        "supplier",
        "account",
        "client",
        "record",
        "payment_system_transaction_ids",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.finances_operation_event_data_account import FinancesOperationEventDataAccount  # noqa: PLC0415
    from ..models.finances_operation_event_data_client import FinancesOperationEventDataClient  # noqa: PLC0415
    from ..models.finances_operation_event_data_expense import FinancesOperationEventDataExpense  # noqa: PLC0415
    from ..models.finances_operation_event_data_master import FinancesOperationEventDataMaster  # noqa: PLC0415
    from ..models.finances_operation_event_data_record import FinancesOperationEventDataRecord  # noqa: PLC0415
    from ..models.finances_operation_event_data_supplier import FinancesOperationEventDataSupplier  # noqa: PLC0415

    globals().update(
        {
            "FinancesOperationEventDataAccount": FinancesOperationEventDataAccount,
            "FinancesOperationEventDataClient": FinancesOperationEventDataClient,
            "FinancesOperationEventDataExpense": FinancesOperationEventDataExpense,
            "FinancesOperationEventDataMaster": FinancesOperationEventDataMaster,
            "FinancesOperationEventDataRecord": FinancesOperationEventDataRecord,
            "FinancesOperationEventDataSupplier": FinancesOperationEventDataSupplier,
        }
    )
    _nested_imported = True


def _parse_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _date_type_0 = data
    date_type_0 = as_datetime(_date_type_0)

    return date_type_0


def _read_date(_date: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        date = _parse_date(_date)
    except READ_ERRORS as error:
        date = UNSET
        drift = mismatch(drift, "date", "a date-time or null", _date, error)
    return date, drift


def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _last_change_date_type_0 = data
    last_change_date_type_0 = as_datetime(_last_change_date_type_0)

    return last_change_date_type_0


def _read_last_change_date(
    _last_change_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        last_change_date = _parse_last_change_date(_last_change_date)
    except READ_ERRORS as error:
        last_change_date = UNSET
        drift = mismatch(drift, "last_change_date", "a date-time or null", _last_change_date, error)
    return last_change_date, drift


def _parse_sold_item_type(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _sold_item_type_type_0 = data
    sold_item_type_type_0 = (
        _sold_item_type_type_0
        if type(_sold_item_type_type_0) is str
        else as_str(_sold_item_type_type_0)
    )

    return sold_item_type_type_0


def _read_sold_item_type(
    _sold_item_type: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        sold_item_type = _parse_sold_item_type(_sold_item_type)
    except READ_ERRORS as error:
        sold_item_type = UNSET
        drift = mismatch(drift, "sold_item_type", "a string or null", _sold_item_type, error)
    return sold_item_type, drift


def _parse_record(data: object) -> FinancesOperationEventDataRecord | None | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    record_type_0 = FinancesOperationEventDataRecord.from_dict(data)

    return record_type_0


def _read_record(_record: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        record = _parse_record(_record)
    except READ_ERRORS as error:
        record = UNSET
        drift = mismatch(drift, "record", "an object or null", _record, error)
    else:
        drift = collect(drift, "record", record)
    return record, drift


def _read_payment_system_transaction_ids(
    _payment_system_transaction_ids: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        payment_system_transaction_ids: list[int | str] | Unset = UNSET
        if _payment_system_transaction_ids is not UNSET and _payment_system_transaction_ids != "":
            if not isinstance(_payment_system_transaction_ids, list):
                raise TypeError(
                    f"expected a list, got {type(_payment_system_transaction_ids).__name__}"
                )
            payment_system_transaction_ids = []
            for index, payment_system_transaction_ids_item_data in enumerate(
                _payment_system_transaction_ids
            ):
                try:

                    def _parse_payment_system_transaction_ids_item(data: object) -> int | str:
                        if isinstance(data, str):
                            try:
                                _payment_system_transaction_ids_item_type_0 = data
                                payment_system_transaction_ids_item_type_0 = (
                                    _payment_system_transaction_ids_item_type_0
                                    if type(_payment_system_transaction_ids_item_type_0) is str
                                    else as_str(_payment_system_transaction_ids_item_type_0)
                                )

                                return payment_system_transaction_ids_item_type_0
                            except READ_ERRORS:
                                pass
                        _payment_system_transaction_ids_item_type_1 = data
                        payment_system_transaction_ids_item_type_1 = (
                            _payment_system_transaction_ids_item_type_1
                            if type(_payment_system_transaction_ids_item_type_1) is int
                            else as_int(_payment_system_transaction_ids_item_type_1)
                        )

                        return payment_system_transaction_ids_item_type_1

                    payment_system_transaction_ids_item = (
                        _parse_payment_system_transaction_ids_item(
                            payment_system_transaction_ids_item_data
                        )
                    )
                except READ_ERRORS as error:
                    drift = mismatch(
                        drift,
                        f"payment_system_transaction_ids[{index}]",
                        "a string or an integer",
                        payment_system_transaction_ids_item_data,
                        error,
                    )
                    continue
                drift = collect(
                    drift,
                    f"payment_system_transaction_ids[{index}]",
                    payment_system_transaction_ids_item,
                )
                payment_system_transaction_ids.append(payment_system_transaction_ids_item)
    except READ_ERRORS as error:
        payment_system_transaction_ids = UNSET
        drift = mismatch(
            drift,
            "payment_system_transaction_ids",
            "a list",
            _payment_system_transaction_ids,
            error,
        )
    return payment_system_transaction_ids, drift


@_attrs_define
class FinancesOperationEventData:
    """Financial transaction with the default relations (expense, master, supplier, account, client) plus webhook-only
    includes (record, client.email).

        Attributes:
            id (int | Unset): Transaction ID
            document_id (int | Unset):
            date (datetime.datetime | None | Unset):
            amount (float | Unset):
            comment (str | Unset):
            last_change_date (datetime.datetime | None | Unset):
            record_id (int | Unset):
            visit_id (int | Unset):
            sold_item_id (int | Unset):
            sold_item_type (None | str | Unset):
            expense (FinancesOperationEventDataExpense | Unset): Expense category
            master (FinancesOperationEventDataMaster | Unset): Team member
            supplier (FinancesOperationEventDataSupplier | Unset): Supplier
            account (FinancesOperationEventDataAccount | Unset): Cash/payment account
            client (FinancesOperationEventDataClient | Unset): Client, e-mail included
            record (FinancesOperationEventDataRecord | None | Unset): Linked appointment (short form)
            payment_system_transaction_ids (list[int | str] | Unset): Payment-system transaction IDs (optional, behind a
                feature flag)
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    record_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: None | str | Unset = UNSET
    expense: FinancesOperationEventDataExpense | Unset = UNSET
    master: FinancesOperationEventDataMaster | Unset = UNSET
    supplier: FinancesOperationEventDataSupplier | Unset = UNSET
    account: FinancesOperationEventDataAccount | Unset = UNSET
    client: FinancesOperationEventDataClient | Unset = UNSET
    record: FinancesOperationEventDataRecord | None | Unset = UNSET
    payment_system_transaction_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.finances_operation_event_data_record import FinancesOperationEventDataRecord  # noqa: PLC0415

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        document_id: int | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = (
                self.document_id if isinstance(self.document_id, int) else as_int(self.document_id)
            )

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date)
        else:
            date = self.date

        amount = self.amount

        comment = self.comment

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = format_datetime(self.last_change_date)
        else:
            last_change_date = self.last_change_date

        record_id: int | Unset = UNSET
        if not isinstance(self.record_id, Unset):
            record_id = (
                self.record_id if isinstance(self.record_id, int) else as_int(self.record_id)
            )

        visit_id: int | Unset = UNSET
        if not isinstance(self.visit_id, Unset):
            visit_id = self.visit_id if isinstance(self.visit_id, int) else as_int(self.visit_id)

        sold_item_id: int | Unset = UNSET
        if not isinstance(self.sold_item_id, Unset):
            sold_item_id = (
                self.sold_item_id
                if isinstance(self.sold_item_id, int)
                else as_int(self.sold_item_id)
            )

        sold_item_type: None | str | Unset
        if isinstance(self.sold_item_type, Unset):
            sold_item_type = UNSET
        else:
            sold_item_type = self.sold_item_type

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        record: dict[str, Any] | None | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, FinancesOperationEventDataRecord):
            record = self.record.to_dict()
        else:
            record = self.record

        payment_system_transaction_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.payment_system_transaction_ids, Unset):
            payment_system_transaction_ids = []
            for payment_system_transaction_ids_item_data in self.payment_system_transaction_ids:
                payment_system_transaction_ids_item: int | str
                if isinstance(payment_system_transaction_ids_item_data, int):
                    payment_system_transaction_ids_item = (
                        payment_system_transaction_ids_item_data
                        if isinstance(payment_system_transaction_ids_item_data, int)
                        else as_int(payment_system_transaction_ids_item_data)
                    )
                else:
                    payment_system_transaction_ids_item = payment_system_transaction_ids_item_data
                payment_system_transaction_ids.append(payment_system_transaction_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type
        if expense is not UNSET:
            field_dict["expense"] = expense
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if payment_system_transaction_ids is not UNSET:
            field_dict["payment_system_transaction_ids"] = payment_system_transaction_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int:
            _absent += document_id is UNSET
            document_id, drift = read(document_id, as_int, "document_id", "an integer", drift)

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = as_datetime(date)
            except READ_ERRORS:
                date, drift = _read_date(date, drift)
        elif date is not None:
            _absent += date is UNSET
            date, drift = _read_date(date, drift)

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int:
            _absent += amount is UNSET
            amount, drift = read(amount, read_number, "amount", "a number", drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = as_datetime(last_change_date)
            except READ_ERRORS:
                last_change_date, drift = _read_last_change_date(last_change_date, drift)
        elif last_change_date is not None:
            _absent += last_change_date is UNSET
            last_change_date, drift = _read_last_change_date(last_change_date, drift)

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int:
            _absent += record_id is UNSET
            record_id, drift = read(record_id, as_int, "record_id", "an integer", drift)

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int:
            _absent += visit_id is UNSET
            visit_id, drift = read(visit_id, as_int, "visit_id", "an integer", drift)

        sold_item_id = _get("sold_item_id", UNSET)
        if type(sold_item_id) is not int:
            _absent += sold_item_id is UNSET
            sold_item_id, drift = read(sold_item_id, as_int, "sold_item_id", "an integer", drift)

        sold_item_type = _get("sold_item_type", UNSET)
        _absent += sold_item_type is UNSET
        sold_item_type, drift = _read_sold_item_type(sold_item_type, drift)

        expense = _get("expense", UNSET)
        if type(expense) is dict:
            expense = FinancesOperationEventDataExpense.from_dict(expense)
            if expense.drift:
                drift = nested(drift, "expense", expense.drift)
        else:
            _absent += expense is UNSET
            expense, drift = read_model(
                expense, FinancesOperationEventDataExpense.from_dict, "expense", drift
            )

        master = _get("master", UNSET)
        if type(master) is dict:
            master = FinancesOperationEventDataMaster.from_dict(master)
            if master.drift:
                drift = nested(drift, "master", master.drift)
        else:
            _absent += master is UNSET
            master, drift = read_model(
                master, FinancesOperationEventDataMaster.from_dict, "master", drift
            )

        supplier = _get("supplier", UNSET)
        if type(supplier) is dict:
            supplier = FinancesOperationEventDataSupplier.from_dict(supplier)
            if supplier.drift:
                drift = nested(drift, "supplier", supplier.drift)
        else:
            _absent += supplier is UNSET
            supplier, drift = read_model(
                supplier, FinancesOperationEventDataSupplier.from_dict, "supplier", drift
            )

        account = _get("account", UNSET)
        if type(account) is dict:
            account = FinancesOperationEventDataAccount.from_dict(account)
            if account.drift:
                drift = nested(drift, "account", account.drift)
        else:
            _absent += account is UNSET
            account, drift = read_model(
                account, FinancesOperationEventDataAccount.from_dict, "account", drift
            )

        client = _get("client", UNSET)
        if type(client) is dict:
            client = FinancesOperationEventDataClient.from_dict(client)
            if client.drift:
                drift = nested(drift, "client", client.drift)
        else:
            _absent += client is UNSET
            client, drift = read_model(
                client, FinancesOperationEventDataClient.from_dict, "client", drift
            )

        record = _get("record", UNSET)
        if type(record) is dict:
            record = FinancesOperationEventDataRecord.from_dict(record)
            if record.drift:
                drift = nested(drift, "record", record.drift)
        elif record is not None:
            _absent += record is UNSET
            record, drift = _read_record(record, drift)

        payment_system_transaction_ids = _get("payment_system_transaction_ids", UNSET)
        _absent += payment_system_transaction_ids is UNSET
        payment_system_transaction_ids, drift = _read_payment_system_transaction_ids(
            payment_system_transaction_ids, drift
        )

        finances_operation_event_data = object.__new__(cls)
        finances_operation_event_data.id = id
        finances_operation_event_data.document_id = document_id
        finances_operation_event_data.date = date
        finances_operation_event_data.amount = amount
        finances_operation_event_data.comment = comment
        finances_operation_event_data.last_change_date = last_change_date
        finances_operation_event_data.record_id = record_id
        finances_operation_event_data.visit_id = visit_id
        finances_operation_event_data.sold_item_id = sold_item_id
        finances_operation_event_data.sold_item_type = sold_item_type
        finances_operation_event_data.expense = expense
        finances_operation_event_data.master = master
        finances_operation_event_data.supplier = supplier
        finances_operation_event_data.account = account
        finances_operation_event_data.client = client
        finances_operation_event_data.record = record
        finances_operation_event_data.payment_system_transaction_ids = (
            payment_system_transaction_ids
        )
        finances_operation_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 17
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        finances_operation_event_data.drift = tuple(drift) if drift else ()
        return finances_operation_event_data

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
    """FinancesOperationEventData's msgspec Struct mirror and its conversion into FinancesOperationEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.finances_operation_event_data_account import (
        typed_mirror as _finances_operation_event_data_account_mirror,  # noqa: PLC0415
    )
    from ..models.finances_operation_event_data_client import (
        typed_mirror as _finances_operation_event_data_client_mirror,  # noqa: PLC0415
    )
    from ..models.finances_operation_event_data_expense import (
        typed_mirror as _finances_operation_event_data_expense_mirror,  # noqa: PLC0415
    )
    from ..models.finances_operation_event_data_master import (
        typed_mirror as _finances_operation_event_data_master_mirror,  # noqa: PLC0415
    )
    from ..models.finances_operation_event_data_record import (
        typed_mirror as _finances_operation_event_data_record_mirror,  # noqa: PLC0415
    )
    from ..models.finances_operation_event_data_supplier import (
        typed_mirror as _finances_operation_event_data_supplier_mirror,  # noqa: PLC0415
    )

    _finances_operation_event_data_expense = _finances_operation_event_data_expense_mirror()
    _convert_finances_operation_event_data_expense = _finances_operation_event_data_expense.convert
    _finances_operation_event_data_master = _finances_operation_event_data_master_mirror()
    _convert_finances_operation_event_data_master = _finances_operation_event_data_master.convert
    _finances_operation_event_data_supplier = _finances_operation_event_data_supplier_mirror()
    _convert_finances_operation_event_data_supplier = (
        _finances_operation_event_data_supplier.convert
    )
    _finances_operation_event_data_account = _finances_operation_event_data_account_mirror()
    _convert_finances_operation_event_data_account = _finances_operation_event_data_account.convert
    _finances_operation_event_data_client = _finances_operation_event_data_client_mirror()
    _convert_finances_operation_event_data_client = _finances_operation_event_data_client.convert
    _finances_operation_event_data_record = _finances_operation_event_data_record_mirror()
    _convert_finances_operation_event_data_record = _finances_operation_event_data_record.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "FinancesOperationEventDataMirror",
        [
            ("id", int, UNSET),
            ("document_id", int, UNSET),
            ("date", str | None, UNSET),
            ("amount", int | float, UNSET),
            ("comment", str, UNSET),
            ("last_change_date", str | None, UNSET),
            ("record_id", int, UNSET),
            ("visit_id", int, UNSET),
            ("sold_item_id", int, UNSET),
            ("sold_item_type", Any, UNSET),
            ("expense", _finances_operation_event_data_expense.struct, UNSET),
            ("master", _finances_operation_event_data_master.struct, UNSET),
            ("supplier", _finances_operation_event_data_supplier.struct, UNSET),
            ("account", _finances_operation_event_data_account.struct, UNSET),
            ("client", _finances_operation_event_data_client.struct, UNSET),
            ("record", or_null(_finances_operation_event_data_record.struct), UNSET),
            ("payment_system_transaction_ids", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> FinancesOperationEventData:
        m = new(FinancesOperationEventData)
        m.id = s.id
        m.document_id = s.document_id
        v = s.date
        m.date = v if v is UNSET or v is None else fromisoformat(v)
        m.amount = s.amount
        m.comment = s.comment
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.record_id = s.record_id
        m.visit_id = s.visit_id
        m.sold_item_id = s.sold_item_id
        m.sold_item_type = fitted(_read_sold_item_type(s.sold_item_type, None))
        v = s.expense
        m.expense = v if v is UNSET else _finances_operation_event_data_expense.convert(v)
        v = s.master
        m.master = v if v is UNSET else _finances_operation_event_data_master.convert(v)
        v = s.supplier
        m.supplier = v if v is UNSET else _finances_operation_event_data_supplier.convert(v)
        v = s.account
        m.account = v if v is UNSET else _finances_operation_event_data_account.convert(v)
        v = s.client
        m.client = v if v is UNSET else _finances_operation_event_data_client.convert(v)
        v = s.record
        m.record = (
            v if v is UNSET or v is None else _finances_operation_event_data_record.convert(v)
        )
        m.payment_system_transaction_ids = fitted(
            _read_payment_system_transaction_ids(s.payment_system_transaction_ids, None)
        )
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
