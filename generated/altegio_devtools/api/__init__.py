"""The operations of the API, grouped by tag (client.<tag>.<operation_id>)."""

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
    """The API's tags as attributes."""

    dictionaries: DictionariesResource
    marketplace: MarketplaceResource
    voip: VoipResource
    webhooks: WebhooksResource

    def __init__(self, client: Client) -> None:
        self.dictionaries = DictionariesResource(client)
        self.marketplace = MarketplaceResource(client)
        self.voip = VoipResource(client)
        self.webhooks = WebhooksResource(client)


class AsyncResources:
    """The API's tags as attributes."""

    dictionaries: AsyncDictionariesResource
    marketplace: AsyncMarketplaceResource
    voip: AsyncVoipResource
    webhooks: AsyncWebhooksResource

    def __init__(self, client: Client) -> None:
        self.dictionaries = AsyncDictionariesResource(client)
        self.marketplace = AsyncMarketplaceResource(client)
        self.voip = AsyncVoipResource(client)
        self.webhooks = AsyncWebhooksResource(client)


class ResourcesWithRawResponse:
    """The API's tags as attributes, each returning raw responses."""

    dictionaries: DictionariesResourceWithRawResponse
    marketplace: MarketplaceResourceWithRawResponse
    voip: VoipResourceWithRawResponse
    webhooks: WebhooksResourceWithRawResponse

    def __init__(self, client: Client) -> None:
        self.dictionaries = DictionariesResourceWithRawResponse(client)
        self.marketplace = MarketplaceResourceWithRawResponse(client)
        self.voip = VoipResourceWithRawResponse(client)
        self.webhooks = WebhooksResourceWithRawResponse(client)


class AsyncResourcesWithRawResponse:
    """The API's tags as attributes, each returning raw responses."""

    dictionaries: AsyncDictionariesResourceWithRawResponse
    marketplace: AsyncMarketplaceResourceWithRawResponse
    voip: AsyncVoipResourceWithRawResponse
    webhooks: AsyncWebhooksResourceWithRawResponse

    def __init__(self, client: Client) -> None:
        self.dictionaries = AsyncDictionariesResourceWithRawResponse(client)
        self.marketplace = AsyncMarketplaceResourceWithRawResponse(client)
        self.voip = AsyncVoipResourceWithRawResponse(client)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client)
