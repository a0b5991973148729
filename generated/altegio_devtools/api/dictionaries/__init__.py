"""Dictionaries operations: one method per operation of the tag, named in overrides/names.yaml.

A request body's fields are the method's keyword arguments."""

# The endpoint modules and their models load on first use, not when the client is imported.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import Client
    from ...models.field_401_unauthorized_response import Field401UnauthorizedResponse
    from ...models.field_403_forbidden_response import Field403ForbiddenResponse
    from ...models.field_404_not_found_response import Field404NotFoundResponse
    from ...models.list_business_types_response_200 import ListBusinessTypesResponse200
    from ...models.list_cities_response_200 import ListCitiesResponse200
    from ...models.list_countries_response_200 import ListCountriesResponse200
    from ...types import UNSET, Response, Unset


class DictionariesResource:
    """dictionaries operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCountriesResponse200:
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
            ListCountriesResponse200
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return list_countries.sync(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCitiesResponse200:
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
            ListCitiesResponse200
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return list_cities.sync(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListBusinessTypesResponse200:
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
            ListBusinessTypesResponse200
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return list_business_types.sync(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncDictionariesResource:
    """dictionaries operations."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCountriesResponse200:
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
            ListCountriesResponse200
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return await list_countries.asyncio(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCitiesResponse200:
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
            ListCitiesResponse200
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return await list_cities.asyncio(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListBusinessTypesResponse200:
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
            ListBusinessTypesResponse200
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return await list_business_types.asyncio(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class DictionariesResourceWithRawResponse:
    """dictionaries operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListCountriesResponse200]:
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
            Response[ListCountriesResponse200]
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return list_countries.sync_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListCitiesResponse200]:
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
            Response[ListCitiesResponse200]
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return list_cities.sync_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListBusinessTypesResponse200]:
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
            Response[ListBusinessTypesResponse200]
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return list_business_types.sync_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )


class AsyncDictionariesResourceWithRawResponse:
    """dictionaries operations, returning the raw Response (status, headers, body, parsed)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListCountriesResponse200]:
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
            Response[ListCountriesResponse200]
        """

        from . import list_countries  # noqa: PLC0415 - loaded on first use

        return await list_countries.asyncio_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_cities(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListCitiesResponse200]:
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
            Response[ListCitiesResponse200]
        """

        from . import list_cities  # noqa: PLC0415 - loaded on first use

        return await list_cities.asyncio_detailed(
            country_id=country_id,
            company_id=company_id,
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )

    async def list_business_types(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[ListBusinessTypesResponse200]:
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
            Response[ListBusinessTypesResponse200]
        """

        from . import list_business_types  # noqa: PLC0415 - loaded on first use

        return await list_business_types.asyncio_detailed(
            client=self._client.with_options(timeout=timeout, max_retries=max_retries),
        )
