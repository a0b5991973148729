from typing import Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...models.list_voip_calls_body import ListVoipCallsBody
from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
from ...types import Response, parse_body

_OPERATION = OPERATIONS["list_voip_calls"]


def _get_kwargs(
    *,
    body: ListVoipCallsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/voip/integration/calls",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ListVoipCallsResponse200:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = ListVoipCallsResponse200.from_dict(_response_200)

        return response_200

    # Another success status than documented: read it as the documented one.
    _response_200 = response.json()
    response_200 = ListVoipCallsResponse200.from_dict(_response_200)

    return response_200


def _build_response(response: httpx.Response) -> Response[ListVoipCallsResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse_body(response, _parse_response),
    )


def sync_detailed(
    *,
    body: ListVoipCallsBody,
    client: Client,
) -> Response[ListVoipCallsResponse200]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListVoipCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        Response[ListVoipCallsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs))


def sync(
    *,
    body: ListVoipCallsBody,
    client: Client,
) -> ListVoipCallsResponse200:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListVoipCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        ListVoipCallsResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: ListVoipCallsBody,
    client: Client,
) -> Response[ListVoipCallsResponse200]:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListVoipCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        Response[ListVoipCallsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: ListVoipCallsBody,
    client: Client,
) -> ListVoipCallsResponse200:
    """Get Location's Call List

    Lists the calls of a location, filtered and paginated.

    `GET /voip/integration/calls`

    Args:
        body (ListVoipCallsBody):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The response body does not match the description.

    Returns:
        ListVoipCallsResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
