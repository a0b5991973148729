from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_float, as_int, as_str
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_data_staff_type_0_position import RecordEventDataStaffType0Position


T = TypeVar("T", bound="RecordEventDataStaffType0")


@_attrs_define
class RecordEventDataStaffType0:
    """Assigned team member

    Attributes:
        id (int | Unset):
        api_id (str | Unset):
        name (str | Unset):
        specialization (str | Unset):
        position (RecordEventDataStaffType0Position | Unset):
        avatar (str | Unset):
        avatar_big (str | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: RecordEventDataStaffType0Position | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _api_id = d.pop("api_id", UNSET)
        api_id: str | Unset
        if _api_id is UNSET:
            api_id = UNSET
        else:
            api_id = _api_id if type(_api_id) is str else as_str(_api_id)

        _name = d.pop("name", UNSET)
        name: str | Unset
        if _name is UNSET:
            name = UNSET
        else:
            name = _name if type(_name) is str else as_str(_name)

        _specialization = d.pop("specialization", UNSET)
        specialization: str | Unset
        if _specialization is UNSET:
            specialization = UNSET
        else:
            specialization = (
                _specialization if type(_specialization) is str else as_str(_specialization)
            )

        _position = d.pop("position", UNSET)
        position: RecordEventDataStaffType0Position | Unset
        if _position is UNSET:
            position = UNSET
        else:
            position = RecordEventDataStaffType0Position.from_dict(_position)

        _avatar = d.pop("avatar", UNSET)
        avatar: str | Unset
        if _avatar is UNSET:
            avatar = UNSET
        else:
            avatar = _avatar if type(_avatar) is str else as_str(_avatar)

        _avatar_big = d.pop("avatar_big", UNSET)
        avatar_big: str | Unset
        if _avatar_big is UNSET:
            avatar_big = UNSET
        else:
            avatar_big = _avatar_big if type(_avatar_big) is str else as_str(_avatar_big)

        _rating = d.pop("rating", UNSET)
        rating: float | Unset
        if _rating is UNSET:
            rating = UNSET
        else:
            rating = (
                _rating if type(_rating) is float or type(_rating) is int else as_float(_rating)
            )

        _votes_count = d.pop("votes_count", UNSET)
        votes_count: int | Unset
        if _votes_count is UNSET:
            votes_count = UNSET
        else:
            votes_count = _votes_count if type(_votes_count) is int else as_int(_votes_count)

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
