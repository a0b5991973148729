"""A failed build says what was wrong and leaves generated/ exactly as it was."""

from __future__ import annotations

import copy
import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.build import Layout, generate
from generator.errors import BuildError
from generator.overlay import JSONPATH, Action, apply_actions, load_overlays
from generator.spec import load_spec
from generator.yaml_io import dump_yaml
from tests.conftest import ROOT

ACTIONS = load_overlays(ROOT / "overrides" / "overlays")
SPEC = load_spec(ROOT / "openapi.yaml")


def tree_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        stat = path.stat()
        digest.update(f"{path.relative_to(root)}:{stat.st_mtime_ns}:".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def untouched_output(repo: Path) -> Iterator[Layout]:
    """A scratch repository whose generated/ the test must leave byte for byte (and mtime)
    as it was, with no staging directory left behind."""
    before = tree_fingerprint(repo / "generated")
    yield Layout.of(repo)
    assert tree_fingerprint(repo / "generated") == before, "generated/ was modified"
    assert not list(repo.glob(".generate-*")), "a staging directory was left behind"


def spec_without_target_of(action: Action) -> dict[str, Any]:
    """A copy of openapi.yaml with the nodes that `action` targets deleted.

    The target is evaluated where the action runs (after the actions before it); each node
    it selects is then deleted from a fresh copy of the spec at the place it came from.
    """
    patched = copy.deepcopy(SPEC)
    origin: dict[int, list[Any]] = {}

    def remember(node: Any, path: list[Any]) -> None:
        if isinstance(node, dict | list):
            origin[id(node)] = path
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                remember(value, [*path, key])

    remember(patched, [])
    earlier = ACTIONS[: ACTIONS.index(action)]
    apply_actions(patched, earlier)
    targets = [
        origin[id(m.obj)] if id(m.obj) in origin else [*origin[id(m.parent.obj)], m.parts[-1]]
        for m in JSONPATH.finditer(action.target, patched)
        if m.parent is not None
    ]
    assert targets, f"{action.label} matches nothing in the vendored spec"
    broken = copy.deepcopy(SPEC)
    # Deepest first, and list items from the highest index, so paths stay valid.
    for path in sorted(targets, key=lambda p: (len(p), p[-1] if p else 0), reverse=True):
        parent: Any = broken
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]
    return broken


@pytest.mark.parametrize("action", ACTIONS, ids=[a.label for a in ACTIONS])
def test_deleting_the_target_of_any_action_fails_the_build_naming_it(
    action: Action, tmp_path: Path, untouched_output: Layout
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(spec_without_target_of(action)), encoding="utf-8")
    with pytest.raises(BuildError) as error:
        generate(Layout.of(untouched_output.root, spec))
    expected = f"stale override: {action.label} matches nothing: {action.description}"
    assert expected in str(error.value).splitlines()


def test_make_generate_exits_non_zero_with_the_stale_action_named(tmp_path: Path) -> None:
    # The one test on the real checkout: it is the command a user runs.
    before = tree_fingerprint(ROOT / "generated")
    api_key = next(a for a in ACTIONS if "api_key" in a.target)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(spec_without_target_of(api_key)), encoding="utf-8")
    result = subprocess.run(
        ["make", "--no-print-directory", "generate", f"SPEC={spec}"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert f"error: stale override: {api_key.label} matches nothing" in result.stderr
    assert "QUIRKS.md #1: api_key is typed number" in result.stderr
    assert tree_fingerprint(ROOT / "generated") == before


def test_yaml_that_does_not_parse_fails_the_build(tmp_path: Path, untouched_output: Layout) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.1.0\npaths: {\n  /x: [unclosed\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"openapi.yaml is not valid YAML"):
        generate(Layout.of(untouched_output.root, spec))


def test_an_invalid_description_fails_validation(tmp_path: Path, untouched_output: Layout) -> None:
    invalid = copy.deepcopy(SPEC)
    invalid["paths"]["/countries"]["get"]["responses"]["200"]["description"] = 42
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(invalid), encoding="utf-8")
    with pytest.raises(BuildError, match=r"not a valid OpenAPI description: .*description"):
        generate(Layout.of(untouched_output.root, spec))


def test_a_generator_warning_fails_the_build(tmp_path: Path, untouched_output: Layout) -> None:
    # A new upstream operation with an array without items: openapi-python-client warns
    # and would silently drop the response.
    warned = copy.deepcopy(SPEC)
    warned["paths"]["/new"] = {
        "get": {
            "operationId": "new_operation",
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"type": "array"}}},
                }
            },
        }
    }
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(warned), encoding="utf-8")
    with pytest.raises(BuildError, match=r"(?s)openapi-python-client failed.*items"):
        generate(Layout.of(untouched_output.root, spec))


def test_a_missing_spec_is_named(tmp_path: Path, untouched_output: Layout) -> None:
    with pytest.raises(BuildError, match=r"cannot read .*missing.yaml"):
        generate(Layout.of(untouched_output.root, tmp_path / "missing.yaml"))


def test_the_cli_reports_errors_on_one_line_without_a_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("just a string\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"error: {spec} is not an OpenAPI description (no `openapi` field)\n"


def test_a_dangling_ref_is_a_build_error(tmp_path: Path, untouched_output: Layout) -> None:
    dangling = copy.deepcopy(SPEC)
    dangling["paths"]["/countries"]["get"]["responses"]["401"]["content"]["application/json"][
        "schema"
    ] = {"$ref": "#/components/schemas/nowhere"}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(dangling), encoding="utf-8")
    with pytest.raises(BuildError, match="not a valid OpenAPI description"):
        generate(Layout.of(untouched_output.root, spec))
