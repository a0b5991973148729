"""Memory of parsing one locations page, in a fresh process (used by case 6).

`python -m bench.memory_probe {peak,retained} {ours,ours-plain,raw} BODY_FILE COUNT` prints a
JSON object:

- peak: the peak RSS (KiB) after imports, a one-location parse (lazy imports) and reading
  the body, and after parsing it, and how the peak was read;
- retained: the bytes still allocated, with the parsed page alive, by a parse traced with
  tracemalloc (after one untraced parse of the same body, so that lazy imports and caches
  are not counted), and the traced peak.

`ours` decodes with this process's default (msgspec when installed), `ours-plain` with
json.loads (speedups off). Only the variant's own imports are made: httpx, plus
altegio_devtools for ours.
"""

from __future__ import annotations

import gc
import importlib
import json
import resource
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import httpx

from bench.data import locations_body
from bench.routes import APPLICATION_ID, RAW_HEADERS, base_urls, locations_url

ORIGIN = "http://127.0.0.1"
MODES = ("peak", "retained")
VARIANTS = ("ours", "ours-plain", "raw")


def _max_rss_kib() -> tuple[int, str]:
    """This process's peak RSS in KiB, and where it was read.

    Linux's VmHWM first: `ru_maxrss` of a freshly exec'd child starts at its parent's
    peak (the benchmark runner's), which would hide this process's own.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]), "VmHWM"
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "ru_maxrss"  # KiB on Linux


def _reset_peak() -> bool:
    """Lower the peak RSS to the current RSS (Linux `clear_refs` 5), so that a transient
    peak while importing (e.g. compiling changed sources) cannot hide the parse's peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def _transport(body: bytes) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handle)


def parse(variant: str, body: bytes, count: int) -> Any:
    http = httpx.Client(transport=_transport(body))
    if variant != "raw":
        clients = importlib.import_module("bench.clients")  # imported already, by main()
        client = clients.ours(ORIGIN, http)
        return client.marketplace.list_locations(APPLICATION_ID, page=1, count=count)
    _, app = base_urls(ORIGIN)
    response = http.get(locations_url(app), params={"page": 1, "count": count}, headers=RAW_HEADERS)
    response.raise_for_status()
    return json.loads(response.content)


def peak(variant: str, body: bytes, count: int) -> dict[str, Any]:
    parse(variant, locations_body(1), 1)  # lazy imports (our models, the decoder), not counted
    gc.collect()
    reset = _reset_peak()
    baseline, _ = _max_rss_kib()
    parsed = parse(variant, body, count)
    high, source = _max_rss_kib()
    figures = {"baseline_kib": baseline, "peak_kib": high, "reset": reset, "source": source}
    return figures | {"parsed": parsed is not None}


def retained(variant: str, body: bytes, count: int) -> dict[str, Any]:
    parse(variant, body, count)  # untraced: lazy imports, caches
    gc.collect()
    tracemalloc.start()
    try:
        parsed = parse(variant, body, count)
        gc.collect()
        current, traced_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"retained_bytes": current, "traced_peak_bytes": traced_peak, "parsed": bool(parsed)}


def main() -> None:
    mode, variant, body_file, count = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    if mode not in MODES or variant not in VARIANTS:
        raise SystemExit(f"unknown mode or variant: {mode!r} {variant!r}")
    decoder = "json.loads"
    if variant != "raw":
        importlib.import_module("bench.clients")  # altegio_devtools, before the baseline
        speedups = importlib.import_module("bench.speedups")
        if variant == "ours-plain":
            speedups.set_speedups(False)
        elif speedups.available():
            speedups.set_speedups(True)  # looks msgspec up now: its import is not the parse's
        decoder = speedups.describe()
    body = body_file.read_bytes()
    figures = (peak if mode == "peak" else retained)(variant, body, count)
    print(json.dumps(figures | {"decoder": decoder}))


if __name__ == "__main__":
    main()
