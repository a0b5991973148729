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
from .._typed import Mirror, fitted, fromisoformat
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

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "operation_unit_type",
        "amount",
        "create_date",
        "cost_per_unit",
        "cost",
        "discount",
        "comment",
        "record_id",
        "last_change_date",
        "loyalty_abonement_id",
        "loyalty_certificate_id",
        "good",
        "unit",
        "storage",
        "client",
        "master",
        "service",
        "supplier",
        "good_id",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.goods_operation_event_data_client import GoodsOperationEventDataClient  # noqa: PLC0415
    from ..models.goods_operation_event_data_good import GoodsOperationEventDataGood  # noqa: PLC0415
    from ..models.goods_operation_event_data_master import GoodsOperationEventDataMaster  # noqa: PLC0415
    from ..models.goods_operation_event_data_service import GoodsOperationEventDataService  # noqa: PLC0415
    from ..models.goods_operation_event_data_storage import GoodsOperationEventDataStorage  # noqa: PLC0415
    from ..models.goods_operation_event_data_supplier import GoodsOperationEventDataSupplier  # noqa: PLC0415
    from ..models.goods_operation_event_data_unit import GoodsOperationEventDataUnit  # noqa: PLC0415

    globals().update(
        {
            "GoodsOperationEventDataClient": GoodsOperationEventDataClient,
            "GoodsOperationEventDataGood": GoodsOperationEventDataGood,
            "GoodsOperationEventDataMaster": GoodsOperationEventDataMaster,
            "GoodsOperationEventDataService": GoodsOperationEventDataService,
            "GoodsOperationEventDataStorage": GoodsOperationEventDataStorage,
            "GoodsOperationEventDataSupplier": GoodsOperationEventDataSupplier,
            "GoodsOperationEventDataUnit": GoodsOperationEventDataUnit,
        }
    )
    _nested_imported = True


def _parse_create_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _create_date_type_0 = data
    create_date_type_0 = as_datetime(_create_date_type_0)

    return create_date_type_0


