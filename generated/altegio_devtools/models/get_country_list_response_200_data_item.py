from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_float,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCountryListResponse200DataItem")


@_attrs_define
class GetCountryListResponse200DataItem:
    """
    Attributes:
        id (int | Unset): Country ID
        title (str | Unset): Short name
        full_title (str | Unset): Full name
        iso_code (str | Unset): ISO 3166-1 alpha-2 code
        phone_code (str | Unset): Dialling code
        phone_template (str | Unset): Phone number mask
        phone_example (str | Unset): Sample phone number
        currency (str | Unset): Currency symbol
        exchange (float | Unset): Exchange rate
        lang_id (int | Unset): Language ID
        group_type (float | Unset): Country group type
        is_eu (bool | Unset): EU member
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    full_title: str | Unset = UNSET
    iso_code: str | Unset = UNSET
    phone_code: str | Unset = UNSET
    phone_template: str | Unset = UNSET
    phone_example: str | Unset = UNSET
    currency: str | Unset = UNSET
    exchange: float | Unset = UNSET
    lang_id: int | Unset = UNSET
    group_type: float | Unset = UNSET
    is_eu: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        full_title = self.full_title

        iso_code = self.iso_code

        phone_code = self.phone_code

        phone_template = self.phone_template

        phone_example = self.phone_example

        currency = self.currency

        exchange = self.exchange

        lang_id = self.lang_id

        group_type = self.group_type

        is_eu = self.is_eu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if full_title is not UNSET:
            field_dict["full_title"] = full_title
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if phone_code is not UNSET:
            field_dict["phone_code"] = phone_code
        if phone_template is not UNSET:
            field_dict["phone_template"] = phone_template
        if phone_example is not UNSET:
            field_dict["phone_example"] = phone_example
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if lang_id is not UNSET:
            field_dict["lang_id"] = lang_id
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if is_eu is not UNSET:
            field_dict["is_eu"] = is_eu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _full_title = d.pop("full_title", UNSET)
        try:
            full_title: str | Unset
            if _full_title is UNSET:
                full_title = UNSET
            else:
                full_title = _full_title if type(_full_title) is str else as_str(_full_title)
        except READ_ERRORS as error:
            full_title = UNSET
            drift = mismatch(drift, "full_title", "a string", _full_title, error)

        _iso_code = d.pop("iso_code", UNSET)
        try:
            iso_code: str | Unset
            if _iso_code is UNSET:
                iso_code = UNSET
            else:
                iso_code = _iso_code if type(_iso_code) is str else as_str(_iso_code)
        except READ_ERRORS as error:
            iso_code = UNSET
            drift = mismatch(drift, "iso_code", "a string", _iso_code, error)

        _phone_code = d.pop("phone_code", UNSET)
        try:
            phone_code: str | Unset
            if _phone_code is UNSET:
                phone_code = UNSET
            else:
                phone_code = _phone_code if type(_phone_code) is str else as_str(_phone_code)
        except READ_ERRORS as error:
            phone_code = UNSET
            drift = mismatch(drift, "phone_code", "a string", _phone_code, error)

        _phone_template = d.pop("phone_template", UNSET)
        try:
            phone_template: str | Unset
            if _phone_template is UNSET:
                phone_template = UNSET
            else:
                phone_template = (
                    _phone_template if type(_phone_template) is str else as_str(_phone_template)
                )
        except READ_ERRORS as error:
            phone_template = UNSET
            drift = mismatch(drift, "phone_template", "a string", _phone_template, error)

        _phone_example = d.pop("phone_example", UNSET)
        try:
            phone_example: str | Unset
            if _phone_example is UNSET:
                phone_example = UNSET
            else:
                phone_example = (
                    _phone_example if type(_phone_example) is str else as_str(_phone_example)
                )
        except READ_ERRORS as error:
            phone_example = UNSET
            drift = mismatch(drift, "phone_example", "a string", _phone_example, error)

        _currency = d.pop("currency", UNSET)
        try:
            currency: str | Unset
            if _currency is UNSET:
                currency = UNSET
            else:
                currency = _currency if type(_currency) is str else as_str(_currency)
        except READ_ERRORS as error:
            currency = UNSET
            drift = mismatch(drift, "currency", "a string", _currency, error)

        _exchange = d.pop("exchange", UNSET)
        try:
            exchange: float | Unset
            if _exchange is UNSET:
                exchange = UNSET
            else:
                exchange = (
                    _exchange
                    if type(_exchange) is float or type(_exchange) is int
                    else as_float(_exchange)
                )
        except READ_ERRORS as error:
            exchange = UNSET
            drift = mismatch(drift, "exchange", "a number", _exchange, error)

        _lang_id = d.pop("lang_id", UNSET)
        try:
            lang_id: int | Unset
            if _lang_id is UNSET:
                lang_id = UNSET
            else:
                lang_id = _lang_id if type(_lang_id) is int else as_int(_lang_id)
        except READ_ERRORS as error:
            lang_id = UNSET
            drift = mismatch(drift, "lang_id", "an integer", _lang_id, error)

        _group_type = d.pop("group_type", UNSET)
        try:
            group_type: float | Unset
            if _group_type is UNSET:
                group_type = UNSET
            else:
                group_type = (
                    _group_type
                    if type(_group_type) is float or type(_group_type) is int
                    else as_float(_group_type)
                )
        except READ_ERRORS as error:
            group_type = UNSET
            drift = mismatch(drift, "group_type", "a number", _group_type, error)

        _is_eu = d.pop("is_eu", UNSET)
        try:
            is_eu: bool | Unset
            if _is_eu is UNSET:
                is_eu = UNSET
            else:
                is_eu = _is_eu if type(_is_eu) is bool else as_bool(_is_eu)
        except READ_ERRORS as error:
            is_eu = UNSET
            drift = mismatch(drift, "is_eu", "a boolean", _is_eu, error)

        get_country_list_response_200_data_item = cls(
            id=id,
            title=title,
            full_title=full_title,
            iso_code=iso_code,
            phone_code=phone_code,
            phone_template=phone_template,
            phone_example=phone_example,
            currency=currency,
            exchange=exchange,
            lang_id=lang_id,
            group_type=group_type,
            is_eu=is_eu,
        )
        if drift:
            get_country_list_response_200_data_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_country_list_response_200_data_item.additional_properties = additional_properties
        return get_country_list_response_200_data_item

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
