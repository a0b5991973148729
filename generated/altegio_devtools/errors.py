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
`meta.message`, say) shows as `**********`, whatever its length and however JSON escaped it
(`\\/` for `/`); so do the tokens in the live error's `body`, `errors` and `drift`.

Nor do messages and reprs contain people's data: what a body holds (a client's name and
phone) is named by its path, its JSON type and its size, never shown. A body that is not
the envelope (a 502 page) is described by size and Content-Type. Altegio's own words about
the call (`meta.message`, the messages of `meta.errors`) are shown; the values of
`meta.errors` are not. The body is on the live error, for code that asks for it:
`error.response.content`, `error.body`, `error.errors[i].value`, `error.drift[i].value`.

Every error pickles (for multiprocessing, Celery): it unpickles to the same class and
message, with its status, headers, `meta_message`, `errors` (fields and messages) and
`drift` (paths and types), but no body: a pickle goes to queues and result stores, so the
response's and request's content, `body`, and the values of `errors` and `drift` stay
behind (None, empty, drift.WITHHELD), and so does the Authorization header.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote

import httpx

from ._json import describe_decode_error
from .drift import READ_ERRORS, WITHHELD, Drift, DriftError, describe_drift

T = TypeVar("T")

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

_REDACTED = "**********"
#: A message as a whole (URL and our own words included) is also cleared of every token of
#: at least this length, in case one got there; a shorter one is redacted from what the
#: server sent (meta.message, errors, bodies, Location) but not from our own words, where
#: a test's `partner_token="p"` would garble every URL ("htt**********s://").
SAFETY_NET_LENGTH = 6
#: The longest Content-Type a message quotes (the server chose it, but keep it short).
_CONTENT_TYPE_LIMIT = 60


class AltegioError(Exception):
    """Base class of every error raised by altegio_devtools."""

    #: Attributes holding a decoded body: None in a pickle.
    _bodies: ClassVar[tuple[str, ...]] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as cls(*args), which our __init__ signatures do not take; and the
        # request's Authorization header must not travel. Rebuild from a cleaned __dict__.
        tokens = _tokens(_find_request(self))
        state = {name: self._pickled(name, value, tokens) for name, value in vars(self).items()}
        return _restore, (type(self), self.args, state)

    def _pickled(self, name: str, value: Any, tokens: tuple[str, ...]) -> Any:
        if name == "message":  # redacted when the error was made, like args
            return value
        return None if name in self._bodies else _withhold(value, tokens)


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
        message = redact(message, _long(_tokens(request)))
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
        tokens = _tokens(request)
        entries = cause.entries if isinstance(cause, DriftError) else ()
        self.drift: tuple[Drift, ...] = tuple(_clean_drift(entry, tokens) for entry in entries)
        detail = describe_drift(self.drift) if self.drift else describe_decode_error(cause)
        super().__init__(
            f"unexpected response body to {_describe(request)} "
            f"(HTTP {response.status_code}): {detail}; body: {_summary(response)}",
            request=request,
        )
        self.response = response
        self.status_code: int = response.status_code


