"""Case 6: memory of parsing the locations page, ours vs raw httpx + json.loads: the peak RSS
of a fresh process, and the memory the parsed page retains."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.config import Sizes
from bench.data import locations_body
from bench.results import CaseResult, Figure, ratio_goal
from bench.subprocesses import timed

#: probe variant → label, for the peak RSS
PEAK = {"ours": "altegio_devtools", "raw": "raw httpx + json.loads"}
#: probe variant → label, for the retained memory
RETAINED = {
    "ours": "altegio_devtools, speedups",
    "ours-plain": "altegio_devtools, no speedups",
    "raw": "raw httpx + json.loads (the dicts)",
}
RETAINED_GOAL = 1.05
MIB = 1024
KIB = 1024


def probe(mode: str, variant: str, body_file: Path, count: int) -> dict[str, Any]:
    """The figures one fresh `bench.memory_probe` process prints."""
    run = timed(
        [sys.executable, "-m", "bench.memory_probe", mode, variant, str(body_file), str(count)]
    )
    if not run.ok:
        raise RuntimeError(f"memory probe {mode} {variant} failed: {run.tail()}")
    figures: dict[str, Any] = json.loads(run.stdout)
    if not figures["parsed"]:
        raise RuntimeError(f"memory probe {mode} {variant} parsed nothing")
    return figures


def _peak_figures(
    result: CaseResult, measured: dict[str, list[dict[str, Any]]]
) -> tuple[dict[str, Figure], dict[str, Figure]]:
    peaks: dict[str, Figure] = {}
    deltas: dict[str, Figure] = {}
    for variant, label in PEAK.items():
        runs = measured[variant]
        baselines = [run["baseline_kib"] / MIB for run in runs]
        detail = f"after imports {statistics.median(baselines):.1f} MiB; {runs[0]['decoder']}"
        peaks[variant] = Figure.of(
            f"{label}: peak RSS", [run["peak_kib"] / MIB for run in runs], "MiB", detail
        )
        deltas[variant] = Figure.of(
            f"{label}: parse Δ (peak − after imports)",
            [float(run["peak_kib"] - run["baseline_kib"]) for run in runs],
            "KiB",
        )
        result.figures += [peaks[variant], deltas[variant]]
    return peaks, deltas


def _retained_figures(
    result: CaseResult, measured: dict[str, list[dict[str, Any]]]
) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    for variant, label in RETAINED.items():
        runs = measured[variant]
        traced = statistics.median(run["traced_peak_bytes"] for run in runs) / KIB
        figures[variant] = Figure.of(
            f"{label}: retained by the parsed page",
            [run["retained_bytes"] / KIB for run in runs],
            "KiB",
            f"traced peak {traced:,.0f} KiB; {runs[0]['decoder']}",
        )
        result.figures.append(figures[variant])
    return figures


def run(sizes: Sizes) -> CaseResult:
    count = sizes.memory_locations
    result = CaseResult(6, f"Memory (parsing {count} locations, fresh processes)")
    probes = [("peak", variant) for variant in PEAK] + [
        ("retained", variant) for variant in RETAINED
    ]
    measured: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key in probes}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as scratch:
        body_file = Path(scratch) / "locations.json"
        body = locations_body(count)
        body_file.write_bytes(body)
        for _ in range(sizes.memory_runs):  # interleaved
            for mode, variant in probes:
                measured[mode, variant].append(probe(mode, variant, body_file, count))
    peak_runs = {variant: measured["peak", variant] for variant in PEAK}
    peaks, deltas = _peak_figures(result, peak_runs)
    retained = _retained_figures(
        result, {variant: measured["retained", variant] for variant in RETAINED}
    )
    for variant, label in (("ours", "speedups"), ("ours-plain", "no speedups")):
        result.goals.append(
            ratio_goal(
                f"{label}: retained ours / json.loads dicts",
                retained[variant],
                retained["raw"],
                "<=",
                RETAINED_GOAL,
            )
        )
    result.goals.append(
        ratio_goal("peak RSS ours / raw (no goal set)", peaks["ours"], peaks["raw"])
    )
    if deltas["raw"].median > 0:
        result.goals.append(
            ratio_goal("parse Δ ours / raw (no goal set)", deltas["ours"], deltas["raw"])
        )
    methods = sorted(
        {
            f"{run['source']}, {'reset' if run['reset'] else 'not reset'} after imports"
            for runs in peak_runs.values()
            for run in runs
        }
    )
    result.notes.append(
        "Retained (the goal): the bytes still allocated, with the parsed page alive, by one "
        "parse traced with tracemalloc in a fresh process, after an untraced parse of the same "
        "body (lazy imports and caches are not counted); ours keeps attrs models, raw keeps "
        "json.loads' dicts. This is what a page costs while the caller holds it."
    )
    result.notes.append(
        f"Peak RSS (no goal): peak RSS after parsing minus peak RSS after imports, a "
        f"one-location parse (for the lazy imports: our models, the decoder) and reading the "
        f"{len(body):,}-byte body from a file, read as: {'; '.join(methods)}. The peak is "
        "Linux's VmHWM (what `ru_maxrss` reports for a process that was not exec'd from a "
        "larger one: a child's `ru_maxrss` starts at its parent's peak, the runner's), reset "
        "to the current RSS after imports with `/proc/self/clear_refs` so that a transient "
        "import peak cannot hide the parse. It is a transient high-water mark in whole pages, "
        "not what the page retains: ours briefly holds the decoded dicts and the models built "
        "from them, and either variant may reuse memory its one-location warm-up freed."
    )
    result.notes.append(
        f"All parse through httpx.MockTransport and keep the result alive. Median of "
        f"{sizes.memory_runs} interleaved fresh processes per variant and measure."
    )
    return result
