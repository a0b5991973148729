"""Everything overrides/names.yaml must say about a description, found in one pass.

The public surface is named on purpose, never by accident: every operation needs an entry
in `operations:` (its Python method name; an entry naming the operationId itself keeps it,
the explicit opt-out). An entry for an operationId the description no longer has is stale.
Both fail the build, all of them listed at once, each missing name with a suggestion. A new
public model (a class users spell: not an envelope `...Response200` or a request `...Body`)
with no entry in `models:` is reported by `make update-spec` with a suggested name; it does
not fail the build, since an unnamed model keeps a generated name that is stable until the
method it hangs off is renamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.pipeline.names import METHODS, Names, StaleNameError

#: Words that name the action; an operationId that ends in one reads better verb first.
VERBS = ("get", "list", "create", "update", "delete", "set", "add", "send", "remove")
#: Generated classes users never spell: response envelopes and request bodies.
PRIVATE_MODEL = re.compile(r"Response\d{3}$|Body$")
MODEL_IMPORT = re.compile(r"^\s+from \.\w+ import (\w+)$", re.M)


@dataclass(frozen=True)
class Unnamed:
    """A part of the public surface with no chosen name yet."""

    kind: str  # "operation" or "model"
    key: str  # the operationId, or the generated class name
    suggestion: str

    def message(self) -> str:
        section = "operations" if self.kind == "operation" else "models"
        keep = "; the operationId itself keeps it" if self.kind == "operation" else ""
        return (
            f"unnamed {self.kind}: {self.key} has no entry in overrides/names.yaml {section} "
            f"(suggested: `{self.key}: {self.suggestion}`{keep})"
        )


def operation_tags(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> its first tag ("" without one), for every operation of `paths`."""
    found = {}
    for path_item in spec.get("paths", {}).values():
        for method in METHODS:
            operation = path_item.get(method) if isinstance(path_item, dict) else None
            if isinstance(operation, dict) and operation.get("operationId"):
                found[str(operation["operationId"])] = str((operation.get("tags") or [""])[0])
    return found


def stale_operation_entries(spec: dict[str, Any], names: Names) -> list[str]:
    ids = operation_tags(spec)
    return [
        f"stale name: overrides/names.yaml operations.{operation_id} ({name}): "
        f"no operation has the operationId {operation_id}"
        for operation_id, name in names.operations.items()
        if operation_id not in ids
    ]


def unnamed_operations(spec: dict[str, Any], names: Names) -> list[Unnamed]:
    return [
        Unnamed("operation", operation_id, suggest_method(operation_id, tag))
        for operation_id, tag in operation_tags(spec).items()
        if operation_id not in names.operations
    ]


def check_operation_names(spec: dict[str, Any], names: Names) -> None:
    """Fail on every stale entry and every operation without one, all in one error."""
    problems = stale_operation_entries(spec, names)
    problems += [unnamed.message() for unnamed in unnamed_operations(spec, names)]
    if problems:
        raise StaleNameError(problems)


def with_suggestions(spec: dict[str, Any], names: Names) -> Names:
    """`names` without its stale operation entries and with a suggested name for each unnamed
    operation: what a build that only looks (update-spec's survey) names the surface."""
    tags = operation_tags(spec)
    operations = {key: name for key, name in names.operations.items() if key in tags}
    taken = set(operations.values())
    for unnamed in unnamed_operations(spec, names):
        name = unnamed.suggestion
        if name in taken:  # the suggestion is someone's already: keep the id for the survey
            name = unnamed.key
        operations[unnamed.key] = name
        taken.add(name)
    return Names(operations, dict(names.models))


def model_classes(package: Path) -> set[str]:
    """The model classes a built package exports (models/__init__.py)."""
    init = package / "models" / "__init__.py"
    if not init.is_file():
        return set()
    return set(MODEL_IMPORT.findall(init.read_text(encoding="utf-8")))


def unnamed_models(new: Path, old: Path, names: Names) -> list[Unnamed]:
    """Public model classes `new` exports that `old` did not and names.yaml did not name."""
    chosen = set(names.models.values())
    added = model_classes(new) - model_classes(old) - chosen
    return [
        Unnamed("model", name, suggest_model(name))
        for name in sorted(added)
        if not PRIVATE_MODEL.search(name)
    ]


def suggest_method(operation_id: str, tag: str) -> str:
    """A method name in the style of names.yaml: `get_timezone_list` -> `list_timezones`,
    `marketplace_partner_payment_get` -> `get_partner_payment` (on client.marketplace)."""
    tag_words = set(re.split(r"[^a-z0-9]+", tag.lower()))
    words = [word for word in _words(operation_id) if word not in tag_words]
    words = words or _words(operation_id)
    if len(words) > 2 and words[0] == "get" and words[-1] == "list":
        return "_".join(["list", *words[1:-2], _plural(words[-2])])
    if len(words) > 1 and words[-1] in VERBS:
        words = [words[-1], *words[:-1]]
    return "_".join(words)


def suggest_model(generated: str) -> str:
    """A domain-style class name: `GetPartnerPaymentResponse200Data` -> `PartnerPayment`,
    `ListLocationsResponse200DataItem` -> `Location`: no verb, status code or `Type0`, and
    no `Data`/`Item` wrapping (an item is one of many: singular)."""
    name = re.sub(r"Response\d{3}|Type\d+", "", generated)
    name = re.sub(r"^(Get|List|Create|Update|Delete|Set|Add|Send)(?=[A-Z])", "", name)
    item = name.endswith("Item")
    name = re.sub(r"(DataItem|Data|Item)$", "", name) or generated
    if item:
        name = re.sub(r"ies$", "y", name) if name.endswith("ies") else name.removesuffix("s")
    return name


def _words(text: str) -> list[str]:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text).lower()
    return [word for word in re.split(r"[^a-z0-9]+", snake) if word]


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"
