"""Smoke test of `python -m bench`: every case runs once with tiny sizes and reports figures."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench.config import Sizes
from bench.report import figures_table, summary_table
from bench.results import CaseResult
from bench.run import CASES, benchmark

REAL_REPORT = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[CaseResult], Path]:
    output = tmp_path_factory.mktemp("bench") / "BENCHMARKS.md"
    real_before = REAL_REPORT.read_bytes() if REAL_REPORT.exists() else None
    results, _ = benchmark(Sizes.quick(), output, quick=True)
    real_after = REAL_REPORT.read_bytes() if REAL_REPORT.exists() else None
    assert real_after == real_before, "the smoke run rewrote the real BENCHMARKS.md"
    return results, output


def test_every_case_reports_positive_figures(quick_run: tuple[list[CaseResult], Path]) -> None:
    results, _ = quick_run
    assert [result.number for result in results] == sorted(CASES)
    for result in results:
        assert result.figures, f"case {result.number} reported no figures"
        assert result.goals, f"case {result.number} reported no comparison"
        for figure in result.figures:
            assert figure.samples >= 1
            assert math.isfinite(figure.median)
            # ru_maxrss deltas of a tiny page may round to zero; everything else is positive.
            assert figure.median > 0 or ("Δ" in figure.variant and figure.median == 0), figure
        for goal in result.goals:
            assert math.isfinite(goal.value) and goal.value > 0, goal


def test_the_report_is_a_markdown_table(quick_run: tuple[list[CaseResult], Path]) -> None:
    results, output = quick_run
    markdown = output.read_text(encoding="utf-8")
    summary = summary_table(results)
    assert summary[0].startswith("| Case |") and set(summary[1]) <= {"|", "-"}
    assert len(summary) == 2 + sum(len(result.goals) for result in results)
    assert all(line in markdown for line in summary + figures_table(results))
    for heading in ("## Summary", "## Figures", "## Machine", "## Reproduce"):
        assert heading in markdown
    assert "python -m bench" in markdown
    assert "CPU:" in markdown and "httpx:" in markdown


def test_the_real_report_is_left_alone(quick_run: tuple[list[CaseResult], Path]) -> None:
    _, output = quick_run  # the fixture compares the real report before and after the run
    assert output.exists() and output.resolve() != REAL_REPORT
