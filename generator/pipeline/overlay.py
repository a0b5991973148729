"""Apply OpenAPI Overlay 1.0 and 1.1 documents (https://spec.openapis.org/overlay/v1.1.html).

Targets are RFC 9535 JSONPath, evaluated by python-jsonpath in strict mode. Unlike most
appliers, an action that selects nothing is an error: it means upstream changed and
somebody has to look at the override. Overlay 1.1 adds `copy`: a JSONPath selecting one
node of the document, merged into the targets as `update` would merge its value (with
`remove` after it, that moves a node); a `copy` whose source is gone is stale too.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath

from generator.pipeline.errors import BuildError
from generator.pipeline.yaml_io import load_yaml

#: RFC 9535 only: none of python-jsonpath's extensions to the syntax.
JSONPATH = jsonpath.JSONPathEnvironment(strict=True)
#: The `overlay` versions read; `copy` needs 1.1.
VERSIONS = ("1.0.0", "1.1.0")


@dataclass(frozen=True)
class Action:
    """One overlay action, with where it came from."""

    source: str
    index: int
    target: str
    description: str
    update: Any = None
    remove: bool = False
    copy: str | None = None
    """Overlay 1.1: the JSONPath of the one node to merge into the targets."""

    @property
    def label(self) -> str:
        copied = f" <- {self.copy}" if self.copy is not None else ""
        return f"{self.source} action #{self.index} ({self.target}{copied})"


@dataclass(frozen=True)
class ActionResult:
    action: Action
    matched: int
    changed: bool


class StaleActionError(BuildError):
    """Overlay actions matched no node of the spec: upstream changed under them."""

    def __init__(self, actions: list[Action]) -> None:
        lines = [f"stale override: {a.label} matches nothing: {a.description}" for a in actions]
        super().__init__("\n".join(lines))
        self.actions = actions


class OverlayFormatError(BuildError):
    """An overlay document does not follow Overlay 1.0 or 1.1."""


def load_overlays(directory: Path) -> list[Action]:
    """Read every overlay in `directory`, in file-name order, as one list of actions."""
    actions: list[Action] = []
    for path in sorted(directory.glob("*.yaml")):
        actions.extend(_parse_overlay(path.name, load_yaml(path)))
    return actions


def _parse_overlay(source: str, document: Any) -> Iterable[Action]:
    def fail(message: str) -> OverlayFormatError:
        return OverlayFormatError(f"overlay {source}: {message}")

    if not isinstance(document, dict) or document.get("overlay") not in VERSIONS:
        raise fail("not an Overlay 1.0 or 1.1 document (expected `overlay: 1.0.0` or `1.1.0`)")
    info = document.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise fail("`info` needs a title and a version")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise fail("`actions` must be a non-empty list")
    for index, raw in enumerate(raw_actions, start=1):
        if not isinstance(raw, dict):
            raise fail(f"action #{index} is not an object")
        target, description = raw.get("target"), raw.get("description")
        if not isinstance(target, str) or not target.startswith("$"):
            raise fail(f"action #{index}: `target` must be a JSONPath starting with `$`")
        if not isinstance(description, str) or not description.strip():
            raise fail(f"action #{index}: every action needs a `description` naming the quirk")
        remove, origin = raw.get("remove", False) is True, raw.get("copy")
        if ["update" in raw, remove, origin is not None].count(True) != 1:
            raise fail(f"action #{index}: give exactly one of `update`, `remove: true` or `copy`")
        if origin is not None and document["overlay"] == "1.0.0":
            raise fail(f"action #{index}: `copy` needs an Overlay 1.1 document (`overlay: 1.1.0`)")
        if origin is not None and (not isinstance(origin, str) or not origin.startswith("$")):
            raise fail(f"action #{index}: `copy` must be a JSONPath starting with `$`")
        for path in filter(None, (target, origin)):
            try:
                JSONPATH.compile(path)
            except jsonpath.JSONPathError as exc:
                raise fail(f"action #{index}: invalid JSONPath {path!r}: {exc}") from exc
        yield Action(
            source,
            index,
            target,
            " ".join(description.split()),
            raw.get("update"),
            remove,
            origin,
        )


def apply_actions(document: dict[str, Any], actions: Iterable[Action]) -> list[ActionResult]:
    """Apply `actions` in order, in place. Every action that matches nothing is reported,
    together, in one StaleActionError."""
    results = override_health(document, actions)
    stale = [result.action for result in results if result.matched == 0]
    if stale:
        raise StaleActionError(stale)
    return results


def override_health(document: dict[str, Any], actions: Iterable[Action]) -> list[ActionResult]:
    """Apply what applies, in place, and say for each action how many nodes it matched
    (0: stale, upstream moved its target or the node it copies) and whether it changed
    anything (if not, upstream fixed the quirk and the action can go)."""
    results = []
    for action in actions:
        matches = list(JSONPATH.finditer(action.target, document))
        if action.remove:
            _remove(matches)
            changed = bool(matches)
        else:
            value = action.update
            if action.copy is not None:
                sources = [match.obj for match in JSONPATH.finditer(action.copy, document)]
                if len(sources) > 1:
                    raise OverlayFormatError(
                        f"{action.label}: `copy` selects {len(sources)} nodes, not one"
                    )
                matches = matches if sources else []  # no source: as stale as no target
                value = sources[0] if sources else None
            nodes = [match.obj for match in matches]
            before = copy.deepcopy(nodes)
            for match in matches:
                _update(match, value)
            changed = nodes != before
        results.append(ActionResult(action, len(matches), changed))
    return results


def _update(match: jsonpath.JSONPathMatch, value: Any) -> None:
    node = match.obj
    if isinstance(node, dict) and isinstance(value, dict):
        _merge(node, value)
    elif isinstance(node, list):
        if value not in node:  # idempotent: an enum value upstream added since stays single
            node.append(copy.deepcopy(value))
    else:
        raise OverlayFormatError(
            f"cannot update {match.path}: it is a {type(node).__name__}, not an object or array"
        )


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(target.get(key), dict) and isinstance(value, dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _remove(matches: list[jsonpath.JSONPathMatch]) -> None:
    list_items: list[tuple[list[Any], int]] = []
    unique = {tuple(match.parts): match for match in matches}  # RFC 9535 allows duplicates
    for match in unique.values():
        if match.parent is None or not match.parts:
            raise OverlayFormatError(f"cannot remove the document root ({match.path})")
        parent, key = match.parent.obj, match.parts[-1]
        if isinstance(parent, list) and isinstance(key, int):
            list_items.append((parent, key))
        elif isinstance(parent, dict):
            del parent[key]
    # Delete list items from the highest index down so the other indices stay valid.
    for parent, index in sorted(list_items, key=lambda item: item[1], reverse=True):
        del parent[index]
