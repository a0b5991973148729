from typing import Any

import httpx

from ..._operations import BY_PYTHON_NAME
from ..._typed import parsed_model, register
from ...client import Client
from ...models.send_event_result import SendEventResult
from ...models.send_event_result import typed_mirror as send_event_result_typed_mirror
from ...models.vo_ip_call_event import VoIPCallEvent
from ...models.vo_ip_call_history import VoIPCallHistory
from ...models.vo_ip_setup_command import VoIPSetupCommand
from ...types import Response

_OPERATION = BY_PYTHON_NAME["send_event"]
# The success model's typed fast path, with the speedups extra (_typed.py).
register(_OPERATION, send_event_result_typed_mirror)


def _get_kwargs(
    *,
    body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": "/voip/integration",
    }

    if isinstance(body, VoIPSetupCommand):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, VoIPCallHistory):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> SendEventResult:
    if response.status_code == 202:
        response_202 = parsed_model(response, SendEventResult)
        return response_202

    # Another success status than documented: read it as the documented one.
    response_202 = parsed_model(response, SendEventResult)
    return response_202


def _build_response(client: Client, response: httpx.Response) -> Response[SendEventResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=client.parse(_OPERATION, response, _parse_response),
    )


def sync_detailed(
    *,
    body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
    client: Client,
) -> Response[SendEventResult]:
    """VoIP events

    One endpoint for four commands, told apart by `command` (and `type`):

    - Enable integration (command=setup, type=enable): must be sent first; it unlocks
      the call-routing settings in the chain UI.
    - Disable integration (command=setup, type=disable): hides those settings; call
      notifications and call-history saves are ignored afterwards.
    - Call notification (command=event): shows an incoming-call popup to users chosen
      by routing settings. `type` may be incoming/outgoing/internal but only incoming
      produces a popup. If both `user` and `diversion` are given, `user` wins for routing.
    - Saving call information (command=history): stores the call in the chain history
      and in the history of the chain's locations, following routing settings.

    `POST /voip/integration`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand): The request body: one of these
            models.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[SendEventResult]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 202 response (Accepted).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, client.send(_OPERATION, kwargs))


def sync(
    *,
    body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
    client: Client,
) -> SendEventResult:
    """VoIP events

    One endpoint for four commands, told apart by `command` (and `type`):

    - Enable integration (command=setup, type=enable): must be sent first; it unlocks
      the call-routing settings in the chain UI.
    - Disable integration (command=setup, type=disable): hides those settings; call
      notifications and call-history saves are ignored afterwards.
    - Call notification (command=event): shows an incoming-call popup to users chosen
      by routing settings. `type` may be incoming/outgoing/internal but only incoming
      produces a popup. If both `user` and `diversion` are given, `user` wins for routing.
    - Saving call information (command=history): stores the call in the chain history
      and in the history of the chain's locations, following routing settings.

    `POST /voip/integration`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand): The request body: one of these
            models.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        SendEventResult: The body of a 202 response (Accepted).
    """

    return sync_detailed(
        body=body,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
    client: Client,
) -> Response[SendEventResult]:
    """VoIP events

    One endpoint for four commands, told apart by `command` (and `type`):

    - Enable integration (command=setup, type=enable): must be sent first; it unlocks
      the call-routing settings in the chain UI.
    - Disable integration (command=setup, type=disable): hides those settings; call
      notifications and call-history saves are ignored afterwards.
    - Call notification (command=event): shows an incoming-call popup to users chosen
      by routing settings. `type` may be incoming/outgoing/internal but only incoming
      produces a popup. If both `user` and `diversion` are given, `user` wins for routing.
    - Saving call information (command=history): stores the call in the chain history
      and in the history of the chain's locations, following routing settings.

    `POST /voip/integration`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand): The request body: one of these
            models.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        Response[SendEventResult]: The response (status_code, headers, content) with the model as
            `parsed`: the body of a 202 response (Accepted).
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client, await client.asend(_OPERATION, kwargs))


async def asyncio(
    *,
    body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
    client: Client,
) -> SendEventResult:
    """VoIP events

    One endpoint for four commands, told apart by `command` (and `type`):

    - Enable integration (command=setup, type=enable): must be sent first; it unlocks
      the call-routing settings in the chain UI.
    - Disable integration (command=setup, type=disable): hides those settings; call
      notifications and call-history saves are ignored afterwards.
    - Call notification (command=event): shows an incoming-call popup to users chosen
      by routing settings. `type` may be incoming/outgoing/internal but only incoming
      produces a popup. If both `user` and `diversion` are given, `user` wins for routing.
    - Saving call information (command=history): stores the call in the chain history
      and in the history of the chain's locations, following routing settings.

    `POST /voip/integration`

    Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

    Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

    Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
    API cannot have processed it: the connection was never made (a connect error or connect
    timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
    5xx), so it is never applied twice.

    Args:
        body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand): The request body: one of these
            models.
        client (Client): The transport that sends the request (host, auth, retries, rate limits):
            what AltegioClient and AsyncAltegioClient call these functions with.

    Raises:
        errors.APIStatusError: The API answered with an error status or `success: false`
            (a subclass per status: NotFoundError, RateLimitError, ...).
        errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
        errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
            also any field that deviates from the description (lenient: see the result's `drift`).

    Returns:
        SendEventResult: The body of a 202 response (Accepted).
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).parsed
