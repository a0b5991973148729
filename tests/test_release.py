"""A fixture release, the way a maintainer and the release workflow make it, in a scratch clone:
a previous release tagged, an upstream change committed, `make release BUMP=auto` (the bump,
the CHANGELOG.md section, the two commits, the tag), `python -m build`, the release check of
the artefacts, the publish step (twine upload) against a pypiserver on 127.0.0.1, and the
release installed back from that index alone into a fresh virtualenv and imported."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline.load import load_spec
from generator.pipeline.overlay import apply_actions, load_overlays
from generator.pipeline.yaml_io import dump_yaml
from generator.tooling.release import check_dist
from tests.conftest import ROOT

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "release"
BIN = Path(sys.executable).parent
VENV = BIN.parent
DAY = "2026-12-07"
FIRST_DAY = "2026-11-02"
#: What the fixture's upstream change (an optional query parameter) and a hand-written note
#: under Unreleased make of the next release's section.
EXPECTED_SECTION = "\n".join(
    [
        f"## [0.2.0] - {DAY}",
        "",
        "### Added",
        "",
        "- `altegio_devtools.AltegioClient.dictionaries.list_cities` (parameter): parameter "
        "`title` added (optional) (and the same at 7 other paths)",
        "- API `GET /cities` `query parameter title`: added (optional)",
        "",
        "### Fixed",
        "",
        "- The retry delay honours Retry-After (a hand-written note).",
        "",
    ]
)
REPOSITORY = "https://github.com/altegio-devtools/altegio-devtools"


def _env() -> dict[str, str]:
    """Commits made here have an author; no user or system git config applies."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    for role in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{role}_NAME"] = "Release Bot"
        env[f"GIT_{role}_EMAIL"] = "release-bot@example.com"
    return {**env, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command, cwd=cwd, env=env or _env(), capture_output=True, text=True, check=False,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _git(clone: Path, *args: str) -> str:
    return _run(["git", *args], clone).strip()


def _scratch_clone(where: Path) -> Path:
    """What a clone of this checkout holds (tracked and new files), committed, and its
    version released (the first release: no tag before it)."""
    files = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
    for name in filter(None, files.split("\0")):
        if (ROOT / name).is_file():
            (where / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, where / name)
    _git(where, "init", "--quiet", "--initial-branch=main")
    _git(where, "add", "--all")
    _git(where, "commit", "--quiet", "-m", "Base")
    version = re.search(r'^version = "(.*)"$', (where / "pyproject.toml").read_text(), re.M)
    assert version is not None and version.group(1) == "0.1.0"
    command = ["-m", "generator.tooling.release", "bump", "0.1.0", "--date", FIRST_DAY]
    _run([sys.executable, *command], where)
    return where


def _upstream_change(clone: Path) -> None:
    """The fixture change, committed as the spec-update pull request commits it."""
    spec = load_spec(clone / "openapi.yaml")
    apply_actions(spec, load_overlays(FIXTURE))
    (clone / "openapi.yaml").write_text(dump_yaml(spec), encoding="utf-8")
    _run([sys.executable, "-m", "generator"], clone)
    _git(clone, "add", "openapi.yaml")
    _git(clone, "commit", "--quiet", "-m", "Update openapi.yaml from Altegio")
    _git(clone, "add", "--all", "generated")
    _git(clone, "commit", "--quiet", "-m", "Regenerate client")
    changelog = clone / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    note = "- The retry delay honours Retry-After (a hand-written note)."
    unreleased = f"## [Unreleased]\n\n### Fixed\n\n{note}\n"
    changelog.write_text(text.replace("## [Unreleased]\n", unreleased, 1), encoding="utf-8")
    _git(clone, "commit", "--quiet", "-am", "CHANGELOG: a note for the next release")


@dataclass(frozen=True)
class Released:
    clone: Path
    release_output: str
    dist: Path


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Released:
    clone = _scratch_clone(tmp_path_factory.mktemp("clone"))
    _upstream_change(clone)
    suggestion = _run([sys.executable, "-m", "generator.tooling.release", "suggest"], clone)
    assert suggestion.startswith("since v0.1.0: minor (0.1.0 → 0.2.0)\n### Added\n"), suggestion
    # `make release` as documented; the venv is this one (-o: not set up again in the clone).
    setup_done = str(VENV / ".setup-done")
    output = _run(
        ["make", "--no-print-directory", "-o", setup_done, "release", "BUMP=auto",
         f"VENV={VENV}", f"DATE={DAY}"],
        clone,
    )  # fmt: skip
    dist = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(clone)], clone
    )
    return Released(clone, output, dist)


