"""Webhooks operations: one method per operation of the tag, named by its operationId."""

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
    from ...models.get_event_notification_settings_response_200 import (
        GetEventNotificationSettingsResponse200,
    )
    from ...models.update_event_notification_settings_body import (
        UpdateEventNotificationSettingsBody,
    )
    from ...models.update_event_notification_settings_response_201 import (
        UpdateEventNotificationSettingsResponse201,
    )
    from ...types import Response


class WebhooksResource:
    """webhooks operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_event_notification_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetEventNotificationSettingsResponse200:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Args:
            location_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetEventNotificationSettingsResponse200
        """

        from . import get_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return get_event_notification_settings.sync(
            location_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateEventNotificationSettingsResponse201:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Args:
            location_id (int):
            body (UpdateEventNotificationSettingsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UpdateEventNotificationSettingsResponse201
        """

        from . import update_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return update_event_notification_settings.sync(
            location_id,
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncWebhooksResource:
    """webhooks operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_event_notification_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetEventNotificationSettingsResponse200:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Args:
            location_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetEventNotificationSettingsResponse200
        """

        from . import get_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return await get_event_notification_settings.asyncio(
            location_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateEventNotificationSettingsResponse201:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Args:
            location_id (int):
            body (UpdateEventNotificationSettingsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UpdateEventNotificationSettingsResponse201
        """

        from . import update_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return await update_event_notification_settings.asyncio(
            location_id,
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class WebhooksResourceWithRawResponse:
    """webhooks operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_event_notification_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetEventNotificationSettingsResponse200]:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Args:
            location_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetEventNotificationSettingsResponse200]
        """

        from . import get_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return get_event_notification_settings.sync_detailed(
            location_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UpdateEventNotificationSettingsResponse201]:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Args:
            location_id (int):
            body (UpdateEventNotificationSettingsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UpdateEventNotificationSettingsResponse201]
        """

        from . import update_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return update_event_notification_settings.sync_detailed(
            location_id,
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncWebhooksResourceWithRawResponse:
    """webhooks operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_event_notification_settings(
        self,
        location_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetEventNotificationSettingsResponse200]:
        """Get event notification settings

        Returns the webhook URLs and per-entity event switches of a location.

        `GET /hooks_settings/{location_id}`

        Args:
            location_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetEventNotificationSettingsResponse200]
        """

        from . import get_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return await get_event_notification_settings.asyncio_detailed(
            location_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UpdateEventNotificationSettingsResponse201]:
        """Change Event Notification Settings

        Replaces the webhook URLs and per-entity event switches of a location.

        `POST /hooks_settings/{location_id}`

        Args:
            location_id (int):
            body (UpdateEventNotificationSettingsBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UpdateEventNotificationSettingsResponse201]
        """

        from . import update_event_notification_settings  # noqa: PLC0415 - loaded on first use

        return await update_event_notification_settings.asyncio_detailed(
            location_id,
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
