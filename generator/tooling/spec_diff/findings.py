"""Findings inside one operation, and the rule for a field made required or optional."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from generator.tooling.spec_diff.model import Direction

Finding = tuple[str, str, bool]
"""(location, message, breaking) inside one operation."""


def code(value: Any) -> str:
    if isinstance(value, str):
        return f"`{value}`"
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def located(root: str, findings: Iterable[Finding]) -> Iterator[Finding]:
    """Prefix schema paths with where the schema sits: "response 200" + "data[].id"."""
    for path, message, breaking in findings:
        yield (f"{root} {path}" if path else root), message, breaking


def diff_required(location: str, was: bool, now: bool, direction: Direction) -> Iterator[Finding]:
    if was == now:
        return
    if now:  # the caller must now send it
        yield location, "made required", direction == "request"
    else:  # a reader can no longer rely on it being there
        yield location, "made optional", direction == "response"
