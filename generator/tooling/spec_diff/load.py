"""Loading the two descriptions: a file, or openapi.yaml at a git ref."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT
from generator.pipeline.yaml_io import load_yaml, parse_yaml

SPEC_NAME = "openapi.yaml"


def load_description(source: str, root: Path = ROOT) -> dict[str, Any]:
    """An existing file at `source`, or else openapi.yaml at git ref `source` in `root`."""
    path = Path(source)
    if path.is_file():
        return as_description(load_yaml(path), str(path))
    return as_description(parse_yaml(_git_show(source, root), f"{source}:{SPEC_NAME}"), source)


def _git_show(ref: str, root: Path) -> str:
    git = shutil.which("git")
    if git is None:
        raise BuildError(f"{ref!r} is not a file and git is not installed to read it as a ref")
    if ref.startswith("-"):  # would be read as an option by git
        raise BuildError(f"{ref!r} is neither a file nor a git ref")
    result = subprocess.run(
        [git, "show", f"{ref}:./{SPEC_NAME}"],
        cwd=root,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [f"git exited {result.returncode}"])[-1]
        raise BuildError(f"{ref!r} is neither a file nor a git ref with {SPEC_NAME}: {reason}")
    return result.stdout


def as_description(document: Any, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or "openapi" not in document:
        raise BuildError(f"{name} is not an OpenAPI description (no `openapi` field)")
    return document
