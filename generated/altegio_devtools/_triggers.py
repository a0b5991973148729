"""The bodies `altegio-devtools trigger` sends: an entity event (`record.update`: any of
testing.RESOURCES with create, update or delete) or a lifecycle call (`uninstall`, `freeze`,
`payment`), built from the description's payload models by testing.make_event and
testing.make_lifecycle_event, with fields set from `--set path=value` and, on request, the
quirks of production bodies.

The quirks (as production bodies come, README "When Altegio sends something else"): in an
entity event booleans come as 0/1, the resource_id as a numeric string, a new key appears in
`data`, and a string field comes as null (the first one the description does not let be null:
what a receiver reports as drift); an event without such a field (a schedule's `data` is `[]`)
comes without `data`, as a delete can. A lifecycle call's IDs come as numeric strings (its
`sign` covers the salon_id as sent).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import testing, webhooks
from .errors import InvalidWebhookError

__all__ = ["EVENTS", "Trigger", "TriggerError", "build"]

LIFECYCLE: tuple[str, ...] = testing.LIFECYCLE_EVENTS
#: Each entity event's name (`record.update`) and its resource and status.
_ENTITY: dict[str, tuple[str, str]] = {
    f"{resource}.{status}": (resource, status)
    for resource in testing.RESOURCES
    for status in testing.STATUSES
}
EVENTS: tuple[str, ...] = (*_ENTITY, *LIFECYCLE)
_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
_ENVELOPE_IDS = ("company_id", "resource_id")
#: What production adds that the description does not know (new fields appear).
NEW_KEY = "added_in_production"


class TriggerError(ValueError):
    """An event name or a `--set` that cannot be built: the message names it, not a value."""


@dataclass(frozen=True)
class Trigger:
    """A body to send: `lifecycle` tells the marketplace path from the events path, `drift`
    lists the paths a receiver reads as drift (only quirks make any)."""

    name: str
    body: dict[str, Any]
    lifecycle: bool
    drift: tuple[str, ...] = ()

    def encoded(self) -> bytes:
        # not mutated: ensure_ascii=None (its mutant) means False to json.dumps
        return json.dumps(self.body, ensure_ascii=False).encode()  # pragma: no mutate


def build(
    name: str, *, partner_token: str | None, settings: Sequence[str] = (), quirks: bool = False
) -> Trigger:
    """The Trigger for the event `name` (one of EVENTS); TriggerError for a bad one."""
    fields = [_setting(text) for text in settings]
    if name in LIFECYCLE:
        return _lifecycle(name, partner_token, fields, quirks)
    if name not in _ENTITY:
        raise TriggerError(
            f"unknown event {name!r}: RESOURCE.STATUS (a resource of "
            f"{', '.join(testing.RESOURCES)}; create, update or delete) or one of "
            f"{', '.join(LIFECYCLE)}"
        )
    ids = {path[0]: value for path, value in fields if _is_envelope_id(path, value)}
    body = testing.make_event(*_ENTITY[name], **ids)
    for path, value in fields:
        if path[0] not in ids:
            _put(body, path, value)
    if quirks:
        body = _quirky(body)
    return Trigger(name, body, lifecycle=False, drift=_drift(body))


def _lifecycle(
    name: str, partner_token: str | None, fields: list[tuple[list[str], Any]], quirks: bool
) -> Trigger:
    if not partner_token:
        raise TriggerError(f"a {name} call needs the partner token (--partner-token)")
    overrides: dict[str, Any] = {}
    for path, value in fields:
        if len(path) > 1:
            raise TriggerError(f"--set {'.'.join(path)}: a lifecycle call has no nested fields")
        overrides[path[0]] = value
    if quirks:  # before the sign is computed: it covers the salon_id as sent
        for key in ("salon_id", "application_id"):
            overrides[key] = str(overrides.get(key, _DEFAULT_IDS[key]))
    body = testing.make_lifecycle_event(name, partner_token=partner_token, **overrides)
    if quirks:  # the description's model (uninstall, freeze) writes integers
        body |= {key: overrides[key] for key in _DEFAULT_IDS}
    return Trigger(name, body, lifecycle=True)


_DEFAULT_IDS = {"salon_id": 1001, "application_id": 3003}  # make_lifecycle_event's


def _setting(text: str) -> tuple[list[str], Any]:
    """`path=value`: the value is JSON (`5`, `true`, `null`, `"5"`, `[1]`) or else a string."""
    path, equals, value = text.partition("=")
    if not equals or not _PATH.fullmatch(path):
        raise TriggerError("--set takes field=value, the field a dotted path (data.title)")
    try:
        return path.split("."), json.loads(value)
    except ValueError:
        return path.split("."), value


def _is_envelope_id(path: list[str], value: Any) -> bool:
    return len(path) == 1 and path[0] in _ENVELOPE_IDS and type(value) is int


def _put(body: dict[str, Any], path: list[str], value: Any) -> None:
    target = body
    for depth, key in enumerate(path[:-1]):
        inner = target.setdefault(key, {})
        if not isinstance(inner, dict):
            where = ".".join(path[: depth + 1])
            raise TriggerError(f"--set {'.'.join(path)}: {where} is not an object")
        target = inner
    target[path[-1]] = value


def _quirky(body: dict[str, Any]) -> dict[str, Any]:
    quirky = {**body, "resource_id": str(body["resource_id"])}
    data = body.get("data")
    if isinstance(data, dict):
        quirky["data"] = {**_php_flags(data), NEW_KEY: 1}
        for path in _string_paths(quirky["data"], ("data",)):
            nulled = copy.deepcopy(quirky)
            _put(nulled, list(path), None)
            if _drift(nulled):  # a string the description does not let be null
                return nulled
    quirky.pop("data")  # nothing to null (a schedule's []): the data is left out
    return quirky


def _string_paths(value: Any, path: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The paths of the string fields in nested objects, depth first."""
    paths: list[tuple[str, ...]] = []
    for key, inner in value.items():
        if isinstance(inner, str):
            paths.append((*path, key))
        elif isinstance(inner, dict):
            paths += _string_paths(inner, (*path, key))
    return paths


def _php_flags(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return {key: _php_flags(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_php_flags(inner) for inner in value]
    return value


def _drift(body: dict[str, Any]) -> tuple[str, ...]:
    try:
        webhooks.parse_event(body, strict=True)  # strict: raised, not logged
    except InvalidWebhookError as error:
        return tuple(dict.fromkeys(entry.path for entry in error.drift))
    return ()
