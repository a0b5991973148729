from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.business_group_list import BusinessGroupList
from ...models.business_group_list import typed_mirror as business_group_list_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["list_business_types"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, business_group_list_typed_mirror)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/references/business_groups_with_types",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BusinessGroupList:
    if response.status_code == 200:
        response_200 = parsed_model(response, BusinessGroupList)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, BusinessGroupList)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[BusinessGroupList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[BusinessGroupList]:
    """Get business types by group

    `GET /references/business_groups_with_types`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[BusinessGroupList]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs()
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    client: Client,
) -> BusinessGroupList:
    """Get business types by group

    `GET /references/business_groups_with_types`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        BusinessGroupList: The body of a 200 response (OK).
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[BusinessGroupList]:
    """Get business types by group

    `GET /references/business_groups_with_types`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[BusinessGroupList]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs()
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    client: Client,
) -> BusinessGroupList:
    """Get business types by group

    `GET /references/business_groups_with_types`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        BusinessGroupList: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
