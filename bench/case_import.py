"""Case 4: import time of altegio_devtools against httpx, from `python -X importtime`."""

from __future__ import annotations

import re
import sys

from bench.config import Sizes
from bench.results import CaseResult, Figure, ratio_goal
from bench.subprocesses import timed
from bench.timing import interleave

GOAL = 1.2
OURS = "altegio_devtools"
BASELINE = "httpx"
# `import time: <self us> | <cumulative us> | <name, indented by depth>`
_LINE = re.compile(r"^import time:\s*(\d+) \|\s*(\d+) \|( *)(\S+)\s*$")


def parse_importtime(stderr: str) -> dict[str, tuple[int, int]]:
    """Each imported module's (depth, cumulative µs); depth 0 is what `-c` imported."""
    modules: dict[str, tuple[int, int]] = {}
    for line in stderr.splitlines():
        match = _LINE.match(line)
        if match:
            modules[match[4]] = ((len(match[3]) - 1) // 2, int(match[2]))
    return modules


def import_ms(module: str) -> tuple[float, dict[str, tuple[int, int]]]:
    """The cumulative milliseconds of importing `module` in a fresh isolated interpreter."""
    run = timed([sys.executable, "-I", "-X", "importtime", "-c", f"import {module}"])
    if not run.ok:
        raise RuntimeError(f"import {module} failed: {run.tail()}")
    modules = parse_importtime(run.stderr)
    depth, cumulative = modules[module]
    if depth != 0:
        raise RuntimeError(f"{module} was not imported at the top level")
    return cumulative / 1e3, modules


def run(sizes: Sizes) -> CaseResult:
    result = CaseResult(4, "Import time (`python -X importtime`, fresh interpreter)")
    breakdown: dict[str, tuple[int, int]] = {}

    def ours() -> float:
        milliseconds, modules = import_ms(OURS)
        breakdown.update(modules)
        return milliseconds

    samples = interleave(
        {OURS: ours, BASELINE: lambda: import_ms(BASELINE)[0]},
        rounds=sizes.import_runs,
        warmup=sizes.warmup,
    )
    ours_figure, httpx_figure = (
        Figure.of(f"import {name}", values, "ms") for name, values in samples.items()
    )
    result.figures += [ours_figure, httpx_figure]
    result.goals.append(ratio_goal("ours / httpx", ours_figure, httpx_figure, "<=", GOAL))
    heaviest = sorted(
        (
            (cumulative, name)
            for name, (depth, cumulative) in breakdown.items()
            if name.startswith(f"{OURS}.") and depth <= 3
        ),
        reverse=True,
    )[:4]
    models = sum(name.startswith(f"{OURS}.models.") for name in breakdown)
    msgspec = "msgspec" in breakdown
    result.notes.append(
        "Cumulative time of the top-level import, median of interleaved fresh `python -I` runs "
        "(altegio_devtools imports httpx itself). Heaviest of our modules in the last run: "
        + ", ".join(f"`{name}` {cumulative / 1e3:.0f} ms" for cumulative, name in heaviest)
        + f" (cumulative, nested); {models} `{OURS}.models.*` modules imported; msgspec "
        + ("imported (the speedups are not lazy)." if msgspec else "not imported (lazy).")
    )
    return result
