"""Marketplace operations: client.marketplace.<method>(...), one method per operation of the tag.

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
    from ...models.bad_request_error_body import BadRequestErrorBody
    from ...models.channel_slug import ChannelSlug
    from ...models.forbidden_error_body import ForbiddenErrorBody
    from ...models.get_payment_link_result import GetPaymentLinkResult
    from ...models.get_status_result import GetStatusResult
    from ...models.install_redirect_result import InstallRedirectResult
    from ...models.install_settings import InstallSettings
    from ...models.location import Location
    from ...models.location_list import LocationList
    from ...models.not_found_error_body import NotFoundErrorBody
    from ...models.notify_payment_body import NotifyPaymentBody
    from ...models.notify_payment_result import NotifyPaymentResult
    from ...models.partner_error_plain import PartnerErrorPlain
    from ...models.set_discount_body import SetDiscountBody
    from ...models.set_discount_forbidden_error_body import SetDiscountForbiddenErrorBody
    from ...models.set_discount_not_found_error_body import SetDiscountNotFoundErrorBody
    from ...models.set_discount_result import SetDiscountResult
    from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody
    from ...models.tariff_list import TariffList
    from ...models.unauthorized_error_body import UnauthorizedErrorBody
    from ...models.uninstall_result import UninstallResult
    from ...models.update_channel_body import UpdateChannelBody
    from ...models.update_channel_result import UpdateChannelResult
    from ...models.update_channel_validation_error_body import UpdateChannelValidationErrorBody
    from ...models.validation_error_body import ValidationErrorBody
    from ...pagination import AsyncPage, Page
    from ...types import UNSET, Body, Headers, Query, Response, Unset


class MarketplaceResource:
    """The marketplace operations, as `client.marketplace` of an AltegioClient: Marketplace
    applications - installation, billing and status.

    Methods: list_locations, list_tariffs, set_discount, get_payment_link, update_channel,
    get_status, uninstall, install, install_redirect, notify_payment, refund_payment,
    set_sms_sender_names.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_locations(
        self,
        application_id: int,
        *,
        page: int = 1,
        count: int = 1000,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Page[Location, LocationList]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID
            page (int): Page number Default: 1.
            count (int): Items per page Default: 1000.
            max_pages (int): Full pages read before iterating the result raises errors.PaginationError (default 10000).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Page[Location, LocationList]: The first page, fetched by this call (`data`: its items;
                `body`: the body of a 200 response (Locations array)); iterating it yields every item of
                every page, fetching each next page when reached.
        """

        from ...pagination import Page  # noqa: PLC0415
        from . import list_locations  # noqa: PLC0415 - loaded on first use

        client = self._client.for_call(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        size = count

        def fetch(number: int) -> Response[LocationList]:
            return list_locations.sync_detailed(
                application_id,
                page=number,
                count=size,
                client=client,
            )

        return Page.first(
            fetch,
            number=page,
            size=size,
            max_size=1000,
            max_pages=max_pages,
            what="the connected locations",
        )

    def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TariffList:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID Example: 123.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            TariffList: The body of a 200 response (OK).
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return list_tariffs.sync(
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float | Decimal | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SetDiscountResult:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float | Decimal | str): Discount value (percent or fixed amount, depending on
                configuration) Example: 15.54.
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
            SetDiscountResult: The body of a 200 response (OK).
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=[request_int(item, "salon_ids") for item in salon_ids],
            application_id=request_int(application_id, "application_id"),
            discount=request_number(discount, "discount"),
        )

        return set_discount.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Decimal | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetPaymentLinkResult: The body of a 200 response (OK).
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return get_payment_link.sync(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: Literal["sms", "whatsapp"] | ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> UpdateChannelResult:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug | str): Channel whose availability changes Example: sms. Takes a
                ChannelSlug or its value: sms, whatsapp.
            is_available (bool): Whether the channel is available Example: True.
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
            UpdateChannelResult: The body of a 200 response (OK).
        """

        from ...models.channel_slug import ChannelSlug  # noqa: PLC0415
        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            channel_slug=request_enum(ChannelSlug, channel_slug, "channel_slug"),
            is_available=is_available,
        )

        return update_channel.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GetStatusResult:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetStatusResult: The body of a 200 response (Info about application location link).
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return get_status.sync(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> UninstallResult:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UninstallResult: The body of a 200 response (successfully uninstalled).
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return uninstall.sync(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            None: A 201 response (All parameters installed) has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> InstallRedirectResult | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            InstallRedirectResult | None: InstallRedirectResult for a 200 response (OK); a 301
                response (Accepted, redirect), which has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install_redirect.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float | Decimal | str,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> NotifyPaymentResult:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float | Decimal | str): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
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
            NotifyPaymentResult: The body of a 200 response (Webhook ok).
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=request_int(salon_id, "salon_id"),
            currency_iso=currency_iso,
            application_id=request_int(application_id, "application_id"),
            payment_sum=request_number(payment_sum, "payment_sum"),
            payment_date=request_datetime(
                payment_date, "payment_date", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_from=request_datetime(
                period_from, "period_from", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_to=request_datetime(
                period_to, "period_to", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
        )

        return notify_payment.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def refund_payment(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None: A 200 response (Refund confirmed) has no body.
        """

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return refund_payment.sync(
            payment_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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
            None: A 201 response (OK) has no body.
        """

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            short_names=short_names,
        )

        return set_sms_sender_names.sync(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncMarketplaceResource:
    """The marketplace operations, as `client.marketplace` of an AsyncAltegioClient (each
    method is a coroutine): Marketplace applications - installation, billing and status.

    Methods: list_locations, list_tariffs, set_discount, get_payment_link, update_channel,
    get_status, uninstall, install, install_redirect, notify_payment, refund_payment,
    set_sms_sender_names.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_locations(
        self,
        application_id: int,
        *,
        page: int = 1,
        count: int = 1000,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Location, LocationList]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID
            page (int): Page number Default: 1.
            count (int): Items per page Default: 1000.
            max_pages (int): Full pages read before iterating the result raises errors.PaginationError (default 10000).
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            AsyncPage[Location, LocationList]: The first page, fetched by this call (`data`: its
                items; `body`: the body of a 200 response (Locations array)); iterating it yields every
                item of every page, fetching each next page when reached.
        """

        from ...pagination import AsyncPage  # noqa: PLC0415
        from . import list_locations  # noqa: PLC0415 - loaded on first use

        client = self._client.for_call(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        size = count

        async def fetch(number: int) -> Response[LocationList]:
            return await list_locations.asyncio_detailed(
                application_id,
                page=number,
                count=size,
                client=client,
            )

        return await AsyncPage.first(
            fetch,
            number=page,
            size=size,
            max_size=1000,
            max_pages=max_pages,
            what="the connected locations",
        )

    async def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> TariffList:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID Example: 123.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            TariffList: The body of a 200 response (OK).
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return await list_tariffs.asyncio(
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float | Decimal | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SetDiscountResult:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float | Decimal | str): Discount value (percent or fixed amount, depending on
                configuration) Example: 15.54.
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
            SetDiscountResult: The body of a 200 response (OK).
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=[request_int(item, "salon_ids") for item in salon_ids],
            application_id=request_int(application_id, "application_id"),
            discount=request_number(discount, "discount"),
        )

        return await set_discount.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Decimal | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetPaymentLinkResult: The body of a 200 response (OK).
        """

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return await get_payment_link.asyncio(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: Literal["sms", "whatsapp"] | ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> UpdateChannelResult:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug | str): Channel whose availability changes Example: sms. Takes a
                ChannelSlug or its value: sms, whatsapp.
            is_available (bool): Whether the channel is available Example: True.
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
            UpdateChannelResult: The body of a 200 response (OK).
        """

        from ...models.channel_slug import ChannelSlug  # noqa: PLC0415
        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            channel_slug=request_enum(ChannelSlug, channel_slug, "channel_slug"),
            is_available=is_available,
        )

        return await update_channel.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> GetStatusResult:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetStatusResult: The body of a 200 response (Info about application location link).
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return await get_status.asyncio(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> UninstallResult:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            UninstallResult: The body of a 200 response (successfully uninstalled).
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return await uninstall.asyncio(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            None: A 201 response (All parameters installed) has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> InstallRedirectResult | None:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            InstallRedirectResult | None: InstallRedirectResult for a 200 response (OK); a 301
                response (Accepted, redirect), which has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install_redirect.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float | Decimal | str,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> NotifyPaymentResult:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float | Decimal | str): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
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
            NotifyPaymentResult: The body of a 200 response (Webhook ok).
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=request_int(salon_id, "salon_id"),
            currency_iso=currency_iso,
            application_id=request_int(application_id, "application_id"),
            payment_sum=request_number(payment_sum, "payment_sum"),
            payment_date=request_datetime(
                payment_date, "payment_date", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_from=request_datetime(
                period_from, "period_from", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_to=request_datetime(
                period_to, "period_to", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
        )

        return await notify_payment.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def refund_payment(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            None: A 200 response (Refund confirmed) has no body.
        """

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return await refund_payment.asyncio(
            payment_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> None:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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
            None: A 201 response (OK) has no body.
        """

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            short_names=short_names,
        )

        return await set_sms_sender_names.asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class MarketplaceResourceWithRawResponse:
    """The marketplace operations, as `client.with_raw_response.marketplace` of an
    AltegioClient: Marketplace applications - installation, billing and status.

    Methods: list_locations, list_tariffs, set_discount, get_payment_link, update_channel,
    get_status, uninstall, install, install_redirect, notify_payment, refund_payment,
    set_sms_sender_names.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_locations(
        self,
        application_id: int,
        *,
        page: int = 1,
        count: int = 1000,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[LocationList]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID
            page (int): Page number Default: 1.
            count (int): Items per page Default: 1000.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[LocationList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (Locations array).
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return list_locations.sync_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[TariffList]:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID Example: 123.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[TariffList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return list_tariffs.sync_detailed(
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float | Decimal | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SetDiscountResult]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float | Decimal | str): Discount value (percent or fixed amount, depending on
                configuration) Example: 15.54.
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
            Response[SetDiscountResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=[request_int(item, "salon_ids") for item in salon_ids],
            application_id=request_int(application_id, "application_id"),
            discount=request_number(discount, "discount"),
        )

        return set_discount.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Decimal | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

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

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return get_payment_link.sync_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: Literal["sms", "whatsapp"] | ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[UpdateChannelResult]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug | str): Channel whose availability changes Example: sms. Takes a
                ChannelSlug or its value: sms, whatsapp.
            is_available (bool): Whether the channel is available Example: True.
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
            Response[UpdateChannelResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from ...models.channel_slug import ChannelSlug  # noqa: PLC0415
        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            channel_slug=request_enum(ChannelSlug, channel_slug, "channel_slug"),
            is_available=is_available,
        )

        return update_channel.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[GetStatusResult]:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetStatusResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (Info about application location link).
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return get_status.sync_detailed(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[UninstallResult]:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UninstallResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (successfully uninstalled).
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return uninstall.sync_detailed(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
                201 response (All parameters installed) has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[InstallRedirectResult | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            Response[InstallRedirectResult | None]: The response (status_code, headers, content) with
                the model as `parsed`: InstallRedirectResult for a 200 response (OK); a 301 response
                (Accepted, redirect), which has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return install_redirect.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float | Decimal | str,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[NotifyPaymentResult]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float | Decimal | str): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
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
            Response[NotifyPaymentResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (Webhook ok).
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=request_int(salon_id, "salon_id"),
            currency_iso=currency_iso,
            application_id=request_int(application_id, "application_id"),
            payment_sum=request_number(payment_sum, "payment_sum"),
            payment_date=request_datetime(
                payment_date, "payment_date", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_from=request_datetime(
                period_from, "period_from", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_to=request_datetime(
                period_to, "period_to", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
        )

        return notify_payment.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def refund_payment(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return refund_payment.sync_detailed(
            payment_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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
            Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
                201 response (OK) has no body.
        """

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            short_names=short_names,
        )

        return set_sms_sender_names.sync_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncMarketplaceResourceWithRawResponse:
    """The marketplace operations, as `client.with_raw_response.marketplace` of an
    AsyncAltegioClient (each method is a coroutine): Marketplace applications -
    installation, billing and status.

    Methods: list_locations, list_tariffs, set_discount, get_payment_link, update_channel,
    get_status, uninstall, install, install_redirect, notify_payment, refund_payment,
    set_sms_sender_names.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_locations(
        self,
        application_id: int,
        *,
        page: int = 1,
        count: int = 1000,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[LocationList]:
        """Data About Locations Connected to the Application

        Returns the locations that connected the given application, with details per location.

        `GET /marketplace/application/{application_id}/salons`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID
            page (int): Page number Default: 1.
            count (int): Items per page Default: 1000.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[LocationList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (Locations array).
        """

        from . import list_locations  # noqa: PLC0415 - loaded on first use

        return await list_locations.asyncio_detailed(
            application_id,
            page=page,
            count=count,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def list_tariffs(
        self,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[TariffList]:
        """Get application tariffs

        Returns the tariff plans defined for the application. Marketplace partners only.

        `GET /marketplace/application/{application_id}/tariffs`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            application_id (int): Application ID Example: 123.
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[TariffList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_tariffs  # noqa: PLC0415 - loaded on first use

        return await list_tariffs.asyncio_detailed(
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def set_discount(
        self,
        *,
        salon_ids: list[int],
        application_id: int,
        discount: float | Decimal | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[SetDiscountResult]:
        """Set payment discount for locations

        Sets the discount that the given locations get when paying for the application through Altegio.
        Marketplace partners only; needs partner authorization.

        `POST /marketplace/application/add_discount`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_ids (list[int]): Location IDs the discount applies to Example: [123, 456].
            application_id (int): Marketplace application ID Example: 123.
            discount (float | Decimal | str): Discount value (percent or fixed amount, depending on
                configuration) Example: 15.54.
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
            Response[SetDiscountResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from ...models.set_discount_body import SetDiscountBody  # noqa: PLC0415
        from . import set_discount  # noqa: PLC0415 - loaded on first use

        body = SetDiscountBody(
            salon_ids=[request_int(item, "salon_ids") for item in salon_ids],
            application_id=request_int(application_id, "application_id"),
            discount=request_number(discount, "discount"),
        )

        return await set_discount.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def get_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Decimal | str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

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

        from . import get_payment_link  # noqa: PLC0415 - loaded on first use

        return await get_payment_link.asyncio_detailed(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update_channel(
        self,
        *,
        salon_id: int,
        application_id: int,
        channel_slug: Literal["sms", "whatsapp"] | ChannelSlug,
        is_available: bool,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[UpdateChannelResult]:
        """Update notification channel availability

        Switches a notification channel of the application on or off for a location. Only for applications
        in the Chat Bots and SMS Aggregators categories; marketplace partners only.

        `POST /marketplace/application/update_channel`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 456.
            channel_slug (ChannelSlug | str): Channel whose availability changes Example: sms. Takes a
                ChannelSlug or its value: sms, whatsapp.
            is_available (bool): Whether the channel is available Example: True.
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
            Response[UpdateChannelResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from ...models.channel_slug import ChannelSlug  # noqa: PLC0415
        from ...models.update_channel_body import UpdateChannelBody  # noqa: PLC0415
        from . import update_channel  # noqa: PLC0415 - loaded on first use

        body = UpdateChannelBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            channel_slug=request_enum(ChannelSlug, channel_slug, "channel_slug"),
            is_available=is_available,
        )

        return await update_channel.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def get_status(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[GetStatusResult]:
        """Application Status Data for Any Location

        Returns the installation status of the application in one location, with payments and status
        history.

        `GET /marketplace/salon/{location_id}/application/{application_id}`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetStatusResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (Info about application location link).
        """

        from . import get_status  # noqa: PLC0415 - loaded on first use

        return await get_status.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def uninstall(
        self,
        location_id: int,
        application_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[UninstallResult]:
        """Application Uninstall

        Lets the partner service remove the application from one location.

        `POST /marketplace/salon/{location_id}/application/{application_id}/uninstall`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[UninstallResult]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (successfully uninstalled).
        """

        from . import uninstall  # noqa: PLC0415 - loaded on first use

        return await uninstall.asyncio_detailed(
            location_id,
            application_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[None]:
        """Application Installation for a Location

        The partner service posts its integration settings here; Altegio then configures and activates the
        application for that location.

        `POST /marketplace/partner/callback`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
                201 response (All parameters installed) has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[InstallRedirectResult | None]:
        """Redirect URL after user registration with the partner service

        Browser target for the user once registration on the partner side is finished, carrying whatever
        data the partner service needs to pass.

        `POST /marketplace/partner/callback/redirect`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            api_key (str | Unset): API key for the messaging module Example:
                2f181e2a-5c22-4ae7-9d9b-07104f312c28.
            webhook_urls (list[str] | Unset): Webhook URLs Example: ['https://example.com/webhook'].
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
            Response[InstallRedirectResult | None]: The response (status_code, headers, content) with
                the model as `parsed`: InstallRedirectResult for a 200 response (OK); a 301 response
                (Accepted, redirect), which has no body.
        """

        from ...models.install_settings import InstallSettings  # noqa: PLC0415
        from . import install_redirect  # noqa: PLC0415 - loaded on first use

        body = InstallSettings(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            api_key=api_key,
            webhook_urls=webhook_urls,
        )

        return await install_redirect.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def notify_payment(
        self,
        *,
        salon_id: int,
        currency_iso: str,
        application_id: int,
        payment_sum: float | Decimal | str,
        payment_date: datetime.datetime | str,
        period_from: datetime.datetime | str,
        period_to: datetime.datetime | str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[NotifyPaymentResult]:
        """Notify Altegio of Successful Payment

        The partner service reports here that a location paid on the partner side.

        `POST /marketplace/partner/payment`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            currency_iso (str): ISO currency code (USD, EUR, BYN ...) Example: EUR.
            application_id (int): Application ID Example: 123.
            payment_sum (float | Decimal | str): Amount paid Example: 990.99.
            payment_date (datetime.datetime | str): Payment date and time Example: 2022-01-01
                10:10:00.
            period_from (datetime.datetime | str): First day of the paid period (inclusive) Example:
                2022-01-01 10:10:00.
            period_to (datetime.datetime | str): Last day of the paid period (inclusive) Example:
                2022-02-01 10:10:00.
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
            Response[NotifyPaymentResult]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (Webhook ok).
        """

        from ...models.notify_payment_body import NotifyPaymentBody  # noqa: PLC0415
        from . import notify_payment  # noqa: PLC0415 - loaded on first use

        body = NotifyPaymentBody(
            salon_id=request_int(salon_id, "salon_id"),
            currency_iso=currency_iso,
            application_id=request_int(application_id, "application_id"),
            payment_sum=request_number(payment_sum, "payment_sum"),
            payment_date=request_datetime(
                payment_date, "payment_date", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_from=request_datetime(
                period_from, "period_from", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
            period_to=request_datetime(
                period_to, "period_to", "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"
            ),
        )

        return await notify_payment.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def refund_payment(
        self,
        payment_id: int,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.
            extra_headers (Headers | None): Headers added to this request (not Authorization).
            extra_query (Query | None): Query parameters added to this request.

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

        from . import refund_payment  # noqa: PLC0415 - loaded on first use

        return await refund_payment.asyncio_detailed(
            payment_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def set_sms_sender_names(
        self,
        *,
        salon_id: int,
        application_id: int,
        short_names: list[str],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Response[None]:
        """Notify Altegio of Available SMS Sender Names

        Sends the SMS sender names the user may pick from.

        `POST /marketplace/partner/short_names`

        Host: the app host, https://app.alteg.io by default (`app_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a POST is not idempotent, so it is retried (up to `max_retries` times) only when the
        API cannot have processed it: the connection was never made (a connect error or connect
        timeout), or the answer was 429; never once the request may have arrived (a read timeout, a
        5xx), so it is never applied twice.

        Args:
            salon_id (int): Location ID Example: 123.
            application_id (int): Application ID Example: 123.
            short_names (list[str]): SMS sender names Example: ['Altegio', 'AL'].
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
            Response[None]: The response (status_code, headers, content) with the model as `parsed`: a
                201 response (OK) has no body.
        """

        from ...models.set_sms_sender_names_body import SetSmsSenderNamesBody  # noqa: PLC0415
        from . import set_sms_sender_names  # noqa: PLC0415 - loaded on first use

        body = SetSmsSenderNamesBody(
            salon_id=request_int(salon_id, "salon_id"),
            application_id=request_int(application_id, "application_id"),
            short_names=short_names,
        )

        return await set_sms_sender_names.asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )
