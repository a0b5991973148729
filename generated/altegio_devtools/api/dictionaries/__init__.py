"""Dictionaries operations: client.dictionaries.<method>(...), one method per operation of the tag.

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
    from ...models.business_group_list import BusinessGroupList
    from ...models.city_list import CityList
    from ...models.country_list import CountryList
    from ...models.forbidden_error_body import ForbiddenErrorBody
    from ...models.not_found_error_body import NotFoundErrorBody
    from ...models.unauthorized_error_body import UnauthorizedErrorBody
    from ...types import UNSET, Body, Headers, Query, Response, Unset


class DictionariesResource:
    """The dictionaries operations, as `client.dictionaries` of an AltegioClient: Reference
    data - countries, cities, business types.

    Methods: list_countries, list_cities, list_business_types.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CountryList:
        """Get a list of countries

        `GET /countries`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            CountryList: The body of a 200 response (OK).
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return list_countries.sync(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CityList:
        """Get a list of cities

        `GET /cities`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            country_id (int | Unset): Country whose cities are wanted
            company_id (int | Unset): Location ID; when given, that location's city is returned too,
                even if it lies in another country
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
            CityList: The body of a 200 response (OK).
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return list_cities.sync(
            country_id=country_id,
            company_id=company_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> BusinessGroupList:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            BusinessGroupList: The body of a 200 response (OK).
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return list_business_types.sync(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncDictionariesResource:
    """The dictionaries operations, as `client.dictionaries` of an AsyncAltegioClient (each
    method is a coroutine): Reference data - countries, cities, business types.

    Methods: list_countries, list_cities, list_business_types.

    Each returns the model of the success response.
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CountryList:
        """Get a list of countries

        `GET /countries`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            CountryList: The body of a 200 response (OK).
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return await list_countries.asyncio(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> CityList:
        """Get a list of cities

        `GET /cities`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            country_id (int | Unset): Country whose cities are wanted
            company_id (int | Unset): Location ID; when given, that location's city is returned too,
                even if it lies in another country
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
            CityList: The body of a 200 response (OK).
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return await list_cities.asyncio(
            country_id=country_id,
            company_id=company_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> BusinessGroupList:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            BusinessGroupList: The body of a 200 response (OK).
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return await list_business_types.asyncio(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class DictionariesResourceWithRawResponse:
    """The dictionaries operations, as `client.with_raw_response.dictionaries` of an
    AltegioClient: Reference data - countries, cities, business types.

    Methods: list_countries, list_cities, list_business_types.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[CountryList]:
        """Get a list of countries

        `GET /countries`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            Response[CountryList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return list_countries.sync_detailed(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[CityList]:
        """Get a list of cities

        `GET /cities`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            country_id (int | Unset): Country whose cities are wanted
            company_id (int | Unset): Location ID; when given, that location's city is returned too,
                even if it lies in another country
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
            Response[CityList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return list_cities.sync_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[BusinessGroupList]:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            Response[BusinessGroupList]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return list_business_types.sync_detailed(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncDictionariesResourceWithRawResponse:
    """The dictionaries operations, as `client.with_raw_response.dictionaries` of an
    AsyncAltegioClient (each method is a coroutine): Reference data - countries, cities,
    business types.

    Methods: list_countries, list_cities, list_business_types.

    Each returns the Response (status_code, headers, content, and the model as `parsed`).
    help() on a method shows its HTTP call, host, auth, retries, arguments and result.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[CountryList]:
        """Get a list of countries

        `GET /countries`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            Response[CountryList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return await list_countries.asyncio_detailed(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[CityList]:
        """Get a list of cities

        `GET /cities`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
            country_id (int | Unset): Country whose cities are wanted
            company_id (int | Unset): Location ID; when given, that location's city is returned too,
                even if it lies in another country
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
            Response[CityList]: The response (status_code, headers, content) with the model as
                `parsed`: the body of a 200 response (OK).
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return await list_cities.asyncio_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Response[BusinessGroupList]:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Host: the api host, https://api.alteg.io/api/v1 by default (`api_base_url=`).

        Auth: partner (`Authorization: Bearer <partner_token>`); no user token needed.

        Retries: a GET is idempotent, so it is retried (up to `max_retries` times) after a connection
        error, a timeout, 408, 429 or 5xx, with exponential backoff or as long as Retry-After says.

        Args:
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
            Response[BusinessGroupList]: The response (status_code, headers, content) with the model
                as `parsed`: the body of a 200 response (OK).
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return await list_business_types.asyncio_detailed(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
