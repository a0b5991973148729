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
import os
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Self, TypeVar

import httpx

from . import errors
from ._rate_limit import (
    DEFAULT_RATE_LIMITS,
    AsyncDeparture,
    Departure,
    RateLimit,
    RateLimiter,
)
from ._retries import RETRIED_FROM, RetryPolicy
from ._typed import decode_success
from .drift import DriftError, log_drift
from .errors import parse_body
from .types import UNSET, Body, Headers, Host, Operation, Query, Unset

__all__ = [
    "API_BASE_URL",
    "APP_BASE_URL",
    "DEFAULT_ACCEPT",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MOCK_BASE_URL",
    "PARTNER_TOKEN_ENV",
    "USER_TOKEN_ENV",
    "Client",
    "Environment",
]

API_BASE_URL = "https://api.alteg.io/api/v1"
APP_BASE_URL = "https://app.alteg.io"
#: Altegio's documented mock server; it serves both hosts' operations.
MOCK_BASE_URL = "https://developer.alteg.io/_mock/en/developers/openapi"
#: Altegio's backend requires it for partner IDs above 1743; it does not select API v2.
DEFAULT_ACCEPT = "application/vnd.api.v2+json"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: A larger body is refused while it streams in (errors.ResponseTooLargeError).
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
#: Where a client reads the tokens it is not given.
PARTNER_TOKEN_ENV = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105 - a variable name, not a token
USER_TOKEN_ENV = "ALTEGIO_USER_TOKEN"  # noqa: S105
#: The shortest wait handed to a socket: 0 would make it non-blocking, not time out.
_MIN_WAIT = 0.001

Environment = Literal["production", "mock"]
_BASE_URLS: dict[str, tuple[str, str]] = {
    "production": (API_BASE_URL, APP_BASE_URL),
    "mock": (MOCK_BASE_URL, MOCK_BASE_URL),
}

logger: logging.Logger = logging.getLogger("altegio_devtools")
T = TypeVar("T")


