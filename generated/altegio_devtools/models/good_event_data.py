from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_float,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
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
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

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

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
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

        _title = d.pop("title", UNSET)
        try:
            title: str | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = _title if type(_title) is str else as_str(_title)
        except READ_ERRORS as error:
            title = UNSET
            drift = mismatch(drift, "title", "a string", _title, error)

        _value = d.pop("value", UNSET)
        try:
            value: str | Unset
            if _value is UNSET:
                value = UNSET
            else:
                value = _value if type(_value) is str else as_str(_value)
        except READ_ERRORS as error:
            value = UNSET
            drift = mismatch(drift, "value", "a string", _value, error)

        _label = d.pop("label", UNSET)
        try:
            label: str | Unset
            if _label is UNSET:
                label = UNSET
            else:
                label = _label if type(_label) is str else as_str(_label)
        except READ_ERRORS as error:
            label = UNSET
            drift = mismatch(drift, "label", "a string", _label, error)

        _article = d.pop("article", UNSET)
        try:
            article: str | Unset
            if _article is UNSET:
                article = UNSET
            else:
                article = _article if type(_article) is str else as_str(_article)
        except READ_ERRORS as error:
            article = UNSET
            drift = mismatch(drift, "article", "a string", _article, error)

        _category = d.pop("category", UNSET)
        try:
            category: str | Unset
            if _category is UNSET:
                category = UNSET
            else:
                category = _category if type(_category) is str else as_str(_category)
        except READ_ERRORS as error:
            category = UNSET
            drift = mismatch(drift, "category", "a string", _category, error)

        _category_id = d.pop("category_id", UNSET)
        try:
            category_id: int | Unset
            if _category_id is UNSET:
                category_id = UNSET
            else:
                category_id = _category_id if type(_category_id) is int else as_int(_category_id)
        except READ_ERRORS as error:
            category_id = UNSET
            drift = mismatch(drift, "category_id", "an integer", _category_id, error)

        _salon_id = d.pop("salon_id", UNSET)
        try:
            salon_id: int | Unset
            if _salon_id is UNSET:
                salon_id = UNSET
            else:
                salon_id = _salon_id if type(_salon_id) is int else as_int(_salon_id)
        except READ_ERRORS as error:
            salon_id = UNSET
            drift = mismatch(drift, "salon_id", "an integer", _salon_id, error)

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

        _unit_id = d.pop("unit_id", UNSET)
        try:
            unit_id: int | Unset
            if _unit_id is UNSET:
                unit_id = UNSET
            else:
                unit_id = _unit_id if type(_unit_id) is int else as_int(_unit_id)
        except READ_ERRORS as error:
            unit_id = UNSET
            drift = mismatch(drift, "unit_id", "an integer", _unit_id, error)

        _unit_short_title = d.pop("unit_short_title", UNSET)
        try:
            unit_short_title: str | Unset
            if _unit_short_title is UNSET:
                unit_short_title = UNSET
            else:
                unit_short_title = (
                    _unit_short_title
                    if type(_unit_short_title) is str
                    else as_str(_unit_short_title)
                )
        except READ_ERRORS as error:
            unit_short_title = UNSET
            drift = mismatch(drift, "unit_short_title", "a string", _unit_short_title, error)

        _service_unit_id = d.pop("service_unit_id", UNSET)
        try:
            service_unit_id: int | Unset
            if _service_unit_id is UNSET:
                service_unit_id = UNSET
            else:
                service_unit_id = (
                    _service_unit_id if type(_service_unit_id) is int else as_int(_service_unit_id)
                )
        except READ_ERRORS as error:
            service_unit_id = UNSET
            drift = mismatch(drift, "service_unit_id", "an integer", _service_unit_id, error)

        _service_unit_short_title = d.pop("service_unit_short_title", UNSET)
        try:
            service_unit_short_title: str | Unset
            if _service_unit_short_title is UNSET:
                service_unit_short_title = UNSET
            else:
                service_unit_short_title = (
                    _service_unit_short_title
                    if type(_service_unit_short_title) is str
                    else as_str(_service_unit_short_title)
                )
        except READ_ERRORS as error:
            service_unit_short_title = UNSET
            drift = mismatch(
                drift, "service_unit_short_title", "a string", _service_unit_short_title, error
            )

        _actual_cost = d.pop("actual_cost", UNSET)
        try:
            actual_cost: float | Unset
            if _actual_cost is UNSET:
                actual_cost = UNSET
            else:
                actual_cost = (
                    _actual_cost
                    if type(_actual_cost) is float or type(_actual_cost) is int
                    else as_float(_actual_cost)
                )
        except READ_ERRORS as error:
            actual_cost = UNSET
            drift = mismatch(drift, "actual_cost", "a number", _actual_cost, error)

        _unit_actual_cost = d.pop("unit_actual_cost", UNSET)
        try:
            unit_actual_cost: float | Unset
            if _unit_actual_cost is UNSET:
                unit_actual_cost = UNSET
            else:
                unit_actual_cost = (
                    _unit_actual_cost
                    if type(_unit_actual_cost) is float or type(_unit_actual_cost) is int
                    else as_float(_unit_actual_cost)
                )
        except READ_ERRORS as error:
            unit_actual_cost = UNSET
            drift = mismatch(drift, "unit_actual_cost", "a number", _unit_actual_cost, error)

        _unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)
        try:
            unit_actual_cost_format: str | Unset
            if _unit_actual_cost_format is UNSET:
                unit_actual_cost_format = UNSET
            else:
                unit_actual_cost_format = (
                    _unit_actual_cost_format
                    if type(_unit_actual_cost_format) is str
                    else as_str(_unit_actual_cost_format)
                )
        except READ_ERRORS as error:
            unit_actual_cost_format = UNSET
            drift = mismatch(
                drift, "unit_actual_cost_format", "a string", _unit_actual_cost_format, error
            )

        _unit_equals = d.pop("unit_equals", UNSET)
        try:
            unit_equals: float | Unset
            if _unit_equals is UNSET:
                unit_equals = UNSET
            else:
                unit_equals = (
                    _unit_equals
                    if type(_unit_equals) is float or type(_unit_equals) is int
                    else as_float(_unit_equals)
                )
        except READ_ERRORS as error:
            unit_equals = UNSET
            drift = mismatch(drift, "unit_equals", "a number", _unit_equals, error)

        _barcode = d.pop("barcode", UNSET)
        try:
            barcode: str | Unset
            if _barcode is UNSET:
                barcode = UNSET
            else:
                barcode = _barcode if type(_barcode) is str else as_str(_barcode)
        except READ_ERRORS as error:
            barcode = UNSET
            drift = mismatch(drift, "barcode", "a string", _barcode, error)

        _is_chain = d.pop("is_chain", UNSET)
        try:
            is_chain: bool | Unset
            if _is_chain is UNSET:
                is_chain = UNSET
            else:
                is_chain = _is_chain if type(_is_chain) is bool else as_bool(_is_chain)
        except READ_ERRORS as error:
            is_chain = UNSET
            drift = mismatch(drift, "is_chain", "a boolean", _is_chain, error)

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

        _loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)
        try:
            loyalty_abonement_type_id: int | Unset
            if _loyalty_abonement_type_id is UNSET:
                loyalty_abonement_type_id = UNSET
            else:
                loyalty_abonement_type_id = (
                    _loyalty_abonement_type_id
                    if type(_loyalty_abonement_type_id) is int
                    else as_int(_loyalty_abonement_type_id)
                )
        except READ_ERRORS as error:
            loyalty_abonement_type_id = UNSET
            drift = mismatch(
                drift, "loyalty_abonement_type_id", "an integer", _loyalty_abonement_type_id, error
            )

        _loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)
        try:
            loyalty_certificate_type_id: int | Unset
            if _loyalty_certificate_type_id is UNSET:
                loyalty_certificate_type_id = UNSET
            else:
                loyalty_certificate_type_id = (
                    _loyalty_certificate_type_id
                    if type(_loyalty_certificate_type_id) is int
                    else as_int(_loyalty_certificate_type_id)
                )
        except READ_ERRORS as error:
            loyalty_certificate_type_id = UNSET
            drift = mismatch(
                drift,
                "loyalty_certificate_type_id",
                "an integer",
                _loyalty_certificate_type_id,
                error,
            )

        _loyalty_certificate_type = d.pop("loyalty_certificate_type", UNSET)
        try:

            def _parse_loyalty_certificate_type(
                data: object,
            ) -> GoodEventDataLoyaltyCertificateTypeType0 | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_certificate_type_type_0 = (
                    GoodEventDataLoyaltyCertificateTypeType0.from_dict(data)
                )

                return loyalty_certificate_type_type_0

            loyalty_certificate_type = _parse_loyalty_certificate_type(_loyalty_certificate_type)
        except READ_ERRORS as error:
            loyalty_certificate_type = UNSET
            drift = mismatch(
                drift,
                "loyalty_certificate_type",
                "an object or null",
                _loyalty_certificate_type,
                error,
            )
        else:
            drift = collect(drift, "loyalty_certificate_type", loyalty_certificate_type)

        _loyalty_allow_empty_code = d.pop("loyalty_allow_empty_code", UNSET)
        try:
            loyalty_allow_empty_code: GoodEventDataLoyaltyAllowEmptyCode | Unset
            if _loyalty_allow_empty_code is UNSET:
                loyalty_allow_empty_code = UNSET
            else:
                loyalty_allow_empty_code = GoodEventDataLoyaltyAllowEmptyCode(
                    _loyalty_allow_empty_code
                    if type(_loyalty_allow_empty_code) is int
                    else as_int(_loyalty_allow_empty_code)
                )
        except READ_ERRORS as error:
            loyalty_allow_empty_code = UNSET
            drift = mismatch(
                drift, "loyalty_allow_empty_code", "an integer", _loyalty_allow_empty_code, error
            )

        _loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)
        try:
            loyalty_serial_number_limited: GoodEventDataLoyaltySerialNumberLimited | Unset
            if _loyalty_serial_number_limited is UNSET:
                loyalty_serial_number_limited = UNSET
            else:
                loyalty_serial_number_limited = GoodEventDataLoyaltySerialNumberLimited(
                    _loyalty_serial_number_limited
                    if type(_loyalty_serial_number_limited) is int
                    else as_int(_loyalty_serial_number_limited)
                )
        except READ_ERRORS as error:
            loyalty_serial_number_limited = UNSET
            drift = mismatch(
                drift,
                "loyalty_serial_number_limited",
                "an integer",
                _loyalty_serial_number_limited,
                error,
            )

        _actual_amounts = d.pop("actual_amounts", UNSET)
        try:
            actual_amounts: list[GoodEventDataActualAmountsItem] | Unset = UNSET
            if _actual_amounts is not UNSET and _actual_amounts != "":
                if not isinstance(_actual_amounts, list):
                    raise TypeError(f"expected a list, got {type(_actual_amounts).__name__}")
                actual_amounts = []
                for index, actual_amounts_item_data in enumerate(_actual_amounts):
                    try:
                        actual_amounts_item = GoodEventDataActualAmountsItem.from_dict(
                            actual_amounts_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"actual_amounts[{index}]",
                            "an object",
                            actual_amounts_item_data,
                            error,
                        )
                        continue
                    if actual_amounts_item.drift:
                        drift = nested(drift, f"actual_amounts[{index}]", actual_amounts_item.drift)
                    actual_amounts.append(actual_amounts_item)
        except READ_ERRORS as error:
            actual_amounts = UNSET
            drift = mismatch(drift, "actual_amounts", "a list", _actual_amounts, error)

        _critical_amount = d.pop("critical_amount", UNSET)
        try:

            def _parse_critical_amount(data: object) -> float | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _critical_amount_type_0 = data
                critical_amount_type_0 = (
                    _critical_amount_type_0
                    if type(_critical_amount_type_0) is float
                    or type(_critical_amount_type_0) is int
                    else as_float(_critical_amount_type_0)
                )

                return critical_amount_type_0

            critical_amount = _parse_critical_amount(_critical_amount)
        except READ_ERRORS as error:
            critical_amount = UNSET
            drift = mismatch(drift, "critical_amount", "a number or null", _critical_amount, error)

        _desired_amount = d.pop("desired_amount", UNSET)
        try:
            desired_amount: float | Unset
            if _desired_amount is UNSET:
                desired_amount = UNSET
            else:
                desired_amount = (
                    _desired_amount
                    if type(_desired_amount) is float or type(_desired_amount) is int
                    else as_float(_desired_amount)
                )
        except READ_ERRORS as error:
            desired_amount = UNSET
            drift = mismatch(drift, "desired_amount", "a number", _desired_amount, error)

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

        _is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)
        try:
            is_goods_mark_enabled: bool | Unset
            if _is_goods_mark_enabled is UNSET:
                is_goods_mark_enabled = UNSET
            else:
                is_goods_mark_enabled = (
                    _is_goods_mark_enabled
                    if type(_is_goods_mark_enabled) is bool
                    else as_bool(_is_goods_mark_enabled)
                )
        except READ_ERRORS as error:
            is_goods_mark_enabled = UNSET
            drift = mismatch(
                drift, "is_goods_mark_enabled", "a boolean", _is_goods_mark_enabled, error
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
        if drift:
            good_event_data.drift = tuple(drift)

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
