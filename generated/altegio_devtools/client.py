"""The transport behind every generated operation: host routing, auth, Accept, timeouts,
retries, rate limits, logging and the mapping of error responses to typed errors.

Replaces openapi-python-client's client.py, whose AuthenticatedClient sends every call
to one host, shows the token in its repr and has no timeout.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal, Self, TypeVar

import httpx

from . import errors
from ._rate_limit import DEFAULT_RATE_LIMITS, RateLimit, RateLimiter
from ._retries import RetryPolicy
from .drift import DriftError, log_drift
from .types import UNSET, Operation, Unset, parse_body

__all__ = [
    "API_BASE_URL",
    "APP_BASE_URL",
    "DEFAULT_ACCEPT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MOCK_BASE_URL",
    "Client",
    "Environment",
]

API_BASE_URL = "https://api.alteg.io/api/v1"
APP_BASE_URL = "https://app.alteg.io"
#: Altegio's documented mock server; it serves both hosts' operations.
MOCK_BASE_URL = "https://developer.alteg.io/_mock/en/developers/openapi"
#: Required for partner IDs above 1743 (api-facts.md §2.3); it does not select API v2.
DEFAULT_ACCEPT = "application/vnd.api.v2+json"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

Environment = Literal["production", "mock"]
_BASE_URLS: dict[Environment, tuple[str, str]] = {
    "production": (API_BASE_URL, APP_BASE_URL),
    "mock": (MOCK_BASE_URL, MOCK_BASE_URL),
}

logger = logging.getLogger("altegio_devtools")
T = TypeVar("T")


class _Secret:
    """A token that never shows itself in a repr, str or log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str, name: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{name} must be a non-empty string")
        if "," in value or not (value.isascii() and value.isprintable()):
            # It goes into `Authorization: Bearer <partner>, User <user>` as is.
            raise ValueError(f"{name} must be printable ASCII without commas")
        self._value = value.strip()

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'**********'"

    __str__ = __repr__


