from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str, is_null_date
from .._read import (
    as_object,
    read,
    read_model,
    read_number,
)
from .._typed import Mirror, fitted, or_null
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_event_data_image_group import StaffEventDataImageGroup
    from ..models.staff_event_data_position import StaffEventDataPosition
    from ..models.staff_user import StaffUser


T = TypeVar("T", bound="StaffEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "position",
        "show_rating",
        "rating",
        "votes_count",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "position_id",
        "schedule_till",
        "image_group",
        "prepaid",
        "user_id",
        "user",
        "has_access_timetable",
        "is_paid_staff",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.staff_event_data_image_group import StaffEventDataImageGroup  # noqa: PLC0415
    from ..models.staff_event_data_position import StaffEventDataPosition  # noqa: PLC0415
    from ..models.staff_user import StaffUser  # noqa: PLC0415

    globals().update(
        {
            "StaffEventDataImageGroup": StaffEventDataImageGroup,
            "StaffEventDataPosition": StaffEventDataPosition,
            "StaffUser": StaffUser,
        }
    )
    _nested_imported = True


def _parse_schedule_till(data: object) -> datetime.date | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _schedule_till_type_0 = data
    schedule_till_type_0 = datetime.date.fromisoformat(as_str(_schedule_till_type_0))

    return schedule_till_type_0


def _read_schedule_till(
    _schedule_till: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        schedule_till = _parse_schedule_till(_schedule_till)
    except READ_ERRORS as error:
        schedule_till = UNSET
        drift = mismatch(drift, "schedule_till", "a date or null", _schedule_till, error)
    return schedule_till, drift


def _parse_user_id(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _user_id_type_0 = data
    user_id_type_0 = _user_id_type_0 if type(_user_id_type_0) is int else as_int(_user_id_type_0)

    return user_id_type_0


def _read_user_id(_user_id: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        user_id = _parse_user_id(_user_id)
    except READ_ERRORS as error:
        user_id = UNSET
        drift = mismatch(drift, "user_id", "an integer or null", _user_id, error)
    return user_id, drift


def _parse_user(data: object) -> None | StaffUser | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    user_type_0 = StaffUser.from_dict(data)

    return user_type_0


def _read_user(_user: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        user = _parse_user(_user)
    except READ_ERRORS as error:
        user = UNSET
        drift = mismatch(drift, "user", "an object or null", _user, error)
    else:
        drift = collect(drift, "user", user)
    return user, drift


@_attrs_define
class StaffEventData:
    """Team member as returned by the team member detail API.

    Attributes:
        id (int | Unset): Team member ID
        api_id (str | Unset):
        name (str | Unset): Full name
        specialization (str | Unset):
        position (StaffEventDataPosition | Unset): Position
        show_rating (bool | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
        avatar (str | Unset): Avatar thumbnail URL
        avatar_big (str | Unset): Full-size avatar URL
        comments_count (int | Unset):
        weight (int | Unset): Sort order
        information (str | Unset): Biography (HTML)
        hidden (bool | Unset):
        fired (bool | Unset): 1 = dismissed, 0 = working
        status (int | Unset):
        position_id (int | Unset):
        schedule_till (datetime.date | None | Unset): Last day of the schedule
        image_group (StaffEventDataImageGroup | Unset): Image group
        prepaid (str | Unset): Prepayment slug
        user_id (int | None | Unset):
        user (None | StaffUser | Unset):
        has_access_timetable (bool | Unset):
        is_paid_staff (bool | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: StaffEventDataPosition | Unset = UNSET
    show_rating: bool | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    fired: bool | Unset = UNSET
    status: int | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: datetime.date | None | Unset = UNSET
    image_group: StaffEventDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user: None | StaffUser | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_user import StaffUser  # noqa: PLC0415

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        show_rating = self.show_rating

        rating = self.rating

        votes_count: int | Unset = UNSET
        if not isinstance(self.votes_count, Unset):
            votes_count = (
                self.votes_count if isinstance(self.votes_count, int) else as_int(self.votes_count)
            )

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count: int | Unset = UNSET
        if not isinstance(self.comments_count, Unset):
            comments_count = (
                self.comments_count
                if isinstance(self.comments_count, int)
                else as_int(self.comments_count)
            )

        weight: int | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight if isinstance(self.weight, int) else as_int(self.weight)

        information = self.information

        hidden = self.hidden

        fired = self.fired

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status if isinstance(self.status, int) else as_int(self.status)

        position_id: int | Unset = UNSET
        if not isinstance(self.position_id, Unset):
            position_id = (
                self.position_id if isinstance(self.position_id, int) else as_int(self.position_id)
            )

        schedule_till: None | str | Unset
        if isinstance(self.schedule_till, Unset):
            schedule_till = UNSET
        elif isinstance(self.schedule_till, datetime.date):
            schedule_till = self.schedule_till.isoformat()
        else:
            schedule_till = self.schedule_till

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, int):
            user_id = self.user_id if isinstance(self.user_id, int) else as_int(self.user_id)
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, StaffUser):
            user = self.user.to_dict()
        else:
            user = self.user

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

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

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str:
            _absent += api_id is UNSET
            api_id, drift = read(api_id, as_str, "api_id", "a string", drift)

        name = _get("name", UNSET)
        if type(name) is not str:
            _absent += name is UNSET
            name, drift = read(name, as_str, "name", "a string", drift)

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str:
            _absent += specialization is UNSET
            specialization, drift = read(
                specialization, as_str, "specialization", "a string", drift
            )

        position = _get("position", UNSET)
        if type(position) is dict:
            position = StaffEventDataPosition.from_dict(position)
            if position.drift:
                drift = nested(drift, "position", position.drift)
        else:
            _absent += position is UNSET
            position, drift = read_model(
                position, StaffEventDataPosition.from_dict, "position", drift
            )

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not bool:
            _absent += show_rating is UNSET
            show_rating, drift = read(show_rating, as_bool, "show_rating", "a boolean", drift)

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int:
            _absent += rating is UNSET
            rating, drift = read(rating, read_number, "rating", "a number", drift)

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int:
            _absent += votes_count is UNSET
            votes_count, drift = read(votes_count, as_int, "votes_count", "an integer", drift)

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str:
            _absent += avatar is UNSET
            avatar, drift = read(avatar, as_str, "avatar", "a string", drift)

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str:
            _absent += avatar_big is UNSET
            avatar_big, drift = read(avatar_big, as_str, "avatar_big", "a string", drift)

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int:
            _absent += comments_count is UNSET
            comments_count, drift = read(
                comments_count, as_int, "comments_count", "an integer", drift
            )

        weight = _get("weight", UNSET)
        if type(weight) is not int:
            _absent += weight is UNSET
            weight, drift = read(weight, as_int, "weight", "an integer", drift)

        information = _get("information", UNSET)
        if type(information) is not str:
            _absent += information is UNSET
            information, drift = read(information, as_str, "information", "a string", drift)

        hidden = _get("hidden", UNSET)
        if type(hidden) is not bool:
            _absent += hidden is UNSET
            hidden, drift = read(hidden, as_bool, "hidden", "a boolean", drift)

        fired = _get("fired", UNSET)
        if type(fired) is not bool:
            _absent += fired is UNSET
            fired, drift = read(fired, as_bool, "fired", "a boolean", drift)

        status = _get("status", UNSET)
        if type(status) is not int:
            _absent += status is UNSET
            status, drift = read(status, as_int, "status", "an integer", drift)

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int:
            _absent += position_id is UNSET
            position_id, drift = read(position_id, as_int, "position_id", "an integer", drift)

        schedule_till = _get("schedule_till", UNSET)
        _absent += schedule_till is UNSET
        schedule_till, drift = _read_schedule_till(schedule_till, drift)

        image_group = _get("image_group", UNSET)
        if type(image_group) is dict:
            image_group = StaffEventDataImageGroup.from_dict(image_group)
            if image_group.drift:
                drift = nested(drift, "image_group", image_group.drift)
        else:
            _absent += image_group is UNSET
            image_group, drift = read_model(
                image_group, StaffEventDataImageGroup.from_dict, "image_group", drift
            )

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str:
            _absent += prepaid is UNSET
            prepaid, drift = read(prepaid, as_str, "prepaid", "a string", drift)

        user_id = _get("user_id", UNSET)
        _absent += user_id is UNSET
        user_id, drift = _read_user_id(user_id, drift)

        user = _get("user", UNSET)
        if type(user) is dict:
            user = StaffUser.from_dict(user)
            if user.drift:
                drift = nested(drift, "user", user.drift)
        elif user is not None:
            _absent += user is UNSET
            user, drift = _read_user(user, drift)

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool:
            _absent += has_access_timetable is UNSET
            has_access_timetable, drift = read(
                has_access_timetable, as_bool, "has_access_timetable", "a boolean", drift
            )

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool:
            _absent += is_paid_staff is UNSET
            is_paid_staff, drift = read(is_paid_staff, as_bool, "is_paid_staff", "a boolean", drift)

        staff_event_data = object.__new__(cls)
        staff_event_data.id = id
        staff_event_data.api_id = api_id
        staff_event_data.name = name
        staff_event_data.specialization = specialization
        staff_event_data.position = position
        staff_event_data.show_rating = show_rating
        staff_event_data.rating = rating
        staff_event_data.votes_count = votes_count
        staff_event_data.avatar = avatar
        staff_event_data.avatar_big = avatar_big
        staff_event_data.comments_count = comments_count
        staff_event_data.weight = weight
        staff_event_data.information = information
        staff_event_data.hidden = hidden
        staff_event_data.fired = fired
        staff_event_data.status = status
        staff_event_data.position_id = position_id
        staff_event_data.schedule_till = schedule_till
        staff_event_data.image_group = image_group
        staff_event_data.prepaid = prepaid
        staff_event_data.user_id = user_id
        staff_event_data.user = user
        staff_event_data.has_access_timetable = has_access_timetable
        staff_event_data.is_paid_staff = is_paid_staff
        staff_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 24
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        staff_event_data.drift = tuple(drift) if drift else ()
        return staff_event_data

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
    """StaffEventData's msgspec Struct mirror and its conversion into StaffEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.staff_event_data_image_group import (
        typed_mirror as _staff_event_data_image_group_mirror,  # noqa: PLC0415
    )
    from ..models.staff_event_data_position import typed_mirror as _staff_event_data_position_mirror  # noqa: PLC0415
    from ..models.staff_user import typed_mirror as _staff_user_mirror  # noqa: PLC0415

    _staff_event_data_position = _staff_event_data_position_mirror()
    _convert_staff_event_data_position = _staff_event_data_position.convert
    _staff_event_data_image_group = _staff_event_data_image_group_mirror()
    _convert_staff_event_data_image_group = _staff_event_data_image_group.convert
    _staff_user = _staff_user_mirror()
    _convert_staff_user = _staff_user.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "StaffEventDataMirror",
        [
            ("id", int, UNSET),
            ("api_id", str, UNSET),
            ("name", str, UNSET),
            ("specialization", str, UNSET),
            ("position", _staff_event_data_position.struct, UNSET),
            ("show_rating", bool, UNSET),
            ("rating", int | float, UNSET),
            ("votes_count", int, UNSET),
            ("avatar", str, UNSET),
            ("avatar_big", str, UNSET),
            ("comments_count", int, UNSET),
            ("weight", int, UNSET),
            ("information", str, UNSET),
            ("hidden", bool, UNSET),
            ("fired", bool, UNSET),
            ("status", int, UNSET),
            ("position_id", int, UNSET),
            ("schedule_till", Any, UNSET),
            ("image_group", _staff_event_data_image_group.struct, UNSET),
            ("prepaid", str, UNSET),
            ("user_id", Any, UNSET),
            ("user", or_null(_staff_user.struct), UNSET),
            ("has_access_timetable", bool, UNSET),
            ("is_paid_staff", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> StaffEventData:
        m = new(StaffEventData)
        m.id = s.id
        m.api_id = s.api_id
        m.name = s.name
        m.specialization = s.specialization
        v = s.position
        m.position = v if v is UNSET else _staff_event_data_position.convert(v)
        m.show_rating = s.show_rating
        m.rating = s.rating
        m.votes_count = s.votes_count
        m.avatar = s.avatar
        m.avatar_big = s.avatar_big
        m.comments_count = s.comments_count
        m.weight = s.weight
        m.information = s.information
        m.hidden = s.hidden
        m.fired = s.fired
        m.status = s.status
        m.position_id = s.position_id
        m.schedule_till = fitted(_read_schedule_till(s.schedule_till, None))
        v = s.image_group
        m.image_group = v if v is UNSET else _staff_event_data_image_group.convert(v)
        m.prepaid = s.prepaid
        m.user_id = fitted(_read_user_id(s.user_id, None))
        v = s.user
        m.user = v if v is UNSET or v is None else _staff_user.convert(v)
        m.has_access_timetable = s.has_access_timetable
        m.is_paid_staff = s.is_paid_staff
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
