"""AltegioClient and AsyncAltegioClient: the package's entry points.

Every operation is `client.<tag>.<method>(...)`; the tags and methods are generated from the
spec (altegio_devtools.api). `client.with_raw_response.<tag>.<method>(...)`
returns the Response (status, headers, raw body, parsed model) instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Self

import httpx

from ._rate_limit import DEFAULT_RATE_LIMITS, RateLimit, RateLimiter
from .api import AsyncResources, AsyncResourcesWithRawResponse, Resources, ResourcesWithRawResponse
from .client import (
    DEFAULT_ACCEPT,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Client,
    Environment,
)
from .pagination import DEFAULT_MAX_PAGES
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models import Location

#: The API's cap on `count` for the connected-locations list.
MAX_PAGE_SIZE = 1000


class _ClientBase:
    """What the sync and async clients share: the transport, options views and repr."""

    _client: Client

    def _init(self, client: Client) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        partner_token: str | Unset = UNSET,
        user_token: str | Unset | None = UNSET,
        environment: Environment | Unset = UNSET,
        api_base_url: str | Unset | None = UNSET,
        app_base_url: str | Unset | None = UNSET,
        accept: str | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        rate_limits: Sequence[RateLimit] | RateLimiter | Unset | None = UNSET,
        strict: bool | Unset = UNSET,
        total_timeout: float | Unset | None = UNSET,
        max_response_size: int | Unset = UNSET,
    ) -> Self:
        """A client like this one with the options given changed (each as in the
        constructor; `user_token=None` drops the user token), e.g.
        `client.with_options(user_token=token)` per location, or
        `client.with_options(strict=True).voip.list_calls(...)` for one strict call.

        It shares this client's connection pool, and its rate limiter unless `rate_limits`
        is given. Closing it does not close the pool; closing this client closes the pool
        for both. `environment` resets both hosts unless a base URL is given too."""
        derived = object.__new__(type(self))
        derived._init(
            self._client.with_options(
                partner_token=partner_token,
                user_token=user_token,
                environment=environment,
                api_base_url=api_base_url,
                app_base_url=app_base_url,
                accept=accept,
                timeout=timeout,
                max_retries=max_retries,
                rate_limits=rate_limits,
                strict=strict,
                total_timeout=total_timeout,
                max_response_size=max_response_size,
            )
        )
        return derived

    def __repr__(self) -> str:
        urls = self._client.base_urls
        return f"<{type(self).__name__} api={urls['api']!r} app={urls['app']!r}>"


class AltegioClient(_ClientBase, Resources):
    """A synchronous Altegio Developer Tools client. Thread-safe; use it as a context
    manager, or call close(), to release its connections.

    Args:
        partner_token: the partner (developer) token from the Altegio Marketplace account;
            by default the ALTEGIO_PARTNER_TOKEN environment variable (if neither is set,
            raises errors.MissingPartnerTokenError).
        user_token: the user token, for the operations secured with `BearerPartnerUser`;
            by default the ALTEGIO_USER_TOKEN environment variable, if set (None: no user
            token, whatever the environment).
        environment: "production", or "mock" for Altegio's documented mock server.
        api_base_url, app_base_url: override the two hosts (https://api.alteg.io/api/v1 and
            https://app.alteg.io, or the mock server).
        accept: the Accept header (default application/vnd.api.v2+json).
        timeout: seconds, or an httpx.Timeout; finite (default 30 s, 5 s to connect). It
            bounds each attempt as a whole (connect, send, read the whole body), so a
            server trickling its answer cannot hold a call; retries multiply it.
        max_retries: how often a failed call is retried (default 2; 0: never). GET calls
            are retried after a connection error, a timeout, 408, 429 or 5xx; POST calls
            (payments, refunds, callbacks) only when the API cannot have processed them: no
            connection was made, or it answered 429. Pauses grow exponentially, or follow
            Retry-After (up to 60 s). Each method's help() says which rule it follows.
        total_timeout: seconds for the whole call, rate-limit waits and retries included
            (default None: attempts x timeout plus the pauses between them).
        max_response_size: the largest body read, in bytes (default 32 MiB); a larger one
            raises errors.ResponseTooLargeError while it streams in.
        rate_limits: client-side limits shared by all threads (default 5/s and 200/min);
            None disables them. Altegio counts per IP: to share one budget between several
            clients (one per user token, say), pass them the same RateLimiter; between
            processes, shared_limits.file_rate_limiter(...) or redis_rate_limiter(...).
        http_client: an httpx.Client to send with (for proxies, custom transports, tests).
        strict: raise errors.ResponseValidationError when a success body deviates from the
            description. By default (False) such a body is parsed as far as it fits, and
            the model's `drift` lists what did not (see altegio_devtools.drift).
    """

    with_raw_response: ResourcesWithRawResponse

    def __init__(
        self,
        *,
        partner_token: str | None = None,
        user_token: str | Unset | None = UNSET,
        environment: Environment = "production",
        api_base_url: str | None = None,
        app_base_url: str | None = None,
        accept: str = DEFAULT_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limits: Sequence[RateLimit] | RateLimiter | None = DEFAULT_RATE_LIMITS,
        http_client: httpx.Client | None = None,
        strict: bool = False,
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._init(
            Client(
                partner_token=partner_token,
                user_token=user_token,
                environment=environment,
                api_base_url=api_base_url,
                app_base_url=app_base_url,
                accept=accept,
                timeout=timeout,
                max_retries=max_retries,
                rate_limits=rate_limits,
                http_client=http_client,
                strict=strict,
                total_timeout=total_timeout,
                max_response_size=max_response_size,
            )
        )

    def _init(self, client: Client) -> None:
        super().__init__(client)
        self.with_raw_response = ResourcesWithRawResponse(client)

    def iter_locations(
        self,
        application_id: int,
        *,
        page_size: int = MAX_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[Location]:
        """Every location connected to the application: an alias of iterating
        `client.marketplace.list_locations(application_id, count=page_size)` (a page
        object: altegio_devtools.pagination), except that nothing is sent before the first
        location is asked for.

        Raises errors.PaginationError when a full page repeats an earlier one (a server
        that ignores `page` would loop forever) or after `max_pages` full pages."""
        yield from self.marketplace.list_locations(
            application_id, count=_page_size(page_size), max_pages=max_pages
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAltegioClient(_ClientBase, AsyncResources):
    """The asyncio twin of AltegioClient: same arguments, same methods, awaited.

    Use it as an async context manager, or await aclose(), to release its connections.
    """

    with_raw_response: AsyncResourcesWithRawResponse

    def __init__(
        self,
        *,
        partner_token: str | None = None,
        user_token: str | Unset | None = UNSET,
        environment: Environment = "production",
        api_base_url: str | None = None,
        app_base_url: str | None = None,
        accept: str = DEFAULT_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limits: Sequence[RateLimit] | RateLimiter | None = DEFAULT_RATE_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._init(
            Client(
                partner_token=partner_token,
                user_token=user_token,
                environment=environment,
                api_base_url=api_base_url,
                app_base_url=app_base_url,
                accept=accept,
                timeout=timeout,
                max_retries=max_retries,
                rate_limits=rate_limits,
                async_http_client=http_client,
                strict=strict,
                total_timeout=total_timeout,
                max_response_size=max_response_size,
            )
        )

    def _init(self, client: Client) -> None:
        super().__init__(client)
        self.with_raw_response = AsyncResourcesWithRawResponse(client)

    async def iter_locations(
        self,
        application_id: int,
        *,
        page_size: int = MAX_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[Location]:
        """Every location connected to the application: an alias of iterating
        `await client.marketplace.list_locations(application_id, count=page_size)` (see
        AltegioClient.iter_locations)."""
        page = await self.marketplace.list_locations(
            application_id, count=_page_size(page_size), max_pages=max_pages
        )
        async for location in page:
            yield location

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _page_size(page_size: int) -> int:
    if isinstance(page_size, bool) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, not {page_size!r}")
    return page_size
