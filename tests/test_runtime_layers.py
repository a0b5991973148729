"""The hand-written runtime reads bottom-up (issue 23): no module imports, even inside a
function, one that imports it back, and types.py, the bottom, imports nothing of the
package."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

RUNTIME = ROOT / "overrides" / "runtime"


def imports(path: Path, modules: set[str]) -> set[str]:
    """The sibling modules `path` imports: `from .x import ...` and `from . import x`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found & modules


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found = []

    def walk(path: list[str]) -> None:
        for target in sorted(graph[path[-1]]):
            if target == path[0]:
                found.append([*path, target])
            elif target not in path and target > path[0]:  # each cycle once, from its least
                walk([*path, target])

    for start in sorted(graph):
        walk([start])
    return found


def test_the_runtime_modules_import_each_other_without_a_cycle() -> None:
    modules = {path.stem for path in RUNTIME.glob("*.py")}
    graph = {path.stem: imports(path, modules) for path in RUNTIME.glob("*.py")}
    assert graph["types"] == set()
    assert graph["_json"] == set()  # the body reader: a leaf, like types
    assert graph["drift"] == {"types"} and graph["errors"] == {"drift", "_json"}
    assert cycles(graph) == []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
