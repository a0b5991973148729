from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.set_discount_body import SetDiscountBody
from ...models.set_discount_result import SetDiscountResult
from ...models.set_discount_result import typed_mirror as set_discount_result_typed_mirror
from ...types import Response

_OPERATION = BY_PYTHON_NAME["set_discount"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, set_discount_result_typed_mirror)


def _get_kwargs(
    *,
    body: SetDiscountBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/add_discount",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> SetDiscountResult:
    if response.status_code == 200:
        response_200 = parsed_model(response, SetDiscountResult)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, SetDiscountResult)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[SetDiscountResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: SetDiscountBody,
    client: Client,
) -> Response[SetDiscountResult]:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (SetDiscountBody): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[SetDiscountResult]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: SetDiscountBody,
    client: Client,
) -> SetDiscountResult:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (SetDiscountBody): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        SetDiscountResult: The body of a 200 response (OK).
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: SetDiscountBody,
    client: Client,
) -> Response[SetDiscountResult]:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (SetDiscountBody): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[SetDiscountResult]: The response (status_code, headers, content) with the model
            as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: SetDiscountBody,
    client: Client,
) -> SetDiscountResult:
    """Set payment discount for locations

    Sets the discount that the given locations get when paying for the application through Altegio.
    Marketplace partners only; needs partner authorization.

    `POST /marketplace/application/add_discount`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (SetDiscountBody): The request body.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        SetDiscountResult: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
