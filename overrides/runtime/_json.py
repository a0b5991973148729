"""Decoding response bodies: msgspec's C decoder when it is installed
(`pip install altegio-devtools[speedups]`), else the standard library.

The result is the same either way: whatever msgspec refuses (NaN and Infinity literals,
out-of-range floats, lone surrogates, a UTF-8 BOM, invalid UTF-8, very deep nesting) goes to
json.loads, which accepts or rejects it exactly as it always did, with its own message.
msgspec is imported on the first body, not with the package.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "decode_response",
    "describe_decode_error",
    "loads",
    "response_json",
    "speedups_enabled",
]

#: Where decode_response leaves a body's JSON value for the parser (response.extensions).
_DECODED = "altegio_devtools.json"

_decode: Callable[[bytes], Any] | None = None
_refused: tuple[type[Exception], ...] = ()
_looked = False


def loads(content: bytes) -> Any:
    """The JSON value of a body (raises what json.loads raises for a body that is not JSON)."""
    if not _looked:
        _look_for_msgspec()
    if _decode is not None:
        try:
            return _decode(content)
        except _refused:
            pass  # json.loads accepts what it accepted before, or raises its own error
    return json.loads(content)


def decode_response(response: httpx.Response) -> Any:
    """The JSON value of a response's body, kept for response_json: the client reads a
    success body once, to look for `success: false`, and the parser takes it from there."""
    value = loads(response.content)
    response.extensions[_DECODED] = value
    return value


def response_json(response: httpx.Response) -> Any:
    """What decode_response kept (taken, so that a second parse decodes afresh and shares
    no lists with the first), else the body decoded now."""
    if _DECODED in response.extensions:
        return response.extensions.pop(_DECODED)
    return loads(response.content)


def describe_decode_error(error: BaseException) -> str:
    """Why a body could not be read, by position and kind only: the text of a
    UnicodeDecodeError quotes a byte of the body, and other errors may quote a value."""
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON ({error.msg}: character {error.pos})"
    if isinstance(error, UnicodeDecodeError):
        return f"not JSON (invalid UTF-8 at byte {error.start})"
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    return f"not readable ({type(error).__name__})"


def speedups_enabled() -> bool:
    """Whether bodies are decoded by msgspec."""
    if not _looked:
        _look_for_msgspec()
    return _decode is not None


def _look_for_msgspec() -> None:
    global _decode, _refused, _looked  # noqa: PLW0603 - a one-time, idempotent lookup
    try:
        import msgspec  # noqa: PLC0415 - optional, and lazy: import cost only when used
    except ImportError:
        pass
    else:
        # Anything it refuses goes to json.loads, which has the last word (and message).
        _decode, _refused = msgspec.json.decode, (msgspec.MsgspecError, ValueError, RecursionError)
    _looked = True
