from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_datetime, as_int, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    enum_reader,
    read,
    read_list,
    read_number,
)
from .._typed import Mirror, Tally, fitted, fromisoformat, list_of, read_raw_items
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..models.client_event_data_sex_id import ClientEventDataSexId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_event_data_categories_item import ClientEventDataCategoriesItem
    from ..models.client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem
    from ..models.client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap


T = TypeVar("T", bound="ClientEventData")

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
        "birth_date",
        "comment",
        "discount",
        "visits",
        "sex_id",
        "sex",
        "sms_check",
        "sms_bot",
        "sms_not",
        "spent",
        "paid",
        "balance",
        "importance_id",
        "importance",
        "categories",
        "last_change_date",
        "custom_fields",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.client_event_data_categories_item import ClientEventDataCategoriesItem  # noqa: PLC0415
    from ..models.client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem  # noqa: PLC0415
    from ..models.client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap  # noqa: PLC0415

    globals().update(
        {
            "ClientEventDataCategoriesItem": ClientEventDataCategoriesItem,
            "ClientEventDataCustomFieldsItem": ClientEventDataCustomFieldsItem,
            "ClientEventDataCustomFieldsMap": ClientEventDataCustomFieldsMap,
        }
    )
    _nested_imported = True


def _parse_birth_date(data: object) -> datetime.date | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _birth_date_type_0 = data
    birth_date_type_0 = datetime.date.fromisoformat(as_str(_birth_date_type_0))

    return birth_date_type_0


