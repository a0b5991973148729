from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_float, as_int, as_str, is_null_date
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

        _country_id = d.pop("country_id", UNSET)
        country_id: int | Unset
        if _country_id is UNSET:
            country_id = UNSET
        else:
            country_id = _country_id if type(_country_id) is int else as_int(_country_id)

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

        _active = d.pop("active", UNSET)
        active: SalonEventDataActive | Unset
        if _active is UNSET:
            active = UNSET
        else:
            active = SalonEventDataActive(_active)

        _timezone = d.pop("timezone", UNSET)
        timezone: str | Unset
        if _timezone is UNSET:
            timezone = UNSET
        else:
            timezone = _timezone if type(_timezone) is str else as_str(_timezone)

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

        _business_group_id = d.pop("business_group_id", UNSET)
        business_group_id: int | Unset
        if _business_group_id is UNSET:
            business_group_id = UNSET
        else:
            business_group_id = (
                _business_group_id
                if type(_business_group_id) is int
                else as_int(_business_group_id)
            )

        _business_type_id = d.pop("business_type_id", UNSET)
        business_type_id: int | Unset
        if _business_type_id is UNSET:
            business_type_id = UNSET
        else:
            business_type_id = (
                _business_type_id if type(_business_type_id) is int else as_int(_business_type_id)
            )

        _site = d.pop("site", UNSET)
        site: str | Unset
        if _site is UNSET:
            site = UNSET
        else:
            site = _site if type(_site) is str else as_str(_site)

        _zip_ = d.pop("zip", UNSET)
        zip_: str | Unset
        if _zip_ is UNSET:
            zip_ = UNSET
        else:
            zip_ = _zip_ if type(_zip_) is str else as_str(_zip_)

        _logo = d.pop("logo", UNSET)
        logo: str | Unset
        if _logo is UNSET:
            logo = UNSET
        else:
            logo = _logo if type(_logo) is str else as_str(_logo)

        _short_descr = d.pop("short_descr", UNSET)
        short_descr: str | Unset
        if _short_descr is UNSET:
            short_descr = UNSET
        else:
            short_descr = _short_descr if type(_short_descr) is str else as_str(_short_descr)

        _description = d.pop("description", UNSET)
        description: str | Unset
        if _description is UNSET:
            description = UNSET
        else:
            description = _description if type(_description) is str else as_str(_description)

        _schedule = d.pop("schedule", UNSET)
        schedule: SalonEventDataSchedule | Unset
        if _schedule is UNSET:
            schedule = UNSET
        else:
            schedule = SalonEventDataSchedule.from_dict(_schedule)

        _email = d.pop("email", UNSET)
        email: str | Unset
        if _email is UNSET:
            email = UNSET
        else:
            email = _email if type(_email) is str else as_str(_email)

        _social = d.pop("social", UNSET)
        social: SalonEventDataSocial | Unset
        if _social is UNSET:
            social = UNSET
        else:
            social = SalonEventDataSocial.from_dict(_social)

        _main_group_id = d.pop("main_group_id", UNSET)
        main_group_id: int | Unset
        if _main_group_id is UNSET:
            main_group_id = UNSET
        else:
            main_group_id = (
                _main_group_id if type(_main_group_id) is int else as_int(_main_group_id)
            )

        def _parse_main_group(data: object) -> None | SalonEventDataMainGroupType0 | Unset:
            if data is None or is_null_date(data) or data == []:
                return None
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _main_group_type_0 = data
                main_group_type_0 = SalonEventDataMainGroupType0.from_dict(_main_group_type_0)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data is not None:
                raise TypeError(f"expected null, got {data!r}")
            main_group_type_1 = None

            return main_group_type_1

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        _record_type_id = d.pop("record_type_id", UNSET)
        record_type_id: int | Unset
        if _record_type_id is UNSET:
            record_type_id = UNSET
        else:
            record_type_id = (
                _record_type_id if type(_record_type_id) is int else as_int(_record_type_id)
            )

        _booking_comment_required = d.pop("booking_comment_required", UNSET)
        booking_comment_required: bool | Unset
        if _booking_comment_required is UNSET:
            booking_comment_required = UNSET
        else:
            booking_comment_required = (
                _booking_comment_required
                if type(_booking_comment_required) is bool
                else as_bool(_booking_comment_required)
            )

        _booking_email_required = d.pop("booking_email_required", UNSET)
        booking_email_required: bool | Unset
        if _booking_email_required is UNSET:
            booking_email_required = UNSET
        else:
            booking_email_required = (
                _booking_email_required
                if type(_booking_email_required) is bool
                else as_bool(_booking_email_required)
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
