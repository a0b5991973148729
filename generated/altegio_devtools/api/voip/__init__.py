"""Voip operations: client.voip.<method>(...), one method per operation of the tag.

A request body's fields are the method's keyword arguments."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ..._coerce import (
    request_date,
    request_datetime,
    request_enum,
    request_flag,
    request_int,
    request_number,
)
from ...pagination import DEFAULT_MAX_PAGES
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from decimal import Decimal
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.call import Call
    from ...models.call_list import CallList
    from ...models.call_status_filter import CallStatusFilter
    from ...models.call_type_filter import CallTypeFilter
    from ...models.forbidden_error_body import ForbiddenErrorBody
    from ...models.list_calls_body import ListCallsBody
    from ...models.not_found_error_body import NotFoundErrorBody
    from ...models.send_event_result import SendEventResult
    from ...models.unauthorized_error_body import UnauthorizedErrorBody
    from ...models.vo_ip_call_event import VoIPCallEvent
    from ...models.vo_ip_call_event_type import VoIPCallEventType
    from ...models.vo_ip_call_history import VoIPCallHistory
    from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus
    from ...models.vo_ip_call_history_type import VoIPCallHistoryType
    from ...models.vo_ip_setup_command import VoIPSetupCommand
    from ...models.vo_ip_setup_command_type import VoIPSetupCommandType
    from ...pagination import AsyncPage, Page
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
        type: Literal["enable", "disable"] | VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: Literal["success", "missed"] | VoIPCallHistoryStatus | Unset = UNSET,
        date: datetime.datetime | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

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
    ) -> SendEventResult: ...

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
            SendEventResult: The body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_event_type import VoIPCallEventType  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus  # noqa: PLC0415
            from ...models.vo_ip_call_history_type import VoIPCallHistoryType  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415
            from ...models.vo_ip_setup_command_type import VoIPSetupCommandType  # noqa: PLC0415

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
            if fields["command"] == "setup":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPSetupCommandType, fields["type_"], "type")
            elif fields["command"] == "history":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallHistoryType, fields["type_"], "type")
                if "duration" in fields:
                    fields["duration"] = request_int(fields["duration"], "duration")
                if "status" in fields:
                    fields["status"] = request_enum(
                        VoIPCallHistoryStatus, fields["status"], "status"
                    )
                if "date" in fields:
                    fields["date"] = request_datetime(
                        fields["date"],
                        "date",
                        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})$",
                    )
            elif fields["command"] == "event":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallEventType, fields["type_"], "type")
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
        date_from: datetime.date | str,
        date_to: datetime.date | str,
        phone: str | Unset = UNSET,
        types: list[Literal["incoming", "outgoing", "internal"] | CallTypeFilter] | Unset = UNSET,
        statuses: list[
            Literal["success", "missed", "cancel", "busy", "notallowed", "notavailable", "notfound"]
            | CallStatusFilter
        ]
        | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[Call, CallList]:
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
            date_from (datetime.date | str): Start date Example: 2026-01-01.
            date_to (datetime.date | str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter | str] | Unset): Call types to include. Takes a CallTypeFilter
                or its value: incoming, outgoing, internal.
            statuses (list[CallStatusFilter | str] | Unset): Call statuses to include. Takes a
                CallStatusFilter or its value: success, missed, cancel, busy, notallowed, notavailable,
                notfound.
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            max_pages (int): Full pages read before iterating the result raises errors.PaginationError (default 10000).
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
            Page[Call, CallList]: The first page, fetched by this call (`data`: its items; `body`: the
                body of a 200 response (OK)); iterating it yields every item of every page, fetching each
                next page when reached.
        """

        from ...models.call_status_filter import CallStatusFilter  # noqa: PLC0415
        from ...models.call_type_filter import CallTypeFilter  # noqa: PLC0415
        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=request_int(salon_id, "salon_id"),
            date_from=request_date(date_from, "date_from", "^\\d{4}-\\d{2}-\\d{2}$"),
            date_to=request_date(date_to, "date_to", "^\\d{4}-\\d{2}-\\d{2}$"),
            phone=phone,
            types=UNSET
            if isinstance(types, Unset)
            else [request_enum(CallTypeFilter, item, "types") for item in types],
            statuses=UNSET
            if isinstance(statuses, Unset)
            else [request_enum(CallStatusFilter, item, "statuses") for item in statuses],
            page=UNSET if isinstance(page, Unset) else request_int(page, "page"),
            limit=UNSET if isinstance(limit, Unset) else request_int(limit, "limit"),
        )

        from attrs import evolve  # noqa: PLC0415

        from ...pagination import Page  # noqa: PLC0415

        client = self._client.for_call(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        size = 1000 if isinstance(limit, Unset) else limit

        def fetch(number: int) -> Response[CallList]:
            return list_calls.sync_detailed(
                body=evolve(body, page=number, limit=size),
                client=client,
            )

        return Page.first(
            fetch,
            number=1 if isinstance(page, Unset) else page,
            size=size,
            max_size=1000,
            max_pages=max_pages,
            what="the calls",
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
        type: Literal["enable", "disable"] | VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: Literal["success", "missed"] | VoIPCallHistoryStatus | Unset = UNSET,
        date: datetime.datetime | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SendEventResult: ...

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
    ) -> SendEventResult: ...

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
            SendEventResult: The body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_event_type import VoIPCallEventType  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus  # noqa: PLC0415
            from ...models.vo_ip_call_history_type import VoIPCallHistoryType  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415
            from ...models.vo_ip_setup_command_type import VoIPSetupCommandType  # noqa: PLC0415

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
            if fields["command"] == "setup":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPSetupCommandType, fields["type_"], "type")
            elif fields["command"] == "history":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallHistoryType, fields["type_"], "type")
                if "duration" in fields:
                    fields["duration"] = request_int(fields["duration"], "duration")
                if "status" in fields:
                    fields["status"] = request_enum(
                        VoIPCallHistoryStatus, fields["status"], "status"
                    )
                if "date" in fields:
                    fields["date"] = request_datetime(
                        fields["date"],
                        "date",
                        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})$",
                    )
            elif fields["command"] == "event":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallEventType, fields["type_"], "type")
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
        date_from: datetime.date | str,
        date_to: datetime.date | str,
        phone: str | Unset = UNSET,
        types: list[Literal["incoming", "outgoing", "internal"] | CallTypeFilter] | Unset = UNSET,
        statuses: list[
            Literal["success", "missed", "cancel", "busy", "notallowed", "notavailable", "notfound"]
            | CallStatusFilter
        ]
        | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncPage[Call, CallList]:
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
            date_from (datetime.date | str): Start date Example: 2026-01-01.
            date_to (datetime.date | str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter | str] | Unset): Call types to include. Takes a CallTypeFilter
                or its value: incoming, outgoing, internal.
            statuses (list[CallStatusFilter | str] | Unset): Call statuses to include. Takes a
                CallStatusFilter or its value: success, missed, cancel, busy, notallowed, notavailable,
                notfound.
            page (int | Unset): Page number Example: 1.
            limit (int | Unset): Items per page Example: 25.
            max_pages (int): Full pages read before iterating the result raises errors.PaginationError (default 10000).
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
            AsyncPage[Call, CallList]: The first page, fetched by this call (`data`: its items;
                `body`: the body of a 200 response (OK)); iterating it yields every item of every page,
                fetching each next page when reached.
        """

        from ...models.call_status_filter import CallStatusFilter  # noqa: PLC0415
        from ...models.call_type_filter import CallTypeFilter  # noqa: PLC0415
        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=request_int(salon_id, "salon_id"),
            date_from=request_date(date_from, "date_from", "^\\d{4}-\\d{2}-\\d{2}$"),
            date_to=request_date(date_to, "date_to", "^\\d{4}-\\d{2}-\\d{2}$"),
            phone=phone,
            types=UNSET
            if isinstance(types, Unset)
            else [request_enum(CallTypeFilter, item, "types") for item in types],
            statuses=UNSET
            if isinstance(statuses, Unset)
            else [request_enum(CallStatusFilter, item, "statuses") for item in statuses],
            page=UNSET if isinstance(page, Unset) else request_int(page, "page"),
            limit=UNSET if isinstance(limit, Unset) else request_int(limit, "limit"),
        )

        from attrs import evolve  # noqa: PLC0415

        from ...pagination import AsyncPage  # noqa: PLC0415

        client = self._client.for_call(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        size = 1000 if isinstance(limit, Unset) else limit

        async def fetch(number: int) -> Response[CallList]:
            return await list_calls.asyncio_detailed(
                body=evolve(body, page=number, limit=size),
                client=client,
            )

        return await AsyncPage.first(
            fetch,
            number=1 if isinstance(page, Unset) else page,
            size=size,
            max_size=1000,
            max_pages=max_pages,
            what="the calls",
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
        type: Literal["enable", "disable"] | VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: Literal["success", "missed"] | VoIPCallHistoryStatus | Unset = UNSET,
        date: datetime.datetime | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

    @overload
    def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

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
    ) -> Response[SendEventResult]: ...

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
            Response[SendEventResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_event_type import VoIPCallEventType  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus  # noqa: PLC0415
            from ...models.vo_ip_call_history_type import VoIPCallHistoryType  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415
            from ...models.vo_ip_setup_command_type import VoIPSetupCommandType  # noqa: PLC0415

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
            if fields["command"] == "setup":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPSetupCommandType, fields["type_"], "type")
            elif fields["command"] == "history":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallHistoryType, fields["type_"], "type")
                if "duration" in fields:
                    fields["duration"] = request_int(fields["duration"], "duration")
                if "status" in fields:
                    fields["status"] = request_enum(
                        VoIPCallHistoryStatus, fields["status"], "status"
                    )
                if "date" in fields:
                    fields["date"] = request_datetime(
                        fields["date"],
                        "date",
                        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})$",
                    )
            elif fields["command"] == "event":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallEventType, fields["type_"], "type")
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
        date_from: datetime.date | str,
        date_to: datetime.date | str,
        phone: str | Unset = UNSET,
        types: list[Literal["incoming", "outgoing", "internal"] | CallTypeFilter] | Unset = UNSET,
        statuses: list[
            Literal["success", "missed", "cancel", "busy", "notallowed", "notavailable", "notfound"]
            | CallStatusFilter
        ]
        | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[CallList]:
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
            date_from (datetime.date | str): Start date Example: 2026-01-01.
            date_to (datetime.date | str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter | str] | Unset): Call types to include. Takes a CallTypeFilter
                or its value: incoming, outgoing, internal.
            statuses (list[CallStatusFilter | str] | Unset): Call statuses to include. Takes a
                CallStatusFilter or its value: success, missed, cancel, busy, notallowed, notavailable,
                notfound.
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
            Response[CallList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from ...models.call_status_filter import CallStatusFilter  # noqa: PLC0415
        from ...models.call_type_filter import CallTypeFilter  # noqa: PLC0415
        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=request_int(salon_id, "salon_id"),
            date_from=request_date(date_from, "date_from", "^\\d{4}-\\d{2}-\\d{2}$"),
            date_to=request_date(date_to, "date_to", "^\\d{4}-\\d{2}-\\d{2}$"),
            phone=phone,
            types=UNSET
            if isinstance(types, Unset)
            else [request_enum(CallTypeFilter, item, "types") for item in types],
            statuses=UNSET
            if isinstance(statuses, Unset)
            else [request_enum(CallStatusFilter, item, "statuses") for item in statuses],
            page=UNSET if isinstance(page, Unset) else request_int(page, "page"),
            limit=UNSET if isinstance(limit, Unset) else request_int(limit, "limit"),
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
        type: Literal["enable", "disable"] | VoIPSetupCommandType,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["history"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallHistoryType,
        user: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        link: str | Unset = UNSET,
        call_id: str | Unset = UNSET,
        status: Literal["success", "missed"] | VoIPCallHistoryStatus | Unset = UNSET,
        date: datetime.datetime | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

    @overload
    async def send_event(
        self,
        *,
        command: Literal["event"],
        crm_token: str,
        diversion: str,
        phone: str,
        type: Literal["incoming", "outgoing", "internal"] | VoIPCallEventType,
        user: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SendEventResult]: ...

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
    ) -> Response[SendEventResult]: ...

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
            Response[SendEventResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 202 response (Accepted).
        """

        from . import send_event  # noqa: PLC0415 - loaded on first use

        if isinstance(body, Unset):
            from ...models.vo_ip_call_event import VoIPCallEvent  # noqa: PLC0415
            from ...models.vo_ip_call_event_type import VoIPCallEventType  # noqa: PLC0415
            from ...models.vo_ip_call_history import VoIPCallHistory  # noqa: PLC0415
            from ...models.vo_ip_call_history_status import VoIPCallHistoryStatus  # noqa: PLC0415
            from ...models.vo_ip_call_history_type import VoIPCallHistoryType  # noqa: PLC0415
            from ...models.vo_ip_setup_command import VoIPSetupCommand  # noqa: PLC0415
            from ...models.vo_ip_setup_command_type import VoIPSetupCommandType  # noqa: PLC0415

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
            if fields["command"] == "setup":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPSetupCommandType, fields["type_"], "type")
            elif fields["command"] == "history":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallHistoryType, fields["type_"], "type")
                if "duration" in fields:
                    fields["duration"] = request_int(fields["duration"], "duration")
                if "status" in fields:
                    fields["status"] = request_enum(
                        VoIPCallHistoryStatus, fields["status"], "status"
                    )
                if "date" in fields:
                    fields["date"] = request_datetime(
                        fields["date"],
                        "date",
                        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})$",
                    )
            elif fields["command"] == "event":
                if "type" in fields:
                    fields["type_"] = fields.pop("type")
                if "type_" in fields:
                    fields["type_"] = request_enum(VoIPCallEventType, fields["type_"], "type")
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
        date_from: datetime.date | str,
        date_to: datetime.date | str,
        phone: str | Unset = UNSET,
        types: list[Literal["incoming", "outgoing", "internal"] | CallTypeFilter] | Unset = UNSET,
        statuses: list[
            Literal["success", "missed", "cancel", "busy", "notallowed", "notavailable", "notfound"]
            | CallStatusFilter
        ]
        | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[CallList]:
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
            date_from (datetime.date | str): Start date Example: 2026-01-01.
            date_to (datetime.date | str): End date Example: 2026-02-01.
            phone (str | Unset): Phone number Example: +13155550175.
            types (list[CallTypeFilter | str] | Unset): Call types to include. Takes a CallTypeFilter
                or its value: incoming, outgoing, internal.
            statuses (list[CallStatusFilter | str] | Unset): Call statuses to include. Takes a
                CallStatusFilter or its value: success, missed, cancel, busy, notallowed, notavailable,
                notfound.
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
            Response[CallList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from ...models.call_status_filter import CallStatusFilter  # noqa: PLC0415
        from ...models.call_type_filter import CallTypeFilter  # noqa: PLC0415
        from ...models.list_calls_body import ListCallsBody  # noqa: PLC0415
        from . import list_calls  # noqa: PLC0415 - loaded on first use

        body = ListCallsBody(
            salon_id=request_int(salon_id, "salon_id"),
            date_from=request_date(date_from, "date_from", "^\\d{4}-\\d{2}-\\d{2}$"),
            date_to=request_date(date_to, "date_to", "^\\d{4}-\\d{2}-\\d{2}$"),
            phone=phone,
            types=UNSET
            if isinstance(types, Unset)
            else [request_enum(CallTypeFilter, item, "types") for item in types],
            statuses=UNSET
            if isinstance(statuses, Unset)
            else [request_enum(CallStatusFilter, item, "statuses") for item in statuses],
            page=UNSET if isinstance(page, Unset) else request_int(page, "page"),
            limit=UNSET if isinstance(limit, Unset) else request_int(limit, "limit"),
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
