"""What a case returns: measured figures and the goals they are compared with."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Literal

Comparison = Literal["<=", "<", ">="]


@dataclass(frozen=True)
class Figure:
    """The median of one variant's samples and their spread, e.g. 41.2 µs/call over 30
    rounds, from 39.8 to 47.0."""

    variant: str
    median: float
    unit: str
    samples: int
    detail: str = ""
    low: float | None = None
    high: float | None = None
    #: every sample, in round order (a ratio pairs them round by round)
    values: tuple[float, ...] = ()

    @classmethod
    def of(cls, variant: str, samples: list[float], unit: str, detail: str = "") -> Figure:
        if not samples:
            raise ValueError(f"no samples for {variant}")
        return cls(
            variant,
            statistics.median(samples),
            unit,
            len(samples),
            detail,
            low=min(samples),
            high=max(samples),
            values=tuple(samples),
        )

    @property
    def spread(self) -> float | None:
        """(max - min) / median over the rounds: None without rounds to compare."""
        if self.low is None or self.high is None or self.samples < 2 or self.median == 0:
            return None
        return (self.high - self.low) / self.median


@dataclass(frozen=True)
class Goal:
    """`value <op> limit`, e.g. ours/raw <= 1.15 (unit "×") or a time < 5 s (unit "s").

    Without an op and limit it is a reported ratio with no goal.
    """

    what: str
    value: float
    op: Comparison | None = None
    limit: float | None = None
    unit: str = "×"
    #: the lowest and highest per-round ratio, when the value is their median
    low: float | None = None
    high: float | None = None

    @property
    def met(self) -> bool | None:
        if self.op is None or self.limit is None:
            return None
        if self.op == "<=":
            return self.value <= self.limit
        if self.op == "<":
            return self.value < self.limit
        return self.value >= self.limit

    @property
    def target(self) -> str:
        if self.op is None or self.limit is None:
            return "—"
        symbol = {"<=": "≤", "<": "<", ">=": "≥"}[self.op]
        return f"{symbol} {self.limit:g}{_spaced(self.unit)}"

    @property
    def margin(self) -> str:
        """How far the value is from the limit, e.g. "+21% (above)"."""
        if self.limit is None or self.met is None or self.limit == 0:
            return "—"
        change = self.value / self.limit - 1
        side = "above" if change > 0 else "below" if change < 0 else "at"
        return f"{change:+.0%} ({side})"

    @property
    def shown(self) -> str:
        value = f"{self.value:.2f}{_spaced(self.unit)}"
        if self.low is None or self.high is None:
            return value
        return f"{value} [{self.low:.2f}–{self.high:.2f}]"


def ratio_goal(
    what: str,
    ours: Figure,
    baseline: Figure,
    op: Comparison | None = None,
    limit: float | None = None,
) -> Goal:
    """ours / baseline: the median of the per-round ratios with their [min–max] when both
    were timed in the same rounds (interleaved), else the ratio of the medians."""
    if len(ours.values) != len(baseline.values) or not ours.values:
        return Goal(what, ours.median / baseline.median, op, limit)
    ratios = [a / b for a, b in zip(ours.values, baseline.values, strict=True)]
    if len(ratios) == 1:
        return Goal(what, ratios[0], op, limit)
    return Goal(what, statistics.median(ratios), op, limit, low=min(ratios), high=max(ratios))


def _spaced(unit: str) -> str:
    return unit if unit == "×" else f" {unit}"


@dataclass
class CaseResult:
    """One benchmark case: its figures (medians), goals and notes on method or failures."""

    number: int
    title: str
    figures: list[Figure] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
