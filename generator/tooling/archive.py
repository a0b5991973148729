"""Extracting `git archive` output safely on every Python the tooling supports."""

from __future__ import annotations

import tarfile
from pathlib import Path

from generator.pipeline.errors import BuildError


def extract_archive(archive: tarfile.TarFile, target: Path) -> None:
    """Extract git's archive; Python before 3.11.4 (Debian 12's 3.11.2) has no extraction
    filters, so there every member is checked to be a plain file or directory inside `target`."""
    if hasattr(tarfile, "data_filter"):
        archive.extractall(target, filter="data")
        return
    root = target.resolve()
    for member in archive.getmembers():
        inside = (root / member.name).resolve().is_relative_to(root)
        if not inside or not (member.isfile() or member.isdir()):
            raise BuildError(f"unexpected member in git's archive: {member.name}")
    archive.extractall(target)  # noqa: S202 - every member was checked above
