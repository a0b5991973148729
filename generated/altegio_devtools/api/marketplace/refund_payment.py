from typing import Any
from urllib.parse import quote

import httpx

from ..._coerce import request_int
from ..._operations import BY_PYTHON_NAME
from ...client import Client
from ...types import Response

_OPERATION = BY_PYTHON_NAME["refund_payment"]


def _get_kwargs(
    payment_id: int,
) -> dict[str, Any]:
    payment_id = request_int(payment_id, "payment_id")

    _kwargs: dict[str, Any] = {
        "url": "/marketplace/partner/payment/refund/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    return None


def _build_response(client: Client, response: httpx.Response) -> Response[None]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    payment_id: int,
    *,
    client: Client,
) -> Response[None]:
    """Chargeback Notice

    Tells Altegio that an earlier reported payment was charged back / refunded.

    `POST /marketplace/partner/payment/refund/{payment_id}`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        payment_id (int): Payment ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
            200 response (Refund confirmed) has no body.
    """

    kwargs = _get_kwargs(
        payment_id,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    payment_id: int,
    *,
    client: Client,
) -> None:
    """Chargeback Notice

    Tells Altegio that an earlier reported payment was charged back / refunded.

    `POST /marketplace/partner/payment/refund/{payment_id}`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        payment_id (int): Payment ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        None: A 200 response (Refund confirmed) has no body.
    """

    return sync_detailed(
        payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payment_id: int,
    *,
    client: Client,
) -> Response[None]:
    """Chargeback Notice

    Tells Altegio that an earlier reported payment was charged back / refunded.

    `POST /marketplace/partner/payment/refund/{payment_id}`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        payment_id (int): Payment ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
            200 response (Refund confirmed) has no body.
    """

    kwargs = _get_kwargs(
        payment_id,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    payment_id: int,
    *,
    client: Client,
) -> None:
    """Chargeback Notice

    Tells Altegio that an earlier reported payment was charged back / refunded.

    `POST /marketplace/partner/payment/refund/{payment_id}`

    Host: the app host, https://app.alteg.io by default (`app_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        payment_id (int): Payment ID Example: 123.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        None: A 200 response (Refund confirmed) has no body.
    """

    return (
        await asyncio_detailed(
            payment_id,
            client=client,
        )
    ).parsed