def _read_birth_date(_birth_date: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        birth_date = _parse_birth_date(_birth_date)
    except READ_ERRORS as error:
        birth_date = UNSET
        drift = mismatch(drift, "birth_date", "a date or null", _birth_date, error)
    return birth_date, drift


def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _last_change_date_type_0 = data
    last_change_date_type_0 = as_datetime(_last_change_date_type_0)

    return last_change_date_type_0


def _read_last_change_date(
    _last_change_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        last_change_date = _parse_last_change_date(_last_change_date)
    except READ_ERRORS as error:
        last_change_date = UNSET
        drift = mismatch(drift, "last_change_date", "a date-time or null", _last_change_date, error)
    return last_change_date, drift


def _parse_custom_fields(
    data: object,
) -> ClientEventDataCustomFieldsMap | list[ClientEventDataCustomFieldsItem] | Unset:
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
                custom_fields_type_0_item = ClientEventDataCustomFieldsItem.from_dict(
                    custom_fields_type_0_item_data
                )

                custom_fields_type_0.append(custom_fields_type_0_item)

            return custom_fields_type_0
        except READ_ERRORS:
            pass
    if not isinstance(data, dict):
        raise TypeError()
    custom_fields_type_1 = ClientEventDataCustomFieldsMap.from_dict(data)

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
            birth_date (datetime.date | None | Unset): Birthday, YYYY-MM-DD
            comment (str | Unset): Comment on the client card
            discount (float | Unset): Personal discount, percent
            visits (int | Unset): Number of visits
            sex_id (ClientEventDataSexId | Unset): 0 = unknown, 1 = male, 2 = female
            sex (str | Unset):
            sms_check (bool | Unset):
            sms_bot (bool | Unset):
            sms_not (bool | Unset):
            spent (float | Unset): Total spent
            paid (float | Unset): Total paid
            balance (float | Unset): Current balance
            importance_id (int | Unset): 0 = normal, 1 = VIP, 2 = blacklisted
            importance (str | Unset):
            categories (list[ClientEventDataCategoriesItem] | Unset): Client category labels
            last_change_date (datetime.datetime | None | Unset):
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
    birth_date: datetime.date | None | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    visits: int | Unset = UNSET
    sex_id: ClientEventDataSexId | Unset = UNSET
    sex: str | Unset = UNSET
    sms_check: bool | Unset = UNSET
    sms_bot: bool | Unset = UNSET
    sms_not: bool | Unset = UNSET
    spent: float | Unset = UNSET
    paid: float | Unset = UNSET
    balance: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    categories: list[ClientEventDataCategoriesItem] | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    custom_fields: (
        ClientEventDataCustomFieldsMap | list[ClientEventDataCustomFieldsItem] | Unset
    ) = UNSET
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

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        comment = self.comment

        discount = self.discount

        visits: int | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = self.visits if isinstance(self.visits, int) else as_int(self.visits)

        sex_id: int | Unset = UNSET
        if not isinstance(self.sex_id, Unset):
            sex_id = self.sex_id.value

        sex = self.sex

        sms_check = self.sms_check

        sms_bot = self.sms_bot

        sms_not = self.sms_not

        spent = self.spent

        paid = self.paid

        balance = self.balance

        importance_id: int | Unset = UNSET
        if not isinstance(self.importance_id, Unset):
            importance_id = (
                self.importance_id
                if isinstance(self.importance_id, int)
                else as_int(self.importance_id)
            )

        importance = self.importance

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = format_datetime(self.last_change_date)
        else:
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

        birth_date = _get("birth_date", UNSET)
        _absent += birth_date is UNSET
        birth_date, drift = _read_birth_date(birth_date, drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int:
            _absent += discount is UNSET
            discount, drift = read(discount, read_number, "discount", "a number", drift)

        visits = _get("visits", UNSET)
        if type(visits) is not int:
            _absent += visits is UNSET
            visits, drift = read(visits, as_int, "visits", "an integer", drift)

        sex_id = _get("sex_id", UNSET)
        if type(sex_id) is int:
            sex_id = ClientEventDataSexId(sex_id)
        else:
            _absent += sex_id is UNSET
            sex_id, drift = read(
                sex_id, enum_reader(ClientEventDataSexId, True), "sex_id", "an integer", drift
            )

        sex = _get("sex", UNSET)
        if type(sex) is not str:
            _absent += sex is UNSET
            sex, drift = read(sex, as_str, "sex", "a string", drift)

        sms_check = _get("sms_check", UNSET)
        if type(sms_check) is not bool:
            _absent += sms_check is UNSET
            sms_check, drift = read(sms_check, as_bool, "sms_check", "a boolean", drift)

        sms_bot = _get("sms_bot", UNSET)
        if type(sms_bot) is not bool:
            _absent += sms_bot is UNSET
            sms_bot, drift = read(sms_bot, as_bool, "sms_bot", "a boolean", drift)

        sms_not = _get("sms_not", UNSET)
        if type(sms_not) is not bool:
            _absent += sms_not is UNSET
            sms_not, drift = read(sms_not, as_bool, "sms_not", "a boolean", drift)

        spent = _get("spent", UNSET)
        if type(spent) is not float and type(spent) is not int:
            _absent += spent is UNSET
            spent, drift = read(spent, read_number, "spent", "a number", drift)

        paid = _get("paid", UNSET)
        if type(paid) is not float and type(paid) is not int:
            _absent += paid is UNSET
            paid, drift = read(paid, read_number, "paid", "a number", drift)

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int:
            _absent += balance is UNSET
            balance, drift = read(balance, read_number, "balance", "a number", drift)

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not int:
            _absent += importance_id is UNSET
            importance_id, drift = read(importance_id, as_int, "importance_id", "an integer", drift)

        importance = _get("importance", UNSET)
        if type(importance) is not str:
            _absent += importance is UNSET
            importance, drift = read(importance, as_str, "importance", "a string", drift)

        categories = _get("categories", UNSET)
        if type(categories) is list:
            _items = []
            for _index, _item in enumerate(categories):
                if type(_item) is dict:
                    _item = ClientEventDataCategoriesItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"categories[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        ClientEventDataCategoriesItem.from_dict,
                        f"categories[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            categories = _items
        else:
            _absent += categories is UNSET
            categories, drift = read_list(categories, "categories", drift)

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = as_datetime(last_change_date)
            except READ_ERRORS:
                last_change_date, drift = _read_last_change_date(last_change_date, drift)
        elif last_change_date is not None:
            _absent += last_change_date is UNSET
            last_change_date, drift = _read_last_change_date(last_change_date, drift)

        custom_fields = _get("custom_fields", UNSET)
        _absent += custom_fields is UNSET
        custom_fields, drift = _read_custom_fields(custom_fields, drift)

        client_event_data = object.__new__(cls)
        client_event_data.id = id
        client_event_data.name = name
        client_event_data.surname = surname
        client_event_data.patronymic = patronymic
        client_event_data.display_name = display_name
        client_event_data.phone = phone
        client_event_data.email = email
        client_event_data.card = card
        client_event_data.birth_date = birth_date
        client_event_data.comment = comment
        client_event_data.discount = discount
        client_event_data.visits = visits
        client_event_data.sex_id = sex_id
        client_event_data.sex = sex
        client_event_data.sms_check = sms_check
        client_event_data.sms_bot = sms_bot
        client_event_data.sms_not = sms_not
        client_event_data.spent = spent
        client_event_data.paid = paid
        client_event_data.balance = balance
        client_event_data.importance_id = importance_id
        client_event_data.importance = importance
        client_event_data.categories = categories
        client_event_data.last_change_date = last_change_date
        client_event_data.custom_fields = custom_fields
        client_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 25
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        client_event_data.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """ClientEventData's msgspec Struct mirror and its conversion into ClientEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.client_event_data_categories_item import (
        typed_mirror as _client_event_data_categories_item_mirror,  # noqa: PLC0415
    )

    _client_event_data_categories_item = _client_event_data_categories_item_mirror()
    _convert_client_event_data_categories_item = _client_event_data_categories_item.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "ClientEventDataMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("surname", str, UNSET),
            ("patronymic", str, UNSET),
            ("display_name", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
            ("card", str, UNSET),
            ("birth_date", Any, UNSET),
            ("comment", str, UNSET),
            ("discount", int | float, UNSET),
            ("visits", int, UNSET),
            ("sex_id", int, UNSET),
            ("sex", str, UNSET),
            ("sms_check", bool, UNSET),
            ("sms_bot", bool, UNSET),
            ("sms_not", bool, UNSET),
            ("spent", int | float, UNSET),
            ("paid", int | float, UNSET),
            ("balance", int | float, UNSET),
            ("importance_id", int, UNSET),
            ("importance", str, UNSET),
            ("categories", list_of(_client_event_data_categories_item.struct), UNSET),
            ("last_change_date", str | None, UNSET),
            ("custom_fields", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> ClientEventData:
        m = new(ClientEventData)
        m.id = s.id
        m.name = s.name
        m.surname = s.surname
        m.patronymic = s.patronymic
        m.display_name = s.display_name
        m.phone = s.phone
        m.email = s.email
        m.card = s.card
        m.birth_date = fitted(_read_birth_date(s.birth_date, None))
        m.comment = s.comment
        m.discount = s.discount
        m.visits = s.visits
        v = s.sex_id
        m.sex_id = v if v is UNSET else ClientEventDataSexId(v)
        m.sex = s.sex
        m.sms_check = s.sms_check
        m.sms_bot = s.sms_bot
        m.sms_not = s.sms_not
        m.spent = s.spent
        m.paid = s.paid
        m.balance = s.balance
        m.importance_id = s.importance_id
        m.importance = s.importance
        v = s.categories
        m.categories = (
            v if v is UNSET else [_convert_client_event_data_categories_item(i) for i in v]
        )
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "ClientEventDataLaxMirror",
        [
            ("id", int, UNSET),
            ("name", str, UNSET),
            ("surname", str, UNSET),
            ("patronymic", str, UNSET),
            ("display_name", str, UNSET),
            ("phone", str, UNSET),
            ("email", str, UNSET),
            ("card", str, UNSET),
            ("birth_date", Any, UNSET),
            ("comment", str, UNSET),
            ("discount", int | float, UNSET),
            ("visits", int, UNSET),
            ("sex_id", int, UNSET),
            ("sex", str, UNSET),
            ("sms_check", bool, UNSET),
            ("sms_bot", bool, UNSET),
            ("sms_not", bool, UNSET),
            ("spent", int | float, UNSET),
            ("paid", int | float, UNSET),
            ("balance", int | float, UNSET),
            ("importance_id", int, UNSET),
            ("importance", str, UNSET),
            ("categories", list[msgspec.Raw], UNSET),
            ("last_change_date", str | None, UNSET),
            ("custom_fields", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> ClientEventData:
        m = new(ClientEventData)
        drift: list[Drift] | None = None
        m.id = s.id
        m.name = s.name
        m.surname = s.surname
        m.patronymic = s.patronymic
        m.display_name = s.display_name
        m.phone = s.phone
        m.email = s.email
        m.card = s.card
        m.birth_date = fitted(_read_birth_date(s.birth_date, None))
        m.comment = s.comment
        m.discount = s.discount
        m.visits = s.visits
        v = s.sex_id
        m.sex_id = v if v is UNSET else ClientEventDataSexId(v)
        m.sex = s.sex
        m.sms_check = s.sms_check
        m.sms_bot = s.sms_bot
        m.sms_not = s.sms_not
        m.spent = s.spent
        m.paid = s.paid
        m.balance = s.balance
        m.importance_id = s.importance_id
        m.importance = s.importance
        v = s.categories
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _client_event_data_categories_item,
                ClientEventDataCategoriesItem.from_dict,
                "categories",
                drift,
                tally=tally,
            )
        m.categories = v
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
