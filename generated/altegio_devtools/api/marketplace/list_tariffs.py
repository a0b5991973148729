from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.tariff_list import TariffList
from ...models.tariff_list import typed_mirror as tariff_list_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["list_tariffs"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, tariff_list_typed_mirror)


def _get_kwargs(
    application_id: int,
) -> dict[str, Any]:
    application_id = request_int(application_id, "application_id")

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/{application_id}/tariffs".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TariffList:
    if response.status_code == 200:
        response_200 = parsed_model(response, TariffList)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, TariffList)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[TariffList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: Client,
) -> Response[TariffList]:
    """Get application tariffs

    Returns the tariff plans defined for the application. Marketplace partners only.

    `GET /marketplace/application/{application_id}/tariffs`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[TariffList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        application_id,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    application_id: int,
    *,
    client: Client,
) -> TariffList:
    """Get application tariffs

    Returns the tariff plans defined for the application. Marketplace partners only.

    `GET /marketplace/application/{application_id}/tariffs`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        TariffList: The body of a 200 response (OK).
    """

    return sync_detailed(
        application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: Client,
) -> Response[TariffList]:
    """Get application tariffs

    Returns the tariff plans defined for the application. Marketplace partners only.

    `GET /marketplace/application/{application_id}/tariffs`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[TariffList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        application_id,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    application_id: int,
    *,
    client: Client,
) -> TariffList:
    """Get application tariffs

    Returns the tariff plans defined for the application. Marketplace partners only.

    `GET /marketplace/application/{application_id}/tariffs`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        TariffList: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            application_id,
            client=client,
        )
    ).parsed