class _Secret:
    """A token that never shows itself in a repr, str or log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str, name: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{name} must be a non-empty string")
        if value != value.strip():  # a pasted newline: refused rather than guessed at
            raise ValueError(f"{name} has whitespace around it: remove it")
        if "," in value or not (value.isascii() and value.isprintable()):
            # It goes into `Authorization: Bearer <partner>, User <user>` as is.
            raise ValueError(f"{name} must be printable ASCII without commas")
        _refuse_auth_scheme(value, name)
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'**********'"

    __str__ = __repr__


class _Pools:
    """The connection pools, opened on first use. The client that created them shares them
    with the clients derived from it (with_options), and closing it closes them."""

    def __init__(
        self, http_client: httpx.Client | None, async_http_client: httpx.AsyncClient | None
    ) -> None:
        self.owns_http = http_client is None
        self.owns_async_http = async_http_client is None
        self._http = http_client
        self._async_http = async_http_client
        self.closed = False
        self.members: weakref.WeakSet[_Shared] = weakref.WeakSet()  # woken when closed
        self.lock = threading.Lock()

    def http(self) -> httpx.Client:
        http = self._http
        if http is not None:  # open (close() clears it under the lock): no lock to read it
            return http
        with self.lock:
            self._check_open()
            if self._http is None:
                self._http = httpx.Client()
            return self._http

    def async_http(self) -> httpx.AsyncClient:
        async_http = self._async_http
        if async_http is not None:
            return async_http
        with self.lock:
            self._check_open()
            if self._async_http is None:
                self._async_http = httpx.AsyncClient()
            return self._async_http

    def _check_open(self) -> None:
        if self.closed:
            raise errors.ClientClosedError("this client is closed; create a new one")

    def close(self) -> httpx.AsyncClient | None:
        """Close the sync pool we own; return the async one we own, for the caller to await."""
        with self.lock:
            self.closed = True
            members = list(self.members)
            http, self._http = self._http, None
            async_http, self._async_http = self._async_http, None
        for member in members:
            member.closed_event.set()
        if http is not None and self.owns_http:
            http.close()
        return async_http if self.owns_async_http else None


class _Shared:
    """What one client and its per-call views share: tokens, hosts, the limiter, and the
    pools (which clients derived by with_options share as well)."""

    def __init__(
        self,
        *,
        partner_token: _Secret,
        user_token: _Secret | None,
        environment: Environment,
        base_urls: dict[Host, str],
        accept: str,
        limiter: RateLimiter | None,
        pools: _Pools,
        owns_pools: bool,
    ) -> None:
        self.partner_token = partner_token
        self.user_token = user_token
        self.environment = environment
        self.base_urls = {host: url.rstrip("/") for host, url in base_urls.items()}
        self.accept = accept
        self.limiter = limiter
        self.pools = pools
        self.owns_pools = owns_pools
        self.closed_event = threading.Event()  # wakes calls sleeping here when closed
        self._headers: dict[str, dict[str, str]] = {}  # by Operation.auth
        with pools.lock:
            pools.members.add(self)

    def http(self) -> httpx.Client:
        self.check_open()
        return self.pools.http()

    def async_http(self) -> httpx.AsyncClient:
        self.check_open()
        return self.pools.async_http()

    @property
    def closed(self) -> bool:
        return self.closed_event.is_set() or self.pools.closed

    def check_open(self) -> None:
        if self.closed:
            raise errors.ClientClosedError("this client is closed; create a new one")

    def sleep(self, seconds: float) -> None:
        """time.sleep, cut short by close() with errors.ClientClosedError."""
        if seconds > 0 and self.closed_event.wait(seconds):
            self.check_open()

    def close(self) -> httpx.AsyncClient | None:
        """Close this client, and the pools if it created them; return the async pool to
        await, if that closed."""
        self.closed_event.set()
        return self.pools.close() if self.owns_pools else None

    def headers(self, operation: Operation) -> dict[str, str]:
        """A new dict of the headers every request of this operation's auth sends."""
        headers = self._headers.get(operation.auth)
        if headers is None:  # built once per kind of auth
            headers = {"Accept": self.accept, "User-Agent": _user_agent()}
            authorization = self.authorization(operation)
            if authorization is not None:
                headers["Authorization"] = authorization
            self._headers[operation.auth] = headers
        return headers.copy()

    def authorization(self, operation: Operation) -> str | None:
        if operation.auth == "none":
            return None
        header = f"Bearer {self.partner_token.reveal()}"
        if operation.auth == "partner_user":
            if self.user_token is None:
                raise errors.MissingUserTokenError(operation.operation_id, operation.python_name)
            header += f", User {self.user_token.reveal()}"
        return header

    def redact(self, text: str) -> str:
        """The text without this client's tokens (for log lines: the URL and our own words,
        cleared as error messages are, see errors.SAFETY_NET_LENGTH)."""
        tokens = [self.partner_token.reveal()]
        if self.user_token is not None:
            tokens.append(self.user_token.reveal())
        return errors.redact(text, tokens, shortest=errors.SAFETY_NET_LENGTH)


@dataclass(frozen=True)
class _Extras:
    """One call's extra_headers, extra_query and extra_body (see Client.for_call)."""

    headers: Headers | None = None
    query: Query | None = None
    body: Body | None = None