def test_make_release_bumps_writes_the_changelog_commits_and_tags(released: Released) -> None:
    clone = released.clone
    log = _git(clone, "log", "--format=%s", "-6").splitlines()
    assert log == [
        "Regenerate client",
        "Release 0.2.0",
        "CHANGELOG: a note for the next release",
        "Regenerate client",
        "Update openapi.yaml from Altegio",
        "Release 0.1.0",  # the first: the version stayed, generated/ did not change
    ]
    assert _git(clone, "rev-parse", "v0.1.0^{commit}") == _git(clone, "rev-parse", "HEAD~5")
    assert _git(clone, "status", "--porcelain") == ""
    assert _git(clone, "rev-parse", "v0.2.0^{commit}") == _git(clone, "rev-parse", "HEAD")
    assert _git(clone, "cat-file", "-t", "v0.2.0") == "tag"  # annotated
    # The release commit holds the version and the changelog; the next one generated/ alone.
    assert _git(clone, "show", "--format=", "--name-only", "HEAD~1").splitlines() == [
        "CHANGELOG.md",
        "pyproject.toml",
    ]
    regenerated = _git(clone, "show", "--format=", "--name-only", "HEAD").splitlines()
    assert regenerated == ["generated/altegio_devtools/__init__.py"]
    assert '__version__ = "0.2.0"' in (clone / regenerated[0]).read_text(encoding="utf-8")
    assert 'version = "0.2.0"' in (clone / "pyproject.toml").read_text(encoding="utf-8")
    changelog = (clone / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]\n\n" + EXPECTED_SECTION in changelog
    # The first release's section below, the notes it was made from, and the links.
    first = changelog.partition(f"## [0.1.0] - {FIRST_DAY}\n\n### Added\n\n- The first release")
    assert first[1] and "## [0.2.0]" in first[0], changelog
    assert changelog.endswith(
        f"[Unreleased]: {REPOSITORY}/compare/v0.2.0...HEAD\n"
        f"[0.2.0]: {REPOSITORY}/compare/v0.1.0...v0.2.0\n"
        f"[0.1.0]: {REPOSITORY}/releases/tag/v0.1.0\n"
    )
    assert EXPECTED_SECTION.strip() in _git(clone, "tag", "-l", "--format=%(contents)", "v0.2.0")
    assert "Tagged v0.2.0. Publish: git push origin HEAD v0.2.0" in released.release_output