def _read_create_date(
    _create_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        create_date = _parse_create_date(_create_date)
    except READ_ERRORS as error:
        create_date = UNSET
        drift = mismatch(drift, "create_date", "a date-time or null", _create_date, error)
    return create_date, drift


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


def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
    if data is None:
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


def _read_loyalty_abonement_id(
    _loyalty_abonement_id: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        loyalty_abonement_id = _parse_loyalty_abonement_id(_loyalty_abonement_id)
    except READ_ERRORS as error:
        loyalty_abonement_id = UNSET
        drift = mismatch(
            drift, "loyalty_abonement_id", "an integer or null", _loyalty_abonement_id, error
        )
    return loyalty_abonement_id, drift


def _parse_loyalty_certificate_id(data: object) -> int | None | Unset:
    if data is None:
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


def _read_loyalty_certificate_id(
    _loyalty_certificate_id: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        loyalty_certificate_id = _parse_loyalty_certificate_id(_loyalty_certificate_id)
    except READ_ERRORS as error:
        loyalty_certificate_id = UNSET
        drift = mismatch(
            drift, "loyalty_certificate_id", "an integer or null", _loyalty_certificate_id, error
        )
    return loyalty_certificate_id, drift


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
        create_date (datetime.datetime | None | Unset):
        cost_per_unit (float | Unset):
        cost (float | Unset):
        discount (float | Unset):
        comment (str | Unset):
        record_id (int | Unset):
        last_change_date (datetime.datetime | None | Unset):
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
    create_date: datetime.datetime | None | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    cost: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    record_id: int | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
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
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        document_id: int | Unset = UNSET
        if not isinstance(self.document_id, Unset):
            document_id = (
                self.document_id if isinstance(self.document_id, int) else as_int(self.document_id)
            )

        type_id: int | Unset = UNSET
        if not isinstance(self.type_id, Unset):
            type_id = self.type_id if isinstance(self.type_id, int) else as_int(self.type_id)

        type_ = self.type_

        operation_unit_type = self.operation_unit_type

        amount = self.amount

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = format_datetime(self.create_date)
        else:
            create_date = self.create_date

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        comment = self.comment

        record_id: int | Unset = UNSET
        if not isinstance(self.record_id, Unset):
            record_id = (
                self.record_id if isinstance(self.record_id, int) else as_int(self.record_id)
            )

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = format_datetime(self.last_change_date)
        else:
            last_change_date = self.last_change_date

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        elif isinstance(self.loyalty_abonement_id, int):
            loyalty_abonement_id = (
                self.loyalty_abonement_id
                if isinstance(self.loyalty_abonement_id, int)
                else as_int(self.loyalty_abonement_id)
            )
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        loyalty_certificate_id: int | None | Unset
        if isinstance(self.loyalty_certificate_id, Unset):
            loyalty_certificate_id = UNSET
        elif isinstance(self.loyalty_certificate_id, int):
            loyalty_certificate_id = (
                self.loyalty_certificate_id
                if isinstance(self.loyalty_certificate_id, int)
                else as_int(self.loyalty_certificate_id)
            )
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

        good_id: int | Unset = UNSET
        if not isinstance(self.good_id, Unset):
            good_id = self.good_id if isinstance(self.good_id, int) else as_int(self.good_id)

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

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int:
            _absent += type_id is UNSET
            type_id, drift = read(type_id, as_int, "type_id", "an integer", drift)

        type_ = _get("type", UNSET)
        if type(type_) is not str:
            _absent += type_ is UNSET
            type_, drift = read(type_, as_str, "type", "a string", drift)

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not str:
            _absent += operation_unit_type is UNSET
            operation_unit_type, drift = read(
                operation_unit_type, as_str, "operation_unit_type", "a string", drift
            )

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int:
            _absent += amount is UNSET
            amount, drift = read(amount, read_number, "amount", "a number", drift)

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = as_datetime(create_date)
            except READ_ERRORS:
                create_date, drift = _read_create_date(create_date, drift)
        elif create_date is not None:
            _absent += create_date is UNSET
            create_date, drift = _read_create_date(create_date, drift)

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int:
            _absent += cost_per_unit is UNSET
            cost_per_unit, drift = read(
                cost_per_unit, read_number, "cost_per_unit", "a number", drift
            )

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int:
            _absent += cost is UNSET
            cost, drift = read(cost, read_number, "cost", "a number", drift)

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read(discount, read_number, "discount", "a number", drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int:
            _absent += record_id is UNSET
            record_id, drift = read(record_id, as_int, "record_id", "an integer", drift)

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = as_datetime(last_change_date)
            except READ_ERRORS:
                last_change_date, drift = _read_last_change_date(last_change_date, drift)
        elif last_change_date is not None:
            _absent += last_change_date is UNSET
            last_change_date, drift = _read_last_change_date(last_change_date, drift)

        loyalty_abonement_id = _get("loyalty_abonement_id", UNSET)
        _absent += loyalty_abonement_id is UNSET
        loyalty_abonement_id, drift = _read_loyalty_abonement_id(loyalty_abonement_id, drift)

        loyalty_certificate_id = _get("loyalty_certificate_id", UNSET)
        _absent += loyalty_certificate_id is UNSET
        loyalty_certificate_id, drift = _read_loyalty_certificate_id(loyalty_certificate_id, drift)

        good = _get("good", UNSET)
        if type(good) is dict:
            good = GoodsOperationEventDataGood.from_dict(good)
            if good.drift:
                drift = nested(drift, "good", good.drift)
        else:
            _absent += good is UNSET
            good, drift = read_model(good, GoodsOperationEventDataGood.from_dict, "good", drift)

        unit = _get("unit", UNSET)
        if type(unit) is dict:
            unit = GoodsOperationEventDataUnit.from_dict(unit)
            if unit.drift:
                drift = nested(drift, "unit", unit.drift)
        else:
            _absent += unit is UNSET
            unit, drift = read_model(unit, GoodsOperationEventDataUnit.from_dict, "unit", drift)

        storage = _get("storage", UNSET)
        if type(storage) is dict:
            storage = GoodsOperationEventDataStorage.from_dict(storage)
            if storage.drift:
                drift = nested(drift, "storage", storage.drift)
        else:
            _absent += storage is UNSET
            storage, drift = read_model(
                storage, GoodsOperationEventDataStorage.from_dict, "storage", drift
            )

        client = _get("client", UNSET)
        if type(client) is dict:
            client = GoodsOperationEventDataClient.from_dict(client)
            if client.drift:
                drift = nested(drift, "client", client.drift)
        else:
            _absent += client is UNSET
            client, drift = read_model(
                client, GoodsOperationEventDataClient.from_dict, "client", drift
            )

        master = _get("master", UNSET)
        if type(master) is dict:
            master = GoodsOperationEventDataMaster.from_dict(master)
            if master.drift:
                drift = nested(drift, "master", master.drift)
        else:
            _absent += master is UNSET
            master, drift = read_model(
                master, GoodsOperationEventDataMaster.from_dict, "master", drift
            )

        service = _get("service", UNSET)
        if type(service) is dict:
            service = GoodsOperationEventDataService.from_dict(service)
            if service.drift:
                drift = nested(drift, "service", service.drift)
        else:
            _absent += service is UNSET
            service, drift = read_model(
                service, GoodsOperationEventDataService.from_dict, "service", drift
            )

        supplier = _get("supplier", UNSET)
        if type(supplier) is dict:
            supplier = GoodsOperationEventDataSupplier.from_dict(supplier)
            if supplier.drift:
                drift = nested(drift, "supplier", supplier.drift)
        else:
            _absent += supplier is UNSET
            supplier, drift = read_model(
                supplier, GoodsOperationEventDataSupplier.from_dict, "supplier", drift
            )

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int:
            _absent += good_id is UNSET
            good_id, drift = read(good_id, as_int, "good_id", "an integer", drift)

        goods_operation_event_data = object.__new__(cls)
        goods_operation_event_data.id = id
        goods_operation_event_data.document_id = document_id
        goods_operation_event_data.type_id = type_id
        goods_operation_event_data.type_ = type_
        goods_operation_event_data.operation_unit_type = operation_unit_type
        goods_operation_event_data.amount = amount
        goods_operation_event_data.create_date = create_date
        goods_operation_event_data.cost_per_unit = cost_per_unit
        goods_operation_event_data.cost = cost
        goods_operation_event_data.discount = discount
        goods_operation_event_data.comment = comment
        goods_operation_event_data.record_id = record_id
        goods_operation_event_data.last_change_date = last_change_date
        goods_operation_event_data.loyalty_abonement_id = loyalty_abonement_id
        goods_operation_event_data.loyalty_certificate_id = loyalty_certificate_id
        goods_operation_event_data.good = good
        goods_operation_event_data.unit = unit
        goods_operation_event_data.storage = storage
        goods_operation_event_data.client = client
        goods_operation_event_data.master = master
        goods_operation_event_data.service = service
        goods_operation_event_data.supplier = supplier
        goods_operation_event_data.good_id = good_id
        goods_operation_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 23
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        goods_operation_event_data.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """GoodsOperationEventData's msgspec Struct mirror and its conversion into GoodsOperationEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.goods_operation_event_data_client import (
        typed_mirror as _goods_operation_event_data_client_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_good import (
        typed_mirror as _goods_operation_event_data_good_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_master import (
        typed_mirror as _goods_operation_event_data_master_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_service import (
        typed_mirror as _goods_operation_event_data_service_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_storage import (
        typed_mirror as _goods_operation_event_data_storage_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_supplier import (
        typed_mirror as _goods_operation_event_data_supplier_mirror,  # noqa: PLC0415
    )
    from ..models.goods_operation_event_data_unit import (
        typed_mirror as _goods_operation_event_data_unit_mirror,  # noqa: PLC0415
    )

    _goods_operation_event_data_good = _goods_operation_event_data_good_mirror()
    _convert_goods_operation_event_data_good = _goods_operation_event_data_good.convert
    _goods_operation_event_data_unit = _goods_operation_event_data_unit_mirror()
    _convert_goods_operation_event_data_unit = _goods_operation_event_data_unit.convert
    _goods_operation_event_data_storage = _goods_operation_event_data_storage_mirror()
    _convert_goods_operation_event_data_storage = _goods_operation_event_data_storage.convert
    _goods_operation_event_data_client = _goods_operation_event_data_client_mirror()
    _convert_goods_operation_event_data_client = _goods_operation_event_data_client.convert
    _goods_operation_event_data_master = _goods_operation_event_data_master_mirror()
    _convert_goods_operation_event_data_master = _goods_operation_event_data_master.convert
    _goods_operation_event_data_service = _goods_operation_event_data_service_mirror()
    _convert_goods_operation_event_data_service = _goods_operation_event_data_service.convert
    _goods_operation_event_data_supplier = _goods_operation_event_data_supplier_mirror()
    _convert_goods_operation_event_data_supplier = _goods_operation_event_data_supplier.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "GoodsOperationEventDataMirror",
        [
            ("id", int, UNSET),
            ("document_id", int, UNSET),
            ("type_id", int, UNSET),
            ("type_", str, msgspec.field(default=UNSET, name="type")),
            ("operation_unit_type", str, UNSET),
            ("amount", int | float, UNSET),
            ("create_date", str | None, UNSET),
            ("cost_per_unit", int | float, UNSET),
            ("cost", int | float, UNSET),
            ("discount", int | float, UNSET),
            ("comment", str, UNSET),
            ("record_id", int, UNSET),
            ("last_change_date", str | None, UNSET),
            ("loyalty_abonement_id", Any, UNSET),
            ("loyalty_certificate_id", Any, UNSET),
            ("good", _goods_operation_event_data_good.struct, UNSET),
            ("unit", _goods_operation_event_data_unit.struct, UNSET),
            ("storage", _goods_operation_event_data_storage.struct, UNSET),
            ("client", _goods_operation_event_data_client.struct, UNSET),
            ("master", _goods_operation_event_data_master.struct, UNSET),
            ("service", _goods_operation_event_data_service.struct, UNSET),
            ("supplier", _goods_operation_event_data_supplier.struct, UNSET),
            ("good_id", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> GoodsOperationEventData:
        m = new(GoodsOperationEventData)
        m.id = s.id
        m.document_id = s.document_id
        m.type_id = s.type_id
        m.type_ = s.type_
        m.operation_unit_type = s.operation_unit_type
        m.amount = s.amount
        v = s.create_date
        m.create_date = v if v is UNSET or v is None else fromisoformat(v)
        m.cost_per_unit = s.cost_per_unit
        m.cost = s.cost
        m.discount = s.discount
        m.comment = s.comment
        m.record_id = s.record_id
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.loyalty_abonement_id = fitted(_read_loyalty_abonement_id(s.loyalty_abonement_id, None))
        m.loyalty_certificate_id = fitted(
            _read_loyalty_certificate_id(s.loyalty_certificate_id, None)
        )
        v = s.good
        m.good = v if v is UNSET else _goods_operation_event_data_good.convert(v)
        v = s.unit
        m.unit = v if v is UNSET else _goods_operation_event_data_unit.convert(v)
        v = s.storage
        m.storage = v if v is UNSET else _goods_operation_event_data_storage.convert(v)
        v = s.client
        m.client = v if v is UNSET else _goods_operation_event_data_client.convert(v)
        v = s.master
        m.master = v if v is UNSET else _goods_operation_event_data_master.convert(v)
        v = s.service
        m.service = v if v is UNSET else _goods_operation_event_data_service.convert(v)
        v = s.supplier
        m.supplier = v if v is UNSET else _goods_operation_event_data_supplier.convert(v)
        m.good_id = s.good_id
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
