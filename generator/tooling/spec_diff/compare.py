"""The whole comparison: the API-wide changes, then operation by operation."""

from __future__ import annotations

from typing import Any

from generator.tooling.spec_diff.model import Change, Specs
from generator.tooling.spec_diff.operations import all_operations, diff_operation
from generator.tooling.spec_diff.render import order
from generator.tooling.spec_diff.security import diff_global


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, sorted by operation key, then location."""
    specs = Specs(old, new)
    changes = list(diff_global(specs))
    old_operations, new_operations = all_operations(old), all_operations(new)
    for key in old_operations.keys() | new_operations.keys():
        changes += diff_operation(specs, key, old_operations.get(key), new_operations.get(key))
    return sorted(changes, key=order)
