"""The generate step: openapi-python-client, run as a child process (generator.pipeline.opc)
so that validation can run beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import ROOT, Layout

#: The project's version is the package's __version__ (the generator's package_version).
PYPROJECT = ROOT / "pyproject.toml"


def start_generator(
    layout: Layout, spec: Path, config: Path, template_globals: Path, package: Path
) -> subprocess.Popen[str]:
    command = [
        sys.executable, "-m", "generator.pipeline.opc", str(hits_file(package)),
        str(template_globals),
        "generate",
        "--path", str(spec),
        "--config", str(config),
        "--custom-template-path", str(layout.overrides / "templates"),
        "--meta", "none",
        "--fail-on-warning",
        "--output-path", str(package),
    ]  # fmt: skip
    # generator.pipeline.opc, wherever we run
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )


def finish_generator(generator: subprocess.Popen[str]) -> None:
    output = generator.communicate()[0].strip()
    if generator.returncode != 0 or "warning" in output.lower():
        raise BuildError(f"openapi-python-client failed (exit {generator.returncode}):\n{output}")


def project_version() -> str:
    with PYPROJECT.open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def hits_file(package: Path) -> Path:
    """Where generator.pipeline.opc records the class_overrides it applied (outside
    generated/)."""
    return package.parent.parent / "class-overrides-applied.json"
