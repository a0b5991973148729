from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    NO_VALUE,
    as_object,
    read,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.call_status_filter import CallStatusFilter
from ..models.call_type_filter import CallTypeFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCallsBody")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "salon_id",
        "date_from",
        "date_to",
        "phone",
        "types",
        "statuses",
        "page",
        "limit",
    }
)


def _parse_date_from(data: object) -> datetime.date | str:
    if isinstance(data, str):
        try:
            _date_from_type_0 = data
            date_from_type_0 = datetime.date.fromisoformat(as_str(_date_from_type_0))

            return date_from_type_0
        except READ_ERRORS:
            pass
    _date_from_type_1 = data
    date_from_type_1 = (
        _date_from_type_1 if type(_date_from_type_1) is str else as_str(_date_from_type_1)
    )

    return date_from_type_1


def _read_date_from(_date_from: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        date_from = _parse_date_from(_date_from)
    except READ_ERRORS as error:
        date_from = cast(Any, NO_VALUE)
        drift = mismatch(drift, "date_from", "a date or a string", _date_from, error)
    return date_from, drift


def _parse_date_to(data: object) -> datetime.date | str:
    if isinstance(data, str):
        try:
            _date_to_type_0 = data
            date_to_type_0 = datetime.date.fromisoformat(as_str(_date_to_type_0))

            return date_to_type_0
        except READ_ERRORS:
            pass
    _date_to_type_1 = data
    date_to_type_1 = _date_to_type_1 if type(_date_to_type_1) is str else as_str(_date_to_type_1)

    return date_to_type_1


def _read_date_to(_date_to: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        date_to = _parse_date_to(_date_to)
    except READ_ERRORS as error:
        date_to = cast(Any, NO_VALUE)
        drift = mismatch(drift, "date_to", "a date or a string", _date_to, error)
    return date_to, drift


def _read_types(_types: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        types: list[CallTypeFilter] | Unset = UNSET
        if _types is not UNSET and _types != "":
            if not isinstance(_types, list):
                raise TypeError(f"expected a list, got {type(_types).__name__}")
            types = []
            for index, types_item_data in enumerate(_types):
                try:
                    _types_item = types_item_data
                    types_item = CallTypeFilter(
                        _types_item if type(_types_item) is str else as_str(_types_item)
                    )
                except READ_ERRORS as error:
                    drift = mismatch(drift, f"types[{index}]", "a string", types_item_data, error)
                    continue
                types.append(types_item)
    except READ_ERRORS as error:
        types = UNSET
        drift = mismatch(drift, "types", "a list", _types, error)
    return types, drift


def _read_statuses(_statuses: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        statuses: list[CallStatusFilter] | Unset = UNSET
        if _statuses is not UNSET and _statuses != "":
            if not isinstance(_statuses, list):
                raise TypeError(f"expected a list, got {type(_statuses).__name__}")
            statuses = []
            for index, statuses_item_data in enumerate(_statuses):
                try:
                    _statuses_item = statuses_item_data
                    statuses_item = CallStatusFilter(
                        _statuses_item if type(_statuses_item) is str else as_str(_statuses_item)
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
    return statuses, drift


@_attrs_define
class ListCallsBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 615243.
        date_from (datetime.date | str): Start date Example: 2026-01-01.
        date_to (datetime.date | str): End date Example: 2026-02-01.
        phone (str | Unset): Phone number Example: +13155550175.
        types (list[CallTypeFilter] | Unset): Call types to include
        statuses (list[CallStatusFilter] | Unset): Call statuses to include
        page (int | Unset): Page number Example: 1.
        limit (int | Unset): Items per page Example: 25.
    """

    salon_id: int
    date_from: datetime.date | str
    date_to: datetime.date | str
    phone: str | Unset = UNSET
    types: list[CallTypeFilter] | Unset = UNSET
    statuses: list[CallStatusFilter] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id if isinstance(self.salon_id, int) else as_int(self.salon_id)

        date_from: str
        if isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: str
        if isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
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

        page: int | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page if isinstance(self.page, int) else as_int(self.page)

        limit: int | Unset = UNSET
        if not isinstance(self.limit, Unset):
            limit = self.limit if isinstance(self.limit, int) else as_int(self.limit)

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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            _absent += salon_id is UNSET
            salon_id, drift = read_required(salon_id, as_int, "salon_id", "an integer", drift)

        date_from = _get("date_from", UNSET)
        _absent += date_from is UNSET
        date_from, drift = _read_date_from(date_from, drift)

        date_to = _get("date_to", UNSET)
        _absent += date_to is UNSET
        date_to, drift = _read_date_to(date_to, drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        types = _get("types", UNSET)
        _absent += types is UNSET
        types, drift = _read_types(types, drift)

        statuses = _get("statuses", UNSET)
        _absent += statuses is UNSET
        statuses, drift = _read_statuses(statuses, drift)

        page = _get("page", UNSET)
        if type(page) is not int:
            _absent += page is UNSET
            page, drift = read(page, as_int, "page", "an integer", drift)

        limit = _get("limit", UNSET)
        if type(limit) is not int:
            _absent += limit is UNSET
            limit, drift = read(limit, as_int, "limit", "an integer", drift)

        if NO_VALUE in (
            salon_id,
            date_from,
            date_to,
        ):
            raise DriftError(drift or ())
        list_calls_body = object.__new__(cls)
        list_calls_body.salon_id = salon_id
        list_calls_body.date_from = date_from
        list_calls_body.date_to = date_to
        list_calls_body.phone = phone
        list_calls_body.types = types
        list_calls_body.statuses = statuses
        list_calls_body.page = page
        list_calls_body.limit = limit
        list_calls_body.additional_properties = (
            {}
            if len(_src) + _absent == 8
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        list_calls_body.drift = tuple(drift) if drift else ()
        return list_calls_body

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
    """ListCallsBody's msgspec Struct mirror and its conversion into ListCallsBody: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "ListCallsBodyMirror",
        [
            ("salon_id", int),
            ("date_from", Any),
            ("date_to", Any),
            ("phone", str, UNSET),
            ("types", Any, UNSET),
            ("statuses", Any, UNSET),
            ("page", int, UNSET),
            ("limit", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ListCallsBody:
        m = new(ListCallsBody)
        m.salon_id = s.salon_id
        m.date_from = fitted(_read_date_from(s.date_from, None))
        m.date_to = fitted(_read_date_to(s.date_to, None))
        m.phone = s.phone
        m.types = fitted(_read_types(s.types, None))
        m.statuses = fitted(_read_statuses(s.statuses, None))
        m.page = s.page
        m.limit = s.limit
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
