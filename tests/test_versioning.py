"""Versions, the suggested bump, the release label kept on a pull request (the spec-update
workflow's step, run with a fake `gh`) and CHANGELOG.md sections."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.pipeline.errors import BuildError
from generator.tooling.changelog import HEADER, add_release, release_lines
from generator.tooling.spec_diff import Change
from generator.tooling.spec_pr import plan
from generator.tooling.surface_diff import SurfaceChange
from generator.tooling.update_spec import FORMAT
from generator.tooling.versioning import (
    Version,
    label_to_apply,
    project_version,
    set_project_version,
    suggest_bump,
)
from tests.conftest import ROOT

ADDED = Change("GET /cities", "query parameter title", "added (optional)", False)
CHANGED = Change("GET /cities", "response 200 data[].id", "description changed", False)
BROKEN = SurfaceChange(
    "altegio_devtools.models.City.id", "attribute", "changed", "type changed: `int` → `str`", True
)


@pytest.mark.parametrize(
    ("version", "changes", "bump"),
    [
        ("0.4.2", [BROKEN, ADDED], "minor"),  # breaking while 0.x
        ("1.4.2", [CHANGED, BROKEN], "major"),
        ("1.4.2", [CHANGED, ADDED], "minor"),
        ("0.4.2", [CHANGED], "patch"),
        ("1.0.0", [], "patch"),  # rebuilt, nothing a caller sees
    ],
)
def test_the_bump_follows_the_policy(version: str, changes: list[Change], bump: str) -> None:
    assert suggest_bump(Version.parse(version), changes) == bump


def test_versions_parse_bump_and_order() -> None:
    assert str(Version.parse("v1.2.3").bumped("major")) == "2.0.0"
    assert str(Version.parse("1.2.3").bumped("minor")) == "1.3.0"
    assert Version.parse("1.2.3").bumped("patch").tag == "v1.2.4"
    assert Version.parse("0.10.0") > Version.parse("0.9.9")
    for bad in ("1.2", "01.2.3", "1.2.3rc1", ""):
        with pytest.raises(BuildError, match="is not a version"):
            Version.parse(bad)


def test_the_version_is_set_in_pyproject_toml_alone(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(text, encoding="utf-8")
    set_project_version(pyproject, Version(3, 1, 4))
    assert project_version(pyproject) == Version(3, 1, 4)
    after = pyproject.read_text(encoding="utf-8")
    assert after == text.replace(
        f'version = "{project_version(ROOT / "pyproject.toml")}"', 'version = "3.1.4"'
    )


@pytest.mark.parametrize(
    ("suggested", "existing", "expected"),
    [
        ("minor", [], ("release:minor", [])),
        ("minor", ["breaking", "release:minor"], (None, [])),
        # A reviewer's bigger label stays; the suggestion the action added goes.
        ("minor", ["release:major", "release:minor"], (None, ["release:minor"])),
        # A bigger suggestion from a later update replaces a smaller label.
        ("major", ["release:patch"], ("release:major", ["release:patch"])),
        ("patch", ["release:weird", "release:patch"], (None, [])),
    ],
)
def test_one_release_label_stays_the_biggest(
    suggested: str, existing: list[str], expected: tuple[str | None, list[str]]
) -> None:
    assert label_to_apply(suggested, existing) == expected  # type: ignore[arg-type]


def _step(name: str) -> dict[str, object]:
    workflow = yaml.safe_load((ROOT / ".github/workflows/spec-update.yml").read_text("utf-8"))
    (job,) = workflow["jobs"].values()
    (step,) = [step for step in job["steps"] if step.get("name") == name]
    assert isinstance(step, dict)
    return step


@pytest.mark.parametrize(
    ("bump", "labels", "edits"),
    [
        ("minor", ["breaking", "release:major", "release:minor"], ["--remove-label release:minor"]),
        ("major", ["release:minor", "release:major"], ["--remove-label release:minor"]),
        ("minor", ["release:minor"], []),
    ],
)
def test_the_workflow_step_keeps_one_release_label(
    tmp_path: Path, bump: str, labels: list[str], edits: list[str]
) -> None:
    """The step's script as the runner runs it (bash -e), against a fake `gh` on PATH."""
    step = _step("Keep one release label")
    assert step["env"] == {
        "GH_TOKEN": "${{ secrets.SPEC_UPDATE_TOKEN || github.token }}",
        "PR_NUMBER": "${{ steps.pr.outputs.pull-request-number }}",
        "BUMP": "${{ steps.plan.outputs.release-bump }}",
    }
    fake = tmp_path / "bin" / "gh"
    fake.parent.mkdir()
    calls = tmp_path / "calls"
    fake.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> {calls}\n'
        'if [ "$1 $2" = "pr view" ]; then\n'
        + "".join(f"  echo '{label}'\n" for label in labels)
        + "fi\n",
        encoding="utf-8",
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")  # the step runs .venv/bin/python
    (tmp_path / "generator").symlink_to(ROOT / "generator")
    env = {
        **os.environ,
        "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_REPOSITORY": "altegio-devtools/altegio-devtools",
        "PR_NUMBER": "7",
        "BUMP": bump,
        "GH_TOKEN": "fake",
    }
    result = subprocess.run(
        ["bash", "-e", "-c", str(step["run"])],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    made = calls.read_text(encoding="utf-8").splitlines()
    assert made[0].startswith("pr view 7 --repo altegio-devtools/altegio-devtools --json labels")
    assert made[1:] == [f"pr edit 7 --repo altegio-devtools/altegio-devtools {e}" for e in edits]


def test_the_plan_labels_the_pull_request_with_the_suggested_release() -> None:
    report = {
        "format": FORMAT,
        "status": "rebuilt",
        "changelog": {"breaking": 0, "other": 1},
        "surface": {"breaking": 2, "other": 0},
        "release": {"bump": "minor", "label": "release:minor"},
    }
    decided = plan(report)
    assert decided.labels == ["breaking", "release:minor"]  # the Python API breaks
    assert plan({**report, "surface": None, "release": None}).labels == []


def test_a_release_section_from_the_changes_and_the_notes_under_unreleased() -> None:
    lines = release_lines([ADDED, CHANGED], [BROKEN])
    assert lines == {
        "Added": ["- API `GET /cities` `query parameter title`: added (optional)"],
        "Changed": [
            "- **Breaking:** `altegio_devtools.models.City.id` (attribute): type changed: "
            "`int` → `str`",
            "- API `GET /cities` `response 200 data[].id`: description changed",
        ],
    }
    notes = HEADER + "\n### Fixed\n\n- A hand-written fix.\n"
    text, section = add_release(
        notes,
        Version(0, 3, 0),
        date(2026, 12, 7),
        lines,
        previous=Version(0, 2, 1),
        repository="https://x.test/r",
    )
    assert section.startswith("## [0.3.0] - 2026-12-07\n\n### Added\n\n- API `GET /cities`")
    assert "### Fixed\n\n- A hand-written fix.\n" in section
    assert text.startswith(HEADER + "\n" + section)
    assert text.endswith(
        "[Unreleased]: https://x.test/r/compare/v0.3.0...HEAD\n"
        "[0.3.0]: https://x.test/r/compare/v0.2.1...v0.3.0\n"
    )
    # The next release keeps this one and its link below its own.
    again, _ = add_release(
        text,
        Version(0, 3, 1),
        date(2026, 12, 8),
        {},
        previous=Version(0, 3, 0),
        repository="https://x.test/r",
    )
    assert "## [0.3.1] - 2026-12-08\n\nNo change for users: the package was rebuilt.\n" in again
    assert again.index("## [0.3.1]") < again.index("## [0.3.0]")
    assert again.endswith(
        "[Unreleased]: https://x.test/r/compare/v0.3.1...HEAD\n"
        "[0.3.1]: https://x.test/r/compare/v0.3.0...v0.3.1\n"
        "[0.3.0]: https://x.test/r/compare/v0.2.1...v0.3.0\n"
    )
