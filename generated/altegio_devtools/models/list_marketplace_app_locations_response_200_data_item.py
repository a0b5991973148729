from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_datetime, as_float, as_int, as_str, format_datetime, is_null_date
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

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _title = d.pop("title", UNSET)
        title: str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            title = _title if type(_title) is str else as_str(_title)

        _public_title = d.pop("public_title", UNSET)
        public_title: str | Unset
        if _public_title is UNSET:
            public_title = UNSET
        else:
            public_title = _public_title if type(_public_title) is str else as_str(_public_title)

        _short_descr = d.pop("short_descr", UNSET)
        short_descr: str | Unset
        if _short_descr is UNSET:
            short_descr = UNSET
        else:
            short_descr = _short_descr if type(_short_descr) is str else as_str(_short_descr)

        _logo = d.pop("logo", UNSET)
        logo: str | Unset
        if _logo is UNSET:
            logo = UNSET
        else:
            logo = _logo if type(_logo) is str else as_str(_logo)

        _active = d.pop("active", UNSET)
        active: int | Unset
        if _active is UNSET:
            active = UNSET
        else:
            active = _active if type(_active) is int else as_int(_active)

        _phone = d.pop("phone", UNSET)
        phone: str | Unset
        if _phone is UNSET:
            phone = UNSET
        else:
            phone = _phone if type(_phone) is str else as_str(_phone)

        _phones = d.pop("phones", UNSET)
        phones: list[str] | Unset = UNSET
        if _phones is not UNSET:
            if not isinstance(_phones, list):
                raise TypeError(f"expected a list, got {type(_phones).__name__}")
            phones = []
            for phones_item_data in _phones:
                _phones_item = phones_item_data
                phones_item = _phones_item if type(_phones_item) is str else as_str(_phones_item)

                phones.append(phones_item)

        _email = d.pop("email", UNSET)
        email: str | Unset
        if _email is UNSET:
            email = UNSET
        else:
            email = _email if type(_email) is str else as_str(_email)

        _country_id = d.pop("country_id", UNSET)
        country_id: int | Unset
        if _country_id is UNSET:
            country_id = UNSET
        else:
            country_id = _country_id if type(_country_id) is int else as_int(_country_id)

        _schedule = d.pop("schedule", UNSET)
        schedule: str | Unset
        if _schedule is UNSET:
            schedule = UNSET
        else:
            schedule = _schedule if type(_schedule) is str else as_str(_schedule)

        _country = d.pop("country", UNSET)
        country: str | Unset
        if _country is UNSET:
            country = UNSET
        else:
            country = _country if type(_country) is str else as_str(_country)

        _city_id = d.pop("city_id", UNSET)
        city_id: int | Unset
        if _city_id is UNSET:
            city_id = UNSET
        else:
            city_id = _city_id if type(_city_id) is int else as_int(_city_id)

        _city = d.pop("city", UNSET)
        city: str | Unset
        if _city is UNSET:
            city = UNSET
        else:
            city = _city if type(_city) is str else as_str(_city)

        _timezone = d.pop("timezone", UNSET)
        timezone: float | Unset
        if _timezone is UNSET:
            timezone = UNSET
        else:
            timezone = (
                _timezone
                if type(_timezone) is float or type(_timezone) is int
                else as_float(_timezone)
            )

        _timezone_name = d.pop("timezone_name", UNSET)
        timezone_name: str | Unset
        if _timezone_name is UNSET:
            timezone_name = UNSET
        else:
            timezone_name = (
                _timezone_name if type(_timezone_name) is str else as_str(_timezone_name)
            )

        _address = d.pop("address", UNSET)
        address: str | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = _address if type(_address) is str else as_str(_address)

        _coordinate_lat = d.pop("coordinate_lat", UNSET)
        coordinate_lat: float | Unset
        if _coordinate_lat is UNSET:
            coordinate_lat = UNSET
        else:
            coordinate_lat = (
                _coordinate_lat
                if type(_coordinate_lat) is float or type(_coordinate_lat) is int
                else as_float(_coordinate_lat)
            )

        _coordinate_lon = d.pop("coordinate_lon", UNSET)
        coordinate_lon: float | Unset
        if _coordinate_lon is UNSET:
            coordinate_lon = UNSET
        else:
            coordinate_lon = (
                _coordinate_lon
                if type(_coordinate_lon) is float or type(_coordinate_lon) is int
                else as_float(_coordinate_lon)
            )

        _phone_confirmation = d.pop("phone_confirmation", UNSET)
        phone_confirmation: bool | Unset
        if _phone_confirmation is UNSET:
            phone_confirmation = UNSET
        else:
            phone_confirmation = (
                _phone_confirmation
                if type(_phone_confirmation) is bool
                else as_bool(_phone_confirmation)
            )

        _active_staff_count = d.pop("active_staff_count", UNSET)
        active_staff_count: float | Unset
        if _active_staff_count is UNSET:
            active_staff_count = UNSET
        else:
            active_staff_count = (
                _active_staff_count
                if type(_active_staff_count) is float or type(_active_staff_count) is int
                else as_float(_active_staff_count)
            )

        def _parse_next_slot(data: object) -> datetime.datetime | None | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _next_slot_type_0 = data
                next_slot_type_0 = as_datetime(_next_slot_type_0)

                return next_slot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            next_slot_type_1 = None

            return next_slot_type_1

        next_slot = _parse_next_slot(d.pop("next_slot", UNSET))

        _app_ios = d.pop("app_ios", UNSET)
        app_ios: str | Unset
        if _app_ios is UNSET:
            app_ios = UNSET
        else:
            app_ios = _app_ios if type(_app_ios) is str else as_str(_app_ios)

        _app_android = d.pop("app_android", UNSET)
        app_android: str | Unset
        if _app_android is UNSET:
            app_android = UNSET
        else:
            app_android = _app_android if type(_app_android) is str else as_str(_app_android)

        _currency_short_title = d.pop("currency_short_title", UNSET)
        currency_short_title: str | Unset
        if _currency_short_title is UNSET:
            currency_short_title = UNSET
        else:
            currency_short_title = (
                _currency_short_title
                if type(_currency_short_title) is str
                else as_str(_currency_short_title)
            )

        _reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)
        reminds_sms_disabled: bool | Unset
        if _reminds_sms_disabled is UNSET:
            reminds_sms_disabled = UNSET
        else:
            reminds_sms_disabled = (
                _reminds_sms_disabled
                if type(_reminds_sms_disabled) is bool
                else as_bool(_reminds_sms_disabled)
            )

        _reminds_sms_default = d.pop("reminds_sms_default", UNSET)
        reminds_sms_default: int | Unset
        if _reminds_sms_default is UNSET:
            reminds_sms_default = UNSET
        else:
            reminds_sms_default = (
                _reminds_sms_default
                if type(_reminds_sms_default) is int
                else as_int(_reminds_sms_default)
            )

        _group_priority = d.pop("group_priority", UNSET)
        group_priority: float | Unset
        if _group_priority is UNSET:
            group_priority = UNSET
        else:
            group_priority = (
                _group_priority
                if type(_group_priority) is float or type(_group_priority) is int
                else as_float(_group_priority)
            )

        _bookform_group_priority = d.pop("bookform_group_priority", UNSET)
        bookform_group_priority: float | Unset
        if _bookform_group_priority is UNSET:
            bookform_group_priority = UNSET
        else:
            bookform_group_priority = (
                _bookform_group_priority
                if type(_bookform_group_priority) is float or type(_bookform_group_priority) is int
                else as_float(_bookform_group_priority)
            )

        _description = d.pop("description", UNSET)
        description: str | Unset
        if _description is UNSET:
            description = UNSET
        else:
            description = _description if type(_description) is str else as_str(_description)

        _photos = d.pop("photos", UNSET)
        photos: list[str] | Unset = UNSET
        if _photos is not UNSET:
            if not isinstance(_photos, list):
                raise TypeError(f"expected a list, got {type(_photos).__name__}")
            photos = []
            for photos_item_data in _photos:
                _photos_item = photos_item_data
                photos_item = _photos_item if type(_photos_item) is str else as_str(_photos_item)

                photos.append(photos_item)

        _company_photos = d.pop("company_photos", UNSET)
        company_photos: list[str] | Unset = UNSET
        if _company_photos is not UNSET:
            if not isinstance(_company_photos, list):
                raise TypeError(f"expected a list, got {type(_company_photos).__name__}")
            company_photos = []
            for company_photos_item_data in _company_photos:
                _company_photos_item = company_photos_item_data
                company_photos_item = (
                    _company_photos_item
                    if type(_company_photos_item) is str
                    else as_str(_company_photos_item)
                )

                company_photos.append(company_photos_item)

        def _parse_booking_widget_promo(
            data: object,
        ) -> ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0 | None | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _booking_widget_promo_type_0 = data
                booking_widget_promo_type_0 = (
                    ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0.from_dict(
                        _booking_widget_promo_type_0
                    )
                )

                return booking_widget_promo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            booking_widget_promo_type_1 = None

            return booking_widget_promo_type_1

        booking_widget_promo = _parse_booking_widget_promo(d.pop("booking_widget_promo", UNSET))

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
