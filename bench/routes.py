"""The two endpoints every case calls, served from prebuilt bodies (mock and loopback)."""

from __future__ import annotations

import re

import httpx

from bench.data import countries_body, locations_body

API_PREFIX = "/api/v1"
APP_PREFIX = "/app"
COUNTRIES_PATH = f"{API_PREFIX}/countries"
APPLICATION_ID = 456
PARTNER_TOKEN = "bench-partner-token"  # noqa: S105 - a stand-in for the local server
#: What the raw-httpx baselines send, like our client: auth and Accept.
RAW_HEADERS = {"Authorization": f"Bearer {PARTNER_TOKEN}", "Accept": "application/vnd.api.v2+json"}
_LOCATIONS = re.compile(rf"{APP_PREFIX}/marketplace/application/\d+/salons")


class Routes:
    """Answers GET {api}/countries and GET {app}/marketplace/application/{id}/salons."""

    def __init__(self, locations: int) -> None:
        self.countries = countries_body()
        self.locations = locations_body(locations)

    def body(self, path: str) -> bytes | None:
        """The JSON body for a request path (without the query), or None for a 404."""
        if path == COUNTRIES_PATH:
            return self.countries
        if _LOCATIONS.fullmatch(path):
            return self.locations
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        """An httpx.MockTransport handler."""
        body = self.body(request.url.path)
        if body is None:
            return httpx.Response(404, json={"success": False, "data": None, "meta": []})
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    def mock_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


def base_urls(origin: str) -> tuple[str, str]:
    """The client's (api_base_url, app_base_url) on one origin, e.g. http://127.0.0.1:8000."""
    return origin + API_PREFIX, origin + APP_PREFIX


def locations_url(app_base_url: str) -> str:
    return f"{app_base_url}/marketplace/application/{APPLICATION_ID}/salons"
