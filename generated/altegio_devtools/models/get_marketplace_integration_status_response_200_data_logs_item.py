from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_datetime,
    as_str,
    format_datetime,
    is_null_date,
)
from ..drift import READ_ERRORS, Drift, mismatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200DataLogsItem")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200DataLogsItem:
    """
    Attributes:
        changed_at (datetime.datetime | None | str | Unset): When the status changed
        status_from (str | Unset): Previous status
        status_to (str | Unset): New status
        source (str | Unset): Who/what changed the status
    """

    changed_at: datetime.datetime | None | str | Unset = UNSET
    status_from: str | Unset = UNSET
    status_to: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        changed_at: None | str | Unset
        if isinstance(self.changed_at, Unset):
            changed_at = UNSET
        elif isinstance(self.changed_at, datetime.datetime):
            changed_at = format_datetime(self.changed_at)
        else:
            changed_at = self.changed_at

        status_from = self.status_from

        status_to = self.status_to

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if status_from is not UNSET:
            field_dict["status_from"] = status_from
        if status_to is not UNSET:
            field_dict["status_to"] = status_to
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _changed_at = d.pop("changed_at", UNSET)
        try:

            def _parse_changed_at(data: object) -> datetime.datetime | None | str | Unset:
                if data is None or is_null_date(data) or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    _changed_at_type_0 = data
                    changed_at_type_0 = as_datetime(_changed_at_type_0)

                    return changed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                _changed_at_type_1 = data
                changed_at_type_1 = (
                    _changed_at_type_1
                    if type(_changed_at_type_1) is str
                    else as_str(_changed_at_type_1)
                )

                return changed_at_type_1

            changed_at = _parse_changed_at(_changed_at)
        except READ_ERRORS as error:
            changed_at = UNSET
            drift = mismatch(
                drift, "changed_at", "a date-time or a string or null", _changed_at, error
            )

        _status_from = d.pop("status_from", UNSET)
        try:
            status_from: str | Unset
            if _status_from is UNSET:
                status_from = UNSET
            else:
                status_from = _status_from if type(_status_from) is str else as_str(_status_from)
        except READ_ERRORS as error:
            status_from = UNSET
            drift = mismatch(drift, "status_from", "a string", _status_from, error)

        _status_to = d.pop("status_to", UNSET)
        try:
            status_to: str | Unset
            if _status_to is UNSET:
                status_to = UNSET
            else:
                status_to = _status_to if type(_status_to) is str else as_str(_status_to)
        except READ_ERRORS as error:
            status_to = UNSET
            drift = mismatch(drift, "status_to", "a string", _status_to, error)

        _source = d.pop("source", UNSET)
        try:
            source: str | Unset
            if _source is UNSET:
                source = UNSET
            else:
                source = _source if type(_source) is str else as_str(_source)
        except READ_ERRORS as error:
            source = UNSET
            drift = mismatch(drift, "source", "a string", _source, error)

        get_marketplace_integration_status_response_200_data_logs_item = cls(
            changed_at=changed_at,
            status_from=status_from,
            status_to=status_to,
            source=source,
        )
        if drift:
            get_marketplace_integration_status_response_200_data_logs_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_marketplace_integration_status_response_200_data_logs_item.additional_properties = (
            additional_properties
        )
        return get_marketplace_integration_status_response_200_data_logs_item

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