def parse_body(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
    """Run a generated parser; any way the body fails to match becomes one typed error."""
    try:
        return parser(response)
    except (*READ_ERRORS, RecursionError) as exc:
        # json.JSONDecodeError is a ValueError; RecursionError: absurdly deep JSON. Not
        # chained: the text of a reader's error may quote the body (the message names it).
        raise ResponseValidationError(response, exc) from None


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
    value: Any = dataclasses.field(default=None, repr=False)
    """What the API quoted back (a field's value, an import row): never in a text or repr."""


class APIStatusError(APIError):
    """The API answered with an error status or with `success: false`.

    Attributes:
        status_code: the HTTP status (may be 2xx when the body says `success: false`).
        meta_message: the envelope's `meta.message`, if any.
        errors: `meta.errors` normalised to FieldError entries.
        body: the decoded JSON body (tokens redacted), or None when the body is not JSON.
        response: the httpx response.
    """

    _bodies: ClassVar[tuple[str, ...]] = ("body",)

    def __init__(self, response: httpx.Response, body: Any = None) -> None:
        request = _request_of(response)
        tokens = _tokens(request)
        self.response = response
        self.status_code: int = response.status_code
        self.body: Any = _clean(body, tokens)
        meta = body.get("meta") if isinstance(body, dict) else None
        message = meta.get("message") if isinstance(meta, dict) else None
        self.meta_message: str | None = (
            redact(message, tokens) if isinstance(message, str) else None
        )
        self.errors: list[FieldError] = [
            _clean_field_error(error, tokens)
            for error in normalize_errors(meta.get("errors") if isinstance(meta, dict) else None)
        ]
        detail = self.meta_message or (None if body is not None else _summary(response))
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
        request = _request_of(response)
        shown = (
            "(no Location)" if self.location is None else redact(self.location, _tokens(request))
        )
        text = (
            f"HTTP {response.status_code} from {_describe(request)}: "
            f"an undocumented redirect to {shown}, not followed"
        )
        text = redact(text, _long(_tokens(request)))
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


def redact(text: str, tokens: Iterable[str], *, shortest: int = 1) -> str:
    """The text with every token in it replaced by asterisks, whatever the token's length
    (or, given `shortest`, every token at least that long), also where it is written
    JSON-escaped (PHP's `\\/` for `/`) or percent-encoded."""
    for token in tokens:
        if len(token) < shortest:
            continue
        for form in _forms(token):
            if form in text:
                text = text.replace(form, _REDACTED)
    return text


def _forms(token: str) -> list[str]:
    """How a token may appear in a text: as it is, inside a JSON string (json.dumps's and
    PHP's escapes), in a URL; the longest first, so that no form is left half replaced."""
    forms = {token, quote(token, safe="")}
    for ensure_ascii in (True, False):
        escaped = json.dumps(token, ensure_ascii=ensure_ascii)[1:-1]
        forms.update((escaped, escaped.replace("/", "\\/")))
    return sorted(filter(None, forms), key=len, reverse=True)


def _long(tokens: Iterable[str]) -> list[str]:
    """The tokens a whole message is cleared of (see SAFETY_NET_LENGTH)."""
    return [token for token in tokens if len(token) >= SAFETY_NET_LENGTH]


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
    """A JSON value (or a list of entries) with every token in its texts redacted."""
    if not tokens:
        return value
    if isinstance(value, str):
        return redact(value, tokens)
    if type(value) is list or type(value) is tuple:
        return type(value)(_clean(item, tokens) for item in value)
    if type(value) is dict:
        return {_clean(k, tokens): _clean(v, tokens) for k, v in value.items()}
    return value


def _clean_field_error(error: FieldError, tokens: tuple[str, ...]) -> FieldError:
    field = None if error.field is None else redact(error.field, tokens)
    return FieldError(field, redact(error.message, tokens), _clean(error.value, tokens))


def _clean_drift(entry: Drift, tokens: tuple[str, ...]) -> Drift:
    """A strict error's drift entry, which holds the value as it came."""
    return Drift(entry.path, entry.expected, _clean(entry.value, tokens))


def _withhold(value: Any, tokens: tuple[str, ...]) -> Any:
    """A copy fit to pickle: no value from a body, requests without Authorization or
    content, no token in any text."""
    if isinstance(value, httpx.Request | httpx.Response | FieldError | Drift):
        return _withhold_object(value, tokens)
    if isinstance(value, str):
        return redact(value, tokens)
    if type(value) is list or type(value) is tuple:
        return type(value)(_withhold(item, tokens) for item in value)
    return value


def _withhold_object(
    value: httpx.Request | httpx.Response | FieldError | Drift, tokens: tuple[str, ...]
) -> Any:
    if isinstance(value, httpx.Request):
        return _request_without_content(value, tokens)
    if isinstance(value, httpx.Response):
        return _response_without_content(value, tokens)
    if isinstance(value, FieldError):
        field = None if value.field is None else redact(value.field, tokens)
        return FieldError(field, redact(value.message, tokens))
    return Drift(value.path, value.expected, WITHHELD)


def _response_without_content(response: httpx.Response, tokens: tuple[str, ...]) -> httpx.Response:
    skip = ("content-encoding", "content-length", "transfer-encoding")  # no content kept
    request = _request_of(response)
    return httpx.Response(
        response.status_code,
        headers=[
            (k, redact(v, tokens))
            for k, v in response.headers.multi_items()
            if k.lower() not in skip
        ],
        request=None if request is None else _request_without_content(request, tokens),
    )


def _request_without_content(request: httpx.Request, tokens: tuple[str, ...]) -> httpx.Request:
    skip = ("authorization", "content-length", "transfer-encoding")
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in skip]
    return httpx.Request(request.method, _clean_url(request.url, tokens), headers=headers)


def _clean_url(url: httpx.URL, tokens: tuple[str, ...]) -> httpx.URL:
    """The URL with any token in its query (extra_query) redacted."""
    params = url.params.multi_items()
    clean = [(k, _REDACTED if v in tokens else redact(v, _long(tokens))) for k, v in params]
    return url if clean == params else url.copy_with(params=clean)


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


def _summary(response: httpx.Response) -> str:
    """The body by size and Content-Type, never its text (a 502 page may quote a request)."""
    size = len(response.content)
    kind = response.headers.get("content-type", "").partition(";")[0].strip()
    kind = kind[:_CONTENT_TYPE_LIMIT] if kind.isascii() and kind.isprintable() else ""
    return f"{size} bytes" + (f" of {kind}" if kind else "")
