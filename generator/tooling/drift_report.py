"""`python -m generator.tooling.drift_report DIR`: what captured production bodies say about the
spec.

Reads every `*.json` file under DIR with the generated client, the way the client itself
reads them, and reports where they deviate from the description (see altegio_devtools.drift):

- `<operationId>.<status>.json` (or `<operationId>.<status>.<note>.json`) is a response body
  of that operation (e.g. `get_country_list.200.json`), read with the operation's generated
  parser; an error status is skipped (the client raises its typed error for it);
- any other file is a webhook delivery (one event or a JSON array of events), read with
  `webhooks.parse_events`.

Prints Markdown: a table of every (source, path) that drifted, then an OpenAPI Overlay 1.0
document with one action per schema that needs widening, its targets evaluated against
openapi.yaml as overrides/overlays/ leave it. The actions are suggestions: each needs a
QUIRKS.md entry and a synthetic fixture before it is committed.

Exit status: 0 when nothing drifted, 1 when something did, 2 when a file could not be read.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from altegio_devtools import api, errors, webhooks
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.drift import MISSING, Drift
from altegio_devtools.errors import parse_body
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT
from generator.pipeline.load import load_spec
from generator.pipeline.overlay import apply_actions, load_overlays
from generator.pipeline.prepare import JSON
from generator.pipeline.yaml_io import dump_yaml

#: `<operationId>.<status>.json`, optionally with a note: `list_voip_calls.200.no-meta.json`.
RESPONSE_FILE = re.compile(
    r"(?P<operation>[A-Za-z_][A-Za-z0-9_]*)\.(?P<status>\d{3})(?:\.[A-Za-z0-9_-]+)?\.json"
)
EXAMPLE_LENGTH = 40
#: JSON types in the order they are written into a widened `type`.
JSON_TYPES = ("object", "array", "string", "number", "integer", "boolean", "null")
#: Python's types of decoded JSON, bool before int.
PYTHON_TYPES: tuple[tuple[type, str], ...] = (
    (type(None), "null"),
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
)
PHRASES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "null": "null",
    "missing": "missing",
}

Parts = tuple[str | int, ...]
"""A location in the spec: the keys and indices from the root."""


class _Drifted(Protocol):
    @property
    def drift(self) -> tuple[Drift, ...]: ...


class SampleError(Exception):
    """A file that cannot be read at all; the message is the reason."""


@dataclass(frozen=True)
class Body:
    """One parsed event or response: where the spec declares it and how it drifted."""

    file: Path
    source: str  # "record event", "get_country_list 200"
    schema: Parts  # the schema it is read with, in openapi.yaml before hoisting
    drift: tuple[Drift, ...]
    undocumented: str | None = None  # an event kind the description lacks (an UnknownEvent)


@dataclass
class Row:
    """Every drift entry of one source at one path (list indices folded)."""

    source: str
    path: str
    schema: Parts
    expected: set[str] = field(default_factory=set)
    came: set[str] = field(default_factory=set)
    files: set[Path] = field(default_factory=set)
    count: int = 0
    example: Any = None


# --- reading the samples -------------------------------------------------------------------


def read_samples(directory: Path, spec: dict[str, Any]) -> tuple[list[Body], list[str]]:
    """Every body under `directory`, and an `error: file: reason` line per unreadable file."""
    bodies: list[Body] = []
    failures: list[str] = []
    for path in sorted(directory.rglob("*.json")):
        try:
            bodies.extend(read_sample(path, spec))
        except SampleError as exc:
            failures.append(f"error: {path}: {exc}")
    return bodies, failures


def read_sample(path: Path, spec: dict[str, Any]) -> list[Body]:
    try:
        content = path.read_bytes()
        json.loads(content)
    except OSError as exc:
        raise SampleError(f"cannot read it: {exc.strerror}") from exc
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF-8
        raise SampleError(f"not JSON: {exc}") from exc
    response = RESPONSE_FILE.fullmatch(path.name)
    if response:
        operation_id, status = response["operation"], int(response["status"])
        if operation_id not in OPERATIONS:
            raise SampleError(f"unknown operationId {operation_id!r} (from the file name)")
        if not 200 <= status < 300:
            return []  # an error answer: the client raises its typed error, no model to compare
        return [_read_response(path, content, operation_id, status, spec)]
    return [_read_event(path, event, spec) for event in _read_events(content)]


def _read_response(
    path: Path, content: bytes, operation_id: str, status: int, spec: dict[str, Any]
) -> Body:
    parser = _parsers()[operation_id]
    try:
        model = parse_body(httpx.Response(status, content=content), parser)
    except errors.ResponseValidationError as exc:
        raise SampleError(f"not a {operation_id} response: {_reason(exc)}") from exc
    return Body(
        path, f"{operation_id} {status}", _response_schema(spec, operation_id, status), model.drift
    )


def _read_events(content: bytes) -> list[webhooks.Event]:
    try:
        return webhooks.parse_events(content)
    except errors.InvalidWebhookError as exc:
        raise SampleError(f"not a webhook delivery: {exc}") from exc


def _read_event(path: Path, event: webhooks.Event, spec: dict[str, Any]) -> Body:
    if isinstance(event, webhooks.UnknownEvent):  # the description has no schema for it
        kind = f"resource `{event.resource}`, status `{event.status}`"
        return Body(path, f"{event.resource} event", (), (), undocumented=kind)
    name = type(event).__name__  # the webhook's name in the spec
    return Body(path, f"{event.resource} event", _webhook_schema(spec, name), event.drift)


def _reason(exc: errors.ResponseValidationError) -> str:
    if exc.drift:
        return "; ".join(str(entry) for entry in exc.drift)
    cause = exc.__cause__
    return f"{type(cause).__name__}: {cause}" if cause else str(exc)


_PARSERS: dict[str, Callable[[httpx.Response], _Drifted]] = {}


def _parsers() -> dict[str, Callable[[httpx.Response], _Drifted]]:
    """Each operation's generated `_parse_response`, found in altegio_devtools.api.<tag>."""
    if not _PARSERS:
        for tag in pkgutil.iter_modules(api.__path__, f"{api.__name__}."):
            package = importlib.import_module(tag.name)
            by_python_name = {op.python_name: op_id for op_id, op in OPERATIONS.items()}
            for module in pkgutil.iter_modules(package.__path__, f"{tag.name}."):
                # Modules are named by Python name (overrides/names.yaml); keyed by operationId.
                operation_id = by_python_name.get(module.name.rpartition(".")[2])
                if operation_id is not None:
                    parser = importlib.import_module(module.name)._parse_response
                    _PARSERS[operation_id] = parser
    return _PARSERS


