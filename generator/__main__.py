"""`python -m generator`: regenerate generated/ (or, with --check, verify it is current)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator.pipeline.build import generate, stale_files
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT, Layout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, help="the description to build from (default: openapi.yaml)"
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ is not what the build makes"
    )
    args = parser.parse_args(argv)
    layout = Layout.of(ROOT, args.spec)
    started = time.monotonic()
    try:
        if args.check:
            differences = stale_files(layout)
            if differences:
                print("\n".join(differences), file=sys.stderr)
                print(
                    f"generated/ is stale ({len(differences)} file(s) differ): run `make generate`",
                    file=sys.stderr,
                )
                return 1
            print("generated/ is up to date")
        else:
            generate(layout)
            print(
                f"generated/ rebuilt from {layout.spec.name} in {time.monotonic() - started:.1f}s"
            )
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
