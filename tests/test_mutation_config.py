"""`make mutate`'s configuration (pyproject.toml [tool.mutmut]) keeps up with the repository:
every runtime module is mutated, and every test file and deselected test it names exists."""

from __future__ import annotations

import tomllib
from typing import Any

from tests.conftest import ROOT
from tests.mutation_report import PACKAGE, runtime_modules


def mutmut_config() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        config: dict[str, Any] = tomllib.load(handle)["tool"]["mutmut"]
    return config


def test_every_runtime_module_is_mutated() -> None:
    modules = runtime_modules()
    assert {"client", "webhooks", "_coerce"} <= set(modules)
    assert sorted(mutmut_config()["only_mutate"]) == [f"{PACKAGE}/{name}.py" for name in modules]


def test_the_named_test_files_and_deselected_tests_exist() -> None:
    config = mutmut_config()
    selection = config["pytest_add_cli_args_test_selection"]
    assert "tests/test_golden.py" not in selection
    assert all((ROOT / path).is_file() for path in selection)
    deselected = [
        arg.removeprefix("--deselect=")
        for arg in config["pytest_add_cli_args"]
        if arg.startswith("--deselect=")
    ]
    assert deselected
    for node in deselected:
        path, _, name = node.partition("::")
        assert path in selection, node
        assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8"), node
