"""overrides/names.yaml: the Python names of operations and models, chosen once.

Method names: the build rewrites the operationIds of the copy of the effective spec that
openapi-python-client reads (it derives function, module and inline model names from
them); the effective spec, `_operations.py` and everything keyed by operationId keep the
description's ids, and each Operation carries its `python_name`.

Model names: openapi-python-client's `class_overrides`, keyed by the class name it derives
after the method renames. Like a stale overlay action, an entry that names an operationId
the spec no longer has, or a class the generator no longer produces (generator.pipeline.opc records
the overrides it applied), fails the build.
"""

from __future__ import annotations

import copy
import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError
from generator.pipeline.yaml_io import load_yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


class StaleNameError(BuildError):
    """Entries of overrides/names.yaml name what the spec or the generator no longer has."""

    def __init__(self, entries: list[str]) -> None:
        super().__init__("\n".join(entries))
        self.entries = entries


@dataclass(frozen=True)
class Names:
    operations: dict[str, str]
    """operationId -> Python method name."""
    models: dict[str, str]
    """Generated class name -> domain class name."""

    def python_name(self, operation_id: str) -> str:
        return self.operations.get(operation_id, operation_id)


def load_names(path: Path) -> Names:
    if not path.exists():
        return Names({}, {})
    document = load_yaml(path) or {}
    if not isinstance(document, dict) or set(document) - {"operations", "models"}:
        raise BuildError(f"{path.name}: expected the keys `operations` and `models`")
    operations = document.get("operations") or {}
    models = document.get("models") or {}
    for operation_id, name in operations.items():
        if not isinstance(name, str) or not IDENTIFIER.match(name) or keyword.iskeyword(name):
            raise BuildError(f"{path.name}: operations.{operation_id}: {name!r} is no method name")
    for generated, name in models.items():
        if not isinstance(name, str) or not CLASS_NAME.match(name):
            raise BuildError(f"{path.name}: models.{generated}: {name!r} is no class name")
    duplicates = sorted({n for n in models.values() if list(models.values()).count(n) > 1})
    if duplicates:
        raise BuildError(f"{path.name}: models: {', '.join(duplicates)} given twice")
    return Names(dict(operations), dict(models))


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        path_item[method]
        for path_item in spec.get("paths", {}).values()
        for method in METHODS
        if isinstance(path_item, dict) and isinstance(path_item.get(method), dict)
    ]


def renamed_for_generator(spec: dict[str, Any], names: Names) -> dict[str, Any]:
    """A copy of `spec` whose operationIds are the Python names; the stale or clashing
    entries fail the build."""
    ids = [operation.get("operationId") for operation in _operations(spec)]
    stale = [
        f"stale name: overrides/names.yaml operations.{operation_id} ({name}): "
        f"no operation has the operationId {operation_id}"
        for operation_id, name in names.operations.items()
        if operation_id not in ids
    ]
    if stale:
        raise StaleNameError(stale)
    python = [names.python_name(str(operation_id)) for operation_id in ids]
    clashes = sorted({name for name in python if python.count(name) > 1})
    if clashes:
        raise BuildError(f"overrides/names.yaml: two operations would be named {clashes}")
    renamed = copy.deepcopy(spec)
    for operation in _operations(renamed):
        operation["operationId"] = names.python_name(operation["operationId"])
    return renamed


def class_overrides(names: Names) -> dict[str, dict[str, str]]:
    return {
        generated: {"class_name": name, "module_name": _snake(name)}
        for generated, name in names.models.items()
    }


def check_models(names: Names, applied: list[str]) -> None:
    """Every model entry must have been applied (generator.pipeline.opc records which were): an
    entry the generator never asked for names a class that no longer exists."""
    stale = [
        f"stale name: overrides/names.yaml models.{generated} ({name}): "
        f"the generator no longer produces a class {generated}"
        for generated, name in names.models.items()
        if generated not in applied
    ]
    if stale:
        raise StaleNameError(stale)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
