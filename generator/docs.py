"""generated/README.md: every operation with its Python call, HTTP method, host, path and
auth, so a pull request shows API-level changes in one readable file.

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
from typing import Any

from generator.errors import BuildError

AUTH = {"none": "none", "partner": "partner", "partner_user": "partner + user"}
PER_CALL_OPTIONS = ("timeout", "max_retries")


def render_operations_page(package_parent: Path, spec: dict[str, Any]) -> str:
    described = _read_package(package_parent)
    calls: dict[str, dict[str, str]] = described["calls"]
    hosts: dict[str, str] = described["hosts"]
    lines = [
        "# altegio_devtools operations",
        "",
        "Written by `make generate` from `openapi.effective.yaml`; do not edit.",
        "",
        f"Hosts: `api` = {hosts['api']}, `app` = {hosts['app']} (both configurable).",
        "Auth: `partner` = `Bearer <partner_token>`; "
        "`partner + user` = `Bearer <partner_token>, User <user_token>`.",
        "Every call also takes `timeout=` and `max_retries=`; "
        "`client.with_raw_response.<tag>.<operation>(...)` returns the raw response.",
    ]
    for tag in sorted({call["tag"] for call in calls.values()}):
        lines += [
            "",
            f"## {tag}",
            "",
            "| Python call | Returns | HTTP | Host | Auth | Summary |",
            "|---|---|---|---|---|---|",
        ]
        for operation_id, call in sorted(calls.items()):
            if call["tag"] == tag:
                summary = _summary(spec, call["method"], call["path"])
                python = _cell(f"client.{tag}.{operation_id}({call['parameters']})")
                returns, http = _cell(call["returns"]), f"{call['method']} {call['path']}"
                lines.append(
                    f"| `{python}` | `{returns}` | `{http}` "
                    f"| {call['host']} | {AUTH[call['auth']]} | {_cell(summary)} |"
                )
    return "\n".join(lines) + "\n"


def _summary(spec: dict[str, Any], method: str, path: str) -> str:
    return str(spec["paths"][path][method.lower()].get("summary", ""))


def _cell(text: str) -> str:
    """Table cells split at `|`, even inside code spans (GitHub Markdown)."""
    return text.replace("|", "\\|")


def _read_package(package_parent: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_parent), str(Path.cwd())])}
    result = subprocess.run(
        [sys.executable, "-m", "generator.docs"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
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


def _describe_calls() -> dict[str, dict[str, str]]:
    """Run inside the subprocess: the built package's resource methods."""
    from altegio_devtools._operations import OPERATIONS  # noqa: PLC0415 - the built package
    from altegio_devtools.api import Resources  # noqa: PLC0415

    calls = {}
    resources = Resources(client=None)  # type: ignore[arg-type]  # only to look at the tags
    tags = [name for name, member in vars(Resources).items() if isinstance(member, cached_property)]
    for tag in tags:
        resource = type(getattr(resources, tag))
        for operation_id, operation in OPERATIONS.items():
            method = getattr(resource, operation_id, None)
            if method is None:
                continue
            signature = inspect.signature(method)
            parameters = []
            for parameter in signature.parameters.values():
                if parameter.name == "self" or parameter.name in PER_CALL_OPTIONS:
                    continue
                if parameter.kind is parameter.KEYWORD_ONLY and "*" not in parameters:
                    parameters.append("*")
                text = f"{parameter.name}: {_short(parameter.annotation)}"
                if parameter.default is not parameter.empty:
                    text += f" = {parameter.default!r}"
                parameters.append(text)
            calls[operation_id] = {
                "tag": tag,
                "parameters": ", ".join(parameters),
                "returns": _short(signature.return_annotation),
                "method": operation.method,
                "path": operation.path,
                "host": operation.host,
                "auth": operation.auth,
            }
    return calls


def _describe_package() -> dict[str, Any]:
    """Run inside the subprocess: the calls, and the default hosts the runtime uses."""
    from altegio_devtools.client import API_BASE_URL, APP_BASE_URL  # noqa: PLC0415

    return {"calls": _describe_calls(), "hosts": {"api": API_BASE_URL, "app": APP_BASE_URL}}


if __name__ == "__main__":
    print(json.dumps(_describe_package(), sort_keys=True))
