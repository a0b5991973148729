"""Switching altegio_devtools' optional C decoder (msgspec, the `[speedups]` extra) on and off
in this process, and proving which decoder a call used.

`altegio_devtools._json.loads` reads its module globals on every body: with `_decode` None
and `_looked` True it uses json.loads; resetting `_looked` makes it look for msgspec again.

With speedups on, a success body goes first to the typed fast path (`_typed.decode_success`,
msgspec straight into Structs mirroring the models), which asks `_typed.speedups_enabled()`
on every body. Replacing that name here (and nowhere in the package) turns the typed path
off while msgspec still decodes bodies to dicts for from_dict: "today's path", the one the
typed path falls back on, in the same process and client.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from unittest import mock

from altegio_devtools import _json, _typed

ON = "msgspec"
OFF = "json.loads"


def set_speedups(enabled: bool) -> None:
    """Decode bodies with msgspec (as a fresh process would find it) or with json.loads."""
    if enabled:
        _json._decode, _json._refused, _json._looked = None, (), False
    else:
        _json._decode, _json._looked = None, True
    if _json.speedups_enabled() is not enabled:
        raise RuntimeError(f"could not turn speedups {'on' if enabled else 'off'}")


#: The name in altegio_devtools._typed that the typed path asks before each body.
TYPED_SWITCH = "speedups_enabled"


def _typed_path_off() -> bool:
    return False


def set_typed_path(enabled: bool) -> None:
    """With speedups on, read success bodies on the typed fast path, or on today's path
    (msgspec to dicts, then from_dict) as if the typed path did not exist."""
    setattr(_typed, TYPED_SWITCH, _json.speedups_enabled if enabled else _typed_path_off)


def typed_models(call: Callable[[], object]) -> int:
    """How many bodies the typed fast path read into models during one `call` (a page whose
    items only partly fit counts: the rest were read by from_dict inside it)."""
    typed_decode = _typed._Decoder.decode
    models = 0

    def counting(decoder: _typed._Decoder, content: bytes | str) -> Any:
        nonlocal models
        model = typed_decode(decoder, content)
        models += model is not None
        return model

    with mock.patch.object(_typed._Decoder, "decode", counting):
        call()
    return models


def available() -> bool:
    """Whether msgspec is installed, so that speedups can be turned on."""
    with kept():
        _json._decode, _json._refused, _json._looked = None, (), False
        return _json.speedups_enabled()


def describe() -> str:
    """What decodes our bodies in this process right now, e.g. "msgspec 0.22.0"."""
    if not _json.speedups_enabled():
        return OFF
    try:
        return f"{ON} {version('msgspec')}"
    except PackageNotFoundError:  # pragma: no cover - imported, so installed
        return ON


@contextmanager
def kept() -> Iterator[None]:
    """Restore the decoder state this process had on entry: the typed path's switch and
    each operation's memory of how its pages fared (pages that kept not fitting make an
    operation skip the typed path for a while; the next case starts as this one did)."""
    saved = _json._decode, _json._refused, _json._looked
    typed = getattr(_typed, TYPED_SWITCH)
    memory = {operation: copy.copy(decoder) for operation, decoder in _typed._DECODERS.items()}
    try:
        yield
    finally:
        _json._decode, _json._refused, _json._looked = saved
        setattr(_typed, TYPED_SWITCH, typed)
        _typed._DECODERS.update(memory)


def decoded_by_msgspec(call: Callable[[], object]) -> int:
    """How many bodies msgspec decoded during one `call` (speedups must be on): to dicts
    (altegio_devtools._json), or straight into the models (the typed path, _typed)."""
    decode = _json._decode
    if decode is None:
        raise RuntimeError("speedups are off")
    calls = 0

    def counting(content: bytes) -> Any:
        nonlocal calls
        calls += 1
        return decode(content)

    _json._decode = counting
    try:
        models = typed_models(call)
    finally:
        _json._decode = decode
    return calls + models


def under(enabled: bool, batch: Callable[[], float], *, typed: bool = True) -> Callable[[], float]:
    """`batch`, run with speedups on or off, and with speedups on, on the typed fast path
    or today's path (switched and checked before it starts timing)."""

    def run() -> float:
        set_speedups(enabled)
        set_typed_path(typed)
        return batch()

    return run
