from typing import Any

import httpx

from ..._json import loads
from ..._operations import OPERATIONS
from ...client import Client
from ...models.marketplace_partner_applications_update_channel_body import (
    MarketplacePartnerApplicationsUpdateChannelBody,
)
from ...models.marketplace_partner_applications_update_channel_response_200 import (
    MarketplacePartnerApplicationsUpdateChannelResponse200,
)
from ...types import Response

_OPERATION = OPERATIONS["marketplace_partner_applications_update_channel"]


def _get_kwargs(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/update_channel",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
    if response.status_code == 200:
        response_200 = MarketplacePartnerApplicationsUpdateChannelResponse200.from_dict(
            loads(response.content)
        )

        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = MarketplacePartnerApplicationsUpdateChannelResponse200.from_dict(
        loads(response.content)
    )

    return response_200


def _build_response(
    client: Client, response: httpx.Response
) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: Client,
) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
    """Update notification channel availability

    Switches a notification channel of the application on or off for a location. Only for applications
    in the Chat Bots and SMS Aggregators categories; marketplace partners only.

    `POST /marketplace/application/update_channel`

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[MarketplacePartnerApplicationsUpdateChannelResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: Client,
) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
    """Update notification channel availability

    Switches a notification channel of the application on or off for a location. Only for applications
    in the Chat Bots and SMS Aggregators categories; marketplace partners only.

    `POST /marketplace/application/update_channel`

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        MarketplacePartnerApplicationsUpdateChannelResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: Client,
) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
    """Update notification channel availability

    Switches a notification channel of the application on or off for a location. Only for applications
    in the Chat Bots and SMS Aggregators categories; marketplace partners only.

    `POST /marketplace/application/update_channel`

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[MarketplacePartnerApplicationsUpdateChannelResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: Client,
) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
    """Update notification channel availability

    Switches a notification channel of the application on or off for a location. Only for applications
    in the Chat Bots and SMS Aggregators categories; marketplace partners only.

    `POST /marketplace/application/update_channel`

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        MarketplacePartnerApplicationsUpdateChannelResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
