from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str
from .._read import (
    as_object,
    read,
    read_list,
    read_model,
    read_number,
)
from .._typed import Mirror, Tally, list_of, read_raw_items
from ..drift import Drift, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_event_data_image_group import ServiceEventDataImageGroup
    from ..models.service_event_data_staff_item import ServiceEventDataStaffItem


T = TypeVar("T", bound="ServiceEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "discount",
        "comment",
        "weight",
        "active",
        "api_id",
        "staff",
        "image_group",
        "prepaid",
        "is_multi",
        "capacity",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.service_event_data_image_group import ServiceEventDataImageGroup  # noqa: PLC0415
    from ..models.service_event_data_staff_item import ServiceEventDataStaffItem  # noqa: PLC0415

    globals().update(
        {
            "ServiceEventDataImageGroup": ServiceEventDataImageGroup,
            "ServiceEventDataStaffItem": ServiceEventDataStaffItem,
        }
    )
    _nested_imported = True


@_attrs_define
class ServiceEventData:
    """Service as returned by the service detail API.

    Attributes:
        id (int | Unset): Service ID
        salon_service_id (int | Unset):
        title (str | Unset):
        booking_title (str | Unset): Name shown in online booking
        category_id (int | Unset):
        price_min (float | Unset):
        price_max (float | Unset):
        duration (int | Unset): Length in minutes
        discount (float | Unset):
        comment (str | Unset):
        weight (int | Unset): Sort order
        active (bool | Unset):
        api_id (str | Unset):
        staff (list[ServiceEventDataStaffItem] | Unset): Team members who provide it
        image_group (ServiceEventDataImageGroup | Unset):
        prepaid (str | Unset):
        is_multi (bool | Unset):
        capacity (int | Unset):
        is_price_managed_only_in_chain (bool | Unset):
        is_comment_managed_only_in_chain (bool | Unset):
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    booking_title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    duration: int | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: int | Unset = UNSET
    active: bool | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[ServiceEventDataStaffItem] | Unset = UNSET
    image_group: ServiceEventDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    is_multi: bool | Unset = UNSET
    capacity: int | Unset = UNSET
    is_price_managed_only_in_chain: bool | Unset = UNSET
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        salon_service_id: int | Unset = UNSET
        if not isinstance(self.salon_service_id, Unset):
            salon_service_id = (
                self.salon_service_id
                if isinstance(self.salon_service_id, int)
                else as_int(self.salon_service_id)
            )

        title = self.title

        booking_title = self.booking_title

        category_id: int | Unset = UNSET
        if not isinstance(self.category_id, Unset):
            category_id = (
                self.category_id if isinstance(self.category_id, int) else as_int(self.category_id)
            )

        price_min = self.price_min

        price_max = self.price_max

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration if isinstance(self.duration, int) else as_int(self.duration)

        discount = self.discount

        comment = self.comment

        weight: int | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight if isinstance(self.weight, int) else as_int(self.weight)

        active = self.active

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        is_multi = self.is_multi

        capacity: int | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity if isinstance(self.capacity, int) else as_int(self.capacity)

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if duration is not UNSET:
            field_dict["duration"] = duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int:
            _absent += salon_service_id is UNSET
            salon_service_id, drift = read(
                salon_service_id, as_int, "salon_service_id", "an integer", drift
            )

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        booking_title = _get("booking_title", UNSET)
        if type(booking_title) is not str:
            _absent += booking_title is UNSET
            booking_title, drift = read(booking_title, as_str, "booking_title", "a string", drift)

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int:
            _absent += category_id is UNSET
            category_id, drift = read(category_id, as_int, "category_id", "an integer", drift)

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int:
            _absent += price_min is UNSET
            price_min, drift = read(price_min, read_number, "price_min", "a number", drift)

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int:
            _absent += price_max is UNSET
            price_max, drift = read(price_max, read_number, "price_max", "a number", drift)

        duration = _get("duration", UNSET)
        if type(duration) is not int:
            _absent += duration is UNSET
            duration, drift = read(duration, as_int, "duration", "an integer", drift)

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read(discount, read_number, "discount", "a number", drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        weight = _get("weight", UNSET)
        if type(weight) is not int:
            _absent += weight is UNSET
            weight, drift = read(weight, as_int, "weight", "an integer", drift)

        active = _get("active", UNSET)
        if type(active) is not bool:
            _absent += active is UNSET
            active, drift = read(active, as_bool, "active", "a boolean", drift)

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str:
            _absent += api_id is UNSET
            api_id, drift = read(api_id, as_str, "api_id", "a string", drift)

        staff = _get("staff", UNSET)
        if type(staff) is list:
            _items = []
            for _index, _item in enumerate(staff):
                if type(_item) is dict:
                    _item = ServiceEventDataStaffItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"staff[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        ServiceEventDataStaffItem.from_dict,
                        f"staff[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            staff = _items
        else:
            _absent += staff is UNSET
            staff, drift = read_list(staff, "staff", drift)

        image_group = _get("image_group", UNSET)
        if type(image_group) is dict:
            image_group = ServiceEventDataImageGroup.from_dict(image_group)
            if image_group.drift:
                drift = nested(drift, "image_group", image_group.drift)
        else:
            _absent += image_group is UNSET
            image_group, drift = read_model(
                image_group, ServiceEventDataImageGroup.from_dict, "image_group", drift
            )

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str:
            _absent += prepaid is UNSET
            prepaid, drift = read(prepaid, as_str, "prepaid", "a string", drift)

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool:
            _absent += is_multi is UNSET
            is_multi, drift = read(is_multi, as_bool, "is_multi", "a boolean", drift)

        capacity = _get("capacity", UNSET)
        if type(capacity) is not int:
            _absent += capacity is UNSET
            capacity, drift = read(capacity, as_int, "capacity", "an integer", drift)

        is_price_managed_only_in_chain = _get("is_price_managed_only_in_chain", UNSET)
        if type(is_price_managed_only_in_chain) is not bool:
            _absent += is_price_managed_only_in_chain is UNSET
            is_price_managed_only_in_chain, drift = read(
                is_price_managed_only_in_chain,
                as_bool,
                "is_price_managed_only_in_chain",
                "a boolean",
                drift,
            )

        is_comment_managed_only_in_chain = _get("is_comment_managed_only_in_chain", UNSET)
        if type(is_comment_managed_only_in_chain) is not bool:
            _absent += is_comment_managed_only_in_chain is UNSET
            is_comment_managed_only_in_chain, drift = read(
                is_comment_managed_only_in_chain,
                as_bool,
                "is_comment_managed_only_in_chain",
                "a boolean",
                drift,
            )

        service_event_data = object.__new__(cls)
        service_event_data.id = id
        service_event_data.salon_service_id = salon_service_id
        service_event_data.title = title
        service_event_data.booking_title = booking_title
        service_event_data.category_id = category_id
        service_event_data.price_min = price_min
        service_event_data.price_max = price_max
        service_event_data.duration = duration
        service_event_data.discount = discount
        service_event_data.comment = comment
        service_event_data.weight = weight
        service_event_data.active = active
        service_event_data.api_id = api_id
        service_event_data.staff = staff
        service_event_data.image_group = image_group
        service_event_data.prepaid = prepaid
        service_event_data.is_multi = is_multi
        service_event_data.capacity = capacity
        service_event_data.is_price_managed_only_in_chain = is_price_managed_only_in_chain
        service_event_data.is_comment_managed_only_in_chain = is_comment_managed_only_in_chain
        service_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 20
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        service_event_data.drift = tuple(drift) if drift else ()
        return service_event_data

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
    """ServiceEventData's msgspec Struct mirror and its conversion into ServiceEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.service_event_data_image_group import (
        typed_mirror as _service_event_data_image_group_mirror,  # noqa: PLC0415
    )
    from ..models.service_event_data_staff_item import (
        typed_mirror as _service_event_data_staff_item_mirror,  # noqa: PLC0415
    )

    _service_event_data_staff_item = _service_event_data_staff_item_mirror()
    _convert_service_event_data_staff_item = _service_event_data_staff_item.convert
    _service_event_data_image_group = _service_event_data_image_group_mirror()
    _convert_service_event_data_image_group = _service_event_data_image_group.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "ServiceEventDataMirror",
        [
            ("id", int, UNSET),
            ("salon_service_id", int, UNSET),
            ("title", str, UNSET),
            ("booking_title", str, UNSET),
            ("category_id", int, UNSET),
            ("price_min", int | float, UNSET),
            ("price_max", int | float, UNSET),
            ("duration", int, UNSET),
            ("discount", int | float, UNSET),
            ("comment", str, UNSET),
            ("weight", int, UNSET),
            ("active", bool, UNSET),
            ("api_id", str, UNSET),
            ("staff", list_of(_service_event_data_staff_item.struct), UNSET),
            ("image_group", _service_event_data_image_group.struct, UNSET),
            ("prepaid", str, UNSET),
            ("is_multi", bool, UNSET),
            ("capacity", int, UNSET),
            ("is_price_managed_only_in_chain", bool, UNSET),
            ("is_comment_managed_only_in_chain", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ServiceEventData:
        m = new(ServiceEventData)
        m.id = s.id
        m.salon_service_id = s.salon_service_id
        m.title = s.title
        m.booking_title = s.booking_title
        m.category_id = s.category_id
        m.price_min = s.price_min
        m.price_max = s.price_max
        m.duration = s.duration
        m.discount = s.discount
        m.comment = s.comment
        m.weight = s.weight
        m.active = s.active
        m.api_id = s.api_id
        v = s.staff
        m.staff = v if v is UNSET else [_convert_service_event_data_staff_item(i) for i in v]
        v = s.image_group
        m.image_group = v if v is UNSET else _service_event_data_image_group.convert(v)
        m.prepaid = s.prepaid
        m.is_multi = s.is_multi
        m.capacity = s.capacity
        m.is_price_managed_only_in_chain = s.is_price_managed_only_in_chain
        m.is_comment_managed_only_in_chain = s.is_comment_managed_only_in_chain
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "ServiceEventDataLaxMirror",
        [
            ("id", int, UNSET),
            ("salon_service_id", int, UNSET),
            ("title", str, UNSET),
            ("booking_title", str, UNSET),
            ("category_id", int, UNSET),
            ("price_min", int | float, UNSET),
            ("price_max", int | float, UNSET),
            ("duration", int, UNSET),
            ("discount", int | float, UNSET),
            ("comment", str, UNSET),
            ("weight", int, UNSET),
            ("active", bool, UNSET),
            ("api_id", str, UNSET),
            ("staff", list[msgspec.Raw], UNSET),
            ("image_group", _service_event_data_image_group.struct, UNSET),
            ("prepaid", str, UNSET),
            ("is_multi", bool, UNSET),
            ("capacity", int, UNSET),
            ("is_price_managed_only_in_chain", bool, UNSET),
            ("is_comment_managed_only_in_chain", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> ServiceEventData:
        m = new(ServiceEventData)
        drift: list[Drift] | None = None
        m.id = s.id
        m.salon_service_id = s.salon_service_id
        m.title = s.title
        m.booking_title = s.booking_title
        m.category_id = s.category_id
        m.price_min = s.price_min
        m.price_max = s.price_max
        m.duration = s.duration
        m.discount = s.discount
        m.comment = s.comment
        m.weight = s.weight
        m.active = s.active
        m.api_id = s.api_id
        v = s.staff
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _service_event_data_staff_item,
                ServiceEventDataStaffItem.from_dict,
                "staff",
                drift,
                tally=tally,
            )
        m.staff = v
        v = s.image_group
        m.image_group = v if v is UNSET else _service_event_data_image_group.convert(v)
        m.prepaid = s.prepaid
        m.is_multi = s.is_multi
        m.capacity = s.capacity
        m.is_price_managed_only_in_chain = s.is_price_managed_only_in_chain
        m.is_comment_managed_only_in_chain = s.is_comment_managed_only_in_chain
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
