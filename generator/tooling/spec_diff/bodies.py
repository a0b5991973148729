"""Comparing request bodies, webhook payloads and responses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.tooling.spec_diff.findings import Finding, code, diff_required, located
from generator.tooling.spec_diff.model import JSON, Direction, Operation, Specs
from generator.tooling.spec_diff.resolve import resolve, str_keys
from generator.tooling.spec_diff.schemas import Walk, diff_schema


def diff_body(
    specs: Specs, old_op: Operation, new_op: Operation, root: str, direction: Direction
) -> Iterator[Finding]:
    _, old = resolve(specs.old, old_op.operation.get("requestBody"))
    _, new = resolve(specs.new, new_op.operation.get("requestBody"))
    if old is None and new is None:
        return
    if new is None:
        yield root, "removed", True
    elif old is None:
        required = bool(new.get("required"))
        message = f"added ({'required' if required else 'optional'})"
        yield root, message, required and direction == "request"
    else:
        if direction == "request":  # a webhook receiver does not choose whether it gets one
            was, now = bool(old.get("required")), bool(new.get("required"))
            yield from diff_required(root, was, now, direction)
        yield from _diff_content(specs, old.get("content"), new.get("content"), root, direction)


def _diff_content(
    specs: Specs, old: Any, new: Any, root: str, direction: Direction
) -> Iterator[Finding]:
    old_media, new_media = str_keys(old), str_keys(new)
    for media in sorted(old_media.keys() - new_media.keys()):
        yield root, f"media type {code(media)} removed", True
    for media in sorted(new_media.keys() - old_media.keys()):
        yield root, f"media type {code(media)} added", False
    common = [media for media in old_media if media in new_media]
    if not common:
        return
    # One representation is enough: JSON is what the client sends and parses.
    media = JSON if JSON in common else common[0]
    old_schema = (old_media[media] or {}).get("schema", {})
    new_schema = (new_media[media] or {}).get("schema", {})
    yield from located(root, diff_schema(Walk(specs, direction), old_schema, new_schema))


def diff_responses(specs: Specs, old_op: Operation, new_op: Operation) -> Iterator[Finding]:
    old = str_keys(old_op.operation.get("responses"))
    new = str_keys(new_op.operation.get("responses"))
    for status in sorted(old.keys() | new.keys()):
        root = f"response {status}"
        if status not in new:  # callers may rely on a success answer, not on an error one
            yield root, "status code removed", status.startswith("2")
        elif status not in old:
            yield root, "status code added", False
        else:
            _, old_response = resolve(specs.old, old[status])
            _, new_response = resolve(specs.new, new[status])
            old_content = (old_response or {}).get("content")
            new_content = (new_response or {}).get("content")
            yield from _diff_content(specs, old_content, new_content, root, "response")
