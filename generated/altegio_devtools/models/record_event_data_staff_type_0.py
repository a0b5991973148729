from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_float,
    as_int,
    as_str,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_data_staff_type_0_position import RecordEventDataStaffType0Position


T = TypeVar("T", bound="RecordEventDataStaffType0")


@_attrs_define
class RecordEventDataStaffType0:
    """Assigned team member

    Attributes:
        id (int | Unset):
        api_id (None | str | Unset):
        name (str | Unset):
        specialization (str | Unset):
        position (RecordEventDataStaffType0Position | Unset):
        avatar (str | Unset):
        avatar_big (str | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
    """

    id: int | Unset = UNSET
    api_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: RecordEventDataStaffType0Position | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        avatar = self.avatar

        avatar_big = self.avatar_big

        rating = self.rating

        votes_count = self.votes_count

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
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_event_data_staff_type_0_position import (
            RecordEventDataStaffType0Position,  # noqa: PLC0415
        )

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

            def _parse_api_id(data: object) -> None | str | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _api_id_type_0 = data
                api_id_type_0 = (
                    _api_id_type_0 if type(_api_id_type_0) is str else as_str(_api_id_type_0)
                )

                return api_id_type_0

            api_id = _parse_api_id(_api_id)
        except READ_ERRORS as error:
            api_id = UNSET
            drift = mismatch(drift, "api_id", "a string or null", _api_id, error)

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
            position: RecordEventDataStaffType0Position | Unset
            if type(_position) is dict:
                position = RecordEventDataStaffType0Position.from_dict(_position)
                if position.drift:
                    drift = nested(drift, "position", position.drift)
            elif _position is UNSET or is_php_empty(_position):
                position = UNSET
            else:
                position = RecordEventDataStaffType0Position.from_dict(_position)
        except READ_ERRORS as error:
            position = UNSET
            drift = mismatch(drift, "position", "an object", _position, error)

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

        record_event_data_staff_type_0 = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            rating=rating,
            votes_count=votes_count,
        )
        if drift:
            record_event_data_staff_type_0.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        record_event_data_staff_type_0.additional_properties = additional_properties
        return record_event_data_staff_type_0

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
