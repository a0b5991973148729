from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_error_plain_meta import PartnerErrorPlainMeta


T = TypeVar("T", bound="PartnerErrorPlain")


@_attrs_define
class PartnerErrorPlain:
    """
    Attributes:
        success (bool | Unset):
        data (None | Unset):
        meta (PartnerErrorPlainMeta | Unset):
    """

    success: bool | Unset = UNSET
    data: None | Unset = UNSET
    meta: PartnerErrorPlainMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_error_plain_meta import PartnerErrorPlainMeta  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _success = d.pop("success", UNSET)
        try:
            success: bool | Unset
            if _success is UNSET:
                success = UNSET
            else:
                success = _success if type(_success) is bool else as_bool(_success)
        except READ_ERRORS as error:
            success = UNSET
            drift = mismatch(drift, "success", "a boolean", _success, error)

        _data = d.pop("data", UNSET)
        try:
            if _data is not None:
                raise TypeError(f"expected null, got {_data!r}")
            data = None
        except READ_ERRORS as error:
            data = UNSET
            drift = mismatch(drift, "data", "null", _data, error)

        _meta = d.pop("meta", UNSET)
        try:
            meta: PartnerErrorPlainMeta | Unset
            if type(_meta) is dict:
                meta = PartnerErrorPlainMeta.from_dict(_meta)
                if meta.drift:
                    drift = nested(drift, "meta", meta.drift)
            elif _meta is UNSET or is_php_empty(_meta):
                meta = UNSET
            else:
                meta = PartnerErrorPlainMeta.from_dict(_meta)
        except READ_ERRORS as error:
            meta = UNSET
            drift = mismatch(drift, "meta", "an object", _meta, error)

        partner_error_plain = cls(
            success=success,
            data=data,
            meta=meta,
        )
        if drift:
            partner_error_plain.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        partner_error_plain.additional_properties = additional_properties
        return partner_error_plain

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
