"""The typed fast path (with the `[speedups]` extra): a success body decoded by msgspec
straight into throwaway Structs that mirror the models, then built into the models.

Each generated model module has a `typed_mirror()` that builds, on first use, a msgspec
Struct accepting exactly what its from_dict reads without a second look (each field of its
exact JSON type, no unknown key: `forbid_unknown_fields`), and the conversion from that
Struct into the model. The typed path never decides an outcome: whatever does not fit (a
PHP `[]`, a numeric string, an unknown key, a date that does not parse) sends the body, or
only the list item concerned, to today's lenient path (from_dict), so models, drift and
additional_properties are what from_dict gives. An operation whose pages keep not fitting
skips the typed path for a while, so such pages cost what they cost before.
Without msgspec nothing here runs.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import sys
from collections.abc import Callable, Mapping
from types import GenericAlias
from typing import TYPE_CHECKING, Any, Final, Protocol, Self, TypeVar

from ._json import decode_response, loads, response_json, speedups_enabled
from .drift import Drift, mismatch, nested

if TYPE_CHECKING:
    import httpx

    from .types import Operation

__all__ = [
    "Mirror",
    "Misfit",
    "Tally",
    "decode_success",
    "fitted",
    "fromisoformat",
    "list_of",
    "or_null",
    "parsed_model",
    "read_raw_items",
    "register",
    "typed_event",
]

#: Where decode_success leaves the model it built (response.extensions).
_PARSED: Final = "altegio_devtools.model"
#: Items in a row that may not fit before a page's remaining items skip the typed attempt.
GIVE_UP_AFTER: Final = 8
#: Pages in a row that may not fit before an operation skips the typed path ...
MAX_MISSES: Final = 3
#: ... for this many calls, after which it tries again.
SKIP_CALLS: Final = 64


class _Model(Protocol):
    drift: tuple[Drift, ...]


class _Parsed(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Parsed)


class Misfit(Exception):
    """A value from_dict would not keep as it came: the body (or item) goes to from_dict."""


class Tally:
    """How the items of one page fared on the typed path."""

    __slots__ = ("in_a_row", "misfits", "trying")

    def __init__(self) -> None:
        self.misfits = 0
        self.in_a_row = 0
        self.trying = True

    def fit(self) -> None:
        self.in_a_row = 0

    def misfit(self) -> None:
        self.misfits += 1
        self.in_a_row += 1
        self.trying = self.in_a_row < GIVE_UP_AFTER  # else the rest go straight to from_dict


class Mirror:
    """A model's Struct mirror and its conversion into the model; `lax` is the mirror with
    its lists of objects kept as raw JSON, read item by item (models holding such lists)."""

    __slots__ = ("convert", "decode", "lax_convert", "lax_decode", "struct")

    def __init__(
        self,
        struct: type,
        convert: Callable[[Any], Any],
        lax: type | None = None,
        lax_convert: Callable[[Any, Tally], Any] | None = None,
    ) -> None:
        import msgspec  # noqa: PLC0415 - only with the speedups extra

        self.struct = struct
        self.decode: Callable[[bytes | str], Any] = msgspec.json.Decoder(struct).decode
        self.convert = convert
        self.lax_decode: Callable[[bytes | str], Any] | None = (
            None if lax is None else msgspec.json.Decoder(lax).decode
        )
        self.lax_convert = lax_convert


#: The conversions' date-time reader: as_datetime's first (and usual) reading; a string it
#: refuses sends the value to from_dict, which tries the other forms.
fromisoformat: Final = datetime.datetime.fromisoformat


def fitted(value_and_drift: tuple[Any, list[Drift] | None]) -> Any:
    """The value a slow reader read, if it read it without drift."""
    value, drift = value_and_drift
    if drift:
        raise Misfit
    return value


def read_raw_items(
    raws: list[Any],
    mirror: Mirror,
    from_dict: Callable[[Any], _Model],
    key: str,
    drift: list[Drift] | None,
    *,
    tally: Tally,
) -> tuple[list[Any], list[Drift] | None]:
    """A list of objects kept as raw JSON: each item through its typed mirror if it fits,
    else decoded and read by from_dict exactly as the enclosing from_dict reads it."""
    decode, convert = mirror.decode, mirror.convert
    items = []
    for index, raw in enumerate(raws):
        if tally.trying:
            try:
                items.append(convert(decode(raw)))
            except Exception:  # anything: from_dict has the last word
                tally.misfit()
            else:
                tally.fit()
                continue
        item = loads(bytes(raw))
        if type(item) is not dict:  # what from_dict records for an item that is no object
            drift = mismatch(drift, f"{key}[{index}]", "an object", item)
            continue
        item = from_dict(item)
        if item.drift:
            drift = nested(drift, f"{key}[{index}]", item.drift)
        items.append(item)
    return items, drift


class _Decoder:
    """One operation's typed decoder, with its memory of how its pages fared."""

    __slots__ = ("_mirror", "_misses", "_skip", "_typed_mirror", "_whole_first")

    def __init__(self, typed_mirror: Callable[[], Mirror]) -> None:
        self._typed_mirror = typed_mirror
        self._mirror: Mirror | None = None  # built on the first body
        self._misses = 0
        self._skip = 0
        self._whole_first = True  # else the last page needed the item-by-item read

    def decode(self, content: bytes | str) -> Any:
        """The model of a body, or None for today's path."""
        if self._skip > 0:
            self._skip -= 1
            return None
        mirror = self._mirror if self._mirror is not None else self._load()
        if mirror is None:
            return None
        if self._whole_first:
            model = _attempt(lambda: mirror.convert(mirror.decode(content)))
            if model is not None:
                self._misses = 0
                return model
        lax_decode, lax_convert = mirror.lax_decode, mirror.lax_convert
        if lax_decode is not None and lax_convert is not None:
            tally = Tally()
            model = _attempt(lambda: lax_convert(lax_decode(content), tally))
            if model is not None:
                self._whole_first = tally.misfits == 0
                if tally.trying:
                    self._misses = 0
                else:
                    self._miss()
                return model
        self._whole_first = True
        self._miss()
        return None

    def _miss(self) -> None:
        self._misses += 1
        if self._misses >= MAX_MISSES:
            self._skip = SKIP_CALLS  # and one more miss after it skips again

    def _load(self) -> Mirror | None:
        """The mirror, built once; a model that cannot be mirrored (one that holds itself,
        say) keeps today's path for good."""
        self._mirror = _attempt(self._typed_mirror)
        if self._mirror is None:
            self._skip = sys.maxsize
        return self._mirror


