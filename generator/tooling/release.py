"""`python -m generator.tooling.release COMMAND`: releases (docs/releasing.md).

- `bump major|minor|patch|auto|X.Y.Z [--date YYYY-MM-DD]` (`make release BUMP=...`): from a
  clean tree whose generated/ is current, set pyproject.toml's version, add the release's
  section to CHANGELOG.md (the API changelog and the public-surface diff since the previous
  tag, and the notes under Unreleased) and commit both as "Release X.Y.Z"; rebuild generated/
  (its `__version__`) and commit it as "Regenerate client"; tag that commit vX.Y.Z (annotated,
  the section as message). `auto` is the suggested bump. Pushing is left to you.
- `suggest`: the suggested bump since the previous tag and the section it would write.
- `check DIST --tag vX.Y.Z`: what the release workflow checks of the built artefacts before
  publishing: one wheel and one sdist whose metadata, the wheel's `__version__` and the
  checkout's pyproject.toml all say the tag's version; `twine check --strict`;
  check-wheel-contents; the wheel installed alone into a fresh virtualenv and imported there.
- `label SUGGESTED [EXISTING...]`: the release label to add to a pull request that has the
  EXISTING labels, and those to take off (lines `add=` and `remove=`, comma-separated): one
  release label stays, the biggest, so a bigger one a reviewer set is kept.

Exit status: 0 done, 1 refused or a check failed (the reason on standard error).
"""

from __future__ import annotations

import argparse
import email
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from generator.pipeline.errors import BuildError
from generator.pipeline.layout import EFFECTIVE_SPEC, PACKAGE, ROOT
from generator.pipeline.yaml_io import parse_yaml
from generator.tooling.changelog import add_release, release_lines
from generator.tooling.spec_diff import Change, diff_specs
from generator.tooling.surface import load_surface
from generator.tooling.surface_diff import SurfaceChange, diff_surfaces, package_at
from generator.tooling.versioning import (
    BUMPS,
    Version,
    label_to_apply,
    project_version,
    set_project_version,
    suggest_bump,
)

DISTRIBUTION = "altegio-devtools"
EFFECTIVE = f"generated/{EFFECTIVE_SPEC}"
REGENERATE = "Regenerate client"


def _git(root: Path, *args: str, check: bool = True) -> str:
    git = shutil.which("git")
    if git is None:
        raise BuildError("git is not installed")
    result = subprocess.run(
        [git, *args], cwd=root, capture_output=True, encoding="utf-8", check=False
    )
    if check and result.returncode != 0:
        raise BuildError(f"git {' '.join(args[:2])} failed: {result.stderr.strip()}")
    return result.stdout if result.returncode == 0 else ""


