"""What help() tells a user, checked against what the client does.

Every operation's resource methods (sync, async, raw) and endpoint functions document each
argument, the host, the auth, the retry rule and the success model; the host, auth and
retry rule must be the ones the runtime applies (_operations.py, Operation.idempotent).
No docstring in the package points to a file the package does not ship. The marketplace
lifecycle call is a webhook (QUIRKS.md #53): nothing on the client sends it, and its payload
model still feeds webhooks.parse_marketplace_event.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import io
import pkgutil
import pydoc
import re
import tokenize
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

import altegio_devtools
from altegio_devtools import AltegioClient, AsyncAltegioClient, api, errors, models, webhooks
from altegio_devtools._operations import BY_PYTHON_NAME, OPERATIONS
from altegio_devtools.client import API_BASE_URL, APP_BASE_URL
from altegio_devtools.types import Operation
from generator.pipeline.operations import IDEMPOTENT_METHODS
from tests.conftest import ROOT

PACKAGE = Path(altegio_devtools.__file__).parent
TAGS = [name for name, member in vars(api.Resources).items() if isinstance(member, cached_property)]
BASE_URLS = {"api": API_BASE_URL, "app": APP_BASE_URL}
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
#: A file name or path in prose: `QUIRKS.md`, `overrides/names.yaml`, `drift.py`.
FILE_REFERENCE = re.compile(
    r"(?<![\w.])[\w./-]*\w\.(?:md|markdown|rst|txt|ya?ml|toml|json|cfg|ini|lock|py)\b"
)


def resource_classes() -> Iterator[tuple[str, str, type]]:
    """(tag, how a user reaches it, class) for the sync, async and raw resource classes."""
    sync = AltegioClient(partner_token="partner-token")
    asynchronous = AsyncAltegioClient(partner_token="partner-token")
    for tag in TAGS:
        yield tag, f"client.{tag}", type(getattr(sync, tag))
        yield tag, f"client.{tag}", type(getattr(asynchronous, tag))
        yield tag, f"client.with_raw_response.{tag}", type(getattr(sync.with_raw_response, tag))
        raw = type(getattr(asynchronous.with_raw_response, tag))
        yield tag, f"client.with_raw_response.{tag}", raw


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in vars(cls).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


def documented_callables() -> Iterator[tuple[str, Operation, Callable[..., Any]]]:
    """(label, operation, callable) for every resource method and endpoint function."""
    for _, _, cls in resource_classes():
        for name, method in public_methods(cls).items():
            yield f"{cls.__name__}.{name}", BY_PYTHON_NAME[name], method
    for operation in OPERATIONS.values():
        module = endpoint_module(operation.python_name)
        for function in ENDPOINT_FUNCTIONS:
            label = f"{module.__name__}.{function}"
            yield label, operation, getattr(module, function)


def endpoint_module(python_name: str) -> Any:
    found = [
        importlib.import_module(f"altegio_devtools.api.{tag}.{python_name}")
        for tag in TAGS
        if (PACKAGE / "api" / tag / f"{python_name}.py").exists()
    ]
    assert len(found) == 1, python_name
    return found[0]


def args_section(doc: str) -> dict[str, str]:
    """The Args entries of a Google-style docstring: name -> description."""
    lines = doc.splitlines()
    assert "Args:" in lines, "no Args section"
    entries: dict[str, str] = {}
    current = ""
    for line in lines[lines.index("Args:") + 1 :]:
        if not line.startswith("    "):
            break
        if line.startswith("        ") and current:
            entries[current] += " " + line.strip()
            continue
        entry = re.fullmatch(r"    (?:\*\*)?(\w+)(?: \((.+?)\))?:(.*)", line)
        assert entry, f"not an Args entry: {line!r}"
        current = entry.group(1)
        entries[current] = entry.group(3).strip()
    return entries


def short(annotation: Any) -> str:
    """`altegio_devtools.types.Response[...LocationList]` -> `Response[LocationList]`."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return re.sub(r"\b(?:[a-z_]\w*\.)+([A-Za-z_]\w*)", r"\1", text).replace("NoneType", "None")


CALLABLES = list(documented_callables())
LABELS = [label for label, _, _ in CALLABLES]


def test_every_operation_has_resource_methods_and_endpoint_functions_to_check() -> None:
    assert len(OPERATIONS) == 19
    # 4 resource classes and 4 endpoint functions per operation.
    assert len(LABELS) == len(set(LABELS)) == 8 * len(OPERATIONS)


@pytest.mark.parametrize(("label", "operation", "function"), CALLABLES, ids=LABELS)
def test_every_argument_is_described(
    label: str, operation: Operation, function: Callable[..., Any]
) -> None:
    doc = inspect.getdoc(function) or ""
    described = args_section(doc)
    parameters = [name for name in inspect.signature(function).parameters if name != "self"]
    assert parameters, label
    undocumented = [name for name in parameters if not described.get(name)]
    assert undocumented == [], f"{label}: no description for {undocumented}"
    assert set(described) == set(parameters), f"{label}: Args name other parameters"


@pytest.mark.parametrize(("label", "operation", "function"), CALLABLES, ids=LABELS)
def test_host_auth_retries_and_result_are_the_ones_the_runtime_applies(
    label: str, operation: Operation, function: Callable[..., Any]
) -> None:
    doc = " ".join((inspect.getdoc(function) or "").split())
    assert f"`{operation.method} " in doc
    assert f"Host: the {operation.host} host, {BASE_URLS[operation.host]} by default" in doc
    if operation.auth == "partner_user":
        assert "Auth: partner + user (`Authorization: Bearer <partner_token>, User" in doc
        assert "raises errors.MissingUserTokenError before anything is sent" in doc
    else:
        assert operation.auth == "partner"
        assert "Auth: partner (`Authorization: Bearer <partner_token>`)" in doc
        assert "MissingUserTokenError" not in doc
    rule = "is idempotent, so it is retried" if operation.idempotent else "is not idempotent"
    assert f"Retries: a {operation.method} {rule}" in doc
    returns = short(inspect.signature(function).return_annotation)
    assert re.search(rf"Returns: {re.escape(returns)}: \S", doc), f"{label}: {returns}"
    assert re.search(r"\b[1-3]\d\d response\b", doc), f"{label}: no success status"


