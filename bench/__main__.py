"""`python -m bench [--quick] [--output PATH] [--case N ...]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.config import Sizes
from bench.run import CASES, benchmark
from bench.subprocesses import ROOT

DEFAULT_OUTPUT = ROOT / "BENCHMARKS.md"


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="run every case once with tiny sizes; print the report, write it only with --output",
    )
    parser.add_argument("--output", type=Path, help=f"where to write the report ({DEFAULT_OUTPUT})")
    parser.add_argument(
        "--case", type=int, action="append", choices=sorted(CASES), help="run only this case"
    )
    args = parser.parse_args(argv)
    output: Path | None = args.output or (None if args.quick else DEFAULT_OUTPUT)
    sizes = Sizes.quick() if args.quick else Sizes()
    _, markdown = benchmark(
        sizes, output, quick=args.quick, only=args.case or (), progress=_progress
    )
    if output is None:
        print(markdown)
    else:
        _progress(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
