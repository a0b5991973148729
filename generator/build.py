"""The build: load → overlay → name → validate → generate → format → write.

"name" applies overrides/names.yaml (generator/names.py): the generator reads a copy of the
spec whose operationIds are the Python method names, with the model names as its
class_overrides; a stale entry fails the build like a stale overlay action.

Everything is built into a staging directory next to generated/; generated/ is replaced
only when every step succeeded, so a failed build leaves it exactly as it was.
"""

from __future__ import annotations

import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.docs import render_operations_page
from generator.errors import BuildError
from generator.names import check_models, class_overrides, load_names, renamed_for_generator
from generator.operations import operation_table, render_operations_module, template_globals
from generator.overlay import apply_actions, load_overlays
from generator.read_as import read_as_formats
from generator.spec import (
    hoist_webhook_payloads,
    load_spec,
    parameter_docs_on_schemas,
    validate_spec,
)
from generator.webhooks import render_webhooks_module, webhook_table
from generator.yaml_io import dump_yaml, load_yaml

PACKAGE = "altegio_devtools"
#: The project's version is the package's __version__ (the generator's package_version).
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
EFFECTIVE_SPEC = "openapi.effective.yaml"


@dataclass(frozen=True)
class Layout:
    """Where the build reads and writes, relative to the repository root."""

    root: Path
    spec: Path

    @classmethod
    def of(cls, root: Path, spec: Path | None = None) -> Layout:
        return cls(root, spec or root / "openapi.yaml")

    @property
    def overrides(self) -> Path:
        return self.root / "overrides"

    @property
    def output(self) -> Path:
        return self.root / "generated"


def build(layout: Layout, destination: Path) -> None:
    """Build the complete generated/ tree into `destination`."""
    spec = load_spec(layout.spec)
    apply_actions(spec, load_overlays(layout.overrides / "overlays"))
    hoist_webhook_payloads(spec)
    names = load_names(layout.overrides / "names.yaml")
    # The generator sees the Python names as operationIds (overrides/names.yaml).
    renamed = renamed_for_generator(spec, names)
    parameter_docs_on_schemas(renamed)
    read_as_formats(renamed)  # x-altegio-read-as: one type for several documented forms
    operations = operation_table(spec, names.python_name)

    destination.mkdir(parents=True)
    # The generator reads JSON much faster than YAML; this copy stays out of generated/.
    generator_input = destination.parent / "openapi.effective.json"
    generator_input.write_text(json.dumps(renamed), encoding="utf-8")
    globals_file = destination.parent / "template-globals.json"
    globals_file.write_text(json.dumps(template_globals(spec, operations)), encoding="utf-8")
    config = destination.parent / "openapi-python-client.yaml"
    settings = load_yaml(layout.overrides / "openapi-python-client.yaml")
    config.write_text(
        dump_yaml(
            {
                **settings,
                "class_overrides": class_overrides(names),
                "package_version_override": _project_version(),
            }
        ),
        encoding="utf-8",
    )
    package = destination / PACKAGE
    # Validation and generation are independent: validate while the generator runs, and
    # report an invalid spec (not the generator's view of it) when both fail.
    generator = _start_generator(layout, generator_input, config, globals_file, package)
    try:
        validate_spec(spec, f"{layout.spec.name} with the overlays applied")
    except BaseException:  # never leave the generator running (or writing) behind us
        generator.kill()
        generator.communicate()
        raise
    _finish_generator(generator)
    check_models(names, json.loads(_hits_file(package).read_text(encoding="utf-8")))
    (destination / EFFECTIVE_SPEC).write_text(dump_yaml(spec), encoding="utf-8")
    (package / "_operations.py").write_text(render_operations_module(operations), encoding="utf-8")
    (package / "_webhooks.py").write_text(
        render_webhooks_module(webhook_table(spec)), encoding="utf-8"
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    _place_runtime(layout.overrides / "runtime", package)
    _format(layout, package)
    (destination / "README.md").write_text(
        render_operations_page(destination, spec, names.models), encoding="utf-8"
    )


def generate(layout: Layout) -> None:
    """Rebuild generated/ from the spec and the overrides."""
    with staging(layout) as staged:
        build(layout, staged)
        install(staged, layout)


def install(staged: Path, layout: Layout) -> None:
    """Put a finished build in the place of generated/."""
    backup = layout.output.with_name(".generated-old")
    shutil.rmtree(backup, ignore_errors=True)
    if layout.output.exists():
        layout.output.rename(backup)
    staged.rename(layout.output)
    shutil.rmtree(backup, ignore_errors=True)


def stale_files(layout: Layout) -> list[str]:
    """Build into a staging directory and return a unified diff per file that differs
    from generated/ (empty when generated/ is up to date)."""
    with staging(layout) as staged:
        build(layout, staged)
        return list(_diff_trees(staged, layout.output))


@dataclass(frozen=True)
class TreeChanges:
    added: list[str]
    removed: list[str]
    changed: list[str]


def compare_trees(new: Path, old: Path) -> TreeChanges:
    new_files = _files(new)
    old_files = _files(old) if old.exists() else set()
    both = sorted(new_files & old_files)
    return TreeChanges(
        added=sorted(new_files - old_files),
        removed=sorted(old_files - new_files),
        changed=[name for name in both if not filecmp.cmp(new / name, old / name, shallow=False)],
    )


@contextmanager
def staging(layout: Layout) -> Iterator[Path]:
    # Next to generated/ so that the final rename stays on one file system.
    parent = Path(tempfile.mkdtemp(prefix=".generate-", dir=layout.root))
    try:
        yield parent / "generated"
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def _start_generator(
    layout: Layout, spec: Path, config: Path, template_globals: Path, package: Path
) -> subprocess.Popen[str]:
    command = [
        sys.executable, "-m", "generator.opc", str(_hits_file(package)), str(template_globals),
        "generate",
        "--path", str(spec),
        "--config", str(config),
        "--custom-template-path", str(layout.overrides / "templates"),
        "--meta", "none",
        "--fail-on-warning",
        "--output-path", str(package),
    ]  # fmt: skip
    here = str(Path(__file__).resolve().parent.parent)  # generator.opc, wherever we run
    path = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )


