"""Realistic, deterministic response bodies: countries and connected locations."""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

#: The two countries of the per-call overhead case, as the API sends them.
COUNTRIES: list[dict[str, Any]] = [
    {
        "id": 7,
        "title": "USA",
        "full_title": "United States",
        "iso_code": "US",
        "phone_code": "1",
        "phone_template": "+1 xxx-xxx-xxxx",
        "phone_example": "+1 201-123-4567",
        "currency": "$",
        "exchange": 32.99,
        "lang_id": 2,
        "group_type": 1,
        "is_eu": False,
    },
    {
        "id": 15,
        "title": "Germany",
        "full_title": "Federal Republic of Germany",
        "iso_code": "DE",
        "phone_code": "49",
        "phone_template": "+49 xxxx xxxxxxx",
        "phone_example": "+49 3012 3456789",
        "currency": "€",
        "exchange": 35.61,
        "lang_id": 6,
        "group_type": 2,
        "is_eu": True,
    },
]

# (country_id, country, currency, [(city_id, city, timezone, timezone_name, lat, lon)])
_GEOGRAPHY: list[tuple[int, str, str, list[tuple[int, str, float, str, float, float]]]] = [
    (
        7,
        "United States",
        "$",
        [
            (181, "New York", -5, "America/New_York", 40.73061, -73.935242),
            (204, "Chicago", -6, "America/Chicago", 41.878113, -87.629799),
            (233, "Los Angeles", -8, "America/Los_Angeles", 34.052235, -118.243683),
        ],
    ),
    (
        15,
        "Germany",
        "€",
        [
            (1012, "Berlin", 1, "Europe/Berlin", 52.520008, 13.404954),
            (1031, "Munich", 1, "Europe/Berlin", 48.135124, 11.581981),
        ],
    ),
    (
        44,
        "United Kingdom",
        "£",
        [(2001, "London", 0, "Europe/London", 51.507351, -0.127758)],
    ),
    (
        91,
        "India",
        "₹",
        [(3107, "Mumbai", 5.5, "Asia/Kolkata", 19.075983, 72.877655)],
    ),
]
_NAMES = ["La Visage", "Blue Lotus", "Studio 54", "Nail Bar", "Barber & Co", "Zen Spa", "Glow"]
_CATEGORIES = ["Beauty saloon", "Barbershop", "Nail studio", "Spa", "Massage", "Cosmetology"]
_STREETS = ["Jackson Drive", "Main Street", "Oak Avenue", "Lindenstraße", "High Street"]
_PROMO_TEXTS = ["-10% on the first visit", "Free consultation", "Gift card with every booking"]


def location(rng: random.Random, index: int) -> dict[str, Any]:
    """One connected location, with every documented field and varied values."""
    country_id, country, currency, cities = rng.choice(_GEOGRAPHY)
    city_id, city, timezone, timezone_name, lat, lon = rng.choice(cities)
    name = f"{rng.choice(_NAMES)} {index}"
    location_id = 1050 + index * 7
    phones = [f"+1315555{rng.randrange(10000):04d}" for _ in range(rng.randint(1, 3))]
    photos = [f"/uploads/s_{location_id}_{n}.jpg" for n in range(rng.randint(0, 4))]
    slot = datetime.datetime(2026, 3, 23, 9, 0) + datetime.timedelta(
        minutes=10 * rng.randrange(600)
    )
    offset = datetime.timezone(datetime.timedelta(hours=timezone))
    promo = (
        None
        if rng.random() < 0.7
        else {"enabled": True, "text": rng.choice(_PROMO_TEXTS), "discount": rng.randint(5, 30)}
    )
    return {
        "id": location_id,
        "title": name,
        "public_title": f"{name} Beauty",
        "short_descr": rng.choice(_CATEGORIES),
        "logo": f"https://app.alteg.io/uploads/logo_{location_id}.png",
        "active": rng.choice([1, 1, 1, 0]),
        "phone": phones[0],
        "phones": phones,
        "email": f"info{location_id}@example.com",
        "country_id": country_id,
        "schedule": rng.choice(["", "Mon-Fri 9:00-20:00", "Daily 10:00-22:00"]),
        "country": country,
        "city_id": city_id,
        "city": city,
        "timezone": timezone,
        "timezone_name": timezone_name,
        "address": f"{city}, {rng.randint(1, 999)} {rng.choice(_STREETS)}",
        "coordinate_lat": round(lat + rng.uniform(-0.05, 0.05), 6),
        "coordinate_lon": round(lon + rng.uniform(-0.05, 0.05), 6),
        "phone_confirmation": rng.random() < 0.5,
        "active_staff_count": rng.randint(0, 25),
        "next_slot": None if rng.random() < 0.1 else slot.replace(tzinfo=offset).isoformat(),
        "app_ios": rng.choice(["", f"https://apps.apple.com/app/id{1000000 + location_id}"]),
        "app_android": rng.choice(["", f"https://play.google.com/store/apps?id=s{location_id}"]),
        "currency_short_title": currency,
        "reminds_sms_disabled": rng.random() < 0.2,
        "reminds_sms_default": rng.choice([0, 1, 2, 24]),
        "group_priority": rng.choice([0, 100, 500, 900]),
        "bookform_group_priority": rng.choice([0, 10, 20]),
        "description": f"<p>Welcome to {name}</p><p>{rng.choice(_CATEGORIES)} in {city}.</p>",
        "photos": photos,
        "company_photos": [f"https://assets.alteg.io{path}" for path in photos],
        "booking_widget_promo": promo,
    }


def locations(count: int, seed: int = 1050) -> list[dict[str, Any]]:
    rng = random.Random(seed)  # noqa: S311 - test data, not cryptography
    return [location(rng, index) for index in range(count)]


def envelope(data: Any) -> bytes:
    """The API's success envelope; `meta` is PHP's empty array."""
    return json.dumps({"success": True, "data": data, "meta": []}).encode()


def countries_body() -> bytes:
    return envelope(COUNTRIES)


def locations_body(count: int) -> bytes:
    return envelope(locations(count))
