"""The optional msgspec decoder (altegio-devtools[speedups]) changes speed, never results."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

import pytest

from altegio_devtools import _json

BODIES = [
    b'{"success": true, "data": [{"id": 1, "title": "A"}], "meta": []}',
    b'{"a": NaN, "b": Infinity}',  # json.loads reads these literals; msgspec refuses them
    b'"\\ud800"',  # a lone surrogate escape
    b"\xef\xbb\xbf{}",  # a UTF-8 BOM
    b'{"a": 1e400}',  # out of range: inf for json.loads
    b"123456789012345678901234567890",
    b'{"a": 1, "a": 2}',
    b"\xff",  # not UTF-8
    b"{",
    b"",
    b"[" * 100_000 + b"]" * 100_000,  # deeper than either decoder goes
]


def outcome(body: bytes) -> tuple[str, Any]:
    try:
        value = _json.loads(body)
    except (ValueError, RecursionError) as error:
        return "error", type(error)
    return "value", json.dumps(value, sort_keys=True)


def stdlib(body: bytes) -> tuple[str, Any]:
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as error:
        return "error", type(error)
    return "value", json.dumps(value, sort_keys=True)


def test_the_dev_environment_has_the_speedups() -> None:
    assert _json.speedups_enabled()


@pytest.mark.parametrize("body", BODIES, ids=lambda body: repr(body[:20]))
@pytest.mark.parametrize("speedups", [True, False])
def test_every_body_decodes_as_json_loads_decodes_it(
    body: bytes, speedups: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not speedups:
        monkeypatch.setattr(_json, "_decode", None)
    assert outcome(body) == stdlib(body)


def test_nan_survives_the_fallback() -> None:
    assert math.isnan(_json.loads(b'{"a": NaN}')["a"])


@pytest.mark.parametrize(
    # msgspec: the speedups load with the first body; asyncio and sqlite3 (~20-40 ms): only
    # the async client and the file-backed shared limits need them.
    "module",
    ["msgspec", "asyncio", "sqlite3", "altegio_devtools.shared_limits", "altegio_devtools.models"],
)
def test_importing_the_package_does_not_import(module: str) -> None:
    code = f"import sys, altegio_devtools; print({module!r} in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
