from typing import Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...models.marketplace_partner_application_add_discount_body import (
    MarketplacePartnerApplicationAddDiscountBody,
)
from ...models.marketplace_partner_application_add_discount_response_200 import (
    MarketplacePartnerApplicationAddDiscountResponse200,
)
from ...types import Response, parse_body

_OPERATION = OPERATIONS["marketplace_partner_application_add_discount"]


def _get_kwargs(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/add_discount",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> MarketplacePartnerApplicationAddDiscountResponse200:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = MarketplacePartnerApplicationAddDiscountResponse200.from_dict(_response_200)

        return response_200

    # Another success status than documented: read it as the documented one.
    _response_200 = response.json()
    response_200 = MarketplacePartnerApplicationAddDiscountResponse200.from_dict(_response_200)

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse_body(response, _parse_response),
    )


def sync_detailed(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: Client,
) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        Response[MarketplacePartnerApplicationAddDiscountResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs))


def sync(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: Client,
) -> MarketplacePartnerApplicationAddDiscountResponse200:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        MarketplacePartnerApplicationAddDiscountResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: Client,
) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        Response[MarketplacePartnerApplicationAddDiscountResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: Client,
) -> MarketplacePartnerApplicationAddDiscountResponse200:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        MarketplacePartnerApplicationAddDiscountResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
