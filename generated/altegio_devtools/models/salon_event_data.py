from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_int, as_str
from .._read import (
    as_object,
    read,
    read_items,
    read_list,
    read_model,
    read_number,
)
from .._typed import Mirror, or_null
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salon_event_data_schedule import SalonEventDataSchedule
    from ..models.salon_event_data_social import SalonEventDataSocial
    from ..models.salon_main_group import SalonMainGroup


T = TypeVar("T", bound="SalonEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "public_title",
        "phone",
        "phones",
        "country_id",
        "country",
        "city_id",
        "city",
        "active",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "currency_short_title",
        "business_group_id",
        "business_type_id",
        "site",
        "zip",
        "logo",
        "short_descr",
        "description",
        "schedule",
        "email",
        "social",
        "main_group_id",
        "main_group",
        "record_type_id",
        "booking_comment_required",
        "booking_email_required",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.salon_event_data_schedule import SalonEventDataSchedule  # noqa: PLC0415
    from ..models.salon_event_data_social import SalonEventDataSocial  # noqa: PLC0415
    from ..models.salon_main_group import SalonMainGroup  # noqa: PLC0415

    globals().update(
        {
            "SalonEventDataSchedule": SalonEventDataSchedule,
            "SalonEventDataSocial": SalonEventDataSocial,
            "SalonMainGroup": SalonMainGroup,
        }
    )
    _nested_imported = True


def _parse_main_group(data: object) -> None | SalonMainGroup | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    main_group_type_0 = SalonMainGroup.from_dict(data)

    return main_group_type_0


def _read_main_group(_main_group: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        main_group = _parse_main_group(_main_group)
    except READ_ERRORS as error:
        main_group = UNSET
        drift = mismatch(drift, "main_group", "an object or null", _main_group, error)
    else:
        drift = collect(drift, "main_group", main_group)
    return main_group, drift


@_attrs_define
class SalonEventData:
    """Location as returned by the location detail API.

    Attributes:
        id (int | Unset): Location ID
        title (str | Unset): Location name
        public_title (str | Unset): Public display name
        phone (str | Unset): Main phone
        phones (list[str] | Unset): All phones
        country_id (int | Unset):
        country (str | Unset):
        city_id (int | Unset):
        city (str | Unset):
        active (bool | Unset): 1 = active, 0 = inactive
        timezone (str | Unset): UTC offset such as "+3"
        timezone_name (str | Unset): IANA time zone
        address (str | Unset):
        coordinate_lat (float | Unset):
        coordinate_lon (float | Unset):
        currency_short_title (str | Unset): Currency code such as "USD"
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        site (str | Unset): Website
        zip_ (str | Unset):
        logo (str | Unset): Logo URL
        short_descr (str | Unset): Short description
        description (str | Unset): Full description (HTML)
        schedule (SalonEventDataSchedule | Unset): Working hours
        email (str | Unset):
        social (SalonEventDataSocial | Unset): Social network links
        main_group_id (int | Unset):
        main_group (None | SalonMainGroup | Unset):
        record_type_id (int | Unset):
        booking_comment_required (bool | Unset):
        booking_email_required (bool | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    active: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    site: str | Unset = UNSET
    zip_: str | Unset = UNSET
    logo: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    description: str | Unset = UNSET
    schedule: SalonEventDataSchedule | Unset = UNSET
    email: str | Unset = UNSET
    social: SalonEventDataSocial | Unset = UNSET
    main_group_id: int | Unset = UNSET
    main_group: None | SalonMainGroup | Unset = UNSET
    record_type_id: int | Unset = UNSET
    booking_comment_required: bool | Unset = UNSET
    booking_email_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.salon_main_group import SalonMainGroup  # noqa: PLC0415

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        public_title = self.public_title

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        country_id: int | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = (
                self.country_id if isinstance(self.country_id, int) else as_int(self.country_id)
            )

        country = self.country

        city_id: int | Unset = UNSET
        if not isinstance(self.city_id, Unset):
            city_id = self.city_id if isinstance(self.city_id, int) else as_int(self.city_id)

        city = self.city

        active = self.active

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        currency_short_title = self.currency_short_title

        business_group_id: int | Unset = UNSET
        if not isinstance(self.business_group_id, Unset):
            business_group_id = (
                self.business_group_id
                if isinstance(self.business_group_id, int)
                else as_int(self.business_group_id)
            )

        business_type_id: int | Unset = UNSET
        if not isinstance(self.business_type_id, Unset):
            business_type_id = (
                self.business_type_id
                if isinstance(self.business_type_id, int)
                else as_int(self.business_type_id)
            )

        site = self.site

        zip_ = self.zip_

        logo = self.logo

        short_descr = self.short_descr

        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        email = self.email

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        main_group_id: int | Unset = UNSET
        if not isinstance(self.main_group_id, Unset):
            main_group_id = (
                self.main_group_id
                if isinstance(self.main_group_id, int)
                else as_int(self.main_group_id)
            )

        main_group: dict[str, Any] | None | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, SalonMainGroup):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        record_type_id: int | Unset = UNSET
        if not isinstance(self.record_type_id, Unset):
            record_type_id = (
                self.record_type_id
                if isinstance(self.record_type_id, int)
                else as_int(self.record_type_id)
            )

        booking_comment_required = self.booking_comment_required

        booking_email_required = self.booking_email_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if active is not UNSET:
            field_dict["active"] = active
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if site is not UNSET:
            field_dict["site"] = site
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if logo is not UNSET:
            field_dict["logo"] = logo
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if email is not UNSET:
            field_dict["email"] = email
        if social is not UNSET:
            field_dict["social"] = social
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if booking_comment_required is not UNSET:
            field_dict["booking_comment_required"] = booking_comment_required
        if booking_email_required is not UNSET:
            field_dict["booking_email_required"] = booking_email_required

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

        title = _get("title", UNSET)
        if type(title) is not str:
            _absent += title is UNSET
            title, drift = read(title, as_str, "title", "a string", drift)

        public_title = _get("public_title", UNSET)
        if type(public_title) is not str:
            _absent += public_title is UNSET
            public_title, drift = read(public_title, as_str, "public_title", "a string", drift)

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            _absent += phone is UNSET
            phone, drift = read(phone, as_str, "phone", "a string", drift)

        phones = _get("phones", UNSET)
        if type(phones) is list:
            for _item in phones:
                if type(_item) is not str:
                    phones, drift = read_items(phones, as_str, "phones", "a string", drift)
                    break
        else:
            _absent += phones is UNSET
            phones, drift = read_list(phones, "phones", drift)

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int:
            _absent += country_id is UNSET
            country_id, drift = read(country_id, as_int, "country_id", "an integer", drift)

        country = _get("country", UNSET)
        if type(country) is not str:
            _absent += country is UNSET
            country, drift = read(country, as_str, "country", "a string", drift)

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int:
            _absent += city_id is UNSET
            city_id, drift = read(city_id, as_int, "city_id", "an integer", drift)

        city = _get("city", UNSET)
        if type(city) is not str:
            _absent += city is UNSET
            city, drift = read(city, as_str, "city", "a string", drift)

        active = _get("active", UNSET)
        if type(active) is not bool:
            _absent += active is UNSET
            active, drift = read(active, as_bool, "active", "a boolean", drift)

        timezone = _get("timezone", UNSET)
        if type(timezone) is not str:
            _absent += timezone is UNSET
            timezone, drift = read(timezone, as_str, "timezone", "a string", drift)

        timezone_name = _get("timezone_name", UNSET)
        if type(timezone_name) is not str:
            _absent += timezone_name is UNSET
            timezone_name, drift = read(timezone_name, as_str, "timezone_name", "a string", drift)

        address = _get("address", UNSET)
        if type(address) is not str:
            _absent += address is UNSET
            address, drift = read(address, as_str, "address", "a string", drift)

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and type(coordinate_lat) is not int:
            _absent += coordinate_lat is UNSET
            coordinate_lat, drift = read(
                coordinate_lat, read_number, "coordinate_lat", "a number", drift
            )

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and type(coordinate_lon) is not int:
            _absent += coordinate_lon is UNSET
            coordinate_lon, drift = read(
                coordinate_lon, read_number, "coordinate_lon", "a number", drift
            )

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str:
            _absent += currency_short_title is UNSET
            currency_short_title, drift = read(
                currency_short_title, as_str, "currency_short_title", "a string", drift
            )

        business_group_id = _get("business_group_id", UNSET)
        if type(business_group_id) is not int:
            _absent += business_group_id is UNSET
            business_group_id, drift = read(
                business_group_id, as_int, "business_group_id", "an integer", drift
            )

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not int:
            _absent += business_type_id is UNSET
            business_type_id, drift = read(
                business_type_id, as_int, "business_type_id", "an integer", drift
            )

        site = _get("site", UNSET)
        if type(site) is not str:
            _absent += site is UNSET
            site, drift = read(site, as_str, "site", "a string", drift)

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str:
            _absent += zip_ is UNSET
            zip_, drift = read(zip_, as_str, "zip", "a string", drift)

        logo = _get("logo", UNSET)
        if type(logo) is not str:
            _absent += logo is UNSET
            logo, drift = read(logo, as_str, "logo", "a string", drift)

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str:
            _absent += short_descr is UNSET
            short_descr, drift = read(short_descr, as_str, "short_descr", "a string", drift)

        description = _get("description", UNSET)
        if type(description) is not str:
            _absent += description is UNSET
            description, drift = read(description, as_str, "description", "a string", drift)

        schedule = _get("schedule", UNSET)
        if type(schedule) is dict:
            schedule = SalonEventDataSchedule.from_dict(schedule)
            if schedule.drift:
                drift = nested(drift, "schedule", schedule.drift)
        else:
            _absent += schedule is UNSET
            schedule, drift = read_model(
                schedule, SalonEventDataSchedule.from_dict, "schedule", drift
            )

        email = _get("email", UNSET)
        if type(email) is not str:
            _absent += email is UNSET
            email, drift = read(email, as_str, "email", "a string", drift)

        social = _get("social", UNSET)
        if type(social) is dict:
            social = SalonEventDataSocial.from_dict(social)
            if social.drift:
                drift = nested(drift, "social", social.drift)
        else:
            _absent += social is UNSET
            social, drift = read_model(social, SalonEventDataSocial.from_dict, "social", drift)

        main_group_id = _get("main_group_id", UNSET)
        if type(main_group_id) is not int:
            _absent += main_group_id is UNSET
            main_group_id, drift = read(main_group_id, as_int, "main_group_id", "an integer", drift)

        main_group = _get("main_group", UNSET)
        if type(main_group) is dict:
            main_group = SalonMainGroup.from_dict(main_group)
            if main_group.drift:
                drift = nested(drift, "main_group", main_group.drift)
        elif main_group is not None:
            _absent += main_group is UNSET
            main_group, drift = _read_main_group(main_group, drift)

        record_type_id = _get("record_type_id", UNSET)
        if type(record_type_id) is not int:
            _absent += record_type_id is UNSET
            record_type_id, drift = read(
                record_type_id, as_int, "record_type_id", "an integer", drift
            )

        booking_comment_required = _get("booking_comment_required", UNSET)
        if type(booking_comment_required) is not bool:
            _absent += booking_comment_required is UNSET
            booking_comment_required, drift = read(
                booking_comment_required, as_bool, "booking_comment_required", "a boolean", drift
            )

        booking_email_required = _get("booking_email_required", UNSET)
        if type(booking_email_required) is not bool:
            _absent += booking_email_required is UNSET
            booking_email_required, drift = read(
                booking_email_required, as_bool, "booking_email_required", "a boolean", drift
            )

        salon_event_data = object.__new__(cls)
        salon_event_data.id = id
        salon_event_data.title = title
        salon_event_data.public_title = public_title
        salon_event_data.phone = phone
        salon_event_data.phones = phones
        salon_event_data.country_id = country_id
        salon_event_data.country = country
        salon_event_data.city_id = city_id
        salon_event_data.city = city
        salon_event_data.active = active
        salon_event_data.timezone = timezone
        salon_event_data.timezone_name = timezone_name
        salon_event_data.address = address
        salon_event_data.coordinate_lat = coordinate_lat
        salon_event_data.coordinate_lon = coordinate_lon
        salon_event_data.currency_short_title = currency_short_title
        salon_event_data.business_group_id = business_group_id
        salon_event_data.business_type_id = business_type_id
        salon_event_data.site = site
        salon_event_data.zip_ = zip_
        salon_event_data.logo = logo
        salon_event_data.short_descr = short_descr
        salon_event_data.description = description
        salon_event_data.schedule = schedule
        salon_event_data.email = email
        salon_event_data.social = social
        salon_event_data.main_group_id = main_group_id
        salon_event_data.main_group = main_group
        salon_event_data.record_type_id = record_type_id
        salon_event_data.booking_comment_required = booking_comment_required
        salon_event_data.booking_email_required = booking_email_required
        salon_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 31
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        salon_event_data.drift = tuple(drift) if drift else ()
        return salon_event_data

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
    """SalonEventData's msgspec Struct mirror and its conversion into SalonEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.salon_event_data_schedule import typed_mirror as _salon_event_data_schedule_mirror  # noqa: PLC0415
    from ..models.salon_event_data_social import typed_mirror as _salon_event_data_social_mirror  # noqa: PLC0415
    from ..models.salon_main_group import typed_mirror as _salon_main_group_mirror  # noqa: PLC0415

    _salon_event_data_schedule = _salon_event_data_schedule_mirror()
    _convert_salon_event_data_schedule = _salon_event_data_schedule.convert
    _salon_event_data_social = _salon_event_data_social_mirror()
    _convert_salon_event_data_social = _salon_event_data_social.convert
    _salon_main_group = _salon_main_group_mirror()
    _convert_salon_main_group = _salon_main_group.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "SalonEventDataMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("public_title", str, UNSET),
            ("phone", str, UNSET),
            ("phones", list[str], UNSET),
            ("country_id", int, UNSET),
            ("country", str, UNSET),
            ("city_id", int, UNSET),
            ("city", str, UNSET),
            ("active", bool, UNSET),
            ("timezone", str, UNSET),
            ("timezone_name", str, UNSET),
            ("address", str, UNSET),
            ("coordinate_lat", int | float, UNSET),
            ("coordinate_lon", int | float, UNSET),
            ("currency_short_title", str, UNSET),
            ("business_group_id", int, UNSET),
            ("business_type_id", int, UNSET),
            ("site", str, UNSET),
            ("zip_", str, msgspec.field(default=UNSET, name="zip")),
            ("logo", str, UNSET),
            ("short_descr", str, UNSET),
            ("description", str, UNSET),
            ("schedule", _salon_event_data_schedule.struct, UNSET),
            ("email", str, UNSET),
            ("social", _salon_event_data_social.struct, UNSET),
            ("main_group_id", int, UNSET),
            ("main_group", or_null(_salon_main_group.struct), UNSET),
            ("record_type_id", int, UNSET),
            ("booking_comment_required", bool, UNSET),
            ("booking_email_required", bool, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> SalonEventData:
        m = new(SalonEventData)
        m.id = s.id
        m.title = s.title
        m.public_title = s.public_title
        m.phone = s.phone
        m.phones = s.phones
        m.country_id = s.country_id
        m.country = s.country
        m.city_id = s.city_id
        m.city = s.city
        m.active = s.active
        m.timezone = s.timezone
        m.timezone_name = s.timezone_name
        m.address = s.address
        m.coordinate_lat = s.coordinate_lat
        m.coordinate_lon = s.coordinate_lon
        m.currency_short_title = s.currency_short_title
        m.business_group_id = s.business_group_id
        m.business_type_id = s.business_type_id
        m.site = s.site
        m.zip_ = s.zip_
        m.logo = s.logo
        m.short_descr = s.short_descr
        m.description = s.description
        v = s.schedule
        m.schedule = v if v is UNSET else _salon_event_data_schedule.convert(v)
        m.email = s.email
        v = s.social
        m.social = v if v is UNSET else _salon_event_data_social.convert(v)
        m.main_group_id = s.main_group_id
        v = s.main_group
        m.main_group = v if v is UNSET or v is None else _salon_main_group.convert(v)
        m.record_type_id = s.record_type_id
        m.booking_comment_required = s.booking_comment_required
        m.booking_email_required = s.booking_email_required
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
