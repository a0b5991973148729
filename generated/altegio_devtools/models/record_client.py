from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str, is_null_date
from .._read import (
    as_object,
    read,
    read_list,
    read_number,
)
from .._typed import Mirror, Tally, fitted, list_of, read_raw_items
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_client_custom_field import RecordClientCustomField
    from ..models.record_client_tag import RecordClientTag
    from ..models.record_event_data_client_custom_fields_map import (
        RecordEventDataClientCustomFieldsMap,
    )


T = TypeVar("T", bound="RecordClient")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "surname",
        "patronymic",
        "display_name",
        "phone",
        "email",
        "card",
        "comment",
        "discount",
        "sex",
        "birthday",
        "success_visits_count",
        "fail_visits_count",
        "custom_fields",
        "client_tags",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.record_client_custom_field import RecordClientCustomField  # noqa: PLC0415
    from ..models.record_client_tag import RecordClientTag  # noqa: PLC0415
    from ..models.record_event_data_client_custom_fields_map import (
        RecordEventDataClientCustomFieldsMap,  # noqa: PLC0415
    )

    globals().update(
        {
            "RecordClientCustomField": RecordClientCustomField,
            "RecordClientTag": RecordClientTag,
            "RecordEventDataClientCustomFieldsMap": RecordEventDataClientCustomFieldsMap,
        }
    )
    _nested_imported = True


def _parse_birthday(data: object) -> datetime.date | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _birthday_type_0 = data
    birthday_type_0 = datetime.date.fromisoformat(as_str(_birthday_type_0))

    return birthday_type_0


def _read_birthday(_birthday: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        birthday = _parse_birthday(_birthday)
    except READ_ERRORS as error:
        birthday = UNSET
        drift = mismatch(drift, "birthday", "a date or null", _birthday, error)
    return birthday, drift


def _parse_custom_fields(
    data: object,
) -> list[RecordClientCustomField] | RecordEventDataClientCustomFieldsMap | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, list):
        try:
            _custom_fields_type_0 = data
            if not isinstance(_custom_fields_type_0, list):
                raise TypeError(f"expected a list, got {type(_custom_fields_type_0).__name__}")
            custom_fields_type_0 = []
            for custom_fields_type_0_item_data in _custom_fields_type_0:
                custom_fields_type_0_item = RecordClientCustomField.from_dict(
                    custom_fields_type_0_item_data
                )

                custom_fields_type_0.append(custom_fields_type_0_item)

            return custom_fields_type_0
        except READ_ERRORS:
            pass
    if not isinstance(data, dict):
        raise TypeError()
    custom_fields_type_1 = RecordEventDataClientCustomFieldsMap.from_dict(data)

    return custom_fields_type_1


