from typing import Any

import httpx

from ..._json import loads
from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...models.list_cities_response_200 import ListCitiesResponse200
from ...types import UNSET, Response, Unset

_OPERATION = BY_PYTHON_NAME["list_cities"]


def _get_kwargs(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_country_id: int | Unset = UNSET
    if not isinstance(country_id, Unset):
        json_country_id = country_id
    params["country_id"] = json_country_id

    json_company_id: int | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = company_id
    params["company_id"] = json_company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/cities",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListCitiesResponse200:
    if response.status_code == 200:
        response_200 = ListCitiesResponse200.from_dict(loads(response.content))

        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = ListCitiesResponse200.from_dict(loads(response.content))

    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[ListCitiesResponse200]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: Client,
) -> Response[ListCitiesResponse200]:
    """Get a list of cities

    `GET /cities`

    Args:
        country_id (int | Unset):
        company_id (int | Unset):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListCitiesResponse200]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
        company_id=company_id,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: Client,
) -> ListCitiesResponse200:
    """Get a list of cities

    `GET /cities`

    Args:
        country_id (int | Unset):
        company_id (int | Unset):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListCitiesResponse200
    """

    return sync_detailed(
        country_id=country_id,
        company_id=company_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: Client,
) -> Response[ListCitiesResponse200]:
    """Get a list of cities

    `GET /cities`

    Args:
        country_id (int | Unset):
        company_id (int | Unset):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[ListCitiesResponse200]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
        company_id=company_id,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: Client,
) -> ListCitiesResponse200:
    """Get a list of cities

    `GET /cities`

    Args:
        country_id (int | Unset):
        company_id (int | Unset):

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        ListCitiesResponse200
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            company_id=company_id,
            client=client,
        )
    ).parsed
