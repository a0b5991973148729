from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.list_voip_calls_body_statuses_item import ListVoipCallsBodyStatusesItem
from ..models.list_voip_calls_body_types_item import ListVoipCallsBodyTypesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsBody")


@_attrs_define
class ListVoipCallsBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 615243.
        date_from (str): Start date Example: 2026-01-01.
        date_to (str): End date Example: 2026-02-01.
        phone (str | Unset): Phone number Example: +13155550175.
        types (list[ListVoipCallsBodyTypesItem] | Unset): Call types to include
        statuses (list[ListVoipCallsBodyStatusesItem] | Unset): Call statuses to include
        page (int | Unset): Page number Example: 1.
        limit (int | Unset): Items per page Example: 25.
    """

    salon_id: int
    date_from: str
    date_to: str
    phone: str | Unset = UNSET
    types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
    statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        date_from = self.date_from

        date_to = self.date_to

        phone = self.phone

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "date_from": date_from,
                "date_to": date_to,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if types is not UNSET:
            field_dict["types"] = types
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _salon_id = d.pop("salon_id", UNSET)
        try:
            salon_id = _salon_id if type(_salon_id) is int else as_int(_salon_id)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "salon_id", "an integer", _salon_id, error)

        _date_from = d.pop("date_from", UNSET)
        try:
            date_from = _date_from if type(_date_from) is str else as_str(_date_from)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "date_from", "a string", _date_from, error)

        _date_to = d.pop("date_to", UNSET)
        try:
            date_to = _date_to if type(_date_to) is str else as_str(_date_to)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "date_to", "a string", _date_to, error)

        _phone = d.pop("phone", UNSET)
        try:
            phone: str | Unset
            if _phone is UNSET:
                phone = UNSET
            else:
                phone = _phone if type(_phone) is str else as_str(_phone)
        except READ_ERRORS as error:
            phone = UNSET
            drift = mismatch(drift, "phone", "a string", _phone, error)

        _types = d.pop("types", UNSET)
        try:
            types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
            if _types is not UNSET and _types != "":
                if not isinstance(_types, list):
                    raise TypeError(f"expected a list, got {type(_types).__name__}")
                types = []
                for index, types_item_data in enumerate(_types):
                    try:
                        _types_item = types_item_data
                        types_item = ListVoipCallsBodyTypesItem(
                            _types_item if type(_types_item) is str else as_str(_types_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"types[{index}]", "a string", types_item_data, error
                        )
                        continue
                    types.append(types_item)
        except READ_ERRORS as error:
            types = UNSET
            drift = mismatch(drift, "types", "a list", _types, error)

        _statuses = d.pop("statuses", UNSET)
        try:
            statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
            if _statuses is not UNSET and _statuses != "":
                if not isinstance(_statuses, list):
                    raise TypeError(f"expected a list, got {type(_statuses).__name__}")
                statuses = []
                for index, statuses_item_data in enumerate(_statuses):
                    try:
                        _statuses_item = statuses_item_data
                        statuses_item = ListVoipCallsBodyStatusesItem(
                            _statuses_item
                            if type(_statuses_item) is str
                            else as_str(_statuses_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"statuses[{index}]", "a string", statuses_item_data, error
                        )
                        continue
                    statuses.append(statuses_item)
        except READ_ERRORS as error:
            statuses = UNSET
            drift = mismatch(drift, "statuses", "a list", _statuses, error)

        _page = d.pop("page", UNSET)
        try:
            page: int | Unset
            if _page is UNSET:
                page = UNSET
            else:
                page = _page if type(_page) is int else as_int(_page)
        except READ_ERRORS as error:
            page = UNSET
            drift = mismatch(drift, "page", "an integer", _page, error)

        _limit = d.pop("limit", UNSET)
        try:
            limit: int | Unset
            if _limit is UNSET:
                limit = UNSET
            else:
                limit = _limit if type(_limit) is int else as_int(_limit)
        except READ_ERRORS as error:
            limit = UNSET
            drift = mismatch(drift, "limit", "an integer", _limit, error)

        if unreadable:
            raise DriftError(drift or ())
        list_voip_calls_body = cls(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )
        if drift:
            list_voip_calls_body.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_voip_calls_body.additional_properties = additional_properties
        return list_voip_calls_body

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
