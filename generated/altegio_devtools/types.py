"""Shared types of the generated code and the runtime (replaces openapi-python-client's
types.py: the status code is a plain int, and UNSET is an enum member, so `x is UNSET`
narrows `int | Unset` to `int` under mypy and pyright).

The bottom of the runtime: it imports nothing from the package (drift, errors and the
rest import it)."""

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum
from typing import IO, BinaryIO, Final, Generic, Literal, Self, TypeVar

__all__ = [
    "UNSET",
    "Body",
    "File",
    "FileTypes",
    "Headers",
    "OpenIntEnum",
    "OpenStrEnum",
    "Operation",
    "Query",
    "RequestFiles",
    "Response",
    "Unset",
]


class Unset(Enum):
    """The type of UNSET: a value the caller did not give, or the body did not hold (as
    distinct from None). Its only member is UNSET: `if x is UNSET:` and
    `isinstance(x, Unset)` both tell it apart, and both narrow `T | Unset` to `T`."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Final = Unset.UNSET

# The types that `httpx.Client(files=)` accepts, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

# What a resource method's extra_headers, extra_query and extra_body take (see client.py).
Headers = Mapping[str, str]
QueryValue = str | int | float | bool
Query = Mapping[str, QueryValue | Sequence[QueryValue]]
Body = Mapping[str, object]


@dataclass
class File:
    """A file to upload in a multipart/form-data request."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
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
    redirects: frozenset[int] = frozenset()
    """The 3xx statuses the description documents as answers (any other is an error)."""
    python_name: str = ""
    """The method name on client.<tag>; the operationId where the build gave none."""

    @property
    def idempotent(self) -> bool:
        return self.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


class OpenStrEnum(StrEnum):
    """A string enum that keeps values it does not know: the API adds them without notice.

    `Status("archived")` gives a member whose value is "archived" (not a ValueError), so
    parsing never fails on a new value and to_dict sends it back unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class OpenIntEnum(IntEnum):
    """An integer enum that keeps values it does not know (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
