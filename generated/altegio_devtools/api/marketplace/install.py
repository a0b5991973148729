from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...models.install_settings import InstallSettings
from ...types import Response

_OPERATION = BY_PYTHON_NAME["install"]


def _get_kwargs(
    *,
    body: InstallSettings,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/partner/callback",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if response.status_code == 201:
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
    body: InstallSettings,
    client: Client,
) -> Response[None]:
    """Application Installation for a Location

    The partner service posts its integration settings here; Altegio then configures and activates the
    application for that location.

    `POST /marketplace/partner/callback`

    Args:
        body (InstallSettings):

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
    body: InstallSettings,
    client: Client,
) -> None:
    """Application Installation for a Location

    The partner service posts its integration settings here; Altegio then configures and activates the
    application for that location.

    `POST /marketplace/partner/callback`

    Args:
        body (InstallSettings):

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
    body: InstallSettings,
    client: Client,
) -> Response[None]:
    """Application Installation for a Location

    The partner service posts its integration settings here; Altegio then configures and activates the
    application for that location.

    `POST /marketplace/partner/callback`

    Args:
        body (InstallSettings):

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
    body: InstallSettings,
    client: Client,
) -> None:
    """Application Installation for a Location

    The partner service posts its integration settings here; Altegio then configures and activates the
    application for that location.

    `POST /marketplace/partner/callback`

    Args:
        body (InstallSettings):

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
