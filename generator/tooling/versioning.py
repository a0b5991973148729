"""Versions and the bump a change asks for (docs/releasing.md is the policy).

The version lives in one place, pyproject.toml's `[project] version`; the build writes it into
the package as `__version__` and setuptools into the distribution's metadata, and a release is
the tag `v<version>`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from generator.pipeline.errors import BuildError

Bump = Literal["major", "minor", "patch"]
BUMPS: tuple[Bump, ...] = ("patch", "minor", "major")  # smallest first
LABEL_PREFIX = "release:"
VERSION_LINE = re.compile(r'^version = "(?P<version>[^"]*)"$', re.M)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = re.fullmatch(r"v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)", text.strip())
        if match is None:
            raise BuildError(f"{text!r} is not a version MAJOR.MINOR.PATCH")
        return cls(*(int(part) for part in match.groups()))

    def bumped(self, bump: Bump) -> Version:
        if bump == "major":
            return Version(self.major + 1, 0, 0)
        if bump == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    @property
    def tag(self) -> str:
        return f"v{self}"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


class Change(Protocol):
    """An entry of the API changelog (spec_diff.Change) or of the surface diff."""

    @property
    def breaking(self) -> bool: ...

    @property
    def message(self) -> str: ...


def is_addition(change: Change) -> bool:
    """Something new a caller may use: an operation, a field, a parameter, a class..."""
    return not change.breaking and "added" in change.message


def suggest_bump(version: Version, changes: Iterable[Change]) -> Bump:
    """Breaking → major (minor while 0.x); additions → minor; anything else → patch."""
    found = list(changes)
    if any(change.breaking for change in found):
        return "minor" if version.major == 0 else "major"
    if any(is_addition(change) for change in found):
        return "minor"
    return "patch"


@dataclass(frozen=True)
class Suggestion:
    """The release a change asks for, as the reports show it."""

    current: Version
    bump: Bump

    @property
    def label(self) -> str:
        return label(self.bump)

    def markdown(self, level: int = 2) -> str:
        return (
            f"{'#' * level} Suggested release\n\n`{self.label}`: {self.current} → "
            f"{self.current.bumped(self.bump)} (docs/releasing.md: breaking → major, minor while "
            "0.x; additions → minor; else patch).\n"
        )

    def json(self) -> dict[str, str]:
        return {
            "current": str(self.current),
            "bump": self.bump,
            "label": self.label,
            "next": str(self.current.bumped(self.bump)),
        }


def suggest(pyproject: Path, changes: Iterable[Change]) -> Suggestion:
    """The suggested release for `changes` from the project's current version."""
    current = project_version(pyproject)
    return Suggestion(current, suggest_bump(current, changes))


def label(bump: Bump) -> str:
    return f"{LABEL_PREFIX}{bump}"


def label_to_apply(suggested: Bump, existing: Iterable[str]) -> tuple[str | None, list[str]]:
    """(label to add, labels to remove) on a pull request that has `existing` labels.

    A reviewer's choice stands: a release label already there is kept unless the suggestion
    is bigger (a later run found a bigger change), and then it is replaced.
    """
    present = sorted(
        {name.removeprefix(LABEL_PREFIX) for name in existing if name.startswith(LABEL_PREFIX)}
        & set(BUMPS),
        key=BUMPS.index,
    )
    if present and BUMPS.index(present[-1]) >= BUMPS.index(suggested):
        return None, [f"{LABEL_PREFIX}{name}" for name in present[:-1]]
    return label(suggested), [f"{LABEL_PREFIX}{name}" for name in present]


def project_version(pyproject: Path) -> Version:
    with pyproject.open("rb") as file:
        return Version.parse(str(tomllib.load(file)["project"]["version"]))


def set_project_version(pyproject: Path, version: Version) -> None:
    """Rewrite `version = "..."` of [project], the rest of the file byte for byte."""
    text = pyproject.read_text(encoding="utf-8")
    lines = VERSION_LINE.findall(text)
    if len(lines) != 1:
        raise BuildError(f"{pyproject} has {len(lines)} `version = ` lines, not one")
    pyproject.write_text(VERSION_LINE.sub(f'version = "{version}"', text), encoding="utf-8")
    if project_version(pyproject) != version:
        raise BuildError(f"{pyproject}: the version line is not [project]'s")
