from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_bool,
    as_float,
    as_int,
    as_str,
    is_php_empty,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..models.salon_event_data_active import SalonEventDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salon_event_data_main_group_type_0 import SalonEventDataMainGroupType0
    from ..models.salon_event_data_schedule import SalonEventDataSchedule
    from ..models.salon_event_data_social import SalonEventDataSocial


T = TypeVar("T", bound="SalonEventData")


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
        active (SalonEventDataActive | Unset): 1 = active, 0 = inactive
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
        main_group (None | SalonEventDataMainGroupType0 | Unset):
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
    active: SalonEventDataActive | Unset = UNSET
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
    main_group: None | SalonEventDataMainGroupType0 | Unset = UNSET
    record_type_id: int | Unset = UNSET
    booking_comment_required: bool | Unset = UNSET
    booking_email_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.salon_event_data_main_group_type_0 import SalonEventDataMainGroupType0  # noqa: PLC0415

        id = self.id

        title = self.title

        public_title = self.public_title

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        currency_short_title = self.currency_short_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

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

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | None | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, SalonEventDataMainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        record_type_id = self.record_type_id

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
        from ..models.salon_event_data_main_group_type_0 import SalonEventDataMainGroupType0  # noqa: PLC0415
        from ..models.salon_event_data_schedule import SalonEventDataSchedule  # noqa: PLC0415
        from ..models.salon_event_data_social import SalonEventDataSocial  # noqa: PLC0415

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

        _active = d.pop("active", UNSET)
        try:
            active: SalonEventDataActive | Unset
            if _active is UNSET:
                active = UNSET
            else:
                active = SalonEventDataActive(_active if type(_active) is int else as_int(_active))
        except READ_ERRORS as error:
            active = UNSET
            drift = mismatch(drift, "active", "an integer", _active, error)

        _timezone = d.pop("timezone", UNSET)
        try:
            timezone: str | Unset
            if _timezone is UNSET:
                timezone = UNSET
            else:
                timezone = _timezone if type(_timezone) is str else as_str(_timezone)
        except READ_ERRORS as error:
            timezone = UNSET
            drift = mismatch(drift, "timezone", "a string", _timezone, error)

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

        _business_group_id = d.pop("business_group_id", UNSET)
        try:
            business_group_id: int | Unset
            if _business_group_id is UNSET:
                business_group_id = UNSET
            else:
                business_group_id = (
                    _business_group_id
                    if type(_business_group_id) is int
                    else as_int(_business_group_id)
                )
        except READ_ERRORS as error:
            business_group_id = UNSET
            drift = mismatch(drift, "business_group_id", "an integer", _business_group_id, error)

        _business_type_id = d.pop("business_type_id", UNSET)
        try:
            business_type_id: int | Unset
            if _business_type_id is UNSET:
                business_type_id = UNSET
            else:
                business_type_id = (
                    _business_type_id
                    if type(_business_type_id) is int
                    else as_int(_business_type_id)
                )
        except READ_ERRORS as error:
            business_type_id = UNSET
            drift = mismatch(drift, "business_type_id", "an integer", _business_type_id, error)

        _site = d.pop("site", UNSET)
        try:
            site: str | Unset
            if _site is UNSET:
                site = UNSET
            else:
                site = _site if type(_site) is str else as_str(_site)
        except READ_ERRORS as error:
            site = UNSET
            drift = mismatch(drift, "site", "a string", _site, error)

        _zip_ = d.pop("zip", UNSET)
        try:
            zip_: str | Unset
            if _zip_ is UNSET:
                zip_ = UNSET
            else:
                zip_ = _zip_ if type(_zip_) is str else as_str(_zip_)
        except READ_ERRORS as error:
            zip_ = UNSET
            drift = mismatch(drift, "zip", "a string", _zip_, error)

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

        _schedule = d.pop("schedule", UNSET)
        try:
            schedule: SalonEventDataSchedule | Unset
            if type(_schedule) is dict:
                schedule = SalonEventDataSchedule.from_dict(_schedule)
                if schedule.drift:
                    drift = nested(drift, "schedule", schedule.drift)
            elif _schedule is UNSET or is_php_empty(_schedule):
                schedule = UNSET
            else:
                schedule = SalonEventDataSchedule.from_dict(_schedule)
        except READ_ERRORS as error:
            schedule = UNSET
            drift = mismatch(drift, "schedule", "an object", _schedule, error)

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

        _social = d.pop("social", UNSET)
        try:
            social: SalonEventDataSocial | Unset
            if type(_social) is dict:
                social = SalonEventDataSocial.from_dict(_social)
                if social.drift:
                    drift = nested(drift, "social", social.drift)
            elif _social is UNSET or is_php_empty(_social):
                social = UNSET
            else:
                social = SalonEventDataSocial.from_dict(_social)
        except READ_ERRORS as error:
            social = UNSET
            drift = mismatch(drift, "social", "an object", _social, error)

        _main_group_id = d.pop("main_group_id", UNSET)
        try:
            main_group_id: int | Unset
            if _main_group_id is UNSET:
                main_group_id = UNSET
            else:
                main_group_id = (
                    _main_group_id if type(_main_group_id) is int else as_int(_main_group_id)
                )
        except READ_ERRORS as error:
            main_group_id = UNSET
            drift = mismatch(drift, "main_group_id", "an integer", _main_group_id, error)

        _main_group = d.pop("main_group", UNSET)
        try:

            def _parse_main_group(data: object) -> None | SalonEventDataMainGroupType0 | Unset:
                if data is None or data == []:
                    return None
                if isinstance(data, Unset):
                    return data
                if data == "":  # PHP's empty value for an absent object or list
                    return UNSET
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = SalonEventDataMainGroupType0.from_dict(data)

                return main_group_type_0

            main_group = _parse_main_group(_main_group)
        except READ_ERRORS as error:
            main_group = UNSET
            drift = mismatch(drift, "main_group", "an object or null", _main_group, error)
        else:
            drift = collect(drift, "main_group", main_group)

        _record_type_id = d.pop("record_type_id", UNSET)
        try:
            record_type_id: int | Unset
            if _record_type_id is UNSET:
                record_type_id = UNSET
            else:
                record_type_id = (
                    _record_type_id if type(_record_type_id) is int else as_int(_record_type_id)
                )
        except READ_ERRORS as error:
            record_type_id = UNSET
            drift = mismatch(drift, "record_type_id", "an integer", _record_type_id, error)

        _booking_comment_required = d.pop("booking_comment_required", UNSET)
        try:
            booking_comment_required: bool | Unset
            if _booking_comment_required is UNSET:
                booking_comment_required = UNSET
            else:
                booking_comment_required = (
                    _booking_comment_required
                    if type(_booking_comment_required) is bool
                    else as_bool(_booking_comment_required)
                )
        except READ_ERRORS as error:
            booking_comment_required = UNSET
            drift = mismatch(
                drift, "booking_comment_required", "a boolean", _booking_comment_required, error
            )

        _booking_email_required = d.pop("booking_email_required", UNSET)
        try:
            booking_email_required: bool | Unset
            if _booking_email_required is UNSET:
                booking_email_required = UNSET
            else:
                booking_email_required = (
                    _booking_email_required
                    if type(_booking_email_required) is bool
                    else as_bool(_booking_email_required)
                )
        except READ_ERRORS as error:
            booking_email_required = UNSET
            drift = mismatch(
                drift, "booking_email_required", "a boolean", _booking_email_required, error
            )

        salon_event_data = cls(
            id=id,
            title=title,
            public_title=public_title,
            phone=phone,
            phones=phones,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            active=active,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            currency_short_title=currency_short_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            site=site,
            zip_=zip_,
            logo=logo,
            short_descr=short_descr,
            description=description,
            schedule=schedule,
            email=email,
            social=social,
            main_group_id=main_group_id,
            main_group=main_group,
            record_type_id=record_type_id,
            booking_comment_required=booking_comment_required,
            booking_email_required=booking_email_required,
        )
        if drift:
            salon_event_data.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        salon_event_data.additional_properties = additional_properties
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
