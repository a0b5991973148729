from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.uninstall_result import UninstallResult
from ...models.uninstall_result import typed_mirror as uninstall_result_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["uninstall"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, uninstall_result_typed_mirror)


def _get_kwargs(
    location_id: int,
    application_id: int,
) -> dict[str, Any]:
    location_id = request_int(location_id, "location_id")
    application_id = request_int(application_id, "application_id")

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/salon/{location_id}/application/{application_id}/uninstall".format(
            location_id=quote(str(location_id), safe=""),
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UninstallResult:
    if response.status_code == 200:
        response_200 = parsed_model(response, UninstallResult)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, UninstallResult)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[UninstallResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    location_id: int,
    application_id: int,
    *,
    client: Client,
) -> Response[UninstallResult]:
    """Application Uninstall

    Lets the partner service remove the application from one location.

    `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): Location ID
        application_id (int): Application ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[UninstallResult]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (successfully uninstalled).
    """

    kwargs = _get_kwargs(
        location_id,
        application_id,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    location_id: int,
    application_id: int,
    *,
    client: Client,
) -> UninstallResult:
    """Application Uninstall

    Lets the partner service remove the application from one location.

    `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): Location ID
        application_id (int): Application ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        UninstallResult: The body of a 200 response (successfully uninstalled).
    """

    return sync_detailed(
        location_id,
        application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    application_id: int,
    *,
    client: Client,
) -> Response[UninstallResult]:
    """Application Uninstall

    Lets the partner service remove the application from one location.

    `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): Location ID
        application_id (int): Application ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[UninstallResult]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (successfully uninstalled).
    """

    kwargs = _get_kwargs(
        location_id,
        application_id,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    location_id: int,
    application_id: int,
    *,
    client: Client,
) -> UninstallResult:
    """Application Uninstall

    Lets the partner service remove the application from one location.

    `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): Location ID
        application_id (int): Application ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        UninstallResult: The body of a 200 response (successfully uninstalled).
    """

    return (
        await asyncio_detailed(
            location_id,
            application_id,
            client=client,
        )
    ).parsed
