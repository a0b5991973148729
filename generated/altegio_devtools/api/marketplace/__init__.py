"""Marketplace operations: one method per operation of the tag, named in overrides/names.yaml.

A request body's fields are the method's keyword arguments."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.channel_slug import ChannelSlug
    from ...models.field_400_bad_request_response import Field400BadRequestResponse
    from ...models.field_401_unauthorized_response import Field401UnauthorizedResponse
    from ...models.field_403_forbidden_response import Field403ForbiddenResponse
    from ...models.field_404_not_found_response import Field404NotFoundResponse
    from ...models.field_422_unprocessable_entity_response import (
        Field422UnprocessableEntityResponse,
    )
    from ...models.get_payment_link_response_200 import GetPaymentLinkResponse200
    from ...models.get_status_response_200 import GetStatusResponse200
    from ...models.install_redirect_response_200 import InstallRedirectResponse200
    from ...models.install_settings import InstallSettings
    from ...models.lifecycle_event_kind import LifecycleEventKind
    from ...models.list_tariffs_response_200 import ListTariffsResponse200
    from ...models.locations_page import LocationsPage
    from ...models.notify_payment_body import NotifyPaymentBody
    from ...models.notify_payment_response_200 import NotifyPaymentResponse200
    from ...models.partner_error_plain import PartnerErrorPlain
    from ...models.send_lifecycle_event_body import SendLifecycleEventBody
    from ...models.set_discount_body import SetDiscountBody
    from ...models.set_discount_response_200 import SetDiscountResponse200
    from ...models.set_discount_response_403 import SetDiscountResponse403
    from ...models.set_discount_response_404 import SetDiscountResponse404
    from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody
    from ...models.uninstall_response_200 import UninstallResponse200
    from ...models.update_channel_body import UpdateChannelBody
    from ...models.update_channel_response_200 import UpdateChannelResponse200
    from ...models.update_channel_response_422 import UpdateChannelResponse422
    from ...types import UNSET, Response, Unset


class MarketplaceResource:
    """marketplace operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LocationsPage:
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
            LocationsPage
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return list_locations.sync(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListTariffsResponse200:
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
            ListTariffsResponse200
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return list_tariffs.sync(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDiscountResponse200:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float): Discount value (percent or fixed amount, depending on configuration)
                Example: 15.54.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            SetDiscountResponse200
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
        )

        return set_discount.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetPaymentLinkResponse200:
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
            GetPaymentLinkResponse200
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return get_payment_link.sync(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateChannelResponse200:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug): Channel whose availability changes Example: sms.
            is_available (bool): Whether the channel is available Example: True.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UpdateChannelResponse200
        """

        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
        )

        return update_channel.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetStatusResponse200:
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
            GetStatusResponse200
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return get_status.sync(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UninstallResponse200:
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
            UninstallResponse200
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return uninstall.sync(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def install(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def install_redirect(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InstallRedirectResponse200 | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            InstallRedirectResponse200 | None
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install_redirect.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NotifyPaymentResponse200:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            NotifyPaymentResponse200
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        return notify_payment.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def refund_payment(
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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return refund_payment.sync(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=salon_id,
            application_id=application_id,
            short_names=short_names,
        )

        return set_sms_sender_names.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def send_lifecycle_event(
        self,
        *,
        salon_id: int,
        application_id: int,
        event: LifecycleEventKind,
        partner_token: str,
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
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            event (LifecycleEventKind): Event slug
            partner_token (str): The developer's bearer token, so the receiver can check where the
                call came from Example: yasdfkjah2328aj.
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

        from ...models.send_lifecycle_event_body import SendLifecycleEventBody  # noqa: PLC0415
        from . import send_lifecycle_event  # noqa: PLC0415 - loaded on first use

        body = SendLifecycleEventBody(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )

        return send_lifecycle_event.sync(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncMarketplaceResource:
    """marketplace operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LocationsPage:
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
            LocationsPage
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return await list_locations.asyncio(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListTariffsResponse200:
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
            ListTariffsResponse200
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return await list_tariffs.asyncio(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetDiscountResponse200:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float): Discount value (percent or fixed amount, depending on configuration)
                Example: 15.54.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            SetDiscountResponse200
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
        )

        return await set_discount.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetPaymentLinkResponse200:
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
            GetPaymentLinkResponse200
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return await get_payment_link.asyncio(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateChannelResponse200:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug): Channel whose availability changes Example: sms.
            is_available (bool): Whether the channel is available Example: True.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UpdateChannelResponse200
        """

        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
        )

        return await update_channel.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetStatusResponse200:
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
            GetStatusResponse200
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return await get_status.asyncio(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UninstallResponse200:
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
            UninstallResponse200
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return await uninstall.asyncio(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def install(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def install_redirect(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InstallRedirectResponse200 | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            InstallRedirectResponse200 | None
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install_redirect.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NotifyPaymentResponse200:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            NotifyPaymentResponse200
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        return await notify_payment.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def refund_payment(
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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return await refund_payment.asyncio(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=salon_id,
            application_id=application_id,
            short_names=short_names,
        )

        return await set_sms_sender_names.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def send_lifecycle_event(
        self,
        *,
        salon_id: int,
        application_id: int,
        event: LifecycleEventKind,
        partner_token: str,
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
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            event (LifecycleEventKind): Event slug
            partner_token (str): The developer's bearer token, so the receiver can check where the
                call came from Example: yasdfkjah2328aj.
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

        from ...models.send_lifecycle_event_body import SendLifecycleEventBody  # noqa: PLC0415
        from . import send_lifecycle_event  # noqa: PLC0415 - loaded on first use

        body = SendLifecycleEventBody(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )

        return await send_lifecycle_event.asyncio(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class MarketplaceResourceWithRawResponse:
    """marketplace operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[LocationsPage]:
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
            Response[LocationsPage]
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return list_locations.sync_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListTariffsResponse200]:
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
            Response[ListTariffsResponse200]
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return list_tariffs.sync_detailed(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[SetDiscountResponse200]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float): Discount value (percent or fixed amount, depending on configuration)
                Example: 15.54.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[SetDiscountResponse200]
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
        )

        return set_discount.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetPaymentLinkResponse200]:
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
            Response[GetPaymentLinkResponse200]
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return get_payment_link.sync_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UpdateChannelResponse200]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug): Channel whose availability changes Example: sms.
            is_available (bool): Whether the channel is available Example: True.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UpdateChannelResponse200]
        """

        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
        )

        return update_channel.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetStatusResponse200]:
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
            Response[GetStatusResponse200]
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return get_status.sync_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UninstallResponse200]:
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
            Response[UninstallResponse200]
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return uninstall.sync_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def install(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def install_redirect(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[InstallRedirectResponse200 | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[InstallRedirectResponse200 | None]
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install_redirect.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[NotifyPaymentResponse200]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[NotifyPaymentResponse200]
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        return notify_payment.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def refund_payment(
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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return refund_payment.sync_detailed(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=salon_id,
            application_id=application_id,
            short_names=short_names,
        )

        return set_sms_sender_names.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def send_lifecycle_event(
        self,
        *,
        salon_id: int,
        application_id: int,
        event: LifecycleEventKind,
        partner_token: str,
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
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            event (LifecycleEventKind): Event slug
            partner_token (str): The developer's bearer token, so the receiver can check where the
                call came from Example: yasdfkjah2328aj.
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

        from ...models.send_lifecycle_event_body import SendLifecycleEventBody  # noqa: PLC0415
        from . import send_lifecycle_event  # noqa: PLC0415 - loaded on first use

        body = SendLifecycleEventBody(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )

        return send_lifecycle_event.sync_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncMarketplaceResourceWithRawResponse:
    """marketplace operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[LocationsPage]:
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
            Response[LocationsPage]
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return await list_locations.asyncio_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListTariffsResponse200]:
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
            Response[ListTariffsResponse200]
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return await list_tariffs.asyncio_detailed(
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[SetDiscountResponse200]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float): Discount value (percent or fixed amount, depending on configuration)
                Example: 15.54.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[SetDiscountResponse200]
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
        )

        return await set_discount.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetPaymentLinkResponse200]:
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
            Response[GetPaymentLinkResponse200]
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return await get_payment_link.asyncio_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UpdateChannelResponse200]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug): Channel whose availability changes Example: sms.
            is_available (bool): Whether the channel is available Example: True.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UpdateChannelResponse200]
        """

        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
        )

        return await update_channel.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetStatusResponse200]:
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
            Response[GetStatusResponse200]
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return await get_status.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UninstallResponse200]:
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
            Response[UninstallResponse200]
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return await uninstall.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def install(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def install_redirect(
        self,
        *,
        salon_id: int,
        application_id: int,
        api_key: str | Unset = UNSET,
        webhook_urls: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[InstallRedirectResponse200 | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[InstallRedirectResponse200 | None]
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install_redirect.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[NotifyPaymentResponse200]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[NotifyPaymentResponse200]
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=salon_id,
            currency_iso=currency_iso,
            application_id=application_id,
            payment_sum=payment_sum,
            payment_date=payment_date,
            period_from=period_from,
            period_to=period_to,
        )

        return await notify_payment.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def refund_payment(
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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return await refund_payment.asyncio_detailed(
            payment_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=salon_id,
            application_id=application_id,
            short_names=short_names,
        )

        return await set_sms_sender_names.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def send_lifecycle_event(
        self,
        *,
        salon_id: int,
        application_id: int,
        event: LifecycleEventKind,
        partner_token: str,
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
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            event (LifecycleEventKind): Event slug
            partner_token (str): The developer's bearer token, so the receiver can check where the
                call came from Example: yasdfkjah2328aj.
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

        from ...models.send_lifecycle_event_body import SendLifecycleEventBody  # noqa: PLC0415
        from . import send_lifecycle_event  # noqa: PLC0415 - loaded on first use

        body = SendLifecycleEventBody(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
        )

        return await send_lifecycle_event.asyncio_detailed(
            body=body,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
