"""Instructions per call, counted by valgrind (cachegrind without its cache simulation): unlike
time, not disturbed by other work on a shared machine.

A variant's probe (bench/instructions_probe.py) runs twice in fresh processes, with a few
calls and with many; the difference over the extra calls is the instructions of one call,
set-up, imports and interpreter start cancelling out.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

from bench.subprocesses import timed

VALGRIND = "valgrind"
#: bench/instructions_probe.py's variants: our client, raw httpx + json.loads
VARIANTS = ("ours", "raw")
_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def available() -> str | None:
    """valgrind's path, or None when it is not installed."""
    return shutil.which(VALGRIND)


def instructions(variant: str, calls: int) -> int:
    """The instructions a whole probe run executes."""
    valgrind = available()
    if valgrind is None:
        raise RuntimeError("valgrind is not installed")
    with tempfile.TemporaryDirectory(prefix="bench-cachegrind-") as scratch:
        run = timed(
            [
                valgrind, "--tool=cachegrind", "--cache-sim=no",
                f"--cachegrind-out-file={Path(scratch) / 'out'}",
                sys.executable, "-m", "bench.instructions_probe", variant, str(calls),
            ],
            timeout=900,
            extra_env={"PYTHONHASHSEED": "0"},  # the same dicts and sets in every run
        )  # fmt: skip
    if not run.ok:
        raise RuntimeError(f"valgrind {variant} {calls} failed: {run.tail()}")
    found = _TOTAL.search(run.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count: {run.tail()}")
    return int(found.group(1).replace(",", ""))


def per_call(variant: str, calls: int) -> float:
    """The instructions of one call: (a run with `calls` extra calls − a run without) / calls."""
    return (instructions(variant, calls) - instructions(variant, 0)) / calls


if __name__ == "__main__":  # `python -m bench.instructions ours 2000`: one figure, by hand
    print(f"{per_call(sys.argv[1], int(sys.argv[2])):,.0f} instructions/call")
