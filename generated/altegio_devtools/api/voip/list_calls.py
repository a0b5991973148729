from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.call_list import CallList
from ...models.call_list import typed_mirror as call_list_typed_mirror
from ...models.list_calls_body import ListCallsBody
from ...types import Response

_OPERATION = BY_PYTHON_NAME["list_calls"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, call_list_typed_mirror)


def _get_kwargs(
    *,
    body: ListCallsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/voip/integration/calls",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> CallList:
    if response.status_code == 200:
        response_200 = parsed_model(response, CallList)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, CallList)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[CallList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: ListCallsBody,
    client: Client,
) -> Response[CallList]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        body (ListCallsBody): The request body.
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
        Response[CallList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: ListCallsBody,
    client: Client,
) -> CallList:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        body (ListCallsBody): The request body.
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
        CallList: The body of a 200 response (OK).
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: ListCallsBody,
    client: Client,
) -> Response[CallList]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        body (ListCallsBody): The request body.
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
        Response[CallList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: ListCallsBody,
    client: Client,
) -> CallList:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
    without a user token raises errors.MissingUserTokenError before anything is sent.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        body (ListCallsBody): The request body.
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
        CallList: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
