"""Schema drift: where a response body or webhook delivery deviates from the description.

Altegio's production payloads do not always match its OpenAPI description. In the default
(lenient) mode the client never turns such a body into an exception: every field that fits
is typed, a field that does not is left UNSET (never a value of the wrong type), and each
deviation is recorded as a Drift entry on the parsed model:

    event = webhooks.parse_event(body)
    for entry in event.drift:             # () when everything fitted
        print(entry)                      # data.staff.api_id: expected a string, got null
        entry.value                       # the raw JSON value that did not fit

An entry's text, repr and log line name the path, the JSON type and the size of what came,
never the value itself (webhook values are people's names and phones): `entry.value` is
there for the code that asks for it, and is left out of a pickled error (WITHHELD).

Strict mode (`AltegioClient(strict=True)`, `client.with_options(strict=True)`,
`webhooks.parse_event(body, strict=True)`) raises the typed error instead, naming every
path. Each (operation or event kind, path) is logged once at WARNING on the
`altegio_devtools.drift` logger.

What reads without drift, because nothing is lost: PHP's empty array `[]` (or `""`) where
an object is expected (an absent object, or an empty one where the object is required),
`""` where a list is expected, 0/1 and "0"/"1" for booleans, numbers written as strings
(and integers where a string is declared), ISO offsets with or without a colon, and
unknown enum values (kept as they are).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from .types import Unset

__all__ = [
    "MISSING",
    "READ_ERRORS",
    "WITHHELD",
    "Drift",
    "DriftError",
    "describe_drift",
    "describe_value",
]

logger: logging.Logger = logging.getLogger("altegio_devtools.drift")

#: What a generated parser raises for a value it cannot read.
READ_ERRORS: Final = (TypeError, ValueError, KeyError, AttributeError, IndexError)
#: How many entries an error message lists before "and N more".
MESSAGE_LIMIT: Final = 10
_LOGGED_LIMIT: Final = 4096


class _Missing:
    """The value of a Drift entry whose key was absent."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


class _Withheld:
    """The value of a Drift entry in a pickled error: the value itself stays behind."""

    _instance: _Withheld | None = None

    def __new__(cls) -> _Withheld:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "WITHHELD"

    def __reduce__(self) -> str:
        return "WITHHELD"


WITHHELD: Final = _Withheld()


@dataclass(frozen=True, slots=True)
class Drift:
    """One deviation from the description.

    Attributes:
        path: where, from the parsed model: `data.staff.api_id`, `data[3].id`.
        expected: what the description declares there: "a string", "an object", ...
        value: the raw JSON value that came instead (MISSING when a required key was absent;
            WITHHELD in a pickled error). Never part of the entry's text or repr.
    """

    path: str
    expected: str
    value: Any = field(repr=False)

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {describe_value(self.value)}"

    def __hash__(self) -> int:  # the value may be a list or a dict
        return hash((self.path, self.expected))


class DriftError(TypeError):
    """A model could not be built: a required field with no stand-in value (an envelope
    key such as `success` or `resource_id`) was missing or unreadable. Carries every entry
    found so far, so the error names all the offending fields."""

    def __init__(self, entries: Sequence[Drift]) -> None:
        super().__init__(describe_drift(entries))
        self.entries: tuple[Drift, ...] = tuple(entries)


def describe_value(value: object) -> str:
    """What a JSON value is, without showing it: its type, and the size of a string, list
    or object ("a string of 12 characters")."""
    if value is MISSING or value is WITHHELD or value is None or isinstance(value, bool):
        return _NAMED.get(type(value), "a boolean")
    if isinstance(value, str):
        return f"a string of {_count(len(value), 'character')}"
    if isinstance(value, list | tuple):
        return f"a list of {_count(len(value), 'item')}"
    if isinstance(value, Mapping):
        return f"an object of {_count(len(value), 'key')}"
    return "a number"


_NAMED: Final[dict[type, str]] = {
    _Missing: "nothing (the key is missing)",
    _Withheld: "a value left out of the pickle",
    type(None): "null",
}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def describe_drift(entries: Sequence[Drift]) -> str:
    """`a: expected ..., got ...; b: ...` for up to MESSAGE_LIMIT entries."""
    shown = "; ".join(str(entry) for entry in entries[:MESSAGE_LIMIT])
    hidden = len(entries) - MESSAGE_LIMIT
    return shown + (f"; and {hidden} more" if hidden > 0 else "")


# -- used by the generated from_dict -------------------------------------------------------


def mismatch(
    found: list[Drift] | None,
    key: str,
    expected: str,
    value: object,
    error: BaseException | None = None,
) -> list[Drift]:
    """Record that `value` at `key` could not be read as `expected` (given the error that
    said so, a nested model's DriftError is taken over entry by entry)."""
    found = [] if found is None else found
    if isinstance(error, DriftError):  # a nested model that could not be built
        found.extend(_under(key, error.entries))
    else:
        found.append(Drift(key, expected, _raw(value)))
    return found


def nested(found: list[Drift] | None, key: str, entries: Iterable[Drift]) -> list[Drift]:
    """Take over a nested model's drift, its paths placed under `key`."""
    found = [] if found is None else found
    found.extend(_under(key, entries))
    return found


def collect(found: list[Drift] | None, key: str, value: object) -> list[Drift] | None:
    """Take over the drift of a model, or of a list's models, that a union produced."""
    if type(value) is list:
        for index, item in enumerate(value):
            entries = getattr(item, "drift", ())
            if entries:
                found = nested(found, f"{key}[{index}]", entries)
        return found
    entries = getattr(value, "drift", ())
    return nested(found, key, entries) if entries else found


def _under(key: str, entries: Iterable[Drift]) -> Iterable[Drift]:
    for entry in entries:
        separator = "" if entry.path.startswith("[") else "."
        yield Drift(f"{key}{separator}{entry.path}", entry.expected, entry.value)


def _raw(value: object) -> object:
    return MISSING if isinstance(value, Unset) else value


# -- used at the edges (responses, webhooks) -----------------------------------------------

_logged: set[tuple[str, str]] = set()
_logged_lock = threading.Lock()
_INDEX = re.compile(r"\[\d+\]")


def log_drift(source: str, entries: Sequence[Drift]) -> None:
    """Log each (source, path) once, list indices folded (`data[].id`), up to
    _LOGGED_LIMIT paths per process. The line gives the JSON type of what came, not the
    value: webhook values are people's names and phones (the value stays on the entry).
    The source is an operationId or a known event kind: never a value from a body."""
    paths: dict[str, Drift] = {}
    for entry in entries:
        paths.setdefault(_INDEX.sub("[]", entry.path), entry)
    with _logged_lock:
        fresh = [(path, entry) for path, entry in paths.items() if (source, path) not in _logged]
        room = max(_LOGGED_LIMIT - len(_logged), 0)
        _logged.update((source, path) for path, _ in fresh[:room])
        full = len(fresh) > room and len(_logged) == _LOGGED_LIMIT
        if full:
            _logged.add(("", ""))  # past the limit: says so once, then nothing
    for path, entry in fresh[:room]:
        logger.warning(
            "%s does not match the description: %s: expected %s, got %s",
            source, path, entry.expected, _json_type(entry.value),
        )  # fmt: skip
    if full:
        logger.warning("drift logging stopped at %d paths: see each model's drift", _LOGGED_LIMIT)


def _json_type(value: object) -> str:
    if value is MISSING:
        return "nothing (the key is missing)"
    if value is None:
        return "null"
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), "a number")