def previous_tag(root: Path) -> str | None:
    """The newest release tag reachable from HEAD (None before the first release)."""
    tag = _git(root, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", check=False)
    return tag.strip() or None


@dataclass(frozen=True)
class Changes:
    since: str | None  # the previous release's tag
    api: list[Change]
    surface: list[SurfaceChange]

    @property
    def all(self) -> list[Change | SurfaceChange]:
        return [*self.api, *self.surface]


def changes_since(root: Path, tag: str | None) -> Changes:
    """The API changelog (effective descriptions) and the surface diff from `tag` to the
    working tree; nothing before the first release."""
    if tag is None:
        return Changes(None, [], [])
    old_text = _git(root, "show", f"{tag}:{EFFECTIVE}", check=False)
    api: list[Change] = []
    if old_text:
        old = parse_yaml(old_text, f"{tag}:{EFFECTIVE}")
        new = parse_yaml((root / EFFECTIVE).read_text(encoding="utf-8"), EFFECTIVE)
        api = diff_specs(old, new)
    with package_at(tag, root) as before:
        old_surface = load_surface(before, PACKAGE)
    new_surface = load_surface(root / "generated", PACKAGE)
    return Changes(tag, api, diff_surfaces(old_surface, new_surface))


def _repository(root: Path) -> str:
    with (root / "pyproject.toml").open("rb") as file:
        urls: dict[str, str] = tomllib.load(file)["project"]["urls"]
    return urls["Source"].rstrip("/")


def next_version(current: Version, bump: str, changes: Changes) -> Version:
    if bump == "auto":
        return current.bumped(suggest_bump(current, changes.all))
    if bump in BUMPS:
        return current.bumped(bump)  # mypy narrows `in` a tuple of literals
    version = Version.parse(bump)
    first = changes.since is None
    if version < current or (version == current and not first):
        raise BuildError(f"{version} is not after the current version {current}")
    return version


def release(root: Path, bump: str, day: date) -> tuple[Version, str]:
    """Bump, changelog, the two commits and the tag; the new version and its section."""
    if _git(root, "status", "--porcelain", "--untracked-files=all").strip():
        raise BuildError("the working tree has changes: commit or stash them first")
    _build(root, "--check")  # generated/ is what the build writes: the release is reviewed
    tag = previous_tag(root)
    changes = changes_since(root, tag)
    pyproject = root / "pyproject.toml"
    current = project_version(pyproject)
    version = next_version(current, bump, changes)
    if _git(root, "tag", "--list", version.tag).strip():
        raise BuildError(f"the tag {version.tag} exists already")
    changelog = root / "CHANGELOG.md"
    old_text = changelog.read_text(encoding="utf-8") if changelog.is_file() else None
    previous = Version.parse(tag) if tag else None
    lines = release_lines(changes.api, changes.surface)
    text, section = add_release(
        old_text, version, day, lines, previous=previous, repository=_repository(root)
    )
    set_project_version(pyproject, version)
    changelog.write_text(text, encoding="utf-8")
    _git(root, "add", "pyproject.toml", "CHANGELOG.md")
    # verbatim: the section's `## ` headings are not comments to strip
    _git(root, "commit", "--quiet", "--cleanup=verbatim", "-m", f"Release {version}\n\n{section}")
    try:
        _build(root)
        changed = _git(root, "status", "--porcelain", "--untracked-files=all").splitlines()
        if any(not line[3:].startswith("generated/") for line in changed):
            raise BuildError(f"the build changed files outside generated/: {changed}")
    except BuildError as error:
        undo = "`git reset --hard HEAD~1` undoes the release commit"
        raise BuildError(f"{error}; nothing is tagged, and {undo}") from error
    if changed:  # the new __version__ (nothing when the version stayed: a first release)
        _git(root, "add", "--all", "generated")
        _git(root, "commit", "--quiet", "-m", REGENERATE)
    message = f"{DISTRIBUTION} {version}\n\n{section}"
    _git(root, "tag", "--annotate", "--cleanup=verbatim", version.tag, "-m", message)
    return version, section


def _build(root: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=root,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        what = "generated/ is not current" if args else "the build failed"
        raise BuildError(f"{what}: {(result.stdout + result.stderr).strip()}")


# --- checking the built artefacts -----------------------------------------------------------


def _metadata_version(archive: Path) -> str:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
            return str(email.message_from_bytes(wheel.read(name))["Version"])
    with tarfile.open(archive) as sdist:
        (member,) = [
            m for m in sdist.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")
        ]
        handle = sdist.extractfile(member)
        assert handle is not None
        return str(email.message_from_bytes(handle.read())["Version"])


def _source_version(wheel: Path) -> str:
    """`__version__` as the wheel's package __init__.py sets it."""
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"{PACKAGE}/__init__.py").decode("utf-8")
    match = re.search(r'^__version__ = "([^"]*)"$', text, re.M)
    return match.group(1) if match else "(none)"


def check_dist(dist: Path, tag: str, root: Path, pip_args: list[str]) -> list[str]:
    """What is wrong with the artefacts in `dist` for the release `tag` ([] when nothing)."""
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"{dist} holds {len(wheels)} wheel(s) and {len(sdists)} sdist(s), not one each"]
    wheel, sdist = wheels[0], sdists[0]
    expected = str(Version.parse(tag)) if tag.startswith("v") else f"a tag v*, not {tag!r}"
    seen = {
        "the tag": tag.removeprefix("v"),
        "pyproject.toml": str(project_version(root / "pyproject.toml")),
        "the wheel's metadata": _metadata_version(wheel),
        "the sdist's metadata": _metadata_version(sdist),
        "the wheel's __version__": _source_version(wheel),
    }
    problems = [
        f"{where} says {value}, not {expected}"
        for where, value in seen.items()
        if value != expected
    ]
    bin_dir = Path(sys.executable).parent
    checks = [
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        [str(bin_dir / "check-wheel-contents"), str(wheel)],
    ]
    for command in checks:
        result = subprocess.run(command, capture_output=True, encoding="utf-8", check=False)
        if result.returncode != 0:
            problems.append(
                f"{Path(command[0]).name} {command[1:3]}: {result.stdout}{result.stderr}"
            )
    problems += _installed_version(wheel, expected, pip_args)
    return problems


