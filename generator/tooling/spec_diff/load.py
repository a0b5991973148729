"""Loading the two descriptions: a file, or openapi.yaml at a git ref."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT
from generator.pipeline.yaml_io import load_yaml, parse_yaml
from generator.tooling.git import show_file

SPEC_NAME = "openapi.yaml"


def load_description(source: str, root: Path = ROOT) -> dict[str, Any]:
    """An existing file at `source`, or else openapi.yaml at git ref `source` in `root`."""
    path = Path(source)
    if path.is_file():
        return as_description(load_yaml(path), str(path))
    return as_description(
        parse_yaml(show_file(source, SPEC_NAME, root), f"{source}:{SPEC_NAME}"), source
    )


def as_description(document: Any, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or "openapi" not in document:
        raise BuildError(f"{name} is not an OpenAPI description (no `openapi` field)")
    return document
