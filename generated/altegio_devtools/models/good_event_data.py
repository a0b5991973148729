from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_datetime, as_float, as_int, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    read,
    read_list,
    read_number,
)
from .._typed import Mirror, Tally, fitted, fromisoformat, list_of, or_null, read_raw_items
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem
    from ..models.good_loyalty_certificate_type import GoodLoyaltyCertificateType


T = TypeVar("T", bound="GoodEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "good_id",
        "title",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "cost",
        "unit_id",
        "unit_short_title",
        "service_unit_id",
        "service_unit_short_title",
        "actual_cost",
        "unit_actual_cost",
        "unit_actual_cost_format",
        "unit_equals",
        "barcode",
        "is_chain",
        "comment",
        "loyalty_abonement_type_id",
        "loyalty_certificate_type_id",
        "loyalty_certificate_type",
        "loyalty_allow_empty_code",
        "loyalty_serial_number_limited",
        "actual_amounts",
        "critical_amount",
        "desired_amount",
        "last_change_date",
        "is_goods_mark_enabled",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem  # noqa: PLC0415
    from ..models.good_loyalty_certificate_type import GoodLoyaltyCertificateType  # noqa: PLC0415

    globals().update(
        {
            "GoodEventDataActualAmountsItem": GoodEventDataActualAmountsItem,
            "GoodLoyaltyCertificateType": GoodLoyaltyCertificateType,
        }
    )
    _nested_imported = True


def _parse_loyalty_certificate_type(data: object) -> GoodLoyaltyCertificateType | None | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    loyalty_certificate_type_type_0 = GoodLoyaltyCertificateType.from_dict(data)

    return loyalty_certificate_type_type_0


def _read_loyalty_certificate_type(
    _loyalty_certificate_type: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        loyalty_certificate_type = _parse_loyalty_certificate_type(_loyalty_certificate_type)
    except READ_ERRORS as error:
        loyalty_certificate_type = UNSET
        drift = mismatch(
            drift, "loyalty_certificate_type", "an object or null", _loyalty_certificate_type, error
        )
    else:
        drift = collect(drift, "loyalty_certificate_type", loyalty_certificate_type)
    return loyalty_certificate_type, drift


def _parse_critical_amount(data: object) -> float | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _critical_amount_type_0 = data
    critical_amount_type_0 = (
        _critical_amount_type_0
        if type(_critical_amount_type_0) is float or type(_critical_amount_type_0) is int
        else as_float(_critical_amount_type_0)
    )

    return critical_amount_type_0


def _read_critical_amount(
    _critical_amount: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        critical_amount = _parse_critical_amount(_critical_amount)
    except READ_ERRORS as error:
        critical_amount = UNSET
        drift = mismatch(drift, "critical_amount", "a number or null", _critical_amount, error)
    return critical_amount, drift


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


@_attrs_define
class GoodEventData:
    """Product as returned by the product detail API.

    Attributes:
        good_id (int | Unset): Product ID
        title (str | Unset):
        value (str | Unset): Same as title
        label (str | Unset): Title followed by the article in brackets
        article (str | Unset):
        category (str | Unset):
        category_id (int | Unset):
        salon_id (int | Unset):
        cost (float | Unset):
        unit_id (int | Unset):
        unit_short_title (str | Unset):
        service_unit_id (int | Unset):
        service_unit_short_title (str | Unset):
        actual_cost (float | Unset):
        unit_actual_cost (float | Unset):
        unit_actual_cost_format (str | Unset): Price as a formatted string
        unit_equals (float | Unset):
        barcode (str | Unset):
        is_chain (bool | Unset):
        comment (str | Unset):
        loyalty_abonement_type_id (int | Unset):
        loyalty_certificate_type_id (int | Unset):
        loyalty_certificate_type (GoodLoyaltyCertificateType | None | Unset):
        loyalty_allow_empty_code (bool | Unset):
        loyalty_serial_number_limited (bool | Unset):
        actual_amounts (list[GoodEventDataActualAmountsItem] | Unset):
        critical_amount (float | None | Unset):
        desired_amount (float | Unset):
        last_change_date (datetime.datetime | None | Unset):
        is_goods_mark_enabled (bool | Unset):
    """

    good_id: int | Unset = UNSET
    title: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    service_unit_short_title: str | Unset = UNSET
    actual_cost: float | Unset = UNSET
    unit_actual_cost: float | Unset = UNSET
    unit_actual_cost_format: str | Unset = UNSET
    unit_equals: float | Unset = UNSET
    barcode: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    comment: str | Unset = UNSET
    loyalty_abonement_type_id: int | Unset = UNSET
    loyalty_certificate_type_id: int | Unset = UNSET
    loyalty_certificate_type: GoodLoyaltyCertificateType | None | Unset = UNSET
    loyalty_allow_empty_code: bool | Unset = UNSET
    loyalty_serial_number_limited: bool | Unset = UNSET
    actual_amounts: list[GoodEventDataActualAmountsItem] | Unset = UNSET
    critical_amount: float | None | Unset = UNSET
    desired_amount: float | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    is_goods_mark_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.good_loyalty_certificate_type import GoodLoyaltyCertificateType  # noqa: PLC0415

        good_id: int | Unset = UNSET
        if not isinstance(self.good_id, Unset):
            good_id = self.good_id if isinstance(self.good_id, int) else as_int(self.good_id)

        title = self.title

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id: int | Unset = UNSET
        if not isinstance(self.category_id, Unset):
            category_id = (
                self.category_id if isinstance(self.category_id, int) else as_int(self.category_id)
            )

        salon_id: int | Unset = UNSET
        if not isinstance(self.salon_id, Unset):
            salon_id = self.salon_id if isinstance(self.salon_id, int) else as_int(self.salon_id)

        cost = self.cost

        unit_id: int | Unset = UNSET
        if not isinstance(self.unit_id, Unset):
            unit_id = self.unit_id if isinstance(self.unit_id, int) else as_int(self.unit_id)

        unit_short_title = self.unit_short_title

        service_unit_id: int | Unset = UNSET
        if not isinstance(self.service_unit_id, Unset):
            service_unit_id = (
                self.service_unit_id
                if isinstance(self.service_unit_id, int)
                else as_int(self.service_unit_id)
            )

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        is_chain = self.is_chain

        comment = self.comment

        loyalty_abonement_type_id: int | Unset = UNSET
        if not isinstance(self.loyalty_abonement_type_id, Unset):
            loyalty_abonement_type_id = (
                self.loyalty_abonement_type_id
                if isinstance(self.loyalty_abonement_type_id, int)
                else as_int(self.loyalty_abonement_type_id)
            )

        loyalty_certificate_type_id: int | Unset = UNSET
        if not isinstance(self.loyalty_certificate_type_id, Unset):
            loyalty_certificate_type_id = (
                self.loyalty_certificate_type_id
                if isinstance(self.loyalty_certificate_type_id, int)
                else as_int(self.loyalty_certificate_type_id)
            )

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(self.loyalty_certificate_type, GoodLoyaltyCertificateType):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_allow_empty_code = self.loyalty_allow_empty_code

        loyalty_serial_number_limited = self.loyalty_serial_number_limited

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        critical_amount: float | None | Unset
        if isinstance(self.critical_amount, Unset):
            critical_amount = UNSET
        else:
            critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = format_datetime(self.last_change_date)
        else:
            last_change_date = self.last_change_date

        is_goods_mark_enabled = self.is_goods_mark_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if comment is not UNSET:
            field_dict["comment"] = comment
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = loyalty_serial_number_limited
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        good_id = _get("good_id", UNSET)
        if type(good_id) is not int:
            _absent += good_id is UNSET
            good_id, drift = read(good_id, as_int, "good_id", "an integer", drift)

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        value = _get("value", UNSET)
        if type(value) is not str:
            _absent += value is UNSET
            value, drift = read(value, as_str, "value", "a string", drift)

        label = _get("label", UNSET)
        if type(label) is not str:
            _absent += label is UNSET
            label, drift = read(label, as_str, "label", "a string", drift)

        article = _get("article", UNSET)
        if type(article) is not str:
            _absent += article is UNSET
            article, drift = read(article, as_str, "article", "a string", drift)

        category = _get("category", UNSET)
        if type(category) is not str:
            _absent += category is UNSET
            category, drift = read(category, as_str, "category", "a string", drift)

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int:
            _absent += category_id is UNSET
            category_id, drift = read(category_id, as_int, "category_id", "an integer", drift)

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            _absent += salon_id is UNSET
            salon_id, drift = read(salon_id, as_int, "salon_id", "an integer", drift)

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int:
            _absent += cost is UNSET
            cost, drift = read(cost, read_number, "cost", "a number", drift)

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int:
            _absent += unit_id is UNSET
            unit_id, drift = read(unit_id, as_int, "unit_id", "an integer", drift)

        unit_short_title = _get("unit_short_title", UNSET)
        if type(unit_short_title) is not str:
            _absent += unit_short_title is UNSET
            unit_short_title, drift = read(
                unit_short_title, as_str, "unit_short_title", "a string", drift
            )

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int:
            _absent += service_unit_id is UNSET
            service_unit_id, drift = read(
                service_unit_id, as_int, "service_unit_id", "an integer", drift
            )

        service_unit_short_title = _get("service_unit_short_title", UNSET)
        if type(service_unit_short_title) is not str:
            _absent += service_unit_short_title is UNSET
            service_unit_short_title, drift = read(
                service_unit_short_title, as_str, "service_unit_short_title", "a string", drift
            )

        actual_cost = _get("actual_cost", UNSET)
        if type(actual_cost) is not float and type(actual_cost) is not int:
            _absent += actual_cost is UNSET
            actual_cost, drift = read(actual_cost, read_number, "actual_cost", "a number", drift)

        unit_actual_cost = _get("unit_actual_cost", UNSET)
        if type(unit_actual_cost) is not float and type(unit_actual_cost) is not int:
            _absent += unit_actual_cost is UNSET
            unit_actual_cost, drift = read(
                unit_actual_cost, read_number, "unit_actual_cost", "a number", drift
            )

        unit_actual_cost_format = _get("unit_actual_cost_format", UNSET)
        if type(unit_actual_cost_format) is not str:
            _absent += unit_actual_cost_format is UNSET
            unit_actual_cost_format, drift = read(
                unit_actual_cost_format, as_str, "unit_actual_cost_format", "a string", drift
            )

        unit_equals = _get("unit_equals", UNSET)
        if type(unit_equals) is not float and type(unit_equals) is not int:
            _absent += unit_equals is UNSET
            unit_equals, drift = read(unit_equals, read_number, "unit_equals", "a number", drift)

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str:
            _absent += barcode is UNSET
            barcode, drift = read(barcode, as_str, "barcode", "a string", drift)

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool:
            _absent += is_chain is UNSET
            is_chain, drift = read(is_chain, as_bool, "is_chain", "a boolean", drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        loyalty_abonement_type_id = _get("loyalty_abonement_type_id", UNSET)
        if type(loyalty_abonement_type_id) is not int:
            _absent += loyalty_abonement_type_id is UNSET
            loyalty_abonement_type_id, drift = read(
                loyalty_abonement_type_id, as_int, "loyalty_abonement_type_id", "an integer", drift
            )

        loyalty_certificate_type_id = _get("loyalty_certificate_type_id", UNSET)
        if type(loyalty_certificate_type_id) is not int:
            _absent += loyalty_certificate_type_id is UNSET
            loyalty_certificate_type_id, drift = read(
                loyalty_certificate_type_id,
                as_int,
                "loyalty_certificate_type_id",
                "an integer",
                drift,
            )

        loyalty_certificate_type = _get("loyalty_certificate_type", UNSET)
        if type(loyalty_certificate_type) is dict:
            loyalty_certificate_type = GoodLoyaltyCertificateType.from_dict(
                loyalty_certificate_type
            )
            if loyalty_certificate_type.drift:
                drift = nested(drift, "loyalty_certificate_type", loyalty_certificate_type.drift)
        elif loyalty_certificate_type is not None:
            _absent += loyalty_certificate_type is UNSET
            loyalty_certificate_type, drift = _read_loyalty_certificate_type(
                loyalty_certificate_type, drift
            )

        loyalty_allow_empty_code = _get("loyalty_allow_empty_code", UNSET)
        if type(loyalty_allow_empty_code) is not bool:
            _absent += loyalty_allow_empty_code is UNSET
            loyalty_allow_empty_code, drift = read(
                loyalty_allow_empty_code, as_bool, "loyalty_allow_empty_code", "a boolean", drift
            )

        loyalty_serial_number_limited = _get("loyalty_serial_number_limited", UNSET)
        if type(loyalty_serial_number_limited) is not bool:
            _absent += loyalty_serial_number_limited is UNSET
            loyalty_serial_number_limited, drift = read(
                loyalty_serial_number_limited,
                as_bool,
                "loyalty_serial_number_limited",
                "a boolean",
                drift,
            )

        actual_amounts = _get("actual_amounts", UNSET)
        if type(actual_amounts) is list:
            _items = []
            for _index, _item in enumerate(actual_amounts):
                if type(_item) is dict:
                    _item = GoodEventDataActualAmountsItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"actual_amounts[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        GoodEventDataActualAmountsItem.from_dict,
                        f"actual_amounts[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            actual_amounts = _items
        else:
            _absent += actual_amounts is UNSET
            actual_amounts, drift = read_list(actual_amounts, "actual_amounts", drift)

        critical_amount = _get("critical_amount", UNSET)
        _absent += critical_amount is UNSET
        critical_amount, drift = _read_critical_amount(critical_amount, drift)

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and type(desired_amount) is not int:
            _absent += desired_amount is UNSET
            desired_amount, drift = read(
                desired_amount, read_number, "desired_amount", "a number", drift
            )

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = as_datetime(last_change_date)
            except READ_ERRORS:
                last_change_date, drift = _read_last_change_date(last_change_date, drift)
        elif last_change_date is not None:
            _absent += last_change_date is UNSET
            last_change_date, drift = _read_last_change_date(last_change_date, drift)

        is_goods_mark_enabled = _get("is_goods_mark_enabled", UNSET)
        if type(is_goods_mark_enabled) is not bool:
            _absent += is_goods_mark_enabled is UNSET
            is_goods_mark_enabled, drift = read(
                is_goods_mark_enabled, as_bool, "is_goods_mark_enabled", "a boolean", drift
            )

        good_event_data = object.__new__(cls)
        good_event_data.good_id = good_id
        good_event_data.title = title
        good_event_data.value = value
        good_event_data.label = label
        good_event_data.article = article
        good_event_data.category = category
        good_event_data.category_id = category_id
        good_event_data.salon_id = salon_id
        good_event_data.cost = cost
        good_event_data.unit_id = unit_id
        good_event_data.unit_short_title = unit_short_title
        good_event_data.service_unit_id = service_unit_id
        good_event_data.service_unit_short_title = service_unit_short_title
        good_event_data.actual_cost = actual_cost
        good_event_data.unit_actual_cost = unit_actual_cost
        good_event_data.unit_actual_cost_format = unit_actual_cost_format
        good_event_data.unit_equals = unit_equals
        good_event_data.barcode = barcode
        good_event_data.is_chain = is_chain
        good_event_data.comment = comment
        good_event_data.loyalty_abonement_type_id = loyalty_abonement_type_id
        good_event_data.loyalty_certificate_type_id = loyalty_certificate_type_id
        good_event_data.loyalty_certificate_type = loyalty_certificate_type
        good_event_data.loyalty_allow_empty_code = loyalty_allow_empty_code
        good_event_data.loyalty_serial_number_limited = loyalty_serial_number_limited
        good_event_data.actual_amounts = actual_amounts
        good_event_data.critical_amount = critical_amount
        good_event_data.desired_amount = desired_amount
        good_event_data.last_change_date = last_change_date
        good_event_data.is_goods_mark_enabled = is_goods_mark_enabled
        good_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 30
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        good_event_data.drift = tuple(drift) if drift else ()
        return good_event_data

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
    """GoodEventData's msgspec Struct mirror and its conversion into GoodEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.good_event_data_actual_amounts_item import (
        typed_mirror as _good_event_data_actual_amounts_item_mirror,  # noqa: PLC0415
    )
    from ..models.good_loyalty_certificate_type import (
        typed_mirror as _good_loyalty_certificate_type_mirror,  # noqa: PLC0415
    )

    _good_loyalty_certificate_type = _good_loyalty_certificate_type_mirror()
    _convert_good_loyalty_certificate_type = _good_loyalty_certificate_type.convert
    _good_event_data_actual_amounts_item = _good_event_data_actual_amounts_item_mirror()
    _convert_good_event_data_actual_amounts_item = _good_event_data_actual_amounts_item.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "GoodEventDataMirror",
        [
            ("good_id", int, UNSET),
            ("title", str, UNSET),
            ("value", str, UNSET),
            ("label", str, UNSET),
            ("article", str, UNSET),
            ("category", str, UNSET),
            ("category_id", int, UNSET),
            ("salon_id", int, UNSET),
            ("cost", int | float, UNSET),
            ("unit_id", int, UNSET),
            ("unit_short_title", str, UNSET),
            ("service_unit_id", int, UNSET),
            ("service_unit_short_title", str, UNSET),
            ("actual_cost", int | float, UNSET),
            ("unit_actual_cost", int | float, UNSET),
            ("unit_actual_cost_format", str, UNSET),
            ("unit_equals", int | float, UNSET),
            ("barcode", str, UNSET),
            ("is_chain", bool, UNSET),
            ("comment", str, UNSET),
            ("loyalty_abonement_type_id", int, UNSET),
            ("loyalty_certificate_type_id", int, UNSET),
            ("loyalty_certificate_type", or_null(_good_loyalty_certificate_type.struct), UNSET),
            ("loyalty_allow_empty_code", bool, UNSET),
            ("loyalty_serial_number_limited", bool, UNSET),
            ("actual_amounts", list_of(_good_event_data_actual_amounts_item.struct), UNSET),
            ("critical_amount", Any, UNSET),
            ("desired_amount", int | float, UNSET),
            ("last_change_date", str | None, UNSET),
            ("is_goods_mark_enabled", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> GoodEventData:
        m = new(GoodEventData)
        m.good_id = s.good_id
        m.title = s.title
        m.value = s.value
        m.label = s.label
        m.article = s.article
        m.category = s.category
        m.category_id = s.category_id
        m.salon_id = s.salon_id
        m.cost = s.cost
        m.unit_id = s.unit_id
        m.unit_short_title = s.unit_short_title
        m.service_unit_id = s.service_unit_id
        m.service_unit_short_title = s.service_unit_short_title
        m.actual_cost = s.actual_cost
        m.unit_actual_cost = s.unit_actual_cost
        m.unit_actual_cost_format = s.unit_actual_cost_format
        m.unit_equals = s.unit_equals
        m.barcode = s.barcode
        m.is_chain = s.is_chain
        m.comment = s.comment
        m.loyalty_abonement_type_id = s.loyalty_abonement_type_id
        m.loyalty_certificate_type_id = s.loyalty_certificate_type_id
        v = s.loyalty_certificate_type
        m.loyalty_certificate_type = (
            v if v is UNSET or v is None else _good_loyalty_certificate_type.convert(v)
        )
        m.loyalty_allow_empty_code = s.loyalty_allow_empty_code
        m.loyalty_serial_number_limited = s.loyalty_serial_number_limited
        v = s.actual_amounts
        m.actual_amounts = (
            v if v is UNSET else [_convert_good_event_data_actual_amounts_item(i) for i in v]
        )
        m.critical_amount = fitted(_read_critical_amount(s.critical_amount, None))
        m.desired_amount = s.desired_amount
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.is_goods_mark_enabled = s.is_goods_mark_enabled
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "GoodEventDataLaxMirror",
        [
            ("good_id", int, UNSET),
            ("title", str, UNSET),
            ("value", str, UNSET),
            ("label", str, UNSET),
            ("article", str, UNSET),
            ("category", str, UNSET),
            ("category_id", int, UNSET),
            ("salon_id", int, UNSET),
            ("cost", int | float, UNSET),
            ("unit_id", int, UNSET),
            ("unit_short_title", str, UNSET),
            ("service_unit_id", int, UNSET),
            ("service_unit_short_title", str, UNSET),
            ("actual_cost", int | float, UNSET),
            ("unit_actual_cost", int | float, UNSET),
            ("unit_actual_cost_format", str, UNSET),
            ("unit_equals", int | float, UNSET),
            ("barcode", str, UNSET),
            ("is_chain", bool, UNSET),
            ("comment", str, UNSET),
            ("loyalty_abonement_type_id", int, UNSET),
            ("loyalty_certificate_type_id", int, UNSET),
            ("loyalty_certificate_type", or_null(_good_loyalty_certificate_type.struct), UNSET),
            ("loyalty_allow_empty_code", bool, UNSET),
            ("loyalty_serial_number_limited", bool, UNSET),
            ("actual_amounts", list[msgspec.Raw], UNSET),
            ("critical_amount", Any, UNSET),
            ("desired_amount", int | float, UNSET),
            ("last_change_date", str | None, UNSET),
            ("is_goods_mark_enabled", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> GoodEventData:
        m = new(GoodEventData)
        drift: list[Drift] | None = None
        m.good_id = s.good_id
        m.title = s.title
        m.value = s.value
        m.label = s.label
        m.article = s.article
        m.category = s.category
        m.category_id = s.category_id
        m.salon_id = s.salon_id
        m.cost = s.cost
        m.unit_id = s.unit_id
        m.unit_short_title = s.unit_short_title
        m.service_unit_id = s.service_unit_id
        m.service_unit_short_title = s.service_unit_short_title
        m.actual_cost = s.actual_cost
        m.unit_actual_cost = s.unit_actual_cost
        m.unit_actual_cost_format = s.unit_actual_cost_format
        m.unit_equals = s.unit_equals
        m.barcode = s.barcode
        m.is_chain = s.is_chain
        m.comment = s.comment
        m.loyalty_abonement_type_id = s.loyalty_abonement_type_id
        m.loyalty_certificate_type_id = s.loyalty_certificate_type_id
        v = s.loyalty_certificate_type
        m.loyalty_certificate_type = (
            v if v is UNSET or v is None else _good_loyalty_certificate_type.convert(v)
        )
        m.loyalty_allow_empty_code = s.loyalty_allow_empty_code
        m.loyalty_serial_number_limited = s.loyalty_serial_number_limited
        v = s.actual_amounts
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _good_event_data_actual_amounts_item,
                GoodEventDataActualAmountsItem.from_dict,
                "actual_amounts",
                drift,
                tally=tally,
            )
        m.actual_amounts = v
        m.critical_amount = fitted(_read_critical_amount(s.critical_amount, None))
        m.desired_amount = s.desired_amount
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.is_goods_mark_enabled = s.is_goods_mark_enabled
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
