"""Load the OpenAPI description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.pipeline.yaml_io import load_yaml


def load_spec(path: Path) -> dict[str, Any]:
    document = load_yaml(path)
    if not isinstance(document, dict) or "openapi" not in document:
        raise BuildError(f"{path} is not an OpenAPI description (no `openapi` field)")
    return document
