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
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_operation_event_data_client import GoodsOperationEventDataClient
    from ..models.goods_operation_event_data_good import GoodsOperationEventDataGood
    from ..models.goods_operation_event_data_master import GoodsOperationEventDataMaster
    from ..models.goods_operation_event_data_service import GoodsOperationEventDataService
    from ..models.goods_operation_event_data_storage import GoodsOperationEventDataStorage
    from ..models.goods_operation_event_data_supplier import GoodsOperationEventDataSupplier
    from ..models.goods_operation_event_data_unit import GoodsOperationEventDataUnit


T = TypeVar("T", bound="GoodsOperationEventData")


@_attrs_define
class GoodsOperationEventData:
    """Product operation (any of the five kinds).

    Attributes:
        id (int | Unset): Transaction ID
        document_id (int | Unset):
        type_id (int | Unset): Transaction type (1 = sale, 2 = write-off, ...)
        type_ (str | Unset):
        operation_unit_type (str | Unset):
        amount (float | Unset):
        create_date (str | Unset):
        cost_per_unit (float | Unset):
        cost (float | Unset):
        discount (float | Unset):
        comment (str | Unset):
        record_id (int | Unset):
        last_change_date (str | Unset):
        loyalty_abonement_id (int | None | Unset):
        loyalty_certificate_id (int | None | Unset):
        good (GoodsOperationEventDataGood | Unset): Product concerned
        unit (GoodsOperationEventDataUnit | Unset):
        storage (GoodsOperationEventDataStorage | Unset):
        client (GoodsOperationEventDataClient | Unset):
        master (GoodsOperationEventDataMaster | Unset):
        service (GoodsOperationEventDataService | Unset):
        supplier (GoodsOperationEventDataSupplier | Unset):
        good_id (int | Unset): Product ID
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    operation_unit_type: str | Unset = UNSET
    amount: float | Unset = UNSET
    create_date: str | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    record_id: int | Unset = UNSET
    last_change_date: str | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    loyalty_certificate_id: int | None | Unset = UNSET
    good: GoodsOperationEventDataGood | Unset = UNSET
    unit: GoodsOperationEventDataUnit | Unset = UNSET
    storage: GoodsOperationEventDataStorage | Unset = UNSET
    client: GoodsOperationEventDataClient | Unset = UNSET
    master: GoodsOperationEventDataMaster | Unset = UNSET
    service: GoodsOperationEventDataService | Unset = UNSET
    supplier: GoodsOperationEventDataSupplier | Unset = UNSET
    good_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_ = self.type_

        operation_unit_type = self.operation_unit_type

        amount = self.amount

        create_date = self.create_date

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        comment = self.comment

        record_id = self.record_id

        last_change_date = self.last_change_date

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        loyalty_certificate_id: int | None | Unset
        if isinstance(self.loyalty_certificate_id, Unset):
            loyalty_certificate_id = UNSET
        else:
            loyalty_certificate_id = self.loyalty_certificate_id

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        good_id = self.good_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if loyalty_certificate_id is not UNSET:
            field_dict["loyalty_certificate_id"] = loyalty_certificate_id
        if good is not UNSET:
            field_dict["good"] = good
        if unit is not UNSET:
            field_dict["unit"] = unit
        if storage is not UNSET:
            field_dict["storage"] = storage
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goods_operation_event_data_client import GoodsOperationEventDataClient  # noqa: PLC0415
        from ..models.goods_operation_event_data_good import GoodsOperationEventDataGood  # noqa: PLC0415
        from ..models.goods_operation_event_data_master import GoodsOperationEventDataMaster  # noqa: PLC0415
        from ..models.goods_operation_event_data_service import GoodsOperationEventDataService  # noqa: PLC0415
        from ..models.goods_operation_event_data_storage import GoodsOperationEventDataStorage  # noqa: PLC0415
        from ..models.goods_operation_event_data_supplier import GoodsOperationEventDataSupplier  # noqa: PLC0415
        from ..models.goods_operation_event_data_unit import GoodsOperationEventDataUnit  # noqa: PLC0415

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

        _type_id = d.pop("type_id", UNSET)
        try:
            type_id: int | Unset
            if _type_id is UNSET:
                type_id = UNSET
            else:
                type_id = _type_id if type(_type_id) is int else as_int(_type_id)
        except READ_ERRORS as error:
            type_id = UNSET
            drift = mismatch(drift, "type_id", "an integer", _type_id, error)

        _type_ = d.pop("type", UNSET)
        try:
            type_: str | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = _type_ if type(_type_) is str else as_str(_type_)
        except READ_ERRORS as error:
            type_ = UNSET
            drift = mismatch(drift, "type", "a string", _type_, error)

        _operation_unit_type = d.pop("operation_unit_type", UNSET)
        try:
            operation_unit_type: str | Unset
            if _operation_unit_type is UNSET:
                operation_unit_type = UNSET
            else:
                operation_unit_type = (
                    _operation_unit_type
                    if type(_operation_unit_type) is str
                    else as_str(_operation_unit_type)
                )
        except READ_ERRORS as error:
            operation_unit_type = UNSET
            drift = mismatch(drift, "operation_unit_type", "a string", _operation_unit_type, error)

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

        _create_date = d.pop("create_date", UNSET)
        try:
            create_date: str | Unset
            if _create_date is UNSET:
                create_date = UNSET
            else:
                create_date = _create_date if type(_create_date) is str else as_str(_create_date)
        except READ_ERRORS as error:
            create_date = UNSET
            drift = mismatch(drift, "create_date", "a string", _create_date, error)

        _cost_per_unit = d.pop("cost_per_unit", UNSET)
        try:
            cost_per_unit: float | Unset
            if _cost_per_unit is UNSET:
                cost_per_unit = UNSET
            else:
                cost_per_unit = (
                    _cost_per_unit
                    if type(_cost_per_unit) is float or type(_cost_per_unit) is int
                    else as_float(_cost_per_unit)
                )
        except READ_ERRORS as error:
            cost_per_unit = UNSET
            drift = mismatch(drift, "cost_per_unit", "a number", _cost_per_unit, error)

        _cost = d.pop("cost", UNSET)
        try:
            cost: float | Unset
            if _cost is UNSET:
                cost = UNSET
            else:
                cost = _cost if type(_cost) is float or type(_cost) is int else as_float(_cost)
        except READ_ERRORS as error:
            cost = UNSET
            drift = mismatch(drift, "cost", "a number", _cost, error)

        _discount = d.pop("discount", UNSET)
        try:
            discount: float | Unset
            if _discount is UNSET:
                discount = UNSET
            else:
                discount = (
                    _discount
                    if type(_discount) is float or type(_discount) is int
                    else as_float(_discount)
                )
        except READ_ERRORS as error:
            discount = UNSET
            drift = mismatch(drift, "discount", "a number", _discount, error)

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

        _last_change_date = d.pop("last_change_date", UNSET)
        try:
            last_change_date: str | Unset
            if _last_change_date is UNSET:
                last_change_date = UNSET
            else:
                last_change_date = (
                    _last_change_date
                    if type(_last_change_date) is str
                    else as_str(_last_change_date)
                )
        except READ_ERRORS as error:
            last_change_date = UNSET
            drift = mismatch(drift, "last_change_date", "a string", _last_change_date, error)

        _loyalty_abonement_id = d.pop("loyalty_abonement_id", UNSET)
        try:

            def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _loyalty_abonement_id_type_0 = data
                loyalty_abonement_id_type_0 = (
                    _loyalty_abonement_id_type_0
                    if type(_loyalty_abonement_id_type_0) is int
                    else as_int(_loyalty_abonement_id_type_0)
                )

                return loyalty_abonement_id_type_0

            loyalty_abonement_id = _parse_loyalty_abonement_id(_loyalty_abonement_id)
        except READ_ERRORS as error:
            loyalty_abonement_id = UNSET
            drift = mismatch(
                drift, "loyalty_abonement_id", "an integer or null", _loyalty_abonement_id, error
            )

        _loyalty_certificate_id = d.pop("loyalty_certificate_id", UNSET)
        try:

            def _parse_loyalty_certificate_id(data: object) -> int | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _loyalty_certificate_id_type_0 = data
                loyalty_certificate_id_type_0 = (
                    _loyalty_certificate_id_type_0
                    if type(_loyalty_certificate_id_type_0) is int
                    else as_int(_loyalty_certificate_id_type_0)
                )

                return loyalty_certificate_id_type_0

            loyalty_certificate_id = _parse_loyalty_certificate_id(_loyalty_certificate_id)
        except READ_ERRORS as error:
            loyalty_certificate_id = UNSET
            drift = mismatch(
                drift,
                "loyalty_certificate_id",
                "an integer or null",
                _loyalty_certificate_id,
                error,
            )

        _good = d.pop("good", UNSET)
        try:
            good: GoodsOperationEventDataGood | Unset
            if type(_good) is dict:
                good = GoodsOperationEventDataGood.from_dict(_good)
                if good.drift:
                    drift = nested(drift, "good", good.drift)
            elif _good is UNSET or is_php_empty(_good):
                good = UNSET
            else:
                good = GoodsOperationEventDataGood.from_dict(_good)
        except READ_ERRORS as error:
            good = UNSET
            drift = mismatch(drift, "good", "an object", _good, error)

        _unit = d.pop("unit", UNSET)
        try:
            unit: GoodsOperationEventDataUnit | Unset
            if type(_unit) is dict:
                unit = GoodsOperationEventDataUnit.from_dict(_unit)
                if unit.drift:
                    drift = nested(drift, "unit", unit.drift)
            elif _unit is UNSET or is_php_empty(_unit):
                unit = UNSET
            else:
                unit = GoodsOperationEventDataUnit.from_dict(_unit)
        except READ_ERRORS as error:
            unit = UNSET
            drift = mismatch(drift, "unit", "an object", _unit, error)

        _storage = d.pop("storage", UNSET)
        try:
            storage: GoodsOperationEventDataStorage | Unset
            if type(_storage) is dict:
                storage = GoodsOperationEventDataStorage.from_dict(_storage)
                if storage.drift:
                    drift = nested(drift, "storage", storage.drift)
            elif _storage is UNSET or is_php_empty(_storage):
                storage = UNSET
            else:
                storage = GoodsOperationEventDataStorage.from_dict(_storage)
        except READ_ERRORS as error:
            storage = UNSET
            drift = mismatch(drift, "storage", "an object", _storage, error)

        _client = d.pop("client", UNSET)
        try:
            client: GoodsOperationEventDataClient | Unset
            if type(_client) is dict:
                client = GoodsOperationEventDataClient.from_dict(_client)
                if client.drift:
                    drift = nested(drift, "client", client.drift)
            elif _client is UNSET or is_php_empty(_client):
                client = UNSET
            else:
                client = GoodsOperationEventDataClient.from_dict(_client)
        except READ_ERRORS as error:
            client = UNSET
            drift = mismatch(drift, "client", "an object", _client, error)

        _master = d.pop("master", UNSET)
        try:
            master: GoodsOperationEventDataMaster | Unset
            if type(_master) is dict:
                master = GoodsOperationEventDataMaster.from_dict(_master)
                if master.drift:
                    drift = nested(drift, "master", master.drift)
            elif _master is UNSET or is_php_empty(_master):
                master = UNSET
            else:
                master = GoodsOperationEventDataMaster.from_dict(_master)
        except READ_ERRORS as error:
            master = UNSET
            drift = mismatch(drift, "master", "an object", _master, error)

        _service = d.pop("service", UNSET)
        try:
            service: GoodsOperationEventDataService | Unset
            if type(_service) is dict:
                service = GoodsOperationEventDataService.from_dict(_service)
                if service.drift:
                    drift = nested(drift, "service", service.drift)
            elif _service is UNSET or is_php_empty(_service):
                service = UNSET
            else:
                service = GoodsOperationEventDataService.from_dict(_service)
        except READ_ERRORS as error:
            service = UNSET
            drift = mismatch(drift, "service", "an object", _service, error)

        _supplier = d.pop("supplier", UNSET)
        try:
            supplier: GoodsOperationEventDataSupplier | Unset
            if type(_supplier) is dict:
                supplier = GoodsOperationEventDataSupplier.from_dict(_supplier)
                if supplier.drift:
                    drift = nested(drift, "supplier", supplier.drift)
            elif _supplier is UNSET or is_php_empty(_supplier):
                supplier = UNSET
            else:
                supplier = GoodsOperationEventDataSupplier.from_dict(_supplier)
        except READ_ERRORS as error:
            supplier = UNSET
            drift = mismatch(drift, "supplier", "an object", _supplier, error)

        _good_id = d.pop("good_id", UNSET)
        try:
            good_id: int | Unset
            if _good_id is UNSET:
                good_id = UNSET
            else:
                good_id = _good_id if type(_good_id) is int else as_int(_good_id)
        except READ_ERRORS as error:
            good_id = UNSET
            drift = mismatch(drift, "good_id", "an integer", _good_id, error)

        goods_operation_event_data = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            operation_unit_type=operation_unit_type,
            amount=amount,
            create_date=create_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            comment=comment,
            record_id=record_id,
            last_change_date=last_change_date,
            loyalty_abonement_id=loyalty_abonement_id,
            loyalty_certificate_id=loyalty_certificate_id,
            good=good,
            unit=unit,
            storage=storage,
            client=client,
            master=master,
            service=service,
            supplier=supplier,
            good_id=good_id,
        )
        if drift:
            goods_operation_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        goods_operation_event_data.additional_properties = additional_properties
        return goods_operation_event_data

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
