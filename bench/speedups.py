"""Switching altegio_devtools' optional C decoder (msgspec, the `[speedups]` extra) on and off
in this process, and proving which decoder a call used.

`altegio_devtools._json.loads` reads its module globals on every body: with `_decode` None
and `_looked` True it uses json.loads; resetting `_looked` makes it look for msgspec again.
"""

from __future__ import annotations

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
    """Restore the decoder state this process had on entry."""
    saved = _json._decode, _json._refused, _json._looked
    try:
        yield
    finally:
        _json._decode, _json._refused, _json._looked = saved


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

    typed_decode = _typed._Decoder.decode

    def counting_typed(decoder: _typed._Decoder, content: bytes | str) -> Any:
        nonlocal calls
        model = typed_decode(decoder, content)
        calls += model is not None
        return model

    _json._decode = counting
    try:
        with mock.patch.object(_typed._Decoder, "decode", counting_typed):
            call()
    finally:
        _json._decode = decode
    return calls


def under(enabled: bool, batch: Callable[[], float]) -> Callable[[], float]:
    """`batch`, run with speedups on or off (switched and checked before it starts timing)."""

    def run() -> float:
        set_speedups(enabled)
        return batch()

    return run
