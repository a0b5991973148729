from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.location_list import LocationList
from ...models.location_list import typed_mirror as location_list_typed_mirror
from ...types import UNSET, Response

_OPERATION = BY_PYTHON_NAME["list_locations"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, location_list_typed_mirror)


def _get_kwargs(
    application_id: int,
    *,
    page: int = 1,
    count: int = 1000,
) -> dict[str, Any]:
    application_id = request_int(application_id, "application_id")
    page = request_int(page, "page")
    count = request_int(count, "count")

    params: dict[str, Any] = {}

    json_page = page
    params["page"] = json_page

    json_count = count
    params["count"] = json_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/{application_id}/salons".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> LocationList:
    if response.status_code == 200:
        response_200 = parsed_model(response, LocationList)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, LocationList)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[LocationList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    application_id: int,
    *,
    page: int = 1,
    count: int = 1000,
    client: Client,
) -> Response[LocationList]:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID
        page (int): Page number Default: 1.
        count (int): Items per page Default: 1000.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[LocationList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (Locations array).
    """

    kwargs = _get_kwargs(
        application_id,
        page=page,
        count=count,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    application_id: int,
    *,
    page: int = 1,
    count: int = 1000,
    client: Client,
) -> LocationList:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID
        page (int): Page number Default: 1.
        count (int): Items per page Default: 1000.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        LocationList: The body of a 200 response (Locations array).
    """

    return sync_detailed(
        application_id,
        page=page,
        count=count,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    page: int = 1,
    count: int = 1000,
    client: Client,
) -> Response[LocationList]:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID
        page (int): Page number Default: 1.
        count (int): Items per page Default: 1000.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[LocationList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (Locations array).
    """

    kwargs = _get_kwargs(
        application_id,
        page=page,
        count=count,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    application_id: int,
    *,
    page: int = 1,
    count: int = 1000,
    client: Client,
) -> LocationList:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        application_id (int): Application ID
        page (int): Page number Default: 1.
        count (int): Items per page Default: 1000.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        LocationList: The body of a 200 response (Locations array).
    """

    return (
        await asyncio_detailed(
            application_id,
            page=page,
            count=count,
            client=client,
        )
    ).parsed
