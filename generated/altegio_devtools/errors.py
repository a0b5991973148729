"""Every error the client raises, in one hierarchy.

AltegioError
├── MissingUserTokenError        an operation needs a user token and the client has none
├── ClientClosedError            the client was used after close()
├── WebhookError                 a delivery to the partner's receiver is not acceptable
│   ├── InvalidWebhookError      not JSON, not an object, no envelope; strict: any drift (400)
│   └── WebhookAuthenticationError  wrong partner_token or `sign` (401)
├── APIError                     something went wrong talking to the API
│   ├── APIConnectionError       no response (APITimeoutError: none in time)
│   ├── ResponseValidationError  a response that is not JSON or not an envelope; strict: drift
│   └── APIStatusError           an error status, or `success: false` at any status
│       ├── BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
│       ├── PermissionDeniedError 403, NotFoundError 404, UnprocessableEntityError 422,
│       └── RateLimitError 429, InternalServerError 5xx

Messages never contain a token: they name the request by method and URL only (the
Authorization header is never part of them).
"""

from __future__ import annotations

import json
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
    "FieldError",
    "InternalServerError",
    "InvalidWebhookError",
    "MissingUserTokenError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookAuthenticationError",
    "WebhookError",
]

_SNIPPET = 200


class AltegioError(Exception):
    """Base class of every error raised by altegio_devtools."""


class MissingUserTokenError(AltegioError):
    """The operation is authorised with `Bearer <partner>, User <user>` and the client was
    created without a user token. Raised before anything is sent."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(
            f"{operation_id} needs a user token: create the client with user_token=..."
        )
        self.operation_id = operation_id


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


class ClientClosedError(AltegioError):
    """The client was closed (close(), or the end of its `with` block)."""


class APIError(AltegioError):
    """A request failed. `request` is the httpx request (its headers hold the token: do not
    log them)."""

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
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
        self.status_code = response.status_code


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
        self.status_code = response.status_code
        self.body = body
        meta = body.get("meta") if isinstance(body, dict) else None
        message = meta.get("message") if isinstance(meta, dict) else None
        self.meta_message: str | None = message if isinstance(message, str) else None
        self.errors: list[FieldError] = normalize_errors(
            meta.get("errors") if isinstance(meta, dict) else None
        )
        detail = self.meta_message or (None if body is not None else _snippet(response))
        request = _request_of(response)
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
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def normalize_errors(raw: Any) -> list[FieldError]:
    """Flatten the four `meta.errors` shapes seen in the wild (api-facts.md §2.4):

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
