"""generated/README.md: every operation with its Python call, operationId, HTTP method,
host, path and auth, and the model names, so a pull request shows API-level changes in one
readable file and a reviewer can map a spec change to the Python surface.

The Python calls are read from the built package's source (package_source.py): they are
exactly what users call. The rest comes from the build's operation table.

Parsing the package is most of the page's cost, and most builds make the same package: the
page is remembered (.build-state/operations-page/, memory.py) by a digest of the package's
source, the effective spec's text, the operation table, the model names and this code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.pipeline.layout import PACKAGE
from generator.pipeline.memory import code_digest, recall, remember
from generator.pipeline.package_source import PackageSource

#: The code that renders the page (its source is keyed).
CODE = ("generator.pipeline.layout", "generator.pipeline.package_source", __name__)

AUTH = {"none": "none", "partner": "partner", "partner_user": "partner + user"}


def operations_page(
    state: Path,
    package_parent: Path,
    *,
    spec: dict[str, Any],
    spec_text: str,
    operations: list[dict[str, Any]],
    model_names: dict[str, str] | None = None,
) -> str:
    """render_operations_page, from `state` when the same inputs were rendered before;
    `spec_text` is the effective spec as written (`spec` serialized, for the key)."""
    digest = code_digest(*CODE)
    digest.update(json.dumps([spec_text, operations, model_names], default=_key_form).encode())
    package = package_parent / PACKAGE
    for path in sorted(package.rglob("*.py")):
        content = path.read_bytes()
        digest.update(f"\n{path.relative_to(package)} {len(content)}\n".encode())
        digest.update(content)
    entry = state / "operations-page" / f"{digest.hexdigest()}.md"
    remembered = recall(entry)
    if remembered is not None:
        return remembered.decode("utf-8")
    page = render_operations_page(package_parent, spec, operations, model_names)
    remember(entry, page.encode("utf-8"))
    return page


def _key_form(value: Any) -> Any:
    """What the key holds for a value JSON has no form for (a set: its sorted items)."""
    return sorted(value) if isinstance(value, set | frozenset) else repr(value)


def render_operations_page(
    package_parent: Path,
    spec: dict[str, Any],
    operations: list[dict[str, Any]],
    model_names: dict[str, str] | None = None,
) -> str:
    source = PackageSource(package_parent / PACKAGE)
    calls = _calls(source, operations)
    hosts = {host: source.constant("client", f"{host.upper()}_BASE_URL") for host in ("api", "app")}
    lines = [
        "# altegio_devtools operations",
        "",
        "Written by `make generate` from `openapi.effective.yaml`; do not edit.",
        "",
        f"Hosts: `api` = {hosts['api']}, `app` = {hosts['app']} (both configurable).",
        "Auth: `partner` = `Bearer <partner_token>`; "
        "`partner + user` = `Bearer <partner_token>, User <user_token>`.",
        "Every call also takes `timeout=`, `max_retries=`, `extra_headers=`, `extra_query=` "
        "(and `extra_body=` with a body); "
        "`client.with_raw_response.<tag>.<operation>(...)` returns the raw response.",
        "Method and model names come from `overrides/names.yaml`; a request body's fields are",
        "keyword arguments (VoIP's `send_event`: one typed overload per `command`, or `body=`).",
        "Arguments take the values a caller has, checked before anything is sent: amounts as "
        "`float`, `Decimal` or a numeric string (sent as JSON numbers), 0/1 flags as `bool`, "
        "enums as the member or its literal value, date-times as a `datetime` (naive where "
        "Altegio wants local time) or a string in the wire form, dates as a `date`, IDs as "
        "`int` (or a string of digits), and wire names such as `type` under those names.",
        "A call returns the success body (`data`, `meta`, `drift`; `<Item>List` for a list, "
        "`<Method>Result` otherwise); a paginated one a `Page[Item, Body]` (`AsyncPage`): "
        "the first page's `data` and `body`, and iterating it yields every item of every page.",
        "What Altegio sends to the partner is no operation: the description's `webhooks` "
        "(entity events and the marketplace lifecycle call) are read by "
        "`webhooks.parse_event` and `webhooks.parse_marketplace_event`.",
    ]
    for tag in sorted({call["tag"] for call in calls.values()}):
        lines += [
            "",
            f"## {tag}",
            "",
            "| Python call | Returns | HTTP | Host | Auth | operationId | Models | Summary |",
            "|---|---|---|---|---|---|---|---|",
        ]
        by_name = sorted(calls.items(), key=lambda item: item[1]["python_name"])
        for operation_id, call in by_name:
            if call["tag"] == tag:
                summary = _summary(spec, call["method"], call["path"])
                name = call["python_name"]
                python = _cell(f"client.{tag}.{name}({call['parameters']})")
                returns, http = _cell(call["returns"]), f"{call['method']} {call['path']}"
                lines.append(
                    f"| `{python}` | `{returns}` | `{http}` | {call['host']} "
                    f"| {AUTH[call['auth']]} | `{operation_id}` | {_models(call)} "
                    f"| {_cell(summary)} |"
                )
        lines += _overloads(tag, by_name)
    if model_names:
        lines += [
            "",
            "## Models",
            "",
            "Named in `overrides/names.yaml`; every other model keeps the name "
            "openapi-python-client gives it (from the schema name, or the method name and the "
            "place of an inline schema).",
            "",
            "| Model | Generated name |",
            "|---|---|",
        ]
        for generated, name in sorted(model_names.items(), key=lambda item: item[1]):
            lines.append(f"| `{name}` | `{generated}` |")
    return "\n".join(lines) + "\n"


def _overloads(tag: str, calls: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Below a tag's table, the typed forms of each call that has several (VoIP's
    send_event: one per `command`), with the keyword arguments under their wire names."""
    lines = []
    for _, call in calls:
        if call["tag"] == tag and call.get("overloads"):
            name = f"client.{tag}.{call['python_name']}"
            lines += ["", f"`{name}` takes one of these forms:", "", "```python"]
            lines += [f"{name}({parameters})" for parameters in call["overloads"]]
            lines.append("```")
    return lines


def _models(call: dict[str, Any]) -> str:
    """The models a call takes or returns, nested ones too."""
    return ", ".join(f"`{name}`" for name in call["models"])


def _summary(spec: dict[str, Any], method: str, path: str) -> str:
    return str(spec["paths"][path][method.lower()].get("summary", ""))


def _cell(text: str) -> str:
    """Table cells split at `|`, even inside code spans (GitHub Markdown)."""
    return text.replace("|", "\\|")


def _calls(source: PackageSource, operations: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each operation's call (client.<tag>.<method>) with its row of the operation table."""
    calls: dict[str, dict[str, Any]] = {}
    for tag, (module, resource) in source.tags().items():
        methods = source.methods(module, resource)
        for row in operations:
            method = methods.get(row["python_name"] or row["operation_id"])
            if method is None:
                continue
            calls[row["operation_id"]] = {
                "tag": tag,
                "python_name": row["python_name"] or row["operation_id"],
                "models": method.models,
                "parameters": method.parameters,
                "overloads": method.overloads,
                "returns": method.returns,
                "method": row["method"],
                "path": row["path"],
                "host": row["host"],
                "auth": row["auth"],
            }
    return calls
