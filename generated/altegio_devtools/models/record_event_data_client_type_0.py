from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_float,
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_data_client_custom_fields_map import (
        RecordEventDataClientCustomFieldsMap,
    )
    from ..models.record_event_data_client_type_0_client_tags_item import (
        RecordEventDataClientType0ClientTagsItem,
    )
    from ..models.record_event_data_client_type_0_custom_fields_item import (
        RecordEventDataClientType0CustomFieldsItem,
    )


T = TypeVar("T", bound="RecordEventDataClientType0")


@_attrs_define
class RecordEventDataClientType0:
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
        birthday (str | Unset):
        success_visits_count (int | Unset):
        fail_visits_count (int | Unset):
        custom_fields (list[RecordEventDataClientType0CustomFieldsItem] | RecordEventDataClientCustomFieldsMap | Unset):
        client_tags (list[RecordEventDataClientType0ClientTagsItem] | Unset):
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
    birthday: str | Unset = UNSET
    success_visits_count: int | Unset = UNSET
    fail_visits_count: int | Unset = UNSET
    custom_fields: (
        list[RecordEventDataClientType0CustomFieldsItem]
        | RecordEventDataClientCustomFieldsMap
        | Unset
    ) = UNSET
    client_tags: list[RecordEventDataClientType0ClientTagsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        birthday = self.birthday

        success_visits_count = self.success_visits_count

        fail_visits_count = self.fail_visits_count

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
        from ..models.record_event_data_client_custom_fields_map import (
            RecordEventDataClientCustomFieldsMap,  # noqa: PLC0415
        )
        from ..models.record_event_data_client_type_0_client_tags_item import (
            RecordEventDataClientType0ClientTagsItem,  # noqa: PLC0415
        )
        from ..models.record_event_data_client_type_0_custom_fields_item import (
            RecordEventDataClientType0CustomFieldsItem,  # noqa: PLC0415
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

        _surname = d.pop("surname", UNSET)
        try:
            surname: str | Unset
            if _surname is UNSET:
                surname = UNSET
            else:
                surname = _surname if type(_surname) is str else as_str(_surname)
        except READ_ERRORS as error:
            surname = UNSET
            drift = mismatch(drift, "surname", "a string", _surname, error)

        _patronymic = d.pop("patronymic", UNSET)
        try:
            patronymic: str | Unset
            if _patronymic is UNSET:
                patronymic = UNSET
            else:
                patronymic = _patronymic if type(_patronymic) is str else as_str(_patronymic)
        except READ_ERRORS as error:
            patronymic = UNSET
            drift = mismatch(drift, "patronymic", "a string", _patronymic, error)

        _display_name = d.pop("display_name", UNSET)
        try:
            display_name: str | Unset
            if _display_name is UNSET:
                display_name = UNSET
            else:
                display_name = (
                    _display_name if type(_display_name) is str else as_str(_display_name)
                )
        except READ_ERRORS as error:
            display_name = UNSET
            drift = mismatch(drift, "display_name", "a string", _display_name, error)

        _phone = d.pop("phone", UNSET)
        try:
            phone: str | Unset
            if _phone is UNSET:
                phone = UNSET
            else:
                phone = _phone if type(_phone) is str else as_str(_phone)
        except READ_ERRORS as error:
            phone = UNSET
            drift = mismatch(drift, "phone", "a string", _phone, error)

        _email = d.pop("email", UNSET)
        try:
            email: str | Unset
            if _email is UNSET:
                email = UNSET
            else:
                email = _email if type(_email) is str else as_str(_email)
        except READ_ERRORS as error:
            email = UNSET
            drift = mismatch(drift, "email", "a string", _email, error)

        _card = d.pop("card", UNSET)
        try:
            card: str | Unset
            if _card is UNSET:
                card = UNSET
            else:
                card = _card if type(_card) is str else as_str(_card)
        except READ_ERRORS as error:
            card = UNSET
            drift = mismatch(drift, "card", "a string", _card, error)

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

        _sex = d.pop("sex", UNSET)
        try:
            sex: str | Unset
            if _sex is UNSET:
                sex = UNSET
            else:
                sex = _sex if type(_sex) is str else as_str(_sex)
        except READ_ERRORS as error:
            sex = UNSET
            drift = mismatch(drift, "sex", "a string", _sex, error)

        _birthday = d.pop("birthday", UNSET)
        try:
            birthday: str | Unset
            if _birthday is UNSET:
                birthday = UNSET
            else:
                birthday = _birthday if type(_birthday) is str else as_str(_birthday)
        except READ_ERRORS as error:
            birthday = UNSET
            drift = mismatch(drift, "birthday", "a string", _birthday, error)

        _success_visits_count = d.pop("success_visits_count", UNSET)
        try:
            success_visits_count: int | Unset
            if _success_visits_count is UNSET:
                success_visits_count = UNSET
            else:
                success_visits_count = (
                    _success_visits_count
                    if type(_success_visits_count) is int
                    else as_int(_success_visits_count)
                )
        except READ_ERRORS as error:
            success_visits_count = UNSET
            drift = mismatch(
                drift, "success_visits_count", "an integer", _success_visits_count, error
            )

        _fail_visits_count = d.pop("fail_visits_count", UNSET)
        try:
            fail_visits_count: int | Unset
            if _fail_visits_count is UNSET:
                fail_visits_count = UNSET
            else:
                fail_visits_count = (
                    _fail_visits_count
                    if type(_fail_visits_count) is int
                    else as_int(_fail_visits_count)
                )
        except READ_ERRORS as error:
            fail_visits_count = UNSET
            drift = mismatch(drift, "fail_visits_count", "an integer", _fail_visits_count, error)

        _custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> (
                list[RecordEventDataClientType0CustomFieldsItem]
                | RecordEventDataClientCustomFieldsMap
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _custom_fields_type_0 = data
                    if not isinstance(_custom_fields_type_0, list):
                        raise TypeError(
                            f"expected a list, got {type(_custom_fields_type_0).__name__}"
                        )
                    custom_fields_type_0 = []
                    for custom_fields_type_0_item_data in _custom_fields_type_0:
                        custom_fields_type_0_item = (
                            RecordEventDataClientType0CustomFieldsItem.from_dict(
                                custom_fields_type_0_item_data
                            )
                        )

                        custom_fields_type_0.append(custom_fields_type_0_item)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_1 = RecordEventDataClientCustomFieldsMap.from_dict(data)

                return custom_fields_type_1

            custom_fields = _parse_custom_fields(_custom_fields)
        except READ_ERRORS as error:
            custom_fields = UNSET
            drift = mismatch(drift, "custom_fields", "a list or an object", _custom_fields, error)
        else:
            drift = collect(drift, "custom_fields", custom_fields)

        _client_tags = d.pop("client_tags", UNSET)
        try:
            client_tags: list[RecordEventDataClientType0ClientTagsItem] | Unset = UNSET
            if _client_tags is not UNSET and _client_tags != "":
                if not isinstance(_client_tags, list):
                    raise TypeError(f"expected a list, got {type(_client_tags).__name__}")
                client_tags = []
                for index, client_tags_item_data in enumerate(_client_tags):
                    try:
                        client_tags_item = RecordEventDataClientType0ClientTagsItem.from_dict(
                            client_tags_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"client_tags[{index}]",
                            "an object",
                            client_tags_item_data,
                            error,
                        )
                        continue
                    if client_tags_item.drift:
                        drift = nested(drift, f"client_tags[{index}]", client_tags_item.drift)
                    client_tags.append(client_tags_item)
        except READ_ERRORS as error:
            client_tags = UNSET
            drift = mismatch(drift, "client_tags", "a list", _client_tags, error)

        record_event_data_client_type_0 = cls(
            id=id,
            name=name,
            surname=surname,
            patronymic=patronymic,
            display_name=display_name,
            phone=phone,
            email=email,
            card=card,
            comment=comment,
            discount=discount,
            sex=sex,
            birthday=birthday,
            success_visits_count=success_visits_count,
            fail_visits_count=fail_visits_count,
            custom_fields=custom_fields,
            client_tags=client_tags,
        )
        if drift:
            record_event_data_client_type_0.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        record_event_data_client_type_0.additional_properties = additional_properties
        return record_event_data_client_type_0

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
