"""YAML in and out, the same way everywhere in the build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.pipeline.errors import BuildError


class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (libyaml's when installed: 10x faster) keeping `2022-01-01`-like
    scalars as strings, as JSON would."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


#: libyaml's emitter when installed (4x faster; the same bytes as the pure-Python one, which
#: tests/test_yaml_io.py checks), else the pure-Python one.
Dumper = type[yaml.SafeDumper] | type[yaml.CSafeDumper]
_SpecDumper: Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"cannot read {path}: {exc.strerror}") from exc
    return parse_yaml(text, str(path))


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML `text`; `name` says where it came from in the error message."""
    try:
        return yaml.load(text, Loader=_SpecLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise BuildError(f"{name} is not valid YAML: {exc}".replace("\n", " ")) from exc


def dump_yaml(document: Any, dumper: Dumper = _SpecDumper) -> str:
    """Deterministic, diff-friendly YAML (key order kept, no line folding)."""
    return yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1_000_000)