# --- where the spec declares what drifted --------------------------------------------------


def effective_spec(root: Path = ROOT) -> dict[str, Any]:
    """openapi.yaml with overrides/overlays applied, webhooks not yet hoisted: what a new
    overlay action is evaluated against."""
    spec = load_spec(root / "openapi.yaml")
    apply_actions(spec, load_overlays(root / "overrides" / "overlays"))
    return spec


def _response_schema(spec: dict[str, Any], operation_id: str, status: int) -> Parts:
    for url, path_item in spec.get("paths", {}).items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                responses = operation.get("responses", {})
                # The parser reads an undocumented success status as the documented one.
                successes = [code for code in responses if str(code).startswith("2")]
                code = str(status) if str(status) in responses else next(iter(successes), None)
                if code is not None:
                    return ("paths", url, method, "responses", code, "content", JSON, "schema")
    raise SampleError(f"{operation_id} {status} has no JSON response in openapi.yaml")


def _webhook_schema(spec: dict[str, Any], name: str) -> Parts:
    for method, operation in spec.get("webhooks", {}).get(name, {}).items():
        if isinstance(operation, dict) and "requestBody" in operation:
            return ("webhooks", name, method, "requestBody", "content", JSON, "schema")
    raise SampleError(f"webhook {name} has no request body in openapi.yaml")