class _Shared:
    """What every view of one client shares: tokens, connection pools and the limiter."""

    def __init__(
        self,
        *,
        partner_token: str,
        user_token: str | None,
        api_base_url: str,
        app_base_url: str,
        accept: str,
        rate_limits: Sequence[RateLimit] | RateLimiter | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        self.partner_token = _Secret(partner_token, "partner_token")
        self.user_token = None if user_token is None else _Secret(user_token, "user_token")
        self.base_urls = {"api": api_base_url.rstrip("/"), "app": app_base_url.rstrip("/")}
        self.accept = accept
        self.limiter = (
            rate_limits
            if isinstance(rate_limits, RateLimiter)
            else (RateLimiter(rate_limits) if rate_limits else None)
        )
        self.closed = False
        self.owns_http = http_client is None
        self.owns_async_http = async_http_client is None
        self._http = http_client
        self._async_http = async_http_client
        self._lock = threading.Lock()

    def http(self) -> httpx.Client:
        with self._lock:
            self._check_open()
            if self._http is None:
                self._http = httpx.Client()
            return self._http

    def async_http(self) -> httpx.AsyncClient:
        with self._lock:
            self._check_open()
            if self._async_http is None:
                self._async_http = httpx.AsyncClient()
            return self._async_http

    def _check_open(self) -> None:
        if self.closed:
            raise errors.ClientClosedError("this client is closed; create a new one")

    def close(self) -> httpx.AsyncClient | None:
        """Close the sync pool we own; return the async one we own, for the caller to await."""
        with self._lock:
            self.closed = True
            http, self._http = self._http, None
            async_http, self._async_http = self._async_http, None
        if http is not None and self.owns_http:
            http.close()
        return async_http if self.owns_async_http else None

    def authorization(self, operation: Operation) -> str | None:
        if operation.auth == "none":
            return None
        header = f"Bearer {self.partner_token.reveal()}"
        if operation.auth == "partner_user":
            if self.user_token is None:
                raise errors.MissingUserTokenError(operation.operation_id)
            header += f", User {self.user_token.reveal()}"
        return header


class Client:
    """Sends the generated operations' requests. Use AltegioClient/AsyncAltegioClient;
    this class is what the generated functions in `altegio_devtools.api` take."""

    def __init__(
        self,
        *,
        partner_token: str,
        user_token: str | None = None,
        environment: Environment = "production",
        api_base_url: str | None = None,
        app_base_url: str | None = None,
        accept: str = DEFAULT_ACCEPT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limits: Sequence[RateLimit] | RateLimiter | None = DEFAULT_RATE_LIMITS,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        default_api, default_app = _BASE_URLS[environment]
        self._shared = _Shared(
            partner_token=partner_token,
            user_token=user_token,
            api_base_url=api_base_url or default_api,
            app_base_url=app_base_url or default_app,
            accept=accept,
            rate_limits=rate_limits,
            http_client=http_client,
            async_http_client=async_http_client,
        )
        self._timeout = _timeout(timeout)
        self._max_retries = _max_retries(max_retries)
        self._strict = _strict(strict)
        self._retry_policy = RetryPolicy()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        strict: bool | Unset = UNSET,
    ) -> Client:
        """A view of this client with other per-call options; pools and limits are shared."""
        if (
            isinstance(timeout, Unset)
            and isinstance(max_retries, Unset)
            and isinstance(strict, Unset)
        ):
            return self
        view = object.__new__(Client)
        view._shared = self._shared
        view._retry_policy = self._retry_policy
        view._timeout = self._timeout if isinstance(timeout, Unset) else _timeout(timeout)
        view._max_retries = (
            self._max_retries if isinstance(max_retries, Unset) else _max_retries(max_retries)
        )
        view._strict = self._strict if isinstance(strict, Unset) else _strict(strict)
        return view

    @property
    def strict(self) -> bool:
        """Whether a response body that deviates from the description raises (see drift.py)."""
        return self._strict

    @property
    def base_urls(self) -> dict[str, str]:
        return dict(self._shared.base_urls)

    def __repr__(self) -> str:
        urls = self._shared.base_urls
        return f"<Client api={urls['api']!r} app={urls['app']!r}>"

    # -- sending -----------------------------------------------------------------------

    def parse(
        self, operation: Operation, response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> T:
        """Parse a success response with the operation's generated parser. Drift is logged
        (lenient) or raised as errors.ResponseValidationError (strict); a body that is not
        JSON or not the envelope raises in both modes."""
        parsed = parse_body(response, parser)
        drift = getattr(parsed, "drift", ())
        if drift:
            if self._strict:
                raise errors.ResponseValidationError(response, DriftError(drift))
            log_drift(operation.operation_id, drift)
        return parsed

    def send(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        """Send one operation, retrying as the policy allows; raise typed errors."""
        http = self._shared.http()
        request = self._build_request(http, operation, request_args)
        retry = 0
        while True:
            if self._shared.limiter is not None:
                time.sleep(self._shared.limiter.reserve())
            started = time.monotonic()
            try:
                response = http.send(request)
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = self._retry_delay(operation, request, retry, started, exc)
                if delay is None:
                    raise _connection_error(request, exc) from exc
            else:
                delay = self._retry_delay(operation, request, retry, started, response)
                if delay is None:
                    return _checked(response)
                response.close()
            time.sleep(delay)
            retry += 1

    async def asend(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        """The async twin of send()."""
        http = self._shared.async_http()
        request = self._build_request(http, operation, request_args)
        retry = 0
        while True:
            if self._shared.limiter is not None:
                await _sleep(self._shared.limiter.reserve())
            started = time.monotonic()
            try:
                response = await http.send(request)
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                delay = self._retry_delay(operation, request, retry, started, exc)
                if delay is None:
                    raise _connection_error(request, exc) from exc
            else:
                delay = self._retry_delay(operation, request, retry, started, response)
                if delay is None:
                    return _checked(response)
                await response.aclose()
            await _sleep(delay)
            retry += 1

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, args: dict[str, Any]
    ) -> httpx.Request:
        headers = {"Accept": self._shared.accept, "User-Agent": _user_agent()}
        authorization = self._shared.authorization(operation)
        if authorization is not None:
            headers["Authorization"] = authorization
        return http.build_request(
            operation.method,
            self._shared.base_urls[operation.host] + args["url"],
            params=args.get("params"),
            json=args.get("json"),
            headers=headers,
            timeout=self._timeout,
        )

    def _retry_delay(
        self,
        operation: Operation,
        request: httpx.Request,
        retry: int,
        started: float,
        outcome: httpx.Response | httpx.RequestError,
    ) -> float | None:
        """Log one exchange; return how long to wait before retrying it, or None to stop."""
        policy = self._retry_policy
        if isinstance(outcome, httpx.Response):
            what = f"HTTP {outcome.status_code}"
            retryable = policy.should_retry_response(operation, outcome)
            response: httpx.Response | None = outcome
        else:
            what = type(outcome).__name__
            retryable = policy.should_retry_error(operation, outcome)
            response = None
        _log_exchange(request, what, started, retry)
        if retry >= self._max_retries or not retryable:
            return None
        delay = policy.delay(retry, response)
        logger.info(
            "retrying %s in %.2fs after %s (retry %d of %d)",
            _request_line(request), delay, what, retry + 1, self._max_retries,
        )  # fmt: skip
        return delay

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pools this client created (not ones passed in); a closed
        client raises errors.ClientClosedError instead of quietly opening new ones."""
        async_http = self._shared.close()
        if async_http is not None:  # opened by an async call: its loop must close it
            logger.warning("close() cannot close the async pool; use `await aclose()`")

    async def aclose(self) -> None:
        async_http = self._shared.close()
        if async_http is not None:
            await async_http.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _checked(response: httpx.Response) -> httpx.Response:
    """Raise the typed error for an error status or a `success: false` envelope."""
    if response.status_code >= 400:
        raise errors.APIStatusError.from_response(response)
    if _may_be_unsuccessful(response.content):
        error = errors.APIStatusError.from_response(response)
        if isinstance(error.body, dict) and error.body.get("success") is False:
            raise error
    return response


async def _sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - only the async client needs it

    await asyncio.sleep(seconds)


@functools.cache
def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return f"altegio-devtools/{version('altegio-devtools')}"
    except PackageNotFoundError:  # imported from a source tree
        return "altegio-devtools"


def _may_be_unsuccessful(content: bytes) -> bool:
    """A cheap test for `"success": false` before decoding a success body to be sure
    (a byte search: a regex over a 1 MB page costs a millisecond)."""
    start = content.find(b'"success"')
    while start != -1:
        rest = content[start + 9 : start + 64].lstrip()
        if rest[:1] == b":" and rest[1:].lstrip().startswith(b"false"):
            return True
        start = content.find(b'"success"', start + 9)
    return False


def _connection_error(request: httpx.Request, exc: httpx.RequestError) -> errors.APIError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(request)
    return errors.APIConnectionError(request, exc)


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(part is None or not math.isfinite(part) or part <= 0 for part in parts):
        raise ValueError("timeouts must be finite and positive: no call may hang forever")
    return timeout


def _strict(value: bool) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"strict must be True or False, not {value!r}")
    return value


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number >= 0, not {value!r}")
    return value


def _request_line(request: httpx.Request) -> str:
    return f"{request.method} {request.url}"


def _log_exchange(request: httpx.Request, outcome: object, started: float, retry: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        headers = {
            name: "<redacted>" if name.lower() == "authorization" else value
            for name, value in request.headers.items()
        }
        logger.debug(
            "%s -> %s in %.3fs (retry %d) headers=%s",
            _request_line(request),
            outcome,
            time.monotonic() - started,
            retry,
            headers,
        )
