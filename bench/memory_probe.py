"""Peak RSS of parsing one locations page, in a fresh process (used by case 6).

`python -m bench.memory_probe {ours,raw} BODY_FILE COUNT` prints a JSON object with the
peak RSS (KiB) after imports and reading the body, and after parsing it, and how the peak
was read. Only the variant's own imports are made: httpx, plus altegio_devtools for ours.
"""

from __future__ import annotations

import importlib
import json
import resource
import sys
from pathlib import Path
from typing import Any

import httpx

from bench.routes import APPLICATION_ID, RAW_HEADERS, base_urls, locations_url

ORIGIN = "http://127.0.0.1"


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
    if variant == "ours":
        clients = importlib.import_module("bench.clients")  # imported already, by main()
        client = clients.ours(ORIGIN, http)
        return client.marketplace.list_marketplace_app_locations(
            APPLICATION_ID, page=1, count=count
        )
    _, app = base_urls(ORIGIN)
    response = http.get(locations_url(app), params={"page": 1, "count": count}, headers=RAW_HEADERS)
    response.raise_for_status()
    return json.loads(response.content)


def main() -> None:
    variant, body_file, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    if variant not in {"ours", "raw"}:
        raise SystemExit(f"unknown variant {variant!r}")
    if variant == "ours":
        importlib.import_module("bench.clients")  # altegio_devtools, before the baseline
    body = body_file.read_bytes()
    reset = _reset_peak()
    baseline, _ = _max_rss_kib()
    parsed = parse(variant, body, count)
    peak, source = _max_rss_kib()
    figures = {"baseline_kib": baseline, "peak_kib": peak, "reset": reset, "source": source}
    print(json.dumps(figures | {"parsed": parsed is not None}))


if __name__ == "__main__":
    main()