def node_at(spec: Any, parts: Parts) -> Any:
    node = spec
    for part in parts:
        node = node[part]
    return node


def jsonpath(parts: Parts) -> str:
    """An RFC 9535 JSONPath selecting exactly `parts`."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


def _resolve(spec: dict[str, Any], where: Parts) -> Parts:
    """Follow `$ref`s from `where` to the schema that declares something."""
    seen: set[str] = set()
    node = node_at(spec, where)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise LookupError(f"cannot follow $ref {ref!r}")
        seen.add(ref)
        where = tuple(token.replace("~1", "/").replace("~0", "~") for token in ref[2:].split("/"))
        node = node_at(spec, where)
    return where


def locate(
    spec: dict[str, Any], where: Parts, segments: Parts, owner: Parts = ()
) -> tuple[Parts, Parts]:
    """The schema of the value at `segments` (a key or a list index each) below `where`,
    and the schema declaring it (an object for a key, an array for an index).

    `$ref`s on the way are followed (the result is where the property is declared), and
    of a `oneOf`/`anyOf`/`allOf` the first branch that declares the rest of the path is taken.
    """
    if not segments:
        return where, owner
    here = _resolve(spec, where)
    node = node_at(spec, here)
    segment, rest = segments[0], segments[1:]
    steps: list[tuple[Parts, Parts, Parts]] = []  # (where, segments, owner) to try
    if isinstance(segment, str) and segment in (node.get("properties") or {}):
        steps.append(((*here, "properties", segment), rest, here))
    if isinstance(segment, int) and isinstance(node.get("items"), dict):
        steps.append(((*here, "items"), rest, here))
    for keyword in ("oneOf", "anyOf", "allOf"):
        for index in range(len(node.get(keyword) or ())):
            steps.append(((*here, keyword, index), segments, owner))
    for step in steps:
        try:
            return locate(spec, *step)
        except (LookupError, TypeError):
            continue
    raise LookupError(f"{jsonpath(here)} declares no {segment!r}")


def _segments(path: str) -> Parts:
    """`data.services[].title` -> ("data", "services", 0, "title"): keys, and an int per list."""
    return tuple(
        match["key"] if match["key"] else int(match["index"] or 0)
        for match in re.finditer(r"(?P<key>[^.\[\]]+)|\[(?P<index>\d*)\]", path)
    )


def fold_indices(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


# --- grouping and widening -----------------------------------------------------------------


def json_type(value: Any) -> str:
    """The JSON type of a decoded value ("missing" for a key that was absent)."""
    if value is MISSING:
        return "missing"
    return next((kind for python, kind in PYTHON_TYPES if isinstance(value, python)), "object")


def group(bodies: Iterable[Body]) -> list[Row]:
    rows: dict[tuple[str, str], Row] = {}
    for body in bodies:
        for entry in body.drift:
            key = (body.source, fold_indices(entry.path))
            row = rows.setdefault(key, Row(*key, schema=body.schema))
            row.expected.add(entry.expected)
            row.came.add(json_type(entry.value))
            row.files.add(body.file)
            row.count += 1
            if row.count == 1:
                row.example = entry.value
    return sorted(rows.values(), key=lambda row: (row.source, row.path))


@dataclass
class Fix:
    """What every row drifting at one schema says about it."""

    target: Parts
    owner: Parts
    rows: list[Row] = field(default_factory=list)

    @property
    def came(self) -> set[str]:
        return set().union(*(row.came for row in self.rows))


def fixes(spec: dict[str, Any], rows: Iterable[Row]) -> tuple[list[Fix], list[str]]:
    """The rows by the schema they drifted at (several sources can share one), and a note
    per row whose schema could not be found."""
    found: dict[Parts, Fix] = {}
    notes: list[str] = []
    for row in rows:
        try:
            target, owner = locate(spec, row.schema, _segments(row.path))
        except (LookupError, TypeError) as exc:
            notes.append(f"{row.source} {row.path}: no action suggested ({exc})")
            continue
        found.setdefault(target, Fix(target, owner)).rows.append(row)
    return list(found.values()), notes


def actions(spec: dict[str, Any], fix: Fix) -> Iterator[dict[str, Any]]:
    """The overlay actions that make the schema at `fix.target` admit what came."""
    description = _description(fix)
    came = fix.came
    if "missing" in came:
        key = fix.target[-1]
        if key in (node_at(spec, fix.owner).get("required") or []):
            target = f"{jsonpath((*fix.owner, 'required'))}[?@ == {_quoted(str(key))}]"
            yield {"target": target, "description": description, "remove": True}
    came -= {"missing"}
    if not came:
        return
    node = node_at(spec, fix.target)
    where = jsonpath(fix.target)
    if isinstance(node.get("$ref"), str):
        # An update merges into the target and cannot drop `$ref`: remove it first, then
        # make the property a union of the referenced schema and what came.
        yield {"target": f"{where}['$ref']", "description": description, "remove": True}
        branches = [{"$ref": node["$ref"]}, *(_branch(kind) for kind in _ordered(came))]
        yield {"target": where, "description": description, "update": {"oneOf": branches}}
        return
    union = next((key for key in ("oneOf", "anyOf") if key in node and "type" not in node), None)
    if union is not None:
        branches = sorted([*node[union], *map(_branch, _ordered(came))], key=_branch_rank)
        yield {"target": where, "description": description, "update": {union: branches}}
        return
    declared = _declared_types(node)
    types = _widened(declared, came)
    if types == declared and "format" not in node:
        return
    if types == declared:
        # The type fits, so the format did not: keep it as one branch, a plain string as another.
        yield {"target": f"{where}.format", "description": description, "remove": True}
        yield {"target": f"{where}.type", "description": description, "remove": True}
        branches = [{"type": "string", "format": node["format"]}, {"type": "string"}]
        if "null" in declared:
            branches.append({"type": "null"})
        yield {"target": where, "description": description, "update": {"anyOf": branches}}
        return
    update: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
    enum = node.get("enum")
    if isinstance(enum, list) and came - {"null"}:
        # Another JSON type than the enum's: the enum does not describe the field.
        yield {"target": f"{where}.enum", "description": description, "remove": True}
    elif "null" in came and isinstance(enum, list) and None not in enum:
        update["enum"] = [*enum, None]
    if "array" in types and "items" not in node:
        update["items"] = {}
    if "object" in came and "properties" not in node:
        update["additionalProperties"] = True
    yield {"target": where, "description": description, "update": update}


def _declared_types(node: dict[str, Any]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(kind) for kind in declared]
    if "properties" in node:
        return ["object"]
    return ["array"] if "items" in node else []


def _widened(declared: list[str], came: set[str]) -> list[str]:
    """`declared` with the types that came, in JSON_TYPES order (see _branch_rank)."""
    types = set(declared) | came
    if "number" in types:  # 1.5 for an integer: it is a number
        types.discard("integer")
    widened = _ordered(types)
    return declared if set(widened) == set(declared) else widened


def _branch_rank(branch: Any) -> int:
    """The generated union parser tries its variants in order, and only objects, lists and
    date-times fail over to the next one: those first, then one scalar, then null."""
    kind = branch.get("type") if isinstance(branch, dict) else None
    if kind == "null":
        return 2
    return 1 if kind in ("string", "number", "integer", "boolean") and "format" not in branch else 0


def _branch(kind: str) -> dict[str, Any]:
    if kind == "array":
        return {"type": "array", "items": {}}
    if kind == "object":
        return {"type": "object", "additionalProperties": True}
    return {"type": kind}


def _ordered(kinds: set[str]) -> list[str]:
    return [kind for kind in JSON_TYPES if kind in kinds]


def _kinds(came: set[str]) -> list[str]:
    """What came, for people: JSON types in order, then "missing"."""
    return [*_ordered(came), *(["missing"] if "missing" in came else [])]


def _quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _description(fix: Fix) -> str:
    seen = []
    for row in fix.rows:
        came = _kinds(row.came)
        what = " or ".join(PHRASES[kind] for kind in came)
        declared = " or ".join(sorted(row.expected))
        if came == ["missing"]:
            seen.append(f"{row.source} {row.path} was missing where {declared} is required")
        else:
            seen.append(f"{row.source} {row.path} came as {what} where {declared} is declared")
    bodies = len(set().union(*(row.files for row in fix.rows)))
    return (
        f"seen in {bodies} captured {'body' if bodies == 1 else 'bodies'}: {'; '.join(seen)}; "
        f"add a QUIRKS entry and a synthetic fixture before committing"
    )


# --- the report ----------------------------------------------------------------------------


def render(bodies: list[Body], rows: list[Row], overlay: dict[str, Any], notes: list[str]) -> str:
    files = len({body.file for body in bodies})
    unknown = Counter(body.undocumented for body in bodies if body.undocumented)
    if not rows and not unknown:
        return f"No drift: {len(bodies)} events and responses in {files} files fit the spec.\n"
    if not rows:
        return _render_unknown(unknown).lstrip("\n")
    lines = [
        "# Drift in captured bodies",
        "",
        f"{len(rows)} (source, path) pairs drifted in {len(bodies)} events and responses "
        f"from {files} files.",
        "",
        "| source | path | expected | what came | count | example |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        cells = [
            row.source,
            f"`{row.path}`",
            " or ".join(sorted(row.expected)),
            ", ".join(f"`{kind}`" for kind in _kinds(row.came)),
            str(row.count),
            f"`{_example(row.example)}`",
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    lines += ["", *(f"- {note}" for note in notes)] if notes else []
    lines += [_render_unknown(unknown).rstrip("\n")] if unknown else []
    if overlay["actions"]:
        lines += [
            "",
            "Suggested overlay (save as overrides/overlays/NN-<topic>.yaml; every action needs",
            "a QUIRKS.md entry and a synthetic fixture first):",
            "",
            "```yaml",
            dump_yaml(overlay).rstrip(),
            "```",
        ]
    return "\n".join(lines) + "\n"


def _render_unknown(unknown: Counter[str]) -> str:
    """Event kinds parse_events reads as UnknownEvent: the description lacks them (add a
    webhook payload, or a value to an enum, by hand: no action is suggested)."""
    lines = ["", "Event kinds the description does not document (read as UnknownEvent):", ""]
    lines += [f"- {kind}: {count}" for kind, count in sorted(unknown.items())]
    return "\n".join(lines) + "\n"


def _example(value: Any) -> str:
    if value is MISSING:
        return "(missing)"
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= EXAMPLE_LENGTH else text[: EXAMPLE_LENGTH - 3] + "..."


def report(directory: Path, root: Path = ROOT) -> tuple[str, list[str], int]:
    """The Markdown report, the error lines, and the exit status."""
    if not directory.is_dir():
        return "", [f"error: {directory} is not a directory"], 2
    spec = effective_spec(root)
    bodies, failures = read_samples(directory, spec)
    if not bodies and not failures:
        return "", [f"error: {directory} holds no *.json files"], 2
    rows = group(bodies)
    found, notes = fixes(spec, rows)
    suggested = []
    for fix in found:
        widening = list(actions(spec, fix))
        suggested += widening
        if not widening:
            notes.append(
                f"{jsonpath(fix.target)}: no action suggested: the schema already admits what "
                f"came ({', '.join(_kinds(fix.came))}), the generated parser does not read it"
            )
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "Drift seen in captured bodies (suggested)", "version": "0.1.0"},
        "actions": suggested,
    }
    undocumented = any(body.undocumented for body in bodies)
    status = 2 if failures else 1 if rows or undocumented else 0
    return render(bodies, rows, overlay, notes), failures, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.drift_report",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", type=Path, help="the captured *.json bodies")
    args = parser.parse_args(argv)
    logging.getLogger("altegio_devtools.drift").setLevel(logging.ERROR)  # the report says it
    try:
        text, failures, status = report(args.directory)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(text, end="")
    for failure in failures:
        print(failure, file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
