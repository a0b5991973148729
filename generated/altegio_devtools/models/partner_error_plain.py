from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from .._read import (
    as_object,
    read,
    read_model,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_error_plain_meta import PartnerErrorPlainMeta


T = TypeVar("T", bound="PartnerErrorPlain")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.partner_error_plain_meta import PartnerErrorPlainMeta  # noqa: PLC0415

    globals().update(
        {
            "PartnerErrorPlainMeta": PartnerErrorPlainMeta,
        }
    )
    _nested_imported = True


def _read_data(_data: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        if _data is not None:
            raise TypeError(f"expected null, got {_data!r}")
        data = None
    except READ_ERRORS as error:
        data = UNSET
        drift = mismatch(drift, "data", "null", _data, error)
    return data, drift


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
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        success = _get("success", UNSET)
        if type(success) is not bool:
            _absent += success is UNSET
            success, drift = read(success, as_bool, "success", "a boolean", drift)

        data = _get("data", UNSET)
        _absent += data is UNSET
        data, drift = _read_data(data, drift)

        meta = _get("meta", UNSET)
        if type(meta) is dict:
            meta = PartnerErrorPlainMeta.from_dict(meta)
            if meta.drift:
                drift = nested(drift, "meta", meta.drift)
        else:
            _absent += meta is UNSET
            meta, drift = read_model(meta, PartnerErrorPlainMeta.from_dict, "meta", drift)

        partner_error_plain = object.__new__(cls)
        partner_error_plain.success = success
        partner_error_plain.data = data
        partner_error_plain.meta = meta
        partner_error_plain.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        partner_error_plain.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """PartnerErrorPlain's msgspec Struct mirror and its conversion into PartnerErrorPlain: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.partner_error_plain_meta import typed_mirror as _partner_error_plain_meta_mirror  # noqa: PLC0415

    _partner_error_plain_meta = _partner_error_plain_meta_mirror()
    _convert_partner_error_plain_meta = _partner_error_plain_meta.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "PartnerErrorPlainMirror",
        [
            ("success", bool, UNSET),
            ("data", Any, UNSET),
            ("meta", _partner_error_plain_meta.struct, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> PartnerErrorPlain:
        m = new(PartnerErrorPlain)
        m.success = s.success
        m.data = fitted(_read_data(s.data, None))
        v = s.meta
        m.meta = v if v is UNSET else _partner_error_plain_meta.convert(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
