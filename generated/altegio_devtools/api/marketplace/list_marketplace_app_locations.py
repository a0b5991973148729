from typing import Any
from urllib.parse import quote

import httpx

from ..._json import loads
from ..._operations import OPERATIONS
from ...client import Client
from ...models.list_marketplace_app_locations_response_200 import (
    ListMarketplaceAppLocationsResponse200,
)
from ...types import UNSET, Response

_OPERATION = OPERATIONS["list_marketplace_app_locations"]


def _get_kwargs(
    application_id: int,
    *,
    page: int,
    count: int,
) -> dict[str, Any]:
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


def _parse_response(response: httpx.Response) -> ListMarketplaceAppLocationsResponse200:
    if response.status_code == 200:
        response_200 = ListMarketplaceAppLocationsResponse200.from_dict(loads(response.content))

        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = ListMarketplaceAppLocationsResponse200.from_dict(loads(response.content))

    return response_200


def _build_response(
    client: Client, response: httpx.Response
) -> Response[ListMarketplaceAppLocationsResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    application_id: int,
    *,
    page: int,
    count: int,
    client: Client,
) -> Response[ListMarketplaceAppLocationsResponse200]:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListMarketplaceAppLocationsResponse200]
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
    page: int,
    count: int,
    client: Client,
) -> ListMarketplaceAppLocationsResponse200:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListMarketplaceAppLocationsResponse200
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
    page: int,
    count: int,
    client: Client,
) -> Response[ListMarketplaceAppLocationsResponse200]:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListMarketplaceAppLocationsResponse200]
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
    page: int,
    count: int,
    client: Client,
) -> ListMarketplaceAppLocationsResponse200:
    """Data About Locations Connected to the Application

    Returns the locations that connected the given application, with details per location.

    `GET /marketplace/application/{application_id}/salons`

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListMarketplaceAppLocationsResponse200
    """

    return (
        await asyncio_detailed(
            application_id,
            page=page,
            count=count,
            client=client,
        )
    ).parsed
