from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="HookSettingsData")


@_attrs_define
class HookSettingsData:
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

        active = self.active

        salon = self.salon

        service_category = self.service_category

        service = self.service

        good = self.good

        master = self.master

        client = self.client

        record = self.record

        goods_operations_sale = self.goods_operations_sale

        goods_operations_receipt = self.goods_operations_receipt

        goods_operations_consumable = self.goods_operations_consumable

        goods_operations_stolen = self.goods_operations_stolen

        goods_operations_move = self.goods_operations_move

        finances_operation = self.finances_operation

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _urls = d.pop("urls", UNSET)
        try:
            urls: list[str] | Unset = UNSET
            if _urls is not UNSET and _urls != "":
                if not isinstance(_urls, list):
                    raise TypeError(f"expected a list, got {type(_urls).__name__}")
                urls = []
                for index, urls_item_data in enumerate(_urls):
                    try:
                        _urls_item = urls_item_data
                        urls_item = _urls_item if type(_urls_item) is str else as_str(_urls_item)
                    except READ_ERRORS as error:
                        drift = mismatch(drift, f"urls[{index}]", "a string", urls_item_data, error)
                        continue
                    urls.append(urls_item)
        except READ_ERRORS as error:
            urls = UNSET
            drift = mismatch(drift, "urls", "a list", _urls, error)

        _active = d.pop("active", UNSET)
        try:
            active: int | Unset
            if _active is UNSET:
                active = UNSET
            else:
                active = _active if type(_active) is int else as_int(_active)
        except READ_ERRORS as error:
            active = UNSET
            drift = mismatch(drift, "active", "an integer", _active, error)

        _salon = d.pop("salon", UNSET)
        try:
            salon: int | Unset
            if _salon is UNSET:
                salon = UNSET
            else:
                salon = _salon if type(_salon) is int else as_int(_salon)
        except READ_ERRORS as error:
            salon = UNSET
            drift = mismatch(drift, "salon", "an integer", _salon, error)

        _service_category = d.pop("service_category", UNSET)
        try:
            service_category: int | Unset
            if _service_category is UNSET:
                service_category = UNSET
            else:
                service_category = (
                    _service_category
                    if type(_service_category) is int
                    else as_int(_service_category)
                )
        except READ_ERRORS as error:
            service_category = UNSET
            drift = mismatch(drift, "service_category", "an integer", _service_category, error)

        _service = d.pop("service", UNSET)
        try:
            service: int | Unset
            if _service is UNSET:
                service = UNSET
            else:
                service = _service if type(_service) is int else as_int(_service)
        except READ_ERRORS as error:
            service = UNSET
            drift = mismatch(drift, "service", "an integer", _service, error)

        _good = d.pop("good", UNSET)
        try:
            good: int | Unset
            if _good is UNSET:
                good = UNSET
            else:
                good = _good if type(_good) is int else as_int(_good)
        except READ_ERRORS as error:
            good = UNSET
            drift = mismatch(drift, "good", "an integer", _good, error)

        _master = d.pop("master", UNSET)
        try:
            master: int | Unset
            if _master is UNSET:
                master = UNSET
            else:
                master = _master if type(_master) is int else as_int(_master)
        except READ_ERRORS as error:
            master = UNSET
            drift = mismatch(drift, "master", "an integer", _master, error)

        _client = d.pop("client", UNSET)
        try:
            client: int | Unset
            if _client is UNSET:
                client = UNSET
            else:
                client = _client if type(_client) is int else as_int(_client)
        except READ_ERRORS as error:
            client = UNSET
            drift = mismatch(drift, "client", "an integer", _client, error)

        _record = d.pop("record", UNSET)
        try:
            record: int | Unset
            if _record is UNSET:
                record = UNSET
            else:
                record = _record if type(_record) is int else as_int(_record)
        except READ_ERRORS as error:
            record = UNSET
            drift = mismatch(drift, "record", "an integer", _record, error)

        _goods_operations_sale = d.pop("goods_operations_sale", UNSET)
        try:
            goods_operations_sale: int | Unset
            if _goods_operations_sale is UNSET:
                goods_operations_sale = UNSET
            else:
                goods_operations_sale = (
                    _goods_operations_sale
                    if type(_goods_operations_sale) is int
                    else as_int(_goods_operations_sale)
                )
        except READ_ERRORS as error:
            goods_operations_sale = UNSET
            drift = mismatch(
                drift, "goods_operations_sale", "an integer", _goods_operations_sale, error
            )

        _goods_operations_receipt = d.pop("goods_operations_receipt", UNSET)
        try:
            goods_operations_receipt: int | Unset
            if _goods_operations_receipt is UNSET:
                goods_operations_receipt = UNSET
            else:
                goods_operations_receipt = (
                    _goods_operations_receipt
                    if type(_goods_operations_receipt) is int
                    else as_int(_goods_operations_receipt)
                )
        except READ_ERRORS as error:
            goods_operations_receipt = UNSET
            drift = mismatch(
                drift, "goods_operations_receipt", "an integer", _goods_operations_receipt, error
            )

        _goods_operations_consumable = d.pop("goods_operations_consumable", UNSET)
        try:
            goods_operations_consumable: int | Unset
            if _goods_operations_consumable is UNSET:
                goods_operations_consumable = UNSET
            else:
                goods_operations_consumable = (
                    _goods_operations_consumable
                    if type(_goods_operations_consumable) is int
                    else as_int(_goods_operations_consumable)
                )
        except READ_ERRORS as error:
            goods_operations_consumable = UNSET
            drift = mismatch(
                drift,
                "goods_operations_consumable",
                "an integer",
                _goods_operations_consumable,
                error,
            )

        _goods_operations_stolen = d.pop("goods_operations_stolen", UNSET)
        try:
            goods_operations_stolen: int | Unset
            if _goods_operations_stolen is UNSET:
                goods_operations_stolen = UNSET
            else:
                goods_operations_stolen = (
                    _goods_operations_stolen
                    if type(_goods_operations_stolen) is int
                    else as_int(_goods_operations_stolen)
                )
        except READ_ERRORS as error:
            goods_operations_stolen = UNSET
            drift = mismatch(
                drift, "goods_operations_stolen", "an integer", _goods_operations_stolen, error
            )

        _goods_operations_move = d.pop("goods_operations_move", UNSET)
        try:
            goods_operations_move: int | Unset
            if _goods_operations_move is UNSET:
                goods_operations_move = UNSET
            else:
                goods_operations_move = (
                    _goods_operations_move
                    if type(_goods_operations_move) is int
                    else as_int(_goods_operations_move)
                )
        except READ_ERRORS as error:
            goods_operations_move = UNSET
            drift = mismatch(
                drift, "goods_operations_move", "an integer", _goods_operations_move, error
            )

        _finances_operation = d.pop("finances_operation", UNSET)
        try:
            finances_operation: int | Unset
            if _finances_operation is UNSET:
                finances_operation = UNSET
            else:
                finances_operation = (
                    _finances_operation
                    if type(_finances_operation) is int
                    else as_int(_finances_operation)
                )
        except READ_ERRORS as error:
            finances_operation = UNSET
            drift = mismatch(drift, "finances_operation", "an integer", _finances_operation, error)

        hook_settings_data = cls(
            urls=urls,
            active=active,
            salon=salon,
            service_category=service_category,
            service=service,
            good=good,
            master=master,
            client=client,
            record=record,
            goods_operations_sale=goods_operations_sale,
            goods_operations_receipt=goods_operations_receipt,
            goods_operations_consumable=goods_operations_consumable,
            goods_operations_stolen=goods_operations_stolen,
            goods_operations_move=goods_operations_move,
            finances_operation=finances_operation,
        )
        if drift:
            hook_settings_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        hook_settings_data.additional_properties = additional_properties
        return hook_settings_data

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
