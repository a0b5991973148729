"""Case 6: peak RSS of parsing the locations page, ours vs raw httpx + json.loads."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

from bench.config import Sizes
from bench.data import locations_body
from bench.results import CaseResult, Figure, ratio_goal
from bench.subprocesses import timed

VARIANTS = {"ours": "altegio_devtools", "raw": "raw httpx + json.loads"}
MIB = 1024


def probe(variant: str, body_file: Path, count: int) -> tuple[int, int, str]:
    """(baseline, peak) max RSS in KiB of one fresh `bench.memory_probe` process, and
    how it was read (e.g. "VmHWM, reset after imports")."""
    run = timed([sys.executable, "-m", "bench.memory_probe", variant, str(body_file), str(count)])
    if not run.ok:
        raise RuntimeError(f"memory probe {variant} failed: {run.tail()}")
    figures = json.loads(run.stdout)
    how = f"{figures['source']}, {'reset' if figures['reset'] else 'not reset'} after imports"
    return int(figures["baseline_kib"]), int(figures["peak_kib"]), how


def run(sizes: Sizes) -> CaseResult:
    count = sizes.memory_locations
    result = CaseResult(6, f"Memory (peak RSS parsing {count} locations, fresh process)")
    measured: dict[str, list[tuple[int, int]]] = {variant: [] for variant in VARIANTS}
    methods: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as scratch:
        body_file = Path(scratch) / "locations.json"
        body = locations_body(count)
        body_file.write_bytes(body)
        for _ in range(sizes.memory_runs):  # interleaved
            for variant in VARIANTS:
                baseline, peak, how = probe(variant, body_file, count)
                measured[variant].append((baseline, peak))
                methods.add(how)
    peaks: dict[str, Figure] = {}
    deltas: dict[str, Figure] = {}
    for variant, label in VARIANTS.items():
        baselines = [baseline / MIB for baseline, _ in measured[variant]]
        detail = f"after imports {statistics.median(baselines):.1f} MiB"
        peaks[variant] = Figure.of(
            f"{label}: peak RSS", [peak / MIB for _, peak in measured[variant]], "MiB", detail
        )
        deltas[variant] = Figure.of(
            f"{label}: parse Δ (peak − after imports)",
            [float(peak - baseline) for baseline, peak in measured[variant]],
            "KiB",
        )
        result.figures += [peaks[variant], deltas[variant]]
    result.goals.append(
        ratio_goal("peak RSS ours / raw (no goal set)", peaks["ours"], peaks["raw"])
    )
    if deltas["raw"].median > 0:
        result.goals.append(
            ratio_goal("parse Δ ours / raw (no goal set)", deltas["ours"], deltas["raw"])
        )
    result.notes.append(
        f"Peak RSS after parsing minus peak RSS after imports and reading the {len(body):,}-byte "
        f"body from a file, read as: {'; '.join(sorted(methods))}. The peak is Linux's VmHWM "
        "(what `ru_maxrss` reports for a process that was not exec'd from a larger one: a "
        "child's `ru_maxrss` starts at its parent's peak, the runner's), reset to the current "
        "RSS after imports with `/proc/self/clear_refs` so that a transient import peak cannot "
        "hide the parse. Both parse through httpx.MockTransport and keep the result alive. "
        f"Median of {sizes.memory_runs} interleaved fresh processes per variant."
    )
    return result
