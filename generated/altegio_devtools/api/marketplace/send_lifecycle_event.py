from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...models.send_lifecycle_event_body import SendLifecycleEventBody
from ...types import Response

_OPERATION = BY_PYTHON_NAME["send_lifecycle_event"]


def _get_kwargs(
    *,
    body: SendLifecycleEventBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace_webhook",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    return None


def _build_response(client: Client, response: httpx.Response) -> Response[None]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: SendLifecycleEventBody,
    client: Client,
) -> Response[None]:
    """Webhook from Altegio About Application Events

    Not a callable endpoint. Documents the notification Altegio sends to the partner
    when the application-location link changes:
    * uninstall - the application was switched off on the Altegio side;
    * freeze - the integration was frozen because the paid period ran out.

    The receiving URL is set in the Altegio Developer Account.

    `POST /marketplace_webhook`

    Args:
        body (SendLifecycleEventBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: SendLifecycleEventBody,
    client: Client,
) -> None:
    """Webhook from Altegio About Application Events

    Not a callable endpoint. Documents the notification Altegio sends to the partner
    when the application-location link changes:
    * uninstall - the application was switched off on the Altegio side;
    * freeze - the integration was frozen because the paid period ran out.

    The receiving URL is set in the Altegio Developer Account.

    `POST /marketplace_webhook`

    Args:
        body (SendLifecycleEventBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        None
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: SendLifecycleEventBody,
    client: Client,
) -> Response[None]:
    """Webhook from Altegio About Application Events

    Not a callable endpoint. Documents the notification Altegio sends to the partner
    when the application-location link changes:
    * uninstall - the application was switched off on the Altegio side;
    * freeze - the integration was frozen because the paid period ran out.

    The receiving URL is set in the Altegio Developer Account.

    `POST /marketplace_webhook`

    Args:
        body (SendLifecycleEventBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: SendLifecycleEventBody,
    client: Client,
) -> None:
    """Webhook from Altegio About Application Events

    Not a callable endpoint. Documents the notification Altegio sends to the partner
    when the application-location link changes:
    * uninstall - the application was switched off on the Altegio side;
    * freeze - the integration was frozen because the paid period ran out.

    The receiving URL is set in the Altegio Developer Account.

    `POST /marketplace_webhook`

    Args:
        body (SendLifecycleEventBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
