"""Our clients, pointed at a mock transport or the loopback server, with no rate limits."""

from __future__ import annotations

import httpx

from altegio_devtools import AltegioClient, AsyncAltegioClient
from bench.routes import PARTNER_TOKEN, base_urls


def ours(origin: str, http_client: httpx.Client) -> AltegioClient:
    api, app = base_urls(origin)
    return AltegioClient(
        partner_token=PARTNER_TOKEN,
        api_base_url=api,
        app_base_url=app,
        rate_limits=None,
        http_client=http_client,
    )


def ours_async(origin: str, http_client: httpx.AsyncClient) -> AsyncAltegioClient:
    api, app = base_urls(origin)
    return AsyncAltegioClient(
        partner_token=PARTNER_TOKEN,
        api_base_url=api,
        app_base_url=app,
        rate_limits=None,
        http_client=http_client,
    )
