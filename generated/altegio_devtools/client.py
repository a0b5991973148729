"""The transport behind every generated operation: host routing, auth, Accept, timeouts,
retries, rate limits, logging and the mapping of error responses to typed errors.

Timeouts: `timeout` bounds each attempt as a whole (connecting, sending, and reading the
whole body), not each read; retries multiply it. `total_timeout` bounds the whole call:
rate-limit waits, every attempt and the pauses between them.

Replaces openapi-python-client's client.py, whose AuthenticatedClient sends every call
to one host, shows the token in its repr and has no timeout.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Self, TypeVar

import httpx

from . import errors
from ._rate_limit import DEFAULT_RATE_LIMITS, RateLimit, RateLimiter
from ._retries import RetryPolicy
from .drift import DriftError, log_drift
from .shared_limits import SharedRateLimiter
from .types import UNSET, Operation, Unset, parse_body

__all__ = [
    "API_BASE_URL",
    "APP_BASE_URL",
    "DEFAULT_ACCEPT",
    "DEFAULT_MAX_RESPONSE_SIZE",
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
#: A larger body is refused while it streams in (errors.ResponseTooLargeError).
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
#: The shortest wait handed to a socket: 0 would make it non-blocking, not time out.
_MIN_WAIT = 0.001

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
        self.closed_event = threading.Event()  # wakes calls sleeping here when closed
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

    check_open = _check_open

    def sleep(self, seconds: float) -> None:
        """time.sleep, cut short by close() with errors.ClientClosedError."""
        if seconds > 0 and self.closed_event.wait(seconds):
            self._check_open()

    def close(self) -> httpx.AsyncClient | None:
        """Close the sync pool we own; return the async one we own, for the caller to await."""
        with self._lock:
            self.closed = True
            self.closed_event.set()
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
                raise errors.MissingUserTokenError(operation.operation_id, operation.python_name)
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
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
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
        self._total_timeout = _total_timeout(total_timeout)
        self._max_response_size = _max_response_size(max_response_size)
        self._retry_policy = RetryPolicy()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        strict: bool | Unset = UNSET,
        total_timeout: float | Unset | None = UNSET,
        max_response_size: int | Unset = UNSET,
    ) -> Client:
        """A view of this client with other per-call options; pools and limits are shared."""
        options = (timeout, max_retries, strict, total_timeout, max_response_size)
        if all(isinstance(option, Unset) for option in options):
            return self
        view = copy.copy(self)  # every option, the shared state and the retry policy
        if not isinstance(timeout, Unset):
            view._timeout = _timeout(timeout)
        if not isinstance(max_retries, Unset):
            view._max_retries = _max_retries(max_retries)
        if not isinstance(strict, Unset):
            view._strict = _strict(strict)
        if not isinstance(total_timeout, Unset):
            view._total_timeout = _total_timeout(total_timeout)
        if not isinstance(max_response_size, Unset):
            view._max_response_size = _max_response_size(max_response_size)
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
        follow = operation.idempotent and http.follow_redirects  # never re-send a POST
        call_deadline = self._call_deadline()
        retry = 0
        while True:
            self._wait_for_slot(request, call_deadline)
            started = time.monotonic()
            deadline = min(started + _attempt_seconds(self._timeout), call_deadline)
            request.extensions["timeout"] = _AttemptTimeouts(self._timeout, deadline)
            outcome: httpx.Response | httpx.RequestError
            try:
                response = http.send(request, stream=True, follow_redirects=follow)
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                outcome = exc
            except RuntimeError as exc:  # httpx's "the client has been closed"
                self._raise_if_closed(http, exc)
                raise
            else:
                delay = self._retry_delay(
                    operation, request, retry, started, response, call_deadline=call_deadline
                )
                if delay is None:
                    try:
                        _read_body(response, self._max_response_size, deadline)
                    except httpx.RequestError as exc:  # the body broke off or came too late
                        outcome = exc
                    else:
                        return _checked(operation, response)
                else:
                    response.close()  # a retried answer's body is never read
                    self._shared.sleep(delay)
                    retry += 1
                    continue
            delay = self._retry_delay(
                operation, request, retry, started, outcome, call_deadline=call_deadline
            )
            if delay is None:
                raise _connection_error(request, outcome) from outcome
            self._shared.sleep(delay)
            retry += 1

    async def asend(self, operation: Operation, request_args: dict[str, Any]) -> httpx.Response:
        """The async twin of send(); asyncio.timeout bounds each attempt."""
        import asyncio  # noqa: PLC0415 - only the async client needs it

        http = self._shared.async_http()
        request = self._build_request(http, operation, request_args)
        follow = operation.idempotent and http.follow_redirects
        call_deadline = self._call_deadline()
        retry = 0
        while True:
            await self._await_slot(request, call_deadline)
            started = time.monotonic()
            deadline = min(started + _attempt_seconds(self._timeout), call_deadline)
            request.extensions["timeout"] = _AttemptTimeouts(self._timeout, deadline)
            outcome: httpx.Response | httpx.RequestError
            delay: float | None = None
            try:
                async with asyncio.timeout(deadline - started):
                    try:
                        response = await http.send(request, stream=True, follow_redirects=follow)
                    except RuntimeError as exc:  # httpx's "the client has been closed"
                        self._raise_if_closed(http, exc)
                        raise
                    delay = self._retry_delay(
                        operation, request, retry, started, response, call_deadline=call_deadline
                    )
                    if delay is None:
                        await _aread_body(response, self._max_response_size)
                        return _checked(operation, response)
                    await response.aclose()  # a retried answer's body is never read
            except TimeoutError:
                outcome = httpx.ReadTimeout("no complete response in time", request=request)
            except httpx.RequestError as exc:
                outcome = exc
            else:
                await _sleep(delay)
                retry += 1
                continue
            delay = self._retry_delay(
                operation, request, retry, started, outcome, call_deadline=call_deadline
            )
            if delay is None:
                raise _connection_error(request, outcome) from outcome
            await _sleep(delay)
            retry += 1

    def _call_deadline(self) -> float:
        if self._total_timeout is None:
            return math.inf
        return time.monotonic() + self._total_timeout

    def _wait_for_slot(self, request: httpx.Request, call_deadline: float) -> None:
        """Wait for the rate limiter (close() cuts the wait short with ClientClosedError)."""
        limiter = self._shared.limiter
        if limiter is not None:
            wait = limiter.reserve()
            while wait > 0 or (wait := limiter.depart()) > 0:
                if time.monotonic() + wait > call_deadline:
                    raise errors.APITimeoutError(request)
                self._shared.sleep(wait)
                wait = 0.0
        self._shared.check_open()

    async def _await_slot(self, request: httpx.Request, call_deadline: float) -> None:
        limiter = self._shared.limiter
        if limiter is not None:
            wait = limiter.reserve()
            # A shared store is asked over asyncio; the memory limiter as before, no await.
            adepart = limiter.adepart if isinstance(limiter, SharedRateLimiter) else None
            while wait > 0 or (wait := await adepart() if adepart else limiter.depart()) > 0:
                if time.monotonic() + wait > call_deadline:
                    raise errors.APITimeoutError(request)
                await _sleep(wait)
                self._shared.check_open()
                wait = 0.0
        self._shared.check_open()

    def _raise_if_closed(self, http: httpx.Client | httpx.AsyncClient, exc: RuntimeError) -> None:
        if self._shared.closed or http.is_closed:
            raise errors.ClientClosedError("this client was closed during the call") from exc

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, args: dict[str, Any]
    ) -> httpx.Request:
        headers = {"Accept": self._shared.accept, "User-Agent": _user_agent()}
        authorization = self._shared.authorization(operation)
        if authorization is not None:
            headers["Authorization"] = authorization
        body = args.get("json")
        content = None
        if body is not None:
            content = _json_body(body)
            headers["Content-Type"] = "application/json"
        return http.build_request(
            operation.method,
            self._shared.base_urls[operation.host] + args["url"],
            params=args.get("params"),
            content=content,
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
        *,
        call_deadline: float,
    ) -> float | None:
        """Log one exchange; return how long to wait before retrying it, or None to stop
        (no retries left, not retryable, or past the call's total_timeout)."""
        policy = self._retry_policy
        if isinstance(outcome, httpx.Response):
            what = f"HTTP {outcome.status_code}"
            retryable = policy.should_retry_response(operation, outcome)
            response: httpx.Response | None = outcome
            if outcome.status_code == 429 and self._shared.limiter is not None:
                pause = policy.retry_after(outcome)
                if pause is not None:  # Altegio counts per IP: everyone sharing it waits
                    self._shared.limiter.pause(pause)
        else:
            what = type(outcome).__name__
            retryable = policy.should_retry_error(operation, outcome)
            response = None
        _log_exchange(request, what, started, retry)
        if retry >= self._max_retries or not retryable:
            return None
        delay = policy.delay(retry, response)
        if time.monotonic() + delay > call_deadline:
            return None
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


def _checked(operation: Operation, response: httpx.Response) -> httpx.Response:
    """Raise the typed error for an error status, an undocumented redirect or a
    `success: false` envelope."""
    status = response.status_code
    if status >= 400:
        raise errors.APIStatusError.from_response(response)
    if 300 <= status < 400 and status not in operation.redirects:  # documented ones succeed
        raise errors.RedirectError(response)
    if _may_be_unsuccessful(response.content):
        error = errors.APIStatusError.from_response(response)
        if isinstance(error.body, dict) and error.body.get("success") is False:
            raise error
    return response


async def _sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - only the async client needs it

    await asyncio.sleep(seconds)


class _AttemptTimeouts(Mapping[str, float | None]):
    """httpx's per-phase timeouts, each capped at what is left of the attempt. httpcore
    reads them as each phase starts (pool, connect, send, response headers, body)."""

    def __init__(self, timeout: httpx.Timeout, deadline: float) -> None:
        self._parts = timeout.as_dict()
        self._deadline = deadline

    def __getitem__(self, key: str) -> float | None:
        part = self._parts[key]
        left = max(self._deadline - time.monotonic(), _MIN_WAIT)
        return left if part is None else min(part, left)

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)


