from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_float, as_int, as_str, is_null_date
from ..models.good_event_data_loyalty_allow_empty_code import GoodEventDataLoyaltyAllowEmptyCode
from ..models.good_event_data_loyalty_serial_number_limited import (
    GoodEventDataLoyaltySerialNumberLimited,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem
    from ..models.good_event_data_loyalty_certificate_type_type_0 import (
        GoodEventDataLoyaltyCertificateTypeType0,
    )


T = TypeVar("T", bound="GoodEventData")


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
        loyalty_certificate_type (GoodEventDataLoyaltyCertificateTypeType0 | None | Unset):
        loyalty_allow_empty_code (GoodEventDataLoyaltyAllowEmptyCode | Unset):
        loyalty_serial_number_limited (GoodEventDataLoyaltySerialNumberLimited | Unset):
        actual_amounts (list[GoodEventDataActualAmountsItem] | Unset):
        critical_amount (float | None | Unset):
        desired_amount (float | Unset):
        last_change_date (str | Unset):
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
    loyalty_certificate_type: GoodEventDataLoyaltyCertificateTypeType0 | None | Unset = UNSET
    loyalty_allow_empty_code: GoodEventDataLoyaltyAllowEmptyCode | Unset = UNSET
    loyalty_serial_number_limited: GoodEventDataLoyaltySerialNumberLimited | Unset = UNSET
    actual_amounts: list[GoodEventDataActualAmountsItem] | Unset = UNSET
    critical_amount: float | None | Unset = UNSET
    desired_amount: float | Unset = UNSET
    last_change_date: str | Unset = UNSET
    is_goods_mark_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.good_event_data_loyalty_certificate_type_type_0 import (
            GoodEventDataLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

        good_id = self.good_id

        title = self.title

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        is_chain = self.is_chain

        comment = self.comment

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(self.loyalty_certificate_type, GoodEventDataLoyaltyCertificateTypeType0):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_allow_empty_code: int | Unset = UNSET
        if not isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = self.loyalty_allow_empty_code.value

        loyalty_serial_number_limited: int | Unset = UNSET
        if not isinstance(self.loyalty_serial_number_limited, Unset):
            loyalty_serial_number_limited = self.loyalty_serial_number_limited.value

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
        from ..models.good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem  # noqa: PLC0415
        from ..models.good_event_data_loyalty_certificate_type_type_0 import (
            GoodEventDataLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _good_id = d.pop("good_id", UNSET)
        good_id: int | Unset
        if _good_id is UNSET:
            good_id = UNSET
        else:
            good_id = _good_id if type(_good_id) is int else as_int(_good_id)

        _title = d.pop("title", UNSET)
        title: str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            title = _title if type(_title) is str else as_str(_title)

        _value = d.pop("value", UNSET)
        value: str | Unset
        if _value is UNSET:
            value = UNSET
        else:
            value = _value if type(_value) is str else as_str(_value)

        _label = d.pop("label", UNSET)
        label: str | Unset
        if _label is UNSET:
            label = UNSET
        else:
            label = _label if type(_label) is str else as_str(_label)

        _article = d.pop("article", UNSET)
        article: str | Unset
        if _article is UNSET:
            article = UNSET
        else:
            article = _article if type(_article) is str else as_str(_article)

        _category = d.pop("category", UNSET)
        category: str | Unset
        if _category is UNSET:
            category = UNSET
        else:
            category = _category if type(_category) is str else as_str(_category)

        _category_id = d.pop("category_id", UNSET)
        category_id: int | Unset
        if _category_id is UNSET:
            category_id = UNSET
        else:
            category_id = _category_id if type(_category_id) is int else as_int(_category_id)

        _salon_id = d.pop("salon_id", UNSET)
        salon_id: int | Unset
        if _salon_id is UNSET:
            salon_id = UNSET
        else:
            salon_id = _salon_id if type(_salon_id) is int else as_int(_salon_id)

        _cost = d.pop("cost", UNSET)
        cost: float | Unset
        if _cost is UNSET:
            cost = UNSET
        else:
            cost = _cost if type(_cost) is float or type(_cost) is int else as_float(_cost)

        _unit_id = d.pop("unit_id", UNSET)
        unit_id: int | Unset
        if _unit_id is UNSET:
            unit_id = UNSET
        else:
            unit_id = _unit_id if type(_unit_id) is int else as_int(_unit_id)

        _unit_short_title = d.pop("unit_short_title", UNSET)
        unit_short_title: str | Unset
        if _unit_short_title is UNSET:
            unit_short_title = UNSET
        else:
            unit_short_title = (
                _unit_short_title if type(_unit_short_title) is str else as_str(_unit_short_title)
            )

        _service_unit_id = d.pop("service_unit_id", UNSET)
        service_unit_id: int | Unset
        if _service_unit_id is UNSET:
            service_unit_id = UNSET
        else:
            service_unit_id = (
                _service_unit_id if type(_service_unit_id) is int else as_int(_service_unit_id)
            )

        _service_unit_short_title = d.pop("service_unit_short_title", UNSET)
        service_unit_short_title: str | Unset
        if _service_unit_short_title is UNSET:
            service_unit_short_title = UNSET
        else:
            service_unit_short_title = (
                _service_unit_short_title
                if type(_service_unit_short_title) is str
                else as_str(_service_unit_short_title)
            )

        _actual_cost = d.pop("actual_cost", UNSET)
        actual_cost: float | Unset
        if _actual_cost is UNSET:
            actual_cost = UNSET
        else:
            actual_cost = (
                _actual_cost
                if type(_actual_cost) is float or type(_actual_cost) is int
                else as_float(_actual_cost)
            )

        _unit_actual_cost = d.pop("unit_actual_cost", UNSET)
        unit_actual_cost: float | Unset
        if _unit_actual_cost is UNSET:
            unit_actual_cost = UNSET
        else:
            unit_actual_cost = (
                _unit_actual_cost
                if type(_unit_actual_cost) is float or type(_unit_actual_cost) is int
                else as_float(_unit_actual_cost)
            )

        _unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)
        unit_actual_cost_format: str | Unset
        if _unit_actual_cost_format is UNSET:
            unit_actual_cost_format = UNSET
        else:
            unit_actual_cost_format = (
                _unit_actual_cost_format
                if type(_unit_actual_cost_format) is str
                else as_str(_unit_actual_cost_format)
            )

        _unit_equals = d.pop("unit_equals", UNSET)
        unit_equals: float | Unset
        if _unit_equals is UNSET:
            unit_equals = UNSET
        else:
            unit_equals = (
                _unit_equals
                if type(_unit_equals) is float or type(_unit_equals) is int
                else as_float(_unit_equals)
            )

        _barcode = d.pop("barcode", UNSET)
        barcode: str | Unset
        if _barcode is UNSET:
            barcode = UNSET
        else:
            barcode = _barcode if type(_barcode) is str else as_str(_barcode)

        _is_chain = d.pop("is_chain", UNSET)
        is_chain: bool | Unset
        if _is_chain is UNSET:
            is_chain = UNSET
        else:
            is_chain = _is_chain if type(_is_chain) is bool else as_bool(_is_chain)

        _comment = d.pop("comment", UNSET)
        comment: str | Unset
        if _comment is UNSET:
            comment = UNSET
        else:
            comment = _comment if type(_comment) is str else as_str(_comment)

        _loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)
        loyalty_abonement_type_id: int | Unset
        if _loyalty_abonement_type_id is UNSET:
            loyalty_abonement_type_id = UNSET
        else:
            loyalty_abonement_type_id = (
                _loyalty_abonement_type_id
                if type(_loyalty_abonement_type_id) is int
                else as_int(_loyalty_abonement_type_id)
            )

        _loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)
        loyalty_certificate_type_id: int | Unset
        if _loyalty_certificate_type_id is UNSET:
            loyalty_certificate_type_id = UNSET
        else:
            loyalty_certificate_type_id = (
                _loyalty_certificate_type_id
                if type(_loyalty_certificate_type_id) is int
                else as_int(_loyalty_certificate_type_id)
            )

        def _parse_loyalty_certificate_type(
            data: object,
        ) -> GoodEventDataLoyaltyCertificateTypeType0 | None | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _loyalty_certificate_type_type_0 = data
                loyalty_certificate_type_type_0 = (
                    GoodEventDataLoyaltyCertificateTypeType0.from_dict(
                        _loyalty_certificate_type_type_0
                    )
                )

                return loyalty_certificate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            loyalty_certificate_type_type_1 = None

            return loyalty_certificate_type_type_1

        loyalty_certificate_type = _parse_loyalty_certificate_type(
            d.pop("loyalty_certificate_type", UNSET)
        )

        _loyalty_allow_empty_code = d.pop("loyalty_allow_empty_code", UNSET)
        loyalty_allow_empty_code: GoodEventDataLoyaltyAllowEmptyCode | Unset
        if _loyalty_allow_empty_code is UNSET:
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = GoodEventDataLoyaltyAllowEmptyCode(_loyalty_allow_empty_code)

        _loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)
        loyalty_serial_number_limited: GoodEventDataLoyaltySerialNumberLimited | Unset
        if _loyalty_serial_number_limited is UNSET:
            loyalty_serial_number_limited = UNSET
        else:
            loyalty_serial_number_limited = GoodEventDataLoyaltySerialNumberLimited(
                _loyalty_serial_number_limited
            )

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[GoodEventDataActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            if not isinstance(_actual_amounts, list):
                raise TypeError(f"expected a list, got {type(_actual_amounts).__name__}")
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                _actual_amounts_item = actual_amounts_item_data
                actual_amounts_item = GoodEventDataActualAmountsItem.from_dict(_actual_amounts_item)

                actual_amounts.append(actual_amounts_item)

        def _parse_critical_amount(data: object) -> float | None | Unset:
            if data is None or is_null_date(data) or data == []:
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
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            critical_amount_type_1 = None

            return critical_amount_type_1

        critical_amount = _parse_critical_amount(d.pop("critical_amount", UNSET))

        _desired_amount = d.pop("desired_amount", UNSET)
        desired_amount: float | Unset
        if _desired_amount is UNSET:
            desired_amount = UNSET
        else:
            desired_amount = (
                _desired_amount
                if type(_desired_amount) is float or type(_desired_amount) is int
                else as_float(_desired_amount)
            )

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: str | Unset
        if _last_change_date is UNSET:
            last_change_date = UNSET
        else:
            last_change_date = (
                _last_change_date if type(_last_change_date) is str else as_str(_last_change_date)
            )

        _is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)
        is_goods_mark_enabled: bool | Unset
        if _is_goods_mark_enabled is UNSET:
            is_goods_mark_enabled = UNSET
        else:
            is_goods_mark_enabled = (
                _is_goods_mark_enabled
                if type(_is_goods_mark_enabled) is bool
                else as_bool(_is_goods_mark_enabled)
            )

        good_event_data = cls(
            good_id=good_id,
            title=title,
            value=value,
            label=label,
            article=article,
            category=category,
            category_id=category_id,
            salon_id=salon_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            service_unit_id=service_unit_id,
            service_unit_short_title=service_unit_short_title,
            actual_cost=actual_cost,
            unit_actual_cost=unit_actual_cost,
            unit_actual_cost_format=unit_actual_cost_format,
            unit_equals=unit_equals,
            barcode=barcode,
            is_chain=is_chain,
            comment=comment,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_certificate_type=loyalty_certificate_type,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            loyalty_serial_number_limited=loyalty_serial_number_limited,
            actual_amounts=actual_amounts,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            last_change_date=last_change_date,
            is_goods_mark_enabled=is_goods_mark_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        good_event_data.additional_properties = additional_properties
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