def _project_version() -> str:
    with PYPROJECT.open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def _hits_file(package: Path) -> Path:
    """Where generator.opc records the class_overrides it applied (outside generated/)."""
    return package.parent.parent / "class-overrides-applied.json"


def _finish_generator(generator: subprocess.Popen[str]) -> None:
    output = generator.communicate()[0].strip()
    if generator.returncode != 0 or "warning" in output.lower():
        raise BuildError(f"openapi-python-client failed (exit {generator.returncode}):\n{output}")


def _place_runtime(runtime: Path, package: Path) -> None:
    """Copy the hand-written runtime modules into the package. One may take the place of a
    generated module only if overrides/templates renders that module empty."""
    for source in sorted(runtime.glob("*.py")):
        target = package / source.name
        if target.exists() and target.read_text(encoding="utf-8").strip():
            raise BuildError(
                f"overrides/runtime/{source.name} would overwrite the generated {source.name}; "
                f"blank its template in overrides/templates first"
            )
        shutil.copyfile(source, target)


def _format(layout: Layout, package: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(layout.overrides / "ruff-generated.toml")]
    for step in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        result = subprocess.run(
            [*ruff, *step, *config, str(package)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BuildError(f"ruff {step[0]} failed:\n{(result.stdout + result.stderr).strip()}")


def _diff_trees(new: Path, old: Path) -> Iterator[str]:
    changes = compare_trees(new, old)
    yield from (f"new file generated/{name}" for name in changes.added)
    yield from (f"generated/{name} would be deleted" for name in changes.removed)
    for name in changes.changed:
        yield "".join(
            difflib.unified_diff(
                (old / name).read_text(encoding="utf-8").splitlines(keepends=True),
                (new / name).read_text(encoding="utf-8").splitlines(keepends=True),
                f"generated/{name}",
                f"generated/{name} (regenerated)",
            )
        )


def _files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file()
        and not any(part == "__pycache__" or part.endswith(".egg-info") for part in path.parts)
    }