def _attempt(build: Callable[[], Any]) -> Any:
    """What build() returns, or None when it raises."""
    try:
        return build()
    except Exception:  # anything: today's path has the last word
        return None


def list_of(item: Any) -> Any:
    """The mirror type of a list of `item` (a Struct built at run time)."""
    return GenericAlias(list, (item,))


def or_null(value: Any) -> Any:
    """The mirror type of `value` or null."""
    return value | None


_DECODERS: dict[str, _Decoder] = {}


def register(operation: Operation, typed_mirror: Callable[[], Mirror]) -> None:
    """Called by a generated endpoint module with its success model's typed_mirror
    (nothing is built until a body comes with speedups on)."""
    _DECODERS[operation.operation_id] = _Decoder(typed_mirror)


def decode_success(response: httpx.Response, operation: Operation) -> Any:
    """The client's reading of a success body: the model on the typed path (kept for
    parsed_model), else the body's JSON value (kept for response_json)."""
    decoder = _DECODERS.get(operation.operation_id)
    if decoder is not None and 200 <= response.status_code < 300 and speedups_enabled():
        model = decoder.decode(response.content)
        if model is not None and getattr(model, "success", None) is not False:
            response.extensions[_PARSED] = model
            return model
    return decode_response(response)


def parsed_model(response: httpx.Response, model: type[M]) -> M:
    """What a generated parser returns for a body of `model`: the model decode_success
    built (taken: a second parse reads afresh), else from_dict's."""
    parsed = response.extensions.pop(_PARSED, None)
    if type(parsed) is model:
        return parsed
    return model.from_dict(response_json(response))


def typed_event(body: object, route: Callable[[Any, Any], type | None]) -> Any:
    """A webhook event's model on the typed path (with speedups, for a body still in bytes
    or text), or None for today's path: `route(resource, status)` names the payload model,
    or None where today's path decides (an unknown resource or status)."""
    if not isinstance(body, bytes | str) or not speedups_enabled():
        return None
    head = _attempt(lambda: _head_decoder()(body))
    model = None if head is None else route(head.resource, head.status)
    if model is None:
        return None
    event = _event_decoder(model).decode(body)
    if event is None or type(event.company_id) is not int or type(event.resource_id) is not int:
        return None  # the envelope's IDs are today's path's to judge
    return event


@functools.cache
def _head_decoder() -> Callable[[bytes | str], Any]:
    """The decoder of a webhook body's resource and status (the rest skipped)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    head = msgspec.defstruct("EventHead", [("resource", Any, None), ("status", Any, None)])
    return msgspec.json.Decoder(head).decode


@functools.cache
def _event_decoder(model: type) -> _Decoder:
    """A webhook payload model's typed decoder (and memory), one per model (a module
    without a mirror keeps today's path: _Decoder._load)."""
    return _Decoder(lambda: importlib.import_module(model.__module__).typed_mirror())
