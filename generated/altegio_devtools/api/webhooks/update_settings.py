from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.update_settings_body import UpdateSettingsBody
from ...models.update_settings_result import UpdateSettingsResult
from ...models.update_settings_result import typed_mirror as update_settings_result_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["update_settings"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, update_settings_result_typed_mirror)


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateSettingsBody,
) -> dict[str, Any]:
    location_id = request_int(location_id, "location_id")

    _kwargs: dict[str, Any] = {
        "url": "/hooks_settings/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateSettingsResult:
    if response.status_code == 201:
        response_201 = parsed_model(response, UpdateSettingsResult)
        return response_201

    # Another success status than documented: read it as the documented one.
    response_201 = parsed_model(response, UpdateSettingsResult)
    return response_201


def _build_response(client: Client, response: httpx.Response) -> Response[UpdateSettingsResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    location_id: int,
    *,
    body: UpdateSettingsBody,
    client: Client,
) -> Response[UpdateSettingsResult]:
    """Change Event Notification Settings

    Replaces the webhook URLs and per-entity event switches of a location.

    `POST /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): location ID
        body (UpdateSettingsBody): The request body.
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
        Response[UpdateSettingsResult]: The response (status_code, headers, content) with the
            model as `parsed`: the body of a 201 response (Created).
    """

    kwargs = _get_kwargs(
        location_id,
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    location_id: int,
    *,
    body: UpdateSettingsBody,
    client: Client,
) -> UpdateSettingsResult:
    """Change Event Notification Settings

    Replaces the webhook URLs and per-entity event switches of a location.

    `POST /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): location ID
        body (UpdateSettingsBody): The request body.
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
        UpdateSettingsResult: The body of a 201 response (Created).
    """

    return sync_detailed(
        location_id,
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: UpdateSettingsBody,
    client: Client,
) -> Response[UpdateSettingsResult]:
    """Change Event Notification Settings

    Replaces the webhook URLs and per-entity event switches of a location.

    `POST /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): location ID
        body (UpdateSettingsBody): The request body.
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
        Response[UpdateSettingsResult]: The response (status_code, headers, content) with the
            model as `parsed`: the body of a 201 response (Created).
    """

    kwargs = _get_kwargs(
        location_id,
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    location_id: int,
    *,
    body: UpdateSettingsBody,
    client: Client,
) -> UpdateSettingsResult:
    """Change Event Notification Settings

    Replaces the webhook URLs and per-entity event switches of a location.

    `POST /hooks_settings/{location_id}`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        location_id (int): location ID
        body (UpdateSettingsBody): The request body.
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
        UpdateSettingsResult: The body of a 201 response (Created).
    """

    return (
        await asyncio_detailed(
            location_id,
            body=body,
            client=client,
        )
    ).parsed
