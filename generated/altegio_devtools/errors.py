"""Every error the client raises, in one hierarchy.

AltegioError
├── MissingPartnerTokenError     no partner_token given and no ALTEGIO_PARTNER_TOKEN set
├── MissingUserTokenError        an operation needs a user token and the client has none
├── ClientClosedError            the client was used after close()
├── RateLimitBackendError        the shared rate-limit store (file, Redis) cannot be used
├── WebhookError                 a delivery to the partner's receiver is not acceptable
│   ├── InvalidWebhookError      not JSON, not an object, no envelope; strict: any drift (400)
│   └── WebhookAuthenticationError  wrong partner_token or `sign` (401)
├── APIError                     something went wrong talking to the API
│   ├── APIConnectionError       no response (APITimeoutError: none in time)
│   ├── ResponseValidationError  a response that is not JSON or not an envelope; strict: drift
│   ├── ResponseTooLargeError    a body over max_response_size, refused while streaming
│   ├── PaginationError          a page that repeats an earlier one, or too many pages
│   └── APIStatusError           an error status, or `success: false` at any status
│       ├── RedirectError 3xx (undocumented: not followed), BadRequestError 400,
│       ├── AuthenticationError 401, PaymentRequiredError 402, PermissionDeniedError 403,
│       ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
│       └── RateLimitError 429, InternalServerError 5xx

Messages never contain a token: they name the request by method and URL only (the
Authorization header is never part of them), and a token the server echoes (in
`meta.message`, say) shows as `**********`. Every error pickles (for multiprocessing,
Celery): it unpickles to the same class and message, without the Authorization header,
and with the tokens of its request redacted everywhere else (bodies, headers, query, drift).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from .drift import Drift, DriftError, describe_drift

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "InvalidWebhookError",
    "MissingPartnerTokenError",
    "MissingUserTokenError",
    "NotFoundError",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitBackendError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookAuthenticationError",
    "WebhookError",
]

_SNIPPET = 200
_REDACTED = "**********"
#: Shorter tokens are not redacted from texts: replacing "p" everywhere would garble them.
_MIN_REDACTED = 6


class AltegioError(Exception):
    """Base class of every error raised by altegio_devtools."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as cls(*args), which our __init__ signatures do not take; and the
        # request's Authorization header must not travel. Rebuild from a cleaned __dict__.
        request = _find_request(self)
        tokens = _tokens(request)
        state = {name: _clean(value, tokens) for name, value in vars(self).items()}
        return _restore, (type(self), tuple(_clean(arg, tokens) for arg in self.args), state)


