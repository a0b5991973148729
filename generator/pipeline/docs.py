"""generated/README.md: every operation with its Python call, operationId, HTTP method,
host, path and auth, and the model names, so a pull request shows API-level changes in one
readable file and a reviewer can map a spec change to the Python surface.

The Python calls are read from the built package itself (in a subprocess, so the package
being built never mixes with an installed one): they are exactly what users call.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path
from typing import Any, get_overloads

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT

AUTH = {"none": "none", "partner": "partner", "partner_user": "partner + user"}
PER_CALL_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")


def render_operations_page(
    package_parent: Path, spec: dict[str, Any], model_names: dict[str, str] | None = None
) -> str:
    described = _read_package(package_parent)
    calls: dict[str, dict[str, Any]] = described["calls"]
    hosts: dict[str, str] = described["hosts"]
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


def _read_package(package_parent: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_parent), str(Path.cwd())])}
    result = subprocess.run(
        [sys.executable, "-m", "generator.pipeline.docs"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"cannot read the built package's calls:\n{result.stderr.strip()}")
    described: dict[str, Any] = json.loads(result.stdout)
    return described


def _short(annotation: Any) -> str:
    """`int | altegio_devtools.types.Unset` → `int | Unset`."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return re.sub(r"\b(?:[a-z_][\w]*\.)+([A-Za-z_]\w*)", r"\1", text)


def _describe_calls() -> dict[str, dict[str, Any]]:
    """Run inside the subprocess: the built package's resource methods."""
    from altegio_devtools._operations import OPERATIONS  # noqa: PLC0415 - the built package
    from altegio_devtools.api import Resources  # noqa: PLC0415

    calls: dict[str, dict[str, Any]] = {}
    resources = Resources(client=None)  # type: ignore[arg-type]  # only to look at the tags
    tags = [name for name, member in vars(Resources).items() if isinstance(member, cached_property)]
    for tag in tags:
        resource = type(getattr(resources, tag))
        for operation_id, operation in OPERATIONS.items():
            method = getattr(resource, operation.python_name or operation_id, None)
            if method is None:
                continue
            signature = inspect.signature(method)
            calls[operation_id] = {
                "tag": tag,
                "python_name": operation.python_name or operation_id,
                "models": _reachable_models(signature),
                "parameters": _parameters(signature),
                "overloads": [_parameters(inspect.signature(o)) for o in get_overloads(method)],
                "returns": _short(signature.return_annotation),
                "method": operation.method,
                "path": operation.path,
                "host": operation.host,
                "auth": operation.auth,
            }
    return calls


def _parameters(signature: inspect.Signature) -> str:
    """Run inside the subprocess: a method's own parameters, as a user writes them."""
    parameters = []
    for parameter in signature.parameters.values():
        if parameter.name == "self" or parameter.name in PER_CALL_OPTIONS:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in parameters:
            parameters.append("*")
        stars = "**" if parameter.kind is parameter.VAR_KEYWORD else ""
        text = f"{stars}{parameter.name}: {_short(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parameters.append(text)
    return ", ".join(parameters)


def _reachable_models(signature: inspect.Signature) -> list[str]:
    """Run inside the subprocess: the model classes named in a signature's annotations and,
    recursively, in those models' fields (annotations are strings: read by name)."""
    import attrs  # noqa: PLC0415

    from altegio_devtools import models  # noqa: PLC0415

    texts = [str(p.annotation) for p in signature.parameters.values()]
    texts.append(str(signature.return_annotation))
    seen: list[str] = []
    while texts:
        for name in re.findall(r"\b[A-Z]\w*", texts.pop()):
            cls = getattr(models, name, None)
            if not isinstance(cls, type) or not cls.__module__.startswith(models.__name__):
                continue
            if name in seen:
                continue
            seen.append(name)
            if attrs.has(cls):
                texts.extend(str(field.type) for field in attrs.fields(cls))
    return sorted(seen)


def _describe_package() -> dict[str, Any]:
    """Run inside the subprocess: the calls, and the default hosts the runtime uses."""
    from altegio_devtools.client import API_BASE_URL, APP_BASE_URL  # noqa: PLC0415

    return {"calls": _describe_calls(), "hosts": {"api": API_BASE_URL, "app": APP_BASE_URL}}


if __name__ == "__main__":
    print(json.dumps(_describe_package(), sort_keys=True))