@pytest.mark.parametrize(("tag", "where", "cls"), list(resource_classes()), ids=str)
def test_help_on_a_resource_method_shows_its_documentation(tag: str, where: str, cls: type) -> None:
    for name, method in public_methods(cls).items():
        text = pydoc.plain(pydoc.render_doc(method))
        for line in (inspect.getdoc(method) or "").splitlines():
            assert line.strip() in text, f"{cls.__name__}.{name}: {line!r}"
        assert "Host: " in text and "Auth: " in text and "Retries: " in text


@pytest.mark.parametrize(("tag", "where", "cls"), list(resource_classes()), ids=str)
def test_resource_classes_say_where_they_hang_and_what_they_offer(
    tag: str, where: str, cls: type
) -> None:
    doc = " ".join((inspect.getdoc(cls) or "").split())
    assert f"`{where}`" in doc
    client = "AsyncAltegioClient" if cls.__name__.startswith("Async") else "AltegioClient"
    assert f"of an {client}" in doc
    for name in public_methods(cls):
        assert re.search(rf"\b{name}\b", doc), f"{cls.__name__} does not list {name}"


def test_the_docstrings_idempotent_methods_are_the_runtimes() -> None:
    for method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "POST", "PATCH", "TRACE"):
        operation = Operation(operation_id="x", method=method, path="/", host="api", auth="partner")
        assert operation.idempotent == (method in IDEMPOTENT_METHODS), method


@pytest.mark.parametrize("client_class", [AltegioClient, AsyncAltegioClient])
def test_help_on_the_clients_names_only_what_a_user_can_pass(client_class: type) -> None:
    text = pydoc.plain(pydoc.render_doc(client_class))
    assert not re.search(r"RetryPolicy|\b_retries\b", text)
    documented = inspect.getdoc(client_class) or ""
    if client_class is AsyncAltegioClient:  # it documents its arguments by reference
        assert "same arguments" in documented
        documented = inspect.getdoc(AltegioClient) or ""
    assert "max_retries: how often a failed call is retried" in documented


# -- no docstring points to a file the package does not ship ------------------------------


def documentation(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every docstring and attribute docstring, and every `#:` comment."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, str):
                yield node.lineno, node.value.value
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and token.string.startswith("#:"):
            yield token.start[0], token.string


def foreign_files(text: str, shipped: set[str]) -> list[str]:
    """The files `text` names that are not in `shipped` (paths relative to the package)."""
    names = FILE_REFERENCE.findall(text)
    return [name for name in names if name not in shipped and Path(name).name not in shipped]


def test_the_file_reference_finder_finds_what_a_user_cannot_open() -> None:
    text = "see QUIRKS.md #4, overrides/names.yaml and api-facts.md §2.3; drift.py is here."
    assert foreign_files(text, {"drift.py"}) == [
        "QUIRKS.md",
        "overrides/names.yaml",
        "api-facts.md",
    ]
    assert foreign_files("altegio_devtools.types, e.g. v1.0, msgspec", set()) == []


def test_no_docstring_refers_to_a_file_outside_the_package() -> None:
    files = [
        path for path in PACKAGE.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    ]
    shipped = {str(path.relative_to(PACKAGE)) for path in files} | {path.name for path in files}
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in documentation(path.read_text(encoding="utf-8"))
        for name in foreign_files(text, shipped)
    ]
    assert found == []


# -- the marketplace lifecycle call is a webhook, not an operation ---------------------------


def test_the_lifecycle_call_is_no_operation_of_the_client() -> None:
    assert "marketplace_webhook" not in OPERATIONS
    assert all(operation.path != "/marketplace_webhook" for operation in OPERATIONS.values())
    modules = [m.name for m in pkgutil.walk_packages(api.__path__, "altegio_devtools.api.")]
    assert modules, "no endpoint modules found"
    assert not [m for m in modules if re.search(r"marketplace_webhook|lifecycle", m)]
    for _, _, cls in resource_classes():
        for name, method in public_methods(cls).items():
            assert "/marketplace_webhook" not in (inspect.getdoc(method) or ""), name
        assert not hasattr(cls, "marketplace_webhook")
        assert not hasattr(cls, "send_lifecycle_event")


def test_the_lifecycle_call_is_not_in_the_operation_reference() -> None:
    reference = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
    rows = [line for line in reference.splitlines() if line.startswith("| `client.")]
    assert len(rows) == len(OPERATIONS)
    assert not [row for row in rows if re.search(r"marketplace_webhook|lifecycle", row)]


@pytest.mark.parametrize("event", list(models.LifecycleEventKind))
def test_the_lifecycle_payload_model_still_feeds_the_parser(
    event: models.LifecycleEventKind,
) -> None:
    payload = models.MarketplaceWebhook(
        salon_id=123, application_id=456, event=event, partner_token="partner-token"
    ).to_dict()
    parsed = webhooks.parse_marketplace_event(payload, partner_token="partner-token")
    expected = {"uninstall": webhooks.Uninstall, "freeze": webhooks.Freeze}[event.value]
    assert parsed == expected(salon_id=123, application_id=456)
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(payload, partner_token="another-token")
