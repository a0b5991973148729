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
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..models.staff_event_data_fired import StaffEventDataFired
from ..models.staff_event_data_hidden import StaffEventDataHidden
from ..models.staff_event_data_show_rating import StaffEventDataShowRating
from ..models.staff_event_data_status import StaffEventDataStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_event_data_image_group import StaffEventDataImageGroup
    from ..models.staff_event_data_position import StaffEventDataPosition
    from ..models.staff_event_data_user_type_0 import StaffEventDataUserType0


T = TypeVar("T", bound="StaffEventData")


@_attrs_define
class StaffEventData:
    """Team member as returned by the team member detail API.

    Attributes:
        id (int | Unset): Team member ID
        api_id (str | Unset):
        name (str | Unset): Full name
        specialization (str | Unset):
        position (StaffEventDataPosition | Unset): Position
        show_rating (StaffEventDataShowRating | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
        avatar (str | Unset): Avatar thumbnail URL
        avatar_big (str | Unset): Full-size avatar URL
        comments_count (int | Unset):
        weight (int | Unset): Sort order
        information (str | Unset): Biography (HTML)
        hidden (StaffEventDataHidden | Unset):
        fired (StaffEventDataFired | Unset): 1 = dismissed, 0 = working
        status (StaffEventDataStatus | Unset):
        position_id (int | Unset):
        schedule_till (str | Unset): Last day of the schedule
        image_group (StaffEventDataImageGroup | Unset): Image group
        prepaid (str | Unset): Prepayment slug
        user_id (int | None | Unset):
        user (None | StaffEventDataUserType0 | Unset):
        has_access_timetable (bool | Unset):
        is_paid_staff (bool | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: StaffEventDataPosition | Unset = UNSET
    show_rating: StaffEventDataShowRating | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    comments_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    information: str | Unset = UNSET
    hidden: StaffEventDataHidden | Unset = UNSET
    fired: StaffEventDataFired | Unset = UNSET
    status: StaffEventDataStatus | Unset = UNSET
    position_id: int | Unset = UNSET
    schedule_till: str | Unset = UNSET
    image_group: StaffEventDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user: None | StaffEventDataUserType0 | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_event_data_user_type_0 import StaffEventDataUserType0  # noqa: PLC0415

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        show_rating: int | Unset = UNSET
        if not isinstance(self.show_rating, Unset):
            show_rating = self.show_rating.value

        rating = self.rating

        votes_count = self.votes_count

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden: int | Unset = UNSET
        if not isinstance(self.hidden, Unset):
            hidden = self.hidden.value

        fired: int | Unset = UNSET
        if not isinstance(self.fired, Unset):
            fired = self.fired.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        position_id = self.position_id

        schedule_till = self.schedule_till

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, StaffEventDataUserType0):
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
        from ..models.staff_event_data_image_group import StaffEventDataImageGroup  # noqa: PLC0415
        from ..models.staff_event_data_position import StaffEventDataPosition  # noqa: PLC0415
        from ..models.staff_event_data_user_type_0 import StaffEventDataUserType0  # noqa: PLC0415

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

        _name = d.pop("name", UNSET)
        try:
            name: str | Unset
            if _name is UNSET:
                name = UNSET
            else:
                name = _name if type(_name) is str else as_str(_name)
        except READ_ERRORS as error:
            name = UNSET
            drift = mismatch(drift, "name", "a string", _name, error)

        _specialization = d.pop("specialization", UNSET)
        try:
            specialization: str | Unset
            if _specialization is UNSET:
                specialization = UNSET
            else:
                specialization = (
                    _specialization if type(_specialization) is str else as_str(_specialization)
                )
        except READ_ERRORS as error:
            specialization = UNSET
            drift = mismatch(drift, "specialization", "a string", _specialization, error)

        _position = d.pop("position", UNSET)
        try:
            position: StaffEventDataPosition | Unset
            if type(_position) is dict:
                position = StaffEventDataPosition.from_dict(_position)
                if position.drift:
                    drift = nested(drift, "position", position.drift)
            elif _position is UNSET or is_php_empty(_position):
                position = UNSET
            else:
                position = StaffEventDataPosition.from_dict(_position)
        except READ_ERRORS as error:
            position = UNSET
            drift = mismatch(drift, "position", "an object", _position, error)

        _show_rating = d.pop("show_rating", UNSET)
        try:
            show_rating: StaffEventDataShowRating | Unset
            if _show_rating is UNSET:
                show_rating = UNSET
            else:
                show_rating = StaffEventDataShowRating(
                    _show_rating if type(_show_rating) is int else as_int(_show_rating)
                )
        except READ_ERRORS as error:
            show_rating = UNSET
            drift = mismatch(drift, "show_rating", "an integer", _show_rating, error)

        _rating = d.pop("rating", UNSET)
        try:
            rating: float | Unset
            if _rating is UNSET:
                rating = UNSET
            else:
                rating = (
                    _rating if type(_rating) is float or type(_rating) is int else as_float(_rating)
                )
        except READ_ERRORS as error:
            rating = UNSET
            drift = mismatch(drift, "rating", "a number", _rating, error)

        _votes_count = d.pop("votes_count", UNSET)
        try:
            votes_count: int | Unset
            if _votes_count is UNSET:
                votes_count = UNSET
            else:
                votes_count = _votes_count if type(_votes_count) is int else as_int(_votes_count)
        except READ_ERRORS as error:
            votes_count = UNSET
            drift = mismatch(drift, "votes_count", "an integer", _votes_count, error)

        _avatar = d.pop("avatar", UNSET)
        try:
            avatar: str | Unset
            if _avatar is UNSET:
                avatar = UNSET
            else:
                avatar = _avatar if type(_avatar) is str else as_str(_avatar)
        except READ_ERRORS as error:
            avatar = UNSET
            drift = mismatch(drift, "avatar", "a string", _avatar, error)

        _avatar_big = d.pop("avatar_big", UNSET)
        try:
            avatar_big: str | Unset
            if _avatar_big is UNSET:
                avatar_big = UNSET
            else:
                avatar_big = _avatar_big if type(_avatar_big) is str else as_str(_avatar_big)
        except READ_ERRORS as error:
            avatar_big = UNSET
            drift = mismatch(drift, "avatar_big", "a string", _avatar_big, error)

        _comments_count = d.pop("comments_count", UNSET)
        try:
            comments_count: int | Unset
            if _comments_count is UNSET:
                comments_count = UNSET
            else:
                comments_count = (
                    _comments_count if type(_comments_count) is int else as_int(_comments_count)
                )
        except READ_ERRORS as error:
            comments_count = UNSET
            drift = mismatch(drift, "comments_count", "an integer", _comments_count, error)

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

        _information = d.pop("information", UNSET)
        try:
            information: str | Unset
            if _information is UNSET:
                information = UNSET
            else:
                information = _information if type(_information) is str else as_str(_information)
        except READ_ERRORS as error:
            information = UNSET
            drift = mismatch(drift, "information", "a string", _information, error)

        _hidden = d.pop("hidden", UNSET)
        try:
            hidden: StaffEventDataHidden | Unset
            if _hidden is UNSET:
                hidden = UNSET
            else:
                hidden = StaffEventDataHidden(_hidden if type(_hidden) is int else as_int(_hidden))
        except READ_ERRORS as error:
            hidden = UNSET
            drift = mismatch(drift, "hidden", "an integer", _hidden, error)

        _fired = d.pop("fired", UNSET)
        try:
            fired: StaffEventDataFired | Unset
            if _fired is UNSET:
                fired = UNSET
            else:
                fired = StaffEventDataFired(_fired if type(_fired) is int else as_int(_fired))
        except READ_ERRORS as error:
            fired = UNSET
            drift = mismatch(drift, "fired", "an integer", _fired, error)

        _status = d.pop("status", UNSET)
        try:
            status: StaffEventDataStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = StaffEventDataStatus(_status if type(_status) is int else as_int(_status))
        except READ_ERRORS as error:
            status = UNSET
            drift = mismatch(drift, "status", "an integer", _status, error)

        _position_id = d.pop("position_id", UNSET)
        try:
            position_id: int | Unset
            if _position_id is UNSET:
                position_id = UNSET
            else:
                position_id = _position_id if type(_position_id) is int else as_int(_position_id)
        except READ_ERRORS as error:
            position_id = UNSET
            drift = mismatch(drift, "position_id", "an integer", _position_id, error)

        _schedule_till = d.pop("schedule_till", UNSET)
        try:
            schedule_till: str | Unset
            if _schedule_till is UNSET:
                schedule_till = UNSET
            else:
                schedule_till = (
                    _schedule_till if type(_schedule_till) is str else as_str(_schedule_till)
                )
        except READ_ERRORS as error:
            schedule_till = UNSET
            drift = mismatch(drift, "schedule_till", "a string", _schedule_till, error)

        _image_group = d.pop("image_group", UNSET)
        try:
            image_group: StaffEventDataImageGroup | Unset
            if type(_image_group) is dict:
                image_group = StaffEventDataImageGroup.from_dict(_image_group)
                if image_group.drift:
                    drift = nested(drift, "image_group", image_group.drift)
            elif _image_group is UNSET or is_php_empty(_image_group):
                image_group = UNSET
            else:
                image_group = StaffEventDataImageGroup.from_dict(_image_group)
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

        _user_id = d.pop("user_id", UNSET)
        try:

            def _parse_user_id(data: object) -> int | None | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _user_id_type_0 = data
                user_id_type_0 = (
                    _user_id_type_0 if type(_user_id_type_0) is int else as_int(_user_id_type_0)
                )

                return user_id_type_0

            user_id = _parse_user_id(_user_id)
        except READ_ERRORS as error:
            user_id = UNSET
            drift = mismatch(drift, "user_id", "an integer or null", _user_id, error)

        _user = d.pop("user", UNSET)
        try:

            def _parse_user(data: object) -> None | StaffEventDataUserType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = StaffEventDataUserType0.from_dict(data)

                return user_type_0

            user = _parse_user(_user)
        except READ_ERRORS as error:
            user = UNSET
            drift = mismatch(drift, "user", "an object or null", _user, error)
        else:
            drift = collect(drift, "user", user)

        _has_access_timetable = d.pop("has_access_timetable", UNSET)
        try:
            has_access_timetable: bool | Unset
            if _has_access_timetable is UNSET:
                has_access_timetable = UNSET
            else:
                has_access_timetable = (
                    _has_access_timetable
                    if type(_has_access_timetable) is bool
                    else as_bool(_has_access_timetable)
                )
        except READ_ERRORS as error:
            has_access_timetable = UNSET
            drift = mismatch(
                drift, "has_access_timetable", "a boolean", _has_access_timetable, error
            )

        _is_paid_staff = d.pop("is_paid_staff", UNSET)
        try:
            is_paid_staff: bool | Unset
            if _is_paid_staff is UNSET:
                is_paid_staff = UNSET
            else:
                is_paid_staff = (
                    _is_paid_staff if type(_is_paid_staff) is bool else as_bool(_is_paid_staff)
                )
        except READ_ERRORS as error:
            is_paid_staff = UNSET
            drift = mismatch(drift, "is_paid_staff", "a boolean", _is_paid_staff, error)

        staff_event_data = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
            position_id=position_id,
            schedule_till=schedule_till,
            image_group=image_group,
            prepaid=prepaid,
            user_id=user_id,
            user=user,
            has_access_timetable=has_access_timetable,
            is_paid_staff=is_paid_staff,
        )
        if drift:
            staff_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        staff_event_data.additional_properties = additional_properties
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
