from typing import Any

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.city_list import CityList
from ...models.city_list import typed_mirror as city_list_typed_mirror
from ...types import UNSET, Response, Unset

_OPERATION = BY_PYTHON_NAME["list_cities"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, city_list_typed_mirror)


def _get_kwargs(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> dict[str, Any]:
    country_id = UNSET if isinstance(country_id, Unset) else request_int(country_id, "country_id")
    company_id = UNSET if isinstance(company_id, Unset) else request_int(company_id, "company_id")

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


def _parse_response(response: httpx.Response) -> CityList:
    if response.status_code == 200:
        response_200 = parsed_model(response, CityList)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, CityList)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[CityList]:
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
) -> Response[CityList]:
    """Get a list of cities

    `GET /cities`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        country_id (int | Unset): Country whose cities are wanted
        company_id (int | Unset): Location ID; when given, that location's city is returned too,
            even if it lies in another country
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[CityList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
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
) -> CityList:
    """Get a list of cities

    `GET /cities`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        country_id (int | Unset): Country whose cities are wanted
        company_id (int | Unset): Location ID; when given, that location's city is returned too,
            even if it lies in another country
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        CityList: The body of a 200 response (OK).
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
) -> Response[CityList]:
    """Get a list of cities

    `GET /cities`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        country_id (int | Unset): Country whose cities are wanted
        company_id (int | Unset): Location ID; when given, that location's city is returned too,
            even if it lies in another country
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[CityList]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 200 response (OK).
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
) -> CityList:
    """Get a list of cities

    `GET /cities`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        country_id (int | Unset): Country whose cities are wanted
        company_id (int | Unset): Location ID; when given, that location's city is returned too,
            even if it lies in another country
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        CityList: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            company_id=company_id,
            client=client,
        )
    ).parsed