class Client:
    """Sends the generated operations' requests. Use AltegioClient/AsyncAltegioClient;
    this class is what the generated functions in `altegio_devtools.api` take.

    partner_token defaults to the ALTEGIO_PARTNER_TOKEN environment variable (else
    errors.MissingPartnerTokenError), an omitted user_token to ALTEGIO_USER_TOKEN (else none;
    user_token=None: none)."""

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
        async_http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._shared = _Shared(
            partner_token=_partner_token(partner_token),
            user_token=_user_token(user_token),
            environment=environment,
            base_urls=_base_urls(environment, api_base_url, app_base_url),
            accept=accept,
            limiter=_limiter(rate_limits),
            pools=_Pools(http_client, async_http_client),
            owns_pools=True,
        )
        self._use_timeout(_timeout(timeout))
        self._max_retries = _max_retries(max_retries)
        self._strict = _strict(strict)
        self._total_timeout = _total_timeout(total_timeout)
        self._max_response_size = _max_response_size(max_response_size)
        self._retry_policy = RetryPolicy()
        self._extras = _Extras()

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
    ) -> Client:
        """A client derived from this one: the options given replace this client's, the
        rest are kept. It sends through the same connection pools, and through the same
        rate limiter unless `rate_limits` is given; closing it closes neither. Keep (and
        close) the client you derive from: it owns the pools.

        `environment` resets both hosts to that environment's unless `api_base_url` or
        `app_base_url` is given too; a base URL of None is the environment's."""
        shared = self._shared
        shared.check_open()  # a client derived from a closed one could never send
        if isinstance(environment, Unset):
            env, urls = shared.environment, dict(shared.base_urls)
        else:  # a new environment: both its hosts
            env, urls = environment, _base_urls(environment, None, None)
        default_api, default_app = _BASE_URLS[env]
        if not isinstance(api_base_url, Unset):
            urls["api"] = _base_url(api_base_url, "api_base_url") or default_api
        if not isinstance(app_base_url, Unset):
            urls["app"] = _base_url(app_base_url, "app_base_url") or default_app
        derived = copy.copy(self)  # every other option, the retry policy
        derived._extras = _Extras()
        derived._shared = _Shared(
            partner_token=(
                shared.partner_token
                if isinstance(partner_token, Unset)
                else _Secret(partner_token, "partner_token")
            ),
            user_token=(
                shared.user_token
                if isinstance(user_token, Unset)
                else _optional_secret(user_token, "user_token")
            ),
            environment=env,
            base_urls=urls,
            accept=shared.accept if isinstance(accept, Unset) else accept,
            limiter=shared.limiter if isinstance(rate_limits, Unset) else _limiter(rate_limits),
            pools=shared.pools,
            owns_pools=False,
        )
        derived._set_call_options(timeout, max_retries, strict, total_timeout, max_response_size)
        return derived

    def for_call(
        self,
        *,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Client:
        """This client for one call (the resource methods' own options): same tokens, pools
        and limiter, this call's timeout and retries, and extras merged into its request.

        extra_headers replace the default headers of the same name (Accept, User-Agent,
        Content-Type) but not Authorization; extra_query replaces query parameters of the
        same name; extra_body replaces top-level fields of the JSON body."""
        no_extras = extra_headers is None and extra_query is None and extra_body is None
        if isinstance(timeout, Unset) and isinstance(max_retries, Unset) and no_extras:
            return self
        view = copy.copy(self)
        view._set_call_options(timeout, max_retries, UNSET, UNSET, UNSET)
        view._extras = _extras(extra_headers, extra_query, extra_body)
        return view

    def _set_call_options(
        self,
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
        strict: bool | Unset,
        total_timeout: float | Unset | None,
        max_response_size: int | Unset,
    ) -> None:
        if not isinstance(timeout, Unset):
            self._use_timeout(_timeout(timeout))
        if not isinstance(max_retries, Unset):
            self._max_retries = _max_retries(max_retries)
        if not isinstance(strict, Unset):
            self._strict = _strict(strict)
        if not isinstance(total_timeout, Unset):
            self._total_timeout = _total_timeout(total_timeout)
        if not isinstance(max_response_size, Unset):
            self._max_response_size = _max_response_size(max_response_size)

    def _use_timeout(self, timeout: httpx.Timeout) -> None:
        self._timeout = timeout
        # Every phase is set (_timeout refuses None); the `if` only tells mypy so.
        parts = timeout.as_dict()
        self._timeout_parts = {name: part for name, part in parts.items() if part is not None}
        # How long one attempt may take in all: the longest of the configured phases.
        self._attempt_seconds = max(self._timeout_parts.values())

    @property
    def strict(self) -> bool:
        """Whether a response body that deviates from the description raises (see drift.py)."""
        return self._strict

    @property
    def base_urls(self) -> dict[Host, str]:
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
        call_deadline = (
            math.inf if self._total_timeout is None else time.monotonic() + self._total_timeout
        )
        limited = self._shared.limiter is not None
        retry = 0
        while True:
            # http() saw the client open; a retry or the limiter's wait may have outlasted it.
            departure = self._wait_for_slot(request, call_deadline) if limited or retry else None
            started = time.monotonic()
            timeouts = _AttemptTimeouts(
                self._timeout_parts, started, self._attempt_seconds, call_deadline
            )
            request.extensions["timeout"] = timeouts
            if departure is not None:  # httpcore calls it as the request leaves
                departure.extend = timeouts.extend
                request.extensions["trace"] = departure
            outcome: httpx.Response | httpx.RequestError
            try:
                response = http.send(request, stream=True, follow_redirects=follow)
            except httpx.RequestError as exc:  # transport, decoding, too many redirects
                outcome = exc
            except RuntimeError as exc:  # httpx's "the client has been closed"
                self._raise_if_closed(http, exc)
                raise
            else:
                if response.status_code < RETRIED_FROM:  # a success: no policy to ask
                    self._log_exchange(request, response, started, retry)
                    delay = None
                else:
                    delay = self._retry_delay(
                        operation, request, retry, started, response, call_deadline=call_deadline
                    )
                if delay is None:
                    try:
                        _read_body(response, self._max_response_size, timeouts.deadline)
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
        call_deadline = (
            math.inf if self._total_timeout is None else time.monotonic() + self._total_timeout
        )
        limited = self._shared.limiter is not None
        retry = 0
        while True:
            departure = None
            if limited or retry:
                departure = await self._await_slot(request, call_deadline)
            started = time.monotonic()
            timeouts = _AttemptTimeouts(
                self._timeout_parts, started, self._attempt_seconds, call_deadline
            )
            request.extensions["timeout"] = timeouts
            timeouts.timer = attempt = asyncio.timeout(timeouts.deadline - started)
            if departure is not None:  # httpcore calls it as the request leaves
                departure.extend = timeouts.extend
                request.extensions["trace"] = departure
            outcome: httpx.Response | httpx.RequestError
            delay: float | None = None
            try:
                async with attempt:
                    try:
                        response = await http.send(request, stream=True, follow_redirects=follow)
                    except RuntimeError as exc:  # httpx's "the client has been closed"
                        self._raise_if_closed(http, exc)
                        raise
                    if response.status_code < RETRIED_FROM:
                        self._log_exchange(request, response, started, retry)
                    else:
                        delay = self._retry_delay(
                            operation, request, retry, started, response,
                            call_deadline=call_deadline,
                        )  # fmt: skip
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

    def _wait_for_slot(self, request: httpx.Request, call_deadline: float) -> Departure | None:
        """Wait for the rate limiter (close() cuts the wait short with ClientClosedError);
        return what charges the request again if it leaves late."""
        limiter = self._shared.limiter
        departure = None
        if limiter is not None:
            departure = Departure(limiter, request, call_deadline, self._shared.sleep, _no_op)
            departure.admit()
        self._shared.check_open()
        return departure

    async def _await_slot(
        self, request: httpx.Request, call_deadline: float
    ) -> AsyncDeparture | None:
        limiter = self._shared.limiter
        departure = None
        if limiter is not None:
            departure = AsyncDeparture(limiter, request, call_deadline, self._asleep, _no_op)
            await departure.admit()
        self._shared.check_open()
        return departure

    async def _asleep(self, seconds: float) -> None:
        await _sleep(seconds)
        self._shared.check_open()

    def _raise_if_closed(self, http: httpx.Client | httpx.AsyncClient, exc: RuntimeError) -> None:
        if self._shared.closed or http.is_closed:
            raise errors.ClientClosedError("this client was closed during the call") from exc

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, args: dict[str, Any]
    ) -> httpx.Request:
        # A plain dict: httpx merges it into the client's headers without another Headers.
        headers: dict[str, str] | httpx.Headers = self._shared.headers(operation)
        extras = self._extras
        body = args.get("json")
        if extras.body is not None:
            if not isinstance(body, dict):  # the resource methods offer it only with a body
                raise TypeError(f"{operation.python_name} sends no JSON body for extra_body")
            body = {**body, **extras.body}
        content = None
        if body is not None:
            content = _json_body(body)
            headers["Content-Type"] = "application/json"
        if extras.headers:  # replacing ours whatever their case: httpx.Headers
            headers = httpx.Headers(headers)
            headers.update(extras.headers)
        params = args.get("params")
        if extras.query is not None:
            params = {**(params or {}), **extras.query}
        return http.build_request(
            operation.method,
            self._shared.base_urls[operation.host] + args["url"],
            params=params,
            content=content,
            headers=headers,
            # Each attempt sets its own (_AttemptTimeouts): no httpx.Timeout copied here.
            extensions={"timeout": self._timeout_parts},
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
        what = _outcome(outcome)
        if isinstance(outcome, httpx.Response):
            retryable = policy.should_retry_response(operation, outcome)
            response: httpx.Response | None = outcome
            if outcome.status_code == 429 and self._shared.limiter is not None:
                pause = policy.retry_after(outcome)
                if pause is not None:  # Altegio counts per IP: everyone sharing it waits
                    self._shared.limiter.pause(pause)
        else:
            retryable = policy.should_retry_error(operation, outcome)
            response = None
        self._log_exchange(request, outcome, started, retry)
        if retry >= self._max_retries or not retryable:
            return None
        delay = policy.delay(retry, response)
        if time.monotonic() + delay > call_deadline:
            return None
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "retrying %s in %.2fs after %s (retry %d of %d)",
                self._shared.redact(_request_line(request)), delay, what, retry + 1,
                self._max_retries,
            )  # fmt: skip
        return delay

    def _log_exchange(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.RequestError,
        started: float,
        retry: int,
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            headers = {
                name: "<redacted>" if _SECRET_HEADER.search(name) else value
                for name, value in request.headers.items()
            }
            line = "%s -> %s in %.3fs (retry %d) headers=%s" % (  # noqa: UP031 - then redacted
                _request_line(request),
                _outcome(outcome),
                time.monotonic() - started,
                retry,
                headers,
            )
            logger.debug("%s", self._shared.redact(line))

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pools this client created (not ones passed in); a closed
        client raises errors.ClientClosedError instead of quietly opening new ones. (Only
        the sync AltegioClient calls it, which opens no async pool.)"""
        self._shared.close()

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
    if response.content:
        try:
            body = decode_success(response, operation)  # once: the parser takes it from there
        except (ValueError, RecursionError):
            return response  # not JSON: the parser says so, as a ResponseValidationError
        if type(body) is dict and body.get("success") is False:
            raise errors.APIStatusError.from_response(response)
    return response


def _no_op(seconds: float) -> None:
    pass


async def _sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - only the async client needs it

    await asyncio.sleep(seconds)


class _AttemptTimeouts(Mapping[str, float]):
    """httpx's per-phase timeouts, each capped at what is left of the attempt. httpcore
    reads them as each phase starts (pool, connect, send, response headers, body)."""

    def __init__(
        self, parts: dict[str, float], started: float, seconds: float, call_deadline: float
    ) -> None:
        self._parts = parts
        self._call_deadline = call_deadline
        self.deadline = min(started + seconds, call_deadline)
        self.timer: Any = None  # the async client's asyncio.timeout around the attempt

    def __getitem__(self, key: str) -> float:
        return min(self._parts[key], max(self.deadline - time.monotonic(), _MIN_WAIT))

    def extend(self, seconds: float) -> None:
        """Move the deadline on by what the request waited for the limiter as it left
        (never past the call's)."""
        self.deadline = min(self.deadline + seconds, self._call_deadline)
        if self.timer is not None:
            import asyncio  # noqa: PLC0415 - only the async client needs it

            left = self.deadline - time.monotonic()
            self.timer.reschedule(asyncio.get_running_loop().time() + left)

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)


def _read_body(response: httpx.Response, limit: int, deadline: float) -> None:
    """Read a streamed body, refusing one over `limit` bytes (as declared, as sent, or as
    decompressed) and one still arriving at the attempt's deadline (a trickle)."""
    if response.is_stream_consumed:
        _check_read_size(response, limit)
        return
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
    if response.is_stream_consumed:
        _check_read_size(response, limit)
        return
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


def _check_read_size(response: httpx.Response, limit: int) -> None:
    """A body its transport read already (httpx.MockTransport's, say): as httpx's own
    read(), it is not read again (nor left open); only its size is checked."""
    if len(response.content) > limit:
        raise errors.ResponseTooLargeError(response, limit)


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
    from . import __version__  # noqa: PLC0415 - the package imports this module first

    return f"altegio-devtools/{__version__}"


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


#: Headers whose values a debug log never shows (Authorization, and extra_headers such as
#: X-Api-Key or Cookie).
_SECRET_HEADER = re.compile(r"authorization|token|key|secret|cookie|password", re.IGNORECASE)


def _outcome(outcome: httpx.Response | httpx.RequestError) -> str:
    """An exchange's outcome in a log line: "HTTP 503", "ConnectError"."""
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__


def _request_line(request: httpx.Request) -> str:
    return f"{request.method} {request.url}"


def _partner_token(value: str | None) -> _Secret:
    """The partner token given, else the one in the environment."""
    if value is not None:
        return _Secret(value, "partner_token")
    from_env = os.environ.get(PARTNER_TOKEN_ENV, "")
    if not from_env.strip():
        raise errors.MissingPartnerTokenError()
    return _Secret(from_env, PARTNER_TOKEN_ENV)


def _user_token(value: str | Unset | None) -> _Secret | None:
    """The user token given (None: none, whatever the environment), else (omitted) the
    one in the environment, if set."""
    if not isinstance(value, Unset):
        return _optional_secret(value, "user_token")
    from_env = os.environ.get(USER_TOKEN_ENV, "")
    return _Secret(from_env, USER_TOKEN_ENV) if from_env.strip() else None


def _optional_secret(value: str | None, name: str) -> _Secret | None:
    return None if value is None else _Secret(value, name)


def _refuse_auth_scheme(value: str, name: str) -> None:
    """A token given with its scheme would go out as `Bearer Bearer ...`: refused when the
    client is created, not at the first call's 401."""
    for scheme in ("Bearer", "User"):
        if value.strip().lower().startswith(scheme.lower() + " "):
            raise ValueError(f"{name} is the token alone: leave out {scheme!r}, the client adds it")


def _base_urls(
    environment: Environment, api_base_url: str | None, app_base_url: str | None
) -> dict[Host, str]:
    if environment not in _BASE_URLS:
        raise ValueError(f"environment must be one of {sorted(_BASE_URLS)}, not {environment!r}")
    api, app = _BASE_URLS[environment]
    return {
        "api": _base_url(api_base_url, "api_base_url") or api,
        "app": _base_url(app_base_url, "app_base_url") or app,
    }


def _base_url(value: str | None, name: str) -> str | None:
    """A base URL checked when the client is created: an absolute http(s) URL (without a
    scheme httpx would fail only at the first call, with UnsupportedProtocol)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        url = httpx.URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"{name} must be an absolute http(s) URL, e.g. https://api.alteg.io/api/v1"
        )
    return value


def _limiter(rate_limits: Sequence[RateLimit] | RateLimiter | None) -> RateLimiter | None:
    if isinstance(rate_limits, RateLimiter):
        return rate_limits
    return RateLimiter(rate_limits) if rate_limits else None


def _extras(headers: Headers | None, query: Query | None, body: Body | None) -> _Extras:
    """One call's extras, checked before anything is sent."""
    for name, value in (("extra_headers", headers), ("extra_query", query), ("extra_body", body)):
        if value is not None and not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    if headers is not None and any(name.lower() == "authorization" for name in headers):
        raise ValueError(
            "extra_headers cannot set Authorization: the client builds it from its tokens "
            "(use with_options(partner_token=..., user_token=...))"
        )
    return _Extras(
        None if headers is None else dict(headers),
        None if query is None else dict(query),
        None if body is None else dict(body),
    )
