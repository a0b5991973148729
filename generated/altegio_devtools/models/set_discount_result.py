from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool
from .._read import (
    NO_VALUE,
    as_object,
    read_model,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_result import DiscountResult
    from ..models.empty_meta import EmptyMeta


T = TypeVar("T", bound="SetDiscountResult")

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
    from ..models.discount_result import DiscountResult  # noqa: PLC0415
    from ..models.empty_meta import EmptyMeta  # noqa: PLC0415

    globals().update(
        {
            "DiscountResult": DiscountResult,
            "EmptyMeta": EmptyMeta,
        }
    )
    _nested_imported = True


def _parse_meta(data: object) -> EmptyMeta | list[Any] | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            componentsschemasresponse_meta_empty_object_type_0 = EmptyMeta.from_dict(data)

            return componentsschemasresponse_meta_empty_object_type_0
        except READ_ERRORS:
            pass
    _componentsschemasresponse_meta_empty_object_type_1 = data
    if not isinstance(_componentsschemasresponse_meta_empty_object_type_1, list):
        raise TypeError(
            f"expected a list, got {type(_componentsschemasresponse_meta_empty_object_type_1).__name__}"
        )
    componentsschemasresponse_meta_empty_object_type_1 = []
    for (
        componentsschemasresponse_meta_empty_object_type_1_item_data
    ) in _componentsschemasresponse_meta_empty_object_type_1:
        componentsschemasresponse_meta_empty_object_type_1_item = (
            componentsschemasresponse_meta_empty_object_type_1_item_data
        )

        componentsschemasresponse_meta_empty_object_type_1.append(
            componentsschemasresponse_meta_empty_object_type_1_item
        )

    return componentsschemasresponse_meta_empty_object_type_1


def _read_meta(_meta: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        meta = _parse_meta(_meta)
    except READ_ERRORS as error:
        meta = UNSET
        drift = mismatch(drift, "meta", "an object or a list", _meta, error)
    else:
        drift = collect(drift, "meta", meta)
    return meta, drift


@_attrs_define
class SetDiscountResult:
    """
    Attributes:
        success (bool):  Example: True.
        data (DiscountResult):
        meta (EmptyMeta | list[Any] | Unset): Additional response data (an empty object or an empty array). Example: {}.
    """

    success: bool
    data: DiscountResult
    meta: EmptyMeta | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.empty_meta import EmptyMeta  # noqa: PLC0415

        success = self.success

        data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, EmptyMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
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
            success, drift = read_required(success, as_bool, "success", "a boolean", drift)

        data = _get("data", UNSET)
        if type(data) is dict:
            data = DiscountResult.from_dict(data)
            if data.drift:
                drift = nested(drift, "data", data.drift)
        else:
            _absent += data is UNSET
            data, drift = read_model(data, DiscountResult.from_dict, "data", drift, required=True)

        meta = _get("meta", UNSET)
        _absent += meta is UNSET
        meta, drift = _read_meta(meta, drift)

        if NO_VALUE in (success,):
            raise DriftError(drift or ())
        set_discount_result = object.__new__(cls)
        set_discount_result.success = success
        set_discount_result.data = data
        set_discount_result.meta = meta
        set_discount_result.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        set_discount_result.drift = tuple(drift) if drift else ()
        return set_discount_result

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
    """SetDiscountResult's msgspec Struct mirror and its conversion into SetDiscountResult: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.discount_result import typed_mirror as _discount_result_mirror  # noqa: PLC0415

    _discount_result = _discount_result_mirror()
    _convert_discount_result = _discount_result.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "SetDiscountResultMirror",
        [
            ("success", bool),
            ("data", _discount_result.struct),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SetDiscountResult:
        m = new(SetDiscountResult)
        m.success = s.success
        v = s.data
        m.data = _discount_result.convert(v)
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
