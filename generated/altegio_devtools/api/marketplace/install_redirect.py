from typing import Any

import httpx

from ..._json import loads
from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...models.install_redirect_response_200 import InstallRedirectResponse200
from ...models.install_settings import InstallSettings
from ...types import Response

_OPERATION = BY_PYTHON_NAME["install_redirect"]


def _get_kwargs(
    *,
    body: InstallSettings,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/partner/callback/redirect",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> InstallRedirectResponse200 | None:
    if response.status_code == 200:
        response_200 = InstallRedirectResponse200.from_dict(loads(response.content))

        return response_200

    if response.status_code == 301:
        return None
    # Another success status than documented: read it as the documented one.
    response_200 = InstallRedirectResponse200.from_dict(loads(response.content))

    return response_200


def _build_response(
    client: Client, response: httpx.Response
) -> Response[InstallRedirectResponse200 | None]:
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
) -> Response[InstallRedirectResponse200 | None]:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Args:
        body (InstallSettings):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[InstallRedirectResponse200 | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: InstallSettings,
    client: Client,
) -> InstallRedirectResponse200 | None:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Args:
        body (InstallSettings):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        InstallRedirectResponse200 | None
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: InstallSettings,
    client: Client,
) -> Response[InstallRedirectResponse200 | None]:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Args:
        body (InstallSettings):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[InstallRedirectResponse200 | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: InstallSettings,
    client: Client,
) -> InstallRedirectResponse200 | None:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Args:
        body (InstallSettings):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        InstallRedirectResponse200 | None
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