def _installed_version(wheel: Path, expected: str, pip_args: list[str]) -> list[str]:
    """The wheel installed alone into a fresh virtualenv, imported outside the checkout."""
    with tempfile.TemporaryDirectory(prefix="release-venv-") as temporary:
        venv = Path(temporary) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = str(venv / "bin" / "python")
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
        install = subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *pip_args,
                str(wheel),
            ],
            capture_output=True,
            encoding="utf-8",
            check=False,
            env=env,
        )
        if install.returncode != 0:
            return [f"pip could not install {wheel.name}: {install.stderr.strip()}"]
        probe = (
            "import importlib.metadata as m, sys, altegio_devtools as p; "
            "assert p.__file__.startswith(sys.prefix), p.__file__; "
            f"print(p.__version__, m.version({DISTRIBUTION!r}))"
        )
        result = subprocess.run(
            [python, "-c", probe],
            cwd=temporary,
            capture_output=True,
            encoding="utf-8",
            check=False,
            env=env,
        )
        if result.returncode != 0:
            return [f"the installed wheel does not import: {result.stderr.strip()}"]
        if result.stdout.split() != [expected, expected]:
            return [f"installed, __version__ and metadata say {result.stdout.split()}"]
    return []


# --- the command line -----------------------------------------------------------------------


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.tooling.release",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    bump = commands.add_parser("bump", help="version, changelog, two commits and the tag")
    bump.add_argument("bump", help="major, minor, patch, auto or a version X.Y.Z")
    bump.add_argument("--date", type=date.fromisoformat, default=datetime.now(UTC).date())
    commands.add_parser("suggest", help="the suggested bump and section since the last tag")
    check = commands.add_parser("check", help="the built artefacts, before publishing")
    check.add_argument("dist", type=Path)
    check.add_argument("--tag", required=True, help="the release tag, vX.Y.Z")
    check.add_argument(
        "--pip-arg",
        action="append",
        default=[],
        help="passed to pip when installing the wheel (repeatable)",
    )
    labels = commands.add_parser("label", help="the release label for a pull request")
    labels.add_argument("suggested", choices=BUMPS)
    labels.add_argument("existing", nargs="*", help="the pull request's labels")
    args = parser.parse_args(argv)
    try:
        return _run(args, root)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, root: Path) -> int:
    if args.command == "bump":
        version, section = release(root, args.bump, args.date)
        print(section)
        print(f"Tagged {version.tag}. Publish: git push origin HEAD {version.tag}")
        return 0
    if args.command == "suggest":
        tag = previous_tag(root)
        changes = changes_since(root, tag)
        current = project_version(root / "pyproject.toml")
        suggested = suggest_bump(current, changes.all)
        print(f"since {tag or 'the start'}: {suggested} ({current} → {current.bumped(suggested)})")
        lines = release_lines(changes.api, changes.surface)
        print("\n".join(f"### {name}\n" + "\n".join(items) for name, items in lines.items()))
        return 0
    if args.command == "check":
        problems = check_dist(args.dist, args.tag, root, args.pip_arg)
        for problem in problems:
            print(f"::error title=Release check::{problem}".replace("\n", "%0A"))
        if not problems:
            print(f"{args.dist}: the artefacts of {args.tag} agree and pass every check")
        return 1 if problems else 0
    add, remove = label_to_apply(args.suggested, args.existing)
    print(f"add={add or ''}\nremove={','.join(remove)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
