from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_float, as_int, as_str, is_null_date
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
            sold_item_type (str | Unset):
            expense (FinancesOperationEventDataExpense | Unset): Expense category
            master (FinancesOperationEventDataMaster | Unset): Team member
            supplier (FinancesOperationEventDataSupplier | Unset): Supplier
            account (FinancesOperationEventDataAccount | Unset): Cash/payment account
            client (FinancesOperationEventDataClient | Unset): Client, e-mail included
            record (FinancesOperationEventDataRecord | Unset): Linked appointment (short form)
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
    sold_item_type: str | Unset = UNSET
    expense: FinancesOperationEventDataExpense | Unset = UNSET
    master: FinancesOperationEventDataMaster | Unset = UNSET
    supplier: FinancesOperationEventDataSupplier | Unset = UNSET
    account: FinancesOperationEventDataAccount | Unset = UNSET
    client: FinancesOperationEventDataClient | Unset = UNSET
    record: FinancesOperationEventDataRecord | Unset = UNSET
    payment_system_transaction_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

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

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _document_id = d.pop("document_id", UNSET)
        document_id: int | Unset
        if _document_id is UNSET:
            document_id = UNSET
        else:
            document_id = _document_id if type(_document_id) is int else as_int(_document_id)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            _date_type_0 = data
            date_type_0 = _date_type_0 if type(_date_type_0) is str else as_str(_date_type_0)

            return date_type_0
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            date_type_1 = None

            return date_type_1

        date = _parse_date(d.pop("date", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: float | Unset
        if _amount is UNSET:
            amount = UNSET
        else:
            amount = (
                _amount if type(_amount) is float or type(_amount) is int else as_float(_amount)
            )

        _comment = d.pop("comment", UNSET)
        comment: str | Unset
        if _comment is UNSET:
            comment = UNSET
        else:
            comment = _comment if type(_comment) is str else as_str(_comment)

        def _parse_last_change_date(data: object) -> None | str | Unset:
            if data is None or is_null_date(data) or data == []:
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
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            last_change_date_type_1 = None

            return last_change_date_type_1

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        _record_id = d.pop("record_id", UNSET)
        record_id: int | Unset
        if _record_id is UNSET:
            record_id = UNSET
        else:
            record_id = _record_id if type(_record_id) is int else as_int(_record_id)

        _visit_id = d.pop("visit_id", UNSET)
        visit_id: int | Unset
        if _visit_id is UNSET:
            visit_id = UNSET
        else:
            visit_id = _visit_id if type(_visit_id) is int else as_int(_visit_id)

        _sold_item_id = d.pop("sold_item_id", UNSET)
        sold_item_id: int | Unset
        if _sold_item_id is UNSET:
            sold_item_id = UNSET
        else:
            sold_item_id = _sold_item_id if type(_sold_item_id) is int else as_int(_sold_item_id)

        _sold_item_type = d.pop("sold_item_type", UNSET)
        sold_item_type: str | Unset
        if _sold_item_type is UNSET:
            sold_item_type = UNSET
        else:
            sold_item_type = (
                _sold_item_type if type(_sold_item_type) is str else as_str(_sold_item_type)
            )

        _expense = d.pop("expense", UNSET)
        expense: FinancesOperationEventDataExpense | Unset
        if _expense is UNSET:
            expense = UNSET
        else:
            expense = FinancesOperationEventDataExpense.from_dict(_expense)

        _master = d.pop("master", UNSET)
        master: FinancesOperationEventDataMaster | Unset
        if _master is UNSET:
            master = UNSET
        else:
            master = FinancesOperationEventDataMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: FinancesOperationEventDataSupplier | Unset
        if _supplier is UNSET:
            supplier = UNSET
        else:
            supplier = FinancesOperationEventDataSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: FinancesOperationEventDataAccount | Unset
        if _account is UNSET:
            account = UNSET
        else:
            account = FinancesOperationEventDataAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: FinancesOperationEventDataClient | Unset
        if _client is UNSET:
            client = UNSET
        else:
            client = FinancesOperationEventDataClient.from_dict(_client)

        _record = d.pop("record", UNSET)
        record: FinancesOperationEventDataRecord | Unset
        if _record is UNSET:
            record = UNSET
        else:
            record = FinancesOperationEventDataRecord.from_dict(_record)

        _payment_system_transaction_ids = d.pop("payment_system_transaction_ids", UNSET)
        payment_system_transaction_ids: list[int | str] | Unset = UNSET
        if _payment_system_transaction_ids is not UNSET:
            if not isinstance(_payment_system_transaction_ids, list):
                raise TypeError(
                    f"expected a list, got {type(_payment_system_transaction_ids).__name__}"
                )
            payment_system_transaction_ids = []
            for payment_system_transaction_ids_item_data in _payment_system_transaction_ids:

                def _parse_payment_system_transaction_ids_item(data: object) -> int | str:
                    _payment_system_transaction_ids_item_type_0 = data
                    payment_system_transaction_ids_item_type_0 = (
                        _payment_system_transaction_ids_item_type_0
                        if type(_payment_system_transaction_ids_item_type_0) is str
                        else as_str(_payment_system_transaction_ids_item_type_0)
                    )

                    return payment_system_transaction_ids_item_type_0
                    _payment_system_transaction_ids_item_type_1 = data
                    payment_system_transaction_ids_item_type_1 = (
                        _payment_system_transaction_ids_item_type_1
                        if type(_payment_system_transaction_ids_item_type_1) is int
                        else as_int(_payment_system_transaction_ids_item_type_1)
                    )

                    return payment_system_transaction_ids_item_type_1

                payment_system_transaction_ids_item = _parse_payment_system_transaction_ids_item(
                    payment_system_transaction_ids_item_data
                )

                payment_system_transaction_ids.append(payment_system_transaction_ids_item)

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
