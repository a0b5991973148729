"""Runs the cases in order and writes the report."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from pathlib import Path

from bench import (
    case_async,
    case_build,
    case_forged,
    case_import,
    case_large,
    case_memory,
    case_overhead,
)
from bench.config import Sizes
from bench.machine import describe
from bench.report import render
from bench.results import CaseResult

Case = Callable[[Sizes], CaseResult]
CASES: dict[int, Case] = {
    1: case_overhead.run,
    2: case_large.run,
    3: case_async.run,
    4: case_import.run,
    5: case_build.run,
    6: case_memory.run,
    7: case_forged.run,
}


def _quiet(message: str) -> None:
    del message


def run_all(
    sizes: Sizes,
    *,
    only: Collection[int] = (),
    progress: Callable[[str], None] = _quiet,
) -> list[CaseResult]:
    """Every case (or those numbered in `only`), in order."""
    results = []
    for number, case in CASES.items():
        if only and number not in only:
            continue
        started = time.perf_counter()
        result = case(sizes)
        progress(f"case {number}: {result.title} ({time.perf_counter() - started:.1f} s)")
        results.append(result)
    return results


def benchmark(
    sizes: Sizes,
    output: Path | None,
    *,
    quick: bool = False,
    only: Collection[int] = (),
    progress: Callable[[str], None] = _quiet,
) -> tuple[list[CaseResult], str]:
    """Run, render and (when `output` is given) write the Markdown report."""
    started = time.perf_counter()
    results = run_all(sizes, only=only, progress=progress)
    markdown = render(results, describe(), seconds=time.perf_counter() - started, quick=quick)
    if output is not None:
        output.write_text(markdown, encoding="utf-8")
    return results, markdown
