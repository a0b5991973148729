"""The operations of the API, grouped by tag: client.<tag>.<method>(...)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import Client
    from .dictionaries import (
        AsyncDictionariesResource,
        AsyncDictionariesResourceWithRawResponse,
        DictionariesResource,
        DictionariesResourceWithRawResponse,
    )
    from .marketplace import (
        AsyncMarketplaceResource,
        AsyncMarketplaceResourceWithRawResponse,
        MarketplaceResource,
        MarketplaceResourceWithRawResponse,
    )
    from .voip import (
        AsyncVoipResource,
        AsyncVoipResourceWithRawResponse,
        VoipResource,
        VoipResourceWithRawResponse,
    )
    from .webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
    )


class Resources:
    """The API's tags as attributes (dictionaries, marketplace, voip, webhooks)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def dictionaries(self) -> DictionariesResource:
        from .dictionaries import DictionariesResource  # noqa: PLC0415 - loaded on first use

        return DictionariesResource(self._client)

    @cached_property
    def marketplace(self) -> MarketplaceResource:
        from .marketplace import MarketplaceResource  # noqa: PLC0415 - loaded on first use

        return MarketplaceResource(self._client)

    @cached_property
    def voip(self) -> VoipResource:
        from .voip import VoipResource  # noqa: PLC0415 - loaded on first use

        return VoipResource(self._client)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .webhooks import WebhooksResource  # noqa: PLC0415 - loaded on first use

        return WebhooksResource(self._client)


class AsyncResources:
    """The API's tags as attributes (dictionaries, marketplace, voip, webhooks)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def dictionaries(self) -> AsyncDictionariesResource:
        from .dictionaries import AsyncDictionariesResource  # noqa: PLC0415 - loaded on first use

        return AsyncDictionariesResource(self._client)

    @cached_property
    def marketplace(self) -> AsyncMarketplaceResource:
        from .marketplace import AsyncMarketplaceResource  # noqa: PLC0415 - loaded on first use

        return AsyncMarketplaceResource(self._client)

    @cached_property
    def voip(self) -> AsyncVoipResource:
        from .voip import AsyncVoipResource  # noqa: PLC0415 - loaded on first use

        return AsyncVoipResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .webhooks import AsyncWebhooksResource  # noqa: PLC0415 - loaded on first use

        return AsyncWebhooksResource(self._client)


class ResourcesWithRawResponse:
    """The API's tags as attributes (dictionaries, marketplace, voip, webhooks), each returning raw responses."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def dictionaries(self) -> DictionariesResourceWithRawResponse:
        from .dictionaries import DictionariesResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return DictionariesResourceWithRawResponse(self._client)

    @cached_property
    def marketplace(self) -> MarketplaceResourceWithRawResponse:
        from .marketplace import MarketplaceResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return MarketplaceResourceWithRawResponse(self._client)

    @cached_property
    def voip(self) -> VoipResourceWithRawResponse:
        from .voip import VoipResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return VoipResourceWithRawResponse(self._client)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .webhooks import WebhooksResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return WebhooksResourceWithRawResponse(self._client)


class AsyncResourcesWithRawResponse:
    """The API's tags as attributes (dictionaries, marketplace, voip, webhooks), each returning raw responses."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def dictionaries(self) -> AsyncDictionariesResourceWithRawResponse:
        from .dictionaries import AsyncDictionariesResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return AsyncDictionariesResourceWithRawResponse(self._client)

    @cached_property
    def marketplace(self) -> AsyncMarketplaceResourceWithRawResponse:
        from .marketplace import AsyncMarketplaceResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return AsyncMarketplaceResourceWithRawResponse(self._client)

    @cached_property
    def voip(self) -> AsyncVoipResourceWithRawResponse:
        from .voip import AsyncVoipResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return AsyncVoipResourceWithRawResponse(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .webhooks import AsyncWebhooksResourceWithRawResponse  # noqa: PLC0415 - loaded on first use

        return AsyncWebhooksResourceWithRawResponse(self._client)
