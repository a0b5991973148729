"""Interleaved timing: warm up every variant, then run A, B, A, B, ... and keep each sample."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping

#: A variant's batch: runs once and returns its sample (e.g. seconds per call, requests/s).
Batch = Callable[[], float]


def interleave(
    variants: Mapping[str, Batch], *, rounds: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Run every variant `warmup` times (discarded), then `rounds` times in turn."""
    for _ in range(warmup):
        for batch in variants.values():
            batch()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, batch in variants.items():
            gc.collect()
            samples[name].append(batch())
    return samples


def per_call(call: Callable[[], object], calls: int) -> Batch:
    """A batch of `calls` calls whose sample is the mean seconds per call."""

    def batch() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - started) / calls

    return batch
