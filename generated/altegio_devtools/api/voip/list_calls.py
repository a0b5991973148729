from typing import Any

import httpx

from ..._json import loads
from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...models.list_calls_body import ListCallsBody
from ...models.list_calls_response_200 import ListCallsResponse200
from ...types import Response

_OPERATION = BY_PYTHON_NAME["list_calls"]


def _get_kwargs(
    *,
    body: ListCallsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/voip/integration/calls",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ListCallsResponse200:
    if response.status_code == 200:
        response_200 = ListCallsResponse200.from_dict(loads(response.content))

        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = ListCallsResponse200.from_dict(loads(response.content))

    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[ListCallsResponse200]:
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
) -> Response[ListCallsResponse200]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListCallsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: ListCallsBody,
    client: Client,
) -> ListCallsResponse200:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListCallsResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: ListCallsBody,
    client: Client,
) -> Response[ListCallsResponse200]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListCallsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: ListCallsBody,
    client: Client,
) -> ListCallsResponse200:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListCallsResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
