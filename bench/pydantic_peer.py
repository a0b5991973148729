"""The pydantic v2 peer: the approach of pydantic clients such as `yclients`, written for
the same location list with the types of Altegio's description (bench/yclients_peer.py
runs the real `yclients` package, whose models differ).

Every field Optional, unknown fields kept (`extra="allow"`), parsed straight from the
response bytes with `model_validate_json`.
"""

from __future__ import annotations

import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class Location(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int | None = None
    title: str | None = None
    public_title: str | None = None
    short_descr: str | None = None
    logo: str | None = None
    active: int | None = None
    phone: str | None = None
    phones: list[str] | None = None
    email: str | None = None
    country_id: int | None = None
    schedule: str | None = None
    country: str | None = None
    city_id: int | None = None
    city: str | None = None
    timezone: float | None = None
    timezone_name: str | None = None
    address: str | None = None
    coordinate_lat: float | None = None
    coordinate_lon: float | None = None
    phone_confirmation: bool | None = None
    active_staff_count: float | None = None
    next_slot: datetime.datetime | None = None
    app_ios: str | None = None
    app_android: str | None = None
    currency_short_title: str | None = None
    reminds_sms_disabled: bool | None = None
    reminds_sms_default: int | None = None
    group_priority: float | None = None
    bookform_group_priority: float | None = None
    description: str | None = None
    photos: list[str] | None = None
    company_photos: list[str] | None = None
    booking_widget_promo: dict[str, Any] | None = None


class LocationsEnvelope(BaseModel):
    model_config = ConfigDict(extra="allow")

    success: bool | None = None
    data: list[Location] | None = None
    meta: list[Any] | dict[str, Any] | None = None
