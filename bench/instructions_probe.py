"""One variant's per-call work in a fresh process, for counting its instructions under
valgrind (used by bench/instructions.py).

`python -m bench.instructions_probe {ours,raw} CALLS` sets the variant up, warms it up and
makes CALLS calls of the per-call case (list_countries through httpx.MockTransport). Two
runs with different CALLS differ by those calls' instructions alone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import httpx

from bench.case_overhead import MOCK_ORIGIN, raw_call
from bench.instructions import VARIANTS
from bench.routes import COUNTRIES_PATH, Routes

WARMUP = 20


def main(argv: list[str]) -> int:
    variant, calls = argv[0], int(argv[1])
    if variant not in VARIANTS:
        raise SystemExit(f"variant must be one of {VARIANTS}, not {variant!r}")
    http = httpx.Client(transport=Routes(locations=1).mock_transport())
    call: Callable[[], Any]
    if variant == "ours":
        from bench import clients  # noqa: PLC0415 - only this variant imports our client

        call = clients.ours(MOCK_ORIGIN, http).dictionaries.list_countries
    else:
        call = raw_call(http, MOCK_ORIGIN + COUNTRIES_PATH)
    for _ in range(WARMUP + calls):
        call()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
