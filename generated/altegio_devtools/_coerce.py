"""Lenient readers for the values a PHP backend sends, used by the generated from_dict,
and the checks of what a caller passes, used by the generated methods (request_*).

Each reader returns the declared type or raises TypeError/ValueError, which the client turns
into errors.ResponseValidationError. Numbers may arrive as numeric strings, flags as
0/1, and dates as `Y-m-d H:i:s` or ISO 8601 with or without a colon in the offset.

Each check returns the value in the form Altegio expects, or raises TypeError (a type the
parameter does not take) or ValueError (a value it does not take) before anything is sent.
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
from enum import Enum
from typing import TypeVar, cast

_INTEGER = re.compile(r"\s*[-+]?[0-9]+\s*")  # ASCII digits: int() also reads "١٢٣"
_NULL_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
#: How Altegio wants request date-times (payment and period dates): local wall time.
WIRE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"

E = TypeVar("E", bound=Enum)


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
    """The wire form of a date-time a model holds: `2022-01-01 10:10:00` for a naive one;
    an aware one keeps its offset, `2022-01-01 10:10:00+04:00`, rather than silently losing
    it (a request's date-times are checked before this: request_datetime)."""
    if value.utcoffset() is None:
        return value.strftime(WIRE_DATETIME_FORMAT)
    return value.isoformat(" ", "seconds")


# -- request inputs: what a caller passes, checked and put in wire form before anything is sent.
# Messages name the parameter and the type given, never the value (it may be personal data).


def _given(value: object) -> str:
    return type(value).__name__


def request_int(value: object, name: str) -> int:
    """An ID or count: an int, or a string of ASCII digits ("1050", as read from a form or an
    environment variable). A bool or a float (1050.0) is refused: it is a bug upstream."""
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise TypeError(
        f"{name}: expected an integer (or a string of digits), got {_given(value)}"
        + (" that is not a whole number written in ASCII digits" if isinstance(value, str) else "")
    )


_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def request_number(value: object, name: str) -> float:
    """An amount: an int, a float, a Decimal or a numeric string ("99.90", ASCII digits, no
    exponent), sent as a JSON number that reads back as exactly that amount."""
    if type(value) is int or type(value) is float:
        number: object = value
    elif isinstance(value, bool):
        raise TypeError(f"{name}: expected an amount (float, int, Decimal or str), got bool")
    elif isinstance(value, int):
        number = int(value)  # a subclass (an IntEnum member) as the plain number
    elif isinstance(value, float):
        number = float(value)
    elif isinstance(value, decimal.Decimal):
        number = _exact_float(value, name)
    elif isinstance(value, str):
        if not _DECIMAL.fullmatch(value):
            raise ValueError(f"{name}: a string amount is written like 99.90 (ASCII digits)")
        number = _exact_float(decimal.Decimal(value), name)
    else:
        raise TypeError(
            f"{name}: expected an amount (float, int, Decimal or str), got {_given(value)}"
        )
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError(f"{name}: an amount must be a finite number")
    return cast(float, number)


def _exact_float(value: decimal.Decimal, name: str) -> float:
    if not value.is_finite():
        raise ValueError(f"{name}: an amount must be a finite number")
    if value == value.to_integral_value():
        return int(value)
    number = float(value)
    if decimal.Decimal(repr(number)) != value:
        raise ValueError(f"{name}: the amount cannot be sent exactly as a JSON number")
    return number


def request_flag(value: object, name: str) -> int:
    """A 0/1 flag: True/False or 0/1, sent as 0 or 1 (Altegio's PHP reads `true` oddly)."""
    if isinstance(value, bool):
        return int(value)
    if type(value) is int and value in (0, 1):
        return value
    raise TypeError(f"{name}: expected True/False or 0/1, got {_given(value)}")


def request_enum(enum: type[E], value: object, name: str) -> E:
    """A member of `enum`, given as the member or as one of its documented values (the
    open enums keep unknown values when reading; a request takes only the known ones)."""
    if isinstance(value, enum) and value._name_ in enum.__members__:
        return value
    known = [member.value for member in enum]
    if isinstance(value, type(known[0])) and not isinstance(value, bool) and value in known:
        return enum(value)  # the value, or a member of another enum with that value
    raise ValueError(f"{name}: expected one of {known} or a {enum.__name__}, got {_given(value)}")


def request_datetime(value: object, name: str, pattern: str) -> str:
    """A date-time: a datetime, or a string already in the wire form. The description's
    `pattern` says which form that is: `Y-m-d H:i:s` wall time takes a naive datetime (the
    payment dates), an ISO 8601 form with an offset an aware one (VoIP's call `date`)."""
    if not isinstance(value, datetime.datetime):
        return _wire_string(value, name, pattern, "a datetime")
    if value.utcoffset() is None:
        wire = value.strftime(WIRE_DATETIME_FORMAT)
        if re.fullmatch(pattern, wire, re.ASCII):
            return wire
        raise ValueError(f"{name}: pass a timezone-aware datetime (this field carries its offset)")
    wire = value.isoformat(timespec="seconds")
    if re.fullmatch(pattern, wire, re.ASCII):
        return wire
    raise ValueError(
        f"{name}: pass a naive datetime in the location's local time (e.g. "
        f"value.astimezone(zone).replace(tzinfo=None)); Altegio takes no UTC offset here"
    )


def request_date(value: object, name: str, pattern: str) -> str:
    """A date: a `date` (sent as `Y-m-d`) or a string already in that form. A datetime is
    refused rather than silently cut to its day."""
    if isinstance(value, datetime.datetime):
        raise TypeError(f"{name}: expected a date, got datetime (pass value.date())")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return _wire_string(value, name, pattern, "a date")


def _wire_string(value: object, name: str, pattern: str, expected: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected {expected} or a string, got {_given(value)}")
    if not re.fullmatch(pattern, value, re.ASCII):
        raise ValueError(f"{name}: a string must match {pattern} (or pass {expected})")
    return value
