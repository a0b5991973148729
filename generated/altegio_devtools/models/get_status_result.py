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
    from ..models.empty_meta import EmptyMeta
    from ..models.integration_status import IntegrationStatus


T = TypeVar("T", bound="GetStatusResult")

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
    from ..models.empty_meta import EmptyMeta  # noqa: PLC0415
    from ..models.integration_status import IntegrationStatus  # noqa: PLC0415

    globals().update(
        {
            "EmptyMeta": EmptyMeta,
            "IntegrationStatus": IntegrationStatus,
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
class GetStatusResult:
    """
    Attributes:
        success (bool): Response status. Example: True.
        data (IntegrationStatus):  Example: {'logs': [{'changed_at': '2022-06-27 12:20:02', 'status_from':
            'uninstalled', 'status_to': 'pending', 'source': 'marketplace'}, {'changed_at': '2022-06-27 12:22:02',
            'status_from': 'pending', 'status_to': 'active', 'source': 'partner_api'}], 'payments': [{'id': 1523,
            'payment_sum': 1523.12, 'payment_date': '2022-06-27 12:22:02', 'is_refunded': False, 'period_from': '2022-06-27
            00:00:00', 'period_to': '2022-07-27 00:00:00'}], 'connection_status': {'status': 'active', 'created_at':
            '2022-06-27 12:20:02'}}.
        meta (EmptyMeta | list[Any] | Unset): Additional response data (an empty object or an empty array). Example: {}.
    """

    success: bool
    data: IntegrationStatus
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
            data = IntegrationStatus.from_dict(data)
            if data.drift:
                drift = nested(drift, "data", data.drift)
        else:
            _absent += data is UNSET
            data, drift = read_model(
                data, IntegrationStatus.from_dict, "data", drift, required=True
            )

        meta = _get("meta", UNSET)
        _absent += meta is UNSET
        meta, drift = _read_meta(meta, drift)

        if NO_VALUE in (success,):
            raise DriftError(drift or ())
        get_status_result = object.__new__(cls)
        get_status_result.success = success
        get_status_result.data = data
        get_status_result.meta = meta
        get_status_result.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        get_status_result.drift = tuple(drift) if drift else ()
        return get_status_result

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
    """GetStatusResult's msgspec Struct mirror and its conversion into GetStatusResult: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.integration_status import typed_mirror as _integration_status_mirror  # noqa: PLC0415

    _integration_status = _integration_status_mirror()
    _convert_integration_status = _integration_status.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "GetStatusResultMirror",
        [
            ("success", bool),
            ("data", _integration_status.struct),
            ("meta", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> GetStatusResult:
        m = new(GetStatusResult)
        m.success = s.success
        v = s.data
        m.data = _integration_status.convert(v)
        m.meta = fitted(_read_meta(s.meta, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
