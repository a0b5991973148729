"""Walking every connected location and a day's calls."""

from __future__ import annotations

import datetime

from altegio_devtools import AltegioClient, AsyncAltegioClient, models


def location_titles(client: AltegioClient) -> dict[int, str]:
    titles: dict[int, str] = {}
    for location in client.iter_locations(456):
        if isinstance(location.id, int) and isinstance(location.title, str):
            titles[location.id] = location.title
    return titles


def first_page(client: AltegioClient) -> int:
    page = client.marketplace.list_locations(456, page=1, count=100)
    return len(page.data)


def missed_calls(client: AltegioClient, day: datetime.date) -> list[models.Call]:
    calls = client.voip.list_calls(
        salon_id=1050,
        date_from=day,
        date_to=day + datetime.timedelta(days=1),
        types=["incoming", models.CallTypeFilter.OUTGOING],
        statuses=["missed"],
        page=1,
        limit=100,
    )
    return list(calls.data)


async def count_locations() -> int:
    async with AsyncAltegioClient(partner_token="partner-token-invented") as client:
        return len([location async for location in client.iter_locations(456)])
