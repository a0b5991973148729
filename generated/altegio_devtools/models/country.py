from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str
from .._read import (
    as_object,
    read,
    read_number,
)
from .._typed import Mirror
from ..drift import Drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="Country")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "full_title",
        "iso_code",
        "phone_code",
        "phone_template",
        "phone_example",
        "currency",
        "exchange",
        "lang_id",
        "group_type",
        "is_eu",
    }
)


@_attrs_define
class Country:
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
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        full_title = self.full_title

        iso_code = self.iso_code

        phone_code = self.phone_code

        phone_template = self.phone_template

        phone_example = self.phone_example

        currency = self.currency

        exchange = self.exchange

        lang_id: int | Unset = UNSET
        if not isinstance(self.lang_id, Unset):
            lang_id = self.lang_id if isinstance(self.lang_id, int) else as_int(self.lang_id)

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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        full_title = _get("full_title", UNSET)
        if type(full_title) is not str:
            _absent += full_title is UNSET
            full_title, drift = read(full_title, as_str, "full_title", "a string", drift)

        iso_code = _get("iso_code", UNSET)
        if type(iso_code) is not str:
            _absent += iso_code is UNSET
            iso_code, drift = read(iso_code, as_str, "iso_code", "a string", drift)

        phone_code = _get("phone_code", UNSET)
        if type(phone_code) is not str:
            _absent += phone_code is UNSET
            phone_code, drift = read(phone_code, as_str, "phone_code", "a string", drift)

        phone_template = _get("phone_template", UNSET)
        if type(phone_template) is not str:
            _absent += phone_template is UNSET
            phone_template, drift = read(
                phone_template, as_str, "phone_template", "a string", drift
            )

        phone_example = _get("phone_example", UNSET)
        if type(phone_example) is not str:
            _absent += phone_example is UNSET
            phone_example, drift = read(phone_example, as_str, "phone_example", "a string", drift)

        currency = _get("currency", UNSET)
        if type(currency) is not str:
            _absent += currency is UNSET
            currency, drift = read(currency, as_str, "currency", "a string", drift)

        exchange = _get("exchange", UNSET)
        if type(exchange) is not float and type(exchange) is not int:
            _absent += exchange is UNSET
            exchange, drift = read(exchange, read_number, "exchange", "a number", drift)

        lang_id = _get("lang_id", UNSET)
        if type(lang_id) is not int:
            _absent += lang_id is UNSET
            lang_id, drift = read(lang_id, as_int, "lang_id", "an integer", drift)

        group_type = _get("group_type", UNSET)
        if type(group_type) is not float and type(group_type) is not int:
            _absent += group_type is UNSET
            group_type, drift = read(group_type, read_number, "group_type", "a number", drift)

        is_eu = _get("is_eu", UNSET)
        if type(is_eu) is not bool:
            _absent += is_eu is UNSET
            is_eu, drift = read(is_eu, as_bool, "is_eu", "a boolean", drift)

        country = object.__new__(cls)
        country.id = id
        country.title = title
        country.full_title = full_title
        country.iso_code = iso_code
        country.phone_code = phone_code
        country.phone_template = phone_template
        country.phone_example = phone_example
        country.currency = currency
        country.exchange = exchange
        country.lang_id = lang_id
        country.group_type = group_type
        country.is_eu = is_eu
        country.additional_properties = (
            {}
            if len(_src) + _absent == 12
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        country.drift = tuple(drift) if drift else ()
        return country

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
    """Country's msgspec Struct mirror and its conversion into Country: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "CountryMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("full_title", str, UNSET),
            ("iso_code", str, UNSET),
            ("phone_code", str, UNSET),
            ("phone_template", str, UNSET),
            ("phone_example", str, UNSET),
            ("currency", str, UNSET),
            ("exchange", int | float, UNSET),
            ("lang_id", int, UNSET),
            ("group_type", int | float, UNSET),
            ("is_eu", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> Country:
        m = new(Country)
        m.id = s.id
        m.title = s.title
        m.full_title = s.full_title
        m.iso_code = s.iso_code
        m.phone_code = s.phone_code
        m.phone_template = s.phone_template
        m.phone_example = s.phone_example
        m.currency = s.currency
        m.exchange = s.exchange
        m.lang_id = s.lang_id
        m.group_type = s.group_type
        m.is_eu = s.is_eu
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
