from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    as_object,
    read,
    read_items,
    read_list,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="HookSettings")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "urls",
        "active",
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
    }
)


@_attrs_define
class HookSettings:
    """Object with data

    Example:
        {'urls': ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0, 'service':
            1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale': 1, 'goods_operations_receipt': 1,
            'goods_operations_consumable': 1, 'goods_operations_stolen': 1, 'goods_operations_move': 1,
            'finances_operation': 1}

    Attributes:
        urls (list[str] | Unset): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
        active (int | Unset): 1 = notifications on, 0 = off
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
    """

    urls: list[str] | Unset = UNSET
    active: int | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active if isinstance(self.active, int) else as_int(self.active)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls is not UNSET:
            field_dict["urls"] = urls
        if active is not UNSET:
            field_dict["active"] = active
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        urls = _get("urls", UNSET)
        if type(urls) is list:
            for _item in urls:
                if type(_item) is not str:
                    urls, drift = read_items(urls, as_str, "urls", "a string", drift)
                    break
        else:
            _absent += urls is UNSET
            urls, drift = read_list(urls, "urls", drift)

        active = _get("active", UNSET)
        if type(active) is not int:
            _absent += active is UNSET
            active, drift = read(active, as_int, "active", "an integer", drift)

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

        hook_settings = object.__new__(cls)
        hook_settings.urls = urls
        hook_settings.active = active
        hook_settings.salon = salon
        hook_settings.service_category = service_category
        hook_settings.service = service
        hook_settings.good = good
        hook_settings.master = master
        hook_settings.client = client
        hook_settings.record = record
        hook_settings.goods_operations_sale = goods_operations_sale
        hook_settings.goods_operations_receipt = goods_operations_receipt
        hook_settings.goods_operations_consumable = goods_operations_consumable
        hook_settings.goods_operations_stolen = goods_operations_stolen
        hook_settings.goods_operations_move = goods_operations_move
        hook_settings.finances_operation = finances_operation
        hook_settings.additional_properties = (
            {}
            if len(_src) + _absent == 15
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        hook_settings.drift = tuple(drift) if drift else ()
        return hook_settings

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
    """HookSettings's msgspec Struct mirror and its conversion into HookSettings: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "HookSettingsMirror",
        [
            ("urls", list[str], UNSET),
            ("active", int, UNSET),
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
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> HookSettings:
        m = new(HookSettings)
        m.urls = s.urls
        m.active = s.active
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
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
