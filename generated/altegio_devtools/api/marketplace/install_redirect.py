from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.install_redirect_result import InstallRedirectResult
from ...models.install_redirect_result import typed_mirror as install_redirect_result_typed_mirror
from ...models.install_settings import InstallSettings
from ...types import Response

_OPERATION = BY_PYTHON_NAME["install_redirect"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, install_redirect_result_typed_mirror)


def _get_kwargs(
    *,
    body: InstallSettings,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/partner/callback/redirect",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> InstallRedirectResult | None:
    if response.status_code == 200:
        response_200 = parsed_model(response, InstallRedirectResult)
        return response_200

    if response.status_code == 301:
        return None
    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, InstallRedirectResult)
    return response_200


def _build_response(
    client: Client, response: httpx.Response
) -> Response[InstallRedirectResult | None]:
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
) -> Response[InstallRedirectResult | None]:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (InstallSettings): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[InstallRedirectResult | None]: The response (status_code, headers, content) with
            the model as `parsed`: InstallRedirectResult for a 200 response (OK); a 301 response
            (Accepted, redirect), which has no body.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: InstallSettings,
    client: Client,
) -> InstallRedirectResult | None:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (InstallSettings): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        InstallRedirectResult | None: InstallRedirectResult for a 200 response (OK); a 301
            response (Accepted, redirect), which has no body.
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: InstallSettings,
    client: Client,
) -> Response[InstallRedirectResult | None]:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (InstallSettings): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[InstallRedirectResult | None]: The response (status_code, headers, content) with
            the model as `parsed`: InstallRedirectResult for a 200 response (OK); a 301 response
            (Accepted, redirect), which has no body.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: InstallSettings,
    client: Client,
) -> InstallRedirectResult | None:
    """Redirect URL after user registration with the partner service

    Browser target for the user once registration on the partner side is finished, carrying whatever
    data the partner service needs to pass.

    `POST /marketplace/partner/callback/redirect`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (InstallSettings): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        InstallRedirectResult | None: InstallRedirectResult for a 200 response (OK); a 301
            response (Accepted, redirect), which has no body.
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
