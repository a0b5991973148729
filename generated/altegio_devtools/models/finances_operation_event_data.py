from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_float,
    as_int,
    as_str,
    is_php_empty,
)
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


@_attrs_define
class FinancesOperationEventData:
    """Financial transaction with the default relations (expense, master, supplier, account, client) plus webhook-only
    includes (record, client.email).

        Attributes:
            id (int | Unset): Transaction ID
            document_id (int | Unset):
            date (None | str | Unset):
            amount (float | Unset):
            comment (str | Unset):
            last_change_date (None | str | Unset):
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
    date: None | str | Unset = UNSET
    amount: float | Unset = UNSET
    comment: str | Unset = UNSET
    last_change_date: None | str | Unset = UNSET
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

        id = self.id

        document_id = self.document_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        amount = self.amount

        comment = self.comment

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = self.last_change_date

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

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
        from ..models.finances_operation_event_data_account import FinancesOperationEventDataAccount  # noqa: PLC0415
        from ..models.finances_operation_event_data_client import FinancesOperationEventDataClient  # noqa: PLC0415
        from ..models.finances_operation_event_data_expense import FinancesOperationEventDataExpense  # noqa: PLC0415
        from ..models.finances_operation_event_data_master import FinancesOperationEventDataMaster  # noqa: PLC0415
        from ..models.finances_operation_event_data_record import FinancesOperationEventDataRecord  # noqa: PLC0415
        from ..models.finances_operation_event_data_supplier import (
            FinancesOperationEventDataSupplier,  # noqa: PLC0415
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _document_id = d.pop("document_id", UNSET)
        try:
            document_id: int | Unset
            if _document_id is UNSET:
                document_id = UNSET
            else:
                document_id = _document_id if type(_document_id) is int else as_int(_document_id)
        except READ_ERRORS as error:
            document_id = UNSET
            drift = mismatch(drift, "document_id", "an integer", _document_id, error)

        _date = d.pop("date", UNSET)
        try:

            def _parse_date(data: object) -> None | str | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _date_type_0 = data
                date_type_0 = _date_type_0 if type(_date_type_0) is str else as_str(_date_type_0)

                return date_type_0

            date = _parse_date(_date)
        except READ_ERRORS as error:
            date = UNSET
            drift = mismatch(drift, "date", "a string or null", _date, error)

        _amount = d.pop("amount", UNSET)
        try:
            amount: float | Unset
            if _amount is UNSET:
                amount = UNSET
            else:
                amount = (
                    _amount if type(_amount) is float or type(_amount) is int else as_float(_amount)
                )
        except READ_ERRORS as error:
            amount = UNSET
            drift = mismatch(drift, "amount", "a number", _amount, error)

        _comment = d.pop("comment", UNSET)
        try:
            comment: str | Unset
            if _comment is UNSET:
                comment = UNSET
            else:
                comment = _comment if type(_comment) is str else as_str(_comment)
        except READ_ERRORS as error:
            comment = UNSET
            drift = mismatch(drift, "comment", "a string", _comment, error)

        _last_change_date = d.pop("last_change_date", UNSET)
        try:

            def _parse_last_change_date(data: object) -> None | str | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _last_change_date_type_0 = data
                last_change_date_type_0 = (
                    _last_change_date_type_0
                    if type(_last_change_date_type_0) is str
                    else as_str(_last_change_date_type_0)
                )

                return last_change_date_type_0

            last_change_date = _parse_last_change_date(_last_change_date)
        except READ_ERRORS as error:
            last_change_date = UNSET
            drift = mismatch(
                drift, "last_change_date", "a string or null", _last_change_date, error
            )

        _record_id = d.pop("record_id", UNSET)
        try:
            record_id: int | Unset
            if _record_id is UNSET:
                record_id = UNSET
            else:
                record_id = _record_id if type(_record_id) is int else as_int(_record_id)
        except READ_ERRORS as error:
            record_id = UNSET
            drift = mismatch(drift, "record_id", "an integer", _record_id, error)

        _visit_id = d.pop("visit_id", UNSET)
        try:
            visit_id: int | Unset
            if _visit_id is UNSET:
                visit_id = UNSET
            else:
                visit_id = _visit_id if type(_visit_id) is int else as_int(_visit_id)
        except READ_ERRORS as error:
            visit_id = UNSET
            drift = mismatch(drift, "visit_id", "an integer", _visit_id, error)

        _sold_item_id = d.pop("sold_item_id", UNSET)
        try:
            sold_item_id: int | Unset
            if _sold_item_id is UNSET:
                sold_item_id = UNSET
            else:
                sold_item_id = (
                    _sold_item_id if type(_sold_item_id) is int else as_int(_sold_item_id)
                )
        except READ_ERRORS as error:
            sold_item_id = UNSET
            drift = mismatch(drift, "sold_item_id", "an integer", _sold_item_id, error)

        _sold_item_type = d.pop("sold_item_type", UNSET)
        try:

            def _parse_sold_item_type(data: object) -> None | str | Unset:
                if data is None or data == []:
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

            sold_item_type = _parse_sold_item_type(_sold_item_type)
        except READ_ERRORS as error:
            sold_item_type = UNSET
            drift = mismatch(drift, "sold_item_type", "a string or null", _sold_item_type, error)

        _expense = d.pop("expense", UNSET)
        try:
            expense: FinancesOperationEventDataExpense | Unset
            if type(_expense) is dict:
                expense = FinancesOperationEventDataExpense.from_dict(_expense)
                if expense.drift:
                    drift = nested(drift, "expense", expense.drift)
            elif _expense is UNSET or is_php_empty(_expense):
                expense = UNSET
            else:
                expense = FinancesOperationEventDataExpense.from_dict(_expense)
        except READ_ERRORS as error:
            expense = UNSET
            drift = mismatch(drift, "expense", "an object", _expense, error)

        _master = d.pop("master", UNSET)
        try:
            master: FinancesOperationEventDataMaster | Unset
            if type(_master) is dict:
                master = FinancesOperationEventDataMaster.from_dict(_master)
                if master.drift:
                    drift = nested(drift, "master", master.drift)
            elif _master is UNSET or is_php_empty(_master):
                master = UNSET
            else:
                master = FinancesOperationEventDataMaster.from_dict(_master)
        except READ_ERRORS as error:
            master = UNSET
            drift = mismatch(drift, "master", "an object", _master, error)

        _supplier = d.pop("supplier", UNSET)
        try:
            supplier: FinancesOperationEventDataSupplier | Unset
            if type(_supplier) is dict:
                supplier = FinancesOperationEventDataSupplier.from_dict(_supplier)
                if supplier.drift:
                    drift = nested(drift, "supplier", supplier.drift)
            elif _supplier is UNSET or is_php_empty(_supplier):
                supplier = UNSET
            else:
                supplier = FinancesOperationEventDataSupplier.from_dict(_supplier)
        except READ_ERRORS as error:
            supplier = UNSET
            drift = mismatch(drift, "supplier", "an object", _supplier, error)

        _account = d.pop("account", UNSET)
        try:
            account: FinancesOperationEventDataAccount | Unset
            if type(_account) is dict:
                account = FinancesOperationEventDataAccount.from_dict(_account)
                if account.drift:
                    drift = nested(drift, "account", account.drift)
            elif _account is UNSET or is_php_empty(_account):
                account = UNSET
            else:
                account = FinancesOperationEventDataAccount.from_dict(_account)
        except READ_ERRORS as error:
            account = UNSET
            drift = mismatch(drift, "account", "an object", _account, error)

        _client = d.pop("client", UNSET)
        try:
            client: FinancesOperationEventDataClient | Unset
            if type(_client) is dict:
                client = FinancesOperationEventDataClient.from_dict(_client)
                if client.drift:
                    drift = nested(drift, "client", client.drift)
            elif _client is UNSET or is_php_empty(_client):
                client = UNSET
            else:
                client = FinancesOperationEventDataClient.from_dict(_client)
        except READ_ERRORS as error:
            client = UNSET
            drift = mismatch(drift, "client", "an object", _client, error)

        _record = d.pop("record", UNSET)
        try:

            def _parse_record(data: object) -> FinancesOperationEventDataRecord | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = FinancesOperationEventDataRecord.from_dict(data)

                return record_type_0

            record = _parse_record(_record)
        except READ_ERRORS as error:
            record = UNSET
            drift = mismatch(drift, "record", "an object or null", _record, error)
        else:
            drift = collect(drift, "record", record)

        _payment_system_transaction_ids = d.pop("payment_system_transaction_ids", UNSET)
        try:
            payment_system_transaction_ids: list[int | str] | Unset = UNSET
            if (
                _payment_system_transaction_ids is not UNSET
                and _payment_system_transaction_ids != ""
            ):
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
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                _payment_system_transaction_ids_item_type_0 = data
                                payment_system_transaction_ids_item_type_0 = (
                                    _payment_system_transaction_ids_item_type_0
                                    if type(_payment_system_transaction_ids_item_type_0) is str
                                    else as_str(_payment_system_transaction_ids_item_type_0)
                                )

                                return payment_system_transaction_ids_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
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

        finances_operation_event_data = cls(
            id=id,
            document_id=document_id,
            date=date,
            amount=amount,
            comment=comment,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            expense=expense,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            record=record,
            payment_system_transaction_ids=payment_system_transaction_ids,
        )
        if drift:
            finances_operation_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        finances_operation_event_data.additional_properties = additional_properties
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
