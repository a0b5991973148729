from typing import Any

import httpx

from ..._json import loads
from ..._operations import OPERATIONS
from ...client import Client
from ...models.marketplace_notification_payment_callback_body import (
    MarketplaceNotificationPaymentCallbackBody,
)
from ...models.marketplace_notification_payment_callback_response_200 import (
    MarketplaceNotificationPaymentCallbackResponse200,
)
from ...types import Response

_OPERATION = OPERATIONS["marketplace_notification_payment_callback"]


def _get_kwargs(
    *,
    body: MarketplaceNotificationPaymentCallbackBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/partner/payment",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> MarketplaceNotificationPaymentCallbackResponse200:
    if response.status_code == 200:
        response_200 = MarketplaceNotificationPaymentCallbackResponse200.from_dict(
            loads(response.content)
        )

        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = MarketplaceNotificationPaymentCallbackResponse200.from_dict(
        loads(response.content)
    )

    return response_200


def _build_response(
    client: Client, response: httpx.Response
) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: MarketplaceNotificationPaymentCallbackBody,
    client: Client,
) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
    """Notify Altegio of Successful Payment

    The partner service reports here that a location paid on the partner side.

    `POST /marketplace/partner/payment`

    Args:
        body (MarketplaceNotificationPaymentCallbackBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[MarketplaceNotificationPaymentCallbackResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: MarketplaceNotificationPaymentCallbackBody,
    client: Client,
) -> MarketplaceNotificationPaymentCallbackResponse200:
    """Notify Altegio of Successful Payment

    The partner service reports here that a location paid on the partner side.

    `POST /marketplace/partner/payment`

    Args:
        body (MarketplaceNotificationPaymentCallbackBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        MarketplaceNotificationPaymentCallbackResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: MarketplaceNotificationPaymentCallbackBody,
    client: Client,
) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
    """Notify Altegio of Successful Payment

    The partner service reports here that a location paid on the partner side.

    `POST /marketplace/partner/payment`

    Args:
        body (MarketplaceNotificationPaymentCallbackBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[MarketplaceNotificationPaymentCallbackResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: MarketplaceNotificationPaymentCallbackBody,
    client: Client,
) -> MarketplaceNotificationPaymentCallbackResponse200:
    """Notify Altegio of Successful Payment

    The partner service reports here that a location paid on the partner side.

    `POST /marketplace/partner/payment`

    Args:
        body (MarketplaceNotificationPaymentCallbackBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        MarketplaceNotificationPaymentCallbackResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
