"""BENCHMARKS.md: a summary table of goals, every figure, notes and the machine."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bench.results import CaseResult, Figure, Goal

COMMAND = ".venv/bin/python -m bench"


def _met(goal: Goal) -> str:
    return {True: "✅ yes", False: "❌ no", None: "—"}[goal.met]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _figure(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return lines


def summary_table(results: Sequence[CaseResult]) -> list[str]:
    rows = [
        [
            f"{result.number}. {result.title}",
            goal.what,
            goal.shown,
            goal.target,
            _met(goal),
            goal.margin,
        ]
        for result in results
        for goal in result.goals
    ]
    return _table(["Case", "Compared", "Ratio / value", "Goal", "Met", "vs goal"], rows)


def spread_cell(figure: Figure) -> str:
    """The lowest and highest sample and their distance as a share of the median,
    e.g. "28.10–33.00 ms (17%)"; "—" for a single sample."""
    if figure.spread is None or figure.low is None or figure.high is None:
        return "—"
    return f"{_figure(figure.low)}–{_figure(figure.high)} {figure.unit} ({figure.spread:.0%})"


def figures_table(results: Sequence[CaseResult]) -> list[str]:
    rows = [
        [str(result.number), figure.variant, f"{_figure(figure.median)} {figure.unit}",
         spread_cell(figure), str(figure.samples), figure.detail]
        for result in results
        for figure in result.figures
    ]  # fmt: skip
    return _table(["#", "Variant", "Median", "Spread (min–max)", "Samples", "Detail"], rows)


def render(
    results: Sequence[CaseResult],
    machine: Mapping[str, str],
    *,
    seconds: float,
    quick: bool = False,
) -> str:
    goals = [goal for result in results for goal in result.goals if goal.met is not None]
    met = sum(bool(goal.met) for goal in goals)
    scope = " (--quick: tiny sizes, figures not meaningful)" if quick else ""
    lines = [
        "# Benchmarks",
        "",
        f"altegio_devtools against raw httpx, the stock openapi-python-client, a pydantic v2 "
        f"peer and the `yclients` package. Goals are reported, never asserted: "
        f"**{met} of {len(goals)} met**. "
        f"Whole run: {seconds:.0f} s{scope}.",
        "",
        "## Summary",
        "",
        *summary_table(results),
        "",
        "Ratios are the median of the per-round ratios ours / baseline, [lowest–highest "
        "round] (each round times every variant once, interleaved; for throughput, higher "
        "is better); a case timed in separate runs compares the medians below.",
        "",
        "Spread is the lowest and highest sample over the rounds (each round times every "
        "variant once, interleaved) and, in parentheses, (max − min) / median.",
        "",
        "## Figures",
        "",
        *figures_table(results),
        "",
        "## Notes",
        "",
    ]
    for result in results:
        lines += [f"{result.number}. **{result.title}**"]
        lines += [f"   - {note}" for note in result.notes]
    lines += [
        "",
        "Every timed case runs its variants interleaved (A, B, A, B, …) after a warm-up and "
        "reports medians and the min–max spread.",
        "",
        "## Machine",
        "",
        *[f"- {label}: {value}" for label, value in machine.items()],
        "",
        "## Reproduce",
        "",
        "```sh",
        f"make bench   # or: {COMMAND}",
        "```",
        "",
    ]
    return "\n".join(lines)
