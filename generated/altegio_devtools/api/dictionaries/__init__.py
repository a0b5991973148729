"""Dictionaries operations: one method per operation of the tag, named by its operationId."""

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
    from ...models.get_business_types_by_group_response_200 import (
        GetBusinessTypesByGroupResponse200,
    )
    from ...models.get_city_list_response_200 import GetCityListResponse200
    from ...models.get_country_list_response_200 import GetCountryListResponse200
    from ...types import UNSET, Response, Unset


class DictionariesResource:
    """dictionaries operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_country_list(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCountryListResponse200:
        """Get a list of countries

        `GET /countries`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetCountryListResponse200
        """

        from . import get_country_list  # noqa: PLC0415 - loaded on first use

        return get_country_list.sync(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCityListResponse200:
        """Get a list of cities

        `GET /cities`

        Args:
            country_id (int | Unset):
            company_id (int | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetCityListResponse200
        """

        from . import get_city_list  # noqa: PLC0415 - loaded on first use

        return get_city_list.sync(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_business_types_by_group(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetBusinessTypesByGroupResponse200:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetBusinessTypesByGroupResponse200
        """

        from . import get_business_types_by_group  # noqa: PLC0415 - loaded on first use

        return get_business_types_by_group.sync(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncDictionariesResource:
    """dictionaries operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_country_list(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCountryListResponse200:
        """Get a list of countries

        `GET /countries`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetCountryListResponse200
        """

        from . import get_country_list  # noqa: PLC0415 - loaded on first use

        return await get_country_list.asyncio(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCityListResponse200:
        """Get a list of cities

        `GET /cities`

        Args:
            country_id (int | Unset):
            company_id (int | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetCityListResponse200
        """

        from . import get_city_list  # noqa: PLC0415 - loaded on first use

        return await get_city_list.asyncio(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_business_types_by_group(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetBusinessTypesByGroupResponse200:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            GetBusinessTypesByGroupResponse200
        """

        from . import get_business_types_by_group  # noqa: PLC0415 - loaded on first use

        return await get_business_types_by_group.asyncio(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class DictionariesResourceWithRawResponse:
    """dictionaries operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_country_list(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetCountryListResponse200]:
        """Get a list of countries

        `GET /countries`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetCountryListResponse200]
        """

        from . import get_country_list  # noqa: PLC0415 - loaded on first use

        return get_country_list.sync_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetCityListResponse200]:
        """Get a list of cities

        `GET /cities`

        Args:
            country_id (int | Unset):
            company_id (int | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetCityListResponse200]
        """

        from . import get_city_list  # noqa: PLC0415 - loaded on first use

        return get_city_list.sync_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def get_business_types_by_group(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetBusinessTypesByGroupResponse200]:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetBusinessTypesByGroupResponse200]
        """

        from . import get_business_types_by_group  # noqa: PLC0415 - loaded on first use

        return get_business_types_by_group.sync_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncDictionariesResourceWithRawResponse:
    """dictionaries operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_country_list(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetCountryListResponse200]:
        """Get a list of countries

        `GET /countries`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetCountryListResponse200]
        """

        from . import get_country_list  # noqa: PLC0415 - loaded on first use

        return await get_country_list.asyncio_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetCityListResponse200]:
        """Get a list of cities

        `GET /cities`

        Args:
            country_id (int | Unset):
            company_id (int | Unset):
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetCityListResponse200]
        """

        from . import get_city_list  # noqa: PLC0415 - loaded on first use

        return await get_city_list.asyncio_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def get_business_types_by_group(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GetBusinessTypesByGroupResponse200]:
        """Get business types by group

        `GET /references/business_groups_with_types`

        Args:
            timeout (float | httpx.Timeout | Unset): This call's timeout instead of the client's.
            max_retries (int | Unset): This call's retry budget instead of the client's.

        Raises:
            errors.APIStatusError: The API answered with an error status or `success: false`
                (a subclass per status: NotFoundError, RateLimitError, ...).
            errors.APIConnectionError: The API could not be reached (APITimeoutError on a timeout).
            errors.ResponseValidationError: The body is not JSON or not the envelope; in strict mode
                also any field that deviates from the description (lenient: see the result's `drift`).

        Returns:
            Response[GetBusinessTypesByGroupResponse200]
        """

        from . import get_business_types_by_group  # noqa: PLC0415 - loaded on first use

        return await get_business_types_by_group.asyncio_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
