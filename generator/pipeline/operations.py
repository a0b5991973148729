"""The operation table: host and auth of every operation, from the effective spec.

openapi-python-client reads neither `servers` nor which security scheme an operation
uses, so the build writes them into `_operations.py` for the transport, with the redirects
an operation documents (any other 3xx is an error), and hands them to the templates for
the docstrings (template_globals).
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import Any

from generator.pipeline.errors import BuildError

APP_HOST = "https://app.alteg.io"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
AUTH_BY_SCHEME = {"BearerPartner": "partner", "BearerPartnerUser": "partner_user"}
#: The methods the runtime retries as idempotent (its Operation.idempotent; the docstrings
#: say so, and tests/test_docstrings.py checks that both agree).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def operation_table(
    spec: dict[str, Any], python_name: Callable[[str], str] = str
) -> list[dict[str, Any]]:
    default_servers = [server["url"] for server in spec.get("servers", [])]
    rows = []
    for path, path_item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            operation_id = operation.get("operationId")
            if not operation_id:
                raise BuildError(f"{method.upper()} {path} has no operationId")
            servers = operation.get("servers") or path_item.get("servers")
            urls = [server["url"] for server in servers] if servers else default_servers
            row: dict[str, Any] = {
                "operation_id": operation_id,
                "method": method.upper(),
                "path": path,
                "host": _host(operation_id, urls, default_servers),
                "auth": _auth(operation_id, operation.get("security", spec.get("security", []))),
            }
            redirects = sorted(
                int(status)
                for status in operation.get("responses", {})
                if str(status).isdigit() and 300 <= int(status) < 400
            )
            if redirects:
                row["redirects"] = frozenset(redirects)
            row["python_name"] = python_name(operation_id)
            rows.append(row)
    return sorted(rows, key=lambda row: row["operation_id"])


def _host(operation_id: str, urls: list[str], default_servers: list[str]) -> str:
    if urls == default_servers:
        return "api"
    if [url.rstrip("/") for url in urls] == [APP_HOST]:
        return "app"
    raise BuildError(
        f"{operation_id}: unknown servers {urls}; the client knows the api and app hosts"
    )


def _auth(operation_id: str, security: list[dict[str, list[str]]]) -> str:
    schemes = [name for requirement in security[:1] for name in requirement]
    if not schemes:
        return "none"
    if len(schemes) == 1 and schemes[0] in AUTH_BY_SCHEME:
        return AUTH_BY_SCHEME[schemes[0]]
    raise BuildError(f"{operation_id}: unsupported security {security}")


def template_globals(spec: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What the templates' docstrings need that openapi-python-client does not read: per
    operation (by Python name) its host and that host's URL, its auth, and whether it is
    retried as idempotent; per tag (by name) its description; Python's keywords."""
    default_servers = [server["url"] for server in spec.get("servers", [])]
    urls = {"api": next(iter(default_servers), ""), "app": APP_HOST}
    pages = paged_operations(spec)
    operations = {
        row["python_name"]: {
            "method": row["method"],
            "host": row["host"],
            "url": urls[row["host"]],
            "auth": row["auth"],
            "idempotent": row["method"] in IDEMPOTENT_METHODS,
            "pages": pages.get(row["operation_id"]),
        }
        for row in rows
    }
    tags = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    # A wire name that is no keyword (`type` is a soft one) is the argument's name.
    return {"operations": operations, "tags": tags, "python_keywords": keyword.kwlist}


def paged_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The operations that page (`x-altegio-pages`, overrides/overlays/75-pagination.yaml)
    by operationId; one naming a parameter (query or JSON body field) the operation does not
    have fails the build."""
    paged = {}
    for path_item in spec.get("paths", {}).values():
        for method in METHODS:
            operation = path_item.get(method) or {}
            pages = operation.get("x-altegio-pages")
            if pages is None:
                continue
            operation_id = operation.get("operationId", f"{method.upper()} ?")
            names = {
                p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"
            }
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            names |= set(body.get("schema", {}).get("properties", {}))
            keys = {"page", "size", "max_size", "items"}
            if set(pages) != keys or not {pages["page"], pages["size"]} <= names:
                raise BuildError(
                    f"{operation_id}: x-altegio-pages must give {sorted(keys)}, `page` and "
                    f"`size` naming its query parameters or body fields, not {pages}"
                )
            paged[operation_id] = dict(pages)
    return paged


def render_operations_module(rows: list[dict[str, Any]]) -> str:
    lines = [
        '"""Host and auth of every operation, read from the effective spec by `make generate`."""',
        "",
        "from .types import Operation",
        "",
        "OPERATIONS: dict[str, Operation] = {",
    ]
    for row in rows:
        arguments = ", ".join(f"{name}={value!r}" for name, value in row.items())
        lines.append(f"    {row['operation_id']!r}: Operation({arguments}),")
    lines += [
        "}",
        "",
        "#: The same operations by Python method name.",
        "BY_PYTHON_NAME: dict[str, Operation] = {",
        "    operation.python_name: operation for operation in OPERATIONS.values()",
        "}",
        "",
    ]
    return "\n".join(lines)
