"""The slow path of the generated from_dict: every value that is not already of its field's
exact JSON type (absent, null, a numeric string, PHP's `[]`, something wrong) comes here.

The generated code tests each field once (`if type(x) is not int:`) and calls one of these
only when that test fails, so a body that matches the description pays no call per field.
Each returns the value to store and the drift list (see drift.py), recording what did not
fit instead of raising.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Final, Protocol

from ._coerce import as_float, as_int, as_str, is_php_empty
from .drift import READ_ERRORS, Drift, mismatch, nested
from .types import UNSET, Unset

__all__ = [
    "NO_VALUE",
    "as_object",
    "enum_reader",
    "read",
    "read_items",
    "read_list",
    "read_model",
    "read_number",
    "read_required",
]


class _NoValue:
    """What a required field without a stand-in holds when it could not be read: the model
    cannot be built, and from_dict raises DriftError."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Final = _NoValue()


class _Model(Protocol):
    drift: tuple[Drift, ...]


Reader = Callable[[Any], Any]


def read(
    value: Any, reader: Reader, key: str, expected: str, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    """An optional field: UNSET stays UNSET; what the reader cannot read becomes UNSET."""
    if value is UNSET:
        return UNSET, drift
    try:
        return reader(value), drift
    except READ_ERRORS as error:
        return UNSET, mismatch(drift, key, expected, value, error)


def read_required(
    value: Any, reader: Reader, key: str, expected: str, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    """A required scalar: what cannot be read (or is absent) becomes NO_VALUE."""
    try:
        if value is UNSET:
            raise KeyError(key)
        return reader(value), drift
    except READ_ERRORS as error:
        return NO_VALUE, mismatch(drift, key, expected, value, error)


def read_model(
    value: Any,
    model: Callable[[Mapping[str, Any]], _Model],
    key: str,
    drift: list[Drift] | None,
    required: bool = False,
) -> tuple[Any, list[Drift] | None]:
    """An object field whose value is not a dict: PHP's `[]`/`""` (and absence) read as an
    absent object, or as the empty one where the field is required; a Mapping is read as
    the dict it stands for; anything else is drift."""
    if value is UNSET or is_php_empty(value):
        if not required:
            return UNSET, drift
        if value is not UNSET:
            return model({}), drift
    try:
        if value is UNSET:
            raise KeyError(key)
        parsed = model(value)
    except READ_ERRORS as error:
        return (model({}) if required else UNSET), mismatch(drift, key, "an object", value, error)
    return parsed, (nested(drift, key, parsed.drift) if parsed.drift else drift)


def read_list(
    value: Any, key: str, drift: list[Drift] | None, required: bool = False
) -> tuple[Any, list[Drift] | None]:
    """A list field whose value is not a list: PHP's `""` (and absence) read as an absent
    list, or as the empty one where the field is required; anything else is drift."""
    stand_in: list[Any] | Unset = [] if required else UNSET
    if (value is UNSET and not required) or value == "":
        return stand_in, drift
    return stand_in, mismatch(drift, key, "a list", value)


def read_number(value: Any) -> float:
    """A number field's reader: an integer stays an integer (as the JSON said it)."""
    return value if type(value) is int else as_float(value)


@functools.cache
def enum_reader(enum: Callable[[Any], Any], integer: bool) -> Reader:
    """The reader of an open enum: an integer enum reads what as_int reads (not `true`), a
    string enum what as_str reads."""
    coerce = as_int if integer else as_str
    return lambda value: enum(coerce(value))


def as_object(value: object) -> dict[str, Any]:
    """The top of from_dict: a dict as it is, another Mapping copied, anything else refused."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"expected an object, got {type(value).__name__}")


def read_items(
    values: list[Any], reader: Reader, key: str, expected: str, drift: list[Drift] | None
) -> tuple[list[Any], list[Drift] | None]:
    """A list of scalars with an item not of the exact type: each item read on its own, what
    cannot be read left out (recorded at `key[i]`)."""
    items = []
    for index, item in enumerate(values):
        try:
            items.append(reader(item))
        except READ_ERRORS as error:
            drift = mismatch(drift, f"{key}[{index}]", expected, item, error)
    return items, drift
