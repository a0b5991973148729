"""Voip operations: client.voip.<method>(...), one method per operation of the tag.

A request body's fields are the method's keyword arguments."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.call_status_filter import CallStatusFilter
    from ...models.call_type_filter import CallTypeFilter
    from ...models.field_401_unauthorized_response import Field401UnauthorizedResponse
    from ...models.field_403_forbidden_response import Field403ForbiddenResponse
    from ...models.field_404_not_found_response import Field404NotFoundResponse
    from ...models.list_calls_body import ListCallsBody
    from ...models.list_calls_response_200 import ListCallsResponse200
    from ...models.send_event_response_202 import SendEventResponse202
    from ...models.vo_ip_call_event import VoIPCallEvent
    from ...models.vo_ip_call_event_type import VoIPCallEventType
    from ...models.vo_ip_call_history import VoIPCallHistory
    from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus
    from ...models.vo_ip_call_history_type import VoIPCallHistoryType
    from ...models.vo_ip_setup_command import VoIPSetupCommand
    from ...models.vo_ip_setup_command_type import VoIPSetupCommandType
    from ...types import Body, Headers, Query, Response


class VoipResource:
    """The voip operations, as `client.voip` of an AltegioClient: Telephony integration
    endpoints.

    Methods: send_event, list_calls.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def send_event(
        self,
        *,
        command: Literal["setup"],
        crm_token: str,
        type_: VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: VoIPCallHistoryStatus | Unset = UNSET,
        date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        **fields: Any,
    ) -> SendEventResponse202:
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
            **fields: Instead of `body`, one variant's fields as keyword arguments, picked by
                `command`: 'setup' (VoIPSetupCommand), 'history' (VoIPCallHistory), 'event' (VoIPCallEvent).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            SendEventResponse202: The body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415

            variants: dict[
                Any, type[VoIPSetupCommand] | type[VoIPCallHistory] | type[VoIPCallEvent]
            ] = {
                "setup": VoIPSetupCommand,
                "history": VoIPCallHistory,
                "event": VoIPCallEvent,
            }
            if fields.get("command") not in variants:
                raise TypeError(
                    "send_event() takes body= or command= one of "
                    f"{sorted(variants)} with that variant's fields, got command="
                    f"{fields.get('command')!r}"
                )
            body = variants[fields["command"]](**fields)

        return send_event.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_calls(
        self,
        *,
        salon_id: int,
        date_from: str,
        date_to: str,
        phone: str | Unset = UNSET,
        types: list[CallTypeFilter] | Unset = UNSET,
        statuses: list[CallStatusFilter] | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ListCallsResponse200:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            salon_id (int): Location ID Example: 615243.
            date_from (str): Start date Example: 2026-01-01.
            date_to (str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter] | Unset): Call types to include
            statuses (list[CallStatusFilter] | Unset): Call statuses to include
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListCallsResponse200: The body of a 200 response (OK).
        """

        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )

        return list_calls.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncVoipResource:
    """The voip operations, as `client.voip` of an AsyncAltegioClient (each method is a
    coroutine): Telephony integration endpoints.

    Methods: send_event, list_calls.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def send_event(
        self,
        *,
        command: Literal["setup"],
        crm_token: str,
        type_: VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: VoIPCallHistoryStatus | Unset = UNSET,
        date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    @overload
    async def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResponse202: ...

    async def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        **fields: Any,
    ) -> SendEventResponse202:
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
            **fields: Instead of `body`, one variant's fields as keyword arguments, picked by
                `command`: 'setup' (VoIPSetupCommand), 'history' (VoIPCallHistory), 'event' (VoIPCallEvent).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            SendEventResponse202: The body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415

            variants: dict[
                Any, type[VoIPSetupCommand] | type[VoIPCallHistory] | type[VoIPCallEvent]
            ] = {
                "setup": VoIPSetupCommand,
                "history": VoIPCallHistory,
                "event": VoIPCallEvent,
            }
            if fields.get("command") not in variants:
                raise TypeError(
                    "send_event() takes body= or command= one of "
                    f"{sorted(variants)} with that variant's fields, got command="
                    f"{fields.get('command')!r}"
                )
            body = variants[fields["command"]](**fields)

        return await send_event.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list_calls(
        self,
        *,
        salon_id: int,
        date_from: str,
        date_to: str,
        phone: str | Unset = UNSET,
        types: list[CallTypeFilter] | Unset = UNSET,
        statuses: list[CallStatusFilter] | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ListCallsResponse200:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            salon_id (int): Location ID Example: 615243.
            date_from (str): Start date Example: 2026-01-01.
            date_to (str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter] | Unset): Call types to include
            statuses (list[CallStatusFilter] | Unset): Call statuses to include
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListCallsResponse200: The body of a 200 response (OK).
        """

        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )

        return await list_calls.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class VoipResourceWithRawResponse:
    """The voip operations, as `client.with_raw_response.voip` of an AltegioClient: Telephony
    integration endpoints.

    Methods: send_event, list_calls.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def send_event(
        self,
        *,
        command: Literal["setup"],
        crm_token: str,
        type_: VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: VoIPCallHistoryStatus | Unset = UNSET,
        date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        **fields: Any,
    ) -> Response[SendEventResponse202]:
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
            **fields: Instead of `body`, one variant's fields as keyword arguments, picked by
                `command`: 'setup' (VoIPSetupCommand), 'history' (VoIPCallHistory), 'event' (VoIPCallEvent).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[SendEventResponse202]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415

            variants: dict[
                Any, type[VoIPSetupCommand] | type[VoIPCallHistory] | type[VoIPCallEvent]
            ] = {
                "setup": VoIPSetupCommand,
                "history": VoIPCallHistory,
                "event": VoIPCallEvent,
            }
            if fields.get("command") not in variants:
                raise TypeError(
                    "send_event() takes body= or command= one of "
                    f"{sorted(variants)} with that variant's fields, got command="
                    f"{fields.get('command')!r}"
                )
            body = variants[fields["command"]](**fields)

        return send_event.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def list_calls(
        self,
        *,
        salon_id: int,
        date_from: str,
        date_to: str,
        phone: str | Unset = UNSET,
        types: list[CallTypeFilter] | Unset = UNSET,
        statuses: list[CallStatusFilter] | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[ListCallsResponse200]:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            salon_id (int): Location ID Example: 615243.
            date_from (str): Start date Example: 2026-01-01.
            date_to (str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter] | Unset): Call types to include
            statuses (list[CallStatusFilter] | Unset): Call statuses to include
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListCallsResponse200]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 200 response (OK).
        """

        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )

        return list_calls.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncVoipResourceWithRawResponse:
    """The voip operations, as `client.with_raw_response.voip` of an AsyncAltegioClient (each
    method is a coroutine): Telephony integration endpoints.

    Methods: send_event, list_calls.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def send_event(
        self,
        *,
        command: Literal["setup"],
        crm_token: str,
        type_: VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: VoIPCallHistoryStatus | Unset = UNSET,
        date: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type_: VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    @overload
    async def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResponse202]: ...

    async def send_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        **fields: Any,
    ) -> Response[SendEventResponse202]:
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
            **fields: Instead of `body`, one variant's fields as keyword arguments, picked by
                `command`: 'setup' (VoIPSetupCommand), 'history' (VoIPCallHistory), 'event' (VoIPCallEvent).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[SendEventResponse202]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415

            variants: dict[
                Any, type[VoIPSetupCommand] | type[VoIPCallHistory] | type[VoIPCallEvent]
            ] = {
                "setup": VoIPSetupCommand,
                "history": VoIPCallHistory,
                "event": VoIPCallEvent,
            }
            if fields.get("command") not in variants:
                raise TypeError(
                    "send_event() takes body= or command= one of "
                    f"{sorted(variants)} with that variant's fields, got command="
                    f"{fields.get('command')!r}"
                )
            body = variants[fields["command"]](**fields)

        return await send_event.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def list_calls(
        self,
        *,
        salon_id: int,
        date_from: str,
        date_to: str,
        phone: str | Unset = UNSET,
        types: list[CallTypeFilter] | Unset = UNSET,
        statuses: list[CallStatusFilter] | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[ListCallsResponse200]:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            salon_id (int): Location ID Example: 615243.
            date_from (str): Start date Example: 2026-01-01.
            date_to (str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter] | Unset): Call types to include
            statuses (list[CallStatusFilter] | Unset): Call statuses to include
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.
            extra_body (Body | None): Top-level fields added to this request's JSON body.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListCallsResponse200]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 200 response (OK).
        """

        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )

        return await list_calls.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
