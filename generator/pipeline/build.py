"""The build: load → overlay → name → validate → generate → format → write, in order.

"name" applies overrides/names.yaml (generator/pipeline/names.py): the generator reads a copy
of the spec whose operationIds are the Python method names, with the model names as its
class_overrides; a stale entry fails the build like a stale overlay action.

Everything is built into a staging directory next to generated/ (write.py); generated/ is
replaced only when every step succeeded, so a failed build leaves it exactly as it was.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.pipeline.docs import operations_page
from generator.pipeline.errors import BuildError
from generator.pipeline.format import format_package
from generator.pipeline.generate import (
    finish_generator,
    hits_file,
    project_version,
    start_generator,
)
from generator.pipeline.layout import EFFECTIVE_SPEC, PACKAGE, Layout
from generator.pipeline.load import load_spec
from generator.pipeline.names import (
    Names,
    StaleNameError,
    check_models,
    class_overrides,
    load_names,
    renamed_for_generator,
)
from generator.pipeline.naming import (
    check_operation_names,
    stale_operation_entries,
    unnamed_operations,
    with_suggestions,
)
from generator.pipeline.operations import (
    operation_table,
    render_operations_module,
    template_globals,
)
from generator.pipeline.overlaid import overlaid_spec
from generator.pipeline.prepare import hoist_webhook_payloads, parameter_docs_on_schemas
from generator.pipeline.read_as import read_as_formats
from generator.pipeline.validate import validate_spec
from generator.pipeline.webhooks import render_webhooks_module, webhook_table
from generator.pipeline.write import diff_trees, install, staging
from generator.pipeline.yaml_io import dump_yaml, load_yaml


@dataclass
class Survey:
    """A build that looks rather than judges (update-spec, after the real build failed):
    stale overlay actions are left out and stale or missing names are noted, each with the
    rest of what is wrong, instead of stopping the build at the first."""

    problems: list[str] = field(default_factory=list)
    names: Names = field(default_factory=lambda: Names({}, {}))


def build(layout: Layout, destination: Path, survey: Survey | None = None) -> None:
    """Build the complete generated/ tree into `destination`."""
    if survey is None:
        spec = overlaid_spec(layout.spec, layout.overrides / "overlays", layout.state)
    else:  # what applies; update-spec reports the stale ones
        # Imported here: a build whose overlaid spec is remembered needs no JSONPath.
        from generator.pipeline.overlay import load_overlays, override_health  # noqa: PLC0415

        spec = load_spec(layout.spec)
        override_health(spec, load_overlays(layout.overrides / "overlays"))
    hoist_webhook_payloads(spec)
    names = load_names(layout.overrides / "names.yaml")
    if survey is None:
        check_operation_names(spec, names)
    else:
        survey.problems += stale_operation_entries(spec, names)
        survey.problems += [unnamed.message() for unnamed in unnamed_operations(spec, names)]
        names = survey.names = with_suggestions(spec, names)
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
                "package_version_override": project_version(),
            }
        ),
        encoding="utf-8",
    )
    package = destination / PACKAGE
    # Validation and generation are independent: validate while the generator runs, and
    # report an invalid spec (not the generator's view of it) when both fail.
    generator = start_generator(layout, generator_input, config, globals_file, package)
    try:
        validate_spec(spec, f"{layout.spec.name} with the overlays applied", layout.state)
    except BaseException:  # never leave the generator running (or writing) behind us
        generator.kill()
        generator.communicate()
        raise
    finish_generator(generator)
    try:
        check_models(names, json.loads(hits_file(package).read_text(encoding="utf-8")))
    except StaleNameError as error:
        if survey is None:
            raise
        survey.problems += error.entries
    effective = dump_yaml(spec)
    (destination / EFFECTIVE_SPEC).write_text(effective, encoding="utf-8")
    (package / "_operations.py").write_text(render_operations_module(operations), encoding="utf-8")
    (package / "_webhooks.py").write_text(
        render_webhooks_module(webhook_table(spec)), encoding="utf-8"
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    _place_runtime(layout.overrides / "runtime", package)
    format_package(layout, package)
    (destination / "README.md").write_text(
        operations_page(
            layout.state,
            destination,
            spec=spec,
            spec_text=effective,
            operations=operations,
            model_names=names.models,
        ),
        encoding="utf-8",
    )


def generate(layout: Layout) -> None:
    """Rebuild generated/ from the spec and the overrides."""
    with staging(layout) as staged:
        build(layout, staged)
        install(staged, layout)


def stale_files(layout: Layout) -> list[str]:
    """Build into a staging directory and return a unified diff per file that differs
    from generated/ (empty when generated/ is up to date)."""
    with staging(layout) as staged:
        build(layout, staged)
        return list(diff_trees(staged, layout.output))


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
