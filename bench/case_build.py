"""Case 5: build time (our generator's full build vs stock openapi-python-client) and
`make check`."""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

from bench.config import Sizes
from bench.results import CaseResult, Figure, Goal, ratio_goal
from bench.subprocesses import ROOT, VENV_BIN, Run, timed
from bench.timing import interleave

GOAL = 1.5
CHECK_GOAL_SECONDS = 5.0
OURS = "python -m generator --check (full build into staging)"
STOCK = "stock openapi-python-client generate (raw openapi.yaml)"
CHECK = "make -s check"
# `-o` keeps make from re-installing the virtualenv when its stamp looks stale.
CHECK_COMMAND = ["make", "-s", "-o", ".venv/.setup-done", "check"]


def _timed_ok(
    command: list[str], failures: dict[str, Run], name: str, cpu: dict[str, list[float]]
) -> float:
    """The command's wall time; its CPU time (user + system, its children's too) goes to
    `cpu`."""
    run = timed(command)
    if not run.ok:
        failures.setdefault(name, run)
    cpu.setdefault(name, []).append(run.cpu_seconds)
    return run.seconds


def run(sizes: Sizes) -> CaseResult:
    result = CaseResult(5, "Build (`make generate` equivalent) and `make check`")
    failures: dict[str, Run] = {}
    cpu: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as scratch:
        outputs = (Path(scratch) / f"out{n}" for n in itertools.count())
        stock = [
            str(VENV_BIN / "openapi-python-client"), "generate", "--path",
            str(ROOT / "openapi.yaml"), "--meta", "none", "--output-path",
        ]  # fmt: skip
        samples = interleave(
            {
                OURS: lambda: _timed_ok(
                    [sys.executable, "-m", "generator", "--check"], failures, OURS, cpu
                ),
                STOCK: lambda: _timed_ok([*stock, str(next(outputs))], failures, STOCK, cpu),
            },
            rounds=sizes.build_runs,
            warmup=min(sizes.warmup, 1),
        )
    warm = min(sizes.warmup, 1)  # the warm-up's CPU time is not a sample
    ours_cpu, stock_cpu = (
        Figure.of(f"{name}: CPU (user + sys)", cpu[name][warm:], "s") for name in (OURS, STOCK)
    )
    ours_figure, stock_figure = (
        Figure.of(f"{name}: wall", values, "s") for name, values in samples.items()
    )
    result.figures += [ours_cpu, stock_cpu, ours_figure, stock_figure]
    result.goals.append(ratio_goal("CPU time: ours / stock", ours_cpu, stock_cpu, "<=", GOAL))
    result.goals.append(
        ratio_goal("wall time: ours / stock (no goal set)", ours_figure, stock_figure)
    )

    checks = [_timed_ok(CHECK_COMMAND, failures, CHECK, cpu) for _ in range(sizes.check_runs)]
    check_figure = Figure.of(CHECK, checks, "s")
    result.figures.append(check_figure)
    result.goals.append(
        Goal("`make check` time", check_figure.median, "<", CHECK_GOAL_SECONDS, "s")
    )

    result.notes.append(
        "`generator --check` loads, overlays, validates, generates, formats (ruff) and diffs the "
        "whole package in a staging directory; the stock run generates from the raw spec with "
        "its default ruff post-hooks (the venv's ruff on PATH). `make check` = that check plus "
        "ruff and mypy --strict; the venv setup step is not re-run (`make -o .venv/.setup-done`). "
        "CPU time is the user + system time of the command and all its processes "
        "(getrusage of the waited-for children): it moves with the machine's load less than "
        "wall time does. The build remembers an effective spec that validated, the spec with "
        "the overlays applied and the operations page (.build-state/, keyed by their inputs): "
        "the warm-up run computes them, the timed runs, like a developer's repeated "
        "`make check`, do not."
    )
    for name, failure in failures.items():
        result.notes.append(
            f"**{name} failed** (exit {failure.returncode}; its time is still shown): "
            f"{failure.tail()}"
        )
    return result
