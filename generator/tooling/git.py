"""Reading the repository at a git ref: one file (git show), or a tree (git archive),
extracted safely on every Python the tooling supports."""

from __future__ import annotations

import shutil
import subprocess
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


def show_file(ref: str, name: str, root: Path) -> str:
    """The text of `name` (a path from the repository's root) at git ref `ref`."""
    git = shutil.which("git")
    if git is None:
        raise BuildError(f"{ref!r} is not a file and git is not installed to read it as a ref")
    if ref.startswith("-"):  # would be read as an option by git
        raise BuildError(f"{ref!r} is neither a file nor a git ref")
    result = subprocess.run(
        [git, "show", f"{ref}:./{name}"],
        cwd=root,
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [f"git exited {result.returncode}"])[-1]
        raise BuildError(f"{ref!r} is neither a file nor a git ref with {name}: {reason}")
    return result.stdout
