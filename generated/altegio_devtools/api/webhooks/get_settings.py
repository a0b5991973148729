from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.get_settings_result import GetSettingsResult
from ...models.get_settings_result import typed_mirror as get_settings_result_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["get_settings"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, get_settings_result_typed_mirror)


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    location_id = request_int(location_id, "location_id")

    _kwargs: dict[str, Any] = {
        "url": "/hooks_settings/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetSettingsResult:
    if response.status_code == 200:
        response_200 = parsed_model(response, GetSettingsResult)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, GetSettingsResult)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[GetSettingsResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    location_id: int,
    *,
    client: Client,
) -> Response[GetSettingsResult]:
    """Get event notification settings

    Returns the webhook URLs and per-entity event switches of a location.

    `GET /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        location_id (int): location ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.MissingUserTokenError: The client has no user token (nothing was sent).
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[GetSettingsResult]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        location_id,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    location_id: int,
    *,
    client: Client,
) -> GetSettingsResult:
    """Get event notification settings

    Returns the webhook URLs and per-entity event switches of a location.

    `GET /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        location_id (int): location ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.MissingUserTokenError: The client has no user token (nothing was sent).
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        GetSettingsResult: The body of a 200 response (OK).
    """

    return sync_detailed(
        location_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: Client,
) -> Response[GetSettingsResult]:
    """Get event notification settings

    Returns the webhook URLs and per-entity event switches of a location.

    `GET /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        location_id (int): location ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.MissingUserTokenError: The client has no user token (nothing was sent).
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[GetSettingsResult]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        location_id,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    location_id: int,
    *,
    client: Client,
) -> GetSettingsResult:
    """Get event notification settings

    Returns the webhook URLs and per-entity event switches of a location.

    `GET /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        location_id (int): location ID
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.MissingUserTokenError: The client has no user token (nothing was sent).
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        GetSettingsResult: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            location_id,
            client=client,
        )
    ).parsed