def test_a_second_release_needs_a_clean_tree_and_a_new_version(released: Released) -> None:
    clone = released.clone
    result = subprocess.run(
        [sys.executable, "-m", "generator.tooling.release", "bump", "0.2.0"],
        cwd=clone, env=_env(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "0.2.0 is not after the current version 0.2.0" in result.stderr
    assert _git(clone, "status", "--porcelain") == ""
    stray = clone / "notes.txt"
    stray.write_text("not committed\n", encoding="utf-8")
    try:
        dirty = subprocess.run(
            [sys.executable, "-m", "generator.tooling.release", "bump", "patch"],
            cwd=clone, env=_env(), capture_output=True, text=True, check=False,
        )  # fmt: skip
    finally:
        stray.unlink()
    assert dirty.returncode == 1
    assert "the working tree has changes: commit or stash them first" in dirty.stderr
    assert _git(clone, "tag", "--list") == "v0.1.0\nv0.2.0"


def test_the_release_check_wants_one_wheel_and_one_sdist(tmp_path: Path) -> None:
    problems = check_dist(tmp_path, "v0.1.0", ROOT, [])
    assert problems == [f"{tmp_path} holds 0 wheel(s) and 0 sdist(s), not one each"]


def test_the_release_check_passes_the_artefacts_and_names_a_disagreeing_tag(
    released: Released,
) -> None:
    check = [sys.executable, "-m", "generator.tooling.release", "check", str(released.dist),
             "--pip-arg=--constraint", f"--pip-arg={ROOT / 'requirements.lock'}"]  # fmt: skip
    output = _run([*check, "--tag", "v0.2.0"], released.clone)
    assert "the artefacts of v0.2.0 agree and pass every check" in output
    wrong = subprocess.run(
        [*check, "--tag", "v0.3.0"], cwd=released.clone, env=_env(), capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "::error title=Release check::pyproject.toml says 0.2.0, not 0.3.0" in wrong.stdout
    assert "the wheel's __version__ says 0.2.0, not 0.3.0" in wrong.stdout
    assert "installed, __version__ and metadata say ['0.2.0', '0.2.0']" in wrong.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def index(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A pypiserver on 127.0.0.1 that takes uploads without credentials."""
    packages = tmp_path / "packages"
    packages.mkdir()
    port = _free_port()
    log = (tmp_path / "pypiserver.log").open("w")
    server = subprocess.Popen(
        [str(BIN / "pypi-server"), "run", "--host", "127.0.0.1", "--port", str(port),
         "--authenticate", ".", "--passwords", ".", "--disable-fallback", str(packages)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{url}/simple/", timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"pypiserver did not start: {(tmp_path / 'pypiserver.log').read_text()}")
        yield url, packages
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def test_the_release_is_published_to_an_index_and_installs_back_from_it(
    released: Released, index: tuple[str, Path], tmp_path: Path
) -> None:
    url, packages = index
    artefacts = sorted(str(path) for path in released.dist.iterdir())
    # The publish step: what pypa/gh-action-pypi-publish runs (twine upload), to this index.
    _run([sys.executable, "-m", "twine", "upload", "--non-interactive", "--repository-url",
          f"{url}/", "--username", "fixture", "--password", "fixture", *artefacts],
         released.clone)  # fmt: skip
    assert sorted(path.name for path in packages.iterdir()) == [
        "altegio_devtools-0.2.0-py3-none-any.whl",
        "altegio_devtools-0.2.0.tar.gz",
    ]
    # The dependencies join the index (from the registries pip is set up with), so that the
    # fresh virtualenv below installs from this index alone.
    _run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
          "--dest", str(packages), "--constraint", str(ROOT / "requirements.lock"),
          "httpx", "attrs", "python-dateutil"], tmp_path)  # fmt: skip
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python = str(venv / "bin" / "python")
    alone = {**_env(), "PIP_CONFIG_FILE": os.devnull}  # no other index or find-links
    installed = _run([python, "-m", "pip", "install", "--disable-pip-version-check",
                      "--index-url", f"{url}/simple/", "altegio-devtools==0.2.0"],
                     tmp_path, env=alone)  # fmt: skip
    assert f"{url}/packages/altegio_devtools-0.2.0-py3-none-any.whl" in installed
    probe = (
        "import importlib.metadata as m, sys, altegio_devtools as p; "
        "assert p.__file__.startswith(sys.prefix), p.__file__; "
        "print(p.__version__, m.version('altegio-devtools'), p.AltegioClient.__name__)"
    )
    assert _run([python, "-c", probe], tmp_path, env=alone) == "0.2.0 0.2.0 AltegioClient\n"


# --- the release workflow ------------------------------------------------------------------


def _workflow() -> dict[str, Any]:
    document = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    assert isinstance(document, dict)
    return {("on" if key is True else key): value for key, value in document.items()}


def test_the_release_workflow_runs_on_a_version_tag_and_only_publishing_gets_a_token() -> None:
    workflow = _workflow()
    assert workflow["on"] == {"push": {"tags": ["v[0-9]+.[0-9]+.[0-9]+"]}}
    assert workflow["permissions"] == {}
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    assert build["permissions"] == {"contents": "read"}
    # Trusted publishing: an OIDC token for the `pypi` environment, no stored secret.
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    assert publish["needs"] == "build"
    assert "secrets." not in (ROOT / ".github/workflows/release.yml").read_text("utf-8")
    (upload,) = [s for s in publish["steps"] if "gh-action-pypi-publish" in s.get("uses", "")]
    assert "with" not in upload  # no password, no repository: PyPI, by OIDC


def test_the_release_workflow_checks_and_tests_what_it_publishes() -> None:
    build, publish = _workflow()["jobs"]["build"], _workflow()["jobs"]["publish"]
    runs = [str(step["run"]).strip() for step in build["steps"] if "run" in step]
    assert runs[:3] == [
        "make setup",
        "make check",
        ".venv/bin/python -m build --no-isolation --outdir dist .",
    ]
    assert runs[3].startswith(
        '.venv/bin/python -m generator.tooling.release check dist --tag "$TAG"'
    )
    check = next(step for step in build["steps"] if "tooling.release check" in step.get("run", ""))
    assert check["env"] == {"TAG": "${{ github.ref_name }}"}
    wheel_tests = next(step for step in build["steps"] if "test_packaging" in step.get("run", ""))
    assert wheel_tests["env"] == {"ALTEGIO_DIST": "dist"}
    assert runs[4] == ".venv/bin/pytest tests/test_packaging.py"
    (upload,) = [s for s in build["steps"] if "upload-artifact" in s.get("uses", "")]
    (download,) = [s for s in publish["steps"] if "download-artifact" in s.get("uses", "")]
    assert upload["with"]["name"] == download["with"]["name"] == "dist"
    assert upload["with"]["path"] == download["with"]["path"] == "dist/"
