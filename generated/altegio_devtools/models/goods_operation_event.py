from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int
from .._read import (
    NO_VALUE,
    as_object,
    enum_reader,
    read_model,
    read_required,
)
from .._typed import Mirror
from ..drift import Drift, DriftError, nested
from ..models.goods_operation_event_resource import GoodsOperationEventResource
from ..models.webhook_status import WebhookStatus
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.goods_operation_event_data import GoodsOperationEventData


T = TypeVar("T", bound="GoodsOperationEvent")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "company_id",
        "resource",
        "resource_id",
        "status",
        "data",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.goods_operation_event_data import GoodsOperationEventData  # noqa: PLC0415

    globals().update(
        {
            "GoodsOperationEventData": GoodsOperationEventData,
        }
    )
    _nested_imported = True


@_attrs_define
class GoodsOperationEvent:
    """
    Attributes:
        company_id (int): Location where the event happened
        resource (GoodsOperationEventResource): Resource type
        resource_id (int): ID of the created/changed/deleted resource
        status (WebhookStatus): Kind of change
        data (GoodsOperationEventData): Product operation (any of the five kinds).
    """

    company_id: int
    resource: GoodsOperationEventResource
    resource_id: int
    status: WebhookStatus
    data: GoodsOperationEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        company_id = (
            self.company_id if isinstance(self.company_id, int) else as_int(self.company_id)
        )

        resource = self.resource.value

        resource_id = (
            self.resource_id if isinstance(self.resource_id, int) else as_int(self.resource_id)
        )

        status = self.status.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "resource": resource,
                "resource_id": resource_id,
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        company_id = _get("company_id", UNSET)
        if type(company_id) is not int:
            _absent += company_id is UNSET
            company_id, drift = read_required(company_id, as_int, "company_id", "an integer", drift)

        resource = _get("resource", UNSET)
        if type(resource) is str:
            resource = GoodsOperationEventResource(resource)
        else:
            _absent += resource is UNSET
            resource, drift = read_required(
                resource,
                enum_reader(GoodsOperationEventResource, False),
                "resource",
                "a string",
                drift,
            )

        resource_id = _get("resource_id", UNSET)
        if type(resource_id) is not int:
            _absent += resource_id is UNSET
            resource_id, drift = read_required(
                resource_id, as_int, "resource_id", "an integer", drift
            )

        status = _get("status", UNSET)
        if type(status) is str:
            status = WebhookStatus(status)
        else:
            _absent += status is UNSET
            status, drift = read_required(
                status, enum_reader(WebhookStatus, False), "status", "a string", drift
            )

        data = _get("data", UNSET)
        if type(data) is dict:
            data = GoodsOperationEventData.from_dict(data)
            if data.drift:
                drift = nested(drift, "data", data.drift)
        else:
            _absent += data is UNSET
            data, drift = read_model(
                data, GoodsOperationEventData.from_dict, "data", drift, required=True
            )

        if NO_VALUE in (
            company_id,
            resource,
            resource_id,
            status,
        ):
            raise DriftError(drift or ())
        goods_operation_event = object.__new__(cls)
        goods_operation_event.company_id = company_id
        goods_operation_event.resource = resource
        goods_operation_event.resource_id = resource_id
        goods_operation_event.status = status
        goods_operation_event.data = data
        goods_operation_event.additional_properties = (
            {}
            if len(_src) + _absent == 5
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        goods_operation_event.drift = tuple(drift) if drift else ()
        return goods_operation_event

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
    """GoodsOperationEvent's msgspec Struct mirror and its conversion into GoodsOperationEvent: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.goods_operation_event_data import (
        typed_mirror as _goods_operation_event_data_mirror,  # noqa: PLC0415
    )

    _goods_operation_event_data = _goods_operation_event_data_mirror()
    _convert_goods_operation_event_data = _goods_operation_event_data.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "GoodsOperationEventMirror",
        [
            ("company_id", int),
            ("resource", str),
            ("resource_id", int),
            ("status", str),
            ("data", _goods_operation_event_data.struct),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> GoodsOperationEvent:
        m = new(GoodsOperationEvent)
        m.company_id = s.company_id
        v = s.resource
        m.resource = GoodsOperationEventResource(v)
        m.resource_id = s.resource_id
        v = s.status
        m.status = WebhookStatus(v)
        v = s.data
        m.data = _goods_operation_event_data.convert(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
