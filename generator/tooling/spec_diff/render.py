"""The changelog as Markdown for a pull request and as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from itertools import groupby
from pathlib import Path
from typing import Any

from generator.tooling.spec_diff.model import Change


def order(change: Change) -> tuple[str, str, str, bool]:
    return change.operation, change.location, change.message, change.breaking


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render_markdown(changes: list[Change], breaking_first: bool = False, level: int = 3) -> str:
    """The changelog: a summary line, then one section per operation (a heading of `level`).

    With `breaking_first`, the breaking entries come first under a "Breaking changes"
    heading of `level` and the rest under "Other changes", each grouped by operation one
    level below: what a reviewer must look at is at the top.
    """
    if not changes:
        return "No changes.\n"
    lines = [summary_line(changes)]
    if not breaking_first:
        lines += _sections(changes, level)
        return "\n".join(lines) + "\n"
    for title, breaking in (("Breaking changes", True), ("Other changes", False)):
        group = [change for change in changes if change.breaking is breaking]
        if group:
            lines += ["", f"{'#' * level} {title}", *_sections(group, level + 1)]
    return "\n".join(lines) + "\n"


def summary_line(changes: list[Change]) -> str:
    """`**2 breaking changes**, 3 other changes` (or `No breaking changes, ...`)."""
    breaking = sum(change.breaking for change in changes)
    head = f"**{_count(breaking, 'breaking change')}**" if breaking else "No breaking changes"
    return f"{head}, {_count(len(changes) - breaking, 'other change')}"


def _sections(changes: list[Change], level: int) -> list[str]:
    lines: list[str] = []
    for operation, group in groupby(sorted(changes, key=order), key=lambda c: c.operation):
        entries = list(group)
        lines += ["", f"{'#' * level} {_heading(operation, entries[0].operation_id)}", ""]
        lines += [_entry(change) for change in entries]
    return lines


def _heading(operation: str, operation_id: str) -> str:
    if not operation:
        return "Whole API"
    return f"`{operation}`" + (f" (`{operation_id}`)" if operation_id else "")


def _entry(change: Change) -> str:
    mark = "**breaking** " if change.breaking else ""
    where = f"`{change.location}`: " if change.location else ""
    return f"- {mark}{where}{change.message}"


def changelog_json(changes: list[Change]) -> dict[str, Any]:
    """The changelog as data: counts, then every entry in the Markdown's order."""
    breaking = sum(change.breaking for change in changes)
    return {
        "breaking": breaking,
        "other": len(changes) - breaking,
        "changes": [asdict(change) for change in sorted(changes, key=order)],
    }


def write_json(path: Path, document: Any) -> None:
    """A report's machine-readable form: stable key order, one trailing newline."""
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
