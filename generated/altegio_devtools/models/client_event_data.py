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
from ..models.client_event_data_sex_id import ClientEventDataSexId
from ..models.client_event_data_sms_bot import ClientEventDataSmsBot
from ..models.client_event_data_sms_check import ClientEventDataSmsCheck
from ..models.client_event_data_sms_not import ClientEventDataSmsNot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_event_data_categories_item import ClientEventDataCategoriesItem
    from ..models.client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem
    from ..models.client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap


T = TypeVar("T", bound="ClientEventData")


@_attrs_define
class ClientEventData:
    """Full client profile with default includes (email, card, birth_date, comment, discount, visits, sex, SMS preferences,
    money, importance, categories, custom_fields).

        Attributes:
            id (int | Unset): Client ID
            name (str | Unset): First name
            surname (str | Unset):
            patronymic (str | Unset):
            display_name (str | Unset): Formatted full name
            phone (str | Unset): Phone (never masked in webhooks)
            email (str | Unset):
            card (str | Unset): Loyalty card number
            birth_date (str | Unset): Birthday, YYYY-MM-DD
            comment (str | Unset): Comment on the client card
            discount (float | Unset): Personal discount, percent
            visits (int | Unset): Number of visits
            sex_id (ClientEventDataSexId | Unset): 0 = unknown, 1 = male, 2 = female
            sex (str | Unset):
            sms_check (ClientEventDataSmsCheck | Unset):
            sms_bot (ClientEventDataSmsBot | Unset):
            sms_not (ClientEventDataSmsNot | Unset):
            spent (float | Unset): Total spent
            paid (float | Unset): Total paid
            balance (float | Unset): Current balance
            importance_id (int | Unset): 0 = normal, 1 = VIP, 2 = blacklisted
            importance (str | Unset):
            categories (list[ClientEventDataCategoriesItem] | Unset): Client category labels
            last_change_date (str | Unset):
            custom_fields (ClientEventDataCustomFieldsMap | list[ClientEventDataCustomFieldsItem] | Unset): Values of the
                location's custom fields
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    card: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    visits: int | Unset = UNSET
    sex_id: ClientEventDataSexId | Unset = UNSET
    sex: str | Unset = UNSET
    sms_check: ClientEventDataSmsCheck | Unset = UNSET
    sms_bot: ClientEventDataSmsBot | Unset = UNSET
    sms_not: ClientEventDataSmsNot | Unset = UNSET
    spent: float | Unset = UNSET
    paid: float | Unset = UNSET
    balance: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    categories: list[ClientEventDataCategoriesItem] | Unset = UNSET
    last_change_date: str | Unset = UNSET
    custom_fields: (
        ClientEventDataCustomFieldsMap | list[ClientEventDataCustomFieldsItem] | Unset
    ) = UNSET
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

        birth_date = self.birth_date

        comment = self.comment

        discount = self.discount

        visits = self.visits

        sex_id: int | Unset = UNSET
        if not isinstance(self.sex_id, Unset):
            sex_id = self.sex_id.value

        sex = self.sex

        sms_check: int | Unset = UNSET
        if not isinstance(self.sms_check, Unset):
            sms_check = self.sms_check.value

        sms_bot: int | Unset = UNSET
        if not isinstance(self.sms_bot, Unset):
            sms_bot = self.sms_bot.value

        sms_not: int | Unset = UNSET
        if not isinstance(self.sms_not, Unset):
            sms_not = self.sms_not.value

        spent = self.spent

        paid = self.paid

        balance = self.balance

        importance_id = self.importance_id

        importance = self.importance

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        last_change_date = self.last_change_date

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
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if visits is not UNSET:
            field_dict["visits"] = visits
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_bot is not UNSET:
            field_dict["sms_bot"] = sms_bot
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if paid is not UNSET:
            field_dict["paid"] = paid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if categories is not UNSET:
            field_dict["categories"] = categories
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_event_data_categories_item import ClientEventDataCategoriesItem  # noqa: PLC0415
        from ..models.client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem  # noqa: PLC0415
        from ..models.client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap  # noqa: PLC0415

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

        _birth_date = d.pop("birth_date", UNSET)
        try:
            birth_date: str | Unset
            if _birth_date is UNSET:
                birth_date = UNSET
            else:
                birth_date = _birth_date if type(_birth_date) is str else as_str(_birth_date)
        except READ_ERRORS as error:
            birth_date = UNSET
            drift = mismatch(drift, "birth_date", "a string", _birth_date, error)

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

        _visits = d.pop("visits", UNSET)
        try:
            visits: int | Unset
            if _visits is UNSET:
                visits = UNSET
            else:
                visits = _visits if type(_visits) is int else as_int(_visits)
        except READ_ERRORS as error:
            visits = UNSET
            drift = mismatch(drift, "visits", "an integer", _visits, error)

        _sex_id = d.pop("sex_id", UNSET)
        try:
            sex_id: ClientEventDataSexId | Unset
            if _sex_id is UNSET:
                sex_id = UNSET
            else:
                sex_id = ClientEventDataSexId(_sex_id if type(_sex_id) is int else as_int(_sex_id))
        except READ_ERRORS as error:
            sex_id = UNSET
            drift = mismatch(drift, "sex_id", "an integer", _sex_id, error)

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

        _sms_check = d.pop("sms_check", UNSET)
        try:
            sms_check: ClientEventDataSmsCheck | Unset
            if _sms_check is UNSET:
                sms_check = UNSET
            else:
                sms_check = ClientEventDataSmsCheck(
                    _sms_check if type(_sms_check) is int else as_int(_sms_check)
                )
        except READ_ERRORS as error:
            sms_check = UNSET
            drift = mismatch(drift, "sms_check", "an integer", _sms_check, error)

        _sms_bot = d.pop("sms_bot", UNSET)
        try:
            sms_bot: ClientEventDataSmsBot | Unset
            if _sms_bot is UNSET:
                sms_bot = UNSET
            else:
                sms_bot = ClientEventDataSmsBot(
                    _sms_bot if type(_sms_bot) is int else as_int(_sms_bot)
                )
        except READ_ERRORS as error:
            sms_bot = UNSET
            drift = mismatch(drift, "sms_bot", "an integer", _sms_bot, error)

        _sms_not = d.pop("sms_not", UNSET)
        try:
            sms_not: ClientEventDataSmsNot | Unset
            if _sms_not is UNSET:
                sms_not = UNSET
            else:
                sms_not = ClientEventDataSmsNot(
                    _sms_not if type(_sms_not) is int else as_int(_sms_not)
                )
        except READ_ERRORS as error:
            sms_not = UNSET
            drift = mismatch(drift, "sms_not", "an integer", _sms_not, error)

        _spent = d.pop("spent", UNSET)
        try:
            spent: float | Unset
            if _spent is UNSET:
                spent = UNSET
            else:
                spent = _spent if type(_spent) is float or type(_spent) is int else as_float(_spent)
        except READ_ERRORS as error:
            spent = UNSET
            drift = mismatch(drift, "spent", "a number", _spent, error)

        _paid = d.pop("paid", UNSET)
        try:
            paid: float | Unset
            if _paid is UNSET:
                paid = UNSET
            else:
                paid = _paid if type(_paid) is float or type(_paid) is int else as_float(_paid)
        except READ_ERRORS as error:
            paid = UNSET
            drift = mismatch(drift, "paid", "a number", _paid, error)

        _balance = d.pop("balance", UNSET)
        try:
            balance: float | Unset
            if _balance is UNSET:
                balance = UNSET
            else:
                balance = (
                    _balance
                    if type(_balance) is float or type(_balance) is int
                    else as_float(_balance)
                )
        except READ_ERRORS as error:
            balance = UNSET
            drift = mismatch(drift, "balance", "a number", _balance, error)

        _importance_id = d.pop("importance_id", UNSET)
        try:
            importance_id: int | Unset
            if _importance_id is UNSET:
                importance_id = UNSET
            else:
                importance_id = (
                    _importance_id if type(_importance_id) is int else as_int(_importance_id)
                )
        except READ_ERRORS as error:
            importance_id = UNSET
            drift = mismatch(drift, "importance_id", "an integer", _importance_id, error)

        _importance = d.pop("importance", UNSET)
        try:
            importance: str | Unset
            if _importance is UNSET:
                importance = UNSET
            else:
                importance = _importance if type(_importance) is str else as_str(_importance)
        except READ_ERRORS as error:
            importance = UNSET
            drift = mismatch(drift, "importance", "a string", _importance, error)

        _categories = d.pop("categories", UNSET)
        try:
            categories: list[ClientEventDataCategoriesItem] | Unset = UNSET
            if _categories is not UNSET and _categories != "":
                if not isinstance(_categories, list):
                    raise TypeError(f"expected a list, got {type(_categories).__name__}")
                categories = []
                for index, categories_item_data in enumerate(_categories):
                    try:
                        categories_item = ClientEventDataCategoriesItem.from_dict(
                            categories_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"categories[{index}]", "an object", categories_item_data, error
                        )
                        continue
                    if categories_item.drift:
                        drift = nested(drift, f"categories[{index}]", categories_item.drift)
                    categories.append(categories_item)
        except READ_ERRORS as error:
            categories = UNSET
            drift = mismatch(drift, "categories", "a list", _categories, error)

        _last_change_date = d.pop("last_change_date", UNSET)
        try:
            last_change_date: str | Unset
            if _last_change_date is UNSET:
                last_change_date = UNSET
            else:
                last_change_date = (
                    _last_change_date
                    if type(_last_change_date) is str
                    else as_str(_last_change_date)
                )
        except READ_ERRORS as error:
            last_change_date = UNSET
            drift = mismatch(drift, "last_change_date", "a string", _last_change_date, error)

        _custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> ClientEventDataCustomFieldsMap | list[ClientEventDataCustomFieldsItem] | Unset:
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
                        custom_fields_type_0_item = ClientEventDataCustomFieldsItem.from_dict(
                            custom_fields_type_0_item_data
                        )

                        custom_fields_type_0.append(custom_fields_type_0_item)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_1 = ClientEventDataCustomFieldsMap.from_dict(data)

                return custom_fields_type_1

            custom_fields = _parse_custom_fields(_custom_fields)
        except READ_ERRORS as error:
            custom_fields = UNSET
            drift = mismatch(drift, "custom_fields", "a list or an object", _custom_fields, error)
        else:
            drift = collect(drift, "custom_fields", custom_fields)

        client_event_data = cls(
            id=id,
            name=name,
            surname=surname,
            patronymic=patronymic,
            display_name=display_name,
            phone=phone,
            email=email,
            card=card,
            birth_date=birth_date,
            comment=comment,
            discount=discount,
            visits=visits,
            sex_id=sex_id,
            sex=sex,
            sms_check=sms_check,
            sms_bot=sms_bot,
            sms_not=sms_not,
            spent=spent,
            paid=paid,
            balance=balance,
            importance_id=importance_id,
            importance=importance,
            categories=categories,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
        )
        if drift:
            client_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        client_event_data.additional_properties = additional_properties
        return client_event_data

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
