"""Voip operations: one method per operation of the tag, named by its operationId."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.field_401_unauthorized_response import Field401UnauthorizedResponse
    from ...models.field_403_forbidden_response import Field403ForbiddenResponse
    from ...models.field_404_not_found_response import Field404NotFoundResponse
    from ...models.handle_voip_integration_event_response_202 import (
        HandleVoipIntegrationEventResponse202,
    )
    from ...models.list_voip_calls_body import ListVoipCallsBody
    from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
    from ...models.vo_ip_call_event import VoIPCallEvent
    from ...models.vo_ip_call_history import VoIPCallHistory
    from ...models.vo_ip_setup_command import VoIPSetupCommand
    from ...types import Response


class VoipResource:
    """voip operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def handle_voip_integration_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> HandleVoipIntegrationEventResponse202:
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

        Args:
            body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            HandleVoipIntegrationEventResponse202
        """

        from . import handle_voip_integration_event  # noqa: PLC0415 - loaded on first use

        return handle_voip_integration_event.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListVoipCallsResponse200:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Args:
            body (ListVoipCallsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListVoipCallsResponse200
        """

        from . import list_voip_calls  # noqa: PLC0415 - loaded on first use

        return list_voip_calls.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncVoipResource:
    """voip operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def handle_voip_integration_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> HandleVoipIntegrationEventResponse202:
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

        Args:
            body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            HandleVoipIntegrationEventResponse202
        """

        from . import handle_voip_integration_event  # noqa: PLC0415 - loaded on first use

        return await handle_voip_integration_event.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListVoipCallsResponse200:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Args:
            body (ListVoipCallsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListVoipCallsResponse200
        """

        from . import list_voip_calls  # noqa: PLC0415 - loaded on first use

        return await list_voip_calls.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class VoipResourceWithRawResponse:
    """voip operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def handle_voip_integration_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[HandleVoipIntegrationEventResponse202]:
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

        Args:
            body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[HandleVoipIntegrationEventResponse202]
        """

        from . import handle_voip_integration_event  # noqa: PLC0415 - loaded on first use

        return handle_voip_integration_event.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListVoipCallsResponse200]:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Args:
            body (ListVoipCallsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListVoipCallsResponse200]
        """

        from . import list_voip_calls  # noqa: PLC0415 - loaded on first use

        return list_voip_calls.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncVoipResourceWithRawResponse:
    """voip operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def handle_voip_integration_event(
        self,
        *,
        body: VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[HandleVoipIntegrationEventResponse202]:
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

        Args:
            body (VoIPCallEvent | VoIPCallHistory | VoIPSetupCommand):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[HandleVoipIntegrationEventResponse202]
        """

        from . import handle_voip_integration_event  # noqa: PLC0415 - loaded on first use

        return await handle_voip_integration_event.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_voip_calls(
        self,
        *,
        body: ListVoipCallsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListVoipCallsResponse200]:
        """Get Location's Call List

        Lists the calls of a location, filtered and paginated.

        `GET /voip/integration/calls`

        Args:
            body (ListVoipCallsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListVoipCallsResponse200]
        """

        from . import list_voip_calls  # noqa: PLC0415 - loaded on first use

        return await list_voip_calls.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
