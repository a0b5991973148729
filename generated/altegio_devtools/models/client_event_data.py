from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_float, as_int, as_str
from ..models.client_event_data_sex_id import ClientEventDataSexId
from ..models.client_event_data_sms_bot import ClientEventDataSmsBot
from ..models.client_event_data_sms_check import ClientEventDataSmsCheck
from ..models.client_event_data_sms_not import ClientEventDataSmsNot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_event_data_categories_item import ClientEventDataCategoriesItem
    from ..models.client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem


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
            custom_fields (list[ClientEventDataCustomFieldsItem] | Unset): Values of the location's custom fields
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
    custom_fields: list[ClientEventDataCustomFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

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

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _name = d.pop("name", UNSET)
        name: str | Unset
        if _name is UNSET:
            name = UNSET
        else:
            name = _name if type(_name) is str else as_str(_name)

        _surname = d.pop("surname", UNSET)
        surname: str | Unset
        if _surname is UNSET:
            surname = UNSET
        else:
            surname = _surname if type(_surname) is str else as_str(_surname)

        _patronymic = d.pop("patronymic", UNSET)
        patronymic: str | Unset
        if _patronymic is UNSET:
            patronymic = UNSET
        else:
            patronymic = _patronymic if type(_patronymic) is str else as_str(_patronymic)

        _display_name = d.pop("display_name", UNSET)
        display_name: str | Unset
        if _display_name is UNSET:
            display_name = UNSET
        else:
            display_name = _display_name if type(_display_name) is str else as_str(_display_name)

        _phone = d.pop("phone", UNSET)
        phone: str | Unset
        if _phone is UNSET:
            phone = UNSET
        else:
            phone = _phone if type(_phone) is str else as_str(_phone)

        _email = d.pop("email", UNSET)
        email: str | Unset
        if _email is UNSET:
            email = UNSET
        else:
            email = _email if type(_email) is str else as_str(_email)

        _card = d.pop("card", UNSET)
        card: str | Unset
        if _card is UNSET:
            card = UNSET
        else:
            card = _card if type(_card) is str else as_str(_card)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: str | Unset
        if _birth_date is UNSET:
            birth_date = UNSET
        else:
            birth_date = _birth_date if type(_birth_date) is str else as_str(_birth_date)

        _comment = d.pop("comment", UNSET)
        comment: str | Unset
        if _comment is UNSET:
            comment = UNSET
        else:
            comment = _comment if type(_comment) is str else as_str(_comment)

        _discount = d.pop("discount", UNSET)
        discount: float | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = (
                _discount
                if type(_discount) is float or type(_discount) is int
                else as_float(_discount)
            )

        _visits = d.pop("visits", UNSET)
        visits: int | Unset
        if _visits is UNSET:
            visits = UNSET
        else:
            visits = _visits if type(_visits) is int else as_int(_visits)

        _sex_id = d.pop("sex_id", UNSET)
        sex_id: ClientEventDataSexId | Unset
        if _sex_id is UNSET:
            sex_id = UNSET
        else:
            sex_id = ClientEventDataSexId(_sex_id)

        _sex = d.pop("sex", UNSET)
        sex: str | Unset
        if _sex is UNSET:
            sex = UNSET
        else:
            sex = _sex if type(_sex) is str else as_str(_sex)

        _sms_check = d.pop("sms_check", UNSET)
        sms_check: ClientEventDataSmsCheck | Unset
        if _sms_check is UNSET:
            sms_check = UNSET
        else:
            sms_check = ClientEventDataSmsCheck(_sms_check)

        _sms_bot = d.pop("sms_bot", UNSET)
        sms_bot: ClientEventDataSmsBot | Unset
        if _sms_bot is UNSET:
            sms_bot = UNSET
        else:
            sms_bot = ClientEventDataSmsBot(_sms_bot)

        _sms_not = d.pop("sms_not", UNSET)
        sms_not: ClientEventDataSmsNot | Unset
        if _sms_not is UNSET:
            sms_not = UNSET
        else:
            sms_not = ClientEventDataSmsNot(_sms_not)

        _spent = d.pop("spent", UNSET)
        spent: float | Unset
        if _spent is UNSET:
            spent = UNSET
        else:
            spent = _spent if type(_spent) is float or type(_spent) is int else as_float(_spent)

        _paid = d.pop("paid", UNSET)
        paid: float | Unset
        if _paid is UNSET:
            paid = UNSET
        else:
            paid = _paid if type(_paid) is float or type(_paid) is int else as_float(_paid)

        _balance = d.pop("balance", UNSET)
        balance: float | Unset
        if _balance is UNSET:
            balance = UNSET
        else:
            balance = (
                _balance if type(_balance) is float or type(_balance) is int else as_float(_balance)
            )

        _importance_id = d.pop("importance_id", UNSET)
        importance_id: int | Unset
        if _importance_id is UNSET:
            importance_id = UNSET
        else:
            importance_id = (
                _importance_id if type(_importance_id) is int else as_int(_importance_id)
            )

        _importance = d.pop("importance", UNSET)
        importance: str | Unset
        if _importance is UNSET:
            importance = UNSET
        else:
            importance = _importance if type(_importance) is str else as_str(_importance)

        _categories = d.pop("categories", UNSET)
        categories: list[ClientEventDataCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            if not isinstance(_categories, list):
                raise TypeError(f"expected a list, got {type(_categories).__name__}")
            categories = []
            for categories_item_data in _categories:
                _categories_item = categories_item_data
                categories_item = ClientEventDataCategoriesItem.from_dict(_categories_item)

                categories.append(categories_item)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: str | Unset
        if _last_change_date is UNSET:
            last_change_date = UNSET
        else:
            last_change_date = (
                _last_change_date if type(_last_change_date) is str else as_str(_last_change_date)
            )

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[ClientEventDataCustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            if not isinstance(_custom_fields, list):
                raise TypeError(f"expected a list, got {type(_custom_fields).__name__}")
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                _custom_fields_item = custom_fields_item_data
                custom_fields_item = ClientEventDataCustomFieldsItem.from_dict(_custom_fields_item)

                custom_fields.append(custom_fields_item)

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
