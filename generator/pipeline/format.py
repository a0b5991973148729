"""The format step: ruff over the generated package, with the generated code's own config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout


def format_package(layout: Layout, package: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(layout.overrides / "ruff-generated.toml")]
    for step in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        result = subprocess.run(
            [*ruff, *step, *config, str(package)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BuildError(f"ruff {step[0]} failed:\n{(result.stdout + result.stderr).strip()}")
