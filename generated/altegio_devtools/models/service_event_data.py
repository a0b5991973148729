from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_float,
    as_int,
    as_str,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..models.service_event_data_active import ServiceEventDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_event_data_image_group import ServiceEventDataImageGroup
    from ..models.service_event_data_staff_item import ServiceEventDataStaffItem


T = TypeVar("T", bound="ServiceEventData")


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
        active (ServiceEventDataActive | Unset):
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
    active: ServiceEventDataActive | Unset = UNSET
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
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

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

        capacity = self.capacity

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
        from ..models.service_event_data_image_group import ServiceEventDataImageGroup  # noqa: PLC0415
        from ..models.service_event_data_staff_item import ServiceEventDataStaffItem  # noqa: PLC0415

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _salon_service_id = d.pop("salon_service_id", UNSET)
        try:
            salon_service_id: int | Unset
            if _salon_service_id is UNSET:
                salon_service_id = UNSET
            else:
                salon_service_id = (
                    _salon_service_id
                    if type(_salon_service_id) is int
                    else as_int(_salon_service_id)
                )
        except READ_ERRORS as error:
            salon_service_id = UNSET
            drift = mismatch(drift, "salon_service_id", "an integer", _salon_service_id, error)

        _title = d.pop("title", UNSET)
        try:
            title: str | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = _title if type(_title) is str else as_str(_title)
        except READ_ERRORS as error:
            title = UNSET
            drift = mismatch(drift, "title", "a string", _title, error)

        _booking_title = d.pop("booking_title", UNSET)
        try:
            booking_title: str | Unset
            if _booking_title is UNSET:
                booking_title = UNSET
            else:
                booking_title = (
                    _booking_title if type(_booking_title) is str else as_str(_booking_title)
                )
        except READ_ERRORS as error:
            booking_title = UNSET
            drift = mismatch(drift, "booking_title", "a string", _booking_title, error)

        _category_id = d.pop("category_id", UNSET)
        try:
            category_id: int | Unset
            if _category_id is UNSET:
                category_id = UNSET
            else:
                category_id = _category_id if type(_category_id) is int else as_int(_category_id)
        except READ_ERRORS as error:
            category_id = UNSET
            drift = mismatch(drift, "category_id", "an integer", _category_id, error)

        _price_min = d.pop("price_min", UNSET)
        try:
            price_min: float | Unset
            if _price_min is UNSET:
                price_min = UNSET
            else:
                price_min = (
                    _price_min
                    if type(_price_min) is float or type(_price_min) is int
                    else as_float(_price_min)
                )
        except READ_ERRORS as error:
            price_min = UNSET
            drift = mismatch(drift, "price_min", "a number", _price_min, error)

        _price_max = d.pop("price_max", UNSET)
        try:
            price_max: float | Unset
            if _price_max is UNSET:
                price_max = UNSET
            else:
                price_max = (
                    _price_max
                    if type(_price_max) is float or type(_price_max) is int
                    else as_float(_price_max)
                )
        except READ_ERRORS as error:
            price_max = UNSET
            drift = mismatch(drift, "price_max", "a number", _price_max, error)

        _duration = d.pop("duration", UNSET)
        try:
            duration: int | Unset
            if _duration is UNSET:
                duration = UNSET
            else:
                duration = _duration if type(_duration) is int else as_int(_duration)
        except READ_ERRORS as error:
            duration = UNSET
            drift = mismatch(drift, "duration", "an integer", _duration, error)

        _discount = d.pop("discount", UNSET)
        try:
            discount: float | Unset
            if _discount is UNSET:
                discount = UNSET
            else:
                discount = (
                    _discount
                    if type(_discount) is float or type(_discount) is int
                    else as_float(_discount)
                )
        except READ_ERRORS as error:
            discount = UNSET
            drift = mismatch(drift, "discount", "a number", _discount, error)

        _comment = d.pop("comment", UNSET)
        try:
            comment: str | Unset
            if _comment is UNSET:
                comment = UNSET
            else:
                comment = _comment if type(_comment) is str else as_str(_comment)
        except READ_ERRORS as error:
            comment = UNSET
            drift = mismatch(drift, "comment", "a string", _comment, error)

        _weight = d.pop("weight", UNSET)
        try:
            weight: int | Unset
            if _weight is UNSET:
                weight = UNSET
            else:
                weight = _weight if type(_weight) is int else as_int(_weight)
        except READ_ERRORS as error:
            weight = UNSET
            drift = mismatch(drift, "weight", "an integer", _weight, error)

        _active = d.pop("active", UNSET)
        try:
            active: ServiceEventDataActive | Unset
            if _active is UNSET:
                active = UNSET
            else:
                active = ServiceEventDataActive(
                    _active if type(_active) is int else as_int(_active)
                )
        except READ_ERRORS as error:
            active = UNSET
            drift = mismatch(drift, "active", "an integer", _active, error)

        _api_id = d.pop("api_id", UNSET)
        try:
            api_id: str | Unset
            if _api_id is UNSET:
                api_id = UNSET
            else:
                api_id = _api_id if type(_api_id) is str else as_str(_api_id)
        except READ_ERRORS as error:
            api_id = UNSET
            drift = mismatch(drift, "api_id", "a string", _api_id, error)

        _staff = d.pop("staff", UNSET)
        try:
            staff: list[ServiceEventDataStaffItem] | Unset = UNSET
            if _staff is not UNSET and _staff != "":
                if not isinstance(_staff, list):
                    raise TypeError(f"expected a list, got {type(_staff).__name__}")
                staff = []
                for index, staff_item_data in enumerate(_staff):
                    try:
                        staff_item = ServiceEventDataStaffItem.from_dict(staff_item_data)
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"staff[{index}]", "an object", staff_item_data, error
                        )
                        continue
                    if staff_item.drift:
                        drift = nested(drift, f"staff[{index}]", staff_item.drift)
                    staff.append(staff_item)
        except READ_ERRORS as error:
            staff = UNSET
            drift = mismatch(drift, "staff", "a list", _staff, error)

        _image_group = d.pop("image_group", UNSET)
        try:
            image_group: ServiceEventDataImageGroup | Unset
            if type(_image_group) is dict:
                image_group = ServiceEventDataImageGroup.from_dict(_image_group)
                if image_group.drift:
                    drift = nested(drift, "image_group", image_group.drift)
            elif _image_group is UNSET or is_php_empty(_image_group):
                image_group = UNSET
            else:
                image_group = ServiceEventDataImageGroup.from_dict(_image_group)
        except READ_ERRORS as error:
            image_group = UNSET
            drift = mismatch(drift, "image_group", "an object", _image_group, error)

        _prepaid = d.pop("prepaid", UNSET)
        try:
            prepaid: str | Unset
            if _prepaid is UNSET:
                prepaid = UNSET
            else:
                prepaid = _prepaid if type(_prepaid) is str else as_str(_prepaid)
        except READ_ERRORS as error:
            prepaid = UNSET
            drift = mismatch(drift, "prepaid", "a string", _prepaid, error)

        _is_multi = d.pop("is_multi", UNSET)
        try:
            is_multi: bool | Unset
            if _is_multi is UNSET:
                is_multi = UNSET
            else:
                is_multi = _is_multi if type(_is_multi) is bool else as_bool(_is_multi)
        except READ_ERRORS as error:
            is_multi = UNSET
            drift = mismatch(drift, "is_multi", "a boolean", _is_multi, error)

        _capacity = d.pop("capacity", UNSET)
        try:
            capacity: int | Unset
            if _capacity is UNSET:
                capacity = UNSET
            else:
                capacity = _capacity if type(_capacity) is int else as_int(_capacity)
        except READ_ERRORS as error:
            capacity = UNSET
            drift = mismatch(drift, "capacity", "an integer", _capacity, error)

        _is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)
        try:
            is_price_managed_only_in_chain: bool | Unset
            if _is_price_managed_only_in_chain is UNSET:
                is_price_managed_only_in_chain = UNSET
            else:
                is_price_managed_only_in_chain = (
                    _is_price_managed_only_in_chain
                    if type(_is_price_managed_only_in_chain) is bool
                    else as_bool(_is_price_managed_only_in_chain)
                )
        except READ_ERRORS as error:
            is_price_managed_only_in_chain = UNSET
            drift = mismatch(
                drift,
                "is_price_managed_only_in_chain",
                "a boolean",
                _is_price_managed_only_in_chain,
                error,
            )

        _is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)
        try:
            is_comment_managed_only_in_chain: bool | Unset
            if _is_comment_managed_only_in_chain is UNSET:
                is_comment_managed_only_in_chain = UNSET
            else:
                is_comment_managed_only_in_chain = (
                    _is_comment_managed_only_in_chain
                    if type(_is_comment_managed_only_in_chain) is bool
                    else as_bool(_is_comment_managed_only_in_chain)
                )
        except READ_ERRORS as error:
            is_comment_managed_only_in_chain = UNSET
            drift = mismatch(
                drift,
                "is_comment_managed_only_in_chain",
                "a boolean",
                _is_comment_managed_only_in_chain,
                error,
            )

        service_event_data = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            discount=discount,
            comment=comment,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
            image_group=image_group,
            prepaid=prepaid,
            is_multi=is_multi,
            capacity=capacity,
            is_price_managed_only_in_chain=is_price_managed_only_in_chain,
            is_comment_managed_only_in_chain=is_comment_managed_only_in_chain,
        )
        if drift:
            service_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        service_event_data.additional_properties = additional_properties
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
