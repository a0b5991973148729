"""A failed build says what was wrong and leaves generated/ exactly as it was.

Every overlay action is needed: with its target deleted from the spec, the overlay step
(where the build checks the actions, before generating or writing anything) fails naming
it. That is checked for each action on the overlay step alone; a few end-to-end builds
(the first and the last action, and `make generate` on the real checkout) show that such
a failure names the action and leaves generated/ byte and mtime identical. The failing
builds share one scratch copy of the repository: each checks it left generated/ as it was.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline.build import generate
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout
from generator.pipeline.load import load_spec
from generator.pipeline.overlay import (
    JSONPATH,
    Action,
    StaleActionError,
    apply_actions,
    load_overlays,
)
from generator.pipeline.yaml_io import dump_yaml
from tests.conftest import ROOT

OVERLAYS = ROOT / "overrides" / "overlays"
ACTIONS = load_overlays(OVERLAYS)
SPEC = load_spec(ROOT / "openapi.yaml")


def tree_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        stat = path.stat()
        digest.update(f"{path.relative_to(root)}:{stat.st_mtime_ns}:".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def scratch_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One scratch copy (as conftest's `repo`) for the module's failing builds: each one
    checks that it left generated/ as it found it, so they can share it."""
    root = tmp_path_factory.mktemp("build-failures") / "repo"
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copytree(
        ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    return root


@pytest.fixture
def untouched_output(scratch_repo: Path) -> Iterator[Layout]:
    """A scratch repository whose generated/ the test must leave byte for byte (and mtime)
    as it was, with no staging directory left behind."""
    before = tree_fingerprint(scratch_repo / "generated")
    yield Layout.of(scratch_repo)
    assert tree_fingerprint(scratch_repo / "generated") == before, "generated/ was modified"
    assert not list(scratch_repo.glob(".generate-*")), "a staging directory was left behind"


SpecPath = list[Any]  # a path of keys and indices from the root of the spec


@functools.cache
def _targets_of_every_action() -> tuple[list[SpecPath], ...]:
    """For each action, the places in openapi.yaml of the nodes it selects, evaluated where
    it runs (after the actions before it): one pass over the actions, in order. For a
    `copy`, the node it copies: its target may be one an earlier action made."""
    patched = copy.deepcopy(SPEC)
    # id -> (node, path); holding the node keeps its id from being reused by a new one.
    origin: dict[int, tuple[Any, SpecPath]] = {}

    def remember(node: Any, path: SpecPath) -> None:
        if isinstance(node, dict | list):
            origin[id(node)] = (node, path)
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                remember(value, [*path, key])

    remember(patched, [])
    every: list[list[SpecPath]] = []
    for action in ACTIONS:
        every.append(
            [
                origin[id(m.obj)][1]
                if id(m.obj) in origin
                else [*origin[id(m.parent.obj)][1], m.parts[-1]]
                for m in JSONPATH.finditer(action.copy or action.target, patched)
                if m.parent is not None
            ]
        )
        assert every[-1], f"{action.label} matches nothing in the vendored spec"
        apply_actions(patched, [action])
    return tuple(every)


def spec_without_target_of(action: Action) -> dict[str, Any]:
    """A copy of openapi.yaml with the nodes that `action` targets deleted.

    The target is evaluated where the action runs (after the actions before it); each node
    it selects is then deleted from a fresh copy of the spec at the place it came from.
    """
    targets = _targets_of_every_action()[ACTIONS.index(action)]
    broken = copy.deepcopy(SPEC)
    # Deepest first, and list items from the highest index, so paths stay valid.
    for path in sorted(targets, key=lambda p: (len(p), p[-1] if p else 0), reverse=True):
        parent: Any = broken
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]
    return broken


def stale_message(action: Action) -> str:
    return f"stale override: {action.label} matches nothing: {action.description}"


@pytest.mark.parametrize("action", ACTIONS, ids=[a.label for a in ACTIONS])
def test_deleting_the_target_of_any_action_fails_the_overlay_step_naming_it(
    action: Action,
) -> None:
    # The build's overlay step (generator.pipeline.build): the overlays of overrides/ (ACTIONS,
    # loaded once: applying copies their values) applied to the spec. A stale action fails
    # the build there, before anything is generated or written; the end-to-end tests below
    # show what a build does with it.
    with pytest.raises(StaleActionError) as error:
        apply_actions(spec_without_target_of(action), ACTIONS)
    assert stale_message(action) in str(error.value).splitlines()
    assert action in error.value.actions


@pytest.mark.parametrize("action", [ACTIONS[0], ACTIONS[-1]], ids=["first", "last"])
def test_a_stale_action_fails_the_build_naming_it_and_leaves_generated_untouched(
    action: Action, tmp_path: Path, untouched_output: Layout
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(spec_without_target_of(action)), encoding="utf-8")
    with pytest.raises(BuildError) as error:
        generate(Layout.of(untouched_output.root, spec))
    assert stale_message(action) in str(error.value).splitlines()


# -- overrides/names.yaml: a stale name entry is a stale override too ------------------------


def _rename_operation(spec: dict[str, Any], old: str, new: str) -> None:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == old:
                operation["operationId"] = new
                return
    raise LookupError(old)


def test_a_renamed_operation_id_fails_the_build_naming_the_entry(
    tmp_path: Path, untouched_output: Layout
) -> None:
    renamed = copy.deepcopy(SPEC)
    _rename_operation(renamed, "marketplace_notification_payment_callback", "payment_callback")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(renamed), encoding="utf-8")
    with pytest.raises(BuildError) as error:
        generate(Layout.of(untouched_output.root, spec))
    assert (
        "stale name: overrides/names.yaml operations.marketplace_notification_payment_callback "
        "(notify_payment): no operation has the operationId "
        "marketplace_notification_payment_callback"
    ) in str(error.value).splitlines()


def test_a_renamed_schema_fails_the_build_naming_the_entry(
    tmp_path: Path, untouched_output: Layout
) -> None:
    # The component hook_settings_data is generated as HookSettingsData, named HookSettings.
    renamed = copy.deepcopy(SPEC)
    schemas = renamed["components"]["schemas"]
    schemas["hook_settings"] = schemas.pop("hook_settings_data")
    text = dump_yaml(renamed).replace(
        "#/components/schemas/hook_settings_data", "#/components/schemas/hook_settings"
    )
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(BuildError) as error:
        generate(Layout.of(untouched_output.root, spec))
    assert (
        "stale name: overrides/names.yaml models.HookSettingsData (HookSettings): "
        "the generator no longer produces a class HookSettingsData"
    ) in str(error.value).splitlines()


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
    # Upstream answers an operation with an array without items: openapi-python-client warns
    # and would silently drop the response.
    warned = copy.deepcopy(SPEC)
    warned["paths"]["/countries"]["get"]["responses"]["200"] = {
        "description": "OK",
        "content": {"application/json": {"schema": {"type": "array"}}},
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


def test_code_ruff_cannot_parse_fails_the_format_step_naming_the_file(
    untouched_output: Layout,
) -> None:
    broken = untouched_output.overrides / "runtime" / "zz_broken.py"
    broken.write_text("def broken(:\n", encoding="utf-8")
    try:
        with pytest.raises(BuildError, match=r"(?s)ruff format failed.*zz_broken\.py"):
            generate(untouched_output)
    finally:
        broken.unlink()
