"""Comparing authentication and servers, per operation and for the whole API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from generator.tooling.spec_diff.findings import Finding, code
from generator.tooling.spec_diff.model import Change, Operation, Schema, Specs
from generator.tooling.spec_diff.resolve import str_keys


def _security(document: Schema, operation: Operation) -> list[list[str]]:
    """The alternatives of scheme names the operation accepts ([] when no auth is needed)."""
    declared = operation.operation.get("security", document.get("security")) or []
    return [sorted(str(name) for name in requirement) for requirement in declared]


def _show_security(alternatives: list[list[str]]) -> str:
    shown = [" + ".join(names) or "no authentication" for names in alternatives]
    return code(" or ".join(shown) or "no authentication")


def diff_security(specs: Specs, old_op: Operation, new_op: Operation) -> Iterator[Finding]:
    old, new = _security(specs.old, old_op), _security(specs.new, new_op)
    if old == new:
        return
    # The client authenticates with the first requirement; needing none breaks nobody.
    old_first, new_first = (old or [[]])[0], (new or [[]])[0]
    breaking = new_first not in (old_first, [])
    yield "security", f"changed: {_show_security(old)} → {_show_security(new)}", breaking


def _server_urls(servers: Any) -> list[str]:
    return [str(server.get("url")) for server in servers or [] if isinstance(server, dict)]


def _diff_servers(old: list[str], new: list[str], location: str) -> Iterator[Finding]:
    if old == new:
        return
    # The client has a base URL per host; a host that went away breaks calls to it.
    lost_hosts = {urlsplit(url).netloc for url in old} - {urlsplit(url).netloc for url in new}
    shown_old, shown_new = code(", ".join(old) or "none"), code(", ".join(new) or "none")
    yield location, f"changed: {shown_old} → {shown_new}", bool(lost_hosts)


def diff_operation_servers(specs: Specs, old_op: Operation, new_op: Operation) -> Iterator[Finding]:
    """Operation or path-level servers; changes of the global list are reported once."""
    old_own = old_op.operation.get("servers") or old_op.path_item.get("servers")
    new_own = new_op.operation.get("servers") or new_op.path_item.get("servers")
    if not old_own and not new_own:
        return
    old = _server_urls(old_own or specs.old.get("servers"))
    new = _server_urls(new_own or specs.new.get("servers"))
    yield from _diff_servers(old, new, "servers")


def diff_global(specs: Specs) -> Iterator[Change]:
    old_servers = _server_urls(specs.old.get("servers"))
    new_servers = _server_urls(specs.new.get("servers"))
    for location, message, breaking in _diff_servers(old_servers, new_servers, "servers"):
        yield Change("", location, message, breaking)
    old_schemes = str_keys(str_keys(specs.old.get("components")).get("securitySchemes"))
    new_schemes = str_keys(str_keys(specs.new.get("components")).get("securitySchemes"))
    for name in sorted(old_schemes.keys() | new_schemes.keys()):
        location = f"security scheme {name}"
        if name not in new_schemes:
            yield Change("", location, "removed", True)
        elif name not in old_schemes:
            yield Change("", location, "added", False)
        elif _scheme_shape(old_schemes[name]) != _scheme_shape(new_schemes[name]):
            yield Change("", location, "changed how credentials are sent", True)


def _scheme_shape(scheme: Any) -> dict[str, Any]:
    """What decides how credentials are sent (descriptions do not)."""
    keys = ("type", "scheme", "in", "name", "flows", "openIdConnectUrl")
    return {key: scheme.get(key) for key in keys} if isinstance(scheme, dict) else {}