def _attempt_seconds(timeout: httpx.Timeout) -> float:
    """How long one attempt may take in all: the longest of the configured phases."""
    return max(part for part in timeout.as_dict().values() if part is not None)


def _read_body(response: httpx.Response, limit: int, deadline: float) -> None:
    """Read a streamed body, refusing one over `limit` bytes (as declared, as sent, or as
    decompressed) and one still arriving at the attempt's deadline (a trickle)."""
    chunks: list[bytes] = []
    try:
        size = _declared_size(response, limit)
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise errors.ResponseTooLargeError(response, limit)
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("no complete response in time", request=response.request)
    except BaseException:
        response.close()
        raise
    response._content = b"".join(chunks)


async def _aread_body(response: httpx.Response, limit: int) -> None:
    chunks: list[bytes] = []
    try:
        size = _declared_size(response, limit)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise errors.ResponseTooLargeError(response, limit)
            chunks.append(chunk)
    except BaseException:
        await response.aclose()
        raise
    response._content = b"".join(chunks)


def _declared_size(response: httpx.Response, limit: int) -> int:
    """Refuse at once a body whose Content-Length is over the limit; 0 to start counting."""
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise errors.ResponseTooLargeError(response, limit)
    return 0


def _json_body(body: Any) -> bytes:
    """The request body as httpx would encode it, plus Decimal amounts as JSON numbers."""
    return json.dumps(
        body, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_json_number
    ).encode()


def _json_number(value: object) -> int | float:
    if isinstance(value, Decimal) and value.is_finite():
        if value == value.to_integral_value():
            return int(value)
        number = float(value)
        if Decimal(repr(number)) == value:
            return number
        raise ValueError(f"{value!r} cannot be sent exactly as a JSON number")
    raise TypeError(f"{type(value).__name__} {value!r} cannot be sent as JSON")


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


def _total_timeout(value: float | None) -> float | None:
    if value is not None and (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"total_timeout must be None or finite and positive, not {value!r}")
    return value


def _max_response_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_size must be a whole number of bytes > 0, not {value!r}")
    return value


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
