from decimal import Decimal
from typing import Any

import httpx

from ..._coerce import request_int, request_number
from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.get_payment_link_result import GetPaymentLinkResult
from ...models.get_payment_link_result import typed_mirror as get_payment_link_result_typed_mirror
from ...types import UNSET, Response, Unset

_OPERATION = BY_PYTHON_NAME["get_payment_link"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, get_payment_link_result_typed_mirror)


def _get_kwargs(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Decimal | str | Unset = UNSET,
) -> dict[str, Any]:
    salon_id = request_int(salon_id, "salon_id")
    application_id = request_int(application_id, "application_id")
    discount = UNSET if isinstance(discount, Unset) else request_number(discount, "discount")

    params: dict[str, Any] = {}

    json_salon_id = salon_id
    params["salon_id"] = json_salon_id

    json_application_id = application_id
    params["application_id"] = json_application_id

    params["discount"] = discount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/application/payment_link",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetPaymentLinkResult:
    if response.status_code == 200:
        response_200 = parsed_model(response, GetPaymentLinkResult)
        return response_200

    # Another success status than documented: read it as the documented one.
    response_200 = parsed_model(response, GetPaymentLinkResult)
    return response_200


def _build_response(client: Client, response: httpx.Response) -> Response[GetPaymentLinkResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Decimal | str | Unset = UNSET,
    client: Client,
) -> Response[GetPaymentLinkResult]:
    """Generate payment link

    Builds a link where the location can pay for the application through Altegio. Marketplace partners
    only.

    `GET /marketplace/application/payment_link`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        discount (float | Decimal | str | Unset): Optional discount, percent Example: 15.55.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[GetPaymentLinkResult]: The response (status_code, headers, content) with the
            model as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        salon_id=salon_id,
        application_id=application_id,
        discount=discount,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Decimal | str | Unset = UNSET,
    client: Client,
) -> GetPaymentLinkResult:
    """Generate payment link

    Builds a link where the location can pay for the application through Altegio. Marketplace partners
    only.

    `GET /marketplace/application/payment_link`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        discount (float | Decimal | str | Unset): Optional discount, percent Example: 15.55.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        GetPaymentLinkResult: The body of a 200 response (OK).
    """

    return sync_detailed(
        salon_id=salon_id,
        application_id=application_id,
        discount=discount,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Decimal | str | Unset = UNSET,
    client: Client,
) -> Response[GetPaymentLinkResult]:
    """Generate payment link

    Builds a link where the location can pay for the application through Altegio. Marketplace partners
    only.

    `GET /marketplace/application/payment_link`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        discount (float | Decimal | str | Unset): Optional discount, percent Example: 15.55.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[GetPaymentLinkResult]: The response (status_code, headers, content) with the
            model as `parsed`: the body of a 200 response (OK).
    """

    kwargs = _get_kwargs(
        salon_id=salon_id,
        application_id=application_id,
        discount=discount,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Decimal | str | Unset = UNSET,
    client: Client,
) -> GetPaymentLinkResult:
    """Generate payment link

    Builds a link where the location can pay for the application through Altegio. Marketplace partners
    only.

    `GET /marketplace/application/payment_link`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
    error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

    Args:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        discount (float | Decimal | str | Unset): Optional discount, percent Example: 15.55.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        GetPaymentLinkResult: The body of a 200 response (OK).
    """

    return (
        await asyncio_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=client,
        )
    ).parsed
