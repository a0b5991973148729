"""Lenient readers for the values a PHP backend sends, used by the generated from_dict.

Each returns the declared type or raises TypeError/ValueError, which the client turns
into errors.ResponseValidationError. Numbers may arrive as numeric strings, flags as
0/1, and dates as `Y-m-d H:i:s` or ISO 8601 with or without a colon in the offset.
"""

from __future__ import annotations

import datetime
import math
import re

_INTEGER = re.compile(r"\s*[-+]?[0-9]+\s*")  # ASCII digits: int() also reads "١٢٣"
_NULL_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
#: How Altegio wants request date-times (payment and period dates): local wall time.
WIRE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def as_int(value: object) -> int:
    if type(value) is int:  # the common case first: exact type, no bool
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise TypeError(f"expected an integer, got {value!r}")


def as_float(value: object) -> float:
    if type(value) is float:
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        number = float(value)  # ValueError for non-numbers
        if math.isfinite(number):  # "nan" and "inf" are no JSON numbers
            return number
        raise ValueError(f"expected a number, got {value!r}")
    raise TypeError(f"expected a number, got {value!r}")


def as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return value in (1, "1")
    if value in ("true", "false"):
        return value == "true"
    raise TypeError(f"expected a boolean, got {value!r}")


def as_str(value: object) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # e.g. timezone: -5 where "+3" is documented
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)  # the shortest text that reads back as the same number
    raise TypeError(f"expected a string, got {value!r}")


def as_datetime(value: object) -> datetime.datetime:
    """Parse `2022-06-27 12:20:02`, `2026-03-07T14:44:39+0400`, `...-05:00`, `...Z`."""
    if not isinstance(value, str):
        raise TypeError(f"expected a date-time string, got {value!r}")
    try:
        return datetime.datetime.fromisoformat(value)  # fast, and covers Altegio's forms
    except ValueError:
        from dateutil.parser import isoparse  # noqa: PLC0415 - the rare other forms

        try:
            return isoparse(value.strip())
        except OverflowError as error:  # e.g. "9999-12-31T24:00:00": past the last date
            raise ValueError(f"not a date-time: {value!r}") from error


def is_null_date(value: object) -> bool:
    """PHP's stand-ins for "no date" (`0000-00-00 00:00:00`, ""), read as None."""
    return isinstance(value, str) and value.strip() in _NULL_DATES


def is_php_empty(value: object) -> bool:
    """PHP's stand-ins for "no object": the empty array `[]` (json_encode of an empty
    associative array) and the empty string."""
    return value == "" or (type(value) is list and not value)


def format_datetime(value: datetime.datetime) -> str:
    """The wire form of a request date-time: `2022-01-01 10:10:00` for a naive one (the
    location's wall time, as Altegio expects); a timezone-aware one keeps its offset,
    `2022-01-01 10:10:00+04:00`, rather than silently losing it."""
    if value.utcoffset() is None:
        return value.strftime(WIRE_DATETIME_FORMAT)
    return value.isoformat(" ", "seconds")
