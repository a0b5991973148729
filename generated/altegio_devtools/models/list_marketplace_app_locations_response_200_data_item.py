from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_datetime,
    as_float,
    as_int,
    as_str,
    format_datetime,
    is_null_date,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_marketplace_app_locations_response_200_data_item_booking_widget_promo_type_0 import (
        ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0,
    )


T = TypeVar("T", bound="ListMarketplaceAppLocationsResponse200DataItem")


@_attrs_define
class ListMarketplaceAppLocationsResponse200DataItem:
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
        booking_widget_promo (ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0 | None | Unset):
            Booking widget promo settings
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
    booking_widget_promo: (
        ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_marketplace_app_locations_response_200_data_item_booking_widget_promo_type_0 import (
            ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        public_title = self.public_title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        email = self.email

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

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

        reminds_sms_default = self.reminds_sms_default

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
        elif isinstance(
            self.booking_widget_promo,
            ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0,
        ):
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
        from ..models.list_marketplace_app_locations_response_200_data_item_booking_widget_promo_type_0 import (
            ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0,  # noqa: PLC0415
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

        _title = d.pop("title", UNSET)
        try:
            title: str | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = _title if type(_title) is str else as_str(_title)
        except READ_ERRORS as error:
            title = UNSET
            drift = mismatch(drift, "title", "a string", _title, error)

        _public_title = d.pop("public_title", UNSET)
        try:
            public_title: str | Unset
            if _public_title is UNSET:
                public_title = UNSET
            else:
                public_title = (
                    _public_title if type(_public_title) is str else as_str(_public_title)
                )
        except READ_ERRORS as error:
            public_title = UNSET
            drift = mismatch(drift, "public_title", "a string", _public_title, error)

        _short_descr = d.pop("short_descr", UNSET)
        try:
            short_descr: str | Unset
            if _short_descr is UNSET:
                short_descr = UNSET
            else:
                short_descr = _short_descr if type(_short_descr) is str else as_str(_short_descr)
        except READ_ERRORS as error:
            short_descr = UNSET
            drift = mismatch(drift, "short_descr", "a string", _short_descr, error)

        _logo = d.pop("logo", UNSET)
        try:
            logo: str | Unset
            if _logo is UNSET:
                logo = UNSET
            else:
                logo = _logo if type(_logo) is str else as_str(_logo)
        except READ_ERRORS as error:
            logo = UNSET
            drift = mismatch(drift, "logo", "a string", _logo, error)

        _active = d.pop("active", UNSET)
        try:
            active: int | Unset
            if _active is UNSET:
                active = UNSET
            else:
                active = _active if type(_active) is int else as_int(_active)
        except READ_ERRORS as error:
            active = UNSET
            drift = mismatch(drift, "active", "an integer", _active, error)

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

        _phones = d.pop("phones", UNSET)
        try:
            phones: list[str] | Unset = UNSET
            if _phones is not UNSET and _phones != "":
                if not isinstance(_phones, list):
                    raise TypeError(f"expected a list, got {type(_phones).__name__}")
                phones = []
                for index, phones_item_data in enumerate(_phones):
                    try:
                        _phones_item = phones_item_data
                        phones_item = (
                            _phones_item if type(_phones_item) is str else as_str(_phones_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"phones[{index}]", "a string", phones_item_data, error
                        )
                        continue
                    phones.append(phones_item)
        except READ_ERRORS as error:
            phones = UNSET
            drift = mismatch(drift, "phones", "a list", _phones, error)

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

        _country_id = d.pop("country_id", UNSET)
        try:
            country_id: int | Unset
            if _country_id is UNSET:
                country_id = UNSET
            else:
                country_id = _country_id if type(_country_id) is int else as_int(_country_id)
        except READ_ERRORS as error:
            country_id = UNSET
            drift = mismatch(drift, "country_id", "an integer", _country_id, error)

        _schedule = d.pop("schedule", UNSET)
        try:
            schedule: str | Unset
            if _schedule is UNSET:
                schedule = UNSET
            else:
                schedule = _schedule if type(_schedule) is str else as_str(_schedule)
        except READ_ERRORS as error:
            schedule = UNSET
            drift = mismatch(drift, "schedule", "a string", _schedule, error)

        _country = d.pop("country", UNSET)
        try:
            country: str | Unset
            if _country is UNSET:
                country = UNSET
            else:
                country = _country if type(_country) is str else as_str(_country)
        except READ_ERRORS as error:
            country = UNSET
            drift = mismatch(drift, "country", "a string", _country, error)

        _city_id = d.pop("city_id", UNSET)
        try:
            city_id: int | Unset
            if _city_id is UNSET:
                city_id = UNSET
            else:
                city_id = _city_id if type(_city_id) is int else as_int(_city_id)
        except READ_ERRORS as error:
            city_id = UNSET
            drift = mismatch(drift, "city_id", "an integer", _city_id, error)

        _city = d.pop("city", UNSET)
        try:
            city: str | Unset
            if _city is UNSET:
                city = UNSET
            else:
                city = _city if type(_city) is str else as_str(_city)
        except READ_ERRORS as error:
            city = UNSET
            drift = mismatch(drift, "city", "a string", _city, error)

        _timezone = d.pop("timezone", UNSET)
        try:
            timezone: float | Unset
            if _timezone is UNSET:
                timezone = UNSET
            else:
                timezone = (
                    _timezone
                    if type(_timezone) is float or type(_timezone) is int
                    else as_float(_timezone)
                )
        except READ_ERRORS as error:
            timezone = UNSET
            drift = mismatch(drift, "timezone", "a number", _timezone, error)

        _timezone_name = d.pop("timezone_name", UNSET)
        try:
            timezone_name: str | Unset
            if _timezone_name is UNSET:
                timezone_name = UNSET
            else:
                timezone_name = (
                    _timezone_name if type(_timezone_name) is str else as_str(_timezone_name)
                )
        except READ_ERRORS as error:
            timezone_name = UNSET
            drift = mismatch(drift, "timezone_name", "a string", _timezone_name, error)

        _address = d.pop("address", UNSET)
        try:
            address: str | Unset
            if _address is UNSET:
                address = UNSET
            else:
                address = _address if type(_address) is str else as_str(_address)
        except READ_ERRORS as error:
            address = UNSET
            drift = mismatch(drift, "address", "a string", _address, error)

        _coordinate_lat = d.pop("coordinate_lat", UNSET)
        try:
            coordinate_lat: float | Unset
            if _coordinate_lat is UNSET:
                coordinate_lat = UNSET
            else:
                coordinate_lat = (
                    _coordinate_lat
                    if type(_coordinate_lat) is float or type(_coordinate_lat) is int
                    else as_float(_coordinate_lat)
                )
        except READ_ERRORS as error:
            coordinate_lat = UNSET
            drift = mismatch(drift, "coordinate_lat", "a number", _coordinate_lat, error)

        _coordinate_lon = d.pop("coordinate_lon", UNSET)
        try:
            coordinate_lon: float | Unset
            if _coordinate_lon is UNSET:
                coordinate_lon = UNSET
            else:
                coordinate_lon = (
                    _coordinate_lon
                    if type(_coordinate_lon) is float or type(_coordinate_lon) is int
                    else as_float(_coordinate_lon)
                )
        except READ_ERRORS as error:
            coordinate_lon = UNSET
            drift = mismatch(drift, "coordinate_lon", "a number", _coordinate_lon, error)

        _phone_confirmation = d.pop("phone_confirmation", UNSET)
        try:
            phone_confirmation: bool | Unset
            if _phone_confirmation is UNSET:
                phone_confirmation = UNSET
            else:
                phone_confirmation = (
                    _phone_confirmation
                    if type(_phone_confirmation) is bool
                    else as_bool(_phone_confirmation)
                )
        except READ_ERRORS as error:
            phone_confirmation = UNSET
            drift = mismatch(drift, "phone_confirmation", "a boolean", _phone_confirmation, error)

        _active_staff_count = d.pop("active_staff_count", UNSET)
        try:
            active_staff_count: float | Unset
            if _active_staff_count is UNSET:
                active_staff_count = UNSET
            else:
                active_staff_count = (
                    _active_staff_count
                    if type(_active_staff_count) is float or type(_active_staff_count) is int
                    else as_float(_active_staff_count)
                )
        except READ_ERRORS as error:
            active_staff_count = UNSET
            drift = mismatch(drift, "active_staff_count", "a number", _active_staff_count, error)

        _next_slot = d.pop("next_slot", UNSET)
        try:

            def _parse_next_slot(data: object) -> datetime.datetime | None | Unset:
                if data is None or is_null_date(data) or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                _next_slot_type_0 = data
                next_slot_type_0 = as_datetime(_next_slot_type_0)

                return next_slot_type_0

            next_slot = _parse_next_slot(_next_slot)
        except READ_ERRORS as error:
            next_slot = UNSET
            drift = mismatch(drift, "next_slot", "a date-time or null", _next_slot, error)

        _app_ios = d.pop("app_ios", UNSET)
        try:
            app_ios: str | Unset
            if _app_ios is UNSET:
                app_ios = UNSET
            else:
                app_ios = _app_ios if type(_app_ios) is str else as_str(_app_ios)
        except READ_ERRORS as error:
            app_ios = UNSET
            drift = mismatch(drift, "app_ios", "a string", _app_ios, error)

        _app_android = d.pop("app_android", UNSET)
        try:
            app_android: str | Unset
            if _app_android is UNSET:
                app_android = UNSET
            else:
                app_android = _app_android if type(_app_android) is str else as_str(_app_android)
        except READ_ERRORS as error:
            app_android = UNSET
            drift = mismatch(drift, "app_android", "a string", _app_android, error)

        _currency_short_title = d.pop("currency_short_title", UNSET)
        try:
            currency_short_title: str | Unset
            if _currency_short_title is UNSET:
                currency_short_title = UNSET
            else:
                currency_short_title = (
                    _currency_short_title
                    if type(_currency_short_title) is str
                    else as_str(_currency_short_title)
                )
        except READ_ERRORS as error:
            currency_short_title = UNSET
            drift = mismatch(
                drift, "currency_short_title", "a string", _currency_short_title, error
            )

        _reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)
        try:
            reminds_sms_disabled: bool | Unset
            if _reminds_sms_disabled is UNSET:
                reminds_sms_disabled = UNSET
            else:
                reminds_sms_disabled = (
                    _reminds_sms_disabled
                    if type(_reminds_sms_disabled) is bool
                    else as_bool(_reminds_sms_disabled)
                )
        except READ_ERRORS as error:
            reminds_sms_disabled = UNSET
            drift = mismatch(
                drift, "reminds_sms_disabled", "a boolean", _reminds_sms_disabled, error
            )

        _reminds_sms_default = d.pop("reminds_sms_default", UNSET)
        try:
            reminds_sms_default: int | Unset
            if _reminds_sms_default is UNSET:
                reminds_sms_default = UNSET
            else:
                reminds_sms_default = (
                    _reminds_sms_default
                    if type(_reminds_sms_default) is int
                    else as_int(_reminds_sms_default)
                )
        except READ_ERRORS as error:
            reminds_sms_default = UNSET
            drift = mismatch(
                drift, "reminds_sms_default", "an integer", _reminds_sms_default, error
            )

        _group_priority = d.pop("group_priority", UNSET)
        try:
            group_priority: float | Unset
            if _group_priority is UNSET:
                group_priority = UNSET
            else:
                group_priority = (
                    _group_priority
                    if type(_group_priority) is float or type(_group_priority) is int
                    else as_float(_group_priority)
                )
        except READ_ERRORS as error:
            group_priority = UNSET
            drift = mismatch(drift, "group_priority", "a number", _group_priority, error)

        _bookform_group_priority = d.pop("bookform_group_priority", UNSET)
        try:
            bookform_group_priority: float | Unset
            if _bookform_group_priority is UNSET:
                bookform_group_priority = UNSET
            else:
                bookform_group_priority = (
                    _bookform_group_priority
                    if type(_bookform_group_priority) is float
                    or type(_bookform_group_priority) is int
                    else as_float(_bookform_group_priority)
                )
        except READ_ERRORS as error:
            bookform_group_priority = UNSET
            drift = mismatch(
                drift, "bookform_group_priority", "a number", _bookform_group_priority, error
            )

        _description = d.pop("description", UNSET)
        try:
            description: str | Unset
            if _description is UNSET:
                description = UNSET
            else:
                description = _description if type(_description) is str else as_str(_description)
        except READ_ERRORS as error:
            description = UNSET
            drift = mismatch(drift, "description", "a string", _description, error)

        _photos = d.pop("photos", UNSET)
        try:
            photos: list[str] | Unset = UNSET
            if _photos is not UNSET and _photos != "":
                if not isinstance(_photos, list):
                    raise TypeError(f"expected a list, got {type(_photos).__name__}")
                photos = []
                for index, photos_item_data in enumerate(_photos):
                    try:
                        _photos_item = photos_item_data
                        photos_item = (
                            _photos_item if type(_photos_item) is str else as_str(_photos_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"photos[{index}]", "a string", photos_item_data, error
                        )
                        continue
                    photos.append(photos_item)
        except READ_ERRORS as error:
            photos = UNSET
            drift = mismatch(drift, "photos", "a list", _photos, error)

        _company_photos = d.pop("company_photos", UNSET)
        try:
            company_photos: list[str] | Unset = UNSET
            if _company_photos is not UNSET and _company_photos != "":
                if not isinstance(_company_photos, list):
                    raise TypeError(f"expected a list, got {type(_company_photos).__name__}")
                company_photos = []
                for index, company_photos_item_data in enumerate(_company_photos):
                    try:
                        _company_photos_item = company_photos_item_data
                        company_photos_item = (
                            _company_photos_item
                            if type(_company_photos_item) is str
                            else as_str(_company_photos_item)
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift,
                            f"company_photos[{index}]",
                            "a string",
                            company_photos_item_data,
                            error,
                        )
                        continue
                    company_photos.append(company_photos_item)
        except READ_ERRORS as error:
            company_photos = UNSET
            drift = mismatch(drift, "company_photos", "a list", _company_photos, error)

        _booking_widget_promo = d.pop("booking_widget_promo", UNSET)
        try:

            def _parse_booking_widget_promo(
                data: object,
            ) -> (
                ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0 | None | Unset
            ):
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                booking_widget_promo_type_0 = (
                    ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0.from_dict(
                        data
                    )
                )

                return booking_widget_promo_type_0

            booking_widget_promo = _parse_booking_widget_promo(_booking_widget_promo)
        except READ_ERRORS as error:
            booking_widget_promo = UNSET
            drift = mismatch(
                drift, "booking_widget_promo", "an object or null", _booking_widget_promo, error
            )
        else:
            drift = collect(drift, "booking_widget_promo", booking_widget_promo)

        list_marketplace_app_locations_response_200_data_item = cls(
            id=id,
            title=title,
            public_title=public_title,
            short_descr=short_descr,
            logo=logo,
            active=active,
            phone=phone,
            phones=phones,
            email=email,
            country_id=country_id,
            schedule=schedule,
            country=country,
            city_id=city_id,
            city=city,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            next_slot=next_slot,
            app_ios=app_ios,
            app_android=app_android,
            currency_short_title=currency_short_title,
            reminds_sms_disabled=reminds_sms_disabled,
            reminds_sms_default=reminds_sms_default,
            group_priority=group_priority,
            bookform_group_priority=bookform_group_priority,
            description=description,
            photos=photos,
            company_photos=company_photos,
            booking_widget_promo=booking_widget_promo,
        )
        if drift:
            list_marketplace_app_locations_response_200_data_item.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_marketplace_app_locations_response_200_data_item.additional_properties = (
            additional_properties
        )
        return list_marketplace_app_locations_response_200_data_item

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
