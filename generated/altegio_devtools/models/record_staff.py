from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
from .._read import (
    as_object,
    read,
    read_model,
    read_number,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_staff_position import RecordStaffPosition


T = TypeVar("T", bound="RecordStaff")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "rating",
        "votes_count",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.record_staff_position import RecordStaffPosition  # noqa: PLC0415

    globals().update(
        {
            "RecordStaffPosition": RecordStaffPosition,
        }
    )
    _nested_imported = True


def _parse_api_id(data: object) -> None | str | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _api_id_type_0 = data
    api_id_type_0 = _api_id_type_0 if type(_api_id_type_0) is str else as_str(_api_id_type_0)

    return api_id_type_0


def _read_api_id(_api_id: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        api_id = _parse_api_id(_api_id)
    except READ_ERRORS as error:
        api_id = UNSET
        drift = mismatch(drift, "api_id", "a string or null", _api_id, error)
    return api_id, drift


@_attrs_define
class RecordStaff:
    """Assigned team member

    Attributes:
        id (int | Unset):
        api_id (None | str | Unset):
        name (str | Unset):
        specialization (str | Unset):
        position (RecordStaffPosition | Unset):
        avatar (str | Unset):
        avatar_big (str | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
    """

    id: int | Unset = UNSET
    api_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: RecordStaffPosition | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

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

        votes_count: int | Unset = UNSET
        if not isinstance(self.votes_count, Unset):
            votes_count = (
                self.votes_count if isinstance(self.votes_count, int) else as_int(self.votes_count)
            )

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
        _absent += api_id is UNSET
        api_id, drift = _read_api_id(api_id, drift)

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
            position = RecordStaffPosition.from_dict(position)
            if position.drift:
                drift = nested(drift, "position", position.drift)
        else:
            _absent += position is UNSET
            position, drift = read_model(position, RecordStaffPosition.from_dict, "position", drift)

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str:
            _absent += avatar is UNSET
            avatar, drift = read(avatar, as_str, "avatar", "a string", drift)

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str:
            _absent += avatar_big is UNSET
            avatar_big, drift = read(avatar_big, as_str, "avatar_big", "a string", drift)

        rating = _get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int:
            _absent += rating is UNSET
            rating, drift = read(rating, read_number, "rating", "a number", drift)

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int:
            _absent += votes_count is UNSET
            votes_count, drift = read(votes_count, as_int, "votes_count", "an integer", drift)

        record_staff = object.__new__(cls)
        record_staff.id = id
        record_staff.api_id = api_id
        record_staff.name = name
        record_staff.specialization = specialization
        record_staff.position = position
        record_staff.avatar = avatar
        record_staff.avatar_big = avatar_big
        record_staff.rating = rating
        record_staff.votes_count = votes_count
        record_staff.additional_properties = (
            {}
            if len(_src) + _absent == 9
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        record_staff.drift = tuple(drift) if drift else ()
        return record_staff

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
    """RecordStaff's msgspec Struct mirror and its conversion into RecordStaff: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.record_staff_position import typed_mirror as _record_staff_position_mirror  # noqa: PLC0415

    _record_staff_position = _record_staff_position_mirror()
    _convert_record_staff_position = _record_staff_position.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "RecordStaffMirror",
        [
            ("id", int, UNSET),
            ("api_id", Any, UNSET),
            ("name", str, UNSET),
            ("specialization", str, UNSET),
            ("position", _record_staff_position.struct, UNSET),
            ("avatar", str, UNSET),
            ("avatar_big", str, UNSET),
            ("rating", int | float, UNSET),
            ("votes_count", int, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> RecordStaff:
        m = new(RecordStaff)
        m.id = s.id
        m.api_id = fitted(_read_api_id(s.api_id, None))
        m.name = s.name
        m.specialization = s.specialization
        v = s.position
        m.position = v if v is UNSET else _record_staff_position.convert(v)
        m.avatar = s.avatar
        m.avatar_big = s.avatar_big
        m.rating = s.rating
        m.votes_count = s.votes_count
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
