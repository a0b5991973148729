"""Webhooks operations: client.webhooks.<method>(...), one method per operation of the tag.

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
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from decimal import Decimal
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.forbidden_error_body import ForbiddenErrorBody
    from ...models.get_settings_result import GetSettingsResult
    from ...models.not_found_error_body import NotFoundErrorBody
    from ...models.unauthorized_error_body import UnauthorizedErrorBody
    from ...models.update_settings_body import UpdateSettingsBody
    from ...models.update_settings_result import UpdateSettingsResult
    from ...types import Body, Headers, Query, Response


class WebhooksResource:
    """The webhooks operations, as `client.webhooks` of an AltegioClient: Webhook settings and
    the event notifications Altegio sends.

    Methods: get_settings, update_settings.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GetSettingsResult:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): location ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetSettingsResult: The body of a 200 response (OK).
        """

        from . import get_settings  # noqa: PLC0415 - loaded on first use

        return get_settings.sync(
            location_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update_settings(
        self,
        location_id: int,
        *,
        active: bool | Literal[0, 1],
        urls: list[str],
        salon: bool | Literal[0, 1] | Unset = UNSET,
        service_category: bool | Literal[0, 1] | Unset = UNSET,
        service: bool | Literal[0, 1] | Unset = UNSET,
        good: bool | Literal[0, 1] | Unset = UNSET,
        master: bool | Literal[0, 1] | Unset = UNSET,
        client: bool | Literal[0, 1] | Unset = UNSET,
        record: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_sale: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_receipt: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_consumable: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_stolen: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_move: bool | Literal[0, 1] | Unset = UNSET,
        finances_operation: bool | Literal[0, 1] | Unset = UNSET,
        self_sending: bool | Literal[0, 1] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> UpdateSettingsResult:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): location ID
            active (bool | Literal[0, 1]): 1 = notifications on, 0 = off
            urls (list[str]): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
            salon (bool | Literal[0, 1] | Unset): 1 = send location events, 0 = don't Example: 1.
            service_category (bool | Literal[0, 1] | Unset): 1 = send service category events, 0 =
                don't
            service (bool | Literal[0, 1] | Unset): 1 = send service events, 0 = don't Example: 1.
            good (bool | Literal[0, 1] | Unset): 1 = send product events, 0 = don't Example: 1.
            master (bool | Literal[0, 1] | Unset): 1 = send team member events, 0 = don't Example: 1.
            client (bool | Literal[0, 1] | Unset): 1 = send client events, 0 = don't Example: 1.
            record (bool | Literal[0, 1] | Unset): 1 = send appointment events, 0 = don't Example: 1.
            goods_operations_sale (bool | Literal[0, 1] | Unset): 1 = send product sale events, 0 =
                don't Example: 1.
            goods_operations_receipt (bool | Literal[0, 1] | Unset): 1 = send product arrival events,
                0 = don't Example: 1.
            goods_operations_consumable (bool | Literal[0, 1] | Unset): 1 = send consumable write-off
                events, 0 = don't Example: 1.
            goods_operations_stolen (bool | Literal[0, 1] | Unset): 1 = send product write-off events,
                0 = don't Example: 1.
            goods_operations_move (bool | Literal[0, 1] | Unset): 1 = send product movement events, 0
                = don't Example: 1.
            finances_operation (bool | Literal[0, 1] | Unset): 1 = send financial operation events, 0
                = don't Example: 1.
            self_sending (bool | Literal[0, 1] | Unset): 1 = the webhook owner also gets events caused
                by its own actions, 0 = it does not
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
            UpdateSettingsResult: The body of a 201 response (Created).
        """

        from ...models.update_settings_body import UpdateSettingsBody  # noqa: PLC0415
        from . import update_settings  # noqa: PLC0415 - loaded on first use

        body = UpdateSettingsBody(
            active=request_flag(active, "active"),
            urls=urls,
            salon=UNSET if isinstance(salon, Unset) else request_flag(salon, "salon"),
            service_category=UNSET
            if isinstance(service_category, Unset)
            else request_flag(service_category, "service_category"),
            service=UNSET if isinstance(service, Unset) else request_flag(service, "service"),
            good=UNSET if isinstance(good, Unset) else request_flag(good, "good"),
            master=UNSET if isinstance(master, Unset) else request_flag(master, "master"),
            client=UNSET if isinstance(client, Unset) else request_flag(client, "client"),
            record=UNSET if isinstance(record, Unset) else request_flag(record, "record"),
            goods_operations_sale=UNSET
            if isinstance(goods_operations_sale, Unset)
            else request_flag(goods_operations_sale, "goods_operations_sale"),
            goods_operations_receipt=UNSET
            if isinstance(goods_operations_receipt, Unset)
            else request_flag(goods_operations_receipt, "goods_operations_receipt"),
            goods_operations_consumable=UNSET
            if isinstance(goods_operations_consumable, Unset)
            else request_flag(goods_operations_consumable, "goods_operations_consumable"),
            goods_operations_stolen=UNSET
            if isinstance(goods_operations_stolen, Unset)
            else request_flag(goods_operations_stolen, "goods_operations_stolen"),
            goods_operations_move=UNSET
            if isinstance(goods_operations_move, Unset)
            else request_flag(goods_operations_move, "goods_operations_move"),
            finances_operation=UNSET
            if isinstance(finances_operation, Unset)
            else request_flag(finances_operation, "finances_operation"),
            self_sending=UNSET
            if isinstance(self_sending, Unset)
            else request_flag(self_sending, "self_sending"),
        )

        return update_settings.sync(
            location_id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWebhooksResource:
    """The webhooks operations, as `client.webhooks` of an AsyncAltegioClient (each method is a
    coroutine): Webhook settings and the event notifications Altegio sends.

    Methods: get_settings, update_settings.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GetSettingsResult:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): location ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetSettingsResult: The body of a 200 response (OK).
        """

        from . import get_settings  # noqa: PLC0415 - loaded on first use

        return await get_settings.asyncio(
            location_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update_settings(
        self,
        location_id: int,
        *,
        active: bool | Literal[0, 1],
        urls: list[str],
        salon: bool | Literal[0, 1] | Unset = UNSET,
        service_category: bool | Literal[0, 1] | Unset = UNSET,
        service: bool | Literal[0, 1] | Unset = UNSET,
        good: bool | Literal[0, 1] | Unset = UNSET,
        master: bool | Literal[0, 1] | Unset = UNSET,
        client: bool | Literal[0, 1] | Unset = UNSET,
        record: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_sale: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_receipt: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_consumable: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_stolen: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_move: bool | Literal[0, 1] | Unset = UNSET,
        finances_operation: bool | Literal[0, 1] | Unset = UNSET,
        self_sending: bool | Literal[0, 1] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> UpdateSettingsResult:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): location ID
            active (bool | Literal[0, 1]): 1 = notifications on, 0 = off
            urls (list[str]): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
            salon (bool | Literal[0, 1] | Unset): 1 = send location events, 0 = don't Example: 1.
            service_category (bool | Literal[0, 1] | Unset): 1 = send service category events, 0 =
                don't
            service (bool | Literal[0, 1] | Unset): 1 = send service events, 0 = don't Example: 1.
            good (bool | Literal[0, 1] | Unset): 1 = send product events, 0 = don't Example: 1.
            master (bool | Literal[0, 1] | Unset): 1 = send team member events, 0 = don't Example: 1.
            client (bool | Literal[0, 1] | Unset): 1 = send client events, 0 = don't Example: 1.
            record (bool | Literal[0, 1] | Unset): 1 = send appointment events, 0 = don't Example: 1.
            goods_operations_sale (bool | Literal[0, 1] | Unset): 1 = send product sale events, 0 =
                don't Example: 1.
            goods_operations_receipt (bool | Literal[0, 1] | Unset): 1 = send product arrival events,
                0 = don't Example: 1.
            goods_operations_consumable (bool | Literal[0, 1] | Unset): 1 = send consumable write-off
                events, 0 = don't Example: 1.
            goods_operations_stolen (bool | Literal[0, 1] | Unset): 1 = send product write-off events,
                0 = don't Example: 1.
            goods_operations_move (bool | Literal[0, 1] | Unset): 1 = send product movement events, 0
                = don't Example: 1.
            finances_operation (bool | Literal[0, 1] | Unset): 1 = send financial operation events, 0
                = don't Example: 1.
            self_sending (bool | Literal[0, 1] | Unset): 1 = the webhook owner also gets events caused
                by its own actions, 0 = it does not
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
            UpdateSettingsResult: The body of a 201 response (Created).
        """

        from ...models.update_settings_body import UpdateSettingsBody  # noqa: PLC0415
        from . import update_settings  # noqa: PLC0415 - loaded on first use

        body = UpdateSettingsBody(
            active=request_flag(active, "active"),
            urls=urls,
            salon=UNSET if isinstance(salon, Unset) else request_flag(salon, "salon"),
            service_category=UNSET
            if isinstance(service_category, Unset)
            else request_flag(service_category, "service_category"),
            service=UNSET if isinstance(service, Unset) else request_flag(service, "service"),
            good=UNSET if isinstance(good, Unset) else request_flag(good, "good"),
            master=UNSET if isinstance(master, Unset) else request_flag(master, "master"),
            client=UNSET if isinstance(client, Unset) else request_flag(client, "client"),
            record=UNSET if isinstance(record, Unset) else request_flag(record, "record"),
            goods_operations_sale=UNSET
            if isinstance(goods_operations_sale, Unset)
            else request_flag(goods_operations_sale, "goods_operations_sale"),
            goods_operations_receipt=UNSET
            if isinstance(goods_operations_receipt, Unset)
            else request_flag(goods_operations_receipt, "goods_operations_receipt"),
            goods_operations_consumable=UNSET
            if isinstance(goods_operations_consumable, Unset)
            else request_flag(goods_operations_consumable, "goods_operations_consumable"),
            goods_operations_stolen=UNSET
            if isinstance(goods_operations_stolen, Unset)
            else request_flag(goods_operations_stolen, "goods_operations_stolen"),
            goods_operations_move=UNSET
            if isinstance(goods_operations_move, Unset)
            else request_flag(goods_operations_move, "goods_operations_move"),
            finances_operation=UNSET
            if isinstance(finances_operation, Unset)
            else request_flag(finances_operation, "finances_operation"),
            self_sending=UNSET
            if isinstance(self_sending, Unset)
            else request_flag(self_sending, "self_sending"),
        )

        return await update_settings.asyncio(
            location_id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class WebhooksResourceWithRawResponse:
    """The webhooks operations, as `client.with_raw_response.webhooks` of an AltegioClient:
    Webhook settings and the event notifications Altegio sends.

    Methods: get_settings, update_settings.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[GetSettingsResult]:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): location ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetSettingsResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from . import get_settings  # noqa: PLC0415 - loaded on first use

        return get_settings.sync_detailed(
            location_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update_settings(
        self,
        location_id: int,
        *,
        active: bool | Literal[0, 1],
        urls: list[str],
        salon: bool | Literal[0, 1] | Unset = UNSET,
        service_category: bool | Literal[0, 1] | Unset = UNSET,
        service: bool | Literal[0, 1] | Unset = UNSET,
        good: bool | Literal[0, 1] | Unset = UNSET,
        master: bool | Literal[0, 1] | Unset = UNSET,
        client: bool | Literal[0, 1] | Unset = UNSET,
        record: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_sale: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_receipt: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_consumable: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_stolen: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_move: bool | Literal[0, 1] | Unset = UNSET,
        finances_operation: bool | Literal[0, 1] | Unset = UNSET,
        self_sending: bool | Literal[0, 1] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[UpdateSettingsResult]:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): location ID
            active (bool | Literal[0, 1]): 1 = notifications on, 0 = off
            urls (list[str]): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
            salon (bool | Literal[0, 1] | Unset): 1 = send location events, 0 = don't Example: 1.
            service_category (bool | Literal[0, 1] | Unset): 1 = send service category events, 0 =
                don't
            service (bool | Literal[0, 1] | Unset): 1 = send service events, 0 = don't Example: 1.
            good (bool | Literal[0, 1] | Unset): 1 = send product events, 0 = don't Example: 1.
            master (bool | Literal[0, 1] | Unset): 1 = send team member events, 0 = don't Example: 1.
            client (bool | Literal[0, 1] | Unset): 1 = send client events, 0 = don't Example: 1.
            record (bool | Literal[0, 1] | Unset): 1 = send appointment events, 0 = don't Example: 1.
            goods_operations_sale (bool | Literal[0, 1] | Unset): 1 = send product sale events, 0 =
                don't Example: 1.
            goods_operations_receipt (bool | Literal[0, 1] | Unset): 1 = send product arrival events,
                0 = don't Example: 1.
            goods_operations_consumable (bool | Literal[0, 1] | Unset): 1 = send consumable write-off
                events, 0 = don't Example: 1.
            goods_operations_stolen (bool | Literal[0, 1] | Unset): 1 = send product write-off events,
                0 = don't Example: 1.
            goods_operations_move (bool | Literal[0, 1] | Unset): 1 = send product movement events, 0
                = don't Example: 1.
            finances_operation (bool | Literal[0, 1] | Unset): 1 = send financial operation events, 0
                = don't Example: 1.
            self_sending (bool | Literal[0, 1] | Unset): 1 = the webhook owner also gets events caused
                by its own actions, 0 = it does not
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
            Response[UpdateSettingsResult]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 201 response (Created).
        """

        from ...models.update_settings_body import UpdateSettingsBody  # noqa: PLC0415
        from . import update_settings  # noqa: PLC0415 - loaded on first use

        body = UpdateSettingsBody(
            active=request_flag(active, "active"),
            urls=urls,
            salon=UNSET if isinstance(salon, Unset) else request_flag(salon, "salon"),
            service_category=UNSET
            if isinstance(service_category, Unset)
            else request_flag(service_category, "service_category"),
            service=UNSET if isinstance(service, Unset) else request_flag(service, "service"),
            good=UNSET if isinstance(good, Unset) else request_flag(good, "good"),
            master=UNSET if isinstance(master, Unset) else request_flag(master, "master"),
            client=UNSET if isinstance(client, Unset) else request_flag(client, "client"),
            record=UNSET if isinstance(record, Unset) else request_flag(record, "record"),
            goods_operations_sale=UNSET
            if isinstance(goods_operations_sale, Unset)
            else request_flag(goods_operations_sale, "goods_operations_sale"),
            goods_operations_receipt=UNSET
            if isinstance(goods_operations_receipt, Unset)
            else request_flag(goods_operations_receipt, "goods_operations_receipt"),
            goods_operations_consumable=UNSET
            if isinstance(goods_operations_consumable, Unset)
            else request_flag(goods_operations_consumable, "goods_operations_consumable"),
            goods_operations_stolen=UNSET
            if isinstance(goods_operations_stolen, Unset)
            else request_flag(goods_operations_stolen, "goods_operations_stolen"),
            goods_operations_move=UNSET
            if isinstance(goods_operations_move, Unset)
            else request_flag(goods_operations_move, "goods_operations_move"),
            finances_operation=UNSET
            if isinstance(finances_operation, Unset)
            else request_flag(finances_operation, "finances_operation"),
            self_sending=UNSET
            if isinstance(self_sending, Unset)
            else request_flag(self_sending, "self_sending"),
        )

        return update_settings.sync_detailed(
            location_id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncWebhooksResourceWithRawResponse:
    """The webhooks operations, as `client.with_raw_response.webhooks` of an AsyncAltegioClient
    (each method is a coroutine): Webhook settings and the event notifications Altegio
    sends.

    Methods: get_settings, update_settings.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[GetSettingsResult]:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): location ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.MissingUserTokenError: The client has no user token (nothing was sent).
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetSettingsResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from . import get_settings  # noqa: PLC0415 - loaded on first use

        return await get_settings.asyncio_detailed(
            location_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update_settings(
        self,
        location_id: int,
        *,
        active: bool | Literal[0, 1],
        urls: list[str],
        salon: bool | Literal[0, 1] | Unset = UNSET,
        service_category: bool | Literal[0, 1] | Unset = UNSET,
        service: bool | Literal[0, 1] | Unset = UNSET,
        good: bool | Literal[0, 1] | Unset = UNSET,
        master: bool | Literal[0, 1] | Unset = UNSET,
        client: bool | Literal[0, 1] | Unset = UNSET,
        record: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_sale: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_receipt: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_consumable: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_stolen: bool | Literal[0, 1] | Unset = UNSET,
        goods_operations_move: bool | Literal[0, 1] | Unset = UNSET,
        finances_operation: bool | Literal[0, 1] | Unset = UNSET,
        self_sending: bool | Literal[0, 1] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[UpdateSettingsResult]:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner + user (`Authorization: Bearer <partner_token>, User <user_token>`). A client
        without a user token raises errors.MissingUserTokenError before anything is sent.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): location ID
            active (bool | Literal[0, 1]): 1 = notifications on, 0 = off
            urls (list[str]): Destination URLs Example: ['https://dev.tools.test.com/test/Hooks'].
            salon (bool | Literal[0, 1] | Unset): 1 = send location events, 0 = don't Example: 1.
            service_category (bool | Literal[0, 1] | Unset): 1 = send service category events, 0 =
                don't
            service (bool | Literal[0, 1] | Unset): 1 = send service events, 0 = don't Example: 1.
            good (bool | Literal[0, 1] | Unset): 1 = send product events, 0 = don't Example: 1.
            master (bool | Literal[0, 1] | Unset): 1 = send team member events, 0 = don't Example: 1.
            client (bool | Literal[0, 1] | Unset): 1 = send client events, 0 = don't Example: 1.
            record (bool | Literal[0, 1] | Unset): 1 = send appointment events, 0 = don't Example: 1.
            goods_operations_sale (bool | Literal[0, 1] | Unset): 1 = send product sale events, 0 =
                don't Example: 1.
            goods_operations_receipt (bool | Literal[0, 1] | Unset): 1 = send product arrival events,
                0 = don't Example: 1.
            goods_operations_consumable (bool | Literal[0, 1] | Unset): 1 = send consumable write-off
                events, 0 = don't Example: 1.
            goods_operations_stolen (bool | Literal[0, 1] | Unset): 1 = send product write-off events,
                0 = don't Example: 1.
            goods_operations_move (bool | Literal[0, 1] | Unset): 1 = send product movement events, 0
                = don't Example: 1.
            finances_operation (bool | Literal[0, 1] | Unset): 1 = send financial operation events, 0
                = don't Example: 1.
            self_sending (bool | Literal[0, 1] | Unset): 1 = the webhook owner also gets events caused
                by its own actions, 0 = it does not
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
            Response[UpdateSettingsResult]: The response (status_code, headers, content) with the
                model as `parsed`: the body of a 201 response (Created).
        """

        from ...models.update_settings_body import UpdateSettingsBody  # noqa: PLC0415
        from . import update_settings  # noqa: PLC0415 - loaded on first use

        body = UpdateSettingsBody(
            active=request_flag(active, "active"),
            urls=urls,
            salon=UNSET if isinstance(salon, Unset) else request_flag(salon, "salon"),
            service_category=UNSET
            if isinstance(service_category, Unset)
            else request_flag(service_category, "service_category"),
            service=UNSET if isinstance(service, Unset) else request_flag(service, "service"),
            good=UNSET if isinstance(good, Unset) else request_flag(good, "good"),
            master=UNSET if isinstance(master, Unset) else request_flag(master, "master"),
            client=UNSET if isinstance(client, Unset) else request_flag(client, "client"),
            record=UNSET if isinstance(record, Unset) else request_flag(record, "record"),
            goods_operations_sale=UNSET
            if isinstance(goods_operations_sale, Unset)
            else request_flag(goods_operations_sale, "goods_operations_sale"),
            goods_operations_receipt=UNSET
            if isinstance(goods_operations_receipt, Unset)
            else request_flag(goods_operations_receipt, "goods_operations_receipt"),
            goods_operations_consumable=UNSET
            if isinstance(goods_operations_consumable, Unset)
            else request_flag(goods_operations_consumable, "goods_operations_consumable"),
            goods_operations_stolen=UNSET
            if isinstance(goods_operations_stolen, Unset)
            else request_flag(goods_operations_stolen, "goods_operations_stolen"),
            goods_operations_move=UNSET
            if isinstance(goods_operations_move, Unset)
            else request_flag(goods_operations_move, "goods_operations_move"),
            finances_operation=UNSET
            if isinstance(finances_operation, Unset)
            else request_flag(finances_operation, "finances_operation"),
            self_sending=UNSET
            if isinstance(self_sending, Unset)
            else request_flag(self_sending, "self_sending"),
        )

        return await update_settings.asyncio_detailed(
            location_id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
