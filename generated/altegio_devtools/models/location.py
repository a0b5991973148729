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
    read,
    read_items,
    read_list,
    read_number,
)
from .._typed import Mirror, fromisoformat, or_null
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_widget_promo import BookingWidgetPromo


T = TypeVar("T", bound="Location")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "public_title",
        "short_descr",
        "logo",
        "active",
        "phone",
        "phones",
        "email",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "app_ios",
        "app_android",
        "currency_short_title",
        "reminds_sms_disabled",
        "reminds_sms_default",
        "group_priority",
        "bookform_group_priority",
        "description",
        "photos",
        "company_photos",
        "booking_widget_promo",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.booking_widget_promo import BookingWidgetPromo  # noqa: PLC0415

    globals().update(
        {
            "BookingWidgetPromo": BookingWidgetPromo,
        }
    )
    _nested_imported = True


def _parse_next_slot(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _next_slot_type_0 = data
    next_slot_type_0 = as_datetime(_next_slot_type_0)

    return next_slot_type_0


def _read_next_slot(_next_slot: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        next_slot = _parse_next_slot(_next_slot)
    except READ_ERRORS as error:
        next_slot = UNSET
        drift = mismatch(drift, "next_slot", "a date-time or null", _next_slot, error)
    return next_slot, drift


def _parse_booking_widget_promo(data: object) -> BookingWidgetPromo | None | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    booking_widget_promo_type_0 = BookingWidgetPromo.from_dict(data)

    return booking_widget_promo_type_0


def _read_booking_widget_promo(
    _booking_widget_promo: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        booking_widget_promo = _parse_booking_widget_promo(_booking_widget_promo)
    except READ_ERRORS as error:
        booking_widget_promo = UNSET
        drift = mismatch(
            drift, "booking_widget_promo", "an object or null", _booking_widget_promo, error
        )
    else:
        drift = collect(drift, "booking_widget_promo", booking_widget_promo)
    return booking_widget_promo, drift


@_attrs_define
class Location:
    """
    Attributes:
        id (int | Unset): Location ID
        title (str | Unset): Location name
        public_title (str | Unset): Public display name
        short_descr (str | Unset): Location category
        logo (str | Unset): Logo image URL
        active (int | Unset): 1 = active, 0 = inactive
        phone (str | Unset): Phone number
        phones (list[str] | Unset): All phone numbers
        email (str | Unset): E-mail address
        country_id (int | Unset): Country ID
        schedule (str | Unset): Working schedule
        country (str | Unset): Country name
        city_id (int | Unset): City ID
        city (str | Unset): City name
        timezone (float | Unset): UTC offset in hours
        timezone_name (str | Unset): Time zone name
        address (str | Unset): Street address
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        phone_confirmation (bool | Unset): Whether booking requires SMS phone confirmation
        active_staff_count (float | Unset): Number of bookable team members
        next_slot (datetime.datetime | None | Unset): Next free slot (ISO 8601). Only present when the GET parameter
            forBooking=1 is sent.
        app_ios (str | Unset): iOS app link
        app_android (str | Unset): Android app link
        currency_short_title (str | Unset): Short currency name
        reminds_sms_disabled (bool | Unset): SMS reminders switched off
        reminds_sms_default (int | Unset): Default SMS reminder setting
        group_priority (float | Unset): Sort priority inside the chain list (higher first)
        bookform_group_priority (float | Unset): Sort priority in the booking form
        description (str | Unset): Full description (HTML)
        photos (list[str] | Unset): Photo paths
        company_photos (list[str] | Unset): Full photo URLs
        booking_widget_promo (BookingWidgetPromo | None | Unset): Booking widget promo settings
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    public_title: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    logo: str | Unset = UNSET
    active: int | Unset = UNSET
    phone: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    country_id: int | Unset = UNSET
    schedule: str | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    timezone: float | Unset = UNSET
    timezone_name: str | Unset = UNSET
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    next_slot: datetime.datetime | None | Unset = UNSET
    app_ios: str | Unset = UNSET
    app_android: str | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    reminds_sms_disabled: bool | Unset = UNSET
    reminds_sms_default: int | Unset = UNSET
    group_priority: float | Unset = UNSET
    bookform_group_priority: float | Unset = UNSET
    description: str | Unset = UNSET
    photos: list[str] | Unset = UNSET
    company_photos: list[str] | Unset = UNSET
    booking_widget_promo: BookingWidgetPromo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.booking_widget_promo import BookingWidgetPromo  # noqa: PLC0415

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        title = self.title

        public_title = self.public_title

        short_descr = self.short_descr

        logo = self.logo

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active if isinstance(self.active, int) else as_int(self.active)

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        email = self.email

        country_id: int | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = (
                self.country_id if isinstance(self.country_id, int) else as_int(self.country_id)
            )

        schedule = self.schedule

        country = self.country

        city_id: int | Unset = UNSET
        if not isinstance(self.city_id, Unset):
            city_id = self.city_id if isinstance(self.city_id, int) else as_int(self.city_id)

        city = self.city

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        next_slot: None | str | Unset
        if isinstance(self.next_slot, Unset):
            next_slot = UNSET
        elif isinstance(self.next_slot, datetime.datetime):
            next_slot = format_datetime(self.next_slot)
        else:
            next_slot = self.next_slot

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        reminds_sms_disabled = self.reminds_sms_disabled

        reminds_sms_default: int | Unset = UNSET
        if not isinstance(self.reminds_sms_default, Unset):
            reminds_sms_default = (
                self.reminds_sms_default
                if isinstance(self.reminds_sms_default, int)
                else as_int(self.reminds_sms_default)
            )

        group_priority = self.group_priority

        bookform_group_priority = self.bookform_group_priority

        description = self.description

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        company_photos: list[str] | Unset = UNSET
        if not isinstance(self.company_photos, Unset):
            company_photos = self.company_photos

        booking_widget_promo: dict[str, Any] | None | Unset
        if isinstance(self.booking_widget_promo, Unset):
            booking_widget_promo = UNSET
        elif isinstance(self.booking_widget_promo, BookingWidgetPromo):
            booking_widget_promo = self.booking_widget_promo.to_dict()
        else:
            booking_widget_promo = self.booking_widget_promo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if email is not UNSET:
            field_dict["email"] = email
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = bookform_group_priority
        if description is not UNSET:
            field_dict["description"] = description
        if photos is not UNSET:
            field_dict["photos"] = photos
        if company_photos is not UNSET:
            field_dict["company_photos"] = company_photos
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = booking_widget_promo

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

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str:
            _absent += short_descr is UNSET
            short_descr, drift = read(short_descr, as_str, "short_descr", "a string", drift)

        logo = _get("logo", UNSET)
        if type(logo) is not str:
            _absent += logo is UNSET
            logo, drift = read(logo, as_str, "logo", "a string", drift)

        active = _get("active", UNSET)
        if type(active) is not int:
            _absent += active is UNSET
            active, drift = read(active, as_int, "active", "an integer", drift)

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

        email = _get("email", UNSET)
        if type(email) is not str:
            _absent += email is UNSET
            email, drift = read(email, as_str, "email", "a string", drift)

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int:
            _absent += country_id is UNSET
            country_id, drift = read(country_id, as_int, "country_id", "an integer", drift)

        schedule = _get("schedule", UNSET)
        if type(schedule) is not str:
            _absent += schedule is UNSET
            schedule, drift = read(schedule, as_str, "schedule", "a string", drift)

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

        timezone = _get("timezone", UNSET)
        if type(timezone) is not float and type(timezone) is not int:
            _absent += timezone is UNSET
            timezone, drift = read(timezone, read_number, "timezone", "a number", drift)

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

        phone_confirmation = _get("phone_confirmation", UNSET)
        if type(phone_confirmation) is not bool:
            _absent += phone_confirmation is UNSET
            phone_confirmation, drift = read(
                phone_confirmation, as_bool, "phone_confirmation", "a boolean", drift
            )

        active_staff_count = _get("active_staff_count", UNSET)
        if type(active_staff_count) is not float and type(active_staff_count) is not int:
            _absent += active_staff_count is UNSET
            active_staff_count, drift = read(
                active_staff_count, read_number, "active_staff_count", "a number", drift
            )

        next_slot = _get("next_slot", UNSET)
        if type(next_slot) is str:
            try:
                next_slot = as_datetime(next_slot)
            except READ_ERRORS:
                next_slot, drift = _read_next_slot(next_slot, drift)
        elif next_slot is not None:
            _absent += next_slot is UNSET
            next_slot, drift = _read_next_slot(next_slot, drift)

        app_ios = _get("app_ios", UNSET)
        if type(app_ios) is not str:
            _absent += app_ios is UNSET
            app_ios, drift = read(app_ios, as_str, "app_ios", "a string", drift)

        app_android = _get("app_android", UNSET)
        if type(app_android) is not str:
            _absent += app_android is UNSET
            app_android, drift = read(app_android, as_str, "app_android", "a string", drift)

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str:
            _absent += currency_short_title is UNSET
            currency_short_title, drift = read(
                currency_short_title, as_str, "currency_short_title", "a string", drift
            )

        reminds_sms_disabled = _get("reminds_sms_disabled", UNSET)
        if type(reminds_sms_disabled) is not bool:
            _absent += reminds_sms_disabled is UNSET
            reminds_sms_disabled, drift = read(
                reminds_sms_disabled, as_bool, "reminds_sms_disabled", "a boolean", drift
            )

        reminds_sms_default = _get("reminds_sms_default", UNSET)
        if type(reminds_sms_default) is not int:
            _absent += reminds_sms_default is UNSET
            reminds_sms_default, drift = read(
                reminds_sms_default, as_int, "reminds_sms_default", "an integer", drift
            )

        group_priority = _get("group_priority", UNSET)
        if type(group_priority) is not float and type(group_priority) is not int:
            _absent += group_priority is UNSET
            group_priority, drift = read(
                group_priority, read_number, "group_priority", "a number", drift
            )

        bookform_group_priority = _get("bookform_group_priority", UNSET)
        if type(bookform_group_priority) is not float and type(bookform_group_priority) is not int:
            _absent += bookform_group_priority is UNSET
            bookform_group_priority, drift = read(
                bookform_group_priority, read_number, "bookform_group_priority", "a number", drift
            )

        description = _get("description", UNSET)
        if type(description) is not str:
            _absent += description is UNSET
            description, drift = read(description, as_str, "description", "a string", drift)

        photos = _get("photos", UNSET)
        if type(photos) is list:
            for _item in photos:
                if type(_item) is not str:
                    photos, drift = read_items(photos, as_str, "photos", "a string", drift)
                    break
        else:
            _absent += photos is UNSET
            photos, drift = read_list(photos, "photos", drift)

        company_photos = _get("company_photos", UNSET)
        if type(company_photos) is list:
            for _item in company_photos:
                if type(_item) is not str:
                    company_photos, drift = read_items(
                        company_photos, as_str, "company_photos", "a string", drift
                    )
                    break
        else:
            _absent += company_photos is UNSET
            company_photos, drift = read_list(company_photos, "company_photos", drift)

        booking_widget_promo = _get("booking_widget_promo", UNSET)
        if type(booking_widget_promo) is dict:
            booking_widget_promo = BookingWidgetPromo.from_dict(booking_widget_promo)
            if booking_widget_promo.drift:
                drift = nested(drift, "booking_widget_promo", booking_widget_promo.drift)
        elif booking_widget_promo is not None:
            _absent += booking_widget_promo is UNSET
            booking_widget_promo, drift = _read_booking_widget_promo(booking_widget_promo, drift)

        location = object.__new__(cls)
        location.id = id
        location.title = title
        location.public_title = public_title
        location.short_descr = short_descr
        location.logo = logo
        location.active = active
        location.phone = phone
        location.phones = phones
        location.email = email
        location.country_id = country_id
        location.schedule = schedule
        location.country = country
        location.city_id = city_id
        location.city = city
        location.timezone = timezone
        location.timezone_name = timezone_name
        location.address = address
        location.coordinate_lat = coordinate_lat
        location.coordinate_lon = coordinate_lon
        location.phone_confirmation = phone_confirmation
        location.active_staff_count = active_staff_count
        location.next_slot = next_slot
        location.app_ios = app_ios
        location.app_android = app_android
        location.currency_short_title = currency_short_title
        location.reminds_sms_disabled = reminds_sms_disabled
        location.reminds_sms_default = reminds_sms_default
        location.group_priority = group_priority
        location.bookform_group_priority = bookform_group_priority
        location.description = description
        location.photos = photos
        location.company_photos = company_photos
        location.booking_widget_promo = booking_widget_promo
        location.additional_properties = (
            {}
            if len(_src) + _absent == 33
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        location.drift = tuple(drift) if drift else ()
        return location

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
    """Location's msgspec Struct mirror and its conversion into Location: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.booking_widget_promo import typed_mirror as _booking_widget_promo_mirror  # noqa: PLC0415

    _booking_widget_promo = _booking_widget_promo_mirror()
    _convert_booking_widget_promo = _booking_widget_promo.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "LocationMirror",
        [
            ("id", int, UNSET),
            ("title", str, UNSET),
            ("public_title", str, UNSET),
            ("short_descr", str, UNSET),
            ("logo", str, UNSET),
            ("active", int, UNSET),
            ("phone", str, UNSET),
            ("phones", list[str], UNSET),
            ("email", str, UNSET),
            ("country_id", int, UNSET),
            ("schedule", str, UNSET),
            ("country", str, UNSET),
            ("city_id", int, UNSET),
            ("city", str, UNSET),
            ("timezone", int | float, UNSET),
            ("timezone_name", str, UNSET),
            ("address", str, UNSET),
            ("coordinate_lat", int | float, UNSET),
            ("coordinate_lon", int | float, UNSET),
            ("phone_confirmation", bool, UNSET),
            ("active_staff_count", int | float, UNSET),
            ("next_slot", str | None, UNSET),
            ("app_ios", str, UNSET),
            ("app_android", str, UNSET),
            ("currency_short_title", str, UNSET),
            ("reminds_sms_disabled", bool, UNSET),
            ("reminds_sms_default", int, UNSET),
            ("group_priority", int | float, UNSET),
            ("bookform_group_priority", int | float, UNSET),
            ("description", str, UNSET),
            ("photos", list[str], UNSET),
            ("company_photos", list[str], UNSET),
            ("booking_widget_promo", or_null(_booking_widget_promo.struct), UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> Location:
        m = new(Location)
        m.id = s.id
        m.title = s.title
        m.public_title = s.public_title
        m.short_descr = s.short_descr
        m.logo = s.logo
        m.active = s.active
        m.phone = s.phone
        m.phones = s.phones
        m.email = s.email
        m.country_id = s.country_id
        m.schedule = s.schedule
        m.country = s.country
        m.city_id = s.city_id
        m.city = s.city
        m.timezone = s.timezone
        m.timezone_name = s.timezone_name
        m.address = s.address
        m.coordinate_lat = s.coordinate_lat
        m.coordinate_lon = s.coordinate_lon
        m.phone_confirmation = s.phone_confirmation
        m.active_staff_count = s.active_staff_count
        v = s.next_slot
        m.next_slot = v if v is UNSET or v is None else fromisoformat(v)
        m.app_ios = s.app_ios
        m.app_android = s.app_android
        m.currency_short_title = s.currency_short_title
        m.reminds_sms_disabled = s.reminds_sms_disabled
        m.reminds_sms_default = s.reminds_sms_default
        m.group_priority = s.group_priority
        m.bookform_group_priority = s.bookform_group_priority
        m.description = s.description
        m.photos = s.photos
        m.company_photos = s.company_photos
        v = s.booking_widget_promo
        m.booking_widget_promo = v if v is UNSET or v is None else _booking_widget_promo.convert(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
