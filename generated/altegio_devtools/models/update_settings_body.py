from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    NO_VALUE,
    as_object,
    read,
    read_items,
    read_list,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSettingsBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "active",
        "urls",
        "salon",
        "service_category",
        "service",
        "good",
        "master",
        "client",
        "record",
        "goods_operations_sale",
        "goods_operations_receipt",
        "goods_operations_consumable",
        "goods_operations_stolen",
        "goods_operations_move",
        "finances_operation",
        "self_sending",
    }
)


@_attrs_define
class UpdateSettingsBody:
    """
    Attributes:
        active (int): 1 = notifications on, 0 = off
        urls (list[str]): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
        salon (int | Unset): 1 = send location events, 0 = don't Example: 1.
        service_category (int | Unset): 1 = send service category events, 0 = don't
        service (int | Unset): 1 = send service events, 0 = don't Example: 1.
        good (int | Unset): 1 = send product events, 0 = don't Example: 1.
        master (int | Unset): 1 = send team member events, 0 = don't Example: 1.
        client (int | Unset): 1 = send client events, 0 = don't Example: 1.
        record (int | Unset): 1 = send appointment events, 0 = don't Example: 1.
        goods_operations_sale (int | Unset): 1 = send product sale events, 0 = don't Example: 1.
        goods_operations_receipt (int | Unset): 1 = send product arrival events, 0 = don't Example: 1.
        goods_operations_consumable (int | Unset): 1 = send consumable write-off events, 0 = don't Example: 1.
        goods_operations_stolen (int | Unset): 1 = send product write-off events, 0 = don't Example: 1.
        goods_operations_move (int | Unset): 1 = send product movement events, 0 = don't Example: 1.
        finances_operation (int | Unset): 1 = send financial operation events, 0 = don't Example: 1.
        self_sending (int | Unset): 1 = the webhook owner also gets events caused by its own actions, 0 = it does not
    """

    active: int
    urls: list[str]
    salon: int | Unset = UNSET
    service_category: int | Unset = UNSET
    service: int | Unset = UNSET
    good: int | Unset = UNSET
    master: int | Unset = UNSET
    client: int | Unset = UNSET
    record: int | Unset = UNSET
    goods_operations_sale: int | Unset = UNSET
    goods_operations_receipt: int | Unset = UNSET
    goods_operations_consumable: int | Unset = UNSET
    goods_operations_stolen: int | Unset = UNSET
    goods_operations_move: int | Unset = UNSET
    finances_operation: int | Unset = UNSET
    self_sending: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        active = self.active if isinstance(self.active, int) else as_int(self.active)

        urls = self.urls

        salon: int | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = self.salon if isinstance(self.salon, int) else as_int(self.salon)

        service_category: int | Unset = UNSET
        if not isinstance(self.service_category, Unset):
            service_category = (
                self.service_category
                if isinstance(self.service_category, int)
                else as_int(self.service_category)
            )

        service: int | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service if isinstance(self.service, int) else as_int(self.service)

        good: int | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good if isinstance(self.good, int) else as_int(self.good)

        master: int | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master if isinstance(self.master, int) else as_int(self.master)

        client: int | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client if isinstance(self.client, int) else as_int(self.client)

        record: int | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record if isinstance(self.record, int) else as_int(self.record)

        goods_operations_sale: int | Unset = UNSET
        if not isinstance(self.goods_operations_sale, Unset):
            goods_operations_sale = (
                self.goods_operations_sale
                if isinstance(self.goods_operations_sale, int)
                else as_int(self.goods_operations_sale)
            )

        goods_operations_receipt: int | Unset = UNSET
        if not isinstance(self.goods_operations_receipt, Unset):
            goods_operations_receipt = (
                self.goods_operations_receipt
                if isinstance(self.goods_operations_receipt, int)
                else as_int(self.goods_operations_receipt)
            )

        goods_operations_consumable: int | Unset = UNSET
        if not isinstance(self.goods_operations_consumable, Unset):
            goods_operations_consumable = (
                self.goods_operations_consumable
                if isinstance(self.goods_operations_consumable, int)
                else as_int(self.goods_operations_consumable)
            )

        goods_operations_stolen: int | Unset = UNSET
        if not isinstance(self.goods_operations_stolen, Unset):
            goods_operations_stolen = (
                self.goods_operations_stolen
                if isinstance(self.goods_operations_stolen, int)
                else as_int(self.goods_operations_stolen)
            )

        goods_operations_move: int | Unset = UNSET
        if not isinstance(self.goods_operations_move, Unset):
            goods_operations_move = (
                self.goods_operations_move
                if isinstance(self.goods_operations_move, int)
                else as_int(self.goods_operations_move)
            )

        finances_operation: int | Unset = UNSET
        if not isinstance(self.finances_operation, Unset):
            finances_operation = (
                self.finances_operation
                if isinstance(self.finances_operation, int)
                else as_int(self.finances_operation)
            )

        self_sending: int | Unset = UNSET
        if not isinstance(self.self_sending, Unset):
            self_sending = (
                self.self_sending
                if isinstance(self.self_sending, int)
                else as_int(self.self_sending)
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "urls": urls,
            }
        )
        if salon is not UNSET:
            field_dict["salon"] = salon
        if service_category is not UNSET:
            field_dict["service_category"] = service_category
        if service is not UNSET:
            field_dict["service"] = service
        if good is not UNSET:
            field_dict["good"] = good
        if master is not UNSET:
            field_dict["master"] = master
        if client is not UNSET:
            field_dict["client"] = client
        if record is not UNSET:
            field_dict["record"] = record
        if goods_operations_sale is not UNSET:
            field_dict["goods_operations_sale"] = goods_operations_sale
        if goods_operations_receipt is not UNSET:
            field_dict["goods_operations_receipt"] = goods_operations_receipt
        if goods_operations_consumable is not UNSET:
            field_dict["goods_operations_consumable"] = goods_operations_consumable
        if goods_operations_stolen is not UNSET:
            field_dict["goods_operations_stolen"] = goods_operations_stolen
        if goods_operations_move is not UNSET:
            field_dict["goods_operations_move"] = goods_operations_move
        if finances_operation is not UNSET:
            field_dict["finances_operation"] = finances_operation
        if self_sending is not UNSET:
            field_dict["self_sending"] = self_sending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        active = _get("active", UNSET)
        if type(active) is not int:
            _absent += active is UNSET
            active, drift = read_required(active, as_int, "active", "an integer", drift)

        urls = _get("urls", UNSET)
        if type(urls) is list:
            for _item in urls:
                if type(_item) is not str:
                    urls, drift = read_items(urls, as_str, "urls", "a string", drift)
                    break
        else:
            _absent += urls is UNSET
            urls, drift = read_list(urls, "urls", drift, required=True)

        salon = _get("salon", UNSET)
        if type(salon) is not int:
            _absent += salon is UNSET
            salon, drift = read(salon, as_int, "salon", "an integer", drift)

        service_category = _get("service_category", UNSET)
        if type(service_category) is not int:
            _absent += service_category is UNSET
            service_category, drift = read(
                service_category, as_int, "service_category", "an integer", drift
            )

        service = _get("service", UNSET)
        if type(service) is not int:
            _absent += service is UNSET
            service, drift = read(service, as_int, "service", "an integer", drift)

        good = _get("good", UNSET)
        if type(good) is not int:
            _absent += good is UNSET
            good, drift = read(good, as_int, "good", "an integer", drift)

        master = _get("master", UNSET)
        if type(master) is not int:
            _absent += master is UNSET
            master, drift = read(master, as_int, "master", "an integer", drift)

        client = _get("client", UNSET)
        if type(client) is not int:
            _absent += client is UNSET
            client, drift = read(client, as_int, "client", "an integer", drift)

        record = _get("record", UNSET)
        if type(record) is not int:
            _absent += record is UNSET
            record, drift = read(record, as_int, "record", "an integer", drift)

        goods_operations_sale = _get("goods_operations_sale", UNSET)
        if type(goods_operations_sale) is not int:
            _absent += goods_operations_sale is UNSET
            goods_operations_sale, drift = read(
                goods_operations_sale, as_int, "goods_operations_sale", "an integer", drift
            )

        goods_operations_receipt = _get("goods_operations_receipt", UNSET)
        if type(goods_operations_receipt) is not int:
            _absent += goods_operations_receipt is UNSET
            goods_operations_receipt, drift = read(
                goods_operations_receipt, as_int, "goods_operations_receipt", "an integer", drift
            )

        goods_operations_consumable = _get("goods_operations_consumable", UNSET)
        if type(goods_operations_consumable) is not int:
            _absent += goods_operations_consumable is UNSET
            goods_operations_consumable, drift = read(
                goods_operations_consumable,
                as_int,
                "goods_operations_consumable",
                "an integer",
                drift,
            )

        goods_operations_stolen = _get("goods_operations_stolen", UNSET)
        if type(goods_operations_stolen) is not int:
            _absent += goods_operations_stolen is UNSET
            goods_operations_stolen, drift = read(
                goods_operations_stolen, as_int, "goods_operations_stolen", "an integer", drift
            )

        goods_operations_move = _get("goods_operations_move", UNSET)
        if type(goods_operations_move) is not int:
            _absent += goods_operations_move is UNSET
            goods_operations_move, drift = read(
                goods_operations_move, as_int, "goods_operations_move", "an integer", drift
            )

        finances_operation = _get("finances_operation", UNSET)
        if type(finances_operation) is not int:
            _absent += finances_operation is UNSET
            finances_operation, drift = read(
                finances_operation, as_int, "finances_operation", "an integer", drift
            )

        self_sending = _get("self_sending", UNSET)
        if type(self_sending) is not int:
            _absent += self_sending is UNSET
            self_sending, drift = read(self_sending, as_int, "self_sending", "an integer", drift)

        if NO_VALUE in (active,):
            raise DriftError(drift or ())
        update_settings_body = object.__new__(cls)
        update_settings_body.active = active
        update_settings_body.urls = urls
        update_settings_body.salon = salon
        update_settings_body.service_category = service_category
        update_settings_body.service = service
        update_settings_body.good = good
        update_settings_body.master = master
        update_settings_body.client = client
        update_settings_body.record = record
        update_settings_body.goods_operations_sale = goods_operations_sale
        update_settings_body.goods_operations_receipt = goods_operations_receipt
        update_settings_body.goods_operations_consumable = goods_operations_consumable
        update_settings_body.goods_operations_stolen = goods_operations_stolen
        update_settings_body.goods_operations_move = goods_operations_move
        update_settings_body.finances_operation = finances_operation
        update_settings_body.self_sending = self_sending
        update_settings_body.additional_properties = (
            {}
            if len(_src) + _absent == 16
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        update_settings_body.drift = tuple(drift) if drift else ()
        return update_settings_body

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
    """UpdateSettingsBody's msgspec Struct mirror and its conversion into UpdateSettingsBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "UpdateSettingsBodyMirror",
        [
            ("active", int),
            ("urls", list[str]),
            ("salon", int, UNSET),
            ("service_category", int, UNSET),
            ("service", int, UNSET),
            ("good", int, UNSET),
            ("master", int, UNSET),
            ("client", int, UNSET),
            ("record", int, UNSET),
            ("goods_operations_sale", int, UNSET),
            ("goods_operations_receipt", int, UNSET),
            ("goods_operations_consumable", int, UNSET),
            ("goods_operations_stolen", int, UNSET),
            ("goods_operations_move", int, UNSET),
            ("finances_operation", int, UNSET),
            ("self_sending", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> UpdateSettingsBody:
        m = new(UpdateSettingsBody)
        m.active = s.active
        m.urls = s.urls
        m.salon = s.salon
        m.service_category = s.service_category
        m.service = s.service
        m.good = s.good
        m.master = s.master
        m.client = s.client
        m.record = s.record
        m.goods_operations_sale = s.goods_operations_sale
        m.goods_operations_receipt = s.goods_operations_receipt
        m.goods_operations_consumable = s.goods_operations_consumable
        m.goods_operations_stolen = s.goods_operations_stolen
        m.goods_operations_move = s.goods_operations_move
        m.finances_operation = s.finances_operation
        m.self_sending = s.self_sending
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
