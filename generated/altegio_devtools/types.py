"""Shared types of the generated code and the runtime (replaces openapi-python-client's
types.py: the status code is a plain int, and parsing failures become typed errors)."""

from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define

from .errors import ResponseValidationError

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Operation",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_body",
]


class Unset:
    """The type of UNSET: a value the caller did not give (as distinct from None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` accepts, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data request."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an operation: status, headers, raw body and the parsed model."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


Host = Literal["api", "app"]
Auth = Literal["none", "partner", "partner_user"]


@dataclass(frozen=True, slots=True)
class Operation:
    """What the transport needs to know about an operation, read from the effective spec."""

    operation_id: str
    method: str
    path: str
    host: Host
    """`app` for the operations whose `servers` name https://app.alteg.io, else `api`."""
    auth: Auth
    """From `security`: Bearer <partner> or Bearer <partner>, User <user>."""

    @property
    def idempotent(self) -> bool:
        return self.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


def parse_body(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
    """Run a generated parser; any way the body fails to match becomes one typed error."""
    try:
        return parser(response)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # json.JSONDecodeError is a ValueError.
        raise ResponseValidationError(response, exc) from exc
