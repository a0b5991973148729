"""Comparing operations: added, removed, renamed or retagged, and everything they carry."""

from __future__ import annotations

from collections.abc import Iterator

from generator.tooling.spec_diff.bodies import diff_body, diff_responses
from generator.tooling.spec_diff.findings import Finding, code
from generator.tooling.spec_diff.model import METHODS, Change, Operation, Schema, Specs
from generator.tooling.spec_diff.parameters import diff_parameters
from generator.tooling.spec_diff.resolve import resolve, str_keys
from generator.tooling.spec_diff.security import diff_operation_servers, diff_security


def all_operations(document: Schema) -> dict[str, Operation]:
    """Every operation by key: `METHOD /path`, and `webhook METHOD Name` for webhooks."""
    found = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for name, raw_item in str_keys(document.get(section)).items():
            _, item = resolve(document, raw_item)
            for method in METHODS:
                operation = item.get(method) if isinstance(item, dict) else None
                if isinstance(operation, dict):
                    prefix = "webhook " if webhook else ""
                    found[f"{prefix}{method.upper()} {name}"] = Operation(operation, item, webhook)
    return found


def diff_operation(
    specs: Specs, key: str, old: Operation | None, new: Operation | None
) -> list[Change]:
    if new is None:
        assert old is not None
        # A removed webhook also removes its payload model from the client.
        return [Change(key, "", "operation removed", True, old.operation_id)]
    if old is None:
        return [Change(key, "", "operation added", False, new.operation_id)]
    if new.webhook:
        findings = [*_diff_identity(old, new), *diff_body(specs, old, new, "payload", "response")]
    else:
        findings = [
            *_diff_identity(old, new),
            *diff_parameters(specs, old, new),
            *diff_body(specs, old, new, "request body", "request"),
            *diff_responses(specs, old, new),
            *diff_security(specs, old, new),
            *diff_operation_servers(specs, old, new),
        ]
    return [Change(key, where, message, bad, new.operation_id) for where, message, bad in findings]


def _diff_identity(old: Operation, new: Operation) -> Iterator[Finding]:
    if old.operation_id != new.operation_id:
        # The operationId is the Python method name; a webhook's is not used by the client.
        message = f"operationId changed: {code(old.operation_id)} → {code(new.operation_id)}"
        yield "", message, not new.webhook
    old_tags, new_tags = old.operation.get("tags") or [""], new.operation.get("tags") or [""]
    if old_tags[0] != new_tags[0] and not new.webhook:
        # The first tag is the client namespace: `client.<tag>.<operationId>`.
        yield "", f"tag changed: {code(old_tags[0])} → {code(new_tags[0])}", True
    if not old.operation.get("deprecated") and new.operation.get("deprecated"):
        yield "", "deprecated", False