def _read_custom_fields(
    _custom_fields: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        custom_fields = _parse_custom_fields(_custom_fields)
    except READ_ERRORS as error:
        custom_fields = UNSET
        drift = mismatch(drift, "custom_fields", "a list or an object", _custom_fields, error)
    else:
        drift = collect(drift, "custom_fields", custom_fields)
    return custom_fields, drift


@_attrs_define
class RecordClient:
    """Client

    Attributes:
        id (int | Unset):
        name (str | Unset):
        surname (str | Unset):
        patronymic (str | Unset):
        display_name (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        card (str | Unset):
        comment (str | Unset):
        discount (float | Unset):
        sex (str | Unset):
        birthday (datetime.date | None | Unset):
        success_visits_count (int | Unset):
        fail_visits_count (int | Unset):
        custom_fields (list[RecordClientCustomField] | RecordEventDataClientCustomFieldsMap | Unset):
        client_tags (list[RecordClientTag] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    card: str | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    sex: str | Unset = UNSET
    birthday: datetime.date | None | Unset = UNSET
    success_visits_count: int | Unset = UNSET
    fail_visits_count: int | Unset = UNSET
    custom_fields: list[RecordClientCustomField] | RecordEventDataClientCustomFieldsMap | Unset = (
        UNSET
    )
    client_tags: list[RecordClientTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        display_name = self.display_name

        phone = self.phone

        email = self.email

        card = self.card

        comment = self.comment

        discount = self.discount

        sex = self.sex

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        success_visits_count: int | Unset = UNSET
        if not isinstance(self.success_visits_count, Unset):
            success_visits_count = (
                self.success_visits_count
                if isinstance(self.success_visits_count, int)
                else as_int(self.success_visits_count)
            )

        fail_visits_count: int | Unset = UNSET
        if not isinstance(self.fail_visits_count, Unset):
            fail_visits_count = (
                self.fail_visits_count
                if isinstance(self.fail_visits_count, int)
                else as_int(self.fail_visits_count)
            )

        custom_fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields.to_dict()

        client_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_tags, Unset):
            client_tags = []
            for client_tags_item_data in self.client_tags:
                client_tags_item = client_tags_item_data.to_dict()
                client_tags.append(client_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if card is not UNSET:
            field_dict["card"] = card
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if client_tags is not UNSET:
            field_dict["client_tags"] = client_tags

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

        name = _get("name", UNSET)
        if type(name) is not str:
            _absent += name is UNSET
            name, drift = read(name, as_str, "name", "a string", drift)

        surname = _get("surname", UNSET)
        if type(surname) is not str:
            _absent += surname is UNSET
            surname, drift = read(surname, as_str, "surname", "a string", drift)

        patronymic = _get("patronymic", UNSET)
        if type(patronymic) is not str:
            _absent += patronymic is UNSET
            patronymic, drift = read(patronymic, as_str, "patronymic", "a string", drift)

        display_name = _get("display_name", UNSET)
        if type(display_name) is not str:
            _absent += display_name is UNSET
            display_name, drift = read(display_name, as_str, "display_name", "a string", drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        email = _get("email", UNSET)
        if type(email) is not str:
            _absent += email is UNSET
            email, drift = read(email, as_str, "email", "a string", drift)

        card = _get("card", UNSET)
        if type(card) is not str:
            _absent += card is UNSET
            card, drift = read(card, as_str, "card", "a string", drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read(discount, read_number, "discount", "a number", drift)

        sex = _get("sex", UNSET)
        if type(sex) is not str:
            _absent += sex is UNSET
            sex, drift = read(sex, as_str, "sex", "a string", drift)

        birthday = _get("birthday", UNSET)
        _absent += birthday is UNSET
        birthday, drift = _read_birthday(birthday, drift)

        success_visits_count = _get("success_visits_count", UNSET)
        if type(success_visits_count) is not int:
            _absent += success_visits_count is UNSET
            success_visits_count, drift = read(
                success_visits_count, as_int, "success_visits_count", "an integer", drift
            )

        fail_visits_count = _get("fail_visits_count", UNSET)
        if type(fail_visits_count) is not int:
            _absent += fail_visits_count is UNSET
            fail_visits_count, drift = read(
                fail_visits_count, as_int, "fail_visits_count", "an integer", drift
            )

        custom_fields = _get("custom_fields", UNSET)
        _absent += custom_fields is UNSET
        custom_fields, drift = _read_custom_fields(custom_fields, drift)

        client_tags = _get("client_tags", UNSET)
        if type(client_tags) is list:
            _items = []
            for _index, _item in enumerate(client_tags):
                if type(_item) is dict:
                    _item = RecordClientTag.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"client_tags[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        RecordClientTag.from_dict,
                        f"client_tags[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            client_tags = _items
        else:
            _absent += client_tags is UNSET
            client_tags, drift = read_list(client_tags, "client_tags", drift)

        record_client = object.__new__(cls)
        record_client.id = id
        record_client.name = name
        record_client.surname = surname
        record_client.patronymic = patronymic
        record_client.display_name = display_name
        record_client.phone = phone
        record_client.email = email
        record_client.card = card
        record_client.comment = comment
        record_client.discount = discount
        record_client.sex = sex
        record_client.birthday = birthday
        record_client.success_visits_count = success_visits_count
        record_client.fail_visits_count = fail_visits_count
        record_client.custom_fields = custom_fields
        record_client.client_tags = client_tags
        record_client.additional_properties = (
            {}
            if len(_src) + _absent == 16
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        record_client.drift = tuple(drift) if drift else ()
        return record_client

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
    """RecordClient's msgspec Struct mirror and its conversion into RecordClient: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.record_client_tag import typed_mirror as _record_client_tag_mirror  # noqa: PLC0415

    _record_client_tag = _record_client_tag_mirror()
    _convert_record_client_tag = _record_client_tag.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "RecordClientMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("surname", str, UNSET),
            ("patronymic", str, UNSET),
            ("display_name", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
            ("card", str, UNSET),
            ("comment", str, UNSET),
            ("discount", int | float, UNSET),
            ("sex", str, UNSET),
            ("birthday", Any, UNSET),
            ("success_visits_count", int, UNSET),
            ("fail_visits_count", int, UNSET),
            ("custom_fields", Any, UNSET),
            ("client_tags", list_of(_record_client_tag.struct), UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> RecordClient:
        m = new(RecordClient)
        m.id = s.id
        m.name = s.name
        m.surname = s.surname
        m.patronymic = s.patronymic
        m.display_name = s.display_name
        m.phone = s.phone
        m.email = s.email
        m.card = s.card
        m.comment = s.comment
        m.discount = s.discount
        m.sex = s.sex
        m.birthday = fitted(_read_birthday(s.birthday, None))
        m.success_visits_count = s.success_visits_count
        m.fail_visits_count = s.fail_visits_count
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        v = s.client_tags
        m.client_tags = v if v is UNSET else [_convert_record_client_tag(i) for i in v]
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "RecordClientLaxMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("surname", str, UNSET),
            ("patronymic", str, UNSET),
            ("display_name", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
            ("card", str, UNSET),
            ("comment", str, UNSET),
            ("discount", int | float, UNSET),
            ("sex", str, UNSET),
            ("birthday", Any, UNSET),
            ("success_visits_count", int, UNSET),
            ("fail_visits_count", int, UNSET),
            ("custom_fields", Any, UNSET),
            ("client_tags", list[msgspec.Raw], UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> RecordClient:
        m = new(RecordClient)
        drift: list[Drift] | None = None
        m.id = s.id
        m.name = s.name
        m.surname = s.surname
        m.patronymic = s.patronymic
        m.display_name = s.display_name
        m.phone = s.phone
        m.email = s.email
        m.card = s.card
        m.comment = s.comment
        m.discount = s.discount
        m.sex = s.sex
        m.birthday = fitted(_read_birthday(s.birthday, None))
        m.success_visits_count = s.success_visits_count
        m.fail_visits_count = s.fail_visits_count
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        v = s.client_tags
        if v is not UNSET:
            v, drift = read_raw_items(
                v, _record_client_tag, RecordClientTag.from_dict, "client_tags", drift, tally=tally
            )
        m.client_tags = v
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