def _restore(cls: type[AltegioError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class MissingPartnerTokenError(AltegioError):
    """The client was created without `partner_token` and the ALTEGIO_PARTNER_TOKEN
    environment variable is not set (or empty)."""

    def __init__(self) -> None:
        super().__init__(
            "no partner token: pass partner_token=... or set the ALTEGIO_PARTNER_TOKEN "
            "environment variable"
        )


class MissingUserTokenError(AltegioError):
    """The operation is authorised with `Bearer <partner>, User <user>` and the client was
    created without a user token. Raised before anything is sent."""

    def __init__(self, operation_id: str, method: str | None = None) -> None:
        name = method or operation_id
        super().__init__(f"{name} needs a user token: create the client with user_token=...")
        self.operation_id = operation_id
        self.method = name


class WebhookError(AltegioError):
    """A webhook delivery that must not be processed; the message says why."""


class InvalidWebhookError(WebhookError):
    """The body is not JSON, not an object, or lacks or mistypes an envelope field
    (`company_id`, `resource`, `resource_id`, `status`); in strict mode also any field
    that does not match the description. `drift` lists those fields (see drift.py)."""

    def __init__(self, message: str, drift: tuple[Drift, ...] = ()) -> None:
        super().__init__(message)
        self.drift = drift


class WebhookAuthenticationError(WebhookError):
    """The lifecycle call carries a wrong partner_token, or a payment a wrong `sign`.
    The message never contains either value."""


class RateLimitBackendError(AltegioError):
    """The shared rate-limit store (Redis/Valkey, or the file) could not be used. Raised
    instead of sending: a limiter that cannot count must not let requests through."""


class ClientClosedError(AltegioError):
    """The client was closed (close(), or the end of its `with` block)."""


class APIError(AltegioError):
    """A request failed. `request` is the httpx request (its headers hold the token: do not
    log them)."""

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        message = redact(message, _tokens(request))
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before a full response."""

    def __init__(self, request: httpx.Request, cause: BaseException | None = None) -> None:
        reason = f": {type(cause).__name__}" if cause is not None else ""
        super().__init__(f"connection error on {_describe(request)}{reason}", request=request)


class APITimeoutError(APIConnectionError):
    """No complete response arrived within the timeout."""

    def __init__(self, request: httpx.Request) -> None:
        APIError.__init__(self, f"request timed out: {_describe(request)}", request=request)


class ResponseValidationError(APIError):
    """The body is not JSON, not the `{success, data, meta}` envelope, or (in strict mode)
    does not match the operation's response schema. `drift` lists every field that does
    not (see drift.py); the message names up to ten of them.

    The status was a success: Altegio has acted on the call. Do not resend it (a payment,
    a VoIP event) because of this error; `response` holds what came back."""

    def __init__(self, response: httpx.Response, cause: BaseException) -> None:
        request = _request_of(response)
        self.drift: tuple[Drift, ...] = cause.entries if isinstance(cause, DriftError) else ()
        detail = describe_drift(self.drift) if self.drift else f"{type(cause).__name__}: {cause}"
        super().__init__(
            f"unexpected response body to {_describe(request)} "
            f"(HTTP {response.status_code}): {detail}; body: {_snippet(response)}",
            request=request,
        )
        self.response = response
        self.status_code: int = response.status_code


class ResponseTooLargeError(APIError):
    """The body is larger than `max_response_size` (default 32 MiB): reading stopped there,
    before the body was held in memory. With a success status Altegio has acted on the
    call: do not resend it because of this error."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        request = _request_of(response)
        super().__init__(
            f"the response to {_describe(request)} (HTTP {response.status_code}) is larger "
            f"than max_response_size={limit} bytes; not read",
            request=request,
        )
        self.response = response
        self.status_code: int = response.status_code
        self.limit = limit


class PaginationError(APIError):
    """Pagination stopped: a full page repeated an earlier one (the server ignores `page`),
    or `max_pages` pages were read without reaching a short last page."""

    def __init__(self, message: str, *, request: httpx.Request | None, page: int) -> None:
        super().__init__(message, request=request)
        self.page = page


@dataclass(frozen=True)
class FieldError:
    """One entry of the envelope's `meta.errors`, whatever shape the API used."""

    field: str | None
    message: str
    value: Any = None


class APIStatusError(APIError):
    """The API answered with an error status or with `success: false`.

    Attributes:
        status_code: the HTTP status (may be 2xx when the body says `success: false`).
        meta_message: the envelope's `meta.message`, if any.
        errors: `meta.errors` normalised to FieldError entries.
        body: the decoded JSON body, or None when the body is not JSON.
        response: the httpx response.
    """

    def __init__(self, response: httpx.Response, body: Any = None) -> None:
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        request = _request_of(response)
        tokens = _tokens(request)
        meta = body.get("meta") if isinstance(body, dict) else None
        message = meta.get("message") if isinstance(meta, dict) else None
        self.meta_message: str | None = (
            redact(message, tokens) if isinstance(message, str) else None
        )
        self.errors: list[FieldError] = [
            FieldError(error.field, redact(error.message, tokens), error.value)
            for error in normalize_errors(meta.get("errors") if isinstance(meta, dict) else None)
        ]
        detail = self.meta_message or (None if body is not None else _snippet(response))
        text = f"HTTP {response.status_code} from {_describe(request)}"
        if detail:
            text += f": {detail}"
        if self.errors:
            text += " (" + "; ".join(_format_field_error(e) for e in self.errors) + ")"
        super().__init__(text, request=request)

    @staticmethod
    def from_response(response: httpx.Response) -> APIStatusError:
        """The error class for the response's status, with the envelope read if it is JSON."""
        try:
            body = json.loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            body = None
        status = response.status_code
        cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
        return cls(response, body)


class RedirectError(APIStatusError):
    """HTTP 3xx that the operation does not document. It is not followed (a POST never is:
    a payment must not be re-sent elsewhere or turned into a GET); `location` is where it
    pointed."""

    def __init__(self, response: httpx.Response, body: Any = None) -> None:
        super().__init__(response, body)
        self.location: str | None = response.headers.get("location")
        text = (
            f"HTTP {response.status_code} from {_describe(_request_of(response))}: "
            f"an undocumented redirect to {self.location or '(no Location)'}, not followed"
        )
        text = redact(text, _tokens(_request_of(response)))
        self.args: tuple[Any, ...] = (text,)
        self.message = text


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: a missing or wrong partner or user token."""


class PaymentRequiredError(APIStatusError):
    """HTTP 402: the location's licence has to be renewed."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: no access, or (install callback) the user already installed the app."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: invalid parameters or a business rule; see `errors`."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def normalize_errors(raw: Any) -> list[FieldError]:
    """Flatten the four `meta.errors` shapes seen in the wild (real API answers):

    1. `[{"field": "message"}]`
    2. `{"field": ["message", ...]}`
    3. `[{"field_name": ..., "field_value": ..., "error_message": ...}]`
    4. `[{"phone": ..., "name": ..., "error": "message"}]` (one row of a bulk import)
    """
    found: list[FieldError] = []
    if isinstance(raw, dict):
        for field, messages in raw.items():
            for message in messages if isinstance(messages, list) else [messages]:
                found.append(FieldError(str(field), str(message)))
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and "error_message" in item:
                found.append(
                    FieldError(
                        _optional_str(item.get("field_name")),
                        str(item["error_message"]),
                        item.get("field_value"),
                    )
                )
            elif isinstance(item, dict) and "error" in item:
                row = {key: value for key, value in item.items() if key != "error"}
                found.append(FieldError(None, str(item["error"]), row or None))
            elif isinstance(item, dict):
                found.extend(
                    FieldError(str(field), str(message)) for field, message in item.items()
                )
            elif item is not None:
                found.append(FieldError(None, str(item)))
    return found


def redact(text: str, tokens: Iterable[str]) -> str:
    """The text with every token in it replaced by asterisks."""
    for token in tokens:
        if len(token) >= _MIN_REDACTED and token in text:
            text = text.replace(token, _REDACTED)
    return text


def _tokens(request: httpx.Request | None) -> tuple[str, ...]:
    """The partner and user tokens of `Authorization: Bearer <partner>[, User <user>]`."""
    if request is None:
        return ()
    header = request.headers.get("authorization", "")
    tokens = []
    for part in header.split(","):
        scheme, _, token = part.strip().partition(" ")
        if scheme in ("Bearer", "User") and token.strip():
            tokens.append(token.strip())
    return tuple(tokens)


def _find_request(error: AltegioError) -> httpx.Request | None:
    """The request whose tokens to redact: every APIError keeps it (its response's)."""
    request = getattr(error, "request", None)
    return request if isinstance(request, httpx.Request) else None


def _clean(value: Any, tokens: tuple[str, ...]) -> Any:
    """A copy fit to pickle: requests without Authorization, no token in any text."""
    if isinstance(value, httpx.Request | httpx.Response):
        return _clean_exchange(value, tokens)
    if isinstance(value, str):
        return redact(value, tokens)
    if type(value) is list or type(value) is tuple:
        return type(value)(_clean(item, tokens) for item in value)
    if type(value) is dict:
        return {_clean(k, tokens): _clean(v, tokens) for k, v in value.items()}
    if isinstance(value, FieldError | Drift):
        return _clean_entry(value, tokens)
    return value


def _clean_entry(entry: FieldError | Drift, tokens: tuple[str, ...]) -> FieldError | Drift:
    """A field error, or a strict error's drift entry (which holds the value as it came)."""
    if isinstance(entry, Drift):
        return Drift(redact(entry.path, tokens), entry.expected, _clean(entry.value, tokens))
    field = None if entry.field is None else redact(entry.field, tokens)
    return FieldError(field, redact(entry.message, tokens), _clean(entry.value, tokens))


def _clean_exchange(
    value: httpx.Request | httpx.Response, tokens: tuple[str, ...]
) -> httpx.Request | httpx.Response:
    if isinstance(value, httpx.Request):
        return _clean_request(value, tokens)
    return _clean_response(value, tokens)


def _clean_response(response: httpx.Response, tokens: tuple[str, ...]) -> httpx.Response:
    skip = ("content-encoding", "content-length", "transfer-encoding")  # content is decoded
    request = _request_of(response)
    return httpx.Response(
        response.status_code,
        headers=[
            (k, redact(v, tokens))
            for k, v in response.headers.multi_items()
            if k.lower() not in skip
        ],
        content=_redact_bytes(_content_of(response), tokens),
        request=None if request is None else _clean_request(request, tokens),
    )


def _clean_request(request: httpx.Request, tokens: tuple[str, ...]) -> httpx.Request:
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "authorization"]
    try:
        content = _redact_bytes(request.content, tokens)
    except httpx.RequestNotRead:  # a streamed upload: nothing to keep
        content = b""
    url = _clean_url(request.url, tokens)
    return httpx.Request(request.method, url, headers=headers, content=content)


def _clean_url(url: httpx.URL, tokens: tuple[str, ...]) -> httpx.URL:
    """The URL with any token in its query (extra_query) redacted."""
    params = url.params.multi_items()
    clean = [(redact(k, tokens), redact(v, tokens)) for k, v in params]
    return url if clean == params else url.copy_with(params=clean)


def _content_of(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # e.g. refused as too large
        return b""


def _redact_bytes(content: bytes, tokens: tuple[str, ...]) -> bytes:
    for token in tokens:
        if len(token) >= _MIN_REDACTED:
            content = content.replace(token.encode(), _REDACTED.encode())
    return content


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _format_field_error(error: FieldError) -> str:
    return f"{error.field}: {error.message}" if error.field else error.message


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _describe(request: httpx.Request | None) -> str:
    if request is None:
        return "the request"
    return f"{request.method} {request.url.copy_with(query=None)}"


def _snippet(response: httpx.Response) -> str:
    text = response.content[:_SNIPPET].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return repr(text + ("…" if len(response.content) > _SNIPPET else ""))
