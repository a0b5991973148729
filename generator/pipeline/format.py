"""The format step: ruff over the generated package, with the generated code's own config."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ruff import find_ruff_bin

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout

#: No cache: the staging directory is new every build, so a cache could never hit. Not
#: --quiet: it silences the errors too, and the output is shown only when a step fails.
STEPS = (["check", "--fix-only", "--no-cache"], ["format", "--no-cache"])


def format_package(layout: Layout, package: Path) -> None:
    # The pinned ruff's binary itself: `python -m ruff` would start a Python to exec it.
    ruff: str = find_ruff_bin()
    config = ["--config", str(layout.overrides / "ruff-generated.toml")]
    for step in STEPS:
        result = subprocess.run(
            [ruff, *step, *config, str(package)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BuildError(f"ruff {step[0]} failed:\n{(result.stdout + result.stderr).strip()}")
