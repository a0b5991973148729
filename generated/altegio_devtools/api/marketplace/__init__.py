"""Marketplace operations: one method per operation of the tag, named by its operationId."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.field_400_bad_request_response import Field400BadRequestResponse
    from ...models.field_401_unauthorized_response import Field401UnauthorizedResponse
    from ...models.field_403_forbidden_response import Field403ForbiddenResponse
    from ...models.field_404_not_found_response import Field404NotFoundResponse
    from ...models.field_422_unprocessable_entity_response import (
        Field422UnprocessableEntityResponse,
    )
    from ...models.get_marketplace_integration_status_response_200 import (
        GetMarketplaceIntegrationStatusResponse200,
    )
    from ...models.list_marketplace_app_locations_response_200 import (
        ListMarketplaceAppLocationsResponse200,
    )
    from ...models.marketplace_notification_payment_callback_body import (
        MarketplaceNotificationPaymentCallbackBody,
    )
    from ...models.marketplace_notification_payment_callback_response_200 import (
        MarketplaceNotificationPaymentCallbackResponse200,
    )
    from ...models.marketplace_notification_settings_redirect_callback_response_200 import (
        MarketplaceNotificationSettingsRedirectCallbackResponse200,
    )
    from ...models.marketplace_partner_application_add_discount_body import (
        MarketplacePartnerApplicationAddDiscountBody,
    )
    from ...models.marketplace_partner_application_add_discount_response_200 import (
        MarketplacePartnerApplicationAddDiscountResponse200,
    )
    from ...models.marketplace_partner_application_add_discount_response_403 import (
        MarketplacePartnerApplicationAddDiscountResponse403,
    )
    from ...models.marketplace_partner_application_add_discount_response_404 import (
        MarketplacePartnerApplicationAddDiscountResponse404,
    )
    from ...models.marketplace_partner_application_payment_link_response_200 import (
        MarketplacePartnerApplicationPaymentLinkResponse200,
    )
    from ...models.marketplace_partner_applications_tariffs_list_response_200 import (
        MarketplacePartnerApplicationsTariffsListResponse200,
    )
    from ...models.marketplace_partner_applications_update_channel_body import (
        MarketplacePartnerApplicationsUpdateChannelBody,
    )
    from ...models.marketplace_partner_applications_update_channel_response_200 import (
        MarketplacePartnerApplicationsUpdateChannelResponse200,
    )
    from ...models.marketplace_partner_applications_update_channel_response_422 import (
        MarketplacePartnerApplicationsUpdateChannelResponse422,
    )
    from ...models.marketplace_partner_settings import MarketplacePartnerSettings
    from ...models.marketplace_webhook_body import MarketplaceWebhookBody
    from ...models.partner_error_plain import PartnerErrorPlain
    from ...models.set_marketplace_notification_short_names_body import (
        SetMarketplaceNotificationShortNamesBody,
    )
    from ...models.uninstall_marketplace_app_response_200 import UninstallMarketplaceAppResponse200
    from ...types import UNSET, Response, Unset


class MarketplaceResource:
    """marketplace operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMarketplaceAppLocationsResponse200:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Args:
            application_id (int):
            page (int):
            count (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListMarketplaceAppLocationsResponse200
        """

        from . import list_marketplace_app_locations  # noqa: PLC0415 - loaded on first use

        return list_marketplace_app_locations.sync(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationsTariffsListResponse200:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Args:
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationsTariffsListResponse200
        """

        from . import marketplace_partner_applications_tariffs_list  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_applications_tariffs_list.sync(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationAddDiscountResponse200:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            body (MarketplacePartnerApplicationAddDiscountBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationAddDiscountResponse200
        """

        from . import marketplace_partner_application_add_discount  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_application_add_discount.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationPaymentLinkResponse200:
        """Generate payment link

        Builds a link where the location can pay for the application through Altegio. Marketplace partners
        only.

        `GET /marketplace/application/payment_link`

        Args:
            salon_id (int):
            application_id (int):
            discount (float | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationPaymentLinkResponse200
        """

        from . import marketplace_partner_application_payment_link  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_application_payment_link.sync(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            body (MarketplacePartnerApplicationsUpdateChannelBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationsUpdateChannelResponse200
        """

        from . import marketplace_partner_applications_update_channel  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_applications_update_channel.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetMarketplaceIntegrationStatusResponse200:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetMarketplaceIntegrationStatusResponse200
        """

        from . import get_marketplace_integration_status  # noqa: PLC0415 - loaded on first use

        return get_marketplace_integration_status.sync(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UninstallMarketplaceAppResponse200:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UninstallMarketplaceAppResponse200
        """

        from . import uninstall_marketplace_app  # noqa: PLC0415 - loaded on first use

        return uninstall_marketplace_app.sync(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_notification_settings_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_settings_callback.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplaceNotificationSettingsRedirectCallbackResponse200 | None
        """

        from . import marketplace_notification_settings_redirect_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_settings_redirect_callback.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplaceNotificationPaymentCallbackResponse200:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            body (MarketplaceNotificationPaymentCallbackBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplaceNotificationPaymentCallbackResponse200
        """

        from . import marketplace_notification_payment_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_payment_callback.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Chargeback Notice

        Tells Altegio that an earlier reported payment was charged back / refunded.

        `POST /marketplace/partner/payment/refund/{payment_id}`

        Args:
            payment_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_payment_refund_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_payment_refund_callback.sync(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            body (SetMarketplaceNotificationShortNamesBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import set_marketplace_notification_short_names  # noqa: PLC0415 - loaded on first use

        return set_marketplace_notification_short_names.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_webhook(
        self,
        *,
        body: MarketplaceWebhookBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Webhook from Altegio About Application Events

        Not a callable endpoint. Documents the notification Altegio sends to the partner
        when the application-location link changes:
        * uninstall - the application was switched off on the Altegio side;
        * freeze - the integration was frozen because the paid period ran out.

        The receiving URL is set in the Altegio Developer Account.

        `POST /marketplace_webhook`

        Args:
            body (MarketplaceWebhookBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_webhook  # noqa: PLC0415 - loaded on first use

        return marketplace_webhook.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncMarketplaceResource:
    """marketplace operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMarketplaceAppLocationsResponse200:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Args:
            application_id (int):
            page (int):
            count (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            ListMarketplaceAppLocationsResponse200
        """

        from . import list_marketplace_app_locations  # noqa: PLC0415 - loaded on first use

        return await list_marketplace_app_locations.asyncio(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationsTariffsListResponse200:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Args:
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationsTariffsListResponse200
        """

        from . import marketplace_partner_applications_tariffs_list  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_applications_tariffs_list.asyncio(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationAddDiscountResponse200:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            body (MarketplacePartnerApplicationAddDiscountBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationAddDiscountResponse200
        """

        from . import marketplace_partner_application_add_discount  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_application_add_discount.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationPaymentLinkResponse200:
        """Generate payment link

        Builds a link where the location can pay for the application through Altegio. Marketplace partners
        only.

        `GET /marketplace/application/payment_link`

        Args:
            salon_id (int):
            application_id (int):
            discount (float | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationPaymentLinkResponse200
        """

        from . import marketplace_partner_application_payment_link  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_application_payment_link.asyncio(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            body (MarketplacePartnerApplicationsUpdateChannelBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplacePartnerApplicationsUpdateChannelResponse200
        """

        from . import marketplace_partner_applications_update_channel  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_applications_update_channel.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetMarketplaceIntegrationStatusResponse200:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetMarketplaceIntegrationStatusResponse200
        """

        from . import get_marketplace_integration_status  # noqa: PLC0415 - loaded on first use

        return await get_marketplace_integration_status.asyncio(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UninstallMarketplaceAppResponse200:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UninstallMarketplaceAppResponse200
        """

        from . import uninstall_marketplace_app  # noqa: PLC0415 - loaded on first use

        return await uninstall_marketplace_app.asyncio(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_notification_settings_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_settings_callback.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplaceNotificationSettingsRedirectCallbackResponse200 | None
        """

        from . import marketplace_notification_settings_redirect_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_settings_redirect_callback.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MarketplaceNotificationPaymentCallbackResponse200:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            body (MarketplaceNotificationPaymentCallbackBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            MarketplaceNotificationPaymentCallbackResponse200
        """

        from . import marketplace_notification_payment_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_payment_callback.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Chargeback Notice

        Tells Altegio that an earlier reported payment was charged back / refunded.

        `POST /marketplace/partner/payment/refund/{payment_id}`

        Args:
            payment_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_payment_refund_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_payment_refund_callback.asyncio(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            body (SetMarketplaceNotificationShortNamesBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import set_marketplace_notification_short_names  # noqa: PLC0415 - loaded on first use

        return await set_marketplace_notification_short_names.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_webhook(
        self,
        *,
        body: MarketplaceWebhookBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Webhook from Altegio About Application Events

        Not a callable endpoint. Documents the notification Altegio sends to the partner
        when the application-location link changes:
        * uninstall - the application was switched off on the Altegio side;
        * freeze - the integration was frozen because the paid period ran out.

        The receiving URL is set in the Altegio Developer Account.

        `POST /marketplace_webhook`

        Args:
            body (MarketplaceWebhookBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None
        """

        from . import marketplace_webhook  # noqa: PLC0415 - loaded on first use

        return await marketplace_webhook.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class MarketplaceResourceWithRawResponse:
    """marketplace operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListMarketplaceAppLocationsResponse200]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Args:
            application_id (int):
            page (int):
            count (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListMarketplaceAppLocationsResponse200]
        """

        from . import list_marketplace_app_locations  # noqa: PLC0415 - loaded on first use

        return list_marketplace_app_locations.sync_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationsTariffsListResponse200]:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Args:
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationsTariffsListResponse200]
        """

        from . import marketplace_partner_applications_tariffs_list  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_applications_tariffs_list.sync_detailed(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            body (MarketplacePartnerApplicationAddDiscountBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationAddDiscountResponse200]
        """

        from . import marketplace_partner_application_add_discount  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_application_add_discount.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200]:
        """Generate payment link

        Builds a link where the location can pay for the application through Altegio. Marketplace partners
        only.

        `GET /marketplace/application/payment_link`

        Args:
            salon_id (int):
            application_id (int):
            discount (float | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationPaymentLinkResponse200]
        """

        from . import marketplace_partner_application_payment_link  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_application_payment_link.sync_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            body (MarketplacePartnerApplicationsUpdateChannelBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationsUpdateChannelResponse200]
        """

        from . import marketplace_partner_applications_update_channel  # noqa: PLC0415 - loaded on first use

        return marketplace_partner_applications_update_channel.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetMarketplaceIntegrationStatusResponse200]:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetMarketplaceIntegrationStatusResponse200]
        """

        from . import get_marketplace_integration_status  # noqa: PLC0415 - loaded on first use

        return get_marketplace_integration_status.sync_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UninstallMarketplaceAppResponse200]:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UninstallMarketplaceAppResponse200]
        """

        from . import uninstall_marketplace_app  # noqa: PLC0415 - loaded on first use

        return uninstall_marketplace_app.sync_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_notification_settings_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_settings_callback.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplaceNotificationSettingsRedirectCallbackResponse200 | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplaceNotificationSettingsRedirectCallbackResponse200 | None]
        """

        from . import marketplace_notification_settings_redirect_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_settings_redirect_callback.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            body (MarketplaceNotificationPaymentCallbackBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplaceNotificationPaymentCallbackResponse200]
        """

        from . import marketplace_notification_payment_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_notification_payment_callback.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Chargeback Notice

        Tells Altegio that an earlier reported payment was charged back / refunded.

        `POST /marketplace/partner/payment/refund/{payment_id}`

        Args:
            payment_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_payment_refund_callback  # noqa: PLC0415 - loaded on first use

        return marketplace_payment_refund_callback.sync_detailed(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            body (SetMarketplaceNotificationShortNamesBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import set_marketplace_notification_short_names  # noqa: PLC0415 - loaded on first use

        return set_marketplace_notification_short_names.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def marketplace_webhook(
        self,
        *,
        body: MarketplaceWebhookBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Webhook from Altegio About Application Events

        Not a callable endpoint. Documents the notification Altegio sends to the partner
        when the application-location link changes:
        * uninstall - the application was switched off on the Altegio side;
        * freeze - the integration was frozen because the paid period ran out.

        The receiving URL is set in the Altegio Developer Account.

        `POST /marketplace_webhook`

        Args:
            body (MarketplaceWebhookBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_webhook  # noqa: PLC0415 - loaded on first use

        return marketplace_webhook.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncMarketplaceResourceWithRawResponse:
    """marketplace operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListMarketplaceAppLocationsResponse200]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Args:
            application_id (int):
            page (int):
            count (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[ListMarketplaceAppLocationsResponse200]
        """

        from . import list_marketplace_app_locations  # noqa: PLC0415 - loaded on first use

        return await list_marketplace_app_locations.asyncio_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationsTariffsListResponse200]:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Args:
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationsTariffsListResponse200]
        """

        from . import marketplace_partner_applications_tariffs_list  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_applications_tariffs_list.asyncio_detailed(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            body (MarketplacePartnerApplicationAddDiscountBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationAddDiscountResponse200]
        """

        from . import marketplace_partner_application_add_discount  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_application_add_discount.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200]:
        """Generate payment link

        Builds a link where the location can pay for the application through Altegio. Marketplace partners
        only.

        `GET /marketplace/application/payment_link`

        Args:
            salon_id (int):
            application_id (int):
            discount (float | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationPaymentLinkResponse200]
        """

        from . import marketplace_partner_application_payment_link  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_application_payment_link.asyncio_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            body (MarketplacePartnerApplicationsUpdateChannelBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplacePartnerApplicationsUpdateChannelResponse200]
        """

        from . import marketplace_partner_applications_update_channel  # noqa: PLC0415 - loaded on first use

        return await marketplace_partner_applications_update_channel.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetMarketplaceIntegrationStatusResponse200]:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetMarketplaceIntegrationStatusResponse200]
        """

        from . import get_marketplace_integration_status  # noqa: PLC0415 - loaded on first use

        return await get_marketplace_integration_status.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UninstallMarketplaceAppResponse200]:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Args:
            location_id (int):
            application_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UninstallMarketplaceAppResponse200]
        """

        from . import uninstall_marketplace_app  # noqa: PLC0415 - loaded on first use

        return await uninstall_marketplace_app.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_notification_settings_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_settings_callback.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplacePartnerSettings,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplaceNotificationSettingsRedirectCallbackResponse200 | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            body (MarketplacePartnerSettings):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplaceNotificationSettingsRedirectCallbackResponse200 | None]
        """

        from . import marketplace_notification_settings_redirect_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_settings_redirect_callback.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            body (MarketplaceNotificationPaymentCallbackBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[MarketplaceNotificationPaymentCallbackResponse200]
        """

        from . import marketplace_notification_payment_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_notification_payment_callback.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Chargeback Notice

        Tells Altegio that an earlier reported payment was charged back / refunded.

        `POST /marketplace/partner/payment/refund/{payment_id}`

        Args:
            payment_id (int):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_payment_refund_callback  # noqa: PLC0415 - loaded on first use

        return await marketplace_payment_refund_callback.asyncio_detailed(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            body (SetMarketplaceNotificationShortNamesBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import set_marketplace_notification_short_names  # noqa: PLC0415 - loaded on first use

        return await set_marketplace_notification_short_names.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def marketplace_webhook(
        self,
        *,
        body: MarketplaceWebhookBody,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Webhook from Altegio About Application Events

        Not a callable endpoint. Documents the notification Altegio sends to the partner
        when the application-location link changes:
        * uninstall - the application was switched off on the Altegio side;
        * freeze - the integration was frozen because the paid period ran out.

        The receiving URL is set in the Altegio Developer Account.

        `POST /marketplace_webhook`

        Args:
            body (MarketplaceWebhookBody):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[None]
        """

        from . import marketplace_webhook  # noqa: PLC0415 - loaded on first use

        return await marketplace_webhook.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
